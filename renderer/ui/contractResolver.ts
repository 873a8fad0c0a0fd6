import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * What a form sends, built from what it shows: a form may hold blank rows and strings where
 * the contract wants numbers or nulls. `pathBack` turns a contract path (where the main
 * process or the schema found a problem) into the form field that shows it.
 */
export interface FormTranslation {
  input: unknown;
  pathBack: (contractPath: string) => string;
}

/**
 * Validates a form with the contract's own schema — the one the main process re-checks at the
 * IPC boundary — so a form can never accept what the app would refuse, or refuse what it takes.
 */
export function contractResolver<TForm extends FieldValues, TSchema extends z.ZodType>(
  schema: TSchema,
  translate: (form: TForm) => FormTranslation,
): Resolver<TForm, unknown, z.output<TSchema>> {
  return (values, _context, options) => {
    const { input, pathBack } = translate(values);
    const parsed = schema.safeParse(input);
    if (parsed.success) return { values: parsed.data, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of parsed.error.issues) {
      const path = pathBack(issue.path.join('.'));
      flat[path] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}

/**
 * Remembers which rows of each list were sent, so an error on sent row 0 of "passports" lands
 * on the form's row 2 when rows 0 and 1 were blank and left out.
 */
export class RowPaths {
  private readonly kept = new Map<string, number[]>();

  /** Keeps the rows that are not blank and records their form indices under `path`. */
  keep<T>(path: string, rows: readonly T[], isBlank: (row: T) => boolean): T[] {
    const indices: number[] = [];
    const out: T[] = [];
    rows.forEach((row, index) => {
      if (isBlank(row)) return;
      indices.push(index);
      out.push(row);
    });
    this.kept.set(path, indices);
    return out;
  }

  back = (contractPath: string): string => {
    const parts = contractPath.split('.');
    for (let i = 1; i < parts.length; i++) {
      const indices = this.kept.get(parts.slice(0, i).join('.'));
      const part = parts[i];
      if (indices && part !== undefined && /^\d+$/.test(part)) {
        parts[i] = String(indices[Number(part)] ?? part);
      }
    }
    return parts.join('.');
  };
}
