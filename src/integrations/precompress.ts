/**
 * Last step of the build: writes `_headers` (security and cache headers for Netlify and Cloudflare
 * Pages, from src/lib/security-headers.ts) and a brotli `.br` and gzip `.gz` copy beside every text
 * file, which nginx sends as they are (`brotli_static`, `gzip_static`: deploy/nginx/). Register it
 * last: build:done hooks run in order, and the search index writes Pagefind's files before this runs.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { headersFile } from '../lib/security-headers.ts';

/** Text files worth compressing. Pagefind's index chunks and WebAssembly are gzip data already. */
const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);
/** Below this, the headers of a compressed response outweigh the saving. */
const MIN_BYTES = 256;
/**
 * Brotli's best quality (11) is about 60 times slower than quality 5 for 10 % smaller files: worth it
 * for this site (about 1.5 s), not for a synthetic site of 1,000 articles (tens of seconds), which
 * gets quality 5 once its text passes this many bytes.
 */
const MAX_QUALITY_UP_TO = 8e6;
/** Files compressed at once (zlib runs them on libuv's thread pool). */
const CONCURRENCY = 4;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Every file of `dir` that gets compressed copies, as paths relative to it. */
export function compressible(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && TEXT.has(extname(e.name)))
    .map((e) => join(e.parentPath, e.name));
}

/** Writes `file.br` and `file.gz` when they are smaller than `file`; returns bytes before and after brotli. */
export async function compressFile(file: string, quality = 11): Promise<{ raw: number; br: number }> {
  const data = readFileSync(file);
  if (data.length < MIN_BYTES) return { raw: data.length, br: data.length };
  const [br, gzipped] = await Promise.all([
    brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    gz(data, { level: 9 }),
  ]);
  if (br.length < data.length) writeFileSync(`${file}.br`, br);
  if (gzipped.length < data.length) writeFileSync(`${file}.gz`, gzipped);
  return { raw: data.length, br: Math.min(br.length, data.length) };
}

export default function precompress(): AstroIntegration {
  return {
    name: 'sous-controle:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        writeFileSync(join(outDir, '_headers'), headersFile());
        const queue = compressible(outDir);
        const count = queue.length;
        const total = queue.reduce((t, f) => t + statSync(f).size, 0);
        const quality = total <= MAX_QUALITY_UP_TO ? 11 : 5;
        let raw = 0;
        let br = 0;
        const worker = async () => {
          for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
            const sizes = await compressFile(file, quality);
            raw += sizes.raw;
            br += sizes.br;
          }
        };
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
        const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
        logger.info(`_headers written; ${count} text files compressed (${mb(raw)} → ${mb(br)} brotli, quality ${quality}) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
