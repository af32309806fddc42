import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IDENTITY_FIELDS, identityUpdateReason, type IdentityConflict, type IdentityField, type IdentityResolution } from '../../../contract/identity';
import type { Result } from '../../../contract/result';
import { issueText } from '../lib/errors';
import { lengthCount } from '../lib/fieldLimit';
import { schemaRule } from '../lib/schemaRule';

interface Props {
  /** The refusal main sent; null when closed. */
  conflict: IdentityConflict | null;
  /** Sends the check-in again with the choice; a refused reason is shown here, anything else closes the dialog. */
  onResolve: (identity: IdentityResolution) => Promise<Result<unknown>>;
  /** Nothing is sent; the form keeps what was typed. */
  onStop: () => void;
  /** After the dialog has gone (its focus trap released): where the receptionist goes on. */
  onClosed: () => void;
}

function valuesOf(side: IdentityConflict['onFile'] | IdentityConflict['typed'], field: IdentityField): string {
  return (field === 'idNumber' ? side.idMasked : side[field]) ?? '';
}

/**
 * Shown when main refused a check-in because what was typed differs from the
 * person on file. Both versions side by side; the receptionist decides with
 * the visitor in front of them. Enter keeps the record, Esc stops.
 */
export function IdentityConflictDialog({ conflict, onResolve, onStop, onClosed }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [updating, setUpdating] = useState(false);
  const [busy, setBusy] = useState(false);
  const useOnFileRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<InputRef>(null);

  useEffect(() => {
    if (!conflict) return;
    setUpdating(false);
    form.resetFields();
  }, [conflict, form]);

  // The dialog's opening ends later than a quick click on "update" can come (on a busy PC its animation
  // is slow): it must not then take the focus back to "use the record on file" from the reason.
  const updatingRef = useRef(false);
  useEffect(() => {
    updatingRef.current = updating;
    if (updating) reasonRef.current?.focus();
  }, [updating]);

  async function resolve(identity: IdentityResolution) {
    if (busy) return;
    setBusy(true);
    try {
      const result = await onResolve(identity);
      const reasonIssue = !result.ok ? result.error.issues?.find((i) => i.path === 'identity.reason') : undefined;
      if (reasonIssue) form.setFields([{ name: 'reason', errors: [issueText(reasonIssue.message)] }]);
    } finally {
      setBusy(false);
    }
  }

  const rows = conflict ? IDENTITY_FIELDS.filter((f) => f !== 'idNumber' || conflict.onFile.idMasked || conflict.typed.idMasked) : [];

  function cell(side: 'onFile' | 'typed', field: IdentityField) {
    if (!conflict) return null;
    const value = valuesOf(conflict[side], field);
    if (value) return <span className={field === 'idNumber' ? 'id-mask' : undefined}>{value}</span>;
    return <span className="muted">{side === 'typed' && field !== 'name' ? t('identity.keepOnFile') : t('identity.none')}</span>;
  }

  return (
    <Modal
      open={conflict !== null}
      title={t('identity.title')}
      onCancel={onStop}
      destroyOnHidden
      width={660}
      maskClosable={false}
      // The form decides where focus goes next (the name field), not the button that opened this.
      focusTriggerAfterClose={false}
      afterClose={onClosed}
      afterOpenChange={(open) => open && (updatingRef.current ? reasonRef.current : useOnFileRef.current)?.focus()}
      footer={
        <div className="identity-actions">
          <Button onClick={onStop} disabled={busy} data-testid="identity-stop" title={t('identity.stopHint')}>
            {t('identity.stop')}
            <kbd className="btn-kbd">Esc</kbd>
          </Button>
          {updating ? (
            <Button danger type="primary" loading={busy} onClick={() => form.submit()} data-testid="identity-update-confirm">
              {t('identity.updateConfirm')}
              <kbd className="btn-kbd">Enter</kbd>
            </Button>
          ) : (
            <Button icon={<EditOutlined />} disabled={busy} onClick={() => setUpdating(true)} data-testid="identity-update" title={t('identity.updateHint')}>
              {t('identity.update')}
            </Button>
          )}
          <Button
            ref={useOnFileRef}
            type={updating ? 'default' : 'primary'}
            loading={busy && !updating}
            disabled={busy}
            onClick={() => void resolve({ action: 'useOnFile' })}
            data-testid="identity-use-on-file"
            title={t('identity.useOnFileHint')}
          >
            {t('identity.useOnFile')}
            {!updating && <kbd className="btn-kbd">Enter</kbd>}
          </Button>
        </div>
      }
    >
      {conflict && (
        <div data-testid="identity-conflict">
          <p className="identity-intro">
            {t('identity.intro')}{' '}
            <span className="muted">{conflict.lastVisitDay ? t('identity.lastVisit', { day: conflict.lastVisitDay }) : t('identity.neverVisited')}</span>
          </p>
          <table className="identity-compare">
            <thead>
              <tr>
                <th scope="col">{t('identity.field')}</th>
                <th scope="col">{t('identity.onFile')}</th>
                <th scope="col">{t('identity.typed')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((field) => {
                const differs = conflict.differs.includes(field);
                return (
                  <tr key={field} className={differs ? 'identity-compare__diff' : undefined} data-testid={`identity-row-${field}`} data-differs={differs}>
                    <th scope="row">
                      {t(`identity.fields.${field}`)}
                      {differs && <span className="identity-compare__tag">{t('identity.differs')}</span>}
                    </th>
                    <td>{cell('onFile', field)}</td>
                    <td>{cell('typed', field)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {updating && (
            <>
              <Alert type="warning" showIcon title={t('identity.updateHint')} className="identity-update-hint" />
              <Form form={form} layout="vertical" requiredMark={false} autoComplete="off" onFinish={({ reason }) => void resolve({ action: 'update', reason: reason.trim() })}>
                <Form.Item name="reason" label={t('identity.reason')} rules={[schemaRule(identityUpdateReason)]}>
                  <Input
                    ref={reasonRef}
                    {...lengthCount(identityUpdateReason)}
                    placeholder={t('identity.reasonPlaceholder')}
                    onPressEnter={(e) => {
                      e.preventDefault();
                      form.submit();
                    }}
                    data-testid="identity-reason"
                  />
                </Form.Item>
              </Form>
            </>
          )}
        </div>
      )}
    </Modal>
  );
}
