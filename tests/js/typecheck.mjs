// Runs the pinned TypeScript compiler over a project of its own, written to a temporary
// folder: the files given (name → text) and a tsconfig with these compiler options and
// these entry files. Returns what tsc printed (empty when everything type-checks).

import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * @param {{ compilerOptions: object, files: string[], sources?: Record<string, string> }} project
 *   `files`: the entry files, absolute or relative to the temporary folder; `sources`:
 *   files to write there first
 * @returns {string}
 */
export function typeErrors(project) {
  const dir = mkdtempSync(path.join(tmpdir(), 'types-'));
  try {
    for (const [name, text] of Object.entries(project.sources ?? {})) writeFileSync(path.join(dir, name), text);
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: project.compilerOptions, files: project.files }));
    try {
      execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
      return '';
    } catch (error) {
      return String(/** @type {{ stdout?: string }} */ (error).stdout ?? error);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
