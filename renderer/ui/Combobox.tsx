import {
  type KeyboardEvent,
  type MutableRefObject,
  type Ref,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  ComboBox,
  ComboBoxStateContext,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import './forms.css';

export interface ComboOption {
  id: string;
  name: string;
}

interface Props {
  label: string;
  /** Shown to screen readers only (e.g. "Citizenship 2" beside a visible group label). */
  labelHidden?: boolean;
  options: ComboOption[];
  /** The chosen option's id; '' = none. */
  value: string;
  onChange: (id: string) => void;
  onBlur?: () => void;
  hint?: string | undefined;
  /** An i18n key (the contract's validation message). */
  error?: string | undefined;
  required?: boolean;
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A long list (countries, ...) as a combobox from React Aria: typing filters ("Mexico" lists
 * Mexico only), arrows move, Enter chooses, and focus stays in the field. Typing an option's
 * whole name chooses it without the list, and Enter or Tab with one match left chooses that
 * one, so a fast typist never has to reach for the arrows.
 */
export function Combobox({
  label,
  labelHidden,
  options,
  value,
  onChange,
  onBlur,
  hint,
  error,
  required,
  name,
  inputRef,
}: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const typedWholeName = useRef(false);
  const byFolded = useMemo(() => new Map(options.map((o) => [fold(o.name), o.id])), [options]);
  const matches = (typed: string) => {
    const wanted = fold(typed);
    return wanted ? options.filter((o) => fold(o.name).includes(wanted)) : [];
  };

  const onInputChange = (typed: string) => {
    setText(typed);
    const exact = byFolded.get(fold(typed));
    if (exact && exact !== value) {
      typedWholeName.current = true;
      onChange(exact);
    } else if (typed.trim() === '' && value) onChange('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    typedWholeName.current = false;
    if (event.key !== 'Enter' && event.key !== 'Tab') return;
    const choose = () => {
      if (text === null) return;
      const chosen = options.find((o) => o.id === value);
      if (chosen && fold(chosen.name) === fold(text)) return;
      const found = matches(text);
      const only = found.length === 1 ? found[0] : undefined;
      // Enter on an open list with nothing highlighted takes the first match; Tab only a sole one.
      const pick = event.key === 'Enter' ? found[0] : only;
      if (pick && !event.defaultPrevented) onChange(pick.id);
    };
    choose();
    // Enter in a picker chooses; it must never also submit the form around it (a half-typed
    // family would be saved). Saving stays on the Save button and Ctrl/Cmd+S.
    if (event.key === 'Enter') event.preventDefault();
  };

  return (
    <ComboBox
      className={error ? 'field field-invalid combobox' : 'field combobox'}
      selectedKey={value || null}
      onSelectionChange={(key) => onChange(key == null ? '' : String(key))}
      onInputChange={onInputChange}
      defaultItems={options}
      defaultFilter={(itemText, typed) => fold(itemText).includes(fold(typed))}
      isInvalid={Boolean(error)}
      isRequired={required}
      name={name}
      onBlur={() => {
        setText(null);
        onBlur?.();
      }}
      menuTrigger="input"
    >
      <Label className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </Label>
      <div className="combobox-control">
        <Input ref={inputRef} onKeyDown={onKeyDown} autoComplete="off" />
        <OpenList flag={typedWholeName} />
        <CloseWhenNamed flag={typedWholeName} />
      </div>
      {hint && (
        <Text slot="description" className="field-hint">
          {hint}
        </Text>
      )}
      {error && (
        <Text slot="errorMessage" className="field-error">
          {t(error as 'validation.invalid', { defaultValue: t('validation.invalid') })}
        </Text>
      )}
      <Popover className="combobox-popover" offset={2}>
        <ListBox
          className="combobox-list"
          renderEmptyState={() => t('combobox.noMatch', { text: text ?? '' })}
        >
          {(option: ComboOption) => (
            <ListBoxItem id={option.id} textValue={option.name} className="combobox-option">
              {option.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

/**
 * The chevron for the mouse: keyboard users open the list with Alt+Down or by typing, so this
 * takes no Tab stop and carries no name of its own (the input is the one control).
 */
function OpenList({ flag }: { flag: MutableRefObject<boolean> }) {
  const state = useContext(ComboBoxStateContext);
  return (
    <span
      className="combobox-chevron"
      aria-hidden="true"
      onPointerDown={(event) => {
        event.preventDefault();
        flag.current = false;
        state?.toggle(null, 'manual');
      }}
    >
      ▾
    </span>
  );
}

/** A whole name typed is a choice made: the list has nothing more to offer, so it closes. */
function CloseWhenNamed({ flag }: { flag: MutableRefObject<boolean> }) {
  const state = useContext(ComboBoxStateContext);
  useEffect(() => {
    // Runs before the combobox's own effect, which may open the list in the same commit (a
    // pasted or filled name): so the flag stays up until the list has actually been closed, and
    // the next key or click lowers it.
    if (!flag.current || !state || state.selectedKey == null || !state.isOpen) return;
    flag.current = false;
    state.close();
  });
  return null;
}

/** Case and accents ignored, so "reunion" finds Réunion and "COTE" Côte d’Ivoire. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();
}
