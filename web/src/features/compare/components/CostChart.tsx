import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormatters } from '../../../lib/format';

/** Bar colours with at least 3:1 contrast against the white background (WCAG 1.4.11). */
const COLOURS = ['#0062BA', '#7A3E9D', '#A8430C', '#2E6B2E'];

interface Props {
  /** Per configuration, its total of each contract year (null: none to draw), all in `currency`. */
  years: ReadonlyArray<ReadonlyArray<string | null>>;
  letters: readonly string[];
  currency: string;
  /** What the figures are, under the chart. */
  caption: string;
}

/**
 * The cost of each configuration per contract year, as grouped bars. The chart is a picture of the
 * table above, which holds the exact figures (and is what assistive technology reads).
 */
export function CostChart({ years, letters, currency, caption }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const maxYears = Math.max(0, ...years.map((totals) => totals.length));
  if (maxYears === 0) return null;
  const names = letters.map((letter) => t('compare.configuration', { letter }));
  // Numbers only to draw bars; every figure people read comes from the exact decimal strings.
  const data = Array.from({ length: maxYears }, (_, y) => ({
    year: t('years.yearN', { year: y + 1 }),
    ...Object.fromEntries(years.map((totals, i) => [names[i], totals[y] != null ? Number(totals[y]) : null])),
  }));
  const compact = new Intl.NumberFormat(format.locale, { notation: 'compact', maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="chart-heading" className="configurator-section">
      <Heading level={2} data-size="sm" id="chart-heading">
        {t('compare.chartHeading')}
      </Heading>
      <figure className="cost-chart">
        <div role="img" aria-label={t('compare.chartLabel')}>
          <ResponsiveContainer width="100%" height={320}>
            <BarChart
              data={data}
              accessibilityLayer={false}
              margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="year" />
              <YAxis tickFormatter={(value: number) => compact.format(value)} width={64} />
              <Tooltip formatter={(value) => format.money(String(value), currency)} />
              <Legend />
              {names.map((name, i) => (
                <Bar key={name} dataKey={name} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
        <figcaption>{caption}</figcaption>
      </figure>
    </section>
  );
}
