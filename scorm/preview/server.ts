// `npm run lms`: the preview LMS for administrators and the end-to-end tests.
// Serves the built SCORM zips (unpacked in memory) under Moodle-like deep
// sub-paths, and a page that launches them with scorm-again as the LMS.
import { build } from 'esbuild';
import { unzipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodePath } from '../../src/tools/static-server.ts';
import { PACKAGE_PATH } from './paths.ts';

const { values } = parseArgs({
  options: {
    packages: { type: 'string', default: 'dist-scorm' },
    port: { type: 'string', default: process.env['LMS_PORT'] ?? '4500' },
    host: { type: 'string', default: '127.0.0.1' },
    // The LMS the preview behaves like by default: `scorm-again` (the standard) or `moodle` (Moodle 4.5's quirks).
    profile: { type: 'string', default: 'scorm-again' },
  },
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

function unpack(standard: '12' | '2004'): Map<string, Uint8Array> {
  const zip = readdirSync(values.packages).find((f) => f.includes(`-scorm${standard}-`) && f.endsWith('.zip'));
  if (!zip) throw new Error(`No SCORM ${standard} zip in ${values.packages}/: run \`npm run package\` first.`);
  return new Map(Object.entries(unzipSync(readFileSync(join(values.packages, zip)))));
}

const packages = new Map([
  [PACKAGE_PATH['1.2'], unpack('12')],
  [PACKAGE_PATH['2004'], unpack('2004')],
]);
const here = new URL('.', import.meta.url).pathname;
const bundle = await build({
  entryPoints: [join(here, 'preview.ts')],
  bundle: true,
  format: 'esm',
  write: false,
  target: 'es2022',
  logLevel: 'silent',
});
if (!['scorm-again', 'moodle'].includes(values.profile))
  throw new Error(`Unknown --profile ${values.profile}: use scorm-again or moodle.`);
const page = readFileSync(join(here, 'index.html'), 'utf8').replace(
  '<!--profile-->',
  `<meta name="lms-profile" content="${values.profile}" />`,
);
const assets = new Map<string, [string, Uint8Array | string]>([
  ['/', ['.html', page]],
  ['/index.html', ['.html', page]],
  ['/preview.css', ['.css', readFileSync(join(here, 'preview.css'))]],
  ['/preview.js', ['.js', bundle.outputFiles[0]!.contents]],
]);

const server = createServer((request, response) => {
  const path = decodePath(new URL(request.url ?? '/', 'http://localhost').pathname) ?? '';
  const asset = assets.get(path);
  if (asset) {
    response.writeHead(200, { 'content-type': TYPES[asset[0]]!, 'cache-control': 'no-store' }).end(asset[1]);
    return;
  }
  for (const [prefix, files] of packages) {
    const file = path.startsWith(prefix) ? files.get(path.slice(prefix.length)) : undefined;
    if (file) {
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(file);
      return;
    }
  }
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
});
server.listen(Number(values.port), values.host, () => {
  console.log(
    `Preview LMS (${values.profile}): http://${values.host}:${values.port}/index.html (SCORM 1.2), ?standard=2004 for SCORM 2004, &profile=moodle|scorm-again to switch`,
  );
});
