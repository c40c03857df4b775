/**
 * Where things are: the repository root (found from this module, which runs from src/ under
 * tsx and from dist/src/ after tsc), its models/ folder, and the shared data beside it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The folder holding package.json and models/. */
export function repoRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'models'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error(`warta: cannot find the repository (package.json and models/) above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** The shipped models. */
export function modelsDir(): string {
  return join(repoRoot(), 'models');
}

/** The shared evaluation and training data: $WARTA_SHARED, else ../shared beside the repository. */
export function sharedDir(): string {
  return process.env['WARTA_SHARED'] ? resolve(process.env['WARTA_SHARED']) : resolve(repoRoot(), '..', 'shared');
}
