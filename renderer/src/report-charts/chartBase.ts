import type { EChartsCoreOption } from 'echarts/core';
import { chartColors, deskFonts } from '../theme';

/** Where a chart is drawn: the screen animates and answers the mouse; paper is drawn once, still. */
export type ChartMedium = 'screen' | 'paper';

/**
 * What every report chart shares: the palette, the desk's fonts (Chinese
 * glyphs need the CJK stack), a white ground (a PNG pasted into a document
 * must not be transparent), the legend at the bottom, clear of the plot.
 */
export function baseOption(medium: ChartMedium): EChartsCoreOption {
  return {
    animation: medium === 'screen',
    color: [...chartColors.series],
    backgroundColor: chartColors.background,
    textStyle: { fontFamily: deskFonts.sans, color: chartColors.text },
    tooltip: medium === 'screen' ? { trigger: 'axis', confine: true } : { show: false },
    legend: { bottom: 0, type: medium === 'screen' ? 'scroll' : 'plain', textStyle: { color: chartColors.text } },
    // The bottom leaves the axis labels their line and the legend its own below them.
    grid: { left: 12, right: 16, top: 36, bottom: 64 },
  };
}

/** A value axis with its unit written above it. */
export function valueAxis(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'value',
    name,
    nameTextStyle: { color: chartColors.axis },
    minInterval: 1,
    axisLabel: { color: chartColors.axis },
    splitLine: { lineStyle: { color: chartColors.grid } },
    ...extra,
  };
}

/** At most this many labels along a period axis: a month of days shows every third, a year of weeks every fifth. */
const MAX_LABELS = 12;

/**
 * Categories along an axis (periods, hours, names). ECharts guesses label
 * widths too narrow for the CJK font and lets them collide, so long axes
 * show every n-th label on purpose; the table under the chart has them all.
 */
export function categoryAxis(labels: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const every = Math.ceil(labels.length / MAX_LABELS);
  const { axisLabel, ...rest } = extra as { axisLabel?: Record<string, unknown> };
  return {
    type: 'category',
    data: labels,
    axisLabel: { color: chartColors.axis, interval: every > 1 ? every - 1 : 0, hideOverlap: true, ...axisLabel },
    axisLine: { lineStyle: { color: chartColors.grid } },
    axisTick: { alignWithLabel: true },
    ...rest,
  };
}
