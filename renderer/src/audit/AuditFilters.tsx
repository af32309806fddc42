import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { actionLabel } from './auditLabels';
import { audit } from '../../../contract/audit';
import { maxLengthOf } from '../lib/fieldLimit';
import type { AuditFilter } from './useAuditLog';

interface Values {
  range: [Dayjs | null, Dayjs | null] | null;
  actor: string;
  action: string | undefined;
  text: string;
}

interface Props {
  actions: string[];
  onApply: (filter: AuditFilter) => void;
}

const DAY = 'YYYY-MM-DD';

function toFilter(values: Values): AuditFilter {
  const [from, to] = values.range ?? [null, null];
  const actor = values.actor?.trim();
  const text = values.text?.trim();
  return {
    ...(from ? { from: from.format(DAY) } : {}),
    ...(to ? { to: to.format(DAY) } : {}),
    ...(actor ? { actor } : {}),
    ...(values.action ? { action: values.action } : {}),
    ...(text ? { text } : {}),
  };
}

/** Dates and the action apply at once; typed fields on Enter or the search button. */
export function AuditFilters({ actions, onApply }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const apply = () => onApply(toFilter(form.getFieldsValue()));

  return (
    // No colons: antd puts one after a gap in every language ("Dates :"); the bar reads as label and field without it.
    <Form<Values> form={form} layout="inline" colon={false} className="audit-filters" onFinish={apply} initialValues={{ range: null, actor: '', action: undefined, text: '' }}>
      <Form.Item name="range" label={t('audit.range')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} onChange={apply} data-testid="audit-range" />
      </Form.Item>
      <Form.Item name="actor" label={t('audit.actor')}>
        {/* Hard cap: a filter saves nothing, and main takes no longer actor (audit.list), so a cut loses no data. */}
        <Input allowClear placeholder={t('audit.actorPlaceholder')} maxLength={maxLengthOf(audit.list.input.shape.actor)} className="audit-filters__actor" data-testid="audit-actor" />
      </Form.Item>
      <Form.Item name="action" label={t('audit.action')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('audit.allActions')}
          className="audit-filters__action"
          popupMatchSelectWidth={false}
          onChange={apply}
          options={actions.map((a) => ({ value: a, label: actionLabel(a) }))}
          data-testid="audit-action"
        />
      </Form.Item>
      <Form.Item name="text" label={t('audit.text')}>
        {/* Hard cap: as above, for the text searched in the details (audit.list). */}
        <Input allowClear placeholder={t('audit.textPlaceholder')} maxLength={maxLengthOf(audit.list.input.shape.text)} className="audit-filters__text" data-testid="audit-text" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
          {t('audit.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            apply();
          }}
        >
          {t('audit.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
