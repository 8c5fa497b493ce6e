// The page's and the element's JavaScript is checked against its JSDoc types and the
// package's declarations (`tsc --checkJs --strict`), so that the types the modules
// document are the types they use. The modules import the package from `pkg/`, where
// its declarations are, and the build's list of languages and files from
// `www/generated/`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the page and element modules type-check (strict, checkJs) against the package declarations', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'page-types-'));
  try {
    const modules = ['www/page.js', 'www/biometric-check.js', ...readdirSync(path.join(root, 'www/js')).map((name) => `www/js/${name}`)];
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          allowJs: true, checkJs: true, noEmit: true, strict: true, skipLibCheck: true,
          target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [],
        },
        files: modules.map((module) => path.join(root, module)),
      }),
    );
    let output = '';
    try {
      execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    } catch (error) {
      output = String(/** @type {{ stdout?: string }} */ (error).stdout ?? error);
    }
    assert.equal(output, '', output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
