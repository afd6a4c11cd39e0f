/** The pocket card and the booklets' deadline page say what the calculator computes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { POCKET_CARD_RULES, pocketCardDeadlines, pocketCardPhones } from '../../src/lib/pocket-card.ts';
import { printedDeadline } from '../../src/lib/booklet-deadlines.ts';
import { DEADLINE_RULES } from '../../src/lib/deadline-rules.ts';
import { computeDeadline } from '../../src/lib/deadlines.ts';
import { addDays, isoDate } from '../../src/lib/dates.ts';

test('the card prints, for each of its rules, the duration the calculator counts', () => {
  const card = pocketCardDeadlines();
  assert.deepEqual(card.map((d) => d.id), [...POCKET_CARD_RULES]);
  for (const d of card) {
    const start = new Date(Date.UTC(2025, 2, 3));
    const first = computeDeadline(d.id, start).steps[0]!;
    const m = /^(\d+) (jours?|mois)$/.exec(d.duree);
    assert.ok(m, `${d.id}: "${d.duree}" is a number of days or months`);
    const n = Number(m[1]);
    // The calculator's plain date (before a délai franc's extra day and weekends) is the printed duration after the start.
    const plain = m[2] === 'mois' ? new Date(Date.UTC(2025, 2 + n, 3)) : addDays(start, n);
    assert.equal(isoDate(first.simple), isoDate(plain), `${d.id}: the card says ${d.duree}`);
  }
});

test('the deadlines the issue names are on the card with their numbers', () => {
  const byId = new Map(pocketCardDeadlines().map((d) => [d.id, d.duree]));
  assert.equal(byId.get('observations-sanction'), '10 jours');
  assert.equal(byId.get('mediation'), '2 mois');
  assert.equal(byId.get('indu-are'), '2 mois');
  assert.equal(byId.get('opposition-contrainte'), '15 jours');
});

test('every rule says on paper what it is for, and a rule that cannot is refused', () => {
  for (const r of DEADLINE_RULES) assert.match(printedDeadline(r.id).pour, /^pour /, r.id);
  assert.throws(() => printedDeadline('inconnue'));
});

test('the card lists the contacts that have a phone number, and only those', () => {
  const phones = pocketCardPhones([{ id: 'a', telephone: '09 69 39 00 00' }, { id: 'b' }, { id: 'c', telephone: ' ' }]);
  assert.deepEqual(phones.map((p) => p.id), ['a']);
  assert.deepEqual(pocketCardPhones([{ id: 'b' }]), []);
});
