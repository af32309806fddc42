import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../contract/users';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { useSession } from '../context/SessionContext';
import { PermissionMatrix } from './PermissionMatrix';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';
import { UsersTable } from './UsersTable';
import { useUsers } from './useUsers';
import './users.css';

type Editing = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; user: UserSummary };

/** Accounts and their roles, and the permission table those roles carry. */
export function UsersScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { status } = useSession();
  const accounts = useUsers();
  const { error, reload } = accounts;
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [resetting, setResetting] = useState<UserSummary | null>(null);
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());

  async function toggleActive(user: UserSummary, active: boolean) {
    setBusyIds((s) => new Set(s).add(user.id));
    try {
      const result = await api.users.update({ id: user.id, active });
      if (result.ok) message.success(t(active ? 'users.activated' : 'users.deactivated', { name: user.name }));
      else message.error(errorText(result.error));
      await reload();
    } finally {
      setBusyIds((s) => new Set([...s].filter((id) => id !== user.id)));
    }
  }

  function saved(user: UserSummary, created: boolean) {
    setEditing({ mode: 'closed' });
    message.success(created ? t('users.created', { login: user.login }) : t('users.saved', { name: user.name }));
    void reload();
  }

  return (
    <div className="users-page">
      <Card
        title={t('users.title')}
        extra={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={() => void reload()}>
              {t('users.refresh')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })} data-testid="user-create">
              {t('users.create')}
            </Button>
          </Space>
        }
      >
        {error && <Alert type="warning" showIcon title={errorText(error)} className="users-alert" />}
        <UsersTable
          users={accounts}
          selfId={status.user?.id ?? null}
          busyIds={busyIds}
          onEdit={(user) => setEditing({ mode: 'edit', user })}
          onResetPassword={setResetting}
          onToggleActive={(user, active) => void toggleActive(user, active)}
        />
      </Card>
      <Card title={t('permissionTable.title')}>
        <Typography.Paragraph type="secondary">{t('permissionTable.explain')}</Typography.Paragraph>
        <PermissionMatrix />
      </Card>
      <UserFormModal
        open={editing.mode !== 'closed'}
        user={editing.mode === 'edit' ? editing.user : null}
        onClose={() => setEditing({ mode: 'closed' })}
        onSaved={saved}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(user) => {
          setResetting(null);
          message.success(t('users.reset.done', { name: user.name }));
          void reload();
        }}
      />
    </div>
  );
}
