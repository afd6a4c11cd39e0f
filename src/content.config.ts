/**
 * Content collections. Prose lives in content/ at the project root (or in CONTENT_DIR, which the
 * tests use to build small fixtures). The schemas are in src/lib/schema.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, ficheSchema, glossaireSchema, lettreSchema, simplePageSchema } from './lib/schema.ts';
import { contentDir } from './lib/content-dir.ts';

const pages = (folder: string) =>
  glob({ base: `${contentDir()}/${folder}`, pattern: ['**/*.{md,mdx}', '!**/_*'] });

export const collections = {
  articles: defineCollection({ loader: pages('articles'), schema: articleSchema }),
  fiches: defineCollection({ loader: pages('fiches'), schema: ficheSchema }),
  lettres: defineCollection({ loader: pages('lettres'), schema: lettreSchema }),
  pages: defineCollection({ loader: pages('pages'), schema: simplePageSchema }),
  glossaire: defineCollection({ loader: file(`${contentDir()}/glossaire.yaml`), schema: glossaireSchema }),
};
