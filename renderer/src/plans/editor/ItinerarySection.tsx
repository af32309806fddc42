import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { errorText } from '../../lib/errors';
import { useSectionReport } from './editorContext';
import { ItineraryTable, type Suggestions } from './ItineraryTable';
import {
  clashesOf,
  duplicateOf,
  isTextField,
  itemsOf,
  problemsOf,
  rowAfter,
  rowsOf,
  sameRows,
  sortRows,
  TOO_LONG,
  tooLongValues,
  type ItineraryRow,
  type RowField,
  type RowProblems,
} from './itineraryRows';
import { SectionToolbar } from './SectionToolbar';
import type { SectionProps } from './sectionProps';

const ACTIVITY_KEYS = ['pickup', 'welcome', 'meeting', 'presentation', 'tour', 'lunch', 'teaBreak', 'talks', 'dinner', 'hotel', 'dropOff'] as const;

/** Main's issue paths (`items.3.endsAt`) on the line and cell they name. */
function problemsFromIssues(error: ApiError, sent: ItineraryRow[]): Map<string, RowProblems> | null {
  const found = new Map<string, RowProblems>();
  const FIELD: Record<string, RowField> = { startsAt: 'start', endsAt: 'end', activity: 'activity', place: 'place', responsible: 'responsible', notes: 'notes' };
  for (const issue of error.issues ?? []) {
    const [, index, field] = issue.path.split('.');
    const row = sent[Number(index)];
    const cell = FIELD[field ?? ''];
    if (row && cell) found.set(row.key, { ...found.get(row.key), [cell]: issue.message === 'tooLong' ? TOO_LONG : `errors.${issue.message}` });
  }
  return found.size > 0 ? found : null;
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

/** The visit hour by hour: an editable sheet; overlaps and lines outside the visit are marked as they are typed. */
export function ItinerarySection({ plan, readOnly, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saved = useMemo(() => rowsOf(plan.itinerary), [plan.itinerary]);
  const [rows, setRows] = useState<ItineraryRow[]>(saved);
  const [problems, setProblems] = useState<Map<string, RowProblems> | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const dirty = !sameRows(rows, saved);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  useEffect(() => {
    if (!dirtyRef.current) setRows(saved);
  }, [saved]);

  // A line just added gets the cursor in its start time: its date is usually right already.
  useEffect(() => {
    if (!focusKey) return;
    document.querySelector<HTMLInputElement>(`[data-testid="itinerary-table"] tr[data-row-key="${focusKey}"] [data-cell="start"]`)?.focus();
    setFocusKey(null);
  }, [focusKey, rows]);

  const clashes = useMemo(() => clashesOf(rows, plan.arrivalAt, plan.departureAt), [rows, plan.arrivalAt, plan.departureAt]);
  const suggestions = useMemo<Suggestions>(
    () => ({
      activities: unique([...ACTIVITY_KEYS.map((k) => t(`planEditor.itinerary.activities.${k}`)), ...rows.map((r) => r.activity)]),
      places: unique([...plan.bookings.filter((b) => b.kind === 'room').map((b) => b.resourceName), ...rows.map((r) => r.place)]),
      people: unique([...plan.team.flatMap((m) => [m.primaryName, m.backupName]), ...rows.map((r) => r.responsible)]),
    }),
    [t, rows, plan.bookings, plan.team],
  );

  function recheck(next: ItineraryRow[]) {
    // Once a save has pointed out problems, they clear as they are fixed.
    if (problems) setProblems(new Map(next.map((r) => [r.key, problemsOf(r)] as const).filter(([, p]) => Object.keys(p).length > 0)));
  }

  function change(next: ItineraryRow[]) {
    setRows(next);
    recheck(next);
  }

  function addAfter(key?: string) {
    const sorted = sortRows(rows);
    const previous = key ? rows.find((r) => r.key === key) : sorted[sorted.length - 1];
    const row = rowAfter(previous, plan.arrivalAt, dayjs().format('YYYY-MM-DD'));
    const at = previous ? rows.indexOf(previous) + 1 : rows.length;
    change([...rows.slice(0, at), row, ...rows.slice(at)]);
    setFocusKey(row.key);
  }

  function enterLast(key: string) {
    const index = rows.findIndex((r) => r.key === key);
    const next = rows[index + 1];
    if (next) setFocusKey(next.key);
    else addAfter(key);
  }

  function duplicate(key: string) {
    const index = rows.findIndex((r) => r.key === key);
    const copy = duplicateOf(rows[index]!);
    change([...rows.slice(0, index + 1), copy, ...rows.slice(index + 1)]);
    setFocusKey(copy.key);
  }

  async function save() {
    if (readOnly || busy) return;
    if (!dirty) return void message.info(t('planEditor.section.noChanges'));
    const found = new Map(rows.map((r) => [r.key, problemsOf(r)] as const).filter(([, p]) => Object.keys(p).length > 0));
    if (found.size > 0) {
      setProblems(found);
      return void message.error(refusalText(found));
    }
    const sent = sortRows(rows);
    setBusy(true);
    const result = await api.plans.saveItinerary({ planId: plan.id, items: itemsOf(sent) });
    setBusy(false);
    if (!result.ok) {
      const onCells = problemsFromIssues(result.error, sent);
      if (onCells) setProblems(onCells);
      return void message.error(errorText(result.error));
    }
    setProblems(null);
    setRows(rowsOf(result.value.itinerary));
    onSaved(result.value);
    message.success(t('planEditor.section.saved'));
  }

  /** The refusal names the limit when a cell is too long ("at most 100 characters; this has 120"), else points at the red cells. */
  function refusalText(found: Map<string, RowProblems>): string {
    for (const [key, cells] of found) {
      const row = rows.find((r) => r.key === key);
      const field = (Object.keys(cells) as RowField[]).find((f) => cells[f] === TOO_LONG);
      if (row && field && isTextField(field)) {
        return t('lengths.cellTooLong', { column: t(`planEditor.itinerary.columns.${field}`), problem: t(TOO_LONG, tooLongValues(row, field)) });
      }
    }
    return t('planEditor.section.fixErrors');
  }

  function discard() {
    setRows(saved);
    setProblems(null);
  }

  useSectionReport('itinerary', dirty, () => void save());

  return (
    <div className="plan-section" data-testid="plan-itinerary">
      <SectionToolbar section="itinerary" dirty={dirty} busy={busy} readOnly={readOnly} onSave={() => void save()} onDiscard={discard}>
        {!readOnly && (
          <Button icon={<PlusOutlined />} onClick={() => addAfter()} data-testid="itinerary-add">
            {t('planEditor.itinerary.add')}
          </Button>
        )}
        <span className="muted" data-testid="itinerary-count">
          {t('planEditor.itinerary.count', { count: rows.length })}
        </span>
        {!readOnly && (
          <Typography.Text type="secondary" className="plan-section-hint">
            {t('planEditor.itinerary.hint')}
          </Typography.Text>
        )}
      </SectionToolbar>
      <ItineraryTable
        rows={rows}
        clashes={clashes}
        problems={problems}
        readOnly={readOnly}
        arrivalAt={plan.arrivalAt}
        departureAt={plan.departureAt}
        suggestions={suggestions}
        onChange={(key, patch) => change(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)))}
        onDuplicate={duplicate}
        onRemove={(key) => change(rows.filter((r) => r.key !== key))}
        onEnterLast={enterLast}
      />
    </div>
  );
}
