import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEPARTMENTS, DUTY_ROLES } from '../../../../contract/checklists';
import { issueText } from '../../lib/errors';
import { DueInput } from '../../forms/DueInput';
import { newItem, type DraftItem, type TemplateDraft } from './templateDraft';

type Section = TemplateDraft['sections'][number];

interface Props {
  index: number;
  section: Section;
  issues: Map<string, string>;
  onChange: (section: Section) => void;
  onRemove: (() => void) | null;
  /** Asks the editor to put the focus on an item's Chinese text once it is drawn. */
  focusItem: (section: number, item: number) => void;
}

export const itemInputId = (section: number, item: number) => `tpl-item-${section}-${item}-zh`;

/** One section of a template: its title and its items, one line each. */
export function SectionEditor({ index, section, issues, onChange, onRemove, focusItem }: Props) {
  const { t } = useTranslation();
  const at = (path: string) => issues.get(`sections.${index}.${path}`);
  const setItem = (i: number, patch: Partial<DraftItem>) => onChange({ ...section, items: section.items.map((item, j) => (j === i ? { ...item, ...patch } : item)) });
  const addItemAfter = (i: number) => {
    const items = [...section.items];
    items.splice(i + 1, 0, newItem());
    onChange({ ...section, items });
    focusItem(index, i + 1);
  };
  const move = (i: number, by: number) => {
    const items = [...section.items];
    const [item] = items.splice(i, 1);
    items.splice(i + by, 0, item!);
    onChange({ ...section, items });
  };
  const sectionError = at('items');
  return (
    <fieldset className="tpl-section" data-testid="tpl-section">
      <legend className="checklists-sr-only">{section.title.zh || t('checklists.templates.editor.sectionZh')}</legend>
      <div className="tpl-section__head">
        <Input
          aria-label={t('checklists.templates.editor.sectionZh')}
          placeholder={t('checklists.templates.editor.sectionZh')}
          value={section.title.zh}
          status={at('title.zh') ? 'error' : undefined}
          onChange={(e) => onChange({ ...section, title: { ...section.title, zh: e.target.value } })}
          data-testid="tpl-section-zh"
        />
        <Input
          aria-label={t('checklists.templates.editor.sectionEn')}
          placeholder={t('checklists.templates.editor.sectionEn')}
          value={section.title.en}
          onChange={(e) => onChange({ ...section, title: { ...section.title, en: e.target.value } })}
        />
        {onRemove && (
          <Button icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('checklists.templates.editor.removeSection')} title={t('checklists.templates.editor.removeSection')} />
        )}
      </div>
      {at('title.zh') && <div className="tpl-error">{issueText(at('title.zh')!)}</div>}
      <div className="tpl-items" role="table" aria-label={section.title.zh}>
        <div className="tpl-item tpl-item--head" role="row">
          <span role="columnheader">{t('checklists.templates.editor.itemZh')}</span>
          <span role="columnheader">{t('checklists.templates.editor.itemEn')}</span>
          <span role="columnheader">{t('checklists.templates.editor.required')}</span>
          <span role="columnheader">{t('checklists.templates.editor.department')}</span>
          <span role="columnheader">{t('checklists.templates.editor.role')}</span>
          <span role="columnheader">{t('checklists.templates.editor.due')}</span>
          <span role="columnheader" className="checklists-sr-only">
            {t('checklists.templates.columns.actions')}
          </span>
        </div>
        {section.items.map((item, i) => {
          const textError = at(`items.${i}.text.zh`) ?? at(`items.${i}.text.en`);
          const dueError = at(`items.${i}.due.offsetMinutes`);
          return (
            <div className="tpl-item" role="row" key={item.id ?? `new-${i}`} data-testid="tpl-item">
              <span role="cell">
                <Input
                  id={itemInputId(index, i)}
                  aria-label={t('checklists.templates.editor.itemZh')}
                  value={item.text.zh}
                  status={at(`items.${i}.text.zh`) ? 'error' : undefined}
                  onChange={(e) => setItem(i, { text: { ...item.text, zh: e.target.value } })}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                      e.preventDefault();
                      addItemAfter(i);
                    }
                  }}
                  data-testid="tpl-item-zh"
                />
                {textError && <div className="tpl-error">{issueText(textError)}</div>}
              </span>
              <span role="cell">
                <Input
                  aria-label={t('checklists.templates.editor.itemEn')}
                  value={item.text.en}
                  status={at(`items.${i}.text.en`) ? 'error' : undefined}
                  onChange={(e) => setItem(i, { text: { ...item.text, en: e.target.value } })}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                      e.preventDefault();
                      addItemAfter(i);
                    }
                  }}
                  data-testid="tpl-item-en"
                />
              </span>
              <span role="cell" className="tpl-item__required">
                <Checkbox checked={item.required} onChange={(e) => setItem(i, { required: e.target.checked })} aria-label={t('checklists.templates.editor.required')} />
              </span>
              <span role="cell">
                <Select
                  aria-label={t('checklists.templates.editor.department')}
                  value={item.department}
                  popupMatchSelectWidth={false}
                  onChange={(department: DraftItem['department']) => setItem(i, { department })}
                  options={DEPARTMENTS.map((d) => ({ value: d, label: t(`checklists.department.${d}`) }))}
                  data-testid="tpl-item-department"
                />
              </span>
              <span role="cell">
                <Select
                  aria-label={t('checklists.templates.editor.role')}
                  value={item.role ?? ''}
                  popupMatchSelectWidth={false}
                  onChange={(role: string) => setItem(i, { role: role === '' ? null : (role as DraftItem['role']) })}
                  options={[{ value: '', label: t('checklists.templates.editor.noRole') }, ...DUTY_ROLES.map((r) => ({ value: r, label: t(`checklists.role.${r}`) }))]}
                />
              </span>
              <span role="cell">
                <DueInput
                  value={item.due}
                  onChange={(due) => setItem(i, { due })}
                  label={t('checklists.templates.editor.due')}
                  testId="tpl-item-due"
                  error={dueError !== undefined}
                />
                {dueError && <div className="tpl-error">{issueText(dueError)}</div>}
              </span>
              <span role="cell" className="tpl-item__tools">
                <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('checklists.templates.editor.moveUp')} />
                <Button
                  size="small"
                  type="text"
                  icon={<ArrowDownOutlined />}
                  disabled={i === section.items.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={t('checklists.templates.editor.moveDown')}
                />
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={section.items.length === 1}
                  onClick={() => onChange({ ...section, items: section.items.filter((_, j) => j !== i) })}
                  aria-label={t('checklists.templates.editor.removeItem')}
                />
              </span>
            </div>
          );
        })}
      </div>
      {sectionError && <div className="tpl-error">{issueText(sectionError)}</div>}
      <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => addItemAfter(section.items.length - 1)} data-testid="tpl-add-item">
        {t('checklists.templates.editor.addItem')}
      </Button>
    </fieldset>
  );
}
