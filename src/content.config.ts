/**
 * Content collections. Prose lives in content/ at the project root (or in CONTENT_DIR, which the
 * tests use to build small fixtures). The schemas are in src/lib/schema.ts.
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { articleSchema, contactSchema, ficheSchema, glossaireSchema, lettreSchema, simplePageSchema } from './lib/schema.ts';
import { contentDir } from './lib/content-fs.ts';
import { glossaryLoader } from './lib/glossary-fs.ts';
import { CONTENT_GLOB, CONTENT_KINDS, type ContentKind } from './lib/pages.ts';
import { bookletSelectionSchema } from './lib/booklet-selection.ts';

/** One kind's folder, `_*` files skipped as src/lib/content-fs.ts skips them. */
const pages = (kind: ContentKind) => glob({ base: `${contentDir()}/${CONTENT_KINDS[kind].folder}`, pattern: CONTENT_GLOB });

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
  articles: defineCollection({ loader: pages('article'), schema: articleSchema }),
  fiches: defineCollection({ loader: pages('fiche'), schema: ficheSchema }),
  lettres: defineCollection({ loader: pages('lettre'), schema: lettreSchema }),
  pages: defineCollection({ loader: pages('page'), schema: simplePageSchema }),
  glossaire: defineCollection({ loader: glossaryLoader(), schema: glossaireSchema }),
  contacts: defineCollection({
    loader: optionalFile(`${contentDir()}/contacts.yaml`, 'the booklet is printed without its "Adresses utiles" page.'),
    schema: contactSchema,
  }),
  /** Printed booklets: which pages each holds (src/lib/booklet-selection.ts). */
  livrets: defineCollection({ loader: glob({ base: `${contentDir()}/livrets`, pattern: ['*.yaml', '!_*'] }), schema: bookletSelectionSchema }),
};
