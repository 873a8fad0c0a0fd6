import { Controller, type FieldValues, useFormContext } from 'react-hook-form';
import { Combobox } from '../../ui/Combobox';
import { useCountryOptions } from './countryOptions';

/**
 * One country of a react-hook-form form (`name` is the full path, e.g. "passports.0.issuingCountry"),
 * typed and filtered in the UI language; '' means not recorded.
 */
export function CountryField({
  name,
  label,
  error,
}: {
  name: string;
  label: string;
  error?: string | undefined;
}) {
  const { control } = useFormContext<FieldValues>();
  const options = useCountryOptions();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Combobox
          label={label}
          options={options}
          value={(field.value as string | null) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          name={field.name}
          error={error}
        />
      )}
    />
  );
}
