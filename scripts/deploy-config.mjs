/**
 * `npm run deploy-config`: writes the host configuration in deploy/ from src/lib/security-headers.ts,
 * so the committed files say what the code says (tests/unit/deploy-config.test.ts compares them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deployFiles } from '../src/lib/security-headers.ts';

const root = join(import.meta.dirname, '..');
for (const [path, text] of Object.entries(deployFiles())) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
  console.log(`wrote ${path}`);
}
