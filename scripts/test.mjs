/**
 * `npm test`: everything, in order, cheapest first. Gets a Chromium if none is found, runs the
 * unit tests, the spell check, builds the site once (with the booklet PDFs), checks the PDFs,
 * then runs the browser tests against the build.
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

const steps = [
  ['unit tests', 'npm', ['run', '--silent', 'test:unit']],
  ['spell check', 'npm', ['run', '--silent', 'spell']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['pdf tests', 'npm', ['run', '--silent', 'test:pdf']],
  ['browser tests', 'npm', ['run', '--silent', 'test:e2e']],
];

process.env.CHROMIUM_PATH = await ensureChromium();
const failed = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  console.log(`=== ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (r.status !== 0) {
    failed.push(name);
    // PDF and browser tests need the build; without it they would only report the same failure again.
    if (name === 'build') break;
  }
}
console.log(`\nsteps: ${steps.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
