import { CheckCircleFilled, DownOutlined, LoginOutlined, RightOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Checkbox, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pageHash } from '../../lib/useHashRoute';
import { TIER_COLORS } from '../../directory/TierTag';
import { hasArrived, type ArrivalGroup, type ArrivalGuest } from './arrivalGroups';

interface Props {
  group: ArrivalGroup;
  /** The group's guests that pass the filter, in order. */
  children: ReactNode;
  selectedKeys: ReadonlySet<string>;
  canRegister: boolean;
  canOpenPlan: boolean;
  /** While the receptionist searches, every matching guest shows, even in a group that has all arrived. */
  searching: boolean;
  onSelectAll: (guests: ArrivalGuest[], selected: boolean) => void;
  onCheckIn: (guests: ArrivalGuest[]) => void;
}

/** `09:30`, or `11-26 09:30` for a visit that began on an earlier day. */
function arrivalText(at: string | null): string {
  if (!at) return '—';
  const when = dayjs(at);
  return when.isSame(dayjs(), 'day') ? when.format('HH:mm') : when.format('MM-DD HH:mm');
}

/** A plan's guests under one header: when, who, how important, who greets them, and how many are here. */
export function ArrivalGroupCard({ group, children, selectedKeys, canRegister, canOpenPlan, searching, onSelectAll, onCheckIn }: Props) {
  const { t } = useTranslation();
  const waiting = group.guests.filter((g) => !hasArrived(g));
  const selected = waiting.filter((g) => selectedKeys.has(g.key));
  const arrived = group.guests.length - waiting.length;
  // A group that has all arrived folds away, so the groups still expected stay in view; it can be reopened.
  const [expanded, setExpanded] = useState<boolean | null>(null);
  const open = searching || (expanded ?? waiting.length > 0);
  // Selected rows narrow "check in all" to just them.
  const target = selected.length > 0 ? selected : waiting;

  return (
    <section className={`arrival-group arrival-group--${group.level}${open ? '' : ' arrival-group--folded'}`} data-testid="arrival-group" data-plan={group.planId}>
      <header className="arrival-group__head">
        {canRegister && waiting.length > 0 && (
          <Checkbox
            className="arrival-group__check"
            checked={waiting.length > 0 && selected.length === waiting.length}
            indeterminate={selected.length > 0 && selected.length < waiting.length}
            disabled={waiting.length === 0}
            onChange={(e) => onSelectAll(waiting, e.target.checked)}
            aria-label={t('arrivals.group.selectAll')}
          />
        )}
        <span className="arrival-group__time">
          {arrivalText(group.arrivalAt)}
        </span>
        <span className="arrival-group__what">
          <span className="arrival-group__title-line">
            {canOpenPlan ? (
              <Tooltip title={t('arrivals.group.openPlan')}>
                <a className="arrival-group__title" href={pageHash('plans', group.planId)} data-testid="arrival-group-title">
                  {group.title}
                </a>
              </Tooltip>
            ) : (
              <span className="arrival-group__title" data-testid="arrival-group-title">
                {group.title}
              </span>
            )}
            <Tag color={TIER_COLORS[group.level]} className="arrival-group__level" data-level={group.level}>
              {t(`receptionLevels.${group.level}`)}
            </Tag>
          </span>
          <span className="arrival-group__facts">
            {group.clientName && <span className="arrival-group__client">{group.clientName}</span>}
            <span className="arrival-group__greeter">
              <UserOutlined aria-hidden /> {group.greeter ? t('arrivals.group.greeter', { name: group.greeter }) : t('arrivals.group.noGreeter')}
            </span>
          </span>
        </span>
        <span className="arrival-group__count" data-testid="arrival-group-count">
          {waiting.length === 0 ? (
            <span className="arrival-group__done">
              <CheckCircleFilled aria-hidden /> {t('arrivals.group.allArrived')}
              {!searching && (
                <Button
                  type="link"
                  size="small"
                  icon={open ? <DownOutlined /> : <RightOutlined />}
                  aria-expanded={open}
                  onClick={() => setExpanded(!open)}
                  data-testid="arrival-group-toggle"
                >
                  {open ? t('arrivals.group.hideGuests') : t('arrivals.group.showGuests')}
                </Button>
              )}
            </span>
          ) : (
            t('arrivals.group.arrived', { arrived, total: group.guests.length })
          )}
        </span>
        {canRegister && waiting.length > 0 && (
          <Button
            type="primary"
            icon={<LoginOutlined />}
            onClick={() => onCheckIn(target)}
            data-testid="arrival-group-checkin"
            className="arrival-group__action"
          >
            {selected.length > 0
              ? t('arrivals.group.checkInSelected', { count: selected.length })
              : t('arrivals.group.checkInAll', { count: waiting.length })}
          </Button>
        )}
      </header>
      {open && <div className="arrival-group__rows">{children}</div>}
    </section>
  );
}
