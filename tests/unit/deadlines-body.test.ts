/**
 * The body-side delays the parcours draw (silence that means rejection) and the court deadlines that
 * follow them, against dates worked out by hand from a calendar.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDeadline } from '../../src/lib/deadlines.ts';
import { parseIsoDate } from '../../src/lib/dates.ts';

const d = (s: string) => parseIsoDate(s)!;
const iso = (x: Date) => x.toISOString().slice(0, 10);
const dates = (rule: string, start: string) => computeDeadline(rule, d(start)).steps.map((s) => [iso(s.simple), iso(s.legal)]);

test('ARE recourse: France Travail receives it Fri 11 September 2026 → rejection Wed 11 November 2026 (Armistice), not moved', () => {
  assert.deepEqual(dates('reponse-recours-are', '2026-09-11'), [['2026-11-11', '2026-11-11']]);
});

test('CRA silence: the Caf receives the recourse Tue 14 April 2026 → rejection Sun 14 June 2026, not moved', () => {
  assert.deepEqual(dates('reponse-cra-caf', '2026-04-14'), [['2026-06-14', '2026-06-14']]);
});

test('pôle social: decision received Sat 14 March 2026 → Thu 14 May 2026 (Ascension) → Fri 15 May 2026, no extra day', () => {
  assert.deepEqual(dates('tribunal-cra-caf', '2026-03-14'), [['2026-05-14', '2026-05-15']]);
  assert.equal(computeDeadline('tribunal-cra-caf', d('2026-03-14')).steps[0]!.francDate, null);
});

test('after the CADA: registered Fri 3 April 2026 → refusal Wed 3 June 2026 → tribunal Mon 3 August 2026, franc: Tue 4 August 2026', () => {
  assert.deepEqual(dates('refus-apres-cada', '2026-04-03'), [['2026-06-03', '2026-06-03'], ['2026-08-03', '2026-08-04']]);
});

test('after the CADA: registered Mon 12 October 2026 → refusal Sat 12 December 2026, not moved → tribunal Fri 12 February 2027, franc Sat 13 → Mon 15 February 2027', () => {
  const [refusal, court] = computeDeadline('refus-apres-cada', d('2026-10-12')).steps;
  assert.deepEqual([iso(refusal!.simple), iso(refusal!.legal)], ['2026-12-12', '2026-12-12']);
  assert.equal(court!.acteur, 'vous');
  assert.deepEqual([iso(court!.simple), iso(court!.francDate!), iso(court!.legal)], ['2027-02-12', '2027-02-13', '2027-02-15']);
});

test('the browser counts from the page\'s rule alone: same dates as the table, no wording but the titles and source', async () => {
  const { countDeadline, countedRule } = await import('../../src/lib/deadlines.ts');
  const { DEADLINE_RULES } = await import('../../src/lib/deadline-rules.ts');
  for (const r of DEADLINE_RULES) {
    const counted = JSON.parse(JSON.stringify(countedRule(r)));
    assert.equal('enMots' in counted || 'depart' in counted || 'envoi' in counted, false, r.id);
    const a = countDeadline(counted, d('2026-12-24'), { alsaceMoselle: true }).steps.map((s) => [iso(s.simple), iso(s.legal), s.titre]);
    const b = computeDeadline(r.id, d('2026-12-24'), { alsaceMoselle: true }).steps.map((s) => [iso(s.simple), iso(s.legal), s.titre]);
    assert.deepEqual(a, b, r.id);
  }
});
