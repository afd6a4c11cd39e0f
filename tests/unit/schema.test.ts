/** Every content rule the schema enforces, checked without a build. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleSchema, lettreSchema, texteSchema } from '../../src/lib/schema.ts';

const valid = {
  titre: 'Un titre de test',
  resume: 'Un résumé de test assez long pour passer la règle.',
  essentiel: ['Premier point assez long.', 'Deuxième point assez long.', 'Troisième point assez long.'],
  theme: 'controle',
  verifie: '2026-01-15',
  historique: [{ date: '2026-01-15', texte: 'Première publication.' }],
  sources: [
    { titre: 'Texte officiel', editeur: 'Légifrance', url: 'https://www.legifrance.gouv.fr/', primaire: true },
    { titre: 'Article de presse', editeur: 'Journal', url: 'https://example.org/' },
  ],
};

const issuesOf = (data: unknown) => {
  const r = articleSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

test('a complete article passes', () => {
  assert.deepEqual(issuesOf(valid), []);
});

test('history: required, and its latest entry carries the "vérifié le" date, naming the field', () => {
  const { historique: _h, ...without } = valid;
  assert.deepEqual(issuesOf(without).map((i) => i.path), ['historique']);
  assert.match(issuesOf(without)[0]!.message, /Il faut un historique/);
  assert.match(issuesOf({ ...valid, historique: [] })[0]!.message, /au moins une entrée/);
  const moved = issuesOf({ ...valid, verifie: '2026-02-01' });
  assert.deepEqual(moved.map((i) => i.path), ['historique']);
  assert.match(moved[0]!.message, /dernière entrée de l’historique \(2026-01-15\) doit avoir la date « vérifié le » \(2026-02-01\)/);
  const added = { ...valid, verifie: '2026-02-01', historique: [{ date: '2026-02-01', texte: 'Délai de recours corrigé.' }, ...valid.historique] };
  assert.deepEqual(issuesOf(added), [], 'in any order: the latest entry counts');
  assert.equal(issuesOf({ ...valid, historique: [{ date: '2026-01-15', texte: 'Court' }] })[0]?.path, 'historique.0.texte');
});

test('a "vérifié le" date in the future is rejected', () => {
  const future = new Date(Date.now() + 3 * 86400_000).toISOString().slice(0, 10);
  const issues = issuesOf({ ...valid, verifie: future });
  assert.equal(issues[0]?.path, 'verifie');
  assert.match(issues[0]!.message, /futur/);
});

test('a source URL that is not https is rejected', () => {
  for (const url of ['ftp://example.org/x', 'http://example.org/x']) {
    const issues = issuesOf({ ...valid, sources: [valid.sources[0], { ...valid.sources[1], url }] });
    assert.equal(issues[0]?.path, 'sources.1.url', url);
    assert.match(issues[0]!.message, /https/, url);
  }
});

test('an unknown theme is rejected', () => {
  assert.equal(issuesOf({ ...valid, theme: 'inconnu' })[0]?.path, 'theme');
});

test('fewer than two sources, or no primary source, is rejected', () => {
  assert.equal(issuesOf({ ...valid, sources: [valid.sources[0]] })[0]?.path, 'sources');
  const noPrimary = issuesOf({ ...valid, sources: [{ ...valid.sources[0], primaire: false }, valid.sources[1]] });
  assert.match(noPrimary[0]!.message, /primaire/);
});

test('L\'essentiel needs 3 to 5 points', () => {
  assert.equal(issuesOf({ ...valid, essentiel: valid.essentiel.slice(0, 2) })[0]?.path, 'essentiel');
  assert.equal(issuesOf({ ...valid, essentiel: [...valid.essentiel, ...valid.essentiel] })[0]?.path, 'essentiel');
});

test('a missing field is named', () => {
  const { resume: _omit, ...rest } = valid;
  assert.equal(issuesOf(rest)[0]?.path, 'resume');
});

test('legal references: known codes and well-formed article numbers only', () => {
  for (const article of ['R5412-7', 'L311-3-1', 'R*311-12', '15', 'L5426-8-2', 'R142-1-A']) {
    assert.ok(texteSchema.safeParse({ code: 'travail', article }).success, article);
  }
  for (const article of ['R 5412-7', 'R.5412-7', 'article 15', '', 'R142-1-a', 'R142-A-1', 'R142-1-AB', 'R-1']) {
    assert.equal(texteSchema.safeParse({ code: 'travail', article }).success, false, article);
  }
  assert.equal(texteSchema.safeParse({ code: 'code-imaginaire', article: 'L1' }).success, false);
});

test('a letter may not declare a shared field nor use an unknown deadline rule', () => {
  const letter = {
    ...valid, objet: 'Objet de la lettre', destinataire: 'France Travail', baseLegale: 'Article 15 du RGPD',
    regle: 'rgpd', envoi: 'Lettre recommandée.',
    champs: [{ nom: 'identifiant', libelle: 'Identifiant' }],
  };
  assert.ok(lettreSchema.safeParse(letter).success);
  assert.equal(lettreSchema.safeParse({ ...letter, regle: 'inconnue' }).success, false);
  assert.equal(lettreSchema.safeParse({ ...letter, champs: [{ nom: 'nom', libelle: 'Nom' }] }).success, false);
});
