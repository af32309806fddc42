import { useEffect, useLayoutEffect, useRef } from 'react';

/** Ctrl+L locks the desk from anywhere, the moment the receptionist steps away. */
export function useLockShortcut(onLock: () => void): void {
  const ref = useRef(onLock);
  useLayoutEffect(() => {
    ref.current = onLock;
  });

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'l') return;
      // In a browser Ctrl+L would also jump to the address bar.
      e.preventDefault();
      e.stopPropagation();
      ref.current();
    }
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
