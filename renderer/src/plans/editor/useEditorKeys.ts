import { useEffect, useRef } from 'react';

function isField(target: HTMLElement): boolean {
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Inside a dialog, a drawer or a popup: Esc closes that first. */
function inOverlay(target: HTMLElement): boolean {
  return !!target.closest('.ant-modal-wrap, .ant-drawer, .ant-dropdown, .ant-popover, .ant-select-dropdown, .ant-picker-dropdown');
}

/** Esc belongs to whatever has focus when that is a field, a dialog, a menu or a picker. */
function escBelongsElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (isField(target) || inOverlay(target)) return true;
  // A dialog or popup may be open while focus sits elsewhere (a click on the page behind it).
  return document.querySelector('.ant-modal-wrap:not([style*="display: none"]), .ant-popover:not(.ant-popover-hidden)') !== null;
}

interface Keys {
  /** Esc with nothing else to close. */
  onBack: () => void;
  /** Alt+1…Alt+9: the tab at that position (0-based). */
  onTab: (index: number) => void;
  /** Ctrl+S / ⌘S: save the tab in view. */
  onSave: () => void;
}

/** The editor's keyboard: Esc to go back, Alt+digit to switch tabs, Ctrl+S to save. */
export function useEditorKeys(keys: Keys) {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        // Never the browser's "save page" dialog, even where nothing is to be saved.
        event.preventDefault();
        if (!event.repeat) latest.current.onSave();
        return;
      }
      if (event.altKey && !event.ctrlKey && !event.metaKey && /^Digit[1-9]$/.test(event.code)) {
        event.preventDefault();
        latest.current.onTab(Number(event.code.slice(5)) - 1);
        return;
      }
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target;
      if (!escBelongsElsewhere(target)) return latest.current.onBack();
      // Esc in a plain field steps out of it (as in a sheet); a second Esc then goes back.
      // A field with its list open keeps focus: that Esc closed the list.
      if (target instanceof HTMLElement && isField(target) && !inOverlay(target) && target.getAttribute('aria-expanded') !== 'true') target.blur();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
