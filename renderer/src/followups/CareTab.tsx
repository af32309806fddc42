import { CheckOutlined, GiftOutlined, StarOutlined, TrophyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Form, Input, List, Modal, Space, Switch, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followups, type CareKind, type CareReminder, type Festival } from '../../../contract/followups';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { TierTag } from '../directory/TierTag';
import { errorText } from '../lib/errors';
import { lengthCount } from '../lib/fieldLimit';
import { modalFooter } from '../lib/modalFooter';
import { daysFromToday, formatDueDay } from './dueDay';

const ICONS: Record<CareKind, React.ReactNode> = { birthday: <GiftOutlined />, festival: <StarOutlined />, milestone: <TrophyOutlined /> };
/** Festivals dated by the lunar calendar (the package converts them each year): named as such beside their day. */
const LUNAR: ReadonlySet<Festival> = new Set(['springFestival', 'lantern', 'dragonBoat', 'midAutumn', 'doubleNinth']);
/** The note's limit, as careDone takes it. */
const CARE_NOTE = followups.careDone.input.shape.note;
/** How many of a festival's clients are named before "and N more". */
const CLIENTS_SHOWN = 4;

/** Upcoming care reminders (birthdays, festivals, milestones) with their day; each marked done with a note. */
export function CareTab() {
  const { t } = useTranslation();
  const { can } = useDesk();
  const { message } = App.useApp();
  const [mine, setMine] = useState(true);
  const [rows, setRows] = useState<CareReminder[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [marking, setMarking] = useState<CareReminder | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const result = await api.followups.care({ mine });
    setRows(result.ok ? result.value : []);
    setError(result.ok ? null : result.error);
  }, [mine]);
  useEffect(() => {
    void load();
  }, [load]);

  const what = (r: CareReminder) =>
    r.kind === 'festival' ? t(`followups.festivals.${r.festival}`) : r.kind === 'birthday' ? t('followups.care.birthdayOf', { name: r.title }) : r.title;
  const when = (day: string) => {
    const n = daysFromToday(day);
    return n === 0 ? t('followups.care.today') : n > 0 ? t('followups.care.daysLeft', { count: n }) : t('followups.care.past', { count: -n });
  };

  async function markDone() {
    if (!marking || busy) return;
    setBusy(true);
    try {
      const result = await api.followups.careDone({ key: marking.key, note: note.trim() });
      if (!result.ok) return void message.error(errorText(result.error));
      setRows((all) => all.map((r) => (r.key === marking.key ? result.value : r)));
      setMarking(null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="care-tab" data-testid="care-tab">
      <div className="followups-toolbar">
        <Typography.Text type="secondary">{t('followups.care.intro')}</Typography.Text>
        <span className="followups-toolbar__spacer" />
        <Space>
          <Switch checked={mine} onChange={setMine} data-testid="care-mine" />
          {t('followups.care.mine')}
        </Space>
      </div>
      {error && <Alert type="warning" showIcon title={errorText(error)} />}
      <List
        bordered
        dataSource={rows}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('followups.care.empty')} /> }}
        renderItem={(r) => (
          <List.Item
            className={r.done ? 'care-item care-item--done' : 'care-item'}
            data-testid="care-item"
            data-kind={r.kind}
            actions={[
              r.done ? (
                <Tag key="done" color="green" icon={<CheckOutlined />}>
                  {t('followups.care.done')}
                </Tag>
              ) : can('followups.work') ? (
                <Button
                  key="mark"
                  size="small"
                  onClick={() => {
                    setNote('');
                    setMarking(r);
                  }}
                  data-testid="care-mark"
                >
                  {t('followups.care.markDone')}
                </Button>
              ) : null,
            ]}
          >
            <List.Item.Meta
              avatar={<span className={`care-icon care-icon--${r.kind}`}>{ICONS[r.kind]}</span>}
              title={
                <Space size={6} wrap>
                  <Tag>{t(`followups.care.kinds.${r.kind}`)}</Tag>
                  {/* The tag already says which kind: the line names who or what. */}
                  <strong data-testid="care-what">{r.kind === 'birthday' ? r.title : what(r)}</strong>
                  {r.festival && LUNAR.has(r.festival) && <span className="muted">{t('followups.lunarNote')}</span>}
                </Space>
              }
              description={
                <div className="care-item__facts">
                  <span className="care-item__day">
                    {formatDueDay(r.day)} · <span className={daysFromToday(r.day) <= 1 ? 'care-item__soon' : undefined}>{when(r.day)}</span>
                  </span>
                  <span>
                    {r.clients.slice(0, CLIENTS_SHOWN).map((c) => (
                      <span key={c.id} className="care-item__client">
                        <TierTag tier={c.tier} />
                        {c.name}
                      </span>
                    ))}
                    {r.clients.length > CLIENTS_SHOWN && <span className="muted">{t('followups.care.moreClients', { count: r.clients.length - CLIENTS_SHOWN })}</span>}
                  </span>
                  <span className="muted">{t('followups.care.ownerIs', { name: r.ownerName })}</span>
                  {r.done && r.note && <span className="care-item__note">{r.note}</span>}
                </div>
              }
            />
          </List.Item>
        )}
      />
      <Modal
        open={marking !== null}
        title={marking ? t('followups.care.doneTitle', { what: what(marking) }) : ''}
        onCancel={() => setMarking(null)}
        footer={modalFooter({ onCancel: () => setMarking(null), cancelText: t('followups.dialogs.cancel'), onOk: () => void markDone(), okText: t('followups.dialogs.ok'), busy, okTestId: 'care-done-ok' })}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={t('followups.care.note')}>
            <Input value={note} {...lengthCount(CARE_NOTE)} onChange={(e) => setNote(e.target.value)} data-testid="care-note" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
