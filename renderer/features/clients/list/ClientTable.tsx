// biome-ignore-all lint/a11y/useSemanticElements: virtualised rows are absolutely positioned, which native table layout forbids; ARIA table roles carry the same semantics.
// biome-ignore-all lint/a11y/useFocusableInteractive: column headers and cells are not interactive themselves; the sort buttons and name links inside them are.
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { ClientListItem } from '../../../../main/contract';
import { countryName, formatCalendarDate } from '../../../i18n/format';
import { clientDisplayName } from '../clientName';
import type { ClientListQuery } from './useClientRows';

const ROW_HEIGHT = 34;

interface Props {
  total: number;
  rowAt: (index: number) => ClientListItem | undefined;
  ensureRows: (start: number, end: number) => void;
  sort: NonNullable<ClientListQuery['sort']>;
  direction: NonNullable<ClientListQuery['direction']>;
  onSort: (sort: NonNullable<ClientListQuery['sort']>) => void;
  today: string;
  /** Where the list was scrolled when the user left it. */
  initialScrollTop: number;
  /** The family last opened from the list: marked, and focused when the list comes back. */
  selectedId: number | null;
  onScrolled: (scrollTop: number) => void;
  onOpen: (clientId: number) => void;
}

/**
 * A virtualised table: only the rows in view (plus a few) are in the DOM, so 100,000 clients
 * scroll smoothly. Keyboard: Tab reaches the first name, Up/Down/Home/End/Page keys move
 * between rows, Enter opens the family.
 */
export function ClientTable({
  total,
  rowAt,
  ensureRows,
  sort,
  direction,
  onSort,
  today,
  initialScrollTop,
  selectedId,
  onScrolled,
  onOpen,
}: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [, navigate] = useLocation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialOffset: initialScrollTop,
  });
  const rows = virtualizer.getVirtualItems();
  const firstIndex = rows[0]?.index ?? 0;
  const lastIndex = rows.at(-1)?.index ?? 0;

  useEffect(() => {
    if (total > 0) ensureRows(firstIndex, lastIndex);
  }, [ensureRows, firstIndex, lastIndex, total]);

  // Coming back: the scroll position is restored, then focus goes to the family opened last.
  const restored = useRef(false);
  useEffect(() => {
    const element = scrollRef.current;
    if (!element || restored.current || total === 0) return;
    if (Math.abs(element.scrollTop - initialScrollTop) > 1) element.scrollTop = initialScrollTop;
    if (selectedId === null) {
      restored.current = true;
      return;
    }
    const link = element.querySelector<HTMLAnchorElement>(`[data-client-id="${selectedId}"] a`);
    if (link) {
      link.focus({ preventScroll: true });
      restored.current = true;
    }
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(total - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const tryFocus = (attempts: number) => {
      const link = scrollRef.current?.querySelector<HTMLAnchorElement>(`[data-index="${target}"] a`);
      if (link) link.focus();
      else if (attempts > 0) requestAnimationFrame(() => tryFocus(attempts - 1));
    };
    requestAnimationFrame(() => tryFocus(20));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1,
    );
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: total - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };

  const sortHeader = (column: 'name' | 'next-deadline', label: string) => (
    <div
      role="columnheader"
      className="cell"
      aria-sort={sort === column ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">{sort === column ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </div>
  );

  return (
    <div
      role="table"
      aria-label={t('clients.tableCaption')}
      aria-rowcount={total + 1}
      className="client-table"
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="client-row client-header">
          {sortHeader('name', t('clients.columns.name'))}
          <div role="columnheader" className="cell">
            {t('clients.columns.dateOfBirth')}
          </div>
          <div role="columnheader" className="cell">
            {t('clients.columns.citizenships')}
          </div>
          {sortHeader('next-deadline', t('clients.columns.nextDeadline'))}
          <div role="columnheader" className="cell">
            {t('clients.columns.dependants')}
          </div>
          <div role="columnheader" className="cell">
            {t('clients.columns.email')}
          </div>
        </div>
      </div>
      <div
        ref={scrollRef}
        role="rowgroup"
        className="client-scroll"
        onKeyDown={onKeyDown}
        onScroll={(event) => onScrolled(event.currentTarget.scrollTop)}
      >
        <div className="client-scroll-inner" style={{ height: virtualizer.getTotalSize() }}>
          {rows.map((virtualRow) => {
            const client = rowAt(virtualRow.index);
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the row click is a mouse shortcut; keyboard users Tab to the name link and press Enter
              <div
                key={virtualRow.key}
                role="row"
                aria-rowindex={virtualRow.index + 2}
                data-index={virtualRow.index}
                data-client-id={client?.id}
                className={[
                  'client-row row-link',
                  client?.archivedAt ? 'archived' : '',
                  client && client.id === selectedId ? 'selected' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                style={{ transform: `translateY(${virtualRow.start}px)` }}
                onClick={(event) => {
                  // A click on the name link navigates by itself; only the rest of the row needs this.
                  if (!client || (event.target as HTMLElement).closest('a')) return;
                  onOpen(client.id);
                  navigate(`/clients/${client.id}`);
                }}
              >
                {client ? (
                  <>
                    <div role="rowheader" className="cell">
                      <Link href={`/clients/${client.id}`} onClick={() => onOpen(client.id)}>
                        {clientDisplayName(client)}
                      </Link>
                    </div>
                    <div role="cell" className="cell">
                      {client.dateOfBirth ? formatCalendarDate(client.dateOfBirth, locale) : ''}
                    </div>
                    <div role="cell" className="cell">
                      {client.citizenships.map((code) => countryName(code, locale)).join(', ')}
                    </div>
                    <div
                      role="cell"
                      className={
                        client.nextDeadlineOn && client.nextDeadlineOn < today ? 'cell overdue' : 'cell'
                      }
                    >
                      {client.nextDeadlineOn ? formatCalendarDate(client.nextDeadlineOn, locale) : ''}
                      {client.nextDeadlineOn && client.nextDeadlineOn < today
                        ? ` (${t('clients.overdue')})`
                        : ''}
                    </div>
                    <div role="cell" className="cell">
                      {client.dependantCount || ''}
                    </div>
                    <div role="cell" className="cell">
                      {client.email}
                    </div>
                  </>
                ) : (
                  <div role="cell" className="cell muted">
                    {t('app.loading')}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
