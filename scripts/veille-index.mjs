/**
 * `npm run veille:index -- PATH_OR_URL [--date YYYY-MM-DD] [--commit SHA]`: refreshes
 * content/legi-index.json from SocialGouv/legi-data's `data/articles/index.json` (a downloaded file
 * or its address). Keeps only the rows of the codes the legal watch checks whose version differs
 * from the installed package's own index, so the copy stays small. `--date` is the LEGI update the
 * index comes from (default: today, the day it was downloaded: changes are at the latest that old);
 * `--commit` the repository commit (default: the one in the URL, if any). First-seen days already
 * in the copy are kept.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../src/lib/content-fs.ts';
import { isoDate } from '../src/lib/dates.ts';
import { LEGAL_CODES } from '../src/lib/legal-codes.ts';
import { legiSource, readDataDate } from '../src/lib/legi-data-fs.ts';
import { NEWER_INDEX_FILE, buildNewerIndex, parseNewerIndex } from '../src/lib/legi-newer.ts';

const REPOSITORY = 'SocialGouv/legi-data';
const FILE = 'data/articles/index.json';

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function main() {
  const input = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !(i > 0 && all[i - 1].startsWith('--')));
  if (!input) {
    console.error('Usage: npm run veille:index -- PATH_OR_URL [--date YYYY-MM-DD] [--commit SHA]');
    console.error(`  e.g. npm run veille:index -- https://raw.githubusercontent.com/${REPOSITORY}/master/${FILE}`);
    return 2;
  }
  const isUrl = /^https:\/\//.test(input);
  const text = isUrl ? await (await fetch(input).then((r) => { if (!r.ok) throw new Error(`${input}: HTTP ${r.status}`); return r; })).text() : readFileSync(input, 'utf8');
  const date = option('date') ?? isoDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date ${date}: expected YYYY-MM-DD`);
  const commit = option('commit') ?? /\b[0-9a-f]{40}\b/.exec(input)?.[0] ?? 'unknown';

  const source = legiSource();
  const baseRows = JSON.parse(readFileSync(join(source.dir, FILE), 'utf8'));
  const dir = contentDir();
  const out = join(dir, NEWER_INDEX_FILE);
  const previous = existsSync(out) ? parseNewerIndex(JSON.parse(readFileSync(out, 'utf8')), `content/${NEWER_INDEX_FILE}`) : undefined;
  const copy = buildNewerIndex({
    newerRows: JSON.parse(text),
    baseRows,
    codeIds: LEGAL_CODES.flatMap((c) => ('legiText' in c ? [c.legiText] : [])),
    date,
    source: { repository: REPOSITORY, commit, file: FILE, url: commit === 'unknown' ? `https://github.com/${REPOSITORY}` : `https://github.com/${REPOSITORY}/blob/${commit}/${FILE}` },
    base: { package: '@socialgouv/legi-data', version: source.version, date: readDataDate(source).date },
    previous,
  });
  writeFileSync(out, `${JSON.stringify(copy, null, 2)}\n`);
  const counts = Object.entries(copy.changed).map(([code, rows]) => `${code} ${Object.keys(rows).length}`).join(', ');
  console.log(`Wrote ${out}: index of ${date} (commit ${commit}) against @socialgouv/legi-data ${source.version}; changed articles per code: ${counts}; first-seen days kept: ${Object.keys(copy.firstSeen).length}.`);
  if (commit === 'unknown') console.warn('No commit given or found in the address: pass --commit SHA so others can check the copy.');
  console.log('Then: npm run veille');
  return 0;
}

main().then((code) => { process.exitCode = code; }, (error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
