/**
 * Writes the offline copy's files after the build (« Lire hors connexion », src/lib/offline.ts):
 * `hors-connexion/fichiers.json`, the list of files a reader's browser keeps with their sizes and the
 * build's version, and `sw.js`, the service worker, with that version in it. Fails the build when the
 * pages alone outgrow the budget. Register it after the booklet PDF and the search index (it lists
 * their files) and before precompress (whose .br and .gz copies it must not list).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  OFFLINE_CACHE_PREFIX, OFFLINE_MANIFEST_URL, SERVICE_WORKER_URL, bookletPdfForOffline, formatSize, offlineManifest,
  selectOfflineFiles, type OfflineManifest,
} from '../lib/offline.ts';
import { builtFiles, builtPageScripts } from '../lib/offline-fs.ts';

const WORKER_SOURCE = new URL('../scripts/service-worker.js', import.meta.url);

/** Writes the manifest and the worker into `outDir`; returns the manifest. */
export function writeOfflineCopy(outDir: string): OfflineManifest {
  const pdf = bookletPdfForOffline((url) => existsSync(join(outDir, url)));
  const files = builtFiles(outDir);
  const selection = selectOfflineFiles(files, { pdf, scripts: builtPageScripts(outDir, files) });
  const hash = createHash('sha256').update(readFileSync(WORKER_SOURCE));
  for (const f of selection.files) {
    const path = f.url.endsWith('/') ? `${f.url}index.html` : f.url;
    hash.update(f.url).update('\0').update(readFileSync(join(outDir, path))).update('\0');
  }
  const manifest = offlineManifest(selection, hash.digest('hex').slice(0, 16));
  writeFileSync(join(outDir, OFFLINE_MANIFEST_URL), `${JSON.stringify(manifest, null, 1)}\n`);
  const worker = readFileSync(WORKER_SOURCE, 'utf8')
    .replace('__OFFLINE_VERSION__', manifest.version)
    .replace('__OFFLINE_MANIFEST__', OFFLINE_MANIFEST_URL)
    .replace('__OFFLINE_PREFIX__', OFFLINE_CACHE_PREFIX);
  writeFileSync(join(outDir, SERVICE_WORKER_URL), worker);
  return manifest;
}

export default function offlineCopy(): AstroIntegration {
  return {
    name: 'sous-controle:offline-copy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (!existsSync(join(outDir, OFFLINE_MANIFEST_URL, '..'))) throw new Error(`offline copy: the page ${OFFLINE_MANIFEST_URL.replace(/[^/]+$/, '')} was not built`);
        const m = writeOfflineCopy(outDir);
        const pdf = m.files.find((f) => f.url.endsWith('.pdf'));
        const search = m.files.filter((f) => f.url.startsWith('/pagefind/')).length;
        logger.info(`offline copy: ${m.files.length} files, ${(m.total / 1024 / 1024).toFixed(2)} MB of ${(m.budget / 1024 / 1024).toFixed(0)} MB (${formatSize(m.total).replace('\u00A0', ' ')}); booklet PDF: ${pdf ? pdf.url : 'none built'}; search: ${search} files kept, ${m.dropped.length} left out; version ${m.version}`);
      },
    },
  };
}
