import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Spin, Tooltip, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Found } from './searchSources';
import { useGlobalSearch } from './useGlobalSearch';
import './globalSearch.css';

/** Ctrl+K (⌘K on a Mac keyboard) anywhere in the app puts the cursor in the search box. */
function isSearchShortcut(e: globalThis.KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
}

/**
 * The header's search: people, clients, visit plans, incidents, feedback,
 * follow-ups and archive documents as you type (pinyin and initials too), grouped; ↑/↓ choose,
 * Enter opens, Esc closes. Folded to a button in the crowded header; a click
 * or Ctrl+K opens the box over its neighbours.
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const inputRef = useRef<InputRef>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(0);
  const state = useGlobalSearch(query);
  const flat = useMemo(() => state.groups.flatMap((g) => g.items), [state.groups]);
  useEffect(() => setActive(0), [state.groups]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      setExpanded(true);
      setOpen(true);
      // Already open: take the focus back (the desk's form may hold it).
      inputRef.current?.focus({ cursor: 'all' });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const go = (item: Found) => {
    window.location.hash = item.href;
    setOpen(false);
    setExpanded(false);
    setQuery('');
  };

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Escape') {
      setOpen(false);
      setExpanded(false);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (flat.length === 0 ? 0 : (i + (e.key === 'ArrowDown' ? 1 : flat.length - 1)) % flat.length));
    } else if (e.key === 'Enter' && flat[active]) {
      e.preventDefault();
      go(flat[active]);
    }
  }

  const showPanel = open && query.trim() !== '';
  let index = -1;
  if (!expanded) {
    return (
      <div className="global-search" data-testid="global-search">
        <Tooltip title={`${t('tasks.search.label')} (${t('tasks.search.shortcut')})`}>
          <Button
            icon={<SearchOutlined />}
            aria-label={t('tasks.search.label')}
            onClick={() => {
              setExpanded(true);
              setOpen(true);
            }}
            data-testid="global-search-open"
          />
        </Tooltip>
      </div>
    );
  }
  return (
    <div className="global-search global-search--expanded" data-testid="global-search">
      <Input
        autoFocus
        ref={inputRef}
        value={query}
        allowClear
        prefix={<SearchOutlined />}
        suffix={!query && <kbd className="global-search__kbd">{t('tasks.search.shortcut')}</kbd>}
        placeholder={t('tasks.search.placeholder')}
        aria-label={t('tasks.search.label')}
        role="combobox"
        aria-expanded={showPanel}
        aria-controls="global-search-results"
        aria-activedescendant={showPanel && flat[active] ? `global-search-${active}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setExpanded(false);
        }}
        onKeyDown={onKeyDown}
        data-testid="global-search-input"
      />
      {showPanel && (
        // A press in the panel must not blur the box before the click lands.
        <div className="global-search__panel" id="global-search-results" role="listbox" onMouseDown={(e) => e.preventDefault()} data-testid="global-search-results">
          {state.busy && state.groups.length === 0 && (
            <div className="global-search__note">
              <Spin size="small" /> {t('tasks.search.searching')}
            </div>
          )}
          {!state.busy && state.groups.length === 0 && <div className="global-search__note">{t('tasks.search.empty')}</div>}
          {state.groups.map(({ group, items }) => (
            <section key={group} className="global-search__group" role="group" aria-label={t(`tasks.search.groups.${group}`)} data-testid={`global-search-group-${group}`}>
              <h4 className="global-search__group-title">{t(`tasks.search.groups.${group}`)}</h4>
              {items.map((item) => {
                index += 1;
                const i = index;
                return (
                  <div
                    key={item.id}
                    id={`global-search-${i}`}
                    role="option"
                    aria-selected={i === active}
                    className={`global-search__item${i === active ? ' global-search__item--active' : ''}`}
                    onMouseEnter={() => setActive(i)}
                    onClick={() => go(item)}
                    data-testid="global-search-item"
                  >
                    <span className="global-search__title">{item.title}</span>
                    {item.detail && <span className="global-search__detail">{item.detail}</span>}
                  </div>
                );
              })}
            </section>
          ))}
          {state.partial && <div className="global-search__note global-search__note--partial">{t('tasks.search.partial')}</div>}
        </div>
      )}
    </div>
  );
}
