/**
 * The disk side of the offline copy (src/lib/offline.ts, which stays pure): the files of a built site
 * with their sizes, and the scripts its pages load, read from the built HTML and the built scripts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { referencedScripts, urlOfBuiltPath, type BuiltFile } from './offline.ts';

/** Every file of `outDir`, by its path inside it with forward slashes, and its size. */
export function builtFiles(outDir: string): BuiltFile[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .map((file) => ({ path: relative(outDir, file).split(sep).join('/'), bytes: statSync(file).size }));
}

/** The scripts the built pages among `files` load, statically, by address (see referencedScripts). */
export function builtPageScripts(outDir: string, files: BuiltFile[]): Set<string> {
  const pages = files.filter((f) => f.path.endsWith('.html'))
    .map((f) => ({ url: urlOfBuiltPath(f.path), html: readFileSync(join(outDir, f.path), 'utf8') }));
  return referencedScripts(pages, (url) => {
    const file = join(outDir, ...decodeURIComponent(url).split('/'));
    return file.startsWith(outDir) && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  });
}
