// Build step of `cargo xtask dist`: the package's JavaScript (`pkg/index.js` and
// wasm-bindgen's `pkg/biometric_check.js`) ships without its comments. They are a fifth
// of the glue's gzip size; the commented sources stay in `src/wasm/` and the types in
// the `.d.ts` files beside the modules.
//
// TypeScript's own printer does the work (it parses the module, so a `//` inside a
// string or a regular expression is never taken for a comment), with the target and
// module syntax left as written and every import kept as written.
//
//   node xtask/strip-comments.mjs FILE...   (rewrites each file in place)

import { readFileSync, writeFileSync } from 'node:fs';
import ts from '../node_modules/typescript/lib/typescript.js';

const options = {
  removeComments: true,
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
};

for (const file of process.argv.slice(2)) {
  const source = readFileSync(file, 'utf8');
  const { outputText, diagnostics } = ts.transpileModule(source, { compilerOptions: options, fileName: file, reportDiagnostics: true });
  if (diagnostics?.length) {
    for (const d of diagnostics) console.error(`${file}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    process.exit(1);
  }
  // wasm-bindgen's first line names the module's types for Deno and JSR
  // (`/* @ts-self-types="./biometric_check.d.ts" */`): kept.
  const selfTypes = source.match(/^\/\* @ts-self-types="[^"]*" \*\/\n/)?.[0] ?? '';
  writeFileSync(file, selfTypes + outputText);
}
