import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStaticServer, decodePath } from '../../../src/tools/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'static-'));
writeFileSync(join(root, 'index.html'), '<h1>Kurs</h1>');
writeFileSync(join(root, '404.html'), '<h1>Nie ma takiej strony</h1>');
const server = createStaticServer({ root, base: '/sub/' });
let origin = '';

beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('createStaticServer', () => {
  test('serves files under the sub-path', async () => {
    const response = await fetch(`${origin}/sub/index.html`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Kurs');
  });

  test("answers a malformed URL with the site's 404 page and keeps running", async () => {
    const bad = await fetch(`${origin}/sub/%E0%A4%A`);
    expect(bad.status).toBe(404);
    expect(await bad.text()).toContain('Nie ma takiej strony');
    expect((await fetch(`${origin}/sub/index.html`)).status).toBe(200);
  });

  test('answers a missing file, a folder and a path outside the root with 404', async () => {
    for (const path of ['/sub/nope.html', '/sub/', '/sub/..%2f..%2fetc%2fpasswd', '/other/index.html'])
      expect((await fetch(`${origin}${path}`)).status).toBe(404);
  });
});

describe('decodePath', () => {
  test('returns undefined for malformed escapes', () => {
    expect(decodePath('/%E0%A4%A')).toBeUndefined();
    expect(decodePath('/a%20b')).toBe('/a b');
  });
});
