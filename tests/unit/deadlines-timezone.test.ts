/**
 * The holiday library builds local-time dates and adds days in milliseconds, which lands on the
 * evening before across a daylight-saving change. This file runs in a time zone where that
 * happens (Sydney: summer time ends on 7 April 2024, between Easter and Ascension).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';

// Set before the first Date is built: static imports are hoisted, so the module under test comes after.
process.env.TZ = 'Australia/Sydney';
const { publicHolidays } = await import('../../src/lib/deadlines.ts');

test('in Sydney, Ascension 2024 is still Thursday 9 May and Whit Monday Monday 20 May', () => {
  assert.equal(new Date(2024, 0, 1).getTimezoneOffset(), -660, 'the time zone did not change: this test proves nothing');
  const h = publicHolidays(2024);
  assert.equal(h.get('2024-05-09'), 'Ascension');
  assert.equal(h.get('2024-05-20'), 'lundi de Pentecôte');
  assert.equal(h.get('2024-04-01'), 'lundi de Pâques');
  assert.equal(h.size, 11);
});
