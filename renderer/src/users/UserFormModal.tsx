import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../contract/result';
import { login, ROLE_NAMES } from '../../../contract/session';
import { userFields, type UserSummary } from '../../../contract/users';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { showFieldIssues } from '../forms/fieldIssues';
import { USER_ISSUE_FIELDS, userRules, type UserFormValues } from './userRules';
import { lengthCount } from '../lib/fieldLimit';
import { modalFooter } from '../lib/modalFooter';
import { useDiscardGuard } from '../lib/useDiscardGuard';

interface Props {
  /** `null` creates a new account; a user edits that account. */
  user: UserSummary | null;
  open: boolean;
  onClose: () => void;
  onSaved: (user: UserSummary, created: boolean) => void;
}

const EMPTY: UserFormValues = { login: '', name: '', department: '', roles: [], password: '', active: true };

/** Create an account (with a first password) or edit one; the login is fixed once made. */
export function UserFormModal({ user, open, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const [busy, setBusy] = useState(false);
  const creating = user === null;
  const guard = useDiscardGuard(form, onClose);
  const { markClean } = guard;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(user ? { ...EMPTY, login: user.login, name: user.name, department: user.department, roles: user.roles, active: user.active } : EMPTY);
    markClean();
  }, [open, user, form, markClean]);

  function showError(error: ApiError) {
    if (error.code === 'CONFLICT' && error.details?.reason === 'loginTaken') {
      form.setFields([{ name: 'login', errors: [errorText(error)] }]);
      return;
    }
    if (error.code === 'VALIDATION' && showFieldIssues(form, error, USER_ISSUE_FIELDS)) return;
    message.error(errorText(error));
  }

  async function submit(values: UserFormValues) {
    if (busy) return;
    setBusy(true);
    try {
      if (creating) {
        const result = await api.users.create({
          login: values.login,
          name: values.name,
          department: values.department ?? '',
          roles: values.roles,
          password: values.password,
        });
        if (!result.ok) return showError(result.error);
        onSaved(result.value, true);
      } else {
        // Only what changed, so the audit entry's before/after names exactly that.
        const department = (values.department ?? '').trim();
        const result = await api.users.update({
          id: user.id,
          ...(values.name.trim() !== user.name ? { name: values.name } : {}),
          ...(department !== user.department ? { department } : {}),
          ...(values.roles.join() !== user.roles.join() ? { roles: values.roles } : {}),
          ...(values.active !== user.active ? { active: values.active } : {}),
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
      title={creating ? t('users.form.createTitle') : t('users.form.editTitle', { login: user.login })}
      onCancel={guard.requestClose}
      footer={modalFooter({ onCancel: guard.requestClose, cancelText: t('users.form.cancel'), onOk: () => form.submit(), okText: t('users.form.submit'), busy, okTestId: 'user-form-submit' })}
      destroyOnHidden
      width={520}
    >
      <Form<UserFormValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} autoComplete="off" requiredMark={false}>
        <Form.Item name="login" label={t('users.form.login')} extra={creating ? t('users.form.loginHint') : undefined} rules={creating ? userRules.login : []}>
          <Input autoFocus={creating} disabled={!creating} {...lengthCount(login)} spellCheck={false} className="mono-input" data-testid="user-form-login" />
        </Form.Item>
        <Form.Item name="name" label={t('users.form.name')} rules={userRules.name}>
          <Input autoFocus={!creating} {...lengthCount(userFields.name)} data-testid="user-form-name" />
        </Form.Item>
        <Form.Item name="department" label={t('users.form.department')} rules={userRules.department}>
          <Input {...lengthCount(userFields.department)} data-testid="user-form-department" />
        </Form.Item>
        <Form.Item name="roles" label={t('users.form.roles')} rules={userRules.roles}>
          <Select
            mode="multiple"
            placeholder={t('users.form.rolesPlaceholder')}
            options={ROLE_NAMES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            data-testid="user-form-roles"
          />
        </Form.Item>
        {creating ? (
          <Form.Item name="password" label={t('users.form.password')} extra={t('users.form.passwordHint')} rules={userRules.password}>
            <Input.Password autoComplete="new-password" data-testid="user-form-password" />
          </Form.Item>
        ) : (
          <Form.Item name="active" label={t('users.form.active')} extra={t('users.form.activeHint')} valuePropName="checked">
            <Switch data-testid="user-form-active" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

