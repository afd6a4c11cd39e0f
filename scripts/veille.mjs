/**
 * `npm run veille`: checks every legal article cited by the articles, fiches and letters of
 * content/ (or CONTENT_DIR) against the official consolidated codes, as the build does, and prints
 * a table. Exits 1 when a cited article is not in force. `--problems` prints only the rows that
 * need attention; `--pages` prints the address of every page checked, one a line, and nothing else.
 * The pages are those the build renders (src/lib/content-fs.ts).
 */
import { contentDir, isRendered, readContentFiles } from '../src/lib/content-fs.ts';
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
  console.log(`Pages: ${pages.length} (${drafts} drafts left out, as in the build)\n`);

  const rows = [['page', 'reference', 'status', 'in force since', 'verdict']];
  for (const p of checked) {
    for (const r of p.refs) {
      if (onlyProblems && (r.verdict === 'ok' || r.verdict === 'unchecked') && !r.known && !r.knownObsolete) continue;
      const status = STATUS[r.status] + (r.known ? `; ${r.known.changement === 'abroge' ? 'repealed' : 'new version'} seen ${r.known.date} (known change)` : '');
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
  console.log(`To use newer official data: npm install --save-exact @socialgouv/legi-data@latest, then npm run veille again.`);
  return t.fail > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
