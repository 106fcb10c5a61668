/**
 * `npm run dev`: serves the bundled sample advert on 127.0.0.1 and starts WXT's dev mode
 * with the browser opened on it, so the extension is seen working at once.
 * Extra arguments go to WXT (e.g. `npm run dev -- -b firefox`).
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const samplePage = fileURLToPath(new URL('../../data/samples/sample-advert.html', import.meta.url));
const port = Number(process.env.PMO_DEV_PORT ?? 5179);

const server = createServer((req, res) => {
  if (req.url === '/' || req.url?.startsWith('/jobs/')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(samplePage));
  } else {
    res.writeHead(404).end();
  }
});

server.listen(port, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${port}/jobs/sample-pmo-analyst`;
  console.log(`Sample advert: ${url}  (click the PMO Pathfinder button in the toolbar)`);
  const wxt = spawn('npx', ['wxt', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, PMO_DEV_START_URL: url },
  });
  wxt.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
});
