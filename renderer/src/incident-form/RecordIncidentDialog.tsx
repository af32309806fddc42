import { Alert, App, Button, Input, Modal, Result, Segmented, Space } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INCIDENT_CATEGORIES,
  INCIDENT_TIERS,
  incidentFields,
  type IncidentCategory,
  type IncidentDetail,
  type IncidentSource,
  type IncidentTier,
} from '../../../contract/incidents';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { lengthCount } from '../lib/fieldLimit';
import { pageHash } from '../lib/useHashRoute';
import { minuteText, ownerText, SCENARIO_OF } from './incidentText';
import { recordKeyAction } from './recordKeys';
import { ScriptsPanel } from './ScriptsPanel';
import './incidentForm.css';

/** What the caller links the incident to (a visitor at the desk, a plan, a client) and how it reads in the dialog. */
export interface IncidentLinks {
  source: Exclude<IncidentSource, 'feedback'>;
  personId?: string | null;
  visitId?: string | null;
  planId?: string | null;
  clientId?: string | null;
  /** "张伟 · 访客" — shown so the receptionist sees what it will be attached to. */
  label?: string;
}

interface Props {
  open: boolean;
  links: IncidentLinks;
  onClose: () => void;
  onRecorded?: (incident: IncidentDetail) => void;
}

/**
 * 登记问题 in seconds: a digit picks the category (and moves on to the
 * summary), the urgency starts at ordinary, Enter saves. After saving the
 * dialog shows the code, the computed time limit and the owner. Beside the
 * form, the reply scripts of the category's scenario.
 */
export function RecordIncidentDialog({ open, links, onClose, onRecorded }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      width={980}
      title={t('incidents.record.title')}
      footer={null}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      data-testid="incident-record-dialog"
    >
      <RecordBody links={links} onClose={onClose} onRecorded={onRecorded} />
    </Modal>
  );
}

function RecordBody({ links, onClose, onRecorded }: Omit<Props, 'open'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [category, setCategory] = useState<IncidentCategory>('complaint');
  const [tier, setTier] = useState<IncidentTier>('ordinary');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [contactName, setContactName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<IncidentDetail | null>(null);
  const categoryRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLInputElement | null>(null);

  // Opened: the category keys work at once.
  useEffect(() => categoryRef.current?.focus(), []);

  const reset = () => {
    setSaved(null);
    setTitle('');
    setDescription('');
    setContactName('');
    setContactPhone('');
    setTier('ordinary');
    setError(null);
    window.setTimeout(() => categoryRef.current?.focus());
  };

  const save = async () => {
    if (saving) return;
    setSaving(true);
    const result = await api.incidents.record({
      category,
      tier,
      title,
      description,
      source: links.source,
      personId: links.personId ?? null,
      visitId: links.visitId ?? null,
      planId: links.planId ?? null,
      clientId: links.clientId ?? null,
      contactName,
      contactPhone,
      ownerUserId: null,
    });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      if (result.error.issues?.some((i) => i.path === 'title')) titleRef.current?.focus();
      return;
    }
    setError(null);
    setSaved(result.value);
    message.success(t('incidents.record.saved', { code: result.value.code }));
    onRecorded?.(result.value);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (saved || !(e.target instanceof HTMLElement)) return;
    const action = recordKeyAction({ key: e.key, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, isComposing: e.nativeEvent.isComposing }, e.target);
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'save') return void save();
    setCategory(action.category);
    titleRef.current?.focus();
  };

  if (saved) {
    return (
      <Result
        status="success"
        title={t('incidents.record.saved', { code: saved.code })}
        subTitle={
          <span className="incident-saved__facts" data-testid="incident-saved">
            <span data-testid="incident-saved-deadline">{t('incidents.record.deadline', { at: minuteText(saved.deadlineAt) })}</span>
            <span>{t('incidents.record.owner', { owner: ownerText(t, saved) })}</span>
          </span>
        }
        extra={
          <Space wrap>
            <Button
              onClick={() => {
                window.location.hash = pageHash('incidents', saved.id);
                onClose();
              }}
              data-testid="incident-saved-open"
            >
              {t('incidents.record.open')}
            </Button>
            <Button onClick={reset} data-testid="incident-saved-another">
              {t('incidents.record.another')}
            </Button>
            <Button type="primary" onClick={onClose} autoFocus data-testid="incident-saved-close">
              {t('incidents.detail.close')}
            </Button>
          </Space>
        }
      />
    );
  }

  const issue = (field: string) => error?.issues?.find((i) => i.path === field);
  return (
    <div className="incident-record" onKeyDown={onKeyDown}>
      <div className="incident-record__form">
        {links.label && (
          <p className="incident-record__linked" data-testid="incident-record-linked">
            {t('incidents.record.linked')}：{links.label}
          </p>
        )}
        <div className="incident-record__label" id="incident-record-category">
          {t('incidents.record.category')}
        </div>
        <div ref={categoryRef} tabIndex={-1} className="incident-record__categories" role="radiogroup" aria-labelledby="incident-record-category">
          {INCIDENT_CATEGORIES.map((c, i) => (
            <button
              key={c}
              type="button"
              role="radio"
              aria-checked={category === c}
              className={category === c ? 'incident-category incident-category--on' : 'incident-category'}
              onClick={() => {
                setCategory(c);
                titleRef.current?.focus();
              }}
              data-testid={`incident-category-${c}`}
            >
              <kbd>{i + 1}</kbd>
              <span>{t(`incidents.category.${c}`)}</span>
            </button>
          ))}
        </div>
        <div className="incident-record__label">{t('incidents.record.tier')}</div>
        <Segmented
          aria-label={t('incidents.record.tier')}
          value={tier}
          onChange={(v) => setTier(v as IncidentTier)}
          options={INCIDENT_TIERS.map((x) => ({ value: x, label: <span data-testid={`incident-tier-${x}`}>{t(`incidents.tier.${x}`)}</span> }))}
        />
        <label className="incident-record__label" htmlFor="incident-record-title">
          {t('incidents.record.titleLabel')}
        </label>
        <Input
          id="incident-record-title"
          ref={(r) => {
            titleRef.current = r?.input ?? null;
          }}
          value={title}
          status={issue('title') ? 'error' : undefined}
          placeholder={t('incidents.record.titlePlaceholder')}
          {...lengthCount(incidentFields.title)}
          onChange={(e) => setTitle(e.target.value)}
          data-testid="incident-record-title"
        />
        <label className="incident-record__label" htmlFor="incident-record-description">
          {t('incidents.record.description')}
        </label>
        <Input.TextArea
          id="incident-record-description"
          value={description}
          autoSize={{ minRows: 2, maxRows: 5 }}
          {...lengthCount(incidentFields.description, 'whenOver')}
          onChange={(e) => setDescription(e.target.value)}
          data-testid="incident-record-description"
        />
        <div className="incident-record__contact">
          <label>
            <span className="incident-record__label">{t('incidents.record.contactName')}</span>
            <Input value={contactName} {...lengthCount(incidentFields.contactName, 'whenOver')} onChange={(e) => setContactName(e.target.value)} data-testid="incident-record-contact" />
          </label>
          <label>
            <span className="incident-record__label">{t('incidents.record.contactPhone')}</span>
            <Input value={contactPhone} status={issue('contactPhone') ? 'error' : undefined} onChange={(e) => setContactPhone(e.target.value)} data-testid="incident-record-phone" />
          </label>
        </div>
        {error && <Alert type="error" showIcon title={errorText(error)} data-testid="incident-record-error" />}
        <div className="incident-record__footer">
          <span className="incident-record__hint">{t('incidents.record.keysHint')}</span>
          <Space>
            <Button onClick={onClose}>{t('incidents.cancel')}</Button>
            <Button type="primary" loading={saving} onClick={() => void save()} data-testid="incident-record-save">
              {t('incidents.record.save')}
            </Button>
          </Space>
        </div>
      </div>
      <ScriptsPanel scenario={SCENARIO_OF[category]} />
    </div>
  );
}
