import { Card } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordChange } from '../../../contract/past-visits';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { ChangesTable } from './ChangesTable';

/** For managers: every change waiting for a decision, above the list. Nothing shows when none waits or the user decides none. */
export function PendingChanges({ onDecided }: { onDecided: () => void }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const [changes, setChanges] = useState<RecordChange[]>([]);
  const manager = can('archive.approve');

  const load = useCallback(() => {
    if (!manager) return;
    void api.pastVisits.changes({ pending: true }).then((result) => {
      if (result.ok) setChanges(result.value);
    });
  }, [manager]);
  useEffect(load, [load]);

  if (!manager || changes.length === 0) return null;
  return (
    <Card size="small" className="past-visits__pending" title={`${t('pastVisits.changeStatus.pending')} · ${t('pastVisits.sections.changes')}`} data-testid="past-visits-pending">
      <ChangesTable
        changes={changes}
        showPlan
        onDecided={() => {
          load();
          onDecided();
        }}
      />
    </Card>
  );
}
