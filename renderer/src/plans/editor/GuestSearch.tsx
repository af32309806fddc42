import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Input, Tag, type InputRef } from 'antd';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { visitors, type VisitorSummary } from '../../../../contract/visitors';
import { maxLengthOf } from '../../lib/fieldLimit';
import { useGuestSearch } from './useGuestSearch';

/** The option that opens the new-person dialog with what was typed. */
const CREATE = '\u0000create';
const NONE = '\u0000none';

interface Props {
  /** Who is on the list already: shown, but not offered again. */
  onList: ReadonlySet<string>;
  onPick: (person: VisitorSummary) => void;
  /** Absent when the user may not add people to the directory. */
  onCreate?: (name: string) => void;
  /** Lets the section put the cursor back here after the new-person dialog. */
  inputRef?: Ref<InputRef>;
}

function MatchLabel({ person, listed }: { person: VisitorSummary; listed: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="guest-option" data-testid="guest-search-option">
      <div className="guest-option__head">
        <strong>{person.name}</strong>
        {person.company && <span className="guest-option__company">{person.company}</span>}
        {listed && <Tag className="guest-option__listed">{t('planEditor.guests.onList')}</Tag>}
      </div>
      {person.phone && <div className="guest-option__facts mono">{person.phone}</div>}
    </div>
  );
}

/**
 * Adds guests from the directory: type, Enter takes the first match, and the
 * box is empty and focused for the next name. Nobody found → create in place.
 */
export function GuestSearch({ onList, onPick, onCreate, inputRef }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const { matches, searching } = useGuestSearch(query);
  const typed = query.trim();

  const options = matches.map((v) => ({ value: v.id, label: <MatchLabel person={v} listed={onList.has(v.id)} />, disabled: onList.has(v.id) }));
  if (typed && !searching && onCreate) {
    options.push({
      value: CREATE,
      disabled: false,
      label: (
        <div className="guest-option guest-option--create" data-testid="guest-search-create">
          {matches.length === 0 && <div className="guest-option__facts">{t('planEditor.guests.noMatch', { query: typed })}</div>}
          <span>
            <PlusOutlined /> {t('planEditor.guests.createNamed', { name: typed })}
          </span>
        </div>
      ),
    });
  } else if (typed && !searching && matches.length === 0) {
    options.push({ value: NONE, disabled: true, label: <div className="guest-option__facts">{t('planEditor.guests.noMatch', { query: typed })}</div> });
  }

  function select(value: string) {
    setQuery('');
    if (value === CREATE) return onCreate?.(typed);
    const person = matches.find((m) => m.id === value);
    if (person) onPick(person);
  }

  return (
    <AutoComplete
      value={query}
      onChange={setQuery}
      onSelect={select}
      options={options}
      // Enter takes the best match: the list is being filled from the directory on purpose.
      defaultActiveFirstOption
      popupMatchSelectWidth={480}
      className="guest-search"
    >
      <Input
        ref={inputRef}
        prefix={<SearchOutlined />}
        placeholder={t('planEditor.guests.searchPlaceholder')}
        aria-label={t('planEditor.guests.searchLabel')}
        // Hard cap: a search saves nothing, and main takes no longer query (visitors.search), so a cut loses no data.
        maxLength={maxLengthOf(visitors.search.input.shape.query)}
        allowClear
        data-testid="guest-search"
      />
    </AutoComplete>
  );
}
