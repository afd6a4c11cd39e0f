/**
 * Date helpers shared by the deadline tests (tests/unit/deadlines*.test.ts, letter-tools.test.ts): dates
 * written as ISO strings, so that each test reads like the calendar it was worked out from.
 */
import { computeDeadline } from '../../src/lib/deadlines.ts';
import { parseIsoDate } from '../../src/lib/dates.ts';

/** A date from `YYYY-MM-DD`; throws on a typo, so a test never runs on `undefined`. */
export function d(s: string): Date {
  const date = parseIsoDate(s);
  if (!date) throw new Error(`not an ISO date: ${s}`);
  return date;
}

/** A date back to `YYYY-MM-DD`. */
export const iso = (x: Date): string => x.toISOString().slice(0, 10);

/** The first date of a rule for a letter received on `received`: [plain date, legal last day]. */
export function first(rule: string, received: string, alsaceMoselle = false): [string, string] {
  const s = computeDeadline(rule, d(received), { alsaceMoselle }).steps[0]!;
  return [iso(s.simple), iso(s.legal)];
}
