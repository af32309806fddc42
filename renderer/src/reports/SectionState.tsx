import { Alert, Button, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { errorText } from '../lib/errors';
import type { ReportWords } from '../report-charts/words';
import type { ReportState } from './useReport';

/** A section while its figures load, when they failed (with a retry), or drawn once they are here. */
export function SectionState<T>({ state, retry, w, testId, children }: { state: ReportState<T>; retry: () => void; w: ReportWords; testId: string; children: (value: T) => ReactNode }) {
  if (state.status === 'loading') return <Skeleton active paragraph={{ rows: 6 }} data-testid={`${testId}-loading`} />;
  if (state.status === 'failed') {
    return (
      <Alert
        type="error"
        showIcon
        title={w.t('reports.failed', { error: errorText(state.error) })}
        action={
          <Button size="small" onClick={retry}>
            {w.t('reports.retry')}
          </Button>
        }
        data-testid={`${testId}-failed`}
      />
    );
  }
  return <>{children(state.value)}</>;
}
