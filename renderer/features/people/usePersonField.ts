import { type FieldValues, get, useFormContext } from 'react-hook-form';

/**
 * Field helpers for one person inside a bigger form: the intake form holds a principal and
 * many dependants ("dependants.2.givenNames"), the editor a single person at the top level.
 */
export function usePersonField(prefix: string) {
  const form = useFormContext<FieldValues>();
  const name = (field: string) => (prefix ? `${prefix}.${field}` : field);
  return {
    form,
    name,
    register: (field: string) => form.register(name(field)),
    /** The i18n key of the field's message, if any. */
    error: (field: string): string | undefined =>
      (get(form.formState.errors, name(field)) as { message?: string } | undefined)?.message,
  };
}
