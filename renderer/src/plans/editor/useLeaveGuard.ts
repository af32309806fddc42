import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirmDiscard } from '../../lib/useDiscardGuard';

/**
 * Asks before unsaved edits are lost: on the editor's own way out (back, Esc)
 * and on any change of the address (the header's navigation, a typed link).
 * `unsaved` names the tabs with unsaved changes; empty lets everything pass.
 */
export function useLeaveGuard(unsaved: string[]) {
  const { t } = useTranslation();
  const confirmDiscard = useConfirmDiscard();
  const unsavedRef = useRef(unsaved);
  unsavedRef.current = unsaved;
  const leaving = useRef(false);

  const confirmLeave = useCallback(
    (leave: () => void) => {
      const go = () => {
        leaving.current = true;
        leave();
        // Should the editor stay (the address led back to it), guard again.
        window.setTimeout(() => (leaving.current = false), 0);
      };
      if (unsavedRef.current.length === 0) return go();
      // The same question every form dialog asks, naming the tabs.
      confirmDiscard(go, {
        title: t('planEditor.leave.title'),
        content: t('planEditor.leave.content', { sections: unsavedRef.current.join(t('planEditor.listSeparator')) }),
        okText: t('planEditor.leave.ok'),
        cancelText: t('planEditor.leave.cancel'),
        okTestId: 'plan-leave-confirm',
      });
    },
    [confirmDiscard, t],
  );

  // The address the editor lives at, to go back to when a navigation is held.
  const here = useRef(window.location.href);

  useEffect(() => {
    // A hash navigation fires popstate first and hashchange after; the app's
    // router reads the address on hashchange. Putting the editor's address
    // back here means the router sees no change while the user answers.
    const onPopState = () => {
      if (leaving.current || unsavedRef.current.length === 0) return;
      const target = window.location.hash;
      if (target === new URL(here.current).hash) return;
      window.history.replaceState(null, '', here.current);
      confirmLeave(() => (window.location.hash = target));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [confirmLeave]);

  return confirmLeave;
}
