import { CrownFilled, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Radio, Table, Tooltip, type TableColumnsType } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TOOLBAR_STUCK_BOTTOM } from './SectionToolbar';
import { lengthCount } from '../../lib/fieldLimit';
import { NEED_KEYS, NEED_SCHEMA, needTooLong, type GuestRow, type NeedKey } from './guestRows';

interface Props {
  rows: GuestRow[];
  readOnly: boolean;
  onLead: (personId: string) => void;
  onNeed: (personId: string, key: NeedKey, value: string) => void;
  onRemove: (personId: string) => void;
  /** Absent when the user may not change directory records. */
  onEdit?: (personId: string) => void;
}

/** Enter in a needs cell goes down a line in the same column, as in a sheet. */
function focusBelow(event: KeyboardEvent<HTMLInputElement>, key: NeedKey) {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  event.preventDefault();
  event.currentTarget.closest('tr')?.nextElementSibling?.querySelector<HTMLInputElement>(`[data-testid="guest-need-${key}"]`)?.focus();
}

/** The guest list: directory facts as text, the lead and this visit's needs editable in the row. */
export function GuestTable({ rows, readOnly, onLead, onNeed, onRemove, onEdit }: Props) {
  const { t } = useTranslation();

  const needColumns: TableColumnsType<GuestRow> = NEED_KEYS.map((key) => ({
    key,
    title: t(`planEditor.guests.columns.${key}`),
    render: (_, g) => {
      if (readOnly) return <span className="guest-need-text">{g.needs[key] || <span className="muted">—</span>}</span>;
      // Kept whole as typed or pasted; over main's maximum the cell is marked and the save refused.
      const over = needTooLong(g, key);
      return (
        <Tooltip title={over ? t('forms.tooLong', over) : undefined}>
          <Input
            size="small"
            value={g.needs[key]}
            {...lengthCount(NEED_SCHEMA[key], 'whenOver')}
            status={over ? 'error' : undefined}
            aria-invalid={over ? true : undefined}
            onChange={(e) => onNeed(g.personId, key, e.target.value)}
            onKeyDown={(e) => focusBelow(e, key)}
            aria-label={`${g.name} ${t(`planEditor.guests.columns.${key}`)}`}
            data-testid={`guest-need-${key}`}
          />
        </Tooltip>
      );
    },
  }));

  const columns: TableColumnsType<GuestRow> = [
    {
      key: 'lead',
      title: t('planEditor.guests.columns.lead'),
      width: 56,
      align: 'center',
      render: (_, g) =>
        readOnly ? (
          g.isLead && <CrownFilled className="guest-lead-icon" aria-label={t('planEditor.guests.lead')} data-testid="guest-lead-mark" />
        ) : (
          <Tooltip title={t('planEditor.guests.makeLead')}>
            <Radio
              name="plan-lead-guest"
              checked={g.isLead}
              onChange={() => onLead(g.personId)}
              aria-label={`${t('planEditor.guests.makeLead')}: ${g.name}`}
              data-testid="guest-lead"
            />
          </Tooltip>
        ),
    },
    {
      key: 'name',
      title: t('planEditor.guests.columns.name'),
      width: 104,
      render: (_, g) => (
        <strong className="guest-name" data-testid="guest-name">
          {g.name}
        </strong>
      ),
    },
    { key: 'title', title: t('planEditor.guests.columns.title'), dataIndex: 'title', width: 110, ellipsis: true },
    { key: 'company', title: t('planEditor.guests.columns.company'), dataIndex: 'company', width: 160, ellipsis: true },
    { key: 'phone', title: t('planEditor.guests.columns.phone'), width: 124, render: (_, g) => <span className="mono">{g.phone}</span> },
    ...needColumns,
  ];
  if (!readOnly) {
    columns.push({
      key: 'actions',
      title: t('planEditor.guests.columns.actions'),
      width: 80,
      render: (_, g) => (
        <span className="row-actions">
          {onEdit && (
            <Tooltip title={t('planEditor.guests.edit')}>
              <Button size="small" type="text" icon={<EditOutlined />} aria-label={`${t('planEditor.guests.edit')}: ${g.name}`} onClick={() => onEdit(g.personId)} data-testid="guest-edit" />
            </Tooltip>
          )}
          <Tooltip title={t('planEditor.guests.remove')}>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('planEditor.guests.remove')}: ${g.name}`} onClick={() => onRemove(g.personId)} data-testid="guest-remove" />
          </Tooltip>
        </span>
      ),
    });
  }

  return (
    <div data-testid="guest-table">
      <Table<GuestRow>
        rowKey="personId"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        sticky={{ offsetHeader: TOOLBAR_STUCK_BOTTOM }}
        rowClassName={(g) => (g.isLead ? 'guest-row guest-row--lead' : 'guest-row')}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('planEditor.guests.empty')} /> }}
      />
    </div>
  );
}
