import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chartScale, type UsageMonth } from '../lib/usage';
import './agreement-admin.css';

const HEIGHT = 160;
const BAR = 10;
const SLOT = 28;

/**
 * Forecast and actual charges per month as bars. A picture for those who can see it: it is named
 * and described for screen readers, and the table beside it has every figure (WCAG 1.1.1).
 */
export function UsageChart({ months }: { months: readonly UsageMonth[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const scale = chartScale(months);
  const height = (amount: string) => (scale > 0 ? (Number(amount) / scale) * (HEIGHT - 20) : 0);
  const width = Math.max(months.length * SLOT, SLOT);
  return (
    <figure className="usage-chart">
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width={width}
        height={HEIGHT}
      >
        <title id={titleId}>{t('manager.agreements.usage.chartTitle')}</title>
        <desc id={descId}>{t('manager.agreements.usage.chartDescription')}</desc>
        <line x1={0} x2={width} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} className="usage-chart__axis" />
        {months.map((month, index) => {
          const x = index * SLOT + 3;
          const forecast = height(month.forecastAmount);
          const actual = month.actualAmount == null ? null : height(month.actualAmount);
          return (
            <g key={month.month}>
              <rect
                x={x}
                y={HEIGHT - forecast}
                width={BAR}
                height={forecast}
                className="usage-chart__forecast"
              />
              {actual !== null && (
                <rect
                  x={x + BAR + 1}
                  y={HEIGHT - actual}
                  width={BAR}
                  height={actual}
                  className="usage-chart__actual"
                />
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="usage-chart__legend">
          <li>
            <span className="usage-chart__swatch usage-chart__swatch--forecast" aria-hidden="true" />
            {t('manager.agreements.usage.forecast')}
          </li>
          <li>
            <span className="usage-chart__swatch usage-chart__swatch--actual" aria-hidden="true" />
            {t('manager.agreements.usage.actual')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
