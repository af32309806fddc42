import { FileImageOutlined } from '@ant-design/icons';
import { Button, Card, Empty } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useRef } from 'react';
import { startDownload } from '../lib/handOverFile';
import { EChart, type EChartHandle } from '../report-charts/EChart';
import { chartFileName } from '../report-charts/fileName';
import { dateLabel } from '../report-charts/periods';
import type { ReportTable } from '../report-charts/table';
import type { ReportWords } from '../report-charts/words';
import '../report-charts/screenCharts';
import { ReportTableView } from './ReportTableView';

interface Props {
  title: string;
  /** null when there is nothing to draw: an empty state instead of an empty axis. */
  option: EChartsCoreOption | null;
  height: number;
  table: ReportTable;
  /** The counted range, for the PNG's title and file name. */
  counted: { from: string; to: string };
  w: ReportWords;
  testId: string;
}

/** One chart with its table under it and a PNG button. */
export function ChartCard({ title, option, height, table, counted, w, testId }: Props) {
  const chart = useRef<EChartHandle>(null);
  const savePng = () => {
    const url = chart.current?.png(w.t('reports.pngHeading', { chart: title, from: dateLabel(counted.from, w), to: dateLabel(counted.to, w) }));
    if (url) startDownload(url, chartFileName(title, counted.from, counted.to, 'png'));
  };
  return (
    <Card
      size="small"
      title={title}
      className="report-card"
      extra={
        option ? (
          <Button size="small" icon={<FileImageOutlined />} onClick={savePng} title={w.t('reports.pngTitle')} data-testid={`${testId}-png`}>
            {w.t('reports.png')}
          </Button>
        ) : null
      }
      data-testid={testId}
    >
      {option ? (
        <EChart ref={chart} option={option} height={height} renderer="canvas" label={title} data-testid={`${testId}-chart`} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={w.t('reports.empty')} data-testid={`${testId}-empty`} />
      )}
      {table.rows.length > 0 && <ReportTableView table={table} testId={`${testId}-table`} />}
    </Card>
  );
}
