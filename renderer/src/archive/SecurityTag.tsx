import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SecurityLevel } from '../../../contract/archive';

const COLOR: Record<SecurityLevel, string> = { public: 'green', internal: 'blue', confidential: 'red' };

export function SecurityTag({ level }: { level: SecurityLevel }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[level]}>{t(`archiveDocs.security.${level}`)}</Tag>;
}
