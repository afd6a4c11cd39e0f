/**
 * The CAF fiches, letters and articles send the reader to each other: a reader holding a letter of
 * the Caf must reach both the short "what to do" page and the full explanation. Read from dist/, so
 * a link dropped from the front matter or the text fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../helpers/dist.ts';

/** Internal links of a built page, without duplicates. */
function linksOf(path: string): Set<string> {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  return new Set([...html.matchAll(/href="(\/[^"#]*)/g)].map((m) => m[1]!));
}

const EXPECTED: Record<string, string[]> = {
  'fiches/controle-caf': ['/articles/controle-caf/', '/articles/droit-a-l-erreur/', '/lettres/communication-rapport-controle-caf/'],
  'fiches/indu-caf': ['/articles/trop-percu-caf/', '/articles/penalite-fraude-caf/', '/lettres/recours-cra-indu-caf/', '/lettres/remise-dette-caf/'],
  'fiches/retenues-penalite-caf': ['/articles/penalite-fraude-caf/', '/articles/droit-a-l-erreur/', '/articles/trop-percu-caf/'],
  'lettres/droit-a-l-erreur-caf': ['/articles/droit-a-l-erreur/'],
  'lettres/recours-cra-indu-caf': ['/articles/trop-percu-caf/'],
  'lettres/remise-dette-caf': ['/articles/trop-percu-caf/'],
  'lettres/communication-rapport-controle-caf': ['/articles/controle-caf/'],
  'articles/controle-caf': ['/fiches/controle-caf/', '/lettres/communication-rapport-controle-caf/', '/lettres/droit-a-l-erreur-caf/'],
  'articles/trop-percu-caf': ['/fiches/indu-caf/', '/lettres/recours-cra-indu-caf/', '/lettres/remise-dette-caf/'],
  'articles/droit-a-l-erreur': ['/lettres/droit-a-l-erreur-caf/', '/lettres/recours-cra-indu-caf/', '/lettres/remise-dette-caf/'],
  'articles/penalite-fraude-caf': ['/fiches/retenues-penalite-caf/', '/lettres/communication-rapport-controle-caf/', '/lettres/droit-a-l-erreur-caf/', '/lettres/recours-cra-indu-caf/'],
};

for (const [page, targets] of Object.entries(EXPECTED)) {
  test(`/${page}/ links to ${targets.join(', ')}`, () => {
    const links = linksOf(page);
    assert.deepEqual(targets.filter((t) => !links.has(t)), []);
  });
}

test('the CAF fiches never send the reader to the France Travail overpayment article', () => {
  for (const page of ['fiches/indu-caf', 'fiches/retenues-penalite-caf']) {
    assert.equal(linksOf(page).has('/articles/trop-percu-indu/'), false, page);
  }
});
