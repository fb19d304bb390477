import { ExchangeRates } from '../../features/price-benchmark/components/ExchangeRates';

/** `/exchange-rates`: the exchange rates the price benchmark converts with (administrators). */
export default function ExchangeRatesPage() {
  return <ExchangeRates />;
}
