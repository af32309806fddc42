import { ReloadOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Checkbox, DatePicker, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DEPARTMENTS, DUE_FILTERS } from '../../../../contract/checklists';
import type { TodoFilters } from './todoFilters';

interface Props {
  filters: TodoFilters;
  onChange: (next: TodoFilters) => void;
  /** Visits seen so far, for the visit filter. */
  visits: { id: string; title: string }[];
  /** Names seen on items so far, for the person filter. */
  people: string[];
  onReload: () => void;
}

/** Which items: visit, department, person, due and days. */
export function TodoToolbar({ filters, onChange, visits, people, onReload }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<TodoFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="todo-toolbar" role="search" aria-label={t('checklists.todo.filters')}>
      <Segmented
        aria-label={t('checklists.todo.due.label')}
        value={filters.due}
        onChange={(value) => set({ due: value })}
        options={DUE_FILTERS.map((d) => ({ value: d, label: <span data-testid={`todo-due-${d}`}>{t(`checklists.todo.due.${d}`)}</span> }))}
      />
      <Select
        className="todo-toolbar__visit"
        aria-label={t('checklists.todo.visit')}
        placeholder={t('checklists.todo.allVisits')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={filters.planId}
        onChange={(planId?: string) => set({ planId })}
        options={visits.map((v) => ({ value: v.id, label: v.title }))}
        data-testid="todo-filter-visit"
      />
      <Select
        className="todo-toolbar__dept"
        aria-label={t('checklists.todo.department')}
        placeholder={t('checklists.todo.allDepartments')}
        allowClear
        value={filters.department}
        onChange={(department?: TodoFilters['department']) => set({ department })}
        options={DEPARTMENTS.map((d) => ({ value: d, label: t(`checklists.department.${d}`) }))}
        data-testid="todo-filter-department"
      />
      <AutoComplete
        className="todo-toolbar__person"
        aria-label={t('checklists.todo.person')}
        placeholder={t('checklists.todo.anyone')}
        allowClear
        value={filters.assigneeName ?? ''}
        disabled={filters.mine}
        options={people.map((name) => ({ value: name }))}
        onChange={(value: string) => set({ assigneeName: value.trim() === '' ? undefined : value.trim() })}
        data-testid="todo-filter-person"
      />
      <Checkbox checked={filters.mine} onChange={(e) => set({ mine: e.target.checked, assigneeName: undefined })} data-testid="todo-filter-mine">
        {t('checklists.todo.mine')}
      </Checkbox>
      <DatePicker.RangePicker
        aria-label={t('checklists.todo.range')}
        value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
        allowEmpty={[true, true]}
        onChange={(days) => set({ from: days?.[0]?.format('YYYY-MM-DD'), to: days?.[1]?.format('YYYY-MM-DD') })}
        data-testid="todo-filter-range"
      />
      <Button icon={<ReloadOutlined />} onClick={onReload} aria-label={t('checklists.todo.refresh')} title={t('checklists.todo.refresh')} />
    </div>
  );
}
