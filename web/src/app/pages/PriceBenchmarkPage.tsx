import { PriceBenchmark } from '../../features/price-benchmark/components/PriceBenchmark';

/** `/price-benchmark`: what the same agency pays at every centre in year 1 (public). */
export default function PriceBenchmarkPage() {
  return <PriceBenchmark />;
}
