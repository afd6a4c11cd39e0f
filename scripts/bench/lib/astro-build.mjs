/**
 * One `astro build --force` in a child process, timed from outside: the whole build, and its content
 * sync (where every Markdown file goes through remark and rehype), read from when the lines
 * "Syncing content" and "Synced content" arrive, to the millisecond, where Astro's own log only
 * gives seconds. The CPU time of both, which others' work on the machine hardly changes, comes from
 * a probe preloaded into the build (cpu-probe.mjs).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { ROOT } from './measurements.mjs';

const PROBE = join(import.meta.dirname, 'cpu-probe.mjs');

/**
 * Builds `content` into `out` (PDFs skipped); resolves to `{ ms, syncMs, cpuMs, syncCpuMs, output }`
 * (wall and CPU milliseconds) or rejects with the end of the log.
 */
export function astroBuild({ content, out, env = {} }) {
  return new Promise((resolve, reject) => {
    // A cache of its own, dropped after the build: `npm test` may be building the site at the same time.
    const cacheDir = mkdtempSync(join(tmpdir(), 'sc-bench-cache-'));
    const started = performance.now();
    // This Node (24, from npm's PATH), whatever `node` the shell would find.
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'], {
      cwd: ROOT,
      env: {
        ...process.env, CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: cacheDir, SKIP_PDF: '1', NO_COLOR: '1', FORCE_COLOR: '0',
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${PROBE}`.trim(), ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = [];
    let syncStart;
    let syncEnd;
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        const at = performance.now();
        lines.push(line);
        if (line.includes('[content] Syncing content')) syncStart = at;
        else if (line.includes('[content] Synced content')) syncEnd = at;
      });
    }
    child.once('error', reject);
    child.once('close', (code) => {
      const ms = performance.now() - started;
      rmSync(cacheDir, { recursive: true, force: true });
      const output = lines.join('\n');
      if (code !== 0) return reject(new Error(`build of ${content} failed (exit ${code}):\n${output.slice(-3000)}`));
      const cpu = (what) => Number(output.match(new RegExp(`\\[bench-cpu\\] ${what} (\\d+) ms`))?.[1] ?? NaN);
      if (syncStart === undefined || syncEnd === undefined || Number.isNaN(cpu('content sync'))) {
        return reject(new Error(`the build did not log its content sync:\n${output.slice(-3000)}`));
      }
      resolve({ ms, syncMs: syncEnd - syncStart, cpuMs: cpu('total'), syncCpuMs: cpu('content sync'), output });
    });
  });
}
