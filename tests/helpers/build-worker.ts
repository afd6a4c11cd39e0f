/**
 * A child process of the build tier (started by tests/helpers/build.ts) that runs Astro builds one after
 * another, each with Astro's `build()` in this one process: Node, Astro, Vite and the integrations load once
 * instead of once per build (a fixture build that fails early costs 0.7 s here against 2.2 s as a new process).
 *
 * Each build gets its own content folder, output folder and cache folder through the environment that
 * astro.config.mjs reads when Astro loads it again for the build. The modules the config imports stay loaded
 * between builds; none keeps state that depends on the content (the fixture builds, each failing on its own
 * edit, would show it). The route code is bundled anew by every build.
 *
 * Message in: a `Job`. Message out: { id, status, output }, where `output` is what the build printed, then
 * the error it ended with, if any (its name, message, hint and file, the parts `astro build` prints). Jobs run
 * strictly one at a time, in the order they came: the environment and the output are the process's own.
 */
import { build } from 'astro';

interface Job { id: number; root: string; contentDir: string; outDir: string; cacheDir: string; env: Record<string, string> }

/** An Astro error's text as `astro build` prints it (its Markdown bold dropped), then its causes. */
function describe(error: unknown): string {
  const lines: string[] = [];
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    const loc = e.loc as { file?: string; line?: number; column?: number } | undefined;
    lines.push(`[${String(e.name ?? 'Error')}] ${String(e.message ?? e)}`);
    if (e.hint) lines.push(`  Hint: ${String(e.hint)}`);
    if (loc?.file) lines.push(`  Location: ${loc.file}:${loc.line ?? 0}:${loc.column ?? 0}`);
    if (typeof e.stack === 'string') lines.push(`  Stack trace: ${e.stack.split('\n').slice(1, 4).join('\n')}`);
  }
  return lines.join('\n').replace(/\*\*/g, '');
}

/** Runs one build with its own environment, and returns what it printed. */
async function run(job: Job): Promise<{ id: number; status: number; output: string }> {
  const saved = new Map<string, string | undefined>();
  const set = (name: string, value: string) => { saved.set(name, process.env[name]); process.env[name] = value; };
  for (const [k, v] of Object.entries({ ...job.env, CONTENT_DIR: job.contentDir, OUT_DIR: job.outDir, ASTRO_CACHE_DIR: job.cacheDir })) set(k, v);

  const chunks: string[] = [];
  const writes = { out: process.stdout.write, err: process.stderr.write };
  const capture = (chunk: unknown) => { chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8')); return true; };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  let status = 0;
  try {
    await build({ root: job.root, force: true });
  } catch (error) {
    status = 1;
    chunks.push(`\n${describe(error)}\n`);
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  return { id: job.id, status, output: chunks.join('') };
}

let queue = Promise.resolve();
process.on('message', (job: Job) => {
  queue = queue.then(async () => { process.send!(await run(job)); });
});
