import { useTranslation } from 'react-i18next';
import { SECTIONS } from './sections';

/** Always in view on the first tab, so the editor's keys are learnt by using it. */
export function EditorShortcuts({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const hints: [string, string][] = [
    ...(readOnly ? [] : ([['Ctrl+S', t('planEditor.shortcuts.save')]] as [string, string][])),
    [`Alt+1…${SECTIONS.length}`, t('planEditor.shortcuts.tabs')],
    ['Esc', t('planEditor.shortcuts.back')],
  ];
  return (
    <div className="plan-shortcuts" aria-label={t('planEditor.shortcuts.label')}>
      {hints.map(([key, label]) => (
        <span key={key}>
          <kbd>{key}</kbd> {label}
        </span>
      ))}
    </div>
  );
}
