import type { ReportWords } from './words';

/** A count or an average in the report's language (thousands grouped: 12,345). */
export function formatNumber(value: number, w: ReportWords, digits = 0): string {
  return new Intl.NumberFormat(w.locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** An average that may be missing (no values counted): a dash. */
export function formatAverage(value: number | null, w: ReportWords, unit: 'seconds' | 'minutes' | 'score', digits = 1): string {
  return value === null ? w.t('reports.none') : w.t(`reports.units.${unit}`, { value: formatNumber(value, w, digits) });
}

/** A share 0–1 as "12.5%"; a rate of nothing (null) as a dash. */
export function formatRate(rate: number | null, w: ReportWords): string {
  return rate === null ? w.t('reports.none') : new Intl.NumberFormat(w.locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}
