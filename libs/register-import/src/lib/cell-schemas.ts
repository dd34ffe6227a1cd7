import {
  emailProblem,
  externalIdProblem,
  isIsoDate,
  localAuthorityProblem,
  nameProblem,
  normaliseCode,
  odsCodeProblem,
  onsCodeProblem,
  requiredTextProblem,
  weightProblem,
} from '@stewardship/domain';
import * as z from 'zod';
import type { Reference } from './register-index';

/**
 * An optional column: a blank cell parses to null (clear the value, or take the default) and a column the file
 * leaves out parses to undefined (keep what the register holds), so the validators can tell the two apart.
 */
export function optionalCell<T>(schema: z.ZodType<T>) {
  return z.preprocess((cell) => (cell === '' ? null : cell), schema.nullable()).optional();
}

/** A cell checked by one of the domain's problem functions, so the import says exactly what the register's forms say. */
function checkedBy(problemOf: (cell: string) => string | null, describe: (cell: string, problem: string) => string) {
  return z.string().superRefine((cell, ctx) => {
    const problem = problemOf(cell);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: describe(cell, problem) });
  });
}

/** A name as the register stores it: runs of spaces collapsed, at most NAME_MAX_LENGTH characters (the domain's nameProblem). */
export function nameCell(noun: string) {
  return checkedBy((cell) => nameProblem(cell, noun), (_cell, problem) => problem).transform((cell) => cell.replace(/\s+/g, ' '));
}

export const externalIdCell = optionalCell(checkedBy(externalIdProblem, (_cell, problem) => problem));

export const odsCodeCell = optionalCell(checkedBy(odsCodeProblem, (cell, problem) => `Bad ODS code "${cell}": ${problem}`).transform(normaliseCode));

export const onsCodeCell = optionalCell(checkedBy(onsCodeProblem, (cell, problem) => `Bad ONS code "${cell}": ${problem}`).transform(normaliseCode));

/** "ACUTE_TRUST", "Acute trust" and "acute-trust" are one choice: stored values and labels, ignoring case and separators. */
export function choiceKey(written: string): string {
  return written.trim().replace(/[\s_-]+/g, ' ').toLowerCase();
}

/** One of a domain enum, written as its stored value or its label. */
export function choiceCell<T extends string>(noun: string, values: readonly [T, ...T[]], labels: Record<T, string>) {
  const valueByKey = new Map<string, T>(values.flatMap((value) => [[choiceKey(value), value] as const, [choiceKey(labels[value]), value] as const]));
  const choices = values.map((value) => labels[value]).join(', ');
  return z.preprocess(
    (cell) => (typeof cell === 'string' ? (valueByKey.get(choiceKey(cell)) ?? cell) : cell),
    z.enum(values, { error: (issue) => (issue.input === '' ? `Enter the ${noun}: one of ${choices}` : `Unknown ${noun} "${String(issue.input)}": use one of ${choices}`) }),
  );
}

/** Yes or no as spreadsheets write it; a blank cell means `whenBlank`. */
export function yesNoCell(whenBlank: boolean) {
  const yesNo = z.stringbool({
    truthy: ['yes', 'y', 'true', '1'],
    falsy: ['no', 'n', 'false', '0'],
    error: (issue) => `Bad value "${String(issue.input)}": use yes or no`,
  });
  return optionalCell(yesNo).transform((value) => (value === null ? whenBlank : value));
}

/** Free text that must be given (`label` as the app's form names it), runs of spaces collapsed when it is a one-line text. */
export function requiredTextCell(label: string, maxLength: number, oneLine: boolean) {
  return checkedBy((cell) => requiredTextProblem(cell, label, maxLength), (_cell, problem) => problem).transform((cell) => (oneLine ? cell.replace(/\s+/g, ' ') : cell));
}

/** yyyy-mm-dd as written, or the UK's dd/mm/yyyy turned into it; anything else is returned unchanged to fail. */
export function isoDateOf(cell: string): string {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
  return uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : cell;
}

/** A calendar date (the domain's rule: month lengths, leap years, years 1900 to 9999), as yyyy-mm-dd. */
export function dateCell(whatDate: string) {
  return z
    .string()
    .superRefine((cell, ctx) => {
      if (cell === '') ctx.addIssue({ code: 'custom', message: `Enter ${whatDate} as yyyy-mm-dd or dd/mm/yyyy` });
      else if (!isIsoDate(isoDateOf(cell))) ctx.addIssue({ code: 'custom', message: `Bad date "${cell}": use a real date written as yyyy-mm-dd or dd/mm/yyyy` });
    })
    .transform(isoDateOf);
}

/** A weight may be written with thousands separators, as a formatted spreadsheet exports it ("1,250,000"). */
function weightOf(cell: string): number {
  return Number(/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(cell) ? cell.replace(/,/g, '') : cell);
}

export const weightCell = optionalCell(checkedBy((cell) => weightProblem(weightOf(cell)), (cell, problem) => `Bad weight "${cell}": ${problem}`).transform(weightOf));

export const emailCell = checkedBy(emailProblem, (cell, problem) => (cell === '' ? "Enter the person's email address" : `Bad email address "${cell}": ${problem}`)).transform(
  (cell) => cell.toLowerCase(),
);

/** A cell naming an existing row, resolved to its id by `find`. */
export function referenceCell(whenBlank: string, find: (written: string) => Reference) {
  return z.string().transform((cell, ctx) => {
    if (cell === '') {
      ctx.addIssue({ code: 'custom', message: whenBlank });
      return z.NEVER;
    }
    const reference = find(cell);
    if ('problem' in reference) {
      ctx.addIssue({ code: 'custom', message: reference.problem });
      return z.NEVER;
    }
    return reference.id;
  });
}

/** Several references separated by semicolons; every unknown one is named, and repeats count once. */
export function referenceListCell(find: (written: string) => Reference) {
  return z.string().transform((cell, ctx) => {
    const ids = new Set<string>();
    for (const written of cell.split(';').map((part) => part.trim())) {
      if (written === '') continue;
      const reference = find(written);
      if ('problem' in reference) ctx.addIssue({ code: 'custom', message: reference.problem });
      else ids.add(reference.id);
    }
    return [...ids];
  });
}

/** A local authority's name, with runs of spaces collapsed. */
export const localAuthorityCell = optionalCell(checkedBy(localAuthorityProblem, (_cell, problem) => problem).transform((cell) => cell.replace(/\s+/g, ' ')));
