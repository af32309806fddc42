import { Alert, App, Button, Col, Divider, Drawer, Form, Input, InputNumber, Row, Select, Space, Switch, Typography, type FormRule } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../contract';
import { SAVE_AS_PDF, type Locale } from '../../../contract/print';
import type { ApiError } from '../../../contract/result';
import { auditValueText } from '../../../contract/audit-text';
import { hostNameOf, LOGO_MAX_BYTES } from '../../../contract/organisation';
import { IDLE_LOCK_MINUTES, PRINTER_OFFSET_MM, printerProfileFor, settings as settingsChannels, type DeskSettings } from '../../../contract/settings';
import { api } from '../api/client';
import { errorText, issueText } from '../lib/errors';
import { LogoPicker, type LogoValue } from '../lib/LogoPicker';
import { schemaRule, schemaRuleText } from '../lib/schemaRule';
import { layoutName } from '../print/layoutNames';
import { useDesk } from '../context/DeskContext';
import { LayoutPreview } from './LayoutPreview';
import { lengthCount } from '../lib/fieldLimit';
import './settings.css';

type PrintOptions = Output<'print', 'options'>;

interface SettingsValues {
  orgName: string;
  orgLogo: LogoValue | null;
  siteName: string;
  locale: Locale;
  printerId: string;
  layoutId: string;
  offsetXMm: number;
  offsetYMm: number;
  autoPrintBadge: boolean;
  idleLockMinutes: number;
}

const profileOf = printerProfileFor;

function valuesFrom(settings: DeskSettings): SettingsValues {
  const printerId = settings.printerId || SAVE_AS_PDF;
  return {
    orgName: settings.orgName,
    orgLogo: settings.orgLogo,
    siteName: settings.siteName,
    locale: settings.locale,
    printerId,
    ...profileOf(settings, printerId),
    autoPrintBadge: settings.autoPrintBadge,
    idleLockMinutes: settings.idleLockMinutes,
  };
}

/** Where main reports a problem → which field shows it. */
const ISSUE_FIELDS: Record<string, keyof SettingsValues> = {
  orgName: 'orgName',
  orgLogo: 'orgLogo',
  'orgLogo.base64': 'orgLogo',
  siteName: 'siteName',
  locale: 'locale',
  printerId: 'printerId',
  autoPrintBadge: 'autoPrintBadge',
  idleLockMinutes: 'idleLockMinutes',
  'printerProfile.printerId': 'printerId',
  'printerProfile.profile.layoutId': 'layoutId',
  'printerProfile.profile.offsetXMm': 'offsetXMm',
  'printerProfile.profile.offsetYMm': 'offsetYMm',
};

/** `settings.update`'s own field schemas: the rules and the counts on the desk's names. */
const SETTINGS_FIELDS = settingsChannels.update.input.shape;

/** Left empty, the site name is not sent (main keeps it); typed, it is held to main's rule, too long said with the limit. */
const siteNameRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') return;
    const problem = schemaRuleText(SETTINGS_FIELDS.siteName, value);
    if (problem) throw new Error(problem);
  },
};

interface Props {
  open: boolean;
  onClose: () => void;
}

/** Site, language and badge printing: printer, layout per printer, calibration offsets. */
export function SettingsDrawer({ open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { settings, info, can, saveSettings, locale } = useDesk();
  const [form] = Form.useForm<SettingsValues>();
  const [options, setOptions] = useState<PrintOptions | null>(null);
  const [optionsError, setOptionsError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const readOnly = !can('settings.manage');

  const layoutId = Form.useWatch('layoutId', form);
  const offsetXMm = Form.useWatch('offsetXMm', form);
  const offsetYMm = Form.useWatch('offsetYMm', form);
  const siteName = Form.useWatch('siteName', form);
  const orgName = Form.useWatch('orgName', form);

  // Fresh each time it opens: printers come and go, and settings may have changed since.
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(valuesFrom(settings));
    let cancelled = false;
    void api.print.options({}).then((result) => {
      if (cancelled) return;
      setOptions(result.ok ? result.value : null);
      setOptionsError(result.ok ? null : result.error);
    });
    return () => {
      cancelled = true;
    };
    // Only on opening (not on every settings change), or it would discard what is being edited.
  }, [open]);

  function onPrinterChange(printerId: string) {
    // Each printer keeps its own stock and calibration.
    form.setFieldsValue(profileOf(settings, printerId));
  }

  function showIssues(error: ApiError) {
    const fields = (error.issues ?? []).filter((i) => ISSUE_FIELDS[i.path]);
    form.setFields(fields.map((i) => ({ name: ISSUE_FIELDS[i.path]!, errors: [issueText(i.message)] })));
    message.error(errorText(error));
  }

  async function save(values: SettingsValues) {
    setSaving(true);
    try {
      const siteNameText = values.siteName.trim();
      // The logo goes only when it changed: new bytes, or removed.
      const logo = values.orgLogo?.base64 ? { orgLogo: { base64: values.orgLogo.base64 } } : !values.orgLogo && settings.orgLogo ? { orgLogo: null } : {};
      const result = await saveSettings({
        orgName: values.orgName.trim(),
        ...logo,
        // An empty name is not a valid name; leaving it out keeps the current one.
        ...(siteNameText ? { siteName: siteNameText } : {}),
        locale: values.locale,
        printerId: values.printerId,
        autoPrintBadge: values.autoPrintBadge,
        idleLockMinutes: values.idleLockMinutes,
        printerProfile: {
          printerId: values.printerId,
          profile: { layoutId: values.layoutId, offsetXMm: values.offsetXMm ?? 0, offsetYMm: values.offsetYMm ?? 0 },
        },
      });
      if (!result.ok) return showIssues(result.error);
      message.success(t('settings.saved'));
      onClose();
    } finally {
      setSaving(false);
    }
  }

  const layouts = options?.layouts ?? [];
  const layout = layouts.find((l) => l.id === layoutId);
  const printers = options?.printers ?? [{ id: SAVE_AS_PDF, name: 'PDF', isDefault: false }];
  const shellName = info.shell === 'electron' ? t('settings.shellElectron') : t('settings.shellWeb');

  return (
    <Drawer
      title={t('settings.title')}
      open={open}
      onClose={onClose}
      size={500}
      destroyOnHidden={false}
      footer={
        <div className="settings-footer">
          <Typography.Text type="secondary" className="settings-footer__about">
            {t('settings.about', { version: info.version, shell: shellName })}
          </Typography.Text>
          <Space>
            <Button onClick={onClose}>{t('settings.cancel')}</Button>
            <Button type="primary" loading={saving} disabled={readOnly} onClick={() => form.submit()} data-testid="settings-save">
              {t('settings.save')}
            </Button>
          </Space>
        </div>
      }
    >
      {readOnly && <Alert type="info" showIcon title={t('settings.readOnly')} className="settings-alert" />}
      {settings.repairs.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('pcSettings.repairedTitle')}
          // The same words the audit log uses for these settings.
          description={t('pcSettings.repaired', { fields: auditValueText('repairedFields', [...new Set(settings.repairs.map((r) => r.field))], { locale }) })}
          className="settings-alert"
          data-testid="settings-repaired"
        />
      )}
      <Form<SettingsValues>
        form={form}
        layout="vertical"
        disabled={readOnly}
        onFinish={(v) => void save(v)}
        data-testid="settings-form"
      >
        <Divider titlePlacement="start">{t('organisation.section')}</Divider>
        {!settings.orgName && !readOnly && (
          <Alert
            type="warning"
            showIcon
            title={t('organisation.missingTitle')}
            description={t('organisation.missing', { site: settings.siteName })}
            className="settings-alert"
            data-testid="settings-org-missing"
          />
        )}
        <Form.Item name="orgName" label={t('organisation.name')} extra={t('organisation.nameHint')} rules={[schemaRule(SETTINGS_FIELDS.orgName)]}>
          <Input {...lengthCount(SETTINGS_FIELDS.orgName)} placeholder={t('organisation.namePlaceholder')} data-testid="settings-org-name" />
        </Form.Item>
        <Form.Item name="orgLogo" label={t('organisation.logo')} extra={t('organisation.logoHint', { kb: LOGO_MAX_BYTES / 1024 })}>
          <LogoPicker testId="settings-org-logo" />
        </Form.Item>

        <Divider titlePlacement="start">{t('settings.desk')}</Divider>
        <Form.Item name="siteName" label={t('settings.siteName')} extra={t('organisation.siteNameHint')} rules={[siteNameRule]}>
          <Input {...lengthCount(SETTINGS_FIELDS.siteName)} data-testid="settings-site-name" />
        </Form.Item>
        <Form.Item name="locale" label={t('settings.language')}>
          <Select
            options={[
              { value: 'zh-CN', label: t('lang.zh') },
              { value: 'en', label: t('lang.en') },
            ]}
          />
        </Form.Item>

        <Divider titlePlacement="start">{t('settings.security')}</Divider>
        <Form.Item
          name="idleLockMinutes"
          label={t('settings.idleLock')}
          extra={t('settings.idleLockHint')}
          rules={[{ required: true, type: 'integer', ...IDLE_LOCK_MINUTES, message: t('errors.outOfRange') }]}
        >
          <InputNumber
            min={IDLE_LOCK_MINUTES.min}
            max={IDLE_LOCK_MINUTES.max}
            step={1}
            precision={0}
            suffix={t('settings.idleLockUnit')}
            className="settings-idle"
            data-testid="settings-idle-lock"
          />
        </Form.Item>

        <Divider titlePlacement="start">{t('pcSettings.printingThisPc')}</Divider>
        <Typography.Paragraph type="secondary" className="settings-hint" data-testid="settings-this-pc">
          {t('pcSettings.printingThisPcHint')}
        </Typography.Paragraph>
        {optionsError && <Alert type="warning" showIcon title={errorText(optionsError)} className="settings-alert" />}
        <Form.Item name="autoPrintBadge" label={t('settings.autoPrint')} valuePropName="checked" layout="horizontal">
          <Switch data-testid="settings-auto-print" />
        </Form.Item>
        <Form.Item name="printerId" label={t('settings.printer')}>
          <Select
            data-testid="settings-printer"
            onChange={onPrinterChange}
            options={printers.map((p) => ({
              value: p.id,
              label:
                p.id === SAVE_AS_PDF
                  ? t('print.saveAsPdf')
                  : p.isDefault
                    ? `${p.name} (${t('print.defaultPrinter')})`
                    : p.name,
            }))}
          />
        </Form.Item>
        <Form.Item name="layoutId" label={t('settings.layout')}>
          <Select
            data-testid="settings-layout"
            loading={!options && !optionsError}
            options={layouts.map((l) => ({ value: l.id, label: layoutName(l) }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="offsetXMm" label={t('settings.offsetX')}>
              <InputNumber min={PRINTER_OFFSET_MM.min} max={PRINTER_OFFSET_MM.max} step={0.5} precision={1} suffix="mm" className="settings-offset" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="offsetYMm" label={t('settings.offsetY')}>
              <InputNumber min={PRINTER_OFFSET_MM.min} max={PRINTER_OFFSET_MM.max} step={0.5} precision={1} suffix="mm" className="settings-offset" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" className="settings-hint">
          {t('settings.offsetHint')}
        </Typography.Paragraph>
        {layout && (
          <div className="settings-preview">
            <div className="settings-preview__title">{t('settings.preview')}</div>
            <LayoutPreview
              layout={layout}
              offsetXMm={offsetXMm ?? 0}
              offsetYMm={offsetYMm ?? 0}
              heading={hostNameOf({ orgName: (orgName ?? settings.orgName).trim(), siteName: (siteName ?? settings.siteName).trim() })}
            />
          </div>
        )}
      </Form>
    </Drawer>
  );
}
