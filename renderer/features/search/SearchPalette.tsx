// biome-ignore-all lint/a11y/noNoninteractiveElementToInteractiveRole: WAI-ARIA combobox pattern: the results list is a listbox driven from the input.
// biome-ignore-all lint/a11y/useFocusableInteractive: options stay unfocusable on purpose; focus remains in the input and aria-activedescendant points at the active option.
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { personDisplayName, type SearchResult } from '../../../main/contract';
import { fetchValue } from '../../api/client';
import { formatCalendarDate } from '../../i18n/format';

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
 * Find anyone on file by name, passport, file number, email or employer, and open their
 * family. A combobox: type, Up/Down to choose, Enter to open, Escape to close.
 */
export function SearchPalette({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const query = useDebounced(text.trim(), 120);
  const results = useQuery({
    queryKey: ['search', query],
    queryFn: () => fetchValue('search.query', { text: query, limit: 20 }),
    enabled: query.length > 0,
    placeholderData: (previous) => previous,
  });
  const items: SearchResult[] = query ? (results.data ?? []) : [];

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const open = (result: SearchResult) => {
    onClose();
    navigate(`/clients/${result.clientId}`);
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
        {query && results.isFetched && items.length === 0 ? t('search.none') : ''}
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
      <p className="search-hint">{t('search.hint')}</p>
    </dialog>
  );
}
