import { AutoComplete, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { VisitorSummary } from '../../../contract/visitors';
import { lengthCount } from '../lib/fieldLimit';
import { formatDate } from '../lib/format';
import { useVisitorSearch } from './useVisitorSearch';

interface Props {
  /** From Form.Item. */
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  onBlur?: () => void;
  onPick: (visitor: VisitorSummary) => void;
  placeholder: string;
  /** The contract's schema for this field: its maximum is counted, never cut (the form's rule says when it is over). */
  lengthSchema: z.ZodType;
  minSearchLength: number;
  inputMode?: 'text' | 'tel';
  testId: string;
}

function VisitorOption({ visitor }: { visitor: VisitorSummary }) {
  const { t } = useTranslation();
  const facts = [
    visitor.idMasked,
    visitor.phone,
    visitor.lastVisitAt ? t('checkin.lastVisit', { date: formatDate(visitor.lastVisitAt) }) : null,
    t('checkin.visitCount', { count: visitor.visitCount }),
  ].filter(Boolean);
  return (
    <div className="visitor-option">
      <div className="visitor-option__head">
        <strong>{visitor.name}</strong>
        {visitor.company && <span className="visitor-option__company">{visitor.company}</span>}
      </div>
      <div className="visitor-option__facts">{facts.join(' · ')}</div>
    </div>
  );
}

/**
 * A text field that also looks up returning visitors (by name, pinyin,
 * initials, phone…). Typing stays free text; picking a match hands the whole
 * record to the form.
 */
export function VisitorAutoComplete(props: Props) {
  const { matches, search, clear } = useVisitorSearch(props.minSearchLength);
  return (
    <AutoComplete
      id={props.id}
      value={props.value}
      onChange={(v: string) => props.onChange?.(v)}
      onSearch={search}
      onBlur={props.onBlur}
      onSelect={(id: string) => {
        const visitor = matches.find((m) => m.id === id);
        clear();
        if (visitor) props.onPick(visitor);
      }}
      // A new visitor who shares a name with a known one must not be linked by a stray Enter.
      defaultActiveFirstOption={false}
      popupMatchSelectWidth={420}
      options={matches.map((v) => ({ value: v.id, label: <VisitorOption visitor={v} /> }))}
    >
      <Input
        data-testid={props.testId}
        placeholder={props.placeholder}
        {...lengthCount(props.lengthSchema, 'whenOver')}
        inputMode={props.inputMode}
        autoComplete="off"
      />
    </AutoComplete>
  );
}
