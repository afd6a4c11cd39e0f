/**
 * `npm run fraicheur`: the articles, fiches and letters whose "vérifié le" date is older than
 * 12 months, oldest first. The site shows them as "à revérifier"; this is the editors' to-do list.
 * Reads content/ (or CONTENT_DIR); drafts are left out, as the build leaves them out.
 * `--strict` exits with 1 when the list is not empty (for a scheduled job).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { staleReport } from '../src/lib/freshness.ts';
import { parseIsoDate } from '../src/lib/dates.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CONTENT = resolve(ROOT, process.env.CONTENT_DIR ?? 'content');
const COLLECTIONS = ['articles', 'fiches', 'lettres'];

/** Front matter of a Markdown file; throws, naming the file, when it is missing or has no valid date. */
function frontMatter(file) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  if (!m) throw new Error(`${file}: no front matter`);
  const data = parse(m[1]);
  const raw = data.verifie instanceof Date ? data.verifie.toISOString().slice(0, 10) : String(data.verifie ?? '');
  const verifie = parseIsoDate(raw);
  if (!verifie) throw new Error(`${file}: verifie "${raw}" is not a date (YYYY-MM-DD)`);
  return { titre: String(data.titre ?? ''), verifie, brouillon: data.brouillon === true };
}

const pages = [];
for (const collection of COLLECTIONS) {
  const dir = join(CONTENT, collection);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).filter((n) => /\.mdx?$/.test(n)).sort()) {
    const file = join(dir, name);
    let entry;
    try {
      entry = frontMatter(file);
    } catch (e) {
      console.error(e.message);
      process.exit(1);
    }
    const { titre, verifie, brouillon } = entry;
    if (!brouillon) pages.push({ file: relative(CONTENT, file), titre, verifie });
  }
}
if (pages.length === 0) {
  console.error(`No article, fiche or letter found in ${CONTENT}.`);
  process.exit(1);
}

const stale = staleReport(pages, new Date());
if (stale.length === 0) {
  console.log(`All ${pages.length} pages were checked less than 12 months ago.`);
} else {
  console.log(`${stale.length} of ${pages.length} pages were last checked more than 12 months ago (shown as "à revérifier"):`);
  console.table(stale.map((p) => ({ 'vérifié le': p.verifie.toISOString().slice(0, 10), months: p.months, file: p.file, titre: p.titre })));
}
if (process.argv.includes('--strict') && stale.length > 0) process.exit(1);
