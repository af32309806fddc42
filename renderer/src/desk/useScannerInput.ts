import { useEffect, useLayoutEffect, useRef } from 'react';
import { BADGE_NO_PATTERN } from '../../../contract/visits';

/** A USB scanner "types" far faster than a person: keys under 50 ms apart. */
const MAX_GAP_MS = 50;
/** Shorter bursts are more likely a fast typist or a key repeat than a badge. */
const MIN_LENGTH = 6;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', '']);

/** True when keys typed here belong to a field. */
export function isTextEntry(target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/** Puts a field back as it was before the scan typed into it, through React's own change path. */
function restoreField(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Catches badge scans wherever focus is (the scanner acts as a keyboard and
 * ends with Enter), so a visitor can leave without anyone first clicking into
 * the scan box. Outside text fields any fast burst counts; inside one (say the
 * name field, focused after each check-in) only a burst shaped like a badge
 * number does, and the field gets back what it held before the scan.
 */
export function useScannerInput(onScan: (code: string) => void, ownField?: () => HTMLElement | null, enabled = true): void {
  const onScanRef = useRef(onScan);
  const ownFieldRef = useRef(ownField);
  useLayoutEffect(() => {
    onScanRef.current = onScan;
    ownFieldRef.current = ownField;
  });

  useEffect(() => {
    if (!enabled) return;
    let buffer = '';
    let lastAt = 0;
    let fieldBefore: string | null = null;

    function onKeyDown(e: KeyboardEvent) {
      if (e.ctrlKey || e.altKey || e.metaKey || e.isComposing) {
        buffer = '';
        return;
      }
      const field = isTextEntry(e.target) ? e.target : null;
      // The scan box handles its own Enter.
      if (field && field === ownFieldRef.current?.()) return;
      const now = e.timeStamp;
      const quick = now - lastAt < MAX_GAP_MS;
      if (e.key === 'Enter') {
        const code = buffer;
        buffer = '';
        if (!quick || code.length < MIN_LENGTH || (field && !BADGE_NO_PATTERN.test(code))) return;
        // Otherwise the Enter would also reach the focused field or button.
        e.preventDefault();
        e.stopPropagation();
        if (field && fieldBefore !== null) restoreField(field, fieldBefore);
        onScanRef.current(code);
        return;
      }
      if (e.key.length !== 1) return; // Shift and friends come between characters; ignore them.
      if (!quick) fieldBefore = field ? field.value : null;
      buffer = quick ? buffer + e.key : e.key;
      lastAt = now;
    }

    // Capture phase: see the keys before a focused field, button or table reacts to them.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [enabled]);
}
