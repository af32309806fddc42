import { Checkbox, DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { updateListState, type ListState } from '../usePlansView';

const day = (d: dayjs.Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/**
 * Which plans the list covers: those touching a range of days (either end may
 * stay open: from today on is the default), or only those with no arrival time yet.
 */
export function ListRangeControls({ list }: { list: ListState }) {
  const { t } = useTranslation();
  return (
    <>
      <DatePicker.RangePicker
        value={[list.from ? dayjs(list.from) : null, list.to ? dayjs(list.to) : null]}
        allowEmpty={[true, true]}
        onChange={(range) => updateListState({ from: day(range?.[0]), to: day(range?.[1]) })}
        placeholder={[t('plans.list.rangeStart'), t('plans.list.rangeEnd')]}
        disabled={list.unscheduled}
        aria-label={t('plans.list.range')}
        className="plans-toolbar__range"
        data-testid="plans-list-range"
      />
      <Checkbox checked={list.unscheduled} onChange={(e) => updateListState({ unscheduled: e.target.checked })} data-testid="plans-list-unscheduled">
        {t('plans.list.unscheduledOnly')}
      </Checkbox>
    </>
  );
}
