import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
};

export interface StaticServerOptions {
  /** Folder to serve. */
  root: string;
  /** URL prefix the folder is served under, e.g. `/pluginfile.php/42/mod_scorm/content/7/`. */
  base?: string;
  /** Called for every request that ends in 404. */
  onNotFound?: (url: string) => void;
}

/**
 * Serves a folder the way an LMS serves a SCORM package: under a sub-path,
 * files only (no directory index, no rewrites, no clean URLs).
 */
export function createStaticServer({ root, base = '/', onNotFound }: StaticServerOptions): Server {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const notFound = () => {
      onNotFound?.(url.pathname);
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
    };
    if (!path.startsWith(prefix)) return notFound();
    const file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) return notFound();
    try {
      const info = await stat(file);
      if (!info.isFile()) return notFound();
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(response);
    } catch {
      notFound();
    }
  });
}
