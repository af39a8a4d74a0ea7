// Serves the built course: `node --experimental-strip-types src/tools/serve.ts [--dir dist] [--base /] [--port 4321]`.
import { parseArgs } from 'node:util';
import { createStaticServer } from './static-server.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const server = createStaticServer({ root: values.dir, base: values.base });
server.listen(Number(values.port), values.host, () => {
  console.log(`Course ready: http://${values.host}:${values.port}${values.base.replace(/\/?$/, '/')}index.html`);
  console.log('Press Ctrl+C to stop.');
});
