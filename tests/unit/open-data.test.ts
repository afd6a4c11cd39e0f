/** Open data (/donnees/): the files validate against the schemas published beside them, and the schemas can fail. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lettresData, lettresSchema, pagesData, pagesSchema, type OpenLetter, type OpenPage } from '../../src/lib/open-data.ts';
import { validator } from '../helpers/json-schema.ts';

const SITE = { url: 'https://exemple.fr', nom: 'Sous contrôle', licence: 'CC BY-SA 4.0', licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/deed.fr' };
const today = new Date('2026-11-29');

const page: OpenPage = {
  kind: 'article', url: '/articles/indu/',
  check: {
    file: 'content/articles/indu.md', verifie: '2026-11-23', reasons: [],
    refs: [
      { code: 'travail', article: 'L5426-8-2', verdict: 'recheck', status: 'en-vigueur', since: '2024-01-01', url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000054334613', known: { changement: 'modifie', date: '2026-06-30', version: 'LEGIARTI000054334613', source: 'Index', origin: 'index' } },
      { code: 'rgpd', article: '15', verdict: 'unchecked', status: 'non-verifie', url: 'https://eur-lex.europa.eu/x' },
    ],
  },
  data: {
    titre: 'Contester un indu', resume: 'Comment contester un trop-perçu.', theme: 'argent', verifie: new Date('2026-11-23'),
    historique: [{ date: new Date('2026-11-23'), texte: 'Première publication.' }],
    sources: [{ titre: 'Code du travail', editeur: 'Légifrance', url: 'https://www.legifrance.gouv.fr/x', primaire: true, date: new Date('2024-01-01') }, { titre: 'Article', editeur: 'Journal', url: 'https://exemple.org/', primaire: false }],
    textes: [{ code: 'travail', article: 'L5426-8-2' }, { code: 'rgpd', article: '15' }],
  },
};

const letter: OpenLetter = {
  ...page, kind: 'lettre', url: '/lettres/contester-indu-are/',
  data: {
    ...page.data, objet: 'Contestation d’un trop-perçu', destinataire: 'France Travail\nDirection\n', baseLegale: 'Article R5426-18', regle: 'indu-are',
    envoi: 'Lettre recommandée avec accusé de réception.', remarques: ['Gardez une copie.'],
    champs: [{ nom: 'identifiant', libelle: 'Identifiant France Travail', type: 'texte', requis: true, aide: 'Sur vos courriers.' }],
  },
};

test('pages.json: every page with its theme, date, sources and cited texts, valid against its schema', () => {
  const data = pagesData([page], SITE, { donnees: '@socialgouv/legi-data 2.513.0', date: '2026-03-27', index: '2026-08-20' }, today);
  assert.deepEqual(validator(pagesSchema(SITE))(data), []);
  const p = data.pages[0]!;
  assert.equal(p.url, 'https://exemple.fr/articles/indu/');
  assert.equal(p.theme.id, 'argent');
  assert.deepEqual(p.textes.map((t) => t.etat), ['a-reverifier', 'non-verifie']);
  assert.equal(p.textes[0]!.changement?.origine, 'index');
  assert.equal(data.licence.url, SITE.licenceUrl);
  assert.equal(data.$schema, 'https://exemple.fr/donnees/pages.schema.json');
});

test('lettres.json: each letter\'s fields, the shared fields and its deadline rule, valid against its schema', () => {
  const data = lettresData([letter], SITE, today);
  assert.deepEqual(validator(lettresSchema(SITE))(data), []);
  const l = data.lettres[0]!;
  assert.equal(l.delai.regle, 'indu-are');
  assert.ok(l.delai.enMots.length > 10);
  assert.deepEqual(data.champsCommuns.map((c) => c.nom), ['nom', 'adresse', 'ville', 'date']);
  assert.equal(l.destinataire, 'France Travail\nDirection');
});

test('the schemas refuse what they should (so the open data tests can fail)', () => {
  const pages = pagesData([page], SITE, { donnees: 'x', date: '2026-03-27' }, today);
  const check = validator(pagesSchema(SITE));
  assert.match(check({ ...pages, pages: [{ ...pages.pages[0], url: 'http://exemple.fr/' }] }).join('\n'), /\/pages\/0\/url must match pattern/);
  assert.match(check({ ...pages, pages: [{ ...pages.pages[0], verifie: '23/11/2026' }] }).join('\n'), /\/pages\/0\/verifie/);
  assert.match(check({ ...pages, licence: undefined }).join('\n'), /must have required property 'licence'/);
  assert.match(check({ ...pages, pages: [{ ...pages.pages[0], extra: 1 }] }).join('\n'), /must NOT have additional properties/);
  const letters = lettresData([letter], SITE, today);
  assert.match(validator(lettresSchema(SITE))({ ...letters, lettres: [{ ...letters.lettres[0], delai: { regle: 'x' } }] }).join('\n'), /delai must have required property/);
});
