import { CheckOutlined, ClockCircleOutlined, ExclamationCircleFilled, RightOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText, type ItemRow } from '../../../../contract/checklists';
import { api } from '../../api/client';
import { useDesk } from '../../context/DeskContext';
import { errorText } from '../../lib/errors';
import { pageHash } from '../../lib/useHashRoute';
import type { DueItems } from './useDueItems';

/** Local `YYYY-MM-DDTHH:mm` → `HH:mm`, with the date when it is not today's. */
function shortDue(dueAt: string | null, today: string): string {
  if (!dueAt) return '';
  return dueAt.slice(0, 10) === today ? dueAt.slice(11, 16) : `${dueAt.slice(5, 10)} ${dueAt.slice(11, 16)}`;
}

function todayLocal(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * 待办提醒: checklist items overdue (red) or due soon (amber) across the open
 * visits, with the visit's title. A click on ✓ (or D / Space on a focused row)
 * ticks it done; the title opens the plan. Nothing here takes the focus by
 * itself: the check-in form keeps it.
 */
export function DuePanel({ due, onFocusHome }: { due: DueItems; onFocusHome: () => void }) {
  const { t } = useTranslation();
  const { locale, can } = useDesk();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const canTick = can('checklists.tick');
  if (due.items.length === 0 && due.overdue === 0 && due.dueSoon === 0) return null;
  const today = todayLocal();

  async function done(item: ItemRow) {
    setBusy(item.id);
    const result = await api.checklists.setStatus({ itemIds: [item.id], status: 'done', note: '' });
    setBusy(null);
    if (!result.ok) return void message.error(errorText(result.error));
    message.success(t('planChecklists.desk.ticked', { text: pickText(item.text, locale) }));
    await due.refresh();
    onFocusHome();
  }

  function onKeyDown(e: KeyboardEvent<HTMLLIElement>, item: ItemRow) {
    if (e.target !== e.currentTarget) return;
    if ((e.key === ' ' || e.key.toLowerCase() === 'd') && canTick) {
      e.preventDefault();
      void done(item);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      window.location.hash = pageHash('plans', item.planId);
    }
  }

  return (
    <section className="due-card" aria-labelledby="due-title" data-testid="desk-due">
      <header className="due-card__head">
        <h2 id="due-title" className="due-card__title">
          {t('planChecklists.desk.title')}
        </h2>
        {due.overdue > 0 && (
          <span className="due-card__count due-card__count--overdue" data-testid="desk-due-overdue">
            <ExclamationCircleFilled /> {t('planChecklists.counts.overdue', { count: due.overdue })}
          </span>
        )}
        {due.dueSoon > 0 && (
          <span className="due-card__count due-card__count--soon" data-testid="desk-due-soon">
            <ClockCircleOutlined /> {t('planChecklists.counts.dueSoon', { count: due.dueSoon })}
          </span>
        )}
      </header>
      <ul className="due-card__list">
        {due.items.map((item) => (
          <li
            key={item.id}
            className={item.overdue ? 'due-item due-item--overdue' : 'due-item due-item--soon'}
            tabIndex={0}
            onKeyDown={(e) => onKeyDown(e, item)}
            data-testid="desk-due-item"
            data-item-id={item.id}
            data-due={item.overdue ? 'overdue' : 'dueSoon'}
          >
            <span className="due-item__time">{shortDue(item.dueAt, today)}</span>
            <span className="due-item__text" title={pickText(item.text, locale)}>
              {pickText(item.text, locale)}
            </span>
            <a className="due-item__plan" href={pageHash('plans', item.planId)} tabIndex={-1} title={item.planTitle} data-testid="desk-due-plan">
              {item.planTitle} <RightOutlined />
            </a>
            {canTick && (
              <Tooltip title={t('planChecklists.desk.tick')}>
                <Button
                  size="small"
                  icon={<CheckOutlined />}
                  loading={busy === item.id}
                  aria-label={t('planChecklists.desk.tick')}
                  onClick={() => void done(item)}
                  tabIndex={-1}
                  data-testid="desk-due-tick"
                />
              </Tooltip>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
