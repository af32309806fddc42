import { Button, Table, type TableProps } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState, type HTMLAttributes, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyPagedView } from './useKeyPagedList';
import './keyPagedTable.css';

/** Below this many pixels from the end, the next page is asked for (about ten rows). */
const NEAR_END_PX = 400;
/** The status line and button under the table, which the table leaves room for. */
const FOOTER_PX = 48;
const MIN_HEIGHT = 280;

/**
 * The box the table may fill: the element's width, and the height from its
 * top to the window's bottom, kept as the window or the layout changes (the
 * virtual table needs both as numbers).
 */
function useRoom(ref: React.RefObject<HTMLElement | null>): { width: number; height: number } {
  const [room, setRoom] = useState({ width: 0, height: MIN_HEIGHT });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const box = el.getBoundingClientRect();
      setRoom({ width: Math.floor(box.width), height: Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - box.top - FOOTER_PX - 48)) });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
  return room;
}

/*
 * The virtual table draws its header as a <table> and its rows as <div>s, so
 * the rows would lose what a screen reader says of them. Roles put the
 * table back together: antd's table container is the table (named by
 * `label`), the header's own <table> only lays out (presentation), and every
 * row and cell says what it is. The container gets its role from the DOM
 * (antd offers no prop for it): the loading wrapper around it carries
 * aria-live, which a table may not hold between itself and its rows.
 */
const ROLES = {
  header: {
    table: (props: HTMLAttributes<HTMLTableElement>) => <table {...props} role="presentation" />,
    row: (props: HTMLAttributes<HTMLTableRowElement>) => <tr {...props} role="row" />,
    cell: (props: HTMLAttributes<HTMLTableCellElement>) => <th {...props} role="columnheader" />,
  },
  body: {
    row: (props: HTMLAttributes<HTMLDivElement>) => <div {...props} role="row" />,
    cell: (props: HTMLAttributes<HTMLDivElement>) => <div {...props} role="cell" />,
  },
};

interface Props<T> extends Omit<TableProps<T>, 'pagination' | 'virtual' | 'scroll' | 'onScroll' | 'components' | 'dataSource' | 'loading'> {
  list: KeyPagedView<T>;
  /** What the table is, for a screen reader (the screen's or tab's title). */
  label: string;
  /** The width the columns need; a narrower box scrolls sideways, a wider one gives the rest to the columns without a width. */
  minWidth: number;
  /** The list's own words for its count ("共 {{total}} 条"), given the number as text ("10,000+"); none for a list that is not counted. */
  countText?: (total: string) => string;
  testId: string;
}

/**
 * A long list that scrolls smoothly however long it is: antd's virtual table
 * draws only the rows in view, and the next page is read from main (by key)
 * as the user nears the end. The button under it does the same for the
 * keyboard, and the line beside it says how many are shown of how many.
 */
export function KeyPagedTable<T extends object>({ list, label, minWidth, countText, testId, ...table }: Props<T>) {
  const { items, count, hasMore, loadingMore } = list;
  const onLoadMore = () => void list.loadMore();
  const { t, i18n } = useTranslation();
  const boxRef = useRef<HTMLDivElement>(null);
  const room = useRoom(boxRef);
  useLayoutEffect(() => {
    const container = boxRef.current?.querySelector('.ant-table-container');
    container?.setAttribute('role', 'table');
    container?.setAttribute('aria-label', label);
  });
  const shown = items.length;

  function scrolled(e: UIEvent<HTMLDivElement>) {
    const el = e.currentTarget;
    if (hasMore && !loadingMore && el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_END_PX) onLoadMore();
  }

  const total = count && countText ? countText(`${count.n.toLocaleString(i18n.language)}${count.more ? '+' : ''}`) : null;
  return (
    <div ref={boxRef} className="key-paged" data-testid={testId}>
      <Table<T> {...table} dataSource={items} loading={list.loading} components={ROLES} virtual pagination={false} scroll={{ x: Math.max(minWidth, room.width), y: room.height }} onScroll={scrolled} />
      {/* Always there, so a screen reader hears the count change; no room taken while it has nothing to say. */}
      <div className={total !== null || hasMore ? 'key-paged__footer' : 'key-paged__footer key-paged__footer--quiet'}>
        <span role="status" aria-live="polite" data-testid={`${testId}-status`}>
          {total}
          {total !== null && shown > 0 && <span className="key-paged__shown">{t('keyPaging.shown', { shown: shown.toLocaleString(i18n.language) })}</span>}
        </span>
        {hasMore && (
          <Button size="small" loading={loadingMore} onClick={onLoadMore} data-testid={`${testId}-more`}>
            {t('keyPaging.loadMore')}
          </Button>
        )}
      </div>
    </div>
  );
}
