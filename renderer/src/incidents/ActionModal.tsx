import { Alert, Input, Modal, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_CHANNELS,
  INCIDENT_CATEGORIES,
  INCIDENT_TIERS,
  incidentFields,
  ROOT_CAUSES,
  type ContactChannel,
  type IncidentCategory,
  type IncidentDetail,
  type IncidentTier,
  type RootCause,
} from '../../../contract/incidents';
import type { ApiError, Result } from '../../../contract/result';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { lengthCount } from '../lib/fieldLimit';
import { modalFooter } from '../lib/modalFooter';
import { useStaff } from './useStaff';

export type IncidentAction = 'classify' | 'dispatch' | 'resolve' | 'accept' | 'reopen' | 'note' | 'contact';

interface Props {
  action: IncidentAction;
  incident: IncidentDetail;
  callBackHours: number;
  onClose: () => void;
  onDone: (incident: IncidentDetail) => void;
}

const TITLES: Record<IncidentAction, string> = {
  classify: 'incidents.classify.title',
  dispatch: 'incidents.dispatch.title',
  resolve: 'incidents.resolve.title',
  accept: 'incidents.actions.accept',
  reopen: 'incidents.actions.reopen',
  note: 'incidents.note.title',
  contact: 'incidents.contact.title',
};

/** One dialog for each step that needs words or a choice: classify, dispatch, resolve, review, a note, a contact. */
export function ActionModal({ action, incident, callBackHours, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [category, setCategory] = useState<IncidentCategory>(incident.category);
  const [tier, setTier] = useState<IncidentTier>(incident.tier);
  const [owner, setOwner] = useState<string | undefined>(incident.ownerUserId ?? undefined);
  const [rootCause, setRootCause] = useState<RootCause | undefined>(incident.rootCause ?? undefined);
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const [text, setText] = useState('');
  const [extra, setExtra] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const { staff, error: staffError } = useStaff(action === 'dispatch');
  const id = incident.id;

  const call = (): Promise<Result<IncidentDetail>> | null => {
    switch (action) {
      case 'classify':
        return api.incidents.classify({ id, category, tier, note: text });
      case 'dispatch':
        return owner ? api.incidents.dispatch({ id, ownerUserId: owner, note: text }) : null;
      case 'resolve':
        return rootCause ? api.incidents.resolve({ id, resolution: text, rootCause, rootCauseNote: extra }) : null;
      case 'accept':
      case 'reopen':
        return api.incidents.review({ id, outcome: action, note: text });
      case 'note':
        return api.incidents.addNote({ id, text });
      case 'contact':
        return api.incidents.logContact({ id, channel, text });
    }
  };

  const submit = async () => {
    const pending = call();
    if (!pending) return;
    setBusy(true);
    const result = await pending;
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone(result.value);
  };

  const missing = (action === 'dispatch' && !owner) || (action === 'resolve' && !rootCause);
  const textLabel = {
    classify: t('incidents.classify.note'),
    dispatch: t('incidents.dispatch.note'),
    resolve: t('incidents.resolve.resolution'),
    accept: t('incidents.review.note'),
    reopen: t('incidents.review.reopenHint'),
    note: t('incidents.note.text'),
    contact: t('incidents.contact.text'),
  }[action];
  const textSchema = action === 'resolve' ? incidentFields.resolution : action === 'accept' || action === 'reopen' ? incidentFields.reviewNote : incidentFields.note;

  return (
    <Modal
      open
      title={t(TITLES[action])}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={modalFooter({ onCancel: onClose, cancelText: t('incidents.cancel'), onOk: () => void submit(), okText: t('incidents.save'), busy, okTestId: 'incident-action-save', okDisabled: missing })}
      data-testid="incident-action-dialog"
    >
      <div className="incident-action">
        {action === 'classify' && (
          <>
            <span className="incident-action__label">{t('incidents.detail.category')}</span>
            <Select value={category} onChange={(v: IncidentCategory) => setCategory(v)} options={INCIDENT_CATEGORIES.map((c) => ({ value: c, label: t(`incidents.category.${c}`) }))} aria-label={t('incidents.detail.category')} />
            <span className="incident-action__label">{t('incidents.detail.tier')}</span>
            <Segmented aria-label={t('incidents.detail.tier')} value={tier} onChange={(v) => setTier(v as IncidentTier)} options={INCIDENT_TIERS.map((x) => ({ value: x, label: t(`incidents.tier.${x}`) }))} />
            <p className="incident-action__hint">{t('incidents.classify.hint')}</p>
          </>
        )}
        {action === 'dispatch' && (
          <>
            <span className="incident-action__label">{t('incidents.dispatch.owner')}</span>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              value={owner}
              placeholder={t('incidents.dispatch.chooseOwner')}
              onChange={(v: string) => setOwner(v)}
              options={staff.map((s) => ({ value: s.id, label: `${s.name}（${s.roles.map((r) => t(`roles.${r}`)).join('、')}）` }))}
              aria-label={t('incidents.dispatch.owner')}
              data-testid="incident-dispatch-owner"
            />
            {staffError && <Alert type="warning" showIcon title={`${t('incidents.dispatch.staffFailed')}: ${errorText(staffError)}`} />}
          </>
        )}
        {action === 'resolve' && (
          <>
            <p className="incident-action__hint">{t('incidents.resolve.hint', { hours: callBackHours })}</p>
            <span className="incident-action__label">{t('incidents.resolve.rootCause')}</span>
            <Select
              value={rootCause}
              placeholder={t('incidents.resolve.chooseRootCause')}
              onChange={(v: RootCause) => setRootCause(v)}
              options={ROOT_CAUSES.map((c) => ({ value: c, label: t(`incidents.rootCause.${c}`) }))}
              aria-label={t('incidents.resolve.rootCause')}
              data-testid="incident-root-cause"
            />
          </>
        )}
        {action === 'contact' && (
          <>
            <span className="incident-action__label">{t('incidents.contact.channel')}</span>
            <Segmented aria-label={t('incidents.contact.channel')} value={channel} onChange={(v) => setChannel(v as ContactChannel)} options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`incidents.channel.${c}`) }))} />
          </>
        )}
        <label className="incident-action__label" htmlFor="incident-action-text">
          {textLabel}
        </label>
        <Input.TextArea id="incident-action-text" value={text} autoSize={{ minRows: 3, maxRows: 8 }} {...lengthCount(textSchema)} onChange={(e) => setText(e.target.value)} data-testid="incident-action-text" />
        {action === 'resolve' && (
          <>
            <label className="incident-action__label" htmlFor="incident-action-cause">
              {t('incidents.resolve.rootCauseNote')}
            </label>
            <Input.TextArea id="incident-action-cause" value={extra} autoSize={{ minRows: 2, maxRows: 5 }} {...lengthCount(incidentFields.rootCauseNote)} onChange={(e) => setExtra(e.target.value)} data-testid="incident-action-cause" />
          </>
        )}
        {error && <Alert type="error" showIcon title={errorText(error)} data-testid="incident-action-error" />}
      </div>
    </Modal>
  );
}
