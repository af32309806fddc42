import { EditOutlined, KeyOutlined } from '@ant-design/icons';
import { Button, Space, Switch, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../contract/users';
import { formatFull } from '../lib/format';
import { useNow } from '../lib/useNow';
import { KeyPagedTable } from '../search/KeyPagedTable';
import type { KeyPagedView } from '../search/useKeyPagedList';
import { RoleTags } from './RoleTags';

interface Props {
  users: KeyPagedView<UserSummary>;
  /** The signed-in administrator: they cannot switch their own account off from here. */
  selfId: string | null;
  busyIds: ReadonlySet<string>;
  onEdit: (user: UserSummary) => void;
  onResetPassword: (user: UserSummary) => void;
  onToggleActive: (user: UserSummary, active: boolean) => void;
}

/** The accounts by login, read as they scroll. */
export function UsersTable({ users, selfId, busyIds, onEdit, onResetPassword, onToggleActive }: Props) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const columns: TableColumnsType<UserSummary> = [
    {
      key: 'login',
      title: t('users.columns.login'),
      width: 140,
      render: (_, u) => (
        <span className="user-login">
          <span className="mono">{u.login}</span>
          {u.id === selfId && <Tag className="user-login__you">{t('users.you')}</Tag>}
        </span>
      ),
    },
    {
      key: 'name',
      title: t('users.columns.name'),
      render: (_, u) => (
        <span className="user-name">
          <span className="user-name__text">{u.name}</span>
          {u.mustChangePassword && (
            <Tag color="orange" className="user-must-change">
              {t('users.mustChange')}
            </Tag>
          )}
        </span>
      ),
    },
    { key: 'department', title: t('users.columns.department'), dataIndex: 'department', width: 120 },
    { key: 'roles', title: t('users.columns.roles'), width: 210, render: (_, u) => <RoleTags roles={u.roles} /> },
    {
      key: 'active',
      title: t('users.columns.active'),
      width: 80,
      render: (_, u) => (
        <Switch
          size="small"
          checked={u.active}
          loading={busyIds.has(u.id)}
          disabled={u.id === selfId}
          onChange={(checked) => onToggleActive(u, checked)}
          aria-label={t('users.columns.active')}
          data-testid={`user-active-${u.login}`}
        />
      ),
    },
    {
      key: 'lockedUntil',
      title: t('users.columns.lockedUntil'),
      width: 190,
      render: (_, u) =>
        u.lockedUntil && Date.parse(u.lockedUntil) > now ? (
          <Tag color="red">{t('users.lockedUntil', { time: formatFull(u.lockedUntil) })}</Tag>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      key: 'lastSignIn',
      title: t('users.columns.lastSignIn'),
      width: 160,
      render: (_, u) => (u.lastSignInAt ? formatFull(u.lastSignInAt) : <span className="muted">{t('users.never')}</span>),
    },
    {
      key: 'actions',
      title: t('users.columns.actions'),
      width: 230,
      render: (_, u) => (
        <Space size={6}>
          <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(u)} data-testid={`user-edit-${u.login}`}>
            {t('users.edit')}
          </Button>
          <Button size="small" icon={<KeyOutlined />} onClick={() => onResetPassword(u)} data-testid={`user-reset-${u.login}`}>
            {t('users.resetPassword')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <KeyPagedTable<UserSummary>
      testId="users-table"
      label={t('users.title')}
      rowKey="id"
      size="middle"
      columns={columns}
      list={users}
      minWidth={1270}
      rowClassName={(u) => (u.active ? '' : 'user-row--inactive')}
    />
  );
}
