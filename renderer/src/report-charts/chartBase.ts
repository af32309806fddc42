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
    grid: { left: 12, right: 16, top: 36, bottom: 36 },
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

/** Categories along the bottom (periods, hours); labels thinned by ECharts when they would collide. */
export function categoryAxis(labels: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'category',
    data: labels,
    axisLabel: { color: chartColors.axis, hideOverlap: true },
    axisLine: { lineStyle: { color: chartColors.grid } },
    axisTick: { alignWithLabel: true },
    ...extra,
  };
}
