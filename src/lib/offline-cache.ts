/**
 * What the offline copy's opt-in page script needs (src/scripts/offline-page.ts): the caches' name,
 * the manifest's shape, sizes in French. No import: the script's bundle stays apart from the rest.
 */

/** Every cache of the copy starts with this; the build version follows. */
export const OFFLINE_CACHE_PREFIX = 'sous-controle-hors-connexion-';

export interface OfflineFile {
  /** Address the browser asks for: `/articles/x/` for `articles/x/index.html`. */
  url: string;
  bytes: number;
}

/** `dist/hors-connexion/fichiers.json`. */
export interface OfflineManifest {
  /** Hash of every listed file's content: a new build with any change gets a new cache. */
  version: string;
  /** Name of the cache this build fills. */
  cache: string;
  budget: number;
  total: number;
  files: OfflineFile[];
  /** What the budget left out, for the build log and the curious (the search fragments, first). */
  dropped: OfflineFile[];
}

/** "2,9 Mo", "340 Ko": sizes as a French reader reads them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')}\u00A0Mo`;
  return `${Math.max(1, Math.round(bytes / 1024))}\u00A0Ko`;
}
