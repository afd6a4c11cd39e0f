/**
 * « Lire hors connexion »: installs the offline copy's service worker when the reader presses the
 * button, says what is kept (files and size, read back from the cache), and removes it all on request
 * (unregisters the worker, deletes its caches). Loading this page stores nothing: it only reads.
 */
import { OFFLINE_CACHE_PREFIX, formatSize, type OfflineManifest } from '../lib/offline-cache.ts';
import { announce } from './save-file.ts';

async function readManifest(url: string): Promise<OfflineManifest | undefined> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    return response.ok ? (await response.json()) as OfflineManifest : undefined;
  } catch {
    return undefined;
  }
}

/** The copy's caches on this device, this build's or an older one's. */
async function copyCaches(): Promise<string[]> {
  return (await caches.keys()).filter((k) => k.startsWith(OFFLINE_CACHE_PREFIX));
}

/** What the cache holds, file by file, with the sizes the manifest gives (an entry not listed counts 0). */
async function kept(manifest: OfflineManifest | undefined): Promise<{ count: number; bytes: number }> {
  const sizes = new Map(manifest?.files.map((f) => [new URL(f.url, location.origin).href, f.bytes]));
  let count = 0;
  let bytes = 0;
  for (const name of await copyCaches()) {
    for (const request of await (await caches.open(name)).keys()) {
      count++;
      bytes += sizes.get(request.url) ?? 0;
    }
  }
  return { count, bytes };
}

/** A message the page wrote in `data-msg-<name>`, with {count} and {size} filled in. */
function message(root: HTMLElement, name: string, count = 0, bytes = 0): string {
  const text = root.getAttribute(`data-msg-${name}`) ?? '';
  return text.replace('{count}', String(count)).replace('{size}', formatSize(bytes));
}

async function init(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  const keep = root.querySelector<HTMLButtonElement>('[data-action="keep"]')!;
  const remove = root.querySelector<HTMLButtonElement>('[data-action="remove"]')!;
  const planned = root.querySelector<HTMLElement>('[data-offline-planned]')!;
  for (const el of root.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    root.querySelector<HTMLElement>('[data-offline-unsupported]')!.hidden = false;
    return;
  }
  root.querySelector<HTMLElement>('[data-js-only]')!.hidden = false;
  const manifest = await readManifest(root.dataset.manifest!);
  if (manifest) {
    const search = manifest.files.some((f) => f.url.startsWith('/pagefind/'));
    planned.textContent = message(root, 'planned', manifest.files.length, manifest.total) + (search ? '' : ` ${message(root, 'nosearch')}`);
    planned.hidden = false;
  }

  const show = async (before?: string) => {
    const registration = await navigator.serviceWorker.getRegistration('/');
    const copy = await kept(manifest);
    const on = Boolean(registration) && copy.count > 0;
    keep.hidden = on;
    remove.hidden = !registration && copy.count === 0;
    const state = on ? message(root, 'kept', copy.count, copy.bytes) : message(root, 'none');
    announce(status, before ? `${before} ${state}` : state);
    root.dataset.offlineState = on ? 'kept' : 'none';
  };

  keep.addEventListener('click', async () => {
    keep.disabled = true;
    announce(status, message(root, 'working'));
    try {
      const registration = await navigator.serviceWorker.register(root.dataset.worker!, { scope: '/', updateViaCache: 'none' });
      await new Promise<void>((resolve, reject) => {
        const worker = registration.installing ?? registration.waiting ?? registration.active;
        if (!worker || worker.state === 'activated') { resolve(); return; }
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') resolve();
          if (worker.state === 'redundant') reject(new Error('the offline copy could not be installed'));
        });
      });
      await show();
    } catch {
      await removeAll();
      await show(message(root, 'failed'));
    } finally {
      keep.disabled = false;
    }
  });

  remove.addEventListener('click', async () => {
    await removeAll();
    await show(message(root, 'removed'));
    keep.focus();
  });

  await show();
}

async function removeAll(): Promise<void> {
  for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
  for (const name of await copyCaches()) await caches.delete(name);
}

const root = document.querySelector<HTMLElement>('[data-offline]');
if (root) void init(root);
