/**
 * How loud an « à revérifier » warning should be. A page whose cited law may have changed says so in
 * one line near the top, linked to the detail further down; the full box stays at the top only when
 * the article in doubt is the one the page's deadline is counted from (DeadlineRule.source).
 */
import type { DeadlineRule } from './deadline-rules.ts';
import type { RefCheck } from './legal-watch.ts';

/** Article numbers named in a rule's source: "R5412-7", "R421-1", or "12" for the RGPD. */
export function ruleArticles(rule: Pick<DeadlineRule, 'source'>): string[] {
  const titre = rule.source.titre.replace(/\b([LRD])\.?\s*(\*?\d)/g, '$1$2');
  const numbered = [...titre.matchAll(/\b[LRD]\*?\d+(?:-\d+)*\b/g)].map((m) => m[0]);
  const rgpd = /RGPD/.test(titre) ? [...titre.matchAll(/\bArticles?\s+(\d+)\b/g)].map((m) => m[1]!) : [];
  return [...numbered, ...rgpd];
}

/** Whether a reference in doubt (verdict `recheck`) is one the deadline rule is counted from. */
export function deadlineAtRisk(rule: Pick<DeadlineRule, 'source'> | undefined, refs: Pick<RefCheck, 'article' | 'verdict' | 'code'>[]): boolean {
  if (!rule) return false;
  const articles = new Set(ruleArticles(rule).map((a) => a.replace('*', '')));
  return refs.some((r) => r.verdict === 'recheck' && articles.has(r.article.replace('*', ''))
    && (r.code !== 'rgpd' || /RGPD/.test(rule.source.titre)));
}
