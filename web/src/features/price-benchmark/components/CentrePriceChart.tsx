import { Decimal } from '@servicekatalog/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { CentrePrice } from '../api/price-benchmark';

const BAR_HEIGHT = 28;
const GAP = 12;
const LABEL_WIDTH = 240;
const WIDTH = 720;

/**
 * The converted year-1 totals as horizontal bars: an SVG image whose title and description say
 * what it shows, with each bar's figure written beside it; the table below is its full text
 * alternative. Only centres with a converted price are drawn — "not offered" is never a bar of zero.
 */
export function CentrePriceChart({
  centres,
  currency,
}: {
  centres: readonly CentrePrice[];
  currency: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const titleId = useId();
  const descId = useId();
  const bars = centres.filter((centre) => centre.converted !== null);
  if (bars.length === 0) return null;
  const largest = bars.reduce((max, centre) => {
    const total = Decimal.parse(centre.converted!.total);
    return total.gt(max) ? total : max;
  }, Decimal.ZERO);
  const height = bars.length * (BAR_HEIGHT + GAP) + GAP;
  const barSpace = WIDTH - LABEL_WIDTH - 160;
  return (
    <figure className="price-benchmark-chart">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>{t('priceBenchmark.chart.title', { currency })}</title>
        <desc id={descId}>
          {bars
            .map((centre) => `${centre.providerName}: ${format.money(centre.converted!.total, currency)}`)
            .join('; ')}
        </desc>
        {bars.map((centre, index) => {
          const y = GAP + index * (BAR_HEIGHT + GAP);
          // Bar lengths only: a share of the largest total, for drawing (never a figure shown).
          const share = largest.isZero()
            ? 0
            : Number(Decimal.parse(centre.converted!.total).times(Decimal.of(1000)).format(0)) /
              Number(largest.times(Decimal.of(1000)).format(0));
          const width = Math.max(2, Math.round(share * barSpace));
          return (
            <g key={centre.providerCode}>
              <text x={0} y={y + BAR_HEIGHT * 0.7} className="price-benchmark-chart__label">
                {centre.providerName.length > 32
                  ? `${centre.providerName.slice(0, 31)}…`
                  : centre.providerName}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={width}
                height={BAR_HEIGHT}
                className="price-benchmark-chart__bar"
              />
              <text
                x={LABEL_WIDTH + width + 8}
                y={y + BAR_HEIGHT * 0.7}
                className="price-benchmark-chart__value"
              >
                {format.money(centre.converted!.total, currency)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t('priceBenchmark.chart.caption')}</figcaption>
    </figure>
  );
}
