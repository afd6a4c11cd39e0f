/** Phone contacts: a number needs its price, the page it was checked on and the date; fiches pick contacts by id. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactSchema, ficheSchema } from '../../src/lib/schema.ts';
import { checkContact, pickContacts, resolveContacts, telHref } from '../../src/lib/contacts.ts';

const checked = { prix: 'service gratuit, plus le prix d\'un appel', url: 'https://www.caf.fr/', verifie: '2026-11-01' };

test('a phone number without its price, source page or date fails, naming the field', () => {
  const bare = contactSchema.safeParse({ telephone: '3230', source: 'fiches/indu-caf' });
  assert.equal(bare.success, false);
  assert.match(JSON.stringify(bare.error!.issues), /prix.*url.*verifie/);
  assert.deepEqual(bare.error!.issues[0]!.path, ['telephone']);
  for (const missing of ['prix', 'url', 'verifie'] as const) {
    const { [missing]: _, ...rest } = checked;
    assert.equal(contactSchema.safeParse({ telephone: '3230', source: 'fiches/x', ...rest }).success, false, missing);
  }
  assert.equal(contactSchema.safeParse({ telephone: '3230', source: 'fiches/x', ...checked }).success, true);
});

test('a contact without a phone number needs no price', () => {
  assert.equal(contactSchema.safeParse({ joindre: 'Écrivez au directeur de votre Caf.', source: 'fiches/x' }).success, true);
});

test('a check date in the future or an http source page fails', () => {
  assert.equal(contactSchema.safeParse({ telephone: '3230', source: 'fiches/x', ...checked, verifie: '2999-01-01' }).success, false);
  assert.equal(contactSchema.safeParse({ telephone: '3230', source: 'fiches/x', ...checked, url: 'http://www.caf.fr/' }).success, false);
});

test('the price and the hours must be written in the source file, like the number', () => {
  const source = 'Appelez le 3230, service gratuit, plus le prix d\'un appel.';
  assert.doesNotThrow(() => checkContact('caf', { telephone: '3230', prix: checked.prix, source: 'fiches/x' }, source));
  assert.throws(
    () => checkContact('caf', { telephone: '3230', prix: 'appel gratuit', source: 'fiches/x' }, source),
    /contact "caf" says "appel gratuit", which content\/fiches\/x does not say/,
  );
  assert.throws(
    () => checkContact('caf', { telephone: '3230', horaires: 'de 8 h à 17 h', source: 'fiches/x' }, source),
    /"de 8 h à 17 h"/,
  );
});

test('a fiche picks its contacts in its own order, and an unknown id fails, naming the fiche', () => {
  const glossary = [{ id: 'caf', data: { terme: 'CAF', definition: 'Caisse.' } }, { id: 'ddd', data: { terme: 'Défenseur', definition: 'Autorité.' } }];
  const all = resolveContacts(
    [{ id: 'ddd', data: { telephone: '09 69 39 00 00', source: 'fiches/x' } }, { id: 'caf', data: { telephone: '3230', source: 'fiches/x' } }],
    glossary, () => '09 69 39 00 00 et 3230',
  );
  assert.deepEqual(pickContacts(all, ['caf', 'ddd'], 'content/fiches/x').map((c) => c.id), ['caf', 'ddd']);
  assert.throws(() => pickContacts(all, ['cnil'], 'content/fiches/x'), /content\/fiches\/x: field "contacts" names "cnil"/);
});

test('fiches default to no contacts; a number dials without its spaces', () => {
  const fiche = ficheSchema.parse({
    titre: 'Je viens de recevoir', resume: 'Un résumé assez long pour passer la règle.', theme: 'argent', verifie: '2026-11-01',
    historique: [{ date: '2026-11-01', texte: 'Première publication.' }],
    delai: '2 mois pour écrire.', sources: [{ titre: 'Code', editeur: 'Légifrance', url: 'https://www.legifrance.gouv.fr/', primaire: true }, { titre: 'Autre', editeur: 'caf.fr', url: 'https://www.caf.fr/' }],
  });
  assert.deepEqual(fiche.contacts, []);
  assert.equal(telHref('09 69 39 00 00'), 'tel:0969390000');
  assert.equal(telHref('3230'), 'tel:3230');
});
