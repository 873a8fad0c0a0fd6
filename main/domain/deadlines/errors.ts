/**
 * The one error the deadline engine throws for bad or missing inputs. It carries an i18n key
 * (never an English sentence) and the input field it is about, so the API layer can turn it into
 * a field message in its result envelope.
 */
export class DeadlineInputError extends Error {
  constructor(
    readonly key: string,
    readonly field: string | null = null,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(field ? `${key} (${field})` : key);
    this.name = 'DeadlineInputError';
  }
}
