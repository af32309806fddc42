import { App, Button, Card, Checkbox, InputNumber, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DUTY_ROLES, type LevelRule, type LevelRules } from '../../../../contract/checklists';
import { RECEPTION_LEVELS } from '../../../../contract/plans';
import { api } from '../../api/client';
import { errorText } from '../../lib/errors';

type Level = (typeof RECEPTION_LEVELS)[number];
const FLAGS = ['rehearsal', 'spareRoom', 'spareVehicle'] as const;

/** What each reception level asks for (B角 roles, staff, rehearsal, spares), one row per level. */
export function LevelRulesCard({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [rules, setRules] = useState<LevelRules | null>(null);
  const [saved, setSaved] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void api.checklists.levelRules({}).then((result) => {
      if (!result.ok) return message.error(errorText(result.error));
      setRules(result.value);
      setSaved(JSON.stringify(result.value));
    });
  }, [message]);

  if (!rules) return null;
  const set = (level: Level, patch: Partial<LevelRule>) => setRules({ ...rules, [level]: { ...rules[level], ...patch } });
  const save = async () => {
    setSaving(true);
    const result = await api.checklists.saveLevelRules(rules);
    setSaving(false);
    if (!result.ok) return message.error(errorText(result.error));
    setRules(result.value);
    setSaved(JSON.stringify(result.value));
    message.success(t('checklists.templates.rules.saved'));
  };

  return (
    <Card
      className="level-rules"
      title={t('checklists.templates.rules.title')}
      size="small"
      data-testid="level-rules"
      extra={
        !readOnly && (
          <Button type="primary" disabled={JSON.stringify(rules) === saved} loading={saving} onClick={() => void save()} data-testid="level-rules-save">
            {t('checklists.templates.rules.save')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('checklists.templates.rules.hint')}</Typography.Paragraph>
      <table className="level-rules__table">
        <thead>
          <tr>
            <th scope="col">{t('checklists.templates.rules.level')}</th>
            <th scope="col">{t('checklists.templates.rules.standInRoles')}</th>
            <th scope="col">{t('checklists.templates.rules.minStaff')}</th>
            {FLAGS.map((f) => (
              <th scope="col" key={f}>
                {t(`checklists.templates.rules.${f}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {RECEPTION_LEVELS.map((level) => (
            <tr key={level} data-testid={`level-rule-${level}`}>
              <th scope="row">{t(`checklists.level.${level}`)}</th>
              <td>
                <Checkbox.Group
                  disabled={readOnly}
                  aria-label={`${t(`checklists.level.${level}`)} ${t('checklists.templates.rules.standInRoles')}`}
                  value={rules[level].standInRoles}
                  onChange={(roles) => set(level, { standInRoles: roles as LevelRule['standInRoles'] })}
                  options={DUTY_ROLES.map((r) => ({ value: r, label: t(`checklists.role.${r}`) }))}
                />
              </td>
              <td>
                <InputNumber
                  disabled={readOnly}
                  aria-label={`${t(`checklists.level.${level}`)} ${t('checklists.templates.rules.minStaff')}`}
                  min={0}
                  max={50}
                  precision={0}
                  value={rules[level].minStaff}
                  onChange={(v) => set(level, { minStaff: typeof v === 'number' ? v : 0 })}
                />
              </td>
              {FLAGS.map((f) => (
                <td key={f}>
                  <Switch
                    disabled={readOnly}
                    aria-label={`${t(`checklists.level.${level}`)} ${t(`checklists.templates.rules.${f}`)}`}
                    checked={rules[level][f]}
                    onChange={(on) => set(level, { [f]: on })}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
