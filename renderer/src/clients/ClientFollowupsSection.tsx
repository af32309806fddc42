import { DeleteOutlined, MessageOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, DatePicker, Empty, Input, List, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../contract/clients';
import { followupFields, type FollowupSummary, type Milestone } from '../../../contract/followups';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { StartFollowupModal } from '../directory/StartFollowupModal';
import { errorText } from '../lib/errors';
import { lengthCount } from '../lib/fieldLimit';
import { schemaRuleText } from '../lib/schemaRule';
import { pageHash } from '../lib/useHashRoute';

/**
 * 跟进 on a client's detail: its follow-up sequences (opening one goes to the
 * follow-ups screen), its milestones (dates the account manager is reminded
 * of every year), and a button to start a new sequence.
 */
export function ClientFollowupsSection({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const { message } = App.useApp();
  const [followups, setFollowups] = useState<FollowupSummary[]>([]);
  const [milestones, setMilestones] = useState<Milestone[]>([]);
  const [starting, setStarting] = useState(false);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState<Dayjs | null>(null);
  const [yearly, setYearly] = useState(true);
  const manage = can('followups.manage');

  const load = useCallback(async () => {
    const [list, marks] = await Promise.all([api.followups.list({ clientId: client.id, filter: 'all' }), api.followups.milestones({ clientId: client.id })]);
    if (list.ok) setFollowups(list.value);
    if (marks.ok) setMilestones(marks.value);
  }, [client.id]);

  useEffect(() => {
    void load();
  }, [load]);

  const titleProblem = title === '' ? null : schemaRuleText(followupFields.milestoneTitle, title);
  async function addMilestone() {
    if (!date || title.trim() === '' || titleProblem) return;
    const result = await api.followups.saveMilestone({ clientId: client.id, title: title.trim(), date: date.format('YYYY-MM-DD'), yearly });
    if (!result.ok) return void message.error(errorText(result.error));
    setMilestones(result.value);
    setTitle('');
    setDate(null);
  }
  async function removeMilestone(id: string) {
    const result = await api.followups.removeMilestone({ id });
    if (!result.ok) return void message.error(errorText(result.error));
    setMilestones(result.value);
  }

  return (
    <section className="client-followups" data-testid="client-followups">
      <div className="client-detail__people-head">
        <Typography.Title level={5}>{t('followups.client.section')}</Typography.Title>
        {manage && (
          <Button icon={<MessageOutlined />} onClick={() => setStarting(true)} data-testid="client-followup-start">
            {t('followups.start')}
          </Button>
        )}
      </div>
      <List
        size="small"
        bordered
        dataSource={followups}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('followups.client.none')} /> }}
        renderItem={(f) => (
          <List.Item
            data-testid="client-followup"
            actions={[
              <Button key="open" type="link" size="small" href={pageHash('followups', f.id)}>
                {t('followups.client.open')}
              </Button>,
            ]}
          >
            <Space wrap>
              <strong>{f.title}</strong>
              <Tag>{t(`followups.status.${f.status}`)}</Tag>
              {f.overdue && <Tag color="red">{t('followups.overdue')}</Tag>}
              <span className="muted">
                {f.ownerName} · {t('followups.progress', { done: f.stepsDone, total: f.stepsTotal })}
                {f.nextStep && ` · ${f.nextStep.title} ${f.nextStep.dueDay}`}
              </span>
            </Space>
          </List.Item>
        )}
      />
      <Typography.Title level={5} className="client-followups__milestones-title">
        {t('followups.milestones.title')}
      </Typography.Title>
      <List
        size="small"
        dataSource={milestones}
        data-testid="client-milestones"
        locale={{ emptyText: t('followups.milestones.empty') }}
        renderItem={(m) => (
          <List.Item
            data-testid="client-milestone"
            actions={
              manage
                ? [<Button key="remove" size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('followups.milestones.remove')} onClick={() => void removeMilestone(m.id)} />]
                : []
            }
          >
            <Space>
              <span className="mono">{m.date}</span>
              <span>{m.title}</span>
              {m.yearly && <Tag>{t('followups.milestones.yearly')}</Tag>}
            </Space>
          </List.Item>
        )}
      />
      {manage && (
        <Space wrap className="client-followups__add">
          <Input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('followups.milestones.name')}
            status={titleProblem ? 'error' : undefined}
            title={titleProblem ?? undefined}
            {...lengthCount(followupFields.milestoneTitle)}
            data-testid="milestone-title"
          />
          <DatePicker value={date} onChange={setDate} placeholder={t('followups.milestones.date')} data-testid="milestone-date" />
          <Checkbox checked={yearly} onChange={(e) => setYearly(e.target.checked)}>
            {t('followups.milestones.yearly')}
          </Checkbox>
          <Button icon={<PlusOutlined />} disabled={!date || title.trim() === '' || titleProblem !== null} onClick={() => void addMilestone()} data-testid="milestone-add">
            {t('followups.milestones.add')}
          </Button>
        </Space>
      )}
      <StartFollowupModal
        open={starting}
        client={{ id: client.id, name: client.name }}
        onClose={() => setStarting(false)}
        onStarted={(f) => {
          setStarting(false);
          window.location.hash = pageHash('followups', f.id);
        }}
      />
    </section>
  );
}
