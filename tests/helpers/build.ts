/**
 * Builds the site (or a fixture) with Astro in a child process and returns its output. Tests that
 * only read the unmodified fixture site share one build (`fixtureBuild()`); tests that break the
 * fixture build their own copy (`fixtureCopy()` then `buildSite()`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_CONTENT = join(ROOT, 'tests/fixtures/site/content');

export interface BuildResult { status: number | null; output: string; outDir: string }

/** Builds `contentDir` into `outDir` (a new temporary folder unless given). */
export function buildSite(contentDir: string, env: Record<string, string> = {}, outDir = mkdtempSync(join(tmpdir(), 'sc-build-'))): BuildResult {
  // A cache of its own, dropped after the build: the site may be building at the same time (npm test).
  const cacheDir = mkdtempSync(join(tmpdir(), 'sc-build-cache-'));
  const r = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--force'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, SKIP_PDF: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  rmSync(cacheDir, { recursive: true, force: true });
  // Colours would split field names from their colon in the messages the tests read.
  const output = `${r.stdout}\n${r.stderr}`.replace(/\x1B\[[0-9;]*m/g, '');
  return { status: r.status, output, outDir };
}

/** A copy of the small fixture site that a test may break. */
export function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sc-content-'));
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  return dir;
}

export function cleanup(...dirs: string[]): void {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}

let shared: BuildResult | undefined;

/**
 * The unmodified fixture site, built once per process and removed when the process exits. The
 * build tier runs its files in one process (`--test-isolation=none` in `npm run test:build`), so
 * every test file that only reads this build shares it. Do not write into its `outDir`.
 * Under `npm test`, FIXTURE_OUT names an empty folder that scripts/test.mjs made: the build goes there and
 * stays, for the benchmarks' smoke run (scripts/bench.mjs) to read instead of building the same site again.
 */
export function fixtureBuild(): BuildResult {
  if (!shared) {
    const content = fixtureCopy();
    const keep = process.env.FIXTURE_OUT;
    shared = keep ? buildSite(content, {}, keep) : buildSite(content);
    const { outDir } = shared;
    process.once('exit', () => cleanup(content, ...(keep ? [] : [outDir])));
  }
  if (shared.status !== 0) throw new Error(`The fixture site does not build:\n${shared.output}`);
  return shared;
}
