import { Alert, Button, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonMatch } from '../../../contract/clients';
import { matchReasonText } from '../lib/errors';

interface Props {
  matches: PersonMatch[];
  onUse: (personId: string) => void;
}

/** Who this may already be, strongest first, with why; ID numbers only masked. */
export function PersonMatches({ matches, onUse }: Props) {
  const { t } = useTranslation();
  if (matches.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="person-matches"
      data-testid="person-matches"
      title={t('people.matches.title')}
      description={
        <>
          <Typography.Paragraph type="secondary" className="person-matches__hint">
            {t('people.matches.hint')}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={matches}
            renderItem={(m) => <MatchRow key={m.person.id} match={m} onUse={onUse} />}
          />
        </>
      }
    />
  );
}

export function MatchRow({ match, onUse }: { match: PersonMatch; onUse: (personId: string) => void }) {
  const { t } = useTranslation();
  const p = match.person;
  return (
    <List.Item
      className="person-match"
      data-testid="person-match"
      actions={[
        <Button key="use" size="small" onClick={() => onUse(p.id)} data-testid="person-match-use">
          {t('people.matches.use')}
        </Button>,
      ]}
    >
      <div className="person-match__body">
        <Space size={6} wrap>
          <strong>{p.name}</strong>
          {(p.clientName || p.company) && <span className="muted">{p.clientName || p.company}</span>}
          {match.reasons.map((r) => (
            <Tag key={r} color={r === 'name' ? undefined : 'orange'} className="person-match__reason">
              {matchReasonText(r)}
            </Tag>
          ))}
        </Space>
        <div className="person-match__facts muted">
          {[p.title, p.phone, p.idMasked].filter(Boolean).join(' · ')}
        </div>
      </div>
    </List.Item>
  );
}
