/**
 * Builds the site (or a fixture) with Astro and returns its output. Tests that only read the unmodified
 * fixture site share one build (`fixtureBuild()`); tests that break the fixture build their own copy
 * (`fixtureCopy()` then `buildSite()`). Builds run one after another in one child process
 * (tests/helpers/build-worker.ts); `cliBuildSite()` runs the `astro build` command itself, as an editor does.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_CONTENT = join(ROOT, 'tests/fixtures/site/content');

export interface BuildResult { status: number | null; output: string; outDir: string }

/** What every fixture build sets: no PDFs (the site's build prints them), no colours in the output the tests read. */
const BUILD_ENV = { SKIP_PDF: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
const TIMEOUT_MS = 180_000;

let worker: ChildProcess | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (r: { status: number; output: string }) => void; reject: (e: Error) => void }>();
const cacheDirs: string[] = [];
process.once('exit', () => {
  worker?.kill();
  for (const dir of cacheDirs) rmSync(dir, { recursive: true, force: true });
});

/** Whether the worker (its process, messages and output pipes) keeps this process running: only while a build waits. */
function hold(child: ChildProcess, on: boolean): void {
  for (const handle of [child, child.channel, child.stdout, child.stderr] as ({ ref(): void; unref(): void } | null | undefined)[]) {
    if (on) handle?.ref();
    else handle?.unref();
  }
}

/** The build worker, started on first use; it lets this process exit whenever no build is waiting. */
function buildWorker(): ChildProcess {
  if (worker) return worker;
  const child = fork(join(ROOT, 'tests/helpers/build-worker.ts'), [], {
    // execArgv: not the test runner's own flags (--test would make the worker a test run).
    cwd: ROOT, env: { ...process.env, ...BUILD_ENV }, execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // What the worker prints outside a build (a crash) goes with the failure below.
  let stray = '';
  child.stdout!.on('data', (c: Buffer) => { stray += c; });
  child.stderr!.on('data', (c: Buffer) => { stray += c; });
  child.on('message', (m: { id: number; status: number; output: string }) => {
    waiting.get(m.id)?.resolve(m);
    waiting.delete(m.id);
    if (waiting.size === 0) hold(child, false);
  });
  child.on('exit', (code, signal) => {
    worker = undefined;
    for (const w of waiting.values()) w.reject(new Error(`the build worker stopped (${signal ?? code}):\n${stray}`));
    waiting.clear();
  });
  return (worker = child);
}

/** Builds `contentDir` into `outDir` (a new temporary folder unless given), in the build worker. */
export async function buildSite(contentDir: string, env: Record<string, string> = {}, outDir = mkdtempSync(join(tmpdir(), 'sc-build-'))): Promise<BuildResult> {
  // A cache of its own: the site may be building at the same time (npm test). Removed when this process ends, not
  // after the build: Astro writes its content store on a timer that may fire once the build has returned.
  const cacheDir = mkdtempSync(join(tmpdir(), 'sc-build-cache-'));
  cacheDirs.push(cacheDir);
  const child = buildWorker();
  hold(child, true);
  const id = nextId++;
  let timer: NodeJS.Timeout | undefined;
  try {
    const r = await new Promise<{ status: number; output: string }>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      timer = setTimeout(() => { child.kill(); reject(new Error(`the build of ${contentDir} took over ${TIMEOUT_MS / 1000} s`)); }, TIMEOUT_MS);
      child.send({ id, root: ROOT, contentDir, outDir, cacheDir, env: { ...BUILD_ENV, ...env } });
    });
    return { status: r.status, output: r.output.replace(/\x1B\[[0-9;]*m/g, ''), outDir };
  } finally {
    clearTimeout(timer);
  }
}

/** Builds `contentDir` with the `astro build` command in a process of its own, and returns what it printed. */
export function cliBuildSite(contentDir: string, outDir = mkdtempSync(join(tmpdir(), 'sc-build-'))): BuildResult {
  const cacheDir = mkdtempSync(join(tmpdir(), 'sc-build-cache-'));
  const r = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--force'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ...BUILD_ENV },
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
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

let shared: Promise<BuildResult> | undefined;

/**
 * The unmodified fixture site, built once per process and removed when the process exits. The
 * build tier runs its files in one process (`--test-isolation=none` in `npm run test:build`), so
 * every test file that only reads this build shares it. Do not write into its `outDir`.
 * Under `npm test`, FIXTURE_OUT names an empty folder that scripts/test.mjs made: the build goes there and
 * stays, for the benchmarks' smoke run (scripts/bench.mjs) to read instead of building the same site again.
 */
export async function fixtureBuild(): Promise<BuildResult> {
  shared ??= (async () => {
    const content = fixtureCopy();
    const keep = process.env.FIXTURE_OUT;
    const r = keep ? await buildSite(content, {}, keep) : await buildSite(content);
    process.once('exit', () => cleanup(content, ...(keep ? [] : [r.outDir])));
    return r;
  })();
  const r = await shared;
  if (r.status !== 0) throw new Error(`The fixture site does not build:\n${r.output}`);
  return r;
}
