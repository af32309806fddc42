import { Alert, Checkbox, Input, Modal, Tag, type CheckboxRef } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../contract/result';
import { visits, type CheckInPlannedResult, type PlannedGuestOutcome } from '../../../../contract/visits';
import { api } from '../../api/client';
import { errorText, issueText } from '../../lib/errors';
import { lengthCount } from '../../lib/fieldLimit';
import { schemaRuleText } from '../../lib/schemaRule';
import { modalFooter } from '../../lib/modalFooter';
import type { ArrivalGroup, ArrivalGuest } from './arrivalGroups';
import { GroupPrivacyAck } from './GroupPrivacyAck';
import { NeedTags } from './NeedTags';

/** Who the receptionist asked to check in: one guest, the selected rows, or a whole group. */
export interface CheckInRequest {
  group: ArrivalGroup;
  guests: ArrivalGuest[];
}

interface Props {
  request: CheckInRequest | null;
  canPrint: boolean;
  /** The desk's "print badge after check-in" setting. */
  printByDefault: boolean;
  onClose: () => void;
  /** A refusal may mean the list is stale (another desk checked them in): reload it. */
  onRefused: () => void;
  /** At least one guest was checked in; the result says what happened to each. */
  onCheckedIn: (result: CheckInPlannedResult, printBadges: boolean) => void;
}

/** The host as main takes it: counted against its maximum, never cut, refused with the limit named. */
const HOST_SCHEMA = visits.checkInPlanned.input.shape.host;

const HOST_INPUT_ID = 'arrival-dialog-host';

/** Buttons and links handle Enter themselves; everywhere else in the dialog it confirms. */
function ownsEnter(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.closest('button') !== null || target.closest('a') !== null);
}

/** The sentence for a guest main did not check in, e.g. "欧阳娜娜 已在场（胸卡 V…），未重复登记". */
export function outcomeText(t: (key: string, values?: Record<string, unknown>) => string, g: PlannedGuestOutcome): string {
  return t(`deskFlow.outcome.${g.outcome}`, { name: g.name, badgeNo: g.badgeNo ?? '' });
}

function GuestList({ guests }: { guests: ArrivalGuest[] }) {
  const { t } = useTranslation();
  return (
    <ul className="checkin-planned__guests" data-testid="arrival-dialog-guests">
      {guests.map((g) => (
        <li key={g.key} className={g.onSiteBadgeNo ? 'checkin-planned__guest checkin-planned__guest--skipped' : 'checkin-planned__guest'}>
          <span className="checkin-planned__name">{g.name}</span>
          {g.onSiteBadgeNo && (
            <Tag color="orange" className="checkin-planned__onsite" data-testid="arrival-dialog-onsite">
              {t('deskFlow.onSiteElsewhere', { badgeNo: g.onSiteBadgeNo })}
            </Tag>
          )}
          {g.isLead && (
            <Tag color="blue" className="arrival-row__lead">
              {t('arrivals.guest.lead')}
            </Tag>
          )}
          <span className="checkin-planned__org">{[g.title, g.company].filter(Boolean).join(' · ')}</span>
          <NeedTags needs={g.needs} />
        </li>
      ))}
    </ul>
  );
}

/** The dialog's fields; remounted for every request so nothing from the last group lingers. */
function CheckInPlannedForm({ request, canPrint, printByDefault, onClose, onRefused, onCheckedIn }: Props & { request: CheckInRequest }) {
  const { t } = useTranslation();
  const { group, guests } = request;
  const [host, setHost] = useState(group.greeter ?? '');
  const [printBadges, setPrintBadges] = useState(printByDefault);
  const [ack, setAck] = useState(false);
  const [ackMissing, setAckMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [hostError, setHostError] = useState<string | null>(null);
  /** Main checked nobody in (each was already here, or no longer invited): why, per guest. */
  const [nobody, setNobody] = useState<PlannedGuestOutcome[] | null>(null);
  const ackRef = useRef<CheckboxRef>(null);
  const many = guests.length > 1;
  // Known before the attempt: guests on site under another visit. Main skips them too (the rule lives there);
  // the dialog says so up front, by name, and offers to check in the others.
  const onSite = guests.filter((g) => g.onSiteBadgeNo !== null);
  const rest = guests.length - onSite.length;

  // The acknowledgement is the one thing left to do: Space ticks it, Enter confirms. The dialog puts
  // focus on its close button as it opens; take it over on the next frame, so the first keys land here.
  useEffect(() => {
    const frame = requestAnimationFrame(() => ackRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  async function submit() {
    if (busy || rest === 0) return;
    if (!ack) {
      setAckMissing(true);
      ackRef.current?.focus();
      return;
    }
    const problem = schemaRuleText(HOST_SCHEMA, host);
    if (problem) {
      setHostError(problem);
      document.getElementById(HOST_INPUT_ID)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setNobody(null);
    try {
      const trimmedHost = host.trim();
      const result = await api.visits.checkInPlanned({
        planId: group.planId,
        personIds: guests.map((g) => g.personId),
        // Empty: main makes the plan's greeter the host.
        ...(trimmedHost ? { host: trimmedHost } : {}),
        privacyAck: true,
      });
      if (!result.ok) {
        setError(result.error);
        onRefused();
        return;
      }
      if (result.value.visits.length === 0) {
        // The list was stale (another desk got there first): say why for each, and catch up.
        setNobody(result.value.guests);
        onRefused();
        return;
      }
      onCheckedIn(result.value, canPrint && printBadges);
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || ownsEnter(e.target)) return;
    e.preventDefault();
    void submit();
  }

  return (
    <Modal
      open
      title={many ? t('arrivals.dialog.titleMany', { count: guests.length }) : t('arrivals.dialog.titleOne')}
      onCancel={onClose}
      // The panel decides where focus goes next (the guest search), not the button that opened this.
      focusTriggerAfterClose={false}
      width={600}
      // Enter confirms from anywhere in the dialog, its frame included.
      modalRender={(node) => <div onKeyDown={onKeyDown}>{node}</div>}
      footer={modalFooter({
        onCancel: onClose,
        cancelText: t('arrivals.dialog.cancel'),
        onOk: () => void submit(),
        okText: (
          <>
            {onSite.length > 0 && many ? t('deskFlow.dialog.submitRest', { count: rest }) : t('arrivals.dialog.submit')}
            <kbd className="btn-kbd">Enter</kbd>
          </>
        ),
        busy,
        okDisabled: rest === 0,
        okTestId: 'arrival-dialog-submit',
      })}
    >
      <div className="checkin-planned" data-testid="arrival-dialog">
        <div className="checkin-planned__plan">
          <span className="checkin-planned__plan-title">{group.title}</span>
          {group.clientName && <span className="muted">{group.clientName}</span>}
        </div>
        {onSite.length > 0 && (
          <Alert
            type="warning"
            showIcon
            className="checkin-planned__skip"
            data-testid="arrival-dialog-skip"
            title={
              rest === 0
                ? t('deskFlow.dialog.noneLeft')
                : t('deskFlow.dialog.skipSummary', { names: onSite.map((g) => g.name).join(t('deskFlow.nameSeparator')), count: rest })
            }
            description={
              <ul className="checkin-planned__skip-list">
                {onSite.map((g) => (
                  <li key={g.key}>{t('deskFlow.dialog.skipped', { name: g.name, badgeNo: g.onSiteBadgeNo })}</li>
                ))}
              </ul>
            }
          />
        )}
        <GuestList guests={guests} />
        <div className="checkin-planned__fields">
          <label className="checkin-planned__field">
            <span className="checkin-planned__label">{t('arrivals.dialog.host')}</span>
            <Input
              id={HOST_INPUT_ID}
              value={host}
              onChange={(e) => {
                setHost(e.target.value);
                setHostError(schemaRuleText(HOST_SCHEMA, e.target.value));
              }}
              {...lengthCount(HOST_SCHEMA)}
              status={hostError ? 'error' : undefined}
              aria-invalid={hostError ? true : undefined}
              aria-describedby={hostError ? `${HOST_INPUT_ID}-error` : undefined}
              placeholder={t('arrivals.dialog.hostPlaceholder')}
              data-testid="arrival-dialog-host"
            />
          </label>
          {hostError && (
            <div id={`${HOST_INPUT_ID}-error`} className="checkin-planned__ack-error" role="alert" data-testid="arrival-dialog-host-error">
              {hostError}
            </div>
          )}
          {canPrint && (
            <Checkbox checked={printBadges} onChange={(e) => setPrintBadges(e.target.checked)} data-testid="arrival-dialog-print">
              {many ? t('arrivals.dialog.printMany') : t('arrivals.dialog.print')}
            </Checkbox>
          )}
        </div>
        <div className={ackMissing && !ack ? 'checkin-planned__ack checkin-planned__ack--missing' : 'checkin-planned__ack'}>
          <GroupPrivacyAck
            checked={ack}
            onChange={(checked) => {
              setAck(checked);
              if (checked) setAckMissing(false);
            }}
            many={many}
            checkboxRef={ackRef}
          />
          {ackMissing && !ack && (
            <div className="checkin-planned__ack-error" role="alert" data-testid="arrival-dialog-ack-error">
              {issueText('privacy.required')}
            </div>
          )}
        </div>
        {nobody && (
          <Alert
            type="error"
            showIcon
            className="checkin-planned__error"
            title={t('deskFlow.dialog.outcomesTitle')}
            description={
              <ul className="checkin-planned__skip-list">
                {nobody.map((g) => (
                  <li key={g.personId}>{outcomeText(t, g)}</li>
                ))}
              </ul>
            }
            data-testid="arrival-dialog-error"
          />
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            className="checkin-planned__error"
            title={errorText(error)}
            description={t('arrivals.failed')}
            data-testid="arrival-dialog-error"
          />
        )}
      </div>
    </Modal>
  );
}

/** Confirms a planned check-in: the names, the host (the greeter by default), badges, and the privacy acknowledgement. */
export function CheckInPlannedDialog(props: Props) {
  if (!props.request) return null;
  const key = props.request.guests.map((g) => g.key).join(',');
  return <CheckInPlannedForm key={key} {...props} request={props.request} />;
}
