/**
 * `node scripts/serve.mjs [dir] [port]`: serves the built site (`npm start`, `npm run preview`, the
 * browser tests' webServer) with the one static server, src/lib/static-server-fs.ts.
 */
import { serveStatic } from '../src/lib/static-server-fs.ts';

/** The benchmarks' call: `serve(dir, port, { gzip })`. */
export const serve = (dir, port = 0, { gzip = false } = {}) => serveStatic({ root: dir, port, gzip });

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4321'] = process.argv.slice(2);
  const { url } = await serveStatic({ root: dir, port: Number(port) });
  console.log(`Serving ${dir} on ${url}/`);
}
