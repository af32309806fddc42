import { App, type ButtonProps, type FormInstance } from 'antd';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** What the question says; the defaults fit any form dialog. */
export interface DiscardQuestion {
  title?: string;
  content?: string;
  okText?: string;
  cancelText?: string;
  okTestId?: string;
}

/**
 * The one question asked before typed input is thrown away: by a form dialog's
 * Esc, outside click, close button or Cancel, and by the plan editor's way out.
 * Keep editing has the focus, so a reflexive Enter loses nothing; a second
 * request while the question is open is ignored.
 */
export function useConfirmDiscard() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const asking = useRef(false);
  return useCallback(
    (discard: () => void, question: DiscardQuestion = {}) => {
      if (asking.current) return;
      asking.current = true;
      modal.confirm({
        title: question.title ?? t('forms.discard.title'),
        content: question.content ?? t('forms.discard.content'),
        okText: question.okText ?? t('forms.discard.ok'),
        cancelText: question.cancelText ?? t('forms.discard.cancel'),
        okButtonProps: { danger: true, 'data-testid': question.okTestId ?? 'discard-confirm' } as ButtonProps,
        cancelButtonProps: { 'data-testid': 'discard-keep-editing' } as ButtonProps,
        autoFocusButton: 'cancel',
        onOk: discard,
        afterClose: () => (asking.current = false),
      });
    },
    [modal, t],
  );
}

function isDate(value: object): value is { isValid: () => boolean; toISOString: () => string } {
  return 'isValid' in value && typeof (value as { toISOString?: unknown }).toISOString === 'function';
}

/** Form values as "changed" sees them: blanks alike (undefined, null, ''), text as saved (trimmed), dates by instant. */
function comparable(value: unknown): unknown {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value === 'object') {
    if (isDate(value)) return value.isValid() ? value.toISOString() : 'invalid';
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, comparable(v)] as const)
        .filter(([, v]) => v !== '')
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  }
  return value;
}

function snapshot(form: FormInstance): string {
  return JSON.stringify(comparable(form.getFieldsValue(true)));
}

/**
 * Guards a form dialog against losing what was typed. Call `markClean()` right
 * after the form is filled (opened or loaded) with anything but blanks; pass `requestClose` to the
 * dialog's `onCancel` (Esc, outside click, ×) and its Cancel button. With
 * nothing changed since, it closes at once; otherwise it asks first.
 */
export function useDiscardGuard(form: FormInstance, onClose: () => void) {
  // An empty form until marked: a dialog that starts blank needs no markClean().
  const baseline = useRef(JSON.stringify(comparable({})));
  const confirm = useConfirmDiscard();
  const markClean = useCallback(() => {
    baseline.current = snapshot(form);
  }, [form]);
  const isDirty = useCallback(() => snapshot(form) !== baseline.current, [form]);
  const requestClose = useCallback(() => {
    if (isDirty()) confirm(onClose);
    else onClose();
  }, [isDirty, confirm, onClose]);
  return { markClean, isDirty, requestClose };
}
