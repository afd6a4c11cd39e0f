/**
 * What the letter form makes of one typed value: the text the letter shows, or the French message
 * shown next to the field. Pure, so the rules are unit-tested; the page only wires it to inputs.
 */
import { calendarDate, formatCount, formatDate, parseUserDate } from './dates.ts';
import type { Field } from './letters.ts';
import { fr } from './typography.ts';
import { UI } from './ui.ts';

/** Longest accepted value, in characters, by field type (a field may set its own `max`). */
export const MAX_LENGTH: Record<string, number> = { texte: 200, 'texte-long': 4000, email: 254 };

/** Dates before this are typing mistakes (0026, 1926…), not decisions a reader contests. */
export const OLDEST_DATE = calendarDate(1990, 1, 1);

export type FieldResult =
  /** A good value; `display` is what the letter shows (a date written out in French). */
  | { state: 'ok'; display: string }
  /** An optional field left empty. */
  | { state: 'empty' }
  /** A required field left empty: the blank stays on the letter, to fill by hand. Does not stop printing. */
  | { state: 'missing'; message: string }
  /** A value to correct before printing. `display` is set when the letter can still show it (a text too long). */
  | { state: 'invalid'; message: string; display?: string };

export interface CheckOptions {
  today: Date;
  /** The browser could not read a date input (31 February typed in a date picker). */
  badInput?: boolean;
  /** Dates after today are accepted (the date written on the letter). */
  allowFuture?: boolean;
}

export const maxLength = (f: Field): number => f.max ?? MAX_LENGTH[f.type ?? 'texte'] ?? 200;

/** Characters as a reader counts them (an emoji is one, not two UTF-16 units). */
const length = (s: string) => [...s].length;

export function checkField(field: Field, raw: string, options: CheckOptions): FieldResult {
  const value = raw.trim();
  if (!value) {
    if (options.badInput) return { state: 'invalid', message: UI.errDateImpossible };
    return field.requis ? { state: 'missing', message: UI.errEmpty } : { state: 'empty' };
  }
  const type = field.type ?? 'texte';
  if (type === 'date') return checkDate(value, options);
  const max = maxLength(field);
  const n = length(value);
  if (n > max) {
    return {
      state: 'invalid',
      message: fr(`Texte trop long : ${formatCount(n)} caractères, pour ${formatCount(max)} au plus. ${UI.errTooLongAdvice}`),
      display: value,
    };
  }
  if (type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value)) return { state: 'invalid', message: UI.errEmail };
  // Single-line fields never hold a line break; long ones keep the reader's paragraphs, without trailing spaces.
  return { state: 'ok', display: type === 'texte-long' ? value.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n') : value };
}

function checkDate(value: string, options: CheckOptions): FieldResult {
  const date = parseUserDate(value);
  if (!date) return { state: 'invalid', message: UI.errDateImpossible };
  if (!options.allowFuture && date.getTime() > options.today.getTime()) return { state: 'invalid', message: UI.errDateFuture };
  if (date.getTime() < OLDEST_DATE.getTime()) return { state: 'invalid', message: UI.errDateOld };
  return { state: 'ok', display: formatDate(date) };
}
