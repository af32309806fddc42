import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/errors';
import { useSession } from '../context/SessionContext';

/** Who is signed in, with their own password and signing out. */
export function UserMenu({ onChangePassword }: { onChangePassword: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { status, signOut } = useSession();
  const user = status.user;
  if (!user) return null;

  async function leave() {
    const result = await signOut();
    if (!result.ok) message.error(errorText(result.error));
  }

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'who',
            type: 'group',
            label: t('account.roles', { roles: user.roles.map((r) => t(`roles.${r}`)).join(t('list.separator')) }),
          },
          { type: 'divider' },
          { key: 'password', icon: <KeyOutlined />, label: <span data-testid="user-menu-password">{t('account.changePassword')}</span> },
          { key: 'signOut', icon: <LogoutOutlined />, label: <span data-testid="user-menu-signout">{t('account.signOut')}</span> },
        ],
        onClick: ({ key }) => {
          if (key === 'password') onChangePassword();
          if (key === 'signOut') void leave();
        },
      }}
    >
      <Button type="text" className="user-menu" data-testid="user-menu" aria-label={t('a11y.userMenu', { name: user.name })}>
        <UserOutlined aria-hidden />
        <span className="user-menu__name">{user.name}</span>
        <DownOutlined aria-hidden className="user-menu__caret" />
      </Button>
    </Dropdown>
  );
}
