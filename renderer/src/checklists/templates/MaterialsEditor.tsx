import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { MATERIAL_KINDS } from '../../../../contract/checklists';
import { issueText } from '../../lib/errors';
import type { DraftMaterial } from './templateDraft';

/** What a visit needs prepared: per guest and a fixed number (quantity = ceil(per guest × headcount) + fixed). */
export function MaterialsEditor({ materials, issues, onChange }: { materials: DraftMaterial[]; issues: Map<string, string>; onChange: (next: DraftMaterial[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<DraftMaterial>) => onChange(materials.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <div className="tpl-materials">
      {materials.map((m, i) => {
        const error = issues.get(`materials.${i}.name.zh`) ?? issues.get(`materials.${i}.perGuest`) ?? issues.get(`materials.${i}.fixed`);
        return (
          <div key={i} className="tpl-material" data-testid="tpl-material">
            <Select
              aria-label={t('checklists.templates.editor.materialKind')}
              value={m.kind}
              popupMatchSelectWidth={false}
              onChange={(kind: DraftMaterial['kind']) => set(i, { kind })}
              options={MATERIAL_KINDS.map((k) => ({ value: k, label: t(`checklists.material.${k}`) }))}
            />
            <Input
              aria-label={t('checklists.templates.editor.materialZh')}
              placeholder={t('checklists.templates.editor.materialZh')}
              value={m.name.zh}
              status={issues.has(`materials.${i}.name.zh`) ? 'error' : undefined}
              onChange={(e) => set(i, { name: { ...m.name, zh: e.target.value } })}
            />
            <Input
              aria-label={t('checklists.templates.editor.materialEn')}
              placeholder={t('checklists.templates.editor.materialEn')}
              value={m.name.en}
              onChange={(e) => set(i, { name: { ...m.name, en: e.target.value } })}
            />
            <InputNumber
              aria-label={t('checklists.templates.editor.perGuest')}
              addonBefore={t('checklists.templates.editor.perGuest')}
              value={m.perGuest}
              min={0}
              max={20}
              step={0.5}
              onChange={(v) => set(i, { perGuest: typeof v === 'number' ? v : 0 })}
            />
            <InputNumber
              aria-label={t('checklists.templates.editor.fixed')}
              addonBefore={t('checklists.templates.editor.fixed')}
              value={m.fixed}
              min={0}
              max={1000}
              precision={0}
              onChange={(v) => set(i, { fixed: typeof v === 'number' ? v : 0 })}
            />
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              onClick={() => onChange(materials.filter((_, j) => j !== i))}
              aria-label={t('checklists.templates.editor.removeMaterial')}
            />
            {error && <div className="tpl-error tpl-material__error">{issueText(error)}</div>}
          </div>
        );
      })}
      <Button
        type="dashed"
        size="small"
        icon={<PlusOutlined />}
        onClick={() => onChange([...materials, { kind: 'other', name: { zh: '', en: '' }, perGuest: 0, fixed: 0 }])}
      >
        {t('checklists.templates.editor.addMaterial')}
      </Button>
    </div>
  );
}
