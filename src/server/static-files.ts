/**
 * The web page's files: `web/public/*` at `/<name>` (index.html at `/`) and the compiled browser
 * modules `dist/web/*.js` at `/js/<name>.js`. Only plain file names in those two folders are
 * served (no sub-paths, so no way out of them); files are read once and kept.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*\.([a-z]+)$/u;

/** The package root: this file is dist/src/server/static-files.js. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface StaticFile {
  body: Buffer;
  type: string;
}

export class StaticFiles {
  // Only files found are kept: a miss keyed on whatever name a client sends would let the map grow.
  private readonly cache = new Map<string, StaticFile>();

  constructor(
    private readonly publicDir = join(PACKAGE_ROOT, 'web', 'public'),
    private readonly scriptDir = join(PACKAGE_ROOT, 'dist', 'web'),
  ) {}

  /** The file for a URL path, or null when there is none to serve. */
  async get(urlPath: string): Promise<StaticFile | null> {
    const path = urlPath.split('?')[0];
    let dir: string;
    let name: string;
    if (path === '/') [dir, name] = [this.publicDir, 'index.html'];
    else if (path.startsWith('/js/')) [dir, name] = [this.scriptDir, path.slice(4)];
    else [dir, name] = [this.publicDir, path.slice(1)];
    const m = SAFE_NAME.exec(name);
    if (!m || name.includes('..') || !TYPES[m[1]] || (dir === this.scriptDir && m[1] !== 'js')) return null;
    const key = join(dir, name);
    const hit = this.cache.get(key);
    if (hit) return hit;
    try {
      const file = { body: await readFile(key), type: TYPES[m[1]] };
      this.cache.set(key, file);
      return file;
    } catch {
      return null;
    }
  }
}
