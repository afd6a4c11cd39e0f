/**
 * `npm test`: everything. Gets a Chromium if none is found, then runs two lanes side by side (most
 * steps use one core; the machine has two):
 *   - the site: build it once (with the booklet PDFs), check the built pages, serve them with nginx,
 *     check the PDFs;
 *   - the rest: unit tests, spell check, fixture builds, the benchmarks' smoke run (on the fixture
 *     site that the fixture builds left in FIXTURE_OUT), then the type check;
 * then the browser tests against the build, as soon as the site lane is done (the other lane may still be
 * finishing: they share the cores for a few seconds).
 * Each step's output is printed in one block when it ends, so the two lanes never interleave.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { ensureChromium } from './chromium.mjs';

/** A free port on loopback for the preview server of the browser tests, unless E2E_PORT is set. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const npm = (...args) => ['npm', ['run', '--silent', ...args]];
/** Steps of a lane run in order; a step marked `needed` stops its lane when it fails. */
const SITE_LANE = [
  { name: 'build', cmd: npm('build'), needed: true },
  { name: 'built site checks', cmd: npm('test:dist') },
  { name: 'server tests', cmd: npm('test:server') },
  { name: 'pdf tests', cmd: npm('test:pdf') },
];
const OTHER_LANE = [
  { name: 'unit tests', cmd: npm('test:unit') },
  { name: 'spell check', cmd: npm('spell') },
  { name: 'fixture builds', cmd: npm('test:build') },
  { name: 'bench smoke', cmd: npm('bench', '--', '--smoke') },
  // Last: it needs no build, and the browser tests, the longest step, start sooner without it in the site's lane.
  { name: 'type check', cmd: npm('check') },
];
const BROWSER = { name: 'browser tests', cmd: npm('test:e2e') };

process.env.CHROMIUM_PATH = await ensureChromium();
// One build of the fixture site for the fixture builds and the bench smoke run (tests/helpers/build.ts).
process.env.FIXTURE_OUT = mkdtempSync(join(tmpdir(), 'sc-fixture-site-'));
process.env.E2E_PORT ??= String(await freePort());
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const results = [];

/** Runs one step, its output held and printed in one block at the end; resolves to true when it passed. */
function run(step) {
  const t = Date.now();
  return new Promise((resolve) => {
    const [cmd, args] = step.cmd;
    const child = spawn(cmd, args, { env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout?.on('data', (c) => chunks.push(c));
    child.stderr?.on('data', (c) => chunks.push(c));
    child.on('close', (code) => {
      const ok = code === 0;
      process.stdout.write(`\n=== ${step.name} ===\n${Buffer.concat(chunks).toString()}`);
      console.log(`=== ${step.name}: ${ok ? 'ok' : 'FAILED'} (${seconds(t)}, at ${seconds(started)})`);
      results.push({ name: step.name, ok });
      resolve(ok);
    });
  });
}

async function lane(steps) {
  for (const step of steps) {
    // Later steps of the lane need what a `needed` step makes; they would only report its failure again.
    if (!(await run(step)) && step.needed) return false;
  }
  return true;
}

// The browser tests start as soon as the site lane is done (they need the build), while the other lane finishes.
await Promise.all([
  lane(SITE_LANE).then((built) => (built ? run(BROWSER) : false)),
  lane(OTHER_LANE),
]);

rmSync(process.env.FIXTURE_OUT, { recursive: true, force: true });
const total = SITE_LANE.length + OTHER_LANE.length + 1;
const failed = results.filter((r) => !r.ok).map((r) => r.name);
const notRun = total - results.length;
console.log(`\nsteps: ${results.length - failed.length} passed, ${failed.length} failed${notRun ? `, ${notRun} not run (the build failed)` : ''}`
  + `${failed.length ? ` (${failed.join(', ')})` : ''} in ${seconds(started)}`);
process.exit(failed.length || notRun ? 1 : 0);
