import { Card, Flex, Form, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_TARGETS, type ImportTarget } from '../../../contract/data-import';
import type { PlanSummary } from '../../../contract/plans';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { ImportWizard } from './ImportWizard';

const OPEN_STATUSES = ['draft', 'confirmed', 'in_progress'] as const;

/** Open plans by title, for a guest list to go onto (a closed plan's list no longer changes). */
function usePlanOptions(query: string) {
  const [plans, setPlans] = useState<PlanSummary[]>([]);
  useEffect(() => {
    let live = true;
    void api.plans.list({ status: [...OPEN_STATUSES], ...(query.trim() && { query: query.trim() }), order: 'desc', limit: 30 }).then((r) => live && r.ok && setPlans(r.value.items));
    return () => {
      live = false;
    };
  }, [query]);
  return plans;
}

/** 报表 › 导入: what to import into (a plan's guests, people, clients), then the wizard. */
export function ImportScreen() {
  const { t } = useTranslation();
  const { can } = useDesk();
  const allowed = IMPORT_TARGETS.filter((target) => can(target === 'planGuests' ? 'plans.manage' : 'clients.manage'));
  const [target, setTarget] = useState<ImportTarget>(allowed[0] ?? 'planGuests');
  const [planId, setPlanId] = useState<string | undefined>();
  const [query, setQuery] = useState('');
  const plans = usePlanOptions(query);
  const ready = target !== 'planGuests' || !!planId;
  return (
    <Card title={t('dataImport.title')} data-testid="import-screen">
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">{t('dataImport.intro')}</Typography.Text>
        <Form layout="inline">
          <Form.Item label={t('dataImport.target')}>
            <Radio.Group value={target} onChange={(e) => setTarget(e.target.value as ImportTarget)} optionType="button" options={allowed.map((v) => ({ value: v, label: t(`dataImport.targets.${v}`) }))} data-testid="import-target" />
          </Form.Item>
          {target === 'planGuests' && (
            <Form.Item label={t('dataImport.plan')}>
              <Select
                showSearch={{ filterOption: false, onSearch: setQuery }}
                value={planId}
                onChange={setPlanId}
                placeholder={t('dataImport.planPlaceholder')}
                options={plans.map((p) => ({ value: p.id, label: `${p.title}${p.arrivalAt ? ` · ${p.arrivalAt.slice(0, 10)}` : ''}` }))}
                style={{ minWidth: 320 }}
                data-testid="import-plan"
              />
            </Form.Item>
          )}
        </Form>
        {ready ? <ImportWizard key={`${target}-${planId ?? ''}`} target={target} planId={planId} /> : <Typography.Text type="secondary">{t('dataImport.pickPlanFirst')}</Typography.Text>}
      </Flex>
    </Card>
  );
}
