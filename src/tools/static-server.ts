import { createReadStream, existsSync } from 'node:fs';
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

/** A URL path decoded, or undefined when its percent-escapes are malformed (`/%E0%A4%A`). */
export function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/**
 * Serves a folder the way an LMS serves a SCORM package: under a sub-path,
 * files only (no directory index, no rewrites, no clean URLs). Anything it
 * cannot serve, a malformed URL included, gets the site's own 404 page.
 */
export function createStaticServer({ root, base = '/', onNotFound }: StaticServerOptions): Server {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const page404 = join(root, '404.html');
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodePath(url.pathname);
    const notFound = () => {
      onNotFound?.(url.pathname);
      if (existsSync(page404)) {
        response.writeHead(404, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
        createReadStream(page404).pipe(response);
      } else response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
    };
    if (path === undefined || !path.startsWith(prefix)) return notFound();
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
