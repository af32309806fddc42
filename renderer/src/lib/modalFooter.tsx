import { Button } from 'antd';
import type { ReactNode } from 'react';

interface FooterOptions {
  onCancel: () => void;
  cancelText: ReactNode;
  onOk: () => void;
  okText: ReactNode;
  busy: boolean;
  okTestId: string;
  okDisabled?: boolean;
  danger?: boolean;
}

/**
 * The footer every form dialog shares: cancel, then the primary action with its
 * busy state. Dialogs pass this to antd's `footer` so the buttons look and
 * behave the same everywhere.
 */
export function modalFooter(o: FooterOptions): ReactNode[] {
  return [
    <Button key="cancel" onClick={o.onCancel}>
      {o.cancelText}
    </Button>,
    <Button key="ok" type="primary" danger={o.danger} loading={o.busy} disabled={o.okDisabled} onClick={o.onOk} data-testid={o.okTestId}>
      {o.okText}
    </Button>,
  ];
}
