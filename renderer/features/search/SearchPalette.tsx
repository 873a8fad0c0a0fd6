// biome-ignore-all lint/a11y/noNoninteractiveElementToInteractiveRole: WAI-ARIA combobox pattern: the results list is a listbox driven from the input.
// biome-ignore-all lint/a11y/useFocusableInteractive: options stay unfocusable on purpose; focus remains in the input and aria-activedescendant points at the active option.
import { useInfiniteQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { personDisplayName, type SearchResult } from '../../../main/contract';
import { fetchValue } from '../../api/client';
import { formatCalendarDate } from '../../i18n/format';

const PAGE_SIZE = 20;

/** Opens on Ctrl+K / Cmd+K anywhere in the app. */
export function useSearchShortcut(open: () => void) {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}

function useDebounced<T>(value: T, delay: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return current;
}

/**
 * Find anyone on file by name (as written or in Latin letters), passport, I-94, receipt or
 * file number, email or employer, and open that person on their family page. A combobox: type, Up/Down to choose, Enter to open, Escape to close.
 */
export function SearchPalette({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  // 40 ms: one query per pause in typing, yet keystroke-to-results stays well under 100 ms (issue 16).
  const query = useDebounced(text.trim(), 40);
  // Pages of PAGE_SIZE; "Show more" fetches the next one. The total is the count of every match.
  const results = useInfiniteQuery({
    queryKey: ['search', query],
    queryFn: ({ pageParam }) =>
      fetchValue('search.query', { text: query, limit: PAGE_SIZE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
    enabled: query.length > 0,
    placeholderData: (previous) => previous,
  });
  const items: SearchResult[] = query ? (results.data?.pages.flatMap((p) => p.items) ?? []) : [];
  const total = query ? (results.data?.pages[0]?.total ?? 0) : 0;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // A hit opens the person: the family page shows the People tab with their card in focus.
  const open = (result: SearchResult) => {
    onClose();
    navigate(`/clients/${result.clientId}/people/${result.dependantId ?? 'principal'}`);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(items.length - 1, i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (event.key === 'Enter' && items[active]) open(items[active]);
    else return;
    event.preventDefault();
  };

  const summarize = (result: SearchResult) => {
    const parts: string[] = [];
    if (result.relationship) {
      parts.push(
        t('search.relationOf', {
          relationship: t(`search.relationships.${result.relationship}` as 'search.relationships.other'),
          principal: personDisplayName({
            givenNames: result.principalGivenNames,
            familyName: result.principalFamilyName,
          }),
        }),
      );
    }
    if (result.dateOfBirth) parts.push(formatCalendarDate(result.dateOfBirth, i18n.language));
    parts.push(
      t('search.matched', { fields: result.matched.map((f) => t(`search.fields.${f}`)).join(', ') }),
    );
    if (result.archived) parts.push(t('search.closedFile'));
    return parts.join(' · ');
  };

  return (
    <dialog ref={dialogRef} className="search-palette" aria-label={t('search.title')} onClose={onClose}>
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${listId}-input`}
        role="combobox"
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-activedescendant={items[active] ? `${listId}-${active}` : undefined}
        aria-autocomplete="list"
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      <p role="status" className="search-status">
        {query && results.isFetched
          ? items.length === 0
            ? t('search.none')
            : `${t('search.total', { count: total })} · ${t('search.showing', { shown: items.length, total })}`
          : ''}
      </p>
      <ul id={listId} role="listbox" aria-label={t('search.results')} className="search-results">
        {items.map((result, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: options are chosen with the arrow keys and Enter in the combobox input
          <li
            key={`${result.clientId}-${result.dependantId ?? 'p'}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'search-result active' : 'search-result'}
            onClick={() => open(result)}
          >
            <span className="search-name">{personDisplayName(result)}</span>
            <span className="search-detail">{summarize(result)}</span>
          </li>
        ))}
      </ul>
      {results.hasNextPage && (
        <button
          type="button"
          className="button search-more"
          disabled={results.isFetchingNextPage}
          onClick={() => void results.fetchNextPage()}
        >
          {t('search.more')}
        </button>
      )}
      <p className="search-hint">{t('search.hint')}</p>
    </dialog>
  );
}
