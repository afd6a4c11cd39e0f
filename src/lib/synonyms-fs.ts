/**
 * Reads content/synonymes.yaml (or CONTENT_DIR's) for the search index. A missing file is an empty
 * table; a malformed one stops the build with an error that names the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contentDir } from './content-fs.ts';
import { parseSynonyms, type SynonymGroup } from './synonyms.ts';

export function synonymsPath(): string {
  return `${contentDir()}/synonymes.yaml`;
}

export function readSynonyms(path = synonymsPath()): SynonymGroup[] {
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid YAML: ${(error as Error).message}`);
  }
  return parseSynonyms(data, path);
}
