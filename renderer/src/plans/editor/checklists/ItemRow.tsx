import { CheckOutlined, DeleteOutlined, EditOutlined, ExclamationOutlined, MinusOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Tag, Tooltip, type ButtonProps } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText, type ChecklistItem, type ItemStatus } from '../../../../../contract/checklists';
import { useDesk } from '../../../context/DeskContext';
import { dueLabel, dueState } from './dueText';

interface Props {
  item: ChecklistItem;
  /** May tick (checklists.tick) — an item of a closed plan is refused by main, which says why. */
  canTick: boolean;
  /** May add, edit and remove items (plans.manage on an open plan). */
  canEdit: boolean;
  busy: boolean;
  onTick: (status: ItemStatus) => void;
  onEdit: () => void;
  onRemove: () => void;
}

/** Letter keys on a focused row, as on the checklist screen: D/Space done, N not applicable, P problem, U open again. */
const KEYS: Record<string, ItemStatus> = { ' ': 'done', d: 'done', n: 'na', p: 'problem', u: 'open' };

/** ↑/↓ (or j/k) to the row above or below, within the section. */
function moveFocus(row: HTMLElement, step: 1 | -1) {
  const rows = [...(row.closest('[data-testid="checklists-section"]')?.querySelectorAll<HTMLElement>('[data-testid="checklist-item"]') ?? [])];
  rows[rows.indexOf(row) + step]?.focus();
}

/** One item: its box, text, who and when, and the ways to tick it. */
export function ItemRow({ item, canTick, canEdit, busy, onTick, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  const { locale } = useDesk();
  const due = dueState(item);
  const closed = item.status === 'done' || item.status === 'na';

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'arrowdown' || key === 'j' || key === 'arrowup' || key === 'k') {
      e.preventDefault();
      moveFocus(e.currentTarget, key === 'arrowdown' || key === 'j' ? 1 : -1);
      return;
    }
    const status = KEYS[key];
    if (!status || !canTick || busy) return;
    e.preventDefault();
    if (status !== item.status) onTick(status);
  }

  const action = (status: ItemStatus, icon: ReactNode, label: string, props: ButtonProps = {}) => (
    <Tooltip title={label}>
      <Button
        size="small"
        type={item.status === status ? 'primary' : 'text'}
        icon={icon}
        aria-label={label}
        aria-pressed={item.status === status}
        disabled={!canTick || busy}
        onClick={() => onTick(status)}
        data-testid={`checklist-item-${status}`}
        {...props}
      />
    </Tooltip>
  );

  return (
    <div
      className={`checklist-item checklist-item--${item.status} checklist-item--due-${due}`}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="checklist-item"
      data-item-id={item.id}
      data-status={item.status}
      data-due={due}
      aria-label={pickText(item.text, locale)}
    >
      <div className="checklist-item__tick">
        {closed ? action('open', <UndoOutlined />, t('planChecklists.tick.reopen')) : action('done', <CheckOutlined />, t('planChecklists.tick.done'))}
      </div>
      <div className="checklist-item__body">
        <div className="checklist-item__text">
          {pickText(item.text, locale)}
          {item.required && <span className="checklist-item__required">{t('planChecklists.item.required')}</span>}
        </div>
        <div className="checklist-item__meta">
          {item.department !== 'reception' && (
            <Tag className="checklist-item__dept" data-testid="checklist-item-department">
              {t(`planChecklists.departments.${item.department}`)}
              {item.handedOffAt && ` · ${t('planChecklists.handoff.handedOff')}`}
            </Tag>
          )}
          {item.role && <span>{t(`planTeam.team.roles.${item.role}`)}</span>}
          <span className={item.assigneeName ? undefined : 'muted'}>{item.assigneeName || t('planChecklists.item.nobody')}</span>
          {item.dueAt && (
            <span className={`checklist-item__due checklist-item__due--${due}`} data-testid="checklist-item-due">
              {t('planChecklists.item.dueAt', { at: dueLabel(item.dueAt) })}
              {due !== 'none' && (
                <Tag color={due === 'overdue' ? 'error' : 'warning'} className="checklist-item__due-tag">
                  {t(`planChecklists.due.${due}`)}
                </Tag>
              )}
            </span>
          )}
          {item.status !== 'open' && (
            <span className="checklist-item__by" data-testid="checklist-item-by">
              {t(`planChecklists.status.${item.status}`)}
              {item.statusByName && ` · ${item.statusByName}`}
              {item.statusAt && ` · ${dueLabel(item.statusAt.slice(0, 16))}`}
            </span>
          )}
        </div>
        {item.note && (
          <div className={item.status === 'problem' ? 'checklist-item__note checklist-item__note--problem' : 'checklist-item__note'} data-testid="checklist-item-note">
            {item.note}
          </div>
        )}
      </div>
      <div className="checklist-item__actions">
        {!closed && action('na', <MinusOutlined />, t('planChecklists.tick.na'))}
        {item.status !== 'problem' && !closed && action('problem', <ExclamationOutlined />, t('planChecklists.tick.problem'), { danger: true })}
        {item.status === 'problem' && action('open', <UndoOutlined />, t('planChecklists.tick.reopen'))}
        {canEdit && (
          <>
            <Tooltip title={t('planChecklists.item.edit')}>
              <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('planChecklists.item.edit')} onClick={onEdit} data-testid="checklist-item-edit" />
            </Tooltip>
            <Popconfirm
              title={t('planChecklists.item.removeConfirm')}
              okText={t('planChecklists.item.remove')}
              cancelText={t('planChecklists.tick.cancel')}
              okButtonProps={{ danger: true, 'data-testid': 'checklist-item-remove-ok' } as ButtonProps}
              onConfirm={onRemove}
            >
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('planChecklists.item.remove')} data-testid="checklist-item-remove" />
            </Popconfirm>
          </>
        )}
      </div>
    </div>
  );
}
