/**
 * Reads content/recu.yaml (or CONTENT_DIR's) and checks it against the published pages: the home page
 * and the routes of /recu/ call this, so a broken tree fails the build naming the file and the node.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contentDir } from './content-fs.ts';
import { loadRecu, type KnownPages, type Recu } from './recu.ts';
import { recuSteps, type PageData, type PagesByKind, type StepView } from './recu-view.ts';

export function readRecu(known: KnownPages, dir = contentDir()): Recu {
  const file = `${dir}/recu.yaml`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: the « Qu'avez-vous reçu ? » pages need it`);
  }
  return loadRecu(parse(text), known, file);
}

interface EntryLike { id: string; data: PageData & { brouillon?: boolean } }

/** The checked tree and every step ready to render, from the collections' entries (drafts left out). */
export function recuFromEntries(fiches: EntryLike[], lettres: EntryLike[], articles: EntryLike[]): { tree: Recu; steps: StepView[] } {
  const byId = (list: EntryLike[]) => new Map(list.filter((e) => !e.data.brouillon).map((e) => [e.id, e.data] as const));
  const pages: PagesByKind = { fiche: byId(fiches), lettre: byId(lettres), article: byId(articles) };
  const known = { fiche: new Set(pages.fiche.keys()), lettre: new Set(pages.lettre.keys()), article: new Set(pages.article.keys()) };
  const tree = readRecu(known);
  return { tree, steps: recuSteps(tree, pages) };
}
