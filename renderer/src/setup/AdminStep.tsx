import { Col, Form, Input, Row, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { newPasswordRules, repeatRules } from '../forms/passwordRules';
import { lengthCount } from '../lib/fieldLimit';
import { setupFields, setupRules, type SetupValues } from './setupFields';

/** Step 2: the first administrator, who then adds everyone else. */
export function AdminStep({ form }: { form: FormInstance<SetupValues> }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('setup.adminIntro')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="adminLogin" label={t('setup.adminLogin')} extra={t('setup.adminLoginHint')} rules={setupRules.adminLogin} required>
            <Input autoFocus {...lengthCount(setupFields.adminLogin)} spellCheck={false} autoComplete="off" data-testid="setup-admin-login" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="adminName" label={t('setup.adminName')} rules={setupRules.adminName} required>
            <Input {...lengthCount(setupFields.adminName)} placeholder={t('setup.adminNamePlaceholder')} data-testid="setup-admin-name" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="adminPassword" label={t('setup.adminPassword')} extra={t('setup.passwordHint')} rules={newPasswordRules}>
            <Input.Password autoComplete="new-password" data-testid="setup-admin-password" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="adminPassword2" label={t('setup.adminPassword2')} dependencies={['adminPassword']} rules={repeatRules(form, 'adminPassword')}>
            <Input.Password autoComplete="new-password" data-testid="setup-admin-password2" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
