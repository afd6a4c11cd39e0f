/**
 * Content collections. Prose lives in content/ at the project root (or in CONTENT_DIR, which the
 * tests use to build small fixtures). The schemas are in src/lib/schema.ts.
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { articleSchema, contactSchema, ficheSchema, glossaireSchema, lettreSchema, simplePageSchema } from './lib/schema.ts';
import { contentDir } from './lib/content-dir.ts';
import { bookletSelectionSchema } from './lib/booklet-selection.ts';

const pages = (folder: string) =>
  glob({ base: `${contentDir()}/${folder}`, pattern: ['**/*.{md,mdx}', '!**/_*'] });

/** A YAML file that may be absent: the collection is then empty, and the build says so. */
function optionalFile(path: string, whenAbsent: string): Loader {
  if (existsSync(path)) return file(path);
  return {
    name: 'optional-file',
    load: async ({ store, logger }) => {
      store.clear();
      logger.warn(`${path} is missing: ${whenAbsent}`);
    },
  };
}

export const collections = {
  articles: defineCollection({ loader: pages('articles'), schema: articleSchema }),
  fiches: defineCollection({ loader: pages('fiches'), schema: ficheSchema }),
  lettres: defineCollection({ loader: pages('lettres'), schema: lettreSchema }),
  pages: defineCollection({ loader: pages('pages'), schema: simplePageSchema }),
  glossaire: defineCollection({ loader: file(`${contentDir()}/glossaire.yaml`), schema: glossaireSchema }),
  contacts: defineCollection({
    loader: optionalFile(`${contentDir()}/contacts.yaml`, 'the booklet is printed without its "Adresses utiles" page.'),
    schema: contactSchema,
  }),
  /** Printed booklets: which pages each holds (src/lib/booklet-selection.ts). */
  livrets: defineCollection({ loader: glob({ base: `${contentDir()}/livrets`, pattern: '*.yaml' }), schema: bookletSelectionSchema }),
};
