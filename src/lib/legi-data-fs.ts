/**
 * The official consolidated codes shipped by @socialgouv/legi-data, read at most once per version:
 * the first build parses a code's JSON file (55 MB for the code du travail) and writes its small
 * index to a cache folder; later builds read the index only.
 *
 * LEGI_DATA_DIR points at another copy of the package (tests use tiny fixture trees);
 * LEGI_CACHE_DIR moves the cache (the benchmark uses an empty one to measure a cold build).
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { INDEX_FORMAT, indexCode, type CodeIndex } from './legi-index.ts';

export interface LegiSource {
  /** Folder of the package (holds package.json and data/). */
  dir: string;
  /** Package version, e.g. 2.513.0: names the cache files. */
  version: string;
}

/** Where the package is: LEGI_DATA_DIR, or node_modules as Node resolves it from the project root. */
export function legiSource(dir = process.env.LEGI_DATA_DIR): LegiSource {
  const root = dir
    ? resolve(dir)
    : dirname(createRequire(join(process.cwd(), 'package.json')).resolve('@socialgouv/legi-data/package.json'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  if (!pkg.version) throw new Error(`legi-data: ${root}/package.json has no version`);
  return { dir: root, version: pkg.version };
}

export function cacheDir(): string {
  return resolve(process.env.LEGI_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/sous-controle'));
}

const codeFile = (source: LegiSource, legiText: string) => join(source.dir, 'data', `${legiText}.json`);

/** `data.dateModif` sits in the first few hundred bytes of each file: no need to parse 55 MB for it. */
function headDateModif(file: string): string | undefined {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(2048);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return /"dateModif"\s*:\s*"(\d{4}-\d{2}-\d{2})"/.exec(buf.toString('utf8', 0, n))?.[1];
  } finally {
    closeSync(fd);
  }
}

export interface DataDate {
  /**
   * The day the data goes up to: the latest `dateModif` of the codes in the package, i.e. the
   * last change in force when it was extracted. A code that changed less recently (the CRPA:
   * 2026-02-05 in 2.513.0) is just as current: it had not changed since.
   */
  date: string;
  /** `dateModif` of each code file, by LEGITEXT id. */
  codes: Record<string, string>;
}

/** Reads the date of the data from the head of every code file of the package (a few kB in all). */
export function readDataDate(source: LegiSource): DataDate {
  const dataDir = join(source.dir, 'data');
  const files = readdirSync(dataDir).filter((f) => /^LEGITEXT\d+\.json$/.test(f));
  if (files.length === 0) throw new Error(`legi-data: no LEGITEXT*.json file in ${dataDir}`);
  const codes: Record<string, string> = {};
  for (const f of files) {
    const legiText = f.replace(/\.json$/, '');
    codes[legiText] = headDateModif(join(dataDir, f)) ?? loadCodeIndex(source, legiText).index.dateModif;
  }
  const date = Object.values(codes).sort().at(-1)!;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`legi-data: no dateModif found in ${dataDir}`);
  return { date, codes };
}

export interface LoadedIndex {
  index: CodeIndex;
  /** Whether the index came from the cache (false: the code's file was parsed). */
  cached: boolean;
  ms: number;
}

interface CacheFile extends CodeIndex { source: { version: string; size: number } }

/** The index of one code: from the cache when it matches the package version and file, else built and cached. */
export function loadCodeIndex(source: LegiSource, legiText: string, dir = cacheDir()): LoadedIndex {
  const started = performance.now();
  const file = codeFile(source, legiText);
  if (!existsSync(file)) {
    throw new Error(`legi-data ${source.version} has no file data/${legiText}.json (in ${source.dir})`);
  }
  const size = statSync(file).size;
  const cacheFile = join(dir, `legi-${legiText}-${source.version}.json`);
  const ms = () => Math.round(performance.now() - started);

  if (existsSync(cacheFile)) {
    try {
      const c = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheFile;
      if (c.format === INDEX_FORMAT && c.source?.version === source.version && c.source.size === size && c.articles) {
        const { source: _source, ...index } = c;
        return { index, cached: true, ms: ms() };
      }
    } catch {
      // A truncated or hand-edited cache file is rebuilt below.
    }
  }

  const index = indexCode(JSON.parse(readFileSync(file, 'utf8')));
  if (index.legiText !== legiText) {
    throw new Error(`legi-data: data/${legiText}.json holds code ${index.legiText}`);
  }
  mkdirSync(dir, { recursive: true });
  // Written then renamed, so a build running at the same time never reads half a file.
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ ...index, source: { version: source.version, size } } satisfies CacheFile));
  renameSync(tmp, cacheFile);
  return { index, cached: false, ms: ms() };
}
