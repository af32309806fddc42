import { AutoComplete, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistFields, DEPARTMENTS, DUTY_ROLES, pickText, type ChecklistItem, type LocalText } from '../../../../../contract/checklists';
import { useDesk } from '../../../context/DeskContext';
import { modalFooter } from '../../../lib/modalFooter';
import { DueInput } from '../../../forms/DueInput';
import { lengthCount } from '../../../lib/fieldLimit';

/** What the dialog hands back: an item's editable fields (and, for a new one, its section). */
export interface ItemDraft {
  section: LocalText;
  text: LocalText;
  required: boolean;
  department: ChecklistItem['department'];
  role: ChecklistItem['role'];
  due: ChecklistItem['due'];
  assigneeName: string;
}

interface Values {
  sectionZh: string;
  sectionEn: string;
  textZh: string;
  textEn: string;
  required: boolean;
  department: ChecklistItem['department'];
  role: ChecklistItem['role'] | '';
  assigneeName: string;
  due: ChecklistItem['due'];
}

interface Props {
  /** The item being edited, or null for a new one in `sections`' list. */
  item: ChecklistItem | null;
  open: boolean;
  /** The list's sections, offered for a new item. */
  sections: LocalText[];
  busy: boolean;
  onCancel: () => void;
  onSubmit: (draft: ItemDraft) => void;
}

function valuesOf(item: ChecklistItem | null, sections: LocalText[]): Values {
  const section = item?.section ?? sections[0] ?? { zh: '', en: '' };
  return {
    sectionZh: section.zh,
    sectionEn: section.en,
    textZh: item?.text.zh ?? '',
    textEn: item?.text.en ?? '',
    required: item?.required ?? true,
    department: item?.department ?? 'reception',
    role: item?.role ?? '',
    assigneeName: item?.assigneeName ?? '',
    due: item?.due ?? { anchor: 'arrival', offsetMinutes: -60 },
  };
}

/** Adds or edits one item of a plan's list: its text in both languages, who, and when relative to the visit. */
export function ItemEditModal({ item, open, sections, busy, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const { locale } = useDesk();
  const [form] = Form.useForm<Values>();

  // Filled once per opening: the editor re-renders while the dialog is open (a fresh plan, new lists), and that must not undo what is being typed.
  const sectionsRef = useRef(sections);
  sectionsRef.current = sections;
  useEffect(() => {
    if (open) form.setFieldsValue(valuesOf(item, sectionsRef.current));
  }, [open, item, form]);

  // Every value, shown or not: onFinish leaves out fields not on the form (the section, when editing).
  function finish() {
    const v = { ...valuesOf(item, sectionsRef.current), ...(form.getFieldsValue(true) as Partial<Values>) };
    onSubmit({
      section: { zh: (v.sectionZh ?? '').trim(), en: (v.sectionEn ?? '').trim() },
      text: { zh: v.textZh.trim(), en: (v.textEn ?? '').trim() },
      required: v.required,
      department: v.department,
      role: v.role === '' ? null : v.role,
      due: v.due,
      assigneeName: (v.assigneeName ?? '').trim(),
    });
  }

  const need = [{ required: true, whitespace: true, message: t('errors.required') }];
  return (
    <Modal
      open={open}
      title={item ? t('planChecklists.item.editTitle') : t('planChecklists.item.addTitle')}
      onCancel={onCancel}
      destroyOnHidden
      width={620}
      footer={modalFooter({ onCancel, cancelText: t('planChecklists.tick.cancel'), onOk: () => form.submit(), okText: t('planChecklists.item.save'), busy, okTestId: 'checklist-item-save' })}
    >
      <Form<Values> form={form} layout="vertical" onFinish={finish} requiredMark={false} autoComplete="off" initialValues={valuesOf(item, sections)} data-testid="checklist-item-form">
        {!item && (
          <div className="form-grid">
            <Form.Item name="sectionZh" label={t('planChecklists.item.sectionZh')} rules={need}>
              {/* One of the list's sections, or a new one typed here. */}
              <AutoComplete
                options={sections.map((s) => ({ value: s.zh, label: pickText(s, locale) }))}
                onSelect={(zh: string) => form.setFieldValue('sectionEn', sections.find((s) => s.zh === zh)?.en ?? '')}
                data-testid="checklist-item-section"
              />
            </Form.Item>
            <Form.Item name="sectionEn" label={t('planChecklists.item.sectionEn')}>
              <Input {...lengthCount(checklistFields.section.shape.en)} />
            </Form.Item>
          </div>
        )}
        <Form.Item name="textZh" label={t('planChecklists.item.textZh')} rules={need}>
          <Input autoFocus {...lengthCount(checklistFields.text.shape.zh)} data-testid="checklist-item-text" />
        </Form.Item>
        <Form.Item name="textEn" label={t('planChecklists.item.textEn')}>
          <Input {...lengthCount(checklistFields.text.shape.en)} data-testid="checklist-item-text-en" />
        </Form.Item>
        <div className="form-grid">
          <Form.Item name="department" label={t('planChecklists.item.department')}>
            <Select options={DEPARTMENTS.map((d) => ({ value: d, label: t(`planChecklists.departments.${d}`) }))} data-testid="checklist-item-department-select" />
          </Form.Item>
          <Form.Item name="role" label={t('planChecklists.item.role')}>
            <Select
              options={[{ value: '', label: t('planChecklists.item.noRole') }, ...DUTY_ROLES.map((r) => ({ value: r, label: t(`planTeam.team.roles.${r}`) }))]}
              data-testid="checklist-item-role"
            />
          </Form.Item>
          <Form.Item name="assigneeName" label={t('planChecklists.item.assignee')} extra={t('planChecklists.item.assigneeHint')}>
            <Input {...lengthCount(checklistFields.assigneeName)} data-testid="checklist-item-assignee" />
          </Form.Item>
          <Form.Item name="required" valuePropName="checked" label=" ">
            <Checkbox data-testid="checklist-item-required">{t('planChecklists.item.requiredLabel')}</Checkbox>
          </Form.Item>
        </div>
        <Form.Item name="due" label={t('planChecklists.item.due')}>
          <DueFormInput label={t('planChecklists.item.due')} />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}

/** DueInput inside an antd Form.Item, which hands it `value` and `onChange`. */
function DueFormInput({ value, onChange, label }: { value?: ChecklistItem['due']; onChange?: (due: ChecklistItem['due']) => void; label: string }) {
  return <DueInput value={value ?? { anchor: 'arrival', offsetMinutes: 0 }} onChange={(due) => onChange?.(due)} label={label} testId="checklist-item-due" />;
}
