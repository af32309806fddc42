import { useEffect, useLayoutEffect, useRef } from 'react';

interface Shortcuts {
  onNewVisitor: () => void;
  onScan: () => void;
}

/** F2 and F4 work wherever focus is: the receptionist should never need the mouse to start. */
export function useDeskShortcuts(shortcuts: Shortcuts): void {
  const ref = useRef(shortcuts);
  useLayoutEffect(() => {
    ref.current = shortcuts;
  });

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
      if (e.key === 'F2') {
        e.preventDefault();
        ref.current.onNewVisitor();
      } else if (e.key === 'F4') {
        e.preventDefault();
        ref.current.onScan();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
