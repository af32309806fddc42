import { CopyOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Input, Select, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCRIPT_SCENARIOS, type ReplyScript, type ScriptScenario } from '../../../contract/incidents';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import './incidentForm.css';
import { ScriptBody } from './ScriptBody';

/** A script's text in the language shown; an English side left empty falls back to the Chinese one. */
export function scriptText(side: { zh: string; en: string }, language: string): string {
  return language.startsWith('zh') || side.en.trim() === '' ? side.zh : side.en;
}

/** The scripts for a scenario and a query, loaded as the query is typed. */
export function useScripts(scenario: ScriptScenario | undefined, query: string, includeInactive = false, version = 0) {
  const [scripts, setScripts] = useState<ReplyScript[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    const q = query.trim();
    void api.scripts.list({ scenario, query: q === '' ? undefined : q, includeInactive }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setScripts(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [scenario, query, includeInactive, version]);
  return { scripts, error };
}

/** Copies a script's text, saying whether it worked (a locked-down clipboard refuses). */
export function useCopyScript() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      message.success(t('incidents.scripts.copied'));
    } catch {
      message.warning(t('incidents.scripts.copyFailed'));
    }
  };
}

interface Props {
  /** The scenario to start with (a complaint's form opens the complaint scripts); the reader may change it. */
  scenario?: ScriptScenario;
}

/**
 * 话术: standard replies beside the incident form and in the desk's drawer —
 * filtered by scenario, searched as typed, each copied in one click.
 */
export function ScriptsPanel({ scenario: initial }: Props) {
  const { t, i18n } = useTranslation();
  const [scenario, setScenario] = useState<ScriptScenario | undefined>(initial);
  const [query, setQuery] = useState('');
  const { scripts, error } = useScripts(scenario, query);
  const copy = useCopyScript();
  // The form's category changed: follow it.
  useEffect(() => setScenario(initial), [initial]);

  return (
    <section className="scripts-panel" aria-label={t('incidents.scripts.panel')} data-testid="scripts-panel">
      <div className="scripts-panel__bar">
        <Select
          className="scripts-panel__scenario"
          aria-label={t('incidents.scripts.form.scenario')}
          value={scenario ?? ''}
          onChange={(v: string) => setScenario(v === '' ? undefined : (v as ScriptScenario))}
          options={[{ value: '', label: t('incidents.scripts.allScenarios') }, ...SCRIPT_SCENARIOS.map((s) => ({ value: s, label: t(`incidents.scripts.scenario.${s}`) }))]}
          data-testid="scripts-scenario"
        />
        <Input
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t('incidents.scripts.search')}
          aria-label={t('incidents.scripts.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="scripts-search"
        />
      </div>
      {error && <Alert type="warning" showIcon title={errorText(error)} />}
      {scripts === null && !error && <Spin className="scripts-loading" />}
      <ul className="scripts-panel__list">
        {scripts?.map((s) => {
          const body = scriptText(s.body, i18n.language);
          return (
            <li key={s.id} className="script-card" data-testid="script-card">
              <div className="script-card__head">
                <span className="script-card__title">{scriptText(s.title, i18n.language)}</span>
                <Tag>{t(`incidents.scripts.scenario.${s.scenario}`)}</Tag>
                <Button size="small" type="text" icon={<CopyOutlined />} onClick={() => void copy(body)} data-testid="script-copy">
                  {t('incidents.scripts.copy')}
                </Button>
              </div>
              <ScriptBody text={body} />
            </li>
          );
        })}
      </ul>
      {scripts?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incidents.scripts.empty')} />}
    </section>
  );
}
