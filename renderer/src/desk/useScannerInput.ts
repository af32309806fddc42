import { useEffect, useLayoutEffect, useRef } from 'react';

/** A USB scanner "types" far faster than a person: keys under 50 ms apart. */
const MAX_GAP_MS = 50;
/** Shorter bursts are more likely a fast typist or a key repeat than a badge. */
const MIN_LENGTH = 6;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', '']);

/** True when keys typed here belong to a field, so the scanner listener must leave them alone. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/**
 * Catches badge scans typed while no text field has focus (the scanner acts as
 * a keyboard and ends with Enter), so a visitor can leave without anyone first
 * clicking into the scan box.
 */
export function useScannerInput(onScan: (code: string) => void): void {
  const onScanRef = useRef(onScan);
  useLayoutEffect(() => {
    onScanRef.current = onScan;
  });

  useEffect(() => {
    let buffer = '';
    let lastAt = 0;

    function onKeyDown(e: KeyboardEvent) {
      if (isTextEntry(e.target) || e.ctrlKey || e.altKey || e.metaKey) {
        buffer = '';
        return;
      }
      const now = e.timeStamp;
      const quick = now - lastAt < MAX_GAP_MS;
      if (e.key === 'Enter') {
        if (quick && buffer.length >= MIN_LENGTH) {
          // Otherwise the Enter would also press whatever button has focus.
          e.preventDefault();
          e.stopPropagation();
          onScanRef.current(buffer);
        }
        buffer = '';
        return;
      }
      if (e.key.length !== 1) return; // Shift and friends come between characters; ignore them.
      buffer = quick ? buffer + e.key : e.key;
      lastAt = now;
    }

    // Capture phase: see the keys before a focused button or table reacts to them.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
