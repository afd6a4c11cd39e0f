/**
 * The line around disk access (Starlight's `utils/collection-fs.ts` habit): in src/lib, only modules
 * named `*-fs.ts` touch the disk or Node's process-level modules; every other module is pure, so it
 * can be unit-tested without a build and bundled for the browser. And src/ never imports scripts/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ROOT } from '../helpers/build.ts';

const LIB = join(ROOT, 'src/lib');
/** Node modules that reach the disk, other processes or the network. */
const IMPURE = /^(?:node:)?(?:fs|fs\/promises|child_process|http|https|net|worker_threads)$/;

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function imports(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(/\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g)) {
    specs.push(m[1] ?? m[2] ?? m[3]!);
  }
  return specs;
}

const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]);

test('the import reader sees every form of import', () => {
  assert.deepEqual(
    imports(`import { a } from 'node:fs';\nimport * as b from "./x-fs.ts";\nexport { c } from './y.ts';\nimport './z.css';\nconst d = await import('node:child_process');\nimport type { E } from './e.ts';`),
    ['node:fs', './x-fs.ts', './y.ts', './z.css', 'node:child_process', './e.ts'],
  );
});

test('only *-fs.ts modules of src/lib touch the disk, directly or through another *-fs module', () => {
  const offenders: string[] = [];
  for (const file of readdirSync(LIB).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(LIB, file), 'utf8');
    if (file.endsWith('-fs.ts')) continue;
    for (const spec of imports(text)) {
      if (IMPURE.test(spec) || /-fs(?:\.ts)?$/.test(spec)) offenders.push(`src/lib/${file} imports ${spec}`);
    }
  }
  assert.deepEqual(offenders, [], 'rename the module *-fs.ts, or move its disk access to one');
});

test('src/ never imports from scripts/', () => {
  const offenders = walk(join(ROOT, 'src'))
    .filter((f) => /\.(?:ts|mjs|js|astro)$/.test(f))
    .flatMap((f) => imports(readFileSync(f, 'utf8'))
      .filter((s) => s.startsWith('.') && resolve(dirname(f), s).startsWith(join(ROOT, 'scripts') + sep))
      .map((s) => `${relative(ROOT, f)} imports ${s}`));
  assert.deepEqual(offenders, []);
});
