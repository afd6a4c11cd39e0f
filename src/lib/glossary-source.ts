/**
 * Reads the glossary file outside Astro's content layer, for the Markdown plugin that links terms:
 * plugins are configured before collections load.
 */
import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import type { GlossaryTerm } from '../markdown/rehype-glossary-links.ts';
import { contentDir } from './content-dir.ts';

export function readGlossaryTerms(path = `${contentDir()}/glossaire.yaml`): GlossaryTerm[] {
  if (!existsSync(path)) return [];
  const data = parse(readFileSync(path, 'utf8')) as Array<{ id: string; formes?: string[] }> | null;
  return (data ?? []).map((t) => ({ id: t.id, formes: t.formes ?? [] }));
}

/** The terms with their text, for the search index (one result per term). */
export function readGlossaryEntries(path = `${contentDir()}/glossaire.yaml`): Array<{ id: string; terme: string; long?: string; definition: string }> {
  if (!existsSync(path)) return [];
  const data = parse(readFileSync(path, 'utf8')) as Array<{ id: string; terme: string; long?: string; definition: string }> | null;
  return (data ?? []).map(({ id, terme, long, definition }) => ({ id, terme, definition, ...(long ? { long } : {}) }));
}
