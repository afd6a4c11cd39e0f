/**
 * Calendar days, held as UTC midnights (as front matter dates are), so no time zone or daylight-saving
 * change can shift a day; and dates as French readers write them: "1er juin 2025".
 */
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

export function formatDate(date: Date): string {
  const day = date.getUTCDate();
  return `${day === 1 ? '1er' : day} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** With the day of the week: "lundi 16 mars 2026". */
export function formatDateLong(date: Date): string {
  return `${WEEKDAYS[date.getUTCDay()]} ${formatDate(date)}`;
}

/** ISO date (YYYY-MM-DD) for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whether a "vérifié le" date is older than `months` months on `today`. */
export function isStale(verified: Date, today: Date, months = 12): boolean {
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  return verified.getTime() < limit.getTime();
}

const DAY_MS = 86_400_000;

/** A calendar day as a UTC midnight. Month is 1–12. */
export function calendarDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2026-03-20" → that day; anything else (wrong shape, 30 February, month 13) → null. */
export function parseIsoDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? validDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A date typed by hand: "20/03/2026", "20-3-2026", "20.03.2026" or "2026-03-20". Null when impossible. */
export function parseUserDate(text: string): Date | null {
  const t = text.trim();
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (isoMatch) return validDate(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const fr = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/.exec(t);
  return fr ? validDate(Number(fr[3]), Number(fr[2]), Number(fr[1])) : null;
}

function validDate(year: number, month: number, day: number): Date | null {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return calendarDate(year, month, day);
}

/** Today in the reader's own time zone, as a calendar day. */
export function localToday(now = new Date()): Date {
  return calendarDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Same day of the month, `months` later; the last day of the month when that day does not exist (31 January → 28 or 29 February). */
export function addMonths(date: Date, months: number): Date {
  const total = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(total / 12);
  const month = (((total % 12) + 12) % 12) + 1;
  return calendarDate(year, month, Math.min(date.getUTCDate(), daysInMonth(year, month)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** Whole numbers the French way, thousands separated by a narrow no-break space: "5 000". */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202F');
}
