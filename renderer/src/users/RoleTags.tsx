import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleName } from '../../../contract/session';

/** One colour per role, the same in the table and the matrix header. */
export const ROLE_COLOR: Record<RoleName, string> = {
  receptionist: 'blue',
  coordinator: 'cyan',
  manager: 'purple',
  auditor: 'gold',
  admin: 'red',
};

export function RoleTags({ roles }: { roles: readonly RoleName[] }) {
  const { t } = useTranslation();
  return (
    <span className="role-tags">
      {roles.map((role) => (
        <Tag key={role} color={ROLE_COLOR[role]}>
          {t(`roles.${role}`)}
        </Tag>
      ))}
    </span>
  );
}
