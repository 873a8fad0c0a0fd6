import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLL_FORWARD_POLICIES } from '../../../main/contract';

type Policy = (typeof ROLL_FORWARD_POLICIES)[number];

/**
 * The three roll-forward policies by name, for a deadline, an event or a firm default. With
 * `defaultLabel`, an empty first option stands for "the firm's default" (value '').
 */
export function RollForwardSelect({
  value,
  onChange,
  defaultLabel,
  ...rest
}: {
  value: Policy | '';
  onChange: (value: Policy | '') => void;
  defaultLabel?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  const { t } = useTranslation();
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as Policy | '')}>
      {defaultLabel !== undefined && <option value="">{defaultLabel}</option>}
      {ROLL_FORWARD_POLICIES.map((p) => (
        <option key={p} value={p}>
          {t(`rollForwardPolicies.${p}`)}
        </option>
      ))}
    </select>
  );
}
