import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_TIERS, clientFields, type ClientDetail, type ClientTier } from '../../../contract/clients';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { errorText, issueText } from '../lib/errors';
import { showFieldIssues } from '../forms/fieldIssues';
import { CLIENT_ISSUE_FIELDS, clientRules } from '../directory/clientRules';
import { StaffSelect } from '../directory/StaffSelect';
import { TierTag } from '../directory/TierTag';
import { lengthCount } from '../lib/fieldLimit';
import { modalFooter } from '../lib/modalFooter';
import { useDiscardGuard } from '../lib/useDiscardGuard';

export interface ClientFormValues {
  name: string;
  industry: string;
  tier: ClientTier;
  accountManager: string;
  accountManagerUserId: string | null;
  background: string;
  tags: string[];
}

interface Props {
  open: boolean;
  /** Null creates a new client; a client edits it. */
  client: ClientDetail | null;
  onClose: () => void;
  onSaved: (client: ClientDetail, created: boolean) => void;
}

const EMPTY: ClientFormValues = { name: '', industry: '', tier: 'normal', accountManager: '', accountManagerUserId: null, background: '', tags: [] };

/** Create or edit a client organization. */
export function ClientFormModal({ open, client, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ClientFormValues>();
  const [busy, setBusy] = useState(false);
  const creating = client === null;
  const guard = useDiscardGuard(form, onClose);
  const { markClean } = guard;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      client
        ? {
            name: client.name,
            industry: client.industry,
            tier: client.tier,
            accountManager: client.accountManager,
            accountManagerUserId: client.accountManagerUserId,
            background: client.background,
            tags: client.tags,
          }
        : EMPTY,
    );
    markClean();
  }, [open, client, form, markClean]);

  function showError(error: ApiError) {
    if (error.code === 'CONFLICT' && error.details?.reason === 'nameTaken') {
      form.setFields([{ name: 'name', errors: [issueText('client.nameTaken')] }]);
      return;
    }
    if (error.code === 'VALIDATION') {
      // A tag's issue names its index (tags.3): it belongs to the tags field.
      const issues = (error.issues ?? []).map((i) => (i.path.startsWith('tags.') ? { ...i, path: 'tags' } : i));
      if (showFieldIssues(form, { ...error, issues }, CLIENT_ISSUE_FIELDS)) return;
    }
    message.error(errorText(error));
  }

  async function submit(values: ClientFormValues) {
    if (busy) return;
    setBusy(true);
    try {
      const tags = (values.tags ?? []).map((tag) => tag.trim()).filter(Boolean);
      if (creating) {
        const result = await api.clients.create({
          name: values.name,
          industry: values.industry ?? '',
          tier: values.tier,
          accountManager: values.accountManager ?? '',
          accountManagerUserId: values.accountManagerUserId ?? null,
          background: values.background ?? '',
          tags,
        });
        if (!result.ok) return showError(result.error);
        onSaved(result.value, true);
      } else {
        // Only what changed, so the audit entry names exactly that.
        const trimmed = (v: string | undefined) => (v ?? '').trim();
        const result = await api.clients.update({
          id: client.id,
          ...(trimmed(values.name) !== client.name ? { name: values.name } : {}),
          ...(trimmed(values.industry) !== client.industry ? { industry: trimmed(values.industry) } : {}),
          ...(values.tier !== client.tier ? { tier: values.tier } : {}),
          ...(trimmed(values.accountManager) !== client.accountManager ? { accountManager: trimmed(values.accountManager) } : {}),
          ...((values.accountManagerUserId ?? null) !== client.accountManagerUserId ? { accountManagerUserId: values.accountManagerUserId ?? null } : {}),
          ...(trimmed(values.background) !== client.background ? { background: trimmed(values.background) } : {}),
          ...(tags.join('\n') !== client.tags.join('\n') ? { tags } : {}),
        });
        if (!result.ok) return showError(result.error);
        onSaved(result.value, false);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={creating ? t('clients.form.createTitle') : t('clients.form.editTitle', { name: client.name })}
      onCancel={guard.requestClose}
      footer={modalFooter({ onCancel: guard.requestClose, cancelText: t('clients.form.cancel'), onOk: () => form.submit(), okText: t('clients.form.submit'), busy, okTestId: 'client-form-submit' })}
      destroyOnHidden
      width={640}
    >
      <Form<ClientFormValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} autoComplete="off" requiredMark={false}>
        <div className="form-grid">
          <Form.Item name="name" label={t('clients.form.name')} rules={clientRules.name} className="form-grid__wide">
            <Input autoFocus {...lengthCount(clientFields.name)} data-testid="client-form-name" />
          </Form.Item>
          <Form.Item name="industry" label={t('clients.form.industry')} rules={clientRules.industry}>
            <Input {...lengthCount(clientFields.industry)} data-testid="client-form-industry" />
          </Form.Item>
          <Form.Item name="tier" label={t('clients.form.tier')}>
            <Select
              options={CLIENT_TIERS.map((tier) => ({ value: tier, label: <TierTag tier={tier} /> }))}
              data-testid="client-form-tier"
            />
          </Form.Item>
          <Form.Item
            name="accountManagerUserId"
            label={t('clients.form.managerUser')}
            extra={t('clients.form.managerUserHelp')}
            dependencies={['tier']}
            rules={[
              ({ getFieldValue }) => ({
                // The same rule main enforces (client.vipManager): a VIP is looked after by a user.
                validator: async (_rule, value: string | null | undefined) => {
                  if (getFieldValue('tier') === 'vip' && !value) throw new Error(issueText('client.vipManager'));
                },
              }),
            ]}
          >
            <StaffSelect currentLabel={client?.accountManagerUserId ? client.accountManager : null} data-testid="client-form-manager-user" />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.accountManagerUserId !== b.accountManagerUserId}>
            {({ getFieldValue }) => (
              <Form.Item name="accountManager" label={t('clients.form.managerText')} rules={clientRules.accountManager}>
                <Input {...lengthCount(clientFields.accountManager)} disabled={Boolean(getFieldValue('accountManagerUserId'))} data-testid="client-form-manager" />
              </Form.Item>
            )}
          </Form.Item>
          <Form.Item name="tags" label={t('clients.form.tags')} rules={clientRules.tags}>
            <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} placeholder={t('clients.form.tagsPlaceholder')} data-testid="client-form-tags" />
          </Form.Item>
          <Form.Item name="background" label={t('clients.form.background')} rules={clientRules.background} className="form-grid__wide">
            <Input.TextArea {...lengthCount(clientFields.background)} autoSize={{ minRows: 3, maxRows: 8 }} data-testid="client-form-background" />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
