// The page's JavaScript is checked against its JSDoc types and the package's
// declarations (`tsc --checkJs --strict`), so that the types the modules document are
// the types they use. The page's copy of the package (`www/pkg/`) holds no
// declarations, so the check runs on a copy of the modules next to `pkg/*.d.ts`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the page modules type-check (strict, checkJs) against the package declarations', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'page-types-'));
  try {
    cpSync(path.join(root, 'www/app.js'), path.join(dir, 'www/app.js'));
    cpSync(path.join(root, 'www/js'), path.join(dir, 'www/js'), { recursive: true });
    mkdirSync(path.join(dir, 'www/pkg'), { recursive: true });
    for (const name of ['index.d.ts', 'biometric_check.d.ts']) cpSync(path.join(root, 'pkg', name), path.join(dir, 'www/pkg', name));
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          allowJs: true, checkJs: true, noEmit: true, strict: true, skipLibCheck: true,
          target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [],
        },
        include: ['www/app.js', 'www/js/*.js'],
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
