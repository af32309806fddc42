import { CheckOutlined } from '@ant-design/icons';
import { Alert, Table, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../contract';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { i18n } from '../i18n';
import { errorText } from '../lib/errors';

type PermissionTable = Output<'users', 'permissionTable'>;
interface Row {
  permission: string;
}

/** `public` and `session` describe channels that need no role; they are never granted, so not rows. */
const NOT_GRANTED = new Set(['public', 'session']);

export function permissionName(permission: string): string {
  return i18n.exists(`perms.${permission}`) ? i18n.t(`perms.${permission}`) : permission;
}

/** The role → permission table main enforces, read from main rather than restated here. */
export function PermissionMatrix() {
  const { t } = useTranslation();
  const [table, setTable] = useState<PermissionTable | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    void api.users.permissionTable({}).then((result) => {
      if (result.ok) setTable(result.value);
      else setError(result.error);
    });
  }, []);

  if (error) return <Alert type="warning" showIcon title={errorText(error)} />;

  const columns: TableColumnsType<Row> = [
    {
      key: 'permission',
      title: t('permissionTable.permission'),
      // The permission's name only: its code is for main, not for the person reading the table.
      render: (_, row) => <span className="perm-name">{permissionName(row.permission)}</span>,
    },
    ...(table?.roles ?? []).map((role) => ({
      key: role,
      title: t(`roles.${role}`),
      width: 120,
      align: 'center' as const,
      render: (_: unknown, row: Row) =>
        table?.grants[role]?.includes(row.permission as never) ? (
          <CheckOutlined className="perm-yes" aria-label={t('permissionTable.granted')} data-testid={`perm-${role}-${row.permission}`} />
        ) : (
          <span className="perm-no" aria-hidden>
            ·
          </span>
        ),
    })),
  ];

  return (
    <div data-testid="permission-table">
      <Table<Row>
        rowKey="permission"
        size="small"
        bordered
        loading={!table}
        columns={columns}
        dataSource={(table?.permissions ?? []).filter((p) => !NOT_GRANTED.has(p)).map((permission) => ({ permission }))}
        pagination={false}
      />
    </div>
  );
}
