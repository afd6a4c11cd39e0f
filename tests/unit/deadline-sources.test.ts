/**
 * Each deadline rule against the words of the article that sets it, read from the official
 * consolidated codes the build uses (@socialgouv/legi-data). A new version of the package that changes
 * one of these articles fails here, naming the rule, so nobody keeps counting from an old text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEADLINE_RULES, deadlineRule } from '../../src/lib/deadline-rules.ts';
import { legiSource } from '../../src/lib/legi-data-fs.ts';

const CODES = {
  travail: 'LEGITEXT000006072050',
  css: 'LEGITEXT000006073189',
  crpa: 'LEGITEXT000031366350',
} as const;

interface Quote { code: keyof typeof CODES; article: string; words: string[] }

/** The words that set each rule's period and its start, as the article says them. */
const QUOTES: Record<string, Quote[]> = {
  'observations-sanction': [{ code: 'travail', article: 'R5412-7', words: ['par tout moyen donnant date certaine à leur réception', 'le délai de dix jours dont il dispose pour présenter des observations écrites'] }],
  'opposition-contrainte': [{ code: 'travail', article: 'R5426-22', words: ['dans les quinze jours à compter de la notification'] }],
  'indu-are': [{ code: 'travail', article: 'R5426-19', words: ['dans un délai de deux mois à compter de la date de notification de l\'indu'] }],
  documents: [
    { code: 'crpa', article: 'R311-13', words: ['est d\'un mois à compter de la réception de la demande par l\'administration compétente'] },
    { code: 'crpa', article: 'R343-1', words: ['L\'intéressé dispose d\'un délai de deux mois à compter de la notification du refus ou de l\'expiration du délai prévu à l\'article R. 311-13 pour saisir la Commission d\'accès aux documents administratifs'] },
  ],
  'cra-caf': [{ code: 'css', article: 'R142-1', words: ['Cette commission doit être saisie dans le délai de deux mois à compter de la notification de la décision'] }],
  'remise-dette-caf': [{ code: 'crpa', article: 'L231-4', words: ['le silence gardé par l\'administration pendant deux mois vaut décision de rejet'] }],
  'observations-penalite-caf': [{ code: 'css', article: 'R114-11', words: ['qu\'il dispose d\'un délai d\'un mois à compter de la réception de la notification pour demander à être entendu'] }],
  'reponse-recours-are': [
    { code: 'travail', article: 'R5426-19', words: ['n\'a pas été portée à la connaissance du requérant dans le délai de deux mois, l\'intéressé peut considérer sa contestation comme rejetée'] },
    { code: 'crpa', article: 'L114-3', words: ['Le délai au terme duquel est susceptible d\'intervenir une décision implicite de rejet court à compter de la date de réception de la demande par l\'administration initialement saisie'] },
    { code: 'crpa', article: 'L110-1', words: ['y compris les recours gracieux ou hiérarchiques'] },
  ],
  'reponse-cra-caf': [{
    code: 'css', article: 'R142-6', words: [
      'n\'a pas été portée à la connaissance du requérant dans le délai de deux mois, l\'intéressé peut considérer sa demande comme rejetée',
      'Le délai de deux mois prévu à l\'alinéa précédent court à compter de la réception de la réclamation par l\'organisme de sécurité sociale',
      'si des documents sont produits par le réclamant après le dépôt de la réclamation, le délai ne court qu\'à dater de la réception de ces documents',
    ],
  }],
  'tribunal-cra-caf': [{ code: 'css', article: 'R142-1-A', words: ['le délai de recours préalable et le délai de recours contentieux sont de deux mois à compter de la notification de la décision contestée'] }],
  // The following date (tribunal administratif, CJA R421-2) is outside the official data: see the comment on the rule.
  'refus-apres-cada': [
    { code: 'crpa', article: 'R343-3', words: ['dans un délai d\'un mois à compter de l\'enregistrement de la demande au secrétariat'] },
    { code: 'crpa', article: 'R*343-4', words: ['par l\'administration mise en cause vaut décision de refus'] },
    { code: 'crpa', article: 'R343-5', words: ['est de deux mois à compter de l\'enregistrement de la demande de l\'intéressé par la commission'] },
  ],
};

/** Rules whose period no article of these codes states: CJA R421-1 (mediation), EU law (rgpd). */
const OUTSIDE_THE_DATA = ['mediation', 'rgpd'];

interface LegiNode { type: string; data?: { num?: string; texte?: string; etat?: string }; children?: LegiNode[] }

const texts = new Map<string, Map<string, string>>();
/** Article number → text of the version the package holds, one parse per code. */
function articles(code: keyof typeof CODES): Map<string, string> {
  let map = texts.get(code);
  if (map) return map;
  map = new Map();
  const tree = JSON.parse(readFileSync(join(legiSource().dir, 'data', `${CODES[code]}.json`), 'utf8')) as LegiNode;
  const stack = [tree];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'article' && n.data?.num && !map.has(n.data.num)) map.set(n.data.num, n.data.texte ?? '');
    else for (const c of n.children ?? []) stack.push(c);
  }
  texts.set(code, map);
  return map;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').replaceAll('’', '\'');

test('every rule counted from an article of the official data quotes it, and only those are left out', () => {
  const ids = DEADLINE_RULES.map((r) => r.id);
  assert.deepEqual(ids.filter((id) => !(id in QUOTES)).sort(), [...OUTSIDE_THE_DATA].sort());
  for (const id of Object.keys(QUOTES)) assert.ok(ids.includes(id as never), `unknown rule ${id}`);
});

for (const [id, quotes] of Object.entries(QUOTES)) {
  test(`${id}: the article still says the words the rule is counted from`, () => {
    const rule = deadlineRule(id);
    for (const q of quotes) {
      const text = articles(q.code).get(q.article);
      assert.ok(text !== undefined, `${id}: ${q.article} is not in the official data any more`);
      for (const w of q.words) assert.ok(flat(text).includes(w), `${id}: ${q.article} no longer says « ${w} »`);
    }
    // The first article quoted is the one the rule names as its source.
    const first = quotes[0]!.article.replace('*', '');
    assert.match(rule.source.titre.replace('*', ''), new RegExp(`\\b${first.replace(/-/g, '\\-')}\\b`), id);
  });
}
