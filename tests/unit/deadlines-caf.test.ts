/**
 * The CAF deadline rules (commission de recours amiable, remise de dette, observations before a
 * penalty) and the CADA rule as the control-report letter uses it, against dates worked out by hand
 * from a calendar: across weekends, public holidays and month ends.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDeadline } from '../../src/lib/deadlines.ts';
import { deadlineRule } from '../../src/lib/deadline-rules.ts';
import { d, first, iso } from '../helpers/deadline-dates.ts';

test('CRA: 2 months from Sat 14 March 2026 → Thu 14 May 2026 (Ascension) → Fri 15 May 2026', () => {
  assert.deepEqual(first('cra-caf', '2026-03-14'), ['2026-05-14', '2026-05-15']);
});

test('CRA: 2 months from Wed 25 March 2026 → Mon 25 May 2026 (lundi de Pentecôte) → Tue 26 May 2026', () => {
  assert.deepEqual(first('cra-caf', '2026-03-25'), ['2026-05-25', '2026-05-26']);
});

test('CRA: 2 months from Tue 25 August 2026 → Sun 25 October 2026 → Mon 26 October 2026', () => {
  assert.deepEqual(first('cra-caf', '2026-08-25'), ['2026-10-25', '2026-10-26']);
});

test('CRA: not franc: from Fri 20 March 2026 the last day is Wed 20 May 2026, no extra day', () => {
  assert.deepEqual(first('cra-caf', '2026-03-20'), ['2026-05-20', '2026-05-20']);
  assert.equal(computeDeadline('cra-caf', d('2026-03-20')).steps[0]!.francDate, null);
});

test('CRA: month end: 2 months from Thu 31 December 2026 → Sun 28 February 2027 → Mon 1 March 2027', () => {
  assert.deepEqual(first('cra-caf', '2026-12-31'), ['2027-02-28', '2027-03-01']);
});

test('CRA: the reader acts, and the rule cites R142-1 of the code de la sécurité sociale', () => {
  const r = deadlineRule('cra-caf');
  assert.equal(r.acteur, 'vous');
  assert.equal(r.franc, false);
  assert.match(r.source.titre, /R142-1 du code de la sécurité sociale/);
});

test('remise de dette: the Caf receives it Tue 14 April 2026 → implicit refusal Sun 14 June 2026, not moved', () => {
  assert.deepEqual(first('remise-dette-caf', '2026-04-14'), ['2026-06-14', '2026-06-14']);
});

test('remise de dette: received Fri 11 September 2026 → refusal Wed 11 November 2026 (Armistice), not moved', () => {
  assert.deepEqual(first('remise-dette-caf', '2026-09-11'), ['2026-11-11', '2026-11-11']);
});

test('remise de dette: the Caf must answer, and the rule cites L231-4 of the CRPA', () => {
  const r = deadlineRule('remise-dette-caf');
  assert.equal(r.acteur, 'organisme');
  assert.equal(computeDeadline('remise-dette-caf', d('2026-04-14')).steps.length, 1);
  assert.match(r.source.titre, /L231-4/);
});

test('penalty: 1 month from Tue 25 November 2025 → Thu 25 December 2025 (Noël) → Fri 26 December 2025', () => {
  assert.deepEqual(first('observations-penalite-caf', '2025-11-25'), ['2025-12-25', '2025-12-26']);
});

test('penalty, Alsace-Moselle: Fri 26 December 2025 is Saint-Étienne there → Mon 29 December 2025', () => {
  assert.deepEqual(first('observations-penalite-caf', '2025-11-25', true), ['2025-12-25', '2025-12-29']);
});

test('penalty: 1 month from Sat 28 February 2026 → Sat 28 March 2026 → Mon 30 March 2026', () => {
  assert.deepEqual(first('observations-penalite-caf', '2026-02-28'), ['2026-03-28', '2026-03-30']);
});

test('penalty: month end: 1 month from Sat 31 January 2026 → Sat 28 February 2026 → Mon 2 March 2026', () => {
  assert.deepEqual(first('observations-penalite-caf', '2026-01-31'), ['2026-02-28', '2026-03-02']);
});

test('penalty: the rule cites R114-11 of the code de la sécurité sociale and counts 1 month', () => {
  const r = deadlineRule('observations-penalite-caf');
  assert.deepEqual(r.duree, { mois: 1 });
  assert.match(r.source.titre, /R114-11 du code de la sécurité sociale/);
});

test('control report (documents rule): the Caf receives it Fri 3 April 2026 → refusal Sun 3 May 2026, not moved → CADA by Fri 3 July 2026', () => {
  const [refusal, cada] = computeDeadline('documents', d('2026-04-03')).steps;
  assert.deepEqual([iso(refusal!.simple), iso(refusal!.legal)], ['2026-05-03', '2026-05-03']);
  assert.deepEqual([iso(cada!.simple), iso(cada!.legal)], ['2026-07-03', '2026-07-03']);
});

test('CRA and penalty: a letter sent by post cites CRPA L112-1 and still advises arriving before the date', () => {
  for (const id of ['cra-caf', 'observations-penalite-caf']) {
    const envoi = deadlineRule(id).envoi;
    assert.ok(envoi, `${id} says which date counts for a letter sent by post`);
    assert.match(envoi.texte, /L112-1/);
    assert.match(envoi.texte, /arriver (votre recours |les )?avant la date/);
    assert.match(envoi.source?.url ?? '', /LEGIARTI000031367331$/);
  }
});
