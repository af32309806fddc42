import { SettingOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isClosedPlan } from '../../../../contract/plans';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { errorText } from '../../lib/errors';
import { ResourcesPanel } from '../resources/ResourcesPanel';
import {
  bookingsInput,
  conflictsOfRow,
  newRow,
  rowProblem,
  rowsFromPlan,
  sameBookings,
  selfOverlaps,
  type BookingRow,
} from './bookings/bookingRows';
import { BookingsTable, type RowState } from './bookings/BookingsTable';
import { ResourceSelect } from './bookings/ResourceSelect';
import { bookingSignature, useBookingCheck } from './bookings/useBookingCheck';
import { useResources } from './bookings/useResources';
import { useSectionReport } from './editorContext';
import { showSpan } from './localTime';
import { SectionToolbar } from './SectionToolbar';
import type { SectionProps } from './sectionProps';
import './team/team.css';
import './bookings/bookings.css';

/** What a VIP visit still lacks of its spare room and spare vehicle (DIGEST 01), from the draft as it stands. */
function missingSpares(level: string, rows: BookingRow[]): ('noSpareRoom' | 'noSpareVehicle')[] {
  if (level !== 'vip') return [];
  const has = (kind: string) => rows.some((r) => r.spare && r.kind === kind);
  return [...(has('room') ? [] : (['noSpareRoom'] as const)), ...(has('vehicle') ? [] : (['noSpareVehicle'] as const))];
}

/** 会议室与车辆: the plan's bookings, checked against other visits as they are edited, saved with setBookings. */
export function BookingsSection({ plan, readOnly, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [seen, setSeen] = useState({ id: plan.id, bookings: plan.bookings });
  const [baseline, setBaseline] = useState(() => rowsFromPlan(plan.bookings));
  const [rows, setRows] = useState(baseline);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [managing, setManaging] = useState(false);
  const resources = useResources(plan);
  const dirty = !sameBookings(rows, baseline);

  if (seen.bookings !== plan.bookings || seen.id !== plan.id) {
    const fresh = rowsFromPlan(plan.bookings);
    setSeen({ id: plan.id, bookings: plan.bookings });
    setBaseline(fresh);
    if (!dirty || seen.id !== plan.id) setRows(fresh);
  }

  const activeIds = useMemo(() => new Set(resources.resources.filter((r) => r.active).map((r) => r.id)), [resources.resources]);
  // Rows on a deactivated resource are left out of the check: main would refuse the whole question.
  const checkable = rows.filter((r) => !rowProblem(r, activeIds, resources.loaded));
  // Checked whenever the plan still happens, also for someone who may only look: they should see a clash too.
  const open = !isClosedPlan(plan.status);
  const check = useBookingCheck(plan.id, bookingsInput(checkable), open && resources.loaded);

  const twins = selfOverlaps(rows);
  const states = new Map<string, RowState>(
    rows.map((r) => [
      r.key,
      {
        problem: rowProblem(r, activeIds, resources.loaded),
        // Earlier answers stay on the rows that did not change, so the table does not flicker on every keystroke.
        pending: open && !check.error && !check.checked.has(bookingSignature(r)),
        conflicts: conflictsOfRow(r, check.conflicts, plan.id),
        overlapsSelf: twins.has(r.key),
      },
    ]),
  );
  const conflicted = [...states.values()].filter((s) => s.conflicts.length > 0 || s.overlapsSelf);
  const hasProblem = [...states.values()].some((s) => s.problem);
  const blockedReason = conflicted.length > 0 ? t('planTeam.bookings.conflictsTitle') : hasProblem ? t('planEditor.section.fixErrors') : null;

  function change(key: string, patch: Partial<BookingRow>) {
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    setSaveError(null);
  }

  function discard() {
    setRows(baseline);
    setSaveError(null);
  }

  async function save() {
    if (readOnly || busy) return;
    if (!dirty) return void message.info(t('planEditor.section.noChanges'));
    if (blockedReason) {
      message.error(blockedReason);
      return;
    }
    setBusy(true);
    const result = await api.plans.setBookings({ planId: plan.id, bookings: bookingsInput(rows) });
    setBusy(false);
    if (!result.ok) {
      // Another desk booked the same room meanwhile: keep the edits, say who, and look again.
      setSaveError(result.error);
      check.recheck();
      void resources.reload();
      return;
    }
    const fresh = rowsFromPlan(result.value.bookings);
    setSeen({ id: result.value.id, bookings: result.value.bookings });
    setBaseline(fresh);
    setRows(fresh);
    setSaveError(null);
    onSaved(result.value);
    message.success(t('planTeam.bookings.saved'));
  }

  // The editor's Ctrl+S and leave guard reach this tab through its report.
  useSectionReport('bookings', dirty, () => void save());

  const spares = missingSpares(plan.level, rows);
  const seats = rows.filter((r) => r.kind === 'vehicle' && !r.spare).reduce((sum, r) => sum + (resources.resources.find((x) => x.id === r.resourceId)?.capacity ?? 0), 0);
  const hasVehicles = rows.some((r) => r.kind === 'vehicle' && !r.spare);
  const noTimes = !plan.arrivalAt || !plan.departureAt;

  return (
    <div className="plan-section bookings-section" data-testid="bookings-section">
      <SectionToolbar section="bookings" dirty={dirty} busy={busy} readOnly={readOnly} saveBlockedReason={dirty ? blockedReason : null} onSave={() => void save()} onDiscard={discard}>
        {!readOnly && (
          <ResourceSelect
            value={null}
            resources={resources.resources}
            taken={resources.taken}
            headcount={plan.expectedHeadcount}
            bookedIds={new Set(rows.map((r) => r.resourceId))}
            placeholder={t('planTeam.bookings.addPlaceholder')}
            aria-label={t('planTeam.bookings.addPlaceholder')}
            onChange={(r) => {
              setRows((all) => [...all, newRow(r, plan)]);
              setSaveError(null);
            }}
            className="bookings-add"
            testId="booking-add"
          />
        )}
        <Button icon={<SettingOutlined />} onClick={() => setManaging(true)} data-testid="bookings-manage-resources">
          {t('planTeam.bookings.manage')}
        </Button>
        {!readOnly && (
          <Typography.Text type="secondary" className="plan-section-hint">
            {plan.arrivalAt && plan.departureAt ? t('planTeam.bookings.availabilityFor', { span: showSpan(plan.arrivalAt, plan.departureAt) }) : t('planTeam.bookings.hint')}
          </Typography.Text>
        )}
      </SectionToolbar>
      {saveError && <Alert type="error" showIcon title={errorText(saveError)} className="pt-alert" data-testid="bookings-save-error" />}
      {check.error && !saveError && <Alert type="warning" showIcon title={errorText(check.error)} className="pt-alert" />}
      {conflicted.length > 0 && !readOnly && <Alert type="error" showIcon title={t('planTeam.bookings.conflictsTitle')} className="pt-alert" data-testid="bookings-conflicts" />}
      {spares.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={readOnly ? spares.map((w) => t(`planWarnings.${w}`)).join(t('planTeam.listSeparator')) : t(`planTeam.bookings.vipHint.${spares.length === 2 ? 'both' : spares[0]!}`)}
          className="pt-alert pt-alert--compact"
          data-testid="bookings-vip-hint"
        />
      )}
      {!readOnly && noTimes && <Alert type="info" showIcon title={t('planTeam.bookings.noVisitTimes')} className="pt-alert" />}
      {!readOnly && resources.loaded && resources.resources.every((r) => !r.active) && <Alert type="info" showIcon title={t('planTeam.bookings.noResources')} className="pt-alert" />}
      <BookingsTable
        rows={rows}
        states={states}
        resources={resources.resources}
        taken={resources.taken}
        headcount={plan.expectedHeadcount}
        readOnly={readOnly}
        showStatus={open}
        onChange={change}
        onRemove={(key) => {
          setRows((all) => all.filter((r) => r.key !== key));
          setSaveError(null);
        }}
      />
      {hasVehicles && (
        <Typography.Paragraph type={seats < plan.expectedHeadcount ? 'warning' : 'secondary'} className="bookings-seats" data-testid="bookings-seats">
          {t(seats < plan.expectedHeadcount ? 'planTeam.bookings.seatsShort' : 'planTeam.bookings.seats', { seats, count: plan.expectedHeadcount })}
        </Typography.Paragraph>
      )}
      <Drawer
        open={managing}
        size={880}
        title={t('planTeam.resources.title')}
        onClose={() => {
          setManaging(false);
          void resources.reload();
        }}
        destroyOnHidden
      >
        <ResourcesPanel embedded />
      </Drawer>
    </div>
  );
}
