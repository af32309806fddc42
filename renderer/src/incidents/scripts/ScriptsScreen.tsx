import { CopyOutlined, EditOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Empty, Input, Segmented, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCRIPT_SCENARIOS, type ReplyScript, type ScriptScenario } from '../../../../contract/incidents';
import { useDesk } from '../../context/DeskContext';
import { scriptText, useCopyScript, useScripts } from '../../incident-form/ScriptsPanel';
import { errorText } from '../../lib/errors';
import { ScriptFormModal } from './ScriptFormModal';
import { ScriptBody } from '../../incident-form/ScriptBody';
import '../incidents.css';

/** 话术库: every reply script by scenario, searched as typed; managers add and correct them. */
export function ScriptsScreen() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { can } = useDesk();
  const canManage = can('incidents.manage');
  const [scenario, setScenario] = useState<ScriptScenario | 'all'>('all');
  const [query, setQuery] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<ReplyScript | 'new' | null>(null);
  const { scripts, error } = useScripts(scenario === 'all' ? undefined : scenario, query, showInactive, version);
  const copy = useCopyScript();

  return (
    <div className="scripts-screen" data-testid="scripts-screen">
      <div className="incidents-toolbar">
        <Segmented
          aria-label={t('incidents.scripts.form.scenario')}
          value={scenario}
          onChange={(v) => setScenario(v as ScriptScenario | 'all')}
          options={[
            { value: 'all', label: t('incidents.scripts.allScenarios') },
            ...SCRIPT_SCENARIOS.map((s) => ({ value: s, label: <span data-testid={`scripts-scenario-${s}`}>{t(`incidents.scripts.scenario.${s}`)}</span> })),
          ]}
        />
        <Input
          className="incidents-toolbar__search"
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t('incidents.scripts.search')}
          aria-label={t('incidents.scripts.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="scripts-screen-search"
        />
        {canManage && (
          <>
            <Checkbox checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)}>
              {t('incidents.scripts.showInactive')}
            </Checkbox>
            <Button type="primary" icon={<PlusOutlined />} className="incidents-toolbar__end" onClick={() => setEditing('new')} data-testid="script-add">
              {t('incidents.scripts.add')}
            </Button>
          </>
        )}
      </div>
      {error && <Alert type="warning" showIcon title={errorText(error)} />}
      {scripts === null && !error && <Spin className="scripts-loading" />}
      <ul className="scripts-grid">
        {scripts?.map((s) => {
          const body = scriptText(s.body, i18n.language);
          return (
            <li key={s.id} className="script-card" data-testid="script-card">
              <div className="script-card__head">
                <span className="script-card__title">{scriptText(s.title, i18n.language)}</span>
                <Tag>{t(`incidents.scripts.scenario.${s.scenario}`)}</Tag>
                {s.builtIn && <Tag color="blue">{t('incidents.scripts.builtIn')}</Tag>}
                {!s.active && <Tag>{t('incidents.scripts.inactive')}</Tag>}
              </div>
              <ScriptBody text={body} />
              {s.tags.length > 0 && (
                <div className="script-card__tags">
                  {s.tags.map((tag) => (
                    <Tag key={tag}>{tag}</Tag>
                  ))}
                </div>
              )}
              <div className="script-card__actions">
                <Button size="small" icon={<CopyOutlined />} onClick={() => void copy(body)}>
                  {t('incidents.scripts.copy')}
                </Button>
                {canManage && (
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(s)} data-testid="script-edit">
                    {t('incidents.scripts.edit')}
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {scripts?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incidents.scripts.empty')} />}
      {editing && (
        <ScriptFormModal
          script={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setVersion((v) => v + 1);
            message.success(t('incidents.scripts.form.saved'));
          }}
        />
      )}
    </div>
  );
}
