import { useEffect, useRef } from 'react';
import { today, updatePlansView, type PlansView } from '../usePlansView';
import { stepDate } from './calendarNav';

const VIEW_KEYS: Record<string, PlansView> = { d: 'day', w: 'week', m: 'month', l: 'list' };

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

/** Keys typed into a field, a dropdown or a dialog are theirs, not the calendar's. */
function belongsElsewhere(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return true;
  const target = e.target as HTMLElement | null;
  if (!target || target === document.body) return !!document.querySelector('.ant-modal-wrap:not([style*="display: none"])');
  if (!target.closest('.plans-page') || target.closest('.ant-select, .ant-picker')) return true;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target instanceof HTMLInputElement) {
    // A radio (the view switch) or checkbox moves with the arrows itself; letters are free.
    return !['radio', 'checkbox'].includes(target.type) || ARROWS.has(e.key);
  }
  return false;
}

/**
 * One-key moves on the Plans screen: T today, ← → previous/next period,
 * D W M L views, N a new plan.
 */
export function usePlansShortcuts(view: PlansView, onCreate: (() => void) | null): void {
  const create = useRef(onCreate);
  create.current = onCreate;

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (belongsElsewhere(e)) return;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      const calendar = view !== 'list';
      if (key === 't' && calendar) updatePlansView(() => ({ date: today() }));
      else if ((key === 'ArrowLeft' || key === 'ArrowRight') && calendar) updatePlansView((s) => ({ date: stepDate(s.date, s.view, key === 'ArrowLeft' ? -1 : 1) }));
      else if (VIEW_KEYS[key]) updatePlansView(() => ({ view: VIEW_KEYS[key] }));
      else if (key === 'n' && create.current) create.current();
      else return;
      e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view]);
}
