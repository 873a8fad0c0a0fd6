import {
  type ChangeEvent,
  type FocusEvent,
  forwardRef,
  type InputHTMLAttributes,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, isoDateParts } from '../i18n/format';
import './forms.css';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>;

/**
 * The one date field of the app: text typed year-month-day, read back in the user's language.
 *
 * Why not <input type="date">: Chromium turns an impossible date (02/30/2023) into an empty
 * value without a word, so the form saved without it; its segment order follows the machine's
 * locale (MM/DD or DD/MM), a trap for a firm whose clients' papers use both. Year-month-day
 * reads one way everywhere, and the line under the field ("Reads as Mon, Mar 16, 2026")
 * shows what was understood. The text goes to the contract's schema as typed, so an impossible
 * or malformed date gets the contract's own message beside the field: one validation path.
 *
 * Works registered (react-hook-form) or controlled (value + onChange).
 */
export const DateInput = forwardRef<HTMLInputElement, Props>(function DateInput(props, forwardedRef) {
  const { t, i18n } = useTranslation();
  const echoId = useId();
  const own = useRef<HTMLInputElement | null>(null);
  const [text, setText] = useState(typeof props.value === 'string' ? props.value : '');

  const setRefs = useCallback(
    (element: HTMLInputElement | null) => {
      own.current = element;
      if (typeof forwardedRef === 'function') forwardedRef(element);
      else if (forwardedRef) forwardedRef.current = element;
    },
    [forwardedRef],
  );
  // A registered field gets its value from react-hook-form straight into the DOM (defaults,
  // reset, a restored draft) without a change event: read it back after every render.
  useEffect(() => {
    const current = own.current?.value ?? '';
    setText((previous) => (previous === current ? previous : current));
  });

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    props.onChange?.(event);
  };
  const onBlur = (event: FocusEvent<HTMLInputElement>) => {
    // "2026/3/7" or "20260307" are still year-month-day: write them the one way the contract
    // reads. Anything else is left exactly as typed for the contract to refuse.
    const tidy = tidyIsoDate(event.target.value);
    if (tidy !== event.target.value) setNativeValue(event.target, tidy);
    props.onBlur?.(event);
  };

  const parts = isoDateParts(text);
  const describedBy = [props['aria-describedby'], echoId].filter(Boolean).join(' ');
  return (
    <span className="date-input">
      <input
        {...props}
        ref={setRefs}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('dateInput.placeholder')}
        aria-describedby={describedBy}
        onChange={onChange}
        onBlur={onBlur}
      />
      {/* The placeholder shows the format; screen readers hear it here. Once a real date is
          typed, this line reads it back in the user's language. */}
      <span id={echoId} className={parts ? 'date-echo' : 'visually-hidden'}>
        {parts
          ? t('dateInput.reads', { date: formatWeekdayDate(text, i18n.language) })
          : t('dateInput.format')}
      </span>
    </span>
  );
});

/** Separators and missing zeros tidied in year-month-day order only; other text unchanged. */
export function tidyIsoDate(value: string): string {
  const trimmed = value.trim();
  const separated = /^(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})$/.exec(trimmed);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  const match = separated ?? compact;
  if (!match) return value === trimmed ? value : trimmed;
  return `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
}

/** Sets an input's value so React (and react-hook-form) see a real change event. */
function setNativeValue(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** "Mon, Mar 16, 2026": the weekday catches a wrong day at a glance, short enough for one line. */
function formatWeekdayDate(isoDate: string, locale: string): string {
  const parts = isoDateParts(isoDate);
  if (!parts) return formatCalendarDate(isoDate, locale);
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(parts[0], parts[1] - 1, parts[2]));
}
