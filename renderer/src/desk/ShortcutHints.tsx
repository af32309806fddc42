import { useTranslation } from 'react-i18next';

/** Always visible, so the shortcuts are learnt by using the desk, not from a manual. */
export function ShortcutHints() {
  const { t } = useTranslation();
  const hints: [string, string][] = [
    ['F2', t('shortcuts.newVisitor')],
    ['F3', t('shortcuts.expected')],
    ['F4', t('shortcuts.scan')],
    ['F8', t('incidents.record.shortcut')],
    ['Ctrl+Enter', t('shortcuts.submit')],
    ['Esc', t('shortcuts.clear')],
  ];
  return (
    <div className="shortcut-hints" aria-label={t('shortcuts.title')}>
      {hints.map(([key, label]) => (
        <span key={key} className="shortcut-hints__item">
          <kbd>{key}</kbd> {label}
        </span>
      ))}
    </div>
  );
}
