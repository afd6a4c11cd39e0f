/**
 * Deadline arithmetic, the same on the server (worked examples) and in the browser (the reader's
 * own date). Dates are calendar days held as UTC midnights, so no time zone or daylight-saving
 * change can shift a day. Rules: see deadline-rules.ts; method: code de procédure civile 641–642.
 */
import joursFeries from '@socialgouv/jours-feries';
import { deadlineRule, type Actor, type DeadlineRule, type Duration } from './deadline-rules.ts';
import { addDays, addMonths, calendarDate, isoDate } from './dates.ts';

const DAY_MS = 86_400_000;

export interface HolidayOptions {
  /** Add the two extra public holidays of Bas-Rhin, Haut-Rhin and Moselle (Good Friday, 26 December). */
  alsaceMoselle?: boolean;
}

export function addDuration(date: Date, d: Duration): Date {
  return addDays(addMonths(date, d.mois ?? 0), d.jours ?? 0);
}

/** Names of the public holidays as the site writes them; the library's names are the fallback. */
const HOLIDAY_NAMES: Record<string, string> = {
  'Jour de l\'an': 'jour de l\'An',
  'Fête du travail': 'fête du Travail',
  'Victoire des alliés': 'Victoire du 8 mai 1945',
  'Fête Nationale': 'fête nationale',
  Assomption: 'Assomption',
  Toussaint: 'Toussaint',
  Armistice: 'Armistice du 11 novembre 1918',
  'Noël': 'Noël',
  'Lundi de Pâques': 'lundi de Pâques',
  Ascension: 'Ascension',
  'Lundi de Pentecôte': 'lundi de Pentecôte',
  'Vendredi Saint': 'Vendredi saint',
  'Saint Étienne': 'Saint-Étienne',
};

const holidayCache = new Map<string, Map<string, string>>();

/**
 * Public holidays of mainland France in `year` (ISO date → name), from @socialgouv/jours-feries.
 * The library builds local-time Dates and adds days in milliseconds, so across a daylight-saving
 * change a day can come out at 23:00 the evening before; adding 12 hours before reading the local
 * day puts every date back on its own day, in any time zone.
 */
export function publicHolidays(year: number, options: HolidayOptions = {}): Map<string, string> {
  const key = `${year}:${options.alsaceMoselle ? 1 : 0}`;
  let map = holidayCache.get(key);
  if (!map) {
    map = new Map();
    for (const [name, date] of Object.entries(joursFeries(year, { alsace: Boolean(options.alsaceMoselle) }))) {
      const noon = new Date(date.getTime() + DAY_MS / 2);
      map.set(isoDate(calendarDate(noon.getFullYear(), noon.getMonth() + 1, noon.getDate())), HOLIDAY_NAMES[name] ?? name);
    }
    holidayCache.set(key, map);
  }
  return map;
}

/** Why a day is not a working day, or null when it is one. */
export type DayOff = { kind: 'samedi' } | { kind: 'dimanche' } | { kind: 'ferie'; nom: string };

export function dayOff(date: Date, options: HolidayOptions = {}): DayOff | null {
  const weekday = date.getUTCDay();
  if (weekday === 6) return { kind: 'samedi' };
  if (weekday === 0) return { kind: 'dimanche' };
  const nom = publicHolidays(date.getUTCFullYear(), options).get(isoDate(date));
  return nom ? { kind: 'ferie', nom } : null;
}

/** The first working day from `date` (itself if it is one), with the days skipped and why. */
export function nextWorkingDay(date: Date, options: HolidayOptions = {}): { date: Date; skipped: { date: Date; off: DayOff }[] } {
  const skipped: { date: Date; off: DayOff }[] = [];
  let d = date;
  for (let off = dayOff(d, options); off; off = dayOff(d, options)) {
    skipped.push({ date: d, off });
    d = addDays(d, 1);
  }
  return { date: d, skipped };
}

/** One date of a deadline, with every step of its computation so the page can explain it. */
export interface DeadlineStep {
  id: string;
  titre: string;
  acteur: Actor;
  /** The day the count starts from (not counted itself). */
  from: Date;
  duree: Duration;
  /** The plain date: same date N months later, or N days later. The safe date, for a letter to arrive by. */
  simple: Date;
  /** The day after the plain date for a délai franc, else null. */
  francDate: Date | null;
  /** The last day in law: after the extra day of a délai franc and the move past weekends and holidays. */
  legal: Date;
  /** Saturdays, Sundays and holidays the last day was moved past. */
  skipped: { date: Date; off: DayOff }[];
  /** Whether the calendar file gets an event for this date. */
  agenda: boolean;
}

/** What counting needs of a rule: the browser gets only this, as JSON on the page, not every rule's wording. */
export type CountedRule = Pick<DeadlineRule, 'id' | 'duree' | 'franc' | 'report' | 'acteur' | 'titre' | 'suite' | 'source'>;

export const countedRule = ({ id, duree, franc, report, acteur, titre, suite, source }: DeadlineRule): CountedRule =>
  ({ id, duree, franc, report, acteur, titre, suite, source });

export interface Deadline<R extends CountedRule = DeadlineRule> { rule: R; start: Date; steps: DeadlineStep[] }

function step(
  base: { id: string; titre: string; acteur: Actor; duree: Duration; franc: boolean; report: boolean; agenda: boolean },
  from: Date,
  options: HolidayOptions,
): DeadlineStep {
  const simple = addDuration(from, base.duree);
  const francDate = base.franc ? addDays(simple, 1) : null;
  const last = francDate ?? simple;
  const moved = base.report ? nextWorkingDay(last, options) : { date: last, skipped: [] };
  return { id: base.id, titre: base.titre, acteur: base.acteur, from, duree: base.duree, simple, francDate, legal: moved.date, skipped: moved.skipped, agenda: base.agenda };
}

/** Every date of a rule, counted from `start` (the day of receipt, which does not count). */
export function computeDeadline(ruleId: string, start: Date, options: HolidayOptions = {}): Deadline {
  return countDeadline(deadlineRule(ruleId), start, options);
}

/** The same, from the rule itself (the browser's calculator, which does not ship the table of rules). */
export function countDeadline<R extends CountedRule>(rule: R, start: Date, options: HolidayOptions = {}): Deadline<R> {
  const first = step({ ...rule, id: 'limite', agenda: true }, start, options);
  const steps = [first];
  if (rule.suite) {
    const from = rule.suite.depuis === 'fin' ? first.simple : start;
    steps.push(step({ ...rule.suite, report: true }, from, options));
  }
  return { rule, start, steps };
}
