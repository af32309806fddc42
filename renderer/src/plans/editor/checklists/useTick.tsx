import { App, Input } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistFields, type ItemStatus } from '../../../../../contract/checklists';
import { api } from '../../../api/client';
import { errorText } from '../../../lib/errors';
import { lengthCount } from '../../../lib/fieldLimit';

/**
 * Ticks items (done, not applicable, a problem with its note, open again).
 * A problem asks for its note first: main refuses one without. `after` runs
 * once main has answered, so the caller reloads what changed.
 */
export function useTick(after: () => Promise<void> | void) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());

  const send = useCallback(
    async (itemIds: string[], status: ItemStatus, note = '') => {
      setBusyIds(new Set(itemIds));
      const result = await api.checklists.setStatus({ itemIds, status, note });
      setBusyIds(new Set());
      if (!result.ok) return void message.error(errorText(result.error));
      await after();
    },
    [after, message],
  );

  const tick = useCallback(
    (itemIds: string[], status: ItemStatus, currentNote = '') => {
      if (itemIds.length === 0) return;
      if (status !== 'problem') return void send(itemIds, status);
      let note = currentNote;
      modal.confirm({
        title: t('planChecklists.tick.problemTitle'),
        icon: null,
        content: (
          <Input.TextArea
            autoFocus
            defaultValue={currentNote}
            {...lengthCount(checklistFields.note)}
            autoSize={{ minRows: 2, maxRows: 5 }}
            placeholder={t('planChecklists.tick.problemPlaceholder')}
            onChange={(e) => (note = e.target.value)}
            data-testid="checklist-problem-note"
          />
        ),
        okText: t('planChecklists.tick.problemOk'),
        cancelText: t('planChecklists.tick.cancel'),
        okButtonProps: { 'data-testid': 'checklist-problem-ok' } as never,
        onOk: async () => {
          if (note.trim() === '') {
            message.warning(t('planChecklists.tick.problemNeedsNote'));
            throw new Error('note required');
          }
          await send(itemIds, 'problem', note.trim());
        },
      });
    },
    [message, modal, send, t],
  );

  return { tick, busyIds };
}
