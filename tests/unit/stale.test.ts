import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deadlineAtRisk, ruleArticles } from '../../src/lib/stale.ts';
import { deadlineRule } from '../../src/lib/deadline-rules.ts';

test('the articles a deadline rule is counted from are read from its source', () => {
  assert.deepEqual(ruleArticles(deadlineRule('observations-sanction')), ['R5412-7']);
  assert.deepEqual(ruleArticles(deadlineRule('mediation')), ['R5312-47', 'R421-1']);
  assert.deepEqual(ruleArticles(deadlineRule('rgpd')), ['12']);
});

test('the full warning only when the article in doubt is the deadline\'s own', () => {
  const rule = deadlineRule('opposition-contrainte');
  const other = { code: 'travail', article: 'L5426-8-2', verdict: 'recheck' } as const;
  const own = { code: 'travail', article: 'R5426-22', verdict: 'recheck' } as const;
  assert.equal(deadlineAtRisk(rule, [other]), false);
  assert.equal(deadlineAtRisk(rule, [other, own]), true);
  assert.equal(deadlineAtRisk(rule, [{ ...own, verdict: 'ok' }]), false);
  assert.equal(deadlineAtRisk(undefined, [own]), false);
  assert.equal(deadlineAtRisk(deadlineRule('rgpd'), [{ code: 'rgpd', article: '12', verdict: 'recheck' }]), true);
  assert.equal(deadlineAtRisk(deadlineRule('rgpd'), [{ code: 'rgpd', article: '15', verdict: 'recheck' }]), false);
});
