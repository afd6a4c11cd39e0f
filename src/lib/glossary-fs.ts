/**
 * Reads content/glossaire.yaml (or CONTENT_DIR's) outside Astro's content layer, checked by the
 * collection's own schema: for the Markdown plugin that links terms (configured before collections
 * load) and for the search index (one record per term). One parse per file and process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { GlossaryTerm } from '../markdown/rehype-glossary-links.ts';
import { contentDir, describeIssues } from './content-fs.ts';
import { glossaireSchema } from './schema.ts';

export const glossaryPath = (): string => `${contentDir()}/glossaire.yaml`;

const fileSchema = z.array(glossaireSchema.extend({ id: z.string().min(1) })).nullable();
export type GlossaryFileTerm = z.infer<typeof fileSchema> extends (infer T)[] | null ? T : never;

const cache = new Map<string, GlossaryFileTerm[]>();

/** Every term of the file, checked; an absent file is an empty glossary, an invalid one throws naming the file and field. */
export function readGlossary(path = glossaryPath()): GlossaryFileTerm[] {
  const cached = cache.get(path);
  if (cached) return cached;
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid YAML: ${(error as Error).message}`);
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${path} is invalid:\n${describeIssues(parsed.error.issues)}`);
  const terms = parsed.data ?? [];
  cache.set(path, terms);
  return terms;
}

/** The terms as the glossary-links plugin takes them. */
export function readGlossaryTerms(path = glossaryPath()): GlossaryTerm[] {
  return readGlossary(path).map((t) => ({ id: t.id, formes: t.formes }));
}
