import { Input, Modal, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issueText } from '../../lib/errors';
import { lengthCount } from '../../lib/fieldLimit';
import { checklistFields } from '../../../../contract/checklists';

/**
 * A problem needs a note (contract: checklist.problemNote). Enter saves,
 * Shift+Enter starts a new line; closing gives the focus back to the list.
 */
export function ProblemNoteModal({ count, onSave, onClose }: { count: number; onSave: (note: string) => Promise<boolean>; onClose: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (note.trim() === '') return setMissing(true);
    setBusy(true);
    const ok = await onSave(note.trim());
    setBusy(false);
    if (ok) onClose();
  };
  return (
    <Modal
      open
      title={count > 1 ? `${t('checklists.todo.problemTitle')} (${t('checklists.todo.selected', { count })})` : t('checklists.todo.problemTitle')}
      okText={t('checklists.todo.save')}
      cancelText={t('checklists.todo.cancel')}
      onOk={() => void save()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'problem-save' } as ButtonProps}
      destroyOnHidden
      data-testid="problem-dialog"
    >
      <label htmlFor="todo-problem-note" className="checklists-label">
        {t('checklists.todo.problemNote')}
      </label>
      <Input.TextArea
        id="todo-problem-note"
        autoFocus
        value={note}
        {...lengthCount(checklistFields.note)}
        autoSize={{ minRows: 2, maxRows: 6 }}
        status={missing ? 'error' : undefined}
        aria-invalid={missing}
        aria-describedby="todo-problem-help"
        onChange={(e) => {
          setNote(e.target.value);
          if (e.target.value.trim() !== '') setMissing(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            void save();
          }
        }}
        data-testid="problem-note"
      />
      <div id="todo-problem-help">
        {missing ? (
          <Typography.Text type="danger" data-testid="problem-note-error">
            {issueText('checklist.problemNote')}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('checklists.todo.problemHint')}</Typography.Text>
        )}
      </div>
    </Modal>
  );
}
