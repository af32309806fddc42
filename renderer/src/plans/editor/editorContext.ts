import { createContext, useContext, useEffect, useRef } from 'react';
import type { SectionKey } from './sections';

/** How a tab tells the editor it has unsaved changes, and how Ctrl+S reaches its save. */
export interface EditorControls {
  report: (key: SectionKey, state: { dirty: boolean; save: () => void } | null) => void;
  /** Brings a tab into view (warnings and the "incomplete" hint link here). */
  goTo: (key: SectionKey) => void;
}

export const EditorContext = createContext<EditorControls | null>(null);

export function useEditorControls(): EditorControls | null {
  return useContext(EditorContext);
}

/**
 * Registers a tab with the editor while it is mounted: its dirty flag feeds the
 * tab label and the leave guard, its save answers Ctrl+S. Optional for tabs
 * written elsewhere: without it they simply are not guarded.
 */
export function useSectionReport(key: SectionKey, dirty: boolean, save: () => void) {
  const controls = useEditorControls();
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    controls?.report(key, { dirty, save: () => saveRef.current() });
  }, [controls, key, dirty]);
  useEffect(() => () => controls?.report(key, null), [controls, key]);
}
