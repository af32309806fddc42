import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

export function LoadFailed({ message }: { message: string }) {
  const { t } = useTranslation();
  return <Alert type="error" showIcon message={t('tasks.loadFailed', { message })} />;
}
