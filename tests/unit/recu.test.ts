/**
 * The checker of « Qu'avez-vous reçu ? » (content/recu.yaml): each way a tree can break gives an
 * error naming the node, and the real tree passes against the real pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { checkRecu, loadRecu, parseRecu, type KnownPages } from '../../src/lib/recu.ts';
import { recuSteps } from '../../src/lib/recu-view.ts';

const known: KnownPages = {
  fiche: new Set(['sanction', 'indu']),
  lettre: new Set(['observations']),
  article: new Set(['aide']),
};

/** A sound tree: two questions, three answers. */
const sound = () => ({
  depart: 'qui',
  noeuds: [
    { id: 'qui', question: 'Qui vous a écrit ?', choix: [{ libelle: 'France Travail', vers: 'ft' }, { libelle: 'Autre', vers: 'aide' }] },
    { id: 'ft', question: 'Que dit le courrier ?', choix: [{ libelle: 'Une sanction', vers: 'sanction' }, { libelle: 'Un indu', vers: 'indu' }] },
    { id: 'sanction', fiche: 'sanction' },
    { id: 'indu', fiche: 'indu' },
    { id: 'aide', article: 'aide' },
  ],
});
type Tree = ReturnType<typeof sound>;
const errorsOf = (edit: (t: Tree) => void) => {
  const t = sound();
  edit(t);
  return checkRecu(parseRecu(t), known);
};

test('a sound tree has no error', () => {
  assert.deepEqual(checkRecu(parseRecu(sound()), known), []);
});

test('a leaf pointing to a missing fiche names the node and the fiche', () => {
  const errors = errorsOf((t) => { t.noeuds[3] = { id: 'indu', fiche: 'indu-absent' }; });
  assert.ok(errors.includes('node "indu": fiche "indu-absent" does not exist'), errors.join('\n'));
});

test('a leaf pointing to a missing article or letter names the node', () => {
  const errors = errorsOf((t) => { t.noeuds[4] = { id: 'aide', lettre: 'inconnue' } as never; });
  assert.ok(errors.includes('node "aide": lettre "inconnue" does not exist'), errors.join('\n'));
});

test('a fiche no answer leads to is reported', () => {
  const errors = errorsOf((t) => { t.noeuds[1]!.choix = [{ libelle: 'Une sanction', vers: 'sanction' }]; });
  assert.ok(errors.includes('fiche "indu": no answer of the tree leads to it'), errors.join('\n'));
  assert.ok(errors.includes('node "indu": unreachable from "qui"'), errors.join('\n'));
});

test('a cycle is reported with its path', () => {
  const errors = errorsOf((t) => { t.noeuds[1]!.choix!.push({ libelle: 'Retour', vers: 'qui' }); });
  assert.ok(errors.includes('node "qui": cycle qui → ft → qui'), errors.join('\n'));
});

test('a choice leading to an unknown node is a dead end', () => {
  const errors = errorsOf((t) => { t.noeuds[1]!.choix!.push({ libelle: 'Une contrainte', vers: 'contrainte' }); });
  assert.ok(errors.includes('node "ft": choice « Une contrainte » leads to unknown node "contrainte"'), errors.join('\n'));
});

test('a question without choices fails the schema, naming the file and the node', () => {
  const t = sound();
  t.noeuds[1]!.choix = [];
  assert.throws(() => parseRecu(t), /content\/recu\.yaml: invalid decision tree\n {2}node "ft" \(choix\): Une question sans choix est une impasse/);
});

test('a node that is both a question and an answer fails the schema', () => {
  const t = sound();
  Object.assign(t.noeuds[2]!, { question: 'Et alors ?', choix: [{ libelle: 'Oui', vers: 'indu' }] });
  assert.throws(() => parseRecu(t), /node "sanction": Un nœud est soit une question/);
});

test('two nodes with the same id are reported', () => {
  const errors = errorsOf((t) => { t.noeuds.push({ id: 'indu', fiche: 'indu' }); });
  assert.ok(errors.includes('node "indu": id used twice'), errors.join('\n'));
});

test('an answer more than 2 choices from the start is too many taps away', () => {
  const errors = errorsOf((t) => {
    t.noeuds[1]!.choix = [{ libelle: 'Une sanction', vers: 'plus' }, { libelle: 'Un indu', vers: 'indu' }];
    t.noeuds.push({ id: 'plus', question: 'Laquelle ?', choix: [{ libelle: 'Une sanction', vers: 'sanction' }] });
  });
  assert.ok(errors.includes('node "sanction": 3 choices from the start, at most 2 (3 taps from the home page)'), errors.join('\n'));
});

test('loadRecu throws one error with the file name and every problem', () => {
  const t = sound();
  t.noeuds[3] = { id: 'indu', fiche: 'absent' };
  assert.throws(() => loadRecu(t, known, 'content/recu.yaml'), (e: Error) =>
    e.message.startsWith('content/recu.yaml: broken decision tree') && e.message.includes('node "indu": fiche "absent" does not exist'));
});

test('the real tree reaches every real fiche, and its answers read their deadline from the rule', () => {
  const ids = (folder: string) => new Set(readdirSync(`content/${folder}`).filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_')).map((f) => f.replace(/\.mdx?$/, '')));
  const real: KnownPages = { fiche: ids('fiches'), lettre: ids('lettres'), article: ids('articles') };
  const tree = loadRecu(parse(readFileSync('content/recu.yaml', 'utf8')), real);
  const page = { titre: 'Titre', resume: 'Résumé' };
  const map = (set: ReadonlySet<string>) => new Map([...set].map((id) => [id, { ...page }]));
  const pages = { fiche: map(real.fiche), lettre: map(real.lettre), article: map(real.article) };
  pages.fiche.set('contrainte', { ...page, regle: 'opposition-contrainte' } as never);
  const contrainte = recuSteps(tree, pages).find((s) => s.id === 'contrainte')!;
  assert.match(contrainte.answer!.delai!.texte, /^15 jours pour faire opposition/);
  assert.equal(contrainte.answer!.href, '/fiches/contrainte/');
  assert.equal(recuSteps(tree, pages).find((s) => s.id === 'caf')!.href, '/recu/caf/');
});
