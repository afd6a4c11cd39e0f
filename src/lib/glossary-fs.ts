/**
 * Reads content/glossaire.yaml (or CONTENT_DIR's), checked by the collection's schema, for its three
 * readers: the `glossaire` collection (glossaryLoader), the Markdown plugin that links terms
 * (configured before collections load) and the search index (one record per term). The file is
 * parsed again only when it changes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import type { GlossaryTerm } from '../markdown/rehype-glossary-links.ts';
import { contentDir, describeIssues } from './content-fs.ts';
import { glossaireSchema } from './schema.ts';

export const glossaryPath = (): string => `${contentDir()}/glossaire.yaml`;

const fileSchema = z.array(glossaireSchema.extend({ id: z.string().min(1) })).nullable();
export type GlossaryFileTerm = z.infer<typeof fileSchema> extends (infer T)[] | null ? T : never;

const cache = new Map<string, { mtime: number; terms: GlossaryFileTerm[] }>();

/** Every term of the file, checked; an absent file is an empty glossary, an invalid one throws naming the file and field. */
export function readGlossary(path = glossaryPath()): GlossaryFileTerm[] {
  if (!existsSync(path)) return [];
  const mtime = statSync(path).mtimeMs;
  const cached = cache.get(path);
  if (cached?.mtime === mtime) return cached.terms;
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid YAML: ${(error as Error).message}`);
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${path} is invalid:\n${describeIssues(parsed.error.issues)}`);
  const terms = parsed.data ?? [];
  cache.set(path, { mtime, terms });
  return terms;
}

/** The `glossaire` collection's loader: readGlossary's terms, reloaded when the file changes in `astro dev`. */
export function glossaryLoader(path = glossaryPath()): Loader {
  return {
    name: 'glossary-loader',
    load: async ({ store, parseData, watcher, logger }) => {
      const sync = async () => {
        store.clear();
        if (!existsSync(path)) logger.warn(`${path} is missing: the glossary is empty.`);
        for (const term of readGlossary(path)) store.set({ id: term.id, data: await parseData({ id: term.id, data: term }) });
      };
      await sync();
      const absolute = resolve(path);
      watcher?.add(absolute);
      watcher?.on('change', async (changed) => {
        if (changed === absolute) await sync();
      });
    },
  };
}

/** The terms as the glossary-links plugin takes them. */
export function readGlossaryTerms(path = glossaryPath()): GlossaryTerm[] {
  return readGlossary(path).map((t) => ({ id: t.id, formes: t.formes }));
}
