/**
 * Deadline rules against dates worked out by hand from a calendar. Each name states the day of
 * receipt, the plain date and the last day in law, with the weekday, so a reader can check it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDeadline, dayOff, nextWorkingDay, publicHolidays } from '../../src/lib/deadlines.ts';
import { DEADLINE_RULES, DEADLINE_RULE_IDS } from '../../src/lib/deadline-rules.ts';
import { addMonths, parseIsoDate, parseUserDate } from '../../src/lib/dates.ts';
import { d, first, iso } from '../helpers/deadline-dates.ts';

test('10 days ending on a Sunday: received Thu 5 March 2026 → Sun 15 March → moved to Mon 16 March 2026', () => {
  assert.deepEqual(first('observations-sanction', '2026-03-05'), ['2026-03-15', '2026-03-16']);
});

test('10 days across a weekend: received Fri 6 March 2026 → Mon 16 March 2026, nothing to move', () => {
  assert.deepEqual(first('observations-sanction', '2026-03-06'), ['2026-03-16', '2026-03-16']);
});

test('10 days, the article\'s example: received Tue 3 March 2026 → Fri 13 March 2026', () => {
  assert.deepEqual(first('observations-sanction', '2026-03-03'), ['2026-03-13', '2026-03-13']);
});

test('15 days ending on a Saturday: received Fri 13 November 2026 → Sat 28 November → Mon 30 November 2026', () => {
  assert.deepEqual(first('opposition-contrainte', '2026-11-13'), ['2026-11-28', '2026-11-30']);
});

test('1 May: 2 months from Sun 1 March 2026 → Fri 1 May (holiday), Sat 2, Sun 3 → Mon 4 May 2026', () => {
  assert.deepEqual(first('indu-are', '2026-03-01'), ['2026-05-01', '2026-05-04']);
});

test('Easter Monday: 10 days from Fri 27 March 2026 → Mon 6 April 2026 (lundi de Pâques) → Tue 7 April 2026', () => {
  assert.deepEqual(first('observations-sanction', '2026-03-27'), ['2026-04-06', '2026-04-07']);
});

test('14 July: 15 days from Mon 29 June 2026 → Tue 14 July 2026 → Wed 15 July 2026', () => {
  assert.deepEqual(first('opposition-contrainte', '2026-06-29'), ['2026-07-14', '2026-07-15']);
});

test('1 November: 2 months from Wed 1 September 2027 → Mon 1 November 2027 (Toussaint) → Tue 2 November 2027', () => {
  assert.deepEqual(first('indu-are', '2027-09-01'), ['2027-11-01', '2027-11-02']);
});

test('délai franc then 1 November: from Tue 31 August 2027 → Sun 31 October, +1 day = Mon 1 November (Toussaint) → Tue 2 November 2027', () => {
  const s = computeDeadline('mediation', d('2027-08-31')).steps[0]!;
  assert.equal(iso(s.simple), '2027-10-31');
  assert.equal(iso(s.francDate!), '2027-11-01');
  assert.equal(iso(s.legal), '2027-11-02');
  assert.deepEqual(s.skipped.map((x) => [iso(x.date), x.off]), [['2027-11-01', { kind: 'ferie', nom: 'Toussaint' }]]);
});

test('délai franc: received Fri 20 March 2026 → administrative court (médiation) Thu 21 May 2026; tribunal judiciaire (indu) Wed 20 May 2026', () => {
  assert.deepEqual(first('mediation', '2026-03-20'), ['2026-05-20', '2026-05-21']);
  assert.deepEqual(first('indu-are', '2026-03-20'), ['2026-05-20', '2026-05-20']);
});

test('month end: 1 month from Sat 31 January 2026 → Sat 28 February 2026 → moved to Mon 2 March 2026', () => {
  assert.deepEqual(first('rgpd', '2026-01-31'), ['2026-02-28', '2026-03-02']);
});

test('leap year: 1 month from Mon 31 January 2028 → Tue 29 February 2028', () => {
  assert.deepEqual(first('rgpd', '2028-01-31'), ['2028-02-29', '2028-02-29']);
});

test('the article\'s example: 2 months from Thu 31 December 2026 → Sun 28 February 2027 → Mon 1 March 2027', () => {
  assert.deepEqual(first('indu-are', '2026-12-31'), ['2027-02-28', '2027-03-01']);
});

test('RGPD: answer by Mon 20 April 2026; with the extension, 3 months: Sat 20 June → Mon 22 June 2026', () => {
  const [answer, extended] = computeDeadline('rgpd', d('2026-03-20')).steps;
  assert.equal(answer!.id, 'limite');
  assert.deepEqual([iso(answer!.simple), iso(answer!.legal)], ['2026-04-20', '2026-04-20']);
  assert.equal(extended!.id, 'prolongation');
  assert.deepEqual([iso(extended!.simple), iso(extended!.legal)], ['2026-06-20', '2026-06-22']);
  assert.equal(extended!.agenda, false);
});

test('documents: received Tue 10 March 2026 → implicit refusal Fri 10 April 2026 → CADA by Wed 10 June 2026', () => {
  const [refusal, cada] = computeDeadline('documents', d('2026-03-10')).steps;
  assert.equal(iso(refusal!.simple), '2026-04-10');
  assert.equal(cada!.id, 'cada');
  assert.equal(cada!.acteur, 'vous');
  assert.deepEqual([iso(cada!.simple), iso(cada!.legal)], ['2026-06-10', '2026-06-10']);
});

test('documents: a refusal on Sat 28 March 2026 is not moved, so the CADA count starts that day → Thu 28 May 2026', () => {
  const [refusal, cada] = computeDeadline('documents', d('2026-02-28')).steps;
  assert.deepEqual([iso(refusal!.simple), iso(refusal!.legal)], ['2026-03-28', '2026-03-28']);
  assert.equal(iso(cada!.simple), '2026-05-28');
});

test('Alsace-Moselle: 10 days from Tue 24 March 2026 → Fri 3 April (Good Friday): kept in mainland France, moved to Tue 7 April 2026 there', () => {
  assert.deepEqual(first('observations-sanction', '2026-03-24'), ['2026-04-03', '2026-04-03']);
  assert.deepEqual(first('observations-sanction', '2026-03-24', true), ['2026-04-03', '2026-04-07']);
});

test('Alsace-Moselle: 15 days from Thu 11 December 2025 → Fri 26 December: kept in mainland France, moved to Mon 29 December 2025 there', () => {
  assert.deepEqual(first('opposition-contrainte', '2025-12-11'), ['2025-12-26', '2025-12-26']);
  assert.deepEqual(first('opposition-contrainte', '2025-12-11', true), ['2025-12-26', '2025-12-29']);
});

test('public holidays of 2026: eleven in mainland France, Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May; thirteen in Alsace-Moselle', () => {
  const h = publicHolidays(2026);
  assert.equal(h.size, 11);
  assert.equal(h.get('2026-04-06'), 'lundi de Pâques');
  assert.equal(h.get('2026-05-14'), 'Ascension');
  assert.equal(h.get('2026-05-25'), 'lundi de Pentecôte');
  assert.equal(h.get('2026-07-14'), 'fête nationale');
  const a = publicHolidays(2026, { alsaceMoselle: true });
  assert.equal(a.size, 13);
  assert.equal(a.get('2026-04-03'), 'Vendredi saint');
  assert.equal(a.get('2026-12-26'), 'Saint-Étienne');
  assert.equal(publicHolidays(2027).get('2027-03-29'), 'lundi de Pâques');
});

test('days off: Saturday, Sunday, holiday, and a working day', () => {
  assert.deepEqual(dayOff(d('2026-03-14')), { kind: 'samedi' });
  assert.deepEqual(dayOff(d('2026-03-15')), { kind: 'dimanche' });
  assert.deepEqual(dayOff(d('2026-11-11')), { kind: 'ferie', nom: 'Armistice du 11 novembre 1918' });
  assert.equal(dayOff(d('2026-03-16')), null);
  assert.equal(iso(nextWorkingDay(d('2026-03-16')).date), '2026-03-16');
});

test('adding months keeps the day, or takes the last day of a shorter month', () => {
  assert.equal(iso(addMonths(d('2026-03-31'), 1)), '2026-04-30');
  assert.equal(iso(addMonths(d('2026-01-30'), 1)), '2026-02-28');
  assert.equal(iso(addMonths(d('2026-11-15'), 2)), '2027-01-15');
  assert.equal(iso(addMonths(d('2026-12-31'), 2)), '2027-02-28');
});

test('dates: impossible ones are refused, French and ISO forms are read', () => {
  assert.equal(parseIsoDate('2026-02-30'), null);
  assert.equal(parseIsoDate('2026-13-01'), null);
  assert.equal(parseIsoDate('20/03/2026'), null);
  assert.equal(parseUserDate('31/02/2026'), null);
  assert.equal(parseUserDate('29/02/2026'), null);
  assert.equal(iso(parseUserDate('29/02/2028')!), '2028-02-29');
  assert.equal(iso(parseUserDate('20/3/2026')!), '2026-03-20');
  assert.equal(iso(parseUserDate('20.03.2026')!), '2026-03-20');
  assert.equal(iso(parseUserDate(' 2026-03-20 ')!), '2026-03-20');
  assert.equal(parseUserDate('demain'), null);
});

test('every rule keeps its id, cites an https source and labels its start date', () => {
  assert.deepEqual(DEADLINE_RULE_IDS, ['observations-sanction', 'opposition-contrainte', 'mediation', 'indu-are', 'rgpd', 'documents', 'cra-caf', 'remise-dette-caf', 'observations-penalite-caf', 'reponse-recours-are', 'reponse-cra-caf', 'tribunal-cra-caf', 'refus-apres-cada']);
  for (const r of DEADLINE_RULES) {
    assert.match(r.source.url, /^https:\/\//, r.id);
    assert.ok(r.libelleDate.length > 10, r.id);
    assert.ok(computeDeadline(r.id, d('2026-03-20')).steps.length >= 1);
  }
  assert.throws(() => computeDeadline('inconnue', d('2026-03-20')), /Unknown deadline rule "inconnue"/);
});
