// The page's and the element's JavaScript is checked against its JSDoc types and the
// package's declarations (`tsc --checkJs --strict`), so that the types the modules
// document are the types they use. The modules import the package from `pkg/`, where
// its declarations are, and the build's list of languages and files from
// `www/generated/`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { typeErrors } from '../js/typecheck.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the page and element modules type-check (strict, checkJs) against the package declarations', () => {
  const modules = ['www/page.js', 'www/biometric-check.js', ...readdirSync(path.join(root, 'www/js')).map((name) => `www/js/${name}`)];
  const output = typeErrors({
    compilerOptions: {
      allowJs: true, checkJs: true, noEmit: true, strict: true, skipLibCheck: true,
      target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [],
    },
    files: modules.map((module) => path.join(root, module)),
  });
  assert.equal(output, '', output);
});
