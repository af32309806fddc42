import { PlusOutlined } from '@ant-design/icons';
import { Button, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText, type ChecklistItem, type ItemStatus, type LocalText, type PlanChecklists } from '../../../../../contract/checklists';
import { useDesk } from '../../../context/DeskContext';
import { ItemRow } from './ItemRow';
import { ProgressCounts } from './ProgressCounts';

type List = PlanChecklists['lists'][number];

interface Props {
  list: List;
  canTick: boolean;
  canEdit: boolean;
  busyIds: ReadonlySet<string>;
  onTick: (item: ChecklistItem, status: ItemStatus) => void;
  onAdd: (list: List) => void;
  onEdit: (item: ChecklistItem) => void;
  onRemove: (item: ChecklistItem) => void;
}

/** The sections of a list in the order their first item comes. */
export function sectionsOf(items: ChecklistItem[]): { title: LocalText; items: ChecklistItem[] }[] {
  const groups = new Map<string, { title: LocalText; items: ChecklistItem[] }>();
  for (const item of items) {
    const key = item.section.zh;
    const group = groups.get(key) ?? { title: item.section, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** One list on the plan: its progress, then its items by section. */
export function ChecklistCard({ list, canTick, canEdit, busyIds, onTick, onAdd, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  const { locale } = useDesk();
  const { total, closed } = list.progress;
  return (
    <section className="checklist-card" data-testid="checklist-card" data-kind={list.kind} aria-label={pickText(list.name, locale)}>
      <header className="checklist-card__head">
        <h3 className="checklist-card__title">
          {pickText(list.name, locale)}
          {/* The kind, unless the list's name says it already (访后跟进 is both). */}
          {t(`planChecklists.kinds.${list.kind}`) !== pickText(list.name, locale) && <span className="checklist-card__kind">{t(`planChecklists.kinds.${list.kind}`)}</span>}
        </h3>
        <Progress
          percent={total === 0 ? 0 : Math.round((closed / total) * 100)}
          size="small"
          className="checklist-card__progress"
          format={() => `${closed}/${total}`}
          aria-label={t('planChecklists.summary.listProgress', { name: pickText(list.name, locale), closed, total })}
        />
        <ProgressCounts progress={list.progress} />
        {canEdit && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => onAdd(list)} data-testid="checklist-add-item">
            {t('planChecklists.item.add')}
          </Button>
        )}
      </header>
      {sectionsOf(list.items).map((section) => (
        <div key={section.title.zh} className="checklist-card__section">
          <h4 className="checklist-card__section-title">{pickText(section.title, locale)}</h4>
          {section.items.map((item) => (
            <ItemRow
              key={item.id}
              item={item}
              canTick={canTick}
              canEdit={canEdit}
              busy={busyIds.has(item.id)}
              onTick={(status) => onTick(item, status)}
              onEdit={() => onEdit(item)}
              onRemove={() => onRemove(item)}
            />
          ))}
        </div>
      ))}
    </section>
  );
}
