import type { ItemStatus } from '../../../../contract/checklists';

/** What a key does on the to-do list (DESIGN13: the keyboard of a busy day). */
export type TodoKeyAction =
  | { kind: 'move'; by: number; extend: boolean }
  | { kind: 'edge'; to: 'first' | 'last' }
  | { kind: 'status'; status: ItemStatus }
  | { kind: 'openPlan' }
  | { kind: 'selectAll' }
  | { kind: 'clear' };

export function todoKeyAction(e: { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): TodoKeyAction | null {
  if (e.altKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if ((e.ctrlKey || e.metaKey) && key === 'a') return { kind: 'selectAll' };
  if (e.ctrlKey || e.metaKey) return null;
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return { kind: 'move', by: 1, extend: e.shiftKey };
    case 'ArrowUp':
    case 'k':
      return { kind: 'move', by: -1, extend: e.shiftKey };
    case 'Home':
      return { kind: 'edge', to: 'first' };
    case 'End':
      return { kind: 'edge', to: 'last' };
    case ' ':
    case 'd':
      return { kind: 'status', status: 'done' };
    case 'n':
      return { kind: 'status', status: 'na' };
    case 'p':
      return { kind: 'status', status: 'problem' };
    case 'u':
      return { kind: 'status', status: 'open' };
    case 'Enter':
      return { kind: 'openPlan' };
    case 'Escape':
      return { kind: 'clear' };
    default:
      return null;
  }
}
