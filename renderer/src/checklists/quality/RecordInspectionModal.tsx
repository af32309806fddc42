import { Alert, App, DatePicker, Input, Modal, Radio, Select, Statistic, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENTS, pickText, type ChecklistTemplate, type Department } from '../../../../contract/checklists';
import { INSPECTION_RESULTS, inspectionScore, qualityFields, type InspectionResult } from '../../../../contract/quality';
import { api } from '../../api/client';
import { errorText } from '../../lib/errors';
import { useConfirmDiscard } from '../../lib/useDiscardGuard';
import { lengthCount } from '../../lib/fieldLimit';

type Judged = Record<string, { result: InspectionResult; note: string }>;

/** An inspection: every item of an inspection checklist judged pass / fail / n.a., the score shown as it is filled in. */
export function RecordInspectionModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const confirmDiscard = useConfirmDiscard();
  const [templates, setTemplates] = useState<ChecklistTemplate[] | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [at, setAt] = useState<Dayjs>(() => dayjs().second(0));
  const [area, setArea] = useState('');
  const [department, setDepartment] = useState<Department | null>(null);
  const [judged, setJudged] = useState<Judged>({});
  const [notes, setNotes] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void api.checklists.templates({ includeInactive: false }).then((result) => {
      if (!result.ok) return message.error(errorText(result.error));
      const list = result.value.filter((x) => x.kind === 'inspection');
      setTemplates(list);
      if (list[0]) setTemplateId(list[0].id);
    });
  }, [message]);

  const template = templates?.find((x) => x.id === templateId) ?? null;
  const items = useMemo(() => template?.sections.flatMap((s) => s.items.map((item) => ({ item, section: s.title }))) ?? [], [template]);
  // Every item starts as a pass: an inspector marks what fails.
  useEffect(() => setJudged(Object.fromEntries(items.map(({ item }) => [item.id, { result: 'pass' as InspectionResult, note: '' }]))), [items]);
  const results = items.map(({ item }) => ({ itemId: item.id, ...(judged[item.id] ?? { result: 'pass' as InspectionResult, note: '' }) }));
  const score = inspectionScore(results);

  const save = async () => {
    if (!template) return;
    setSaving(true);
    const result = await api.quality.recordInspection({
      templateId: template.id,
      planId: null,
      inspectedAt: at.format('YYYY-MM-DDTHH:mm'),
      area,
      department,
      results,
      notes,
    });
    setSaving(false);
    if (!result.ok) return message.error(errorText(result.error));
    message.success(
      result.value.score === null ? t('checklists.quality.record.savedNoScore') : t('checklists.quality.record.saved', { score: result.value.score }),
    );
    onSaved();
  };
  const touched = area !== '' || notes !== '' || results.some((r) => r.result !== 'pass' || r.note !== '');

  return (
    <Modal
      open
      width={880}
      title={t('checklists.quality.record.title')}
      okText={t('checklists.quality.record.save')}
      okButtonProps={{ disabled: !template, 'data-testid': 'inspection-save' } as ButtonProps}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={() => (touched ? confirmDiscard(onClose) : onClose())}
      maskClosable={false}
      destroyOnHidden
      data-testid="inspection-dialog"
    >
      {templates && templates.length === 0 && <Alert type="info" showIcon message={t('checklists.quality.record.noTemplates')} />}
      <div className="inspection-head">
        <label>
          <span>{t('checklists.quality.record.template')}</span>
          <Select
            aria-label={t('checklists.quality.record.template')}
            placeholder={t('checklists.quality.record.chooseTemplate')}
            value={templateId ?? undefined}
            onChange={(id: string) => setTemplateId(id)}
            options={(templates ?? []).map((x) => ({ value: x.id, label: pickText(x.name, i18n.language) }))}
            data-testid="inspection-template"
          />
        </label>
        <label>
          <span>{t('checklists.quality.record.at')}</span>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowClear={false} value={at} onChange={(v) => v && setAt(v)} aria-label={t('checklists.quality.record.at')} />
        </label>
        <label>
          <span>{t('checklists.quality.record.area')}</span>
          <Input value={area} {...lengthCount(qualityFields.area)} onChange={(e) => setArea(e.target.value)} aria-label={t('checklists.quality.record.area')} data-testid="inspection-area" />
        </label>
        <label>
          <span>{t('checklists.quality.record.department')}</span>
          <Select
            aria-label={t('checklists.quality.record.department')}
            allowClear
            value={department ?? undefined}
            onChange={(d?: Department) => setDepartment(d ?? null)}
            options={DEPARTMENTS.map((d) => ({ value: d, label: t(`checklists.department.${d}`) }))}
          />
        </label>
        <Statistic
          className="inspection-score"
          title={t('checklists.quality.record.score')}
          value={score ?? t('checklists.quality.record.scoreNone')}
          data-testid="inspection-live-score"
        />
      </div>
      <ol className="inspection-items">
        {items.map(({ item, section }) => {
          const judgement = judged[item.id] ?? { result: 'pass', note: '' };
          const text = pickText(item.text, i18n.language);
          return (
            <li key={item.id} className={`inspection-item inspection-item--${judgement.result}`} data-testid="inspection-item">
              <span className="inspection-item__text">
                <span className="checklists-muted">{pickText(section, i18n.language)} · </span>
                {text}
              </span>
              <Radio.Group
                aria-label={text}
                optionType="button"
                size="small"
                value={judgement.result}
                onChange={(e) => setJudged({ ...judged, [item.id]: { ...judgement, result: e.target.value as InspectionResult } })}
                options={INSPECTION_RESULTS.map((r) => ({ value: r, label: t(`checklists.quality.record.result.${r}`) }))}
              />
              <Input
                size="small"
                {...lengthCount(qualityFields.resultNote, 'whenOver')}
                placeholder={t('checklists.quality.record.itemNote')}
                aria-label={`${t('checklists.quality.record.itemNote')} ${text}`}
                value={judgement.note}
                onChange={(e) => setJudged({ ...judged, [item.id]: { ...judgement, note: e.target.value } })}
              />
            </li>
          );
        })}
      </ol>
      <label className="checklists-block-label" htmlFor="inspection-notes">
        {t('checklists.quality.record.notes')}
      </label>
      <Input.TextArea id="inspection-notes" value={notes} {...lengthCount(qualityFields.inspectionNotes)} autoSize={{ minRows: 2, maxRows: 5 }} onChange={(e) => setNotes(e.target.value)} />
    </Modal>
  );
}
