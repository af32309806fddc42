import { LoginOutlined } from '@ant-design/icons';
import { Button, Checkbox, Tag, Tooltip } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../lib/format';
import { hasArrived, type ArrivalGuest } from './arrivalGroups';
import { NeedTags } from './NeedTags';

interface Props {
  guest: ArrivalGuest;
  active: boolean;
  selected: boolean;
  canRegister: boolean;
  rowRef: Ref<HTMLDivElement>;
  onToggle: (selected: boolean) => void;
  onCheckIn: () => void;
  onActivate: () => void;
}

function ArrivedState({ guest }: { guest: ArrivalGuest }) {
  const { t } = useTranslation();
  const left = guest.checkOutAt !== null;
  const label = left
    ? t('arrivals.guest.left', { time: formatClock(guest.checkOutAt) })
    : guest.checkInAt
      ? t('arrivals.guest.onSite', { time: formatClock(guest.checkInAt) })
      : t('arrivals.guest.onSiteNoTime');
  return (
    <span className="arrival-state" data-testid="arrival-state">
      <Tag color={left ? undefined : 'success'} className="arrival-state__tag">
        {label}
      </Tag>
      <span className="badge-no">{guest.badgeNo}</span>
    </span>
  );
}

/** One expected guest: who, how to reach them, what they need, and their state or a check-in button. */
export function ArrivalRow({ guest, active, selected, canRegister, rowRef, onToggle, onCheckIn, onActivate }: Props) {
  const { t } = useTranslation();
  const arrived = hasArrived(guest);
  const className = ['arrival-row', arrived && 'arrival-row--arrived', active && 'arrival-row--active', selected && 'arrival-row--selected']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      ref={rowRef}
      className={className}
      data-testid="arrival-row"
      data-state={arrived ? 'arrived' : 'expected'}
      aria-current={active || undefined}
      onClick={onActivate}
    >
      {canRegister && (
        <span className="arrival-row__check">
          {!arrived && (
            <Checkbox
              checked={selected}
              onChange={(e) => onToggle(e.target.checked)}
              aria-label={t('arrivals.guest.select', { name: guest.name })}
              data-testid="arrival-select"
            />
          )}
        </span>
      )}
      <span className="arrival-row__who">
        <span className="arrival-row__name">
          <span className="arrival-row__name-text">{guest.name}</span>
          {guest.isLead && (
            <Tag color="blue" className="arrival-row__lead" data-testid="arrival-lead">
              {t('arrivals.guest.lead')}
            </Tag>
          )}
        </span>
        <span className="arrival-row__org">{[guest.title, guest.company].filter(Boolean).join(' · ')}</span>
      </span>
      <span className="arrival-row__phone">{guest.phone}</span>
      <span className="arrival-row__needs">
        <NeedTags needs={guest.needs} />
      </span>
      <span className="arrival-row__state">
        {arrived ? (
          <ArrivedState guest={guest} />
        ) : guest.onSiteBadgeNo ? (
          // Here already under another visit: nothing to check in until they are checked out of it.
          <Tooltip title={t('deskFlow.onSiteElsewhereHint', { name: guest.name, badgeNo: guest.onSiteBadgeNo })}>
            <Tag color="orange" className="arrival-state__tag" data-testid="arrival-onsite" tabIndex={0}>
              {t('deskFlow.onSiteElsewhere', { badgeNo: guest.onSiteBadgeNo })}
            </Tag>
          </Tooltip>
        ) : canRegister ? (
          <Button
            size="small"
            type="primary"
            ghost
            icon={<LoginOutlined />}
            onClick={(e) => {
              e.stopPropagation();
              onCheckIn();
            }}
            data-testid="arrival-checkin"
          >
            {t('arrivals.guest.checkIn')}
          </Button>
        ) : (
          <Tag className="arrival-state__tag" data-testid="arrival-state">
            {t('arrivals.guest.waiting')}
          </Tag>
        )}
      </span>
    </div>
  );
}
