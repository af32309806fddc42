import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_KINDS, type ChecklistTemplate } from '../../../../contract/checklists';
import { CLIENT_TIERS } from '../../../../contract/clients';
import { RECEPTION_LEVELS, VISIT_TYPES } from '../../../../contract/plans';
import { api } from '../../api/client';
import { errorText, issueText } from '../../lib/errors';
import { useConfirmDiscard } from '../../lib/useDiscardGuard';
import { MaterialsEditor } from './MaterialsEditor';
import { itemInputId, SectionEditor } from './SectionEditor';
import { draftIssues, draftOf, newDraft, newItem, type TemplateDraft } from './templateDraft';

interface Props {
  /** The template to edit, or null for a new one. */
  template: ChecklistTemplate | null;
  onSaved: (template: ChecklistTemplate) => void;
  onClose: () => void;
}

/**
 * A template's editor: names, kind, which visits get it, its sections and
 * items with due times, and its materials. Ctrl+S saves; Enter in an item adds
 * the next; closing with changes asks first. The contract checks it as main will.
 */
export function TemplateEditor({ template, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const confirmDiscard = useConfirmDiscard();
  const [draft, setDraft] = useState<TemplateDraft>(() => (template ? draftOf(template) : newDraft()));
  const [baseline, setBaseline] = useState(() => JSON.stringify(draft));
  const [shownIssues, setShownIssues] = useState<Map<string, string>>(new Map());
  const [saving, setSaving] = useState(false);
  const pendingFocus = useRef<string | null>(null);
  const dirty = JSON.stringify(draft) !== baseline;
  // Once a save was refused, the messages follow the typing (and disappear as things are fixed).
  const [checked, setChecked] = useState(false);
  const issues = useMemo(() => (checked ? draftIssues(draft) : shownIssues), [checked, draft, shownIssues]);

  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const save = useCallback(async () => {
    const found = draftIssues(draft);
    if (found.size > 0) {
      setChecked(true);
      message.error(t('checklists.templates.editor.invalid', { count: found.size }));
      return;
    }
    setSaving(true);
    const result = await api.checklists.saveTemplate(draft);
    setSaving(false);
    if (!result.ok) {
      if (result.error.issues?.length) setShownIssues(new Map(result.error.issues.map((i) => [i.path, i.message])));
      message.error(errorText(result.error));
      return;
    }
    const saved = draftOf(result.value);
    setDraft(saved);
    setBaseline(JSON.stringify(saved));
    setChecked(false);
    setShownIssues(new Map());
    message.success(t('checklists.templates.saved'));
    onSaved(result.value);
  }, [draft, message, onSaved, t]);

  const requestClose = () => {
    if (dirty) confirmDiscard(onClose, { title: t('checklists.templates.editor.discardTitle') });
    else onClose();
  };

  // Ctrl+S anywhere while the editor is open (the browser's own "save page" is no use here).
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (!saving) void save();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [save, saving]);

  const set = (patch: Partial<TemplateDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const nameError = issues.get('name.zh');

  return (
    <Drawer
      open
      size={1120}
      title={template ? t('checklists.templates.editor.titleEdit', { name: template.name.zh }) : t('checklists.templates.editor.titleNew')}
      onClose={requestClose}
      maskClosable={false}
      destroyOnHidden
      data-testid="template-editor"
      footer={
        <div className="tpl-footer">
          <Typography.Text type="secondary">{t('checklists.templates.editor.keysHint')}</Typography.Text>
          <Space>
            <Button onClick={requestClose} data-testid="tpl-close">
              {t('checklists.templates.editor.cancel')}
            </Button>
            <Button type="primary" loading={saving} onClick={() => void save()} data-testid="tpl-save">
              {t('checklists.templates.editor.save')}
            </Button>
          </Space>
        </div>
      }
    >
      <div className="tpl-editor">
        <Form layout="vertical" component="div">
          <div className="tpl-grid">
            <Form.Item
              label={t('checklists.templates.editor.nameZh')}
              htmlFor="tpl-name-zh"
              required
              validateStatus={nameError ? 'error' : undefined}
              help={nameError ? issueText(nameError) : undefined}
            >
              <Input id="tpl-name-zh" value={draft.name.zh} onChange={(e) => set({ name: { ...draft.name, zh: e.target.value } })} data-testid="tpl-name-zh" />
            </Form.Item>
            <Form.Item label={t('checklists.templates.editor.nameEn')} htmlFor="tpl-name-en">
              <Input id="tpl-name-en" value={draft.name.en} onChange={(e) => set({ name: { ...draft.name, en: e.target.value } })} />
            </Form.Item>
            <Form.Item label={t('checklists.templates.editor.kind')} htmlFor="tpl-kind">
              <Select
                id="tpl-kind"
                value={draft.kind}
                onChange={(kind: TemplateDraft['kind']) => set({ kind })}
                options={CHECKLIST_KINDS.map((k) => ({ value: k, label: t(`checklists.kind.${k}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('checklists.templates.editor.active')} htmlFor="tpl-active">
              <Switch id="tpl-active" checked={draft.active} onChange={(active) => set({ active })} />
            </Form.Item>
          </div>
          <div className="tpl-grid tpl-grid--three">
            <Form.Item label={t('checklists.templates.editor.levels')} htmlFor="tpl-levels" extra={t('checklists.templates.editor.allHint')}>
              <Select
                id="tpl-levels"
                mode="multiple"
                placeholder={t('checklists.templates.all')}
                value={draft.levels}
                onChange={(levels: TemplateDraft['levels']) => set({ levels })}
                options={RECEPTION_LEVELS.map((l) => ({ value: l, label: t(`checklists.level.${l}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('checklists.templates.editor.visitTypes')} htmlFor="tpl-types">
              <Select
                id="tpl-types"
                mode="multiple"
                placeholder={t('checklists.templates.all')}
                value={draft.visitTypes}
                onChange={(visitTypes: TemplateDraft['visitTypes']) => set({ visitTypes })}
                options={VISIT_TYPES.map((v) => ({ value: v, label: t(`checklists.visitType.${v}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('checklists.templates.editor.clientTiers')} htmlFor="tpl-tiers">
              <Select
                id="tpl-tiers"
                mode="multiple"
                placeholder={t('checklists.templates.all')}
                value={draft.clientTiers}
                onChange={(clientTiers: TemplateDraft['clientTiers']) => set({ clientTiers })}
                options={CLIENT_TIERS.map((c) => ({ value: c, label: t(`checklists.tier.${c}`) }))}
              />
            </Form.Item>
          </div>
        </Form>
        <Typography.Title level={5}>{t('checklists.templates.editor.sections')}</Typography.Title>
        {issues.get('sections') && <div className="tpl-error">{issueText(issues.get('sections')!)}</div>}
        {draft.sections.map((section, index) => (
          <SectionEditor
            key={section.id ?? `new-${index}`}
            index={index}
            section={section}
            issues={issues}
            onChange={(next) => set({ sections: draft.sections.map((s, j) => (j === index ? next : s)) })}
            onRemove={draft.sections.length > 1 ? () => set({ sections: draft.sections.filter((_, j) => j !== index) }) : null}
            focusItem={(s, i) => (pendingFocus.current = itemInputId(s, i))}
          />
        ))}
        <Button
          icon={<PlusOutlined />}
          onClick={() => {
            pendingFocus.current = itemInputId(draft.sections.length, 0);
            set({ sections: [...draft.sections, { title: { zh: '', en: '' }, items: [newItem()] }] });
          }}
          data-testid="tpl-add-section"
        >
          {t('checklists.templates.editor.addSection')}
        </Button>
        <Typography.Title level={5} className="tpl-materials-title">
          {t('checklists.templates.editor.materials')}
        </Typography.Title>
        <MaterialsEditor materials={draft.materials} issues={issues} onChange={(materials) => set({ materials })} />
      </div>
    </Drawer>
  );
}
