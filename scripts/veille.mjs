/**
 * `npm run veille`: checks every legal article cited by the articles, fiches and letters of
 * content/ (or CONTENT_DIR) against the official consolidated codes, as the build does, and prints
 * a table. Exits 1 when a cited article is not in force. `--problems` prints only the rows that
 * need attention; `--pages` prints the address of every page checked, one a line, and nothing else.
 * The pages are those the build renders (src/lib/content-fs.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, isRendered, readContentFiles } from '../src/lib/content-fs.ts';
import { isoDate } from '../src/lib/dates.ts';
import { NEWER_INDEX_FILE, daysBetween } from '../src/lib/legi-newer.ts';
import { ROUTED_KINDS } from '../src/lib/pages.ts';
import { LEGAL_CODES } from '../src/lib/legal-codes.ts';
import { KNOWN_CHANGES_FILE, refMessage, tally } from '../src/lib/legal-watch.ts';
import { LegalWatch, readContentPages } from '../src/lib/legal-watch-fs.ts';

const onlyProblems = process.argv.includes('--problems');

const STATUS = {
  'en-vigueur': 'in force',
  absent: 'NOT FOUND',
  abroge: 'REPEALED',
  futur: 'not yet in force',
  'non-verifie': 'outside the data',
};
const VERDICT = { ok: 'ok', recheck: 'RECHECK', fail: 'FAIL', unchecked: 'not checked' };

/** The day a file last changed: its last commit, else its modification time. */
function lastChanged(file) {
  try {
    const day = execFileSync('git', ['log', '-1', '--format=%as', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (day) return `${day} (last commit)`;
  } catch {
    // Not a git checkout: the file's own date below.
  }
  return `${isoDate(statSync(file).mtime)} (file date)`;
}

/** One line per source of the watch: what it is and how old it is on the day of the check. */
function sourceAges(watch, dir) {
  const age = (day) => `${daysBetween(day, watch.at)} days old`;
  const lines = [`npm data: ${watch.describeData()}, ${age(watch.dataDate.date)}`];
  const n = watch.newer;
  if (n) {
    const stale = n.base.version === watch.source.version ? '' : `; WARNING: compared with ${n.base.version}, not the installed ${watch.source.version}: run npm run veille:index again`;
    lines.push(`newer index: ${dir}/${NEWER_INDEX_FILE}, LEGI update of ${n.date} (commit ${n.source.commit.slice(0, 12)}), ${age(n.date)}${stale}`);
  } else {
    lines.push(`newer index: none (${dir}/${NEWER_INDEX_FILE} absent; see README, "Legal watch")`);
  }
  const known = join(dir, KNOWN_CHANGES_FILE);
  lines.push(existsSync(known) ? `known changes: ${known}, ${watch.known.length} entries, changed ${lastChanged(known)}` : `known changes: none (${known} absent)`);
  return lines;
}

function main() {
  const dir = contentDir();
  const pages = readContentPages(dir);
  if (process.argv.includes('--pages')) {
    for (const p of pages) console.log(p.url);
    return 0;
  }
  const drafts = readContentFiles({ dir, kinds: ROUTED_KINDS }).filter((f) => !isRendered(f)).length;
  const watch = new LegalWatch({ contentDir: dir });
  const checked = watch.check(pages);

  const codeDates = LEGAL_CODES.filter((c) => 'legiText' in c && watch.dataDate.codes[c.legiText])
    .map((c) => `${c.id} ${watch.dataDate.codes[c.legiText]}`)
    .join(', ');
  console.log(`Legal watch of ${dir}/ on ${watch.at}`);
  console.log(`Official data: ${watch.describeData()}; last change in force per code: ${codeDates}`);
  console.log(`Known changes after that date: ${watch.known.length} in ${dir}/${KNOWN_CHANGES_FILE}`);
  console.log('\nAge of each source:');
  for (const line of sourceAges(watch, dir)) console.log(`  ${line}`);
  console.log('');
  console.log(`Pages: ${pages.length} (${drafts} drafts left out, as in the build)\n`);

  const rows = [['page', 'reference', 'status', 'in force since', 'verdict']];
  for (const p of checked) {
    for (const r of p.refs) {
      if (onlyProblems && (r.verdict === 'ok' || r.verdict === 'unchecked') && !r.known && !r.knownObsolete) continue;
      const status = STATUS[r.status] + (r.known ? `; ${r.known.changement === 'abroge' ? 'repealed' : 'new version'} seen ${r.known.date} (${r.known.origin === 'index' ? NEWER_INDEX_FILE : KNOWN_CHANGES_FILE})` : '');
      rows.push([p.file.replace(/^content\//, ''), `${r.code} ${r.article}`, status, r.since ?? '', VERDICT[r.verdict]]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));

  const notes = checked.flatMap((p) => p.refs.filter((r) => r.note && r.verdict !== 'unchecked').map((r) => `${VERDICT[r.verdict].padEnd(7)} ${refMessage(p, r)}`));
  if (notes.length) console.log(`\nNotes:\n${notes.join('\n')}`);

  const t = tally(checked);
  console.log(`\n${t.ok + t.recheck + t.fail + t.unchecked} references: ${t.ok} in force, ${t.recheck} to recheck, ${t.fail} failing, ${t.unchecked} not checked automatically (outside the data).`);
  console.log(`To use newer official data: npm install --save-exact @socialgouv/legi-data@latest, then npm run veille:index -- PATH_OR_URL of SocialGouv/legi-data's data/articles/index.json (README, "Legal watch"), then npm run veille again.`);
  return t.fail > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
