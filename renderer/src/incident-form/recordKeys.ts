import { INCIDENT_CATEGORIES, type IncidentCategory } from '../../../contract/incidents';

export type RecordKeyAction = { kind: 'category'; category: IncidentCategory } | { kind: 'save' } | null;

interface Key {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** An input method is composing (pinyin typed, Enter picks the characters): the key is the IME's. */
  isComposing?: boolean;
}

/** What the element with the focus takes for itself: text typed into a field, Enter on a button or in a multi-line note. */
export interface KeyTarget {
  tagName: string;
  isContentEditable?: boolean;
}

const isTextField = (t: KeyTarget) => t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable === true;

/**
 * The record dialog's keys: 1–6 pick the category (never while a field is
 * being typed into — "3 号会议室" stays text), Enter saves except in the
 * multi-line description and on a button (which does its own thing),
 * Ctrl+Enter saves from anywhere. Nothing while an input method composes:
 * the Enter that confirms 会议室 must not save half a title.
 */
export function recordKeyAction(e: Key, target: KeyTarget): RecordKeyAction {
  if (e.isComposing) return null;
  if (e.ctrlKey && e.key === 'Enter') return { kind: 'save' };
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  if (/^[1-9]$/.test(e.key) && !isTextField(target)) {
    const category = INCIDENT_CATEGORIES[Number(e.key) - 1];
    return category ? { kind: 'category', category } : null;
  }
  if (e.key === 'Enter' && target.tagName !== 'TEXTAREA' && target.tagName !== 'BUTTON') return { kind: 'save' };
  return null;
}
