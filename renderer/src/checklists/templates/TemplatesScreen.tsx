import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Segmented, Switch, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_KINDS, pickText, type ChecklistKind, type ChecklistTemplate } from '../../../../contract/checklists';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { useDesk } from '../../context/DeskContext';
import { errorText } from '../../lib/errors';
import { LevelRulesCard } from './LevelRulesCard';
import { draftOf } from './templateDraft';
import { TemplateEditor } from './TemplateEditor';

type KindFilter = ChecklistKind | 'all';

/** 模板: the checklist templates by kind, who gets them, switched on or off; and the reception levels' rules. */
export function TemplatesScreen() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { can } = useDesk();
  const mayManage = can('checklists.manage');
  const [templates, setTemplates] = useState<ChecklistTemplate[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [kind, setKind] = useState<KindFilter>('all');
  const [editing, setEditing] = useState<ChecklistTemplate | 'new' | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    const result = await api.checklists.templates({ includeInactive: true });
    setLoading(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setTemplates(result.value);
  }, []);
  useEffect(() => void load(), [load]);

  const setActive = async (template: ChecklistTemplate, active: boolean) => {
    const result = await api.checklists.saveTemplate({ ...draftOf(template), active });
    if (!result.ok) return message.error(errorText(result.error));
    setTemplates((list) => list.map((x) => (x.id === template.id ? result.value : x)));
    const name = pickText(result.value.name, i18n.language);
    message.success(t(active ? 'checklists.templates.activeOn' : 'checklists.templates.activeOff', { name }));
  };

  const tags = (values: string[], prefix: string) =>
    values.length === 0 ? <Tag>{t('checklists.templates.all')}</Tag> : values.map((v) => <Tag key={v}>{t(`${prefix}.${v}`)}</Tag>);

  const shown = templates.filter((x) => kind === 'all' || x.kind === kind);
  return (
    <div className="templates-screen" data-testid="templates-screen">
      <div className="checklists-toolbar">
        <Segmented
          aria-label={t('checklists.templates.kindFilter')}
          value={kind}
          onChange={(value) => setKind(value as KindFilter)}
          options={[{ value: 'all', label: t('checklists.templates.allKinds') }, ...CHECKLIST_KINDS.map((k) => ({ value: k, label: t(`checklists.kind.${k}`) }))]}
        />
        {mayManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="template-add">
            {t('checklists.templates.add')}
          </Button>
        )}
      </div>
      {!mayManage && <Alert type="info" showIcon message={t('checklists.templates.readOnly')} />}
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      <Table
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={shown}
        pagination={false}
        onRow={(record) => ({ 'data-testid': 'template-row', 'data-name': record.name.zh }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'name',
            title: t('checklists.templates.columns.name'),
            render: (_, x) => (
              <span className={x.active ? undefined : 'checklists-muted'}>
                {pickText(x.name, i18n.language)} {x.builtIn && <Tag color="blue">{t('checklists.templates.builtIn')}</Tag>}
              </span>
            ),
          },
          { key: 'kind', title: t('checklists.templates.columns.kind'), width: 110, render: (_, x) => t(`checklists.kind.${x.kind}`) },
          {
            key: 'appliesTo',
            title: t('checklists.templates.columns.appliesTo'),
            render: (_, x) => (
              <div className="tpl-applies">
                <span>
                  <Typography.Text type="secondary">{t('checklists.templates.editor.levels')}</Typography.Text>
                  {tags(x.levels, 'checklists.level')}
                </span>
                <span>
                  <Typography.Text type="secondary">{t('checklists.templates.editor.visitTypes')}</Typography.Text>
                  {tags(x.visitTypes, 'checklists.visitType')}
                </span>
                <span>
                  <Typography.Text type="secondary">{t('checklists.templates.editor.clientTiers')}</Typography.Text>
                  {tags(x.clientTiers, 'checklists.tier')}
                </span>
              </div>
            ),
          },
          {
            key: 'items',
            title: t('checklists.templates.columns.items'),
            width: 90,
            render: (_, x) => t('checklists.templates.itemsCount', { count: x.sections.reduce((n, s) => n + s.items.length, 0) }),
          },
          {
            key: 'active',
            title: t('checklists.templates.columns.active'),
            width: 80,
            render: (_, x) => (
              <Switch
                checked={x.active}
                disabled={!mayManage}
                aria-label={`${t('checklists.templates.columns.active')} ${pickText(x.name, i18n.language)}`}
                onChange={(on) => void setActive(x, on)}
                data-testid="template-active"
              />
            ),
          },
          {
            key: 'actions',
            title: t('checklists.templates.columns.actions'),
            width: 100,
            render: (_, x) =>
              mayManage && (
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(x)} data-testid="template-edit">
                  {t('checklists.templates.edit')}
                </Button>
              ),
          },
        ]}
      />
      <LevelRulesCard readOnly={!mayManage} />
      {editing && (
        <TemplateEditor
          template={editing === 'new' ? null : editing}
          onSaved={(saved) => setTemplates((list) => (list.some((x) => x.id === saved.id) ? list.map((x) => (x.id === saved.id ? saved : x)) : [...list, saved]))}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
