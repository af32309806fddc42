import { Alert, Button, Form, Segmented, Steps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contract/print';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { isLocale } from '../i18n';
import { errorText, issueText } from '../lib/errors';
import { AuthLayout } from '../frame/AuthLayout';
import { useSession } from '../context/SessionContext';
import { LanguageSwitch } from '../frame/LanguageSwitch';
import { AdminStep } from './AdminStep';
import { RecoveryStep } from './RecoveryStep';
import { RestoreFromBackup } from './RestoreFromBackup';
import { ISSUE_FIELDS, STEP_FIELDS, stepOf, type SetupValues } from './setupFields';
import { SiteStep } from './SiteStep';
import './setup.css';

/**
 * First run: site and language, the first administrator, the recovery passphrase;
 * or, on a new PC, the old desk restored from its backup.
 */
export function SetupWizard() {
  const { t, i18n } = useTranslation();
  const { apply, previewLocale, refresh } = useSession();
  const [form] = Form.useForm<SetupValues>();
  const [step, setStep] = useState(0);
  const [passphrase, setPassphrase] = useState<string | null>(null);
  const [passphraseError, setPassphraseError] = useState<ApiError | null>(null);
  const [finishError, setFinishError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<'new' | 'restore'>('new');
  const locale = (Form.useWatch('locale', form) ?? (isLocale(i18n.language) ? i18n.language : 'zh-CN')) as Locale;

  // Main makes the passphrase (and keeps the same one until setup completes); fetch it on reaching the step.
  useEffect(() => {
    if (step !== 2 || passphrase) return;
    let cancelled = false;
    void api.setup.recoveryPassphrase({}).then((result) => {
      if (cancelled) return;
      if (result.ok) setPassphrase(result.value.passphrase);
      else setPassphraseError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [step, passphrase]);

  function chooseLocale(next: Locale) {
    form.setFieldValue('locale', next);
    previewLocale(next);
  }

  async function next() {
    try {
      await form.validateFields(STEP_FIELDS[step]);
      setStep((s) => s + 1);
    } catch {
      // antd shows the problems on the fields.
    }
  }

  /** Main's field problems: go back to the step that has the first one and mark them there. */
  function showIssues(error: ApiError) {
    const issues = (error.issues ?? []).filter((i) => ISSUE_FIELDS[i.path]);
    if (issues.length === 0) return setFinishError(error);
    setStep(Math.min(...issues.map((i) => stepOf(ISSUE_FIELDS[i.path]!))));
    // After the step's fields have mounted.
    window.setTimeout(() => form.setFields(issues.map((i) => ({ name: ISSUE_FIELDS[i.path]!, errors: [issueText(i.message)] }))), 0);
  }

  async function finish() {
    if (busy) return;
    let values: SetupValues;
    try {
      await form.validateFields(STEP_FIELDS[2]);
      values = form.getFieldsValue(true) as SetupValues;
    } catch {
      return;
    }
    setBusy(true);
    setFinishError(null);
    try {
      const result = await api.setup.complete({
        siteName: values.siteName,
        orgName: values.orgName.trim(),
        ...(values.orgLogo?.base64 ? { orgLogo: { base64: values.orgLogo.base64 } } : {}),
        locale: values.locale,
        adminLogin: values.adminLogin,
        adminName: values.adminName,
        adminPassword: values.adminPassword,
        recoveryPassphrase: values.recoveryConfirm,
      });
      if (result.ok) return apply(result.value);
      if (result.error.code === 'CONFLICT') return void refresh();
      showIssues(result.error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthLayout siteName="" wide testId="setup-screen" languageSwitch={<LanguageSwitch value={locale} onChange={chooseLocale} />}>
      <h2 className="auth-card__title">{t(mode === 'new' ? 'setup.title' : 'setupRestore.title')}</h2>
      <Segmented<'new' | 'restore'>
        block
        className="setup-mode"
        value={mode}
        onChange={setMode}
        aria-label={t('setupRestore.choose')}
        data-testid="setup-mode"
        options={[
          { value: 'new', label: <span title={t('setupRestore.newDeskHint')}>{t('setupRestore.newDesk')}</span> },
          { value: 'restore', label: <span title={t('setupRestore.fromBackupHint')} data-testid="setup-mode-restore">{t('setupRestore.fromBackup')}</span> },
        ]}
      />
      {mode === 'restore' ? (
        <RestoreFromBackup onBack={() => setMode('new')} leaving="setup" />
      ) : (
        <>
          <p className="auth-card__subtitle">{t('setup.subtitle')}</p>
          <Steps
            className="setup-steps"
            current={step}
            size="small"
            items={[{ title: t('setup.steps.site') }, { title: t('setup.steps.admin') }, { title: t('setup.steps.recovery') }]}
          />
          {finishError && <Alert type="error" showIcon title={errorText(finishError)} className="auth-card__alert" role="alert" />}
          <Form<SetupValues>
            form={form}
            layout="vertical"
            requiredMark={false}
            autoComplete="off"
            initialValues={{ locale, orgName: '', orgLogo: null, siteName: '', adminLogin: '', adminName: '', adminPassword: '', adminPassword2: '', recoveryConfirm: '' }}
            onFinish={() => void (step < 2 ? next() : finish())}
            className="setup-form"
          >
            {step === 0 && <SiteStep onLocale={chooseLocale} />}
            {step === 1 && <AdminStep form={form} />}
            {step === 2 && <RecoveryStep passphrase={passphrase} error={passphraseError} />}
            <div className="setup-actions">
              {step > 0 && <Button onClick={() => setStep((s) => s - 1)}>{t('setup.back')}</Button>}
              {step < 2 ? (
                <Button type="primary" htmlType="submit" data-testid="setup-next">
                  {t('setup.next')}
                </Button>
              ) : (
                <Button type="primary" htmlType="submit" loading={busy} disabled={!passphrase} data-testid="setup-finish">
                  {t('setup.finish')}
                </Button>
              )}
            </div>
          </Form>
        </>
      )}
    </AuthLayout>
  );
}
