/**
 * `npm test`: everything, in order, cheapest first. Gets a Chromium if none is found, runs the
 * unit tests, the fixture builds, the spell check, builds the site once (with the booklet PDFs),
 * checks the built pages, serves them with nginx, checks the PDFs, then runs the browser tests
 * against the build.
 */
import { spawnSync } from 'node:child_process';
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

const steps = [
  ['unit tests', 'npm', ['run', '--silent', 'test:unit']],
  ['fixture builds', 'npm', ['run', '--silent', 'test:build']],
  ['spell check', 'npm', ['run', '--silent', 'spell']],
  ['type check', 'npm', ['run', '--silent', 'check']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['built site checks', 'npm', ['run', '--silent', 'test:dist']],
  ['server tests', 'npm', ['run', '--silent', 'test:server']],
  ['pdf tests', 'npm', ['run', '--silent', 'test:pdf']],
  ['browser tests', 'npm', ['run', '--silent', 'test:e2e']],
  ['bench smoke', 'npm', ['run', '--silent', 'bench', '--', '--smoke']],
];

process.env.CHROMIUM_PATH = await ensureChromium();
process.env.E2E_PORT ??= String(await freePort());
const failed = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  console.log(`=== ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (r.status !== 0) {
    failed.push(name);
    // Later steps need the build; without it they would only report the same failure again.
    if (name === 'build') break;
  }
}
console.log(`\nsteps: ${steps.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
