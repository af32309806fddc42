import { init, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import { chartColors } from '../theme';

export interface EChartHandle {
  /** The chart as a PNG data URL at twice its size on a white ground, with `title` written above the plot. */
  png(title: string): string | null;
}

interface Props {
  option: EChartsCoreOption;
  height: number;
  renderer: 'canvas' | 'svg';
  /** What the chart shows, for screen readers (the table under it has the numbers). */
  label: string;
  ref?: Ref<EChartHandle>;
  'data-testid'?: string;
}

/**
 * One ECharts instance in a div: drawn when mounted, redrawn when its option
 * changes, resized with its card, disposed when it goes. The option is set
 * whole each time (notMerge), so a series that went away does not linger.
 */
export function EChart({ option, height, renderer, label, ref, 'data-testid': testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  // Layout effect: on paper the chart must be drawn before the print route says it is ready.
  useLayoutEffect(() => {
    const instance = init(box.current!, null, { renderer });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [renderer]);

  useLayoutEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  useImperativeHandle(
    ref,
    () => ({
      png(title) {
        const instance = chart.current;
        if (!instance) return null;
        const grid = (option as { grid?: { top?: number } }).grid;
        // The title goes in for the picture only: on screen the card already names the chart.
        instance.setOption({ title: { text: title, left: 12, top: 6, textStyle: { fontSize: 14 } }, grid: { top: (grid?.top ?? 36) + 28 }, animation: false });
        const url = instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: chartColors.background });
        instance.setOption(option, { notMerge: true });
        return url;
      },
    }),
    [option],
  );

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} data-testid={testId} />;
}
