import { Alert, App, Button, InputNumber, Segmented, Select, Spin, TimePicker } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INCIDENT_TIERS, LIMIT_UNITS, type IncidentRules, type IncidentTier, type LimitUnit, type TierRule } from '../../../contract/incidents';
import type { ApiError } from '../../../contract/result';
import { ROLE_NAMES, type RoleName } from '../../../contract/session';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { minuteText } from '../incident-form/incidentText';
import { errorText } from '../lib/errors';
import { useStaff } from './useStaff';

/**
 * 时限规则: per urgency, who owns a new incident (a role's queue or a named
 * person) and its time limit in clock or working hours; the working day; the
 * call-back window. Managers edit; everyone else reads. The "due if recorded
 * now" column is main's own computation with the saved rules.
 */
export function RulesForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useDesk();
  const canManage = can('incidents.manage');
  const [rules, setRules] = useState<IncidentRules | null>(null);
  const [previews, setPreviews] = useState<Partial<Record<IncidentTier, string>>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const { staff } = useStaff(canManage);

  const loadPreviews = useCallback(async () => {
    const answers = await Promise.all(INCIDENT_TIERS.map((tier) => api.incidents.previewDeadline({ tier })));
    setPreviews(Object.fromEntries(answers.flatMap((a, i) => (a.ok ? [[INCIDENT_TIERS[i]!, a.value.deadlineAt]] : []))));
  }, []);

  useEffect(() => {
    void api.incidents.rules({}).then((result) => {
      if (!result.ok) return setError(result.error);
      setRules(result.value);
    });
    void loadPreviews();
  }, [loadPreviews]);

  if (!rules) return error ? <Alert type="warning" showIcon title={errorText(error)} /> : <Spin />;

  const setTier = (index: number, patch: Partial<TierRule>) => setRules({ ...rules, tiers: rules.tiers.map((r, i) => (i === index ? { ...r, ...patch } : r)) });

  const save = async () => {
    setSaving(true);
    const result = await api.incidents.saveRules(rules);
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setRules(result.value);
    message.success(t('incidents.rules.saved'));
    void loadPreviews();
  };

  return (
    <div className="incident-rules" data-testid="incident-rules">
      <p className="incident-muted">{t('incidents.rules.intro')}</p>
      {!canManage && <Alert type="info" showIcon title={t('incidents.rules.noPermission')} />}
      <table className="incident-rules__table">
        <thead>
          <tr>
            <th>{t('incidents.rules.tier')}</th>
            <th>{t('incidents.rules.ownerKind')}</th>
            <th>{t('incidents.rules.limit')}</th>
            <th>{t('incidents.rules.preview')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.tiers.map((rule, index) => (
            <tr key={rule.tier} data-testid={`rule-${rule.tier}`}>
              <th scope="row">{t(`incidents.tier.${rule.tier}`)}</th>
              <td>
                <div className="incident-rules__owner">
                  <Segmented
                    size="small"
                    aria-label={`${t(`incidents.tier.${rule.tier}`)} ${t('incidents.rules.ownerKind')}`}
                    disabled={!canManage}
                    value={rule.ownerUserId ? 'user' : 'role'}
                    onChange={(v) => setTier(index, v === 'role' ? { ownerUserId: null } : { ownerUserId: staff[0]?.id ?? null })}
                    options={[
                      { value: 'role', label: t('incidents.rules.byRole') },
                      { value: 'user', label: t('incidents.rules.byUser'), disabled: staff.length === 0 },
                    ]}
                  />
                  {rule.ownerUserId ? (
                    <Select
                      disabled={!canManage}
                      showSearch={{ optionFilterProp: 'label' }}
                      aria-label={t('incidents.rules.user')}
                      placeholder={t('incidents.rules.chooseUser')}
                      value={rule.ownerUserId}
                      onChange={(id: string) => setTier(index, { ownerUserId: id })}
                      options={staff.map((s) => ({ value: s.id, label: s.name }))}
                    />
                  ) : (
                    <Select
                      disabled={!canManage}
                      aria-label={t('incidents.rules.role')}
                      value={rule.ownerRole}
                      onChange={(role: RoleName) => setTier(index, { ownerRole: role })}
                      options={ROLE_NAMES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                      data-testid={`rule-${rule.tier}-role`}
                    />
                  )}
                </div>
              </td>
              <td>
                <div className="incident-rules__limit">
                  <InputNumber
                    disabled={!canManage}
                    min={1}
                    max={720}
                    precision={0}
                    aria-label={`${t(`incidents.tier.${rule.tier}`)} ${t('incidents.rules.limit')}`}
                    value={rule.limit.amount}
                    onChange={(v) => typeof v === 'number' && setTier(index, { limit: { ...rule.limit, amount: v } })}
                    data-testid={`rule-${rule.tier}-amount`}
                  />
                  <Select
                    disabled={!canManage}
                    aria-label={t('incidents.rules.limit')}
                    value={rule.limit.unit}
                    onChange={(unit: LimitUnit) => setTier(index, { limit: { ...rule.limit, unit } })}
                    options={LIMIT_UNITS.map((u) => ({ value: u, label: t(`incidents.rules.unit.${u}`) }))}
                    data-testid={`rule-${rule.tier}-unit`}
                  />
                </div>
              </td>
              <td data-testid={`rule-${rule.tier}-preview`}>{minuteText(previews[rule.tier])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="incident-rules__row">
        <span className="incident-rules__label">{t('incidents.rules.workDay')}</span>
        <TimePicker.RangePicker
          disabled={!canManage}
          format="HH:mm"
          minuteStep={5}
          allowClear={false}
          value={[dayjs(`2000-01-01T${rules.workDay.start}`), dayjs(`2000-01-01T${rules.workDay.end}`)]}
          onChange={(times) => {
            const [start, end] = times ?? [];
            if (start && end) setRules({ ...rules, workDay: { start: start.format('HH:mm'), end: end.format('HH:mm') } });
          }}
        />
        <span className="incident-muted">{t('incidents.rules.workDayHint')}</span>
      </div>
      <div className="incident-rules__row">
        <span className="incident-rules__label">{t('incidents.rules.callBackHours')}</span>
        <InputNumber
          disabled={!canManage}
          min={1}
          max={168}
          precision={0}
          aria-label={t('incidents.rules.callBackHours')}
          value={rules.callBackHours}
          onChange={(v) => typeof v === 'number' && setRules({ ...rules, callBackHours: v })}
        />
      </div>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {canManage && (
        <Button type="primary" className="incident-rules__save" loading={saving} onClick={() => void save()} data-testid="incident-rules-save">
          {t('incidents.rules.save')}
        </Button>
      )}
    </div>
  );
}
