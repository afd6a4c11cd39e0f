/**
 * The parcours pictures: durations come from the deadline rules (change a rule, the picture changes),
 * the table points to real pages, and every picture has its text equivalent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { DEADLINE_RULES, type DeadlineRule } from '../../src/lib/deadline-rules.ts';
import { checkParcours, parcoursById, PARCOURS, parcoursOn } from '../../src/lib/parcours.ts';
import { drawParcours, wrap } from '../../src/lib/parcours-svg.ts';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

test('at least five parcours, each drawn twice with its steps numbered', () => {
  assert.ok(PARCOURS.length >= 5);
  for (const p of PARCOURS) {
    const d = drawParcours(p);
    for (const svg of [d.vertical, d.horizontal]) {
      assert.match(svg, /^<svg [^>]*aria-hidden="true"/);
      const numbers = texts(svg).filter((t) => /^\d+$/.test(t!));
      assert.deepEqual(numbers, p.etapes.map((_, i) => String(i + 1)), p.id);
    }
    assert.equal(d.steps.length, p.etapes.length);
  }
});

test('the sanction picture shows 10 jours and 2 mois, read from the rules', () => {
  const d = drawParcours(parcoursById('sanction-france-travail'));
  for (const svg of [d.vertical, d.horizontal]) {
    assert.ok(texts(svg).includes('10 jours'), svg);
    assert.ok(texts(svg).includes('2 mois'), svg);
  }
  assert.equal(d.steps[0]!.delai?.duree, '10 jours');
  assert.equal(d.steps[0]!.delai?.acteur, 'vous');
});

test('changing a rule changes the picture and its text', () => {
  const changed: DeadlineRule[] = DEADLINE_RULES.map((r) => (r.id === 'observations-sanction' ? { ...r, duree: { jours: 21 } } : r));
  const before = drawParcours(parcoursById('sanction-france-travail'));
  const after = drawParcours(parcoursById('sanction-france-travail'), changed);
  assert.notEqual(after.vertical, before.vertical);
  assert.notEqual(after.horizontal, before.horizontal);
  assert.ok(texts(after.vertical).includes('21 jours'));
  assert.ok(!texts(after.vertical).includes('10 jours'));
  assert.equal(after.steps[0]!.delai?.duree, '21 jours');
});

test('a following date is read from the rule\'s suite, and who acts changes the line', () => {
  const changed: DeadlineRule[] = DEADLINE_RULES.map((r) =>
    r.id === 'rgpd' ? { ...r, suite: { ...r.suite!, duree: { mois: 4 } } } : r);
  const d = drawParcours(parcoursById('rgpd'), changed);
  assert.equal(d.steps[1]!.delai?.duree, '4 mois en tout');
  assert.equal(drawParcours(parcoursById('rgpd')).steps[1]!.delai?.duree, '3 mois en tout');
  // The body's deadline is dashed; the reader's is solid and thick.
  assert.match(d.vertical, /stroke-width="3" stroke-dasharray/);
  assert.match(drawParcours(parcoursById('cada')).vertical, /stroke-width="5"\/>/);
});

test('the CAF parcours reads the commission de recours amiable rule', () => {
  const d = drawParcours(parcoursById('indu-caf'));
  assert.equal(d.steps[0]!.delai?.duree, '2 mois');
  assert.match(d.steps[0]!.delai!.source.titre, /R142-1 du code de la sécurité sociale/);
});

test('the table points to real pages; a missing page or an unknown rule is reported', () => {
  const ids = (folder: string) => new Set(readdirSync(`content/${folder}`).map((f) => f.replace(/\.mdx?$/, '')));
  const known = { article: ids('articles'), fiche: ids('fiches'), lettre: ids('lettres') };
  assert.deepEqual(checkParcours(known), []);
  const broken = [{ ...PARCOURS[0]!, pages: ['fiche:absente' as const], etapes: [{ ...PARCOURS[0]!.etapes[0]!, delai: { regle: 'inconnue' as never } }, PARCOURS[0]!.etapes[1]!] }];
  assert.deepEqual(checkParcours(known, broken), [
    'parcours "sanction-france-travail": step « La lettre qui annonce la sanction »: unknown rule "inconnue"',
    'parcours "sanction-france-travail": page fiche:absente does not exist',
  ]);
  assert.deepEqual(parcoursOn('fiche', 'indu-caf').map((p) => p.id), ['indu-caf']);
});

test('wrap keeps lines under the limit and loses no word', () => {
  const text = 'Votre recours à la commission de recours amiable de votre Caf';
  const out = wrap(text, 20);
  assert.ok(out.every((l) => l.length <= 20), out.join('|'));
  assert.equal(out.join(' '), text);
});

test('the later steps read the body-side delays and the court deadlines from their rules', () => {
  const limits = (id: string) => drawParcours(parcoursById(id)).steps.map((s) => s.delai && `${s.delai.duree} ${s.delai.acteur}`);
  assert.deepEqual(limits('indu-france-travail'), ['2 mois vous', '2 mois organisme', null, null]);
  assert.deepEqual(limits('indu-caf'), ['2 mois vous', '2 mois organisme', '2 mois vous', null]);
  assert.deepEqual(limits('cada'), ['1 mois organisme', '2 mois vous', '2 mois organisme', '2 mois vous', null]);
  // Left without a drawn limit on purpose (see the comments in parcours.ts): after the médiateur, after a penalty.
  assert.deepEqual(limits('sanction-france-travail'), ['10 jours vous', null, '2 mois vous', null, null]);
  assert.deepEqual(limits('penalite-caf'), ['1 mois vous', null, null, null]);
  const cada = drawParcours(parcoursById('cada')).steps;
  assert.match(cada[2]!.delai!.source.titre, /R343-5/);
  assert.match(cada[3]!.delai!.source.titre, /R421-2 du code de justice administrative/);
});

test('changing the tribunal date after the CADA changes the CADA picture', () => {
  const changed: DeadlineRule[] = DEADLINE_RULES.map((r) =>
    r.id === 'refus-apres-cada' ? { ...r, suite: { ...r.suite!, duree: { mois: 4 } } } : r);
  const d = drawParcours(parcoursById('cada'), changed);
  assert.equal(d.steps[3]!.delai?.duree, '4 mois');
  assert.ok(texts(d.vertical).includes('4 mois'));
  assert.ok(!texts(drawParcours(parcoursById('cada')).vertical).includes('4 mois'));
});

test('a silence step says the delay is the body\'s, not the reader\'s', () => {
  for (const [id, i] of [['indu-france-travail', 2], ['indu-caf', 2], ['cada', 3]] as const) {
    assert.match(parcoursById(id).etapes[i]!.texte, /pas le vôtre/, id);
    assert.match(parcoursById(id).etapes[i]!.texte, /silence vaut (rejet|refus)/, id);
  }
});

test('no parcours step and no deadline rule links a version the legal watch knows is replaced', async () => {
  const { LegalWatch } = await import('../../src/lib/legal-watch-fs.ts');
  const { LEGAL_CODES } = await import('../../src/lib/legal-codes.ts');
  const watch = new LegalWatch();
  // Loads the index of every code the data covers (check() loads those a page cites).
  const codes = LEGAL_CODES.filter((c) => 'legiText' in c && c.legiText).map((c) => c.id);
  watch.check([{ file: 'all-codes', verifie: new Date(), textes: codes.map((code) => ({ code, article: '1' })) as never }]);
  // The former L114-17-2 (replaced on 30 June 2026, found by the newer index) proves the watch sees replacements.
  assert.deepEqual(watch.staleLinks('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046803642').map((l) => l.article), ['L114-17-2']);
  const urls = [
    ...PARCOURS.flatMap((p) => p.etapes.map((s) => [`${p.id}: ${s.titre}`, s.source.url])),
    ...DEADLINE_RULES.map((r) => [r.id, r.source.url]),
  ];
  for (const [where, url] of urls) assert.deepEqual(watch.staleLinks(url!), [], `${where} links a replaced version`);
});

test('after the commission de recours amiable, the steps give the court deadline after a silence too, and the mention that makes it count', () => {
  const [, , silence, court] = parcoursById('indu-caf').etapes;
  assert.match(silence!.texte, /2 mois pour aller au tribunal/);
  assert.match(silence!.texte, /du jour du rejet si elle se tait/);
  assert.doesNotMatch(silence!.texte, /ne dit pas clairement/);
  assert.match(court!.texte, /accusé de réception de votre recours/);
  assert.match(parcoursById('indu-caf').titre, /hors RSA et aides au logement/);
});

test('after the médiateur, the step warns that a recours gracieux does not stop the new delay (CJA R213-13)', () => {
  const last = parcoursById('sanction-france-travail').etapes.at(-1)!;
  assert.match(last.texte, /recours gracieux envoyé après la médiation n'arrête pas ce délai/);
  assert.match(last.source.titre, /R213-13/);
});

test('the ARE parcours names the 15 days against a contrainte, from the same rule as the calculator', () => {
  const last = parcoursById('indu-france-travail').etapes.at(-1)!;
  const rule = DEADLINE_RULES.find((r) => r.id === 'opposition-contrainte')!;
  assert.deepEqual(rule.duree, { jours: 15 });
  assert.match(last.texte, /15 jours pour faire opposition \(article R5426-22\)/);
  assert.match(rule.source.titre, /R5426-22/);
});

test('after the CADA, the refusal is born 2 months after registration even without the opinion, and the rule\'s title does not wait for it', () => {
  const step = parcoursById('cada').etapes[3]!;
  assert.match(step.texte, /même si l'avis de la CADA n'est pas encore arrivé/);
  const rule = DEADLINE_RULES.find((r) => r.id === 'refus-apres-cada')!;
  assert.doesNotMatch(rule.titre, /après l'avis/);
  assert.match(rule.enMots, /même si l'avis de la CADA n'est pas encore arrivé/);
});
