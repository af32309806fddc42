import { CarOutlined, HomeOutlined, ToolOutlined } from '@ant-design/icons';
import { Select, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RESOURCE_KINDS, type BookingConflict, type Resource } from '../../../../../contract/plans';
import type { ResourceKind } from './bookingRows';

export const KIND_ICONS: Record<ResourceKind, ReactNode> = { room: <HomeOutlined />, vehicle: <CarOutlined />, other: <ToolOutlined /> };

interface Props {
  value: string | null;
  resources: Resource[];
  /** Who holds each resource during the visit; null when the plan has no times yet. */
  taken: Map<string, BookingConflict[]> | null;
  headcount: number;
  /** Resources already on this plan, marked so they are not added twice by accident. */
  bookedIds: ReadonlySet<string>;
  placeholder?: string;
  disabled?: boolean;
  onChange: (resource: Resource) => void;
  testId: string;
  className?: string;
  /** What the picker is for, read out by screen readers (it sits in a table cell, with no label of its own). */
  'aria-label': string;
}

type Option = { value: string; label: string; resource: Resource; searchText: string };

/** Rooms, vehicles and other resources, grouped, with capacity against the party and who holds each during the visit. */
export function ResourceSelect({ value, resources, taken, headcount, bookedIds, placeholder, disabled, onChange, testId, className, 'aria-label': ariaLabel }: Props) {
  const { t } = useTranslation();
  const active = resources.filter((r) => r.active || r.id === value);
  const groups = RESOURCE_KINDS.map((kind) => ({
    label: t(`planTeam.bookings.kinds.${kind}`),
    title: kind,
    options: active.filter((r) => r.kind === kind).map((r): Option => ({ value: r.id, label: r.name, resource: r, searchText: `${r.name} ${r.notes}` })),
  })).filter((g) => g.options.length > 0);

  function availability(r: Resource): ReactNode {
    const holders = taken?.get(r.id) ?? [];
    if (holders.length === 1) return <Tag color="error">{t('planTeam.bookings.takenBy', { title: holders[0]!.planTitle })}</Tag>;
    if (holders.length > 1) return <Tag color="error">{t('planTeam.bookings.takenByMany', { count: holders.length })}</Tag>;
    return taken ? <Tag color="success">{t('planTeam.bookings.free')}</Tag> : null;
  }

  function capacity(r: Resource): ReactNode {
    if (r.capacity === null) return <span className="resource-option__muted">{t('planTeam.bookings.noCapacity')}</span>;
    // A room must seat the whole party; vehicles add up, so one small car is no warning.
    const short = r.kind === 'room' && r.capacity < headcount;
    return (
      <span className={short ? 'resource-option__short' : 'resource-option__muted'} title={short ? t('planTeam.bookings.tooSmall', { capacity: r.capacity, count: headcount }) : undefined}>
        {t('planTeam.bookings.capacity', { count: r.capacity })}
      </span>
    );
  }

  return (
    <Select<string, Option>
      // null (not undefined) keeps the picker controlled and empty after each pick.
      value={value}
      placeholder={placeholder}
      disabled={disabled}
      options={groups as never}
      showSearch={{ optionFilterProp: 'searchText' }}
      popupMatchSelectWidth={false}
      aria-label={ariaLabel}
      className={className}
      onChange={(_id, option) => {
        const picked = Array.isArray(option) ? option[0] : option;
        if (picked?.resource) onChange(picked.resource);
      }}
      popupRender={(menu) => (
        <>
          {menu}
          <div className="resource-popup-foot">{t(taken ? 'planTeam.bookings.pickerFootWindow' : 'planTeam.bookings.pickerFoot', { count: headcount })}</div>
        </>
      )}
      labelRender={({ value: id }) => {
        const r = resources.find((x) => x.id === id);
        return r ? (
          <span className="resource-label">
            {KIND_ICONS[r.kind]} {r.name}
            {r.capacity !== null && <span className="resource-label__capacity">{t('planTeam.bookings.capacity', { count: r.capacity })}</span>}
          </span>
        ) : (
          id
        );
      }}
      optionRender={(option) => {
        const r = (option.data as Option).resource;
        return (
          <div className="resource-option" data-testid="resource-option" data-name={r.name}>
            <span className="resource-option__name">
              {KIND_ICONS[r.kind]} {r.name}
            </span>
            {capacity(r)}
            {availability(r)}
            {bookedIds.has(r.id) && r.id !== value && <Tag>{t('planTeam.bookings.alreadyAdded')}</Tag>}
          </div>
        );
      }}
      data-testid={testId}
    />
  );
}
