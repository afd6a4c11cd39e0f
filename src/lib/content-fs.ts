/**
 * The one Node-side reader of the content folder: every Markdown file of every kind, with its id,
 * kind, address, source file and front matter, found the way the collections find them (same
 * folders, same `_*` rule: `CONTENT_GLOB` / `isIgnoredContentPath` in pages.ts) and named the way
 * Astro's glob loader names them. Used outside Astro's content layer: `npm run veille`,
 * `npm run fraicheur`, and the tests that compare them with the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import {
  CONTENT_KIND_IDS, CONTENT_KINDS, ROUTED_KINDS, bookletFiles, isIgnoredContentPath, isRoutedPage, pageUrl, siteUrls,
  type ContentKind, type RoutedKind,
} from './pages.ts';
import { parseRecu, stepUrl } from './recu.ts';

/** Where the prose lives: content/ at the project root, or CONTENT_DIR (used by test fixtures). */
export function contentDir(): string {
  return (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');
}

export interface ContentFile {
  kind: ContentKind;
  /** The entry's id, as `getCollection()` gives it: "indu", or the front matter's `slug`. */
  id: string;
  /** Address on the site; undefined for a file of content/pages/ that no route renders. */
  url: string | undefined;
  /** Path inside the content folder, with forward slashes: "articles/indu.md". */
  path: string;
  /** The file for messages, whatever CONTENT_DIR is: "content/articles/indu.md". */
  file: string;
  /** Path on disk. */
  absolutePath: string;
  /** The front matter as YAML parsed it, not yet checked by a schema. */
  data: Record<string, unknown>;
  /** The Markdown after the front matter. */
  body: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const MARKDOWN = /\.mdx?$/;

/**
 * The id Astro's glob loader gives a file (astro/dist/content/loaders/glob.js): the front
 * matter's `slug`, else each path segment slugged the GitHub way, extension and `/index` dropped.
 */
export function entryId(pathInFolder: string, data: Record<string, unknown> = {}): string {
  if (data.slug) return String(data.slug);
  return pathInFolder.replace(MARKDOWN, '').split('/').map((segment) => slug(segment)).join('/').replace(/\/index$/, '');
}

/** Front matter and body of a Markdown file; throws, naming the file, when the front matter is missing or not YAML. */
export function splitFrontMatter(text: string, file: string): { data: Record<string, unknown>; body: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) throw new Error(`${file}: no front matter`);
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch (error) {
    throw new Error(`${file}: front matter is not valid YAML: ${(error as Error).message}`);
  }
  return { data: (data ?? {}) as Record<string, unknown>, body: text.slice(m[0].length) };
}

/** The page's address; a file the routes cannot render (in a sub-folder of articles/…) fails, naming it. */
function urlOf(kind: ContentKind, id: string, file: string): string | undefined {
  if (kind === 'page') return isRoutedPage(id) ? pageUrl('page', id) : undefined;
  try {
    return pageUrl(kind, id);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message} (pages of this kind cannot be in a sub-folder)`);
  }
}

/** Every content file of the given kinds (all by default), kind by kind, in path order. */
export function readContentFiles(options: { dir?: string; kinds?: readonly ContentKind[] } = {}): ContentFile[] {
  const dir = options.dir ?? contentDir();
  const files: ContentFile[] = [];
  for (const kind of options.kinds ?? CONTENT_KIND_IDS) {
    const folder = CONTENT_KINDS[kind].folder;
    const base = join(dir, folder);
    if (!existsSync(base)) continue;
    const names = readdirSync(base, { recursive: true, encoding: 'utf8' })
      .map((f) => f.split('\\').join('/'))
      .filter((f) => MARKDOWN.test(f) && !isIgnoredContentPath(f))
      .sort();
    for (const name of names) {
      const file = `content/${folder}/${name}`;
      const absolutePath = join(base, name);
      const { data, body } = splitFrontMatter(readFileSync(absolutePath, 'utf8'), file);
      const id = entryId(name, data);
      files.push({ kind, id, url: urlOf(kind, id, file), path: `${folder}/${name}`, file, absolutePath, data, body });
    }
  }
  return files;
}

/** Whether the build renders a page for this file: not a draft (`brouillon: true`), and routed. */
export const isRendered = (f: ContentFile): boolean => f.data.brouillon !== true && f.url !== undefined;

/**
 * The articles, fiches and letters the build renders, each with its own page: what the legal watch
 * and the freshness report go through.
 */
export function renderedPages(options: { dir?: string } = {}): (ContentFile & { kind: RoutedKind; url: string })[] {
  return readContentFiles({ ...options, kinds: ROUTED_KINDS }).filter(isRendered) as (ContentFile & { kind: RoutedKind; url: string })[];
}

/** The steps of « Qu'avez-vous reçu ? » (recu.yaml, checked against the pages by recu-fs.ts), one page each. */
function recuUrls(dir: string): string[] {
  const file = join(dir, 'recu.yaml');
  if (!existsSync(file)) return [];
  const tree = parseRecu(parseYaml(readFileSync(file, 'utf8')), file);
  return tree.noeuds.map((n) => stepUrl(tree, n.id));
}

/** The pages of the booklets of `content/livrets/*.yaml` (/livret/essentiel/…), `_*` files skipped. */
export function bookletPageUrls(options: { dir?: string } = {}): string[] {
  const folder = join(options.dir ?? contentDir(), 'livrets');
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((f) => f.endsWith('.yaml') && !isIgnoredContentPath(f))
    .map((f) => bookletFiles(parseYaml(readFileSync(join(folder, f), 'utf8')) as { chemin: string; fichier: string }).page);
}

/** Every address of the site built from a content folder (pages.ts's `siteUrls`): the decision tree's steps and the booklets included. */
export function renderedUrls(options: { dir?: string } = {}): string[] {
  const contentUrls = readContentFiles(options).filter(isRendered).map((f) => f.url!);
  return siteUrls([...contentUrls, ...recuUrls(options.dir ?? contentDir()), ...bookletPageUrls(options)]);
}

/** Zod issues as indented "path: message" lines. */
export const describeIssues = (issues: readonly { path: PropertyKey[]; message: string }[]): string =>
  issues.map((i) => `  ${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('\n');

/** The front matter checked by a schema (or part of one); throws, naming the file and the fields. */
export function checkedData<T>(f: Pick<ContentFile, 'file' | 'data'>, schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }): T {
  const parsed = schema.safeParse(f.data);
  if (!parsed.success) throw new Error(`${f.file}: invalid front matter:\n${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}

/**
 * The raw text of a content file named like "articles/<slug>" (.md or .mdx), as content/contacts.yaml
 * names its sources.
 */
export function readContentSource(source: string, dir = contentDir()): string {
  for (const ext of ['.md', '.mdx']) {
    const path = join(dir, `${source}${ext}`);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  throw new Error(`content/contacts.yaml: source "${source}" is not a file of content/ (looked for ${source}.md and .mdx).`);
}
