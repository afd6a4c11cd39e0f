/** The host configuration committed in deploy/ is what `npm run deploy-config` writes from src/lib. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP } from '../../src/lib/csp.ts';
import { deployFiles, headersFile, nginxServerBlock, SECURITY_HEADERS } from '../../src/lib/security-headers.ts';

const ROOT = join(import.meta.dirname, '../..');

test('every file of deploy/ is the generated one (run `npm run deploy-config` after changing the headers)', () => {
  const files = deployFiles();
  assert.deepEqual(Object.keys(files).sort(), ['deploy/_headers', 'deploy/nginx/sous-controle.conf']);
  for (const [path, text] of Object.entries(files)) assert.equal(readFileSync(join(ROOT, path), 'utf8'), text, path);
});

test('both files send every security header, and the CSP is the meta policy plus frame-ancestors', () => {
  const names = SECURITY_HEADERS.map(([n]) => n);
  assert.deepEqual(names, ['Content-Security-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']);
  const csp = SECURITY_HEADERS[0]![1];
  assert.equal(csp, `${CSP}; frame-ancestors 'none'`);
  assert.ok(headersFile().includes(`  Content-Security-Policy: ${csp}\n`));
  const nginx = nginxServerBlock();
  const locations = nginx.match(/^\s*location /gm)!.length;
  // Each location repeats them (an add_header in a location hides the server's).
  for (const [name, value] of SECURITY_HEADERS) {
    assert.equal(nginx.split(`add_header ${name} "${value}" always;`).length - 1, locations, name);
    assert.ok(!value.includes('"'), `${name}: a double quote would end the nginx string`);
  }
});
