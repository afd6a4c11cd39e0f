/**
 * `npm run fraicheur`: the articles, fiches and letters whose "vérifié le" date is older than
 * 12 months, oldest first. The site shows them as "à revérifier"; this is the editors' to-do list.
 * Reads content/ (or CONTENT_DIR) through src/lib/content-fs.ts: the pages the build renders
 * (drafts and `_*` files left out). `--strict` exits with 1 when the list is not empty (for a
 * scheduled job); `--pages` prints the address of every page considered, one a line, and nothing else.
 */
import { contentDir, renderedPages } from '../src/lib/content-fs.ts';
import { staleReport } from '../src/lib/freshness.ts';
import { isoDate, parseIsoDate } from '../src/lib/dates.ts';

/** The page's "vérifié le"; throws, naming the file, when it is not a date. */
function verifiedOn(page) {
  const v = page.data.verifie;
  const raw = v instanceof Date ? isoDate(v) : String(v ?? '');
  const date = parseIsoDate(raw);
  if (!date) throw new Error(`${page.file}: verifie "${raw}" is not a date (YYYY-MM-DD)`);
  return date;
}

let pages;
try {
  pages = renderedPages().map((p) => ({ file: p.file.replace(/^content\//, ''), url: p.url, titre: String(p.data.titre ?? ''), verifie: verifiedOn(p) }));
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
if (process.argv.includes('--pages')) {
  for (const p of pages) console.log(p.url);
  process.exit(0);
}
if (pages.length === 0) {
  console.error(`No article, fiche or letter found in ${contentDir()}.`);
  process.exit(1);
}

const stale = staleReport(pages, new Date());
if (stale.length === 0) {
  console.log(`All ${pages.length} pages were checked less than 12 months ago.`);
} else {
  console.log(`${stale.length} of ${pages.length} pages were last checked more than 12 months ago (shown as "à revérifier"):`);
  console.table(stale.map((p) => ({ 'vérifié le': isoDate(p.verifie), months: p.months, file: p.file, titre: p.titre })));
}
if (process.argv.includes('--strict') && stale.length > 0) process.exit(1);
