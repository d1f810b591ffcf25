import { z } from 'zod';
import { hasDisguisingCharacters } from '../text/invisible';
import { V } from './messages';

/**
 * Field builders that attach i18n keys to every failure, so a missing field says "required" and a
 * wrong one says what is wrong — never zod's English default.
 */
const missingOr = (key: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? V.required : key;

const undisguised = (value: string) => !hasDisguisingCharacters(value);

/**
 * A required line of text: a name, a title, a code. Bidirectional controls and zero-width characters
 * are refused (shared/text/invisible.ts), so what is stored is what the screen shows.
 */
export const text = (max: number) =>
  z
    .string({ error: missingOr(V.invalid) })
    .trim()
    .min(1, { error: V.required })
    .max(max, { error: V.tooLong })
    .refine(undisguised, { error: V.disguisedText });

/** An optional line of text (an address, a place, a position): the same refusal as `text`. */
export const optionalText = (max: number) =>
  z
    .string({ error: V.invalid })
    .trim()
    .max(max, { error: V.tooLong })
    .refine(undisguised, { error: V.disguisedText })
    .optional()
    .transform((value) => (value === '' ? undefined : value));

/**
 * Optional free prose (a narrative, a note), which may be pasted from a chat with emoji joined by
 * zero-width joiners: length-checked only; it is never a name, a code or a file name.
 */
export const freeText = (max: number) =>
  z
    .string({ error: V.invalid })
    .trim()
    .max(max, { error: V.tooLong })
    .optional()
    .transform((value) => (value === '' ? undefined : value));

/** The name of a file the user picked or typed (no folder): no control, bidirectional or zero-width character. */
export const fileName = () =>
  z
    .string({ error: missingOr(V.invalid) })
    .min(1, { error: V.required })
    .max(255, { error: V.tooLong })
    .refine((value) => ![...value].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f'), {
      error: V.invalid,
    })
    .refine(undisguised, { error: V.disguisedText });

export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: missingOr(V.invalidChoice) });

export const flag = () => z.boolean({ error: missingOr(V.invalid) });

export const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: missingOr(V.invalid) })
    .int({ error: V.notWholeNumber })
    .min(min, { error: V.outOfRange })
    .max(max, { error: V.outOfRange });

/** True when `value` is a real calendar date written yyyy-MM-dd (31 February is refused). */
export function isRealIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date (no time, no zone) as yyyy-MM-dd: sorts as text and means the same day everywhere. */
export const isoDate = () =>
  z.string({ error: missingOr(V.invalidDate) }).refine(isRealIsoDate, { error: V.invalidDate });

/** Today as yyyy-MM-dd in the office's local time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A date that may not lie in the future (incidents, reports, services already given). */
export const pastDate = () => isoDate().refine((value) => value <= todayIso(), { error: V.futureDate });

/** Administrative unit codes (GSO codes such as "49" or "502", or local codes such as "502-01"). */
export const unitCode = () =>
  z
    .string({ error: missingOr(V.invalidCode) })
    .trim()
    .regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/, { error: V.invalidCode });

export const recordId = () =>
  z
    .string({ error: missingOr(V.invalid) })
    .min(1, { error: V.required })
    .max(64);
