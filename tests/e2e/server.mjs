import { createServer } from 'node:https';
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Serves the fixture adverts over HTTPS on 127.0.0.1. The browsers map real board host
 * names to it, so the shipped content-script matches are what gets exercised.
 * Every request is recorded, so a test can prove the extension fetched nothing.
 */
export async function startServer() {
  const requests = [];
  const server = createServer(
    { key: readFileSync(join(here, 'certs/key.pem')), cert: readFileSync(join(here, 'certs/cert.pem')) },
    (req, res) => {
      requests.push({ host: req.headers.host, url: req.url, referer: req.headers.referer ?? null });
      const path = new URL(req.url, 'https://x').pathname;
      const name = path.split('/').filter(Boolean).at(-1) ?? '';
      const file = join(here, 'pages', `${name.replace(/[^a-z0-9-]/gi, '')}.html`);
      if (name === 'huge-advert-4107') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(hugeAdvert());
        return;
      }
      if (path.startsWith('/jobs/') && existsSync(file)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(readFileSync(file));
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    },
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    requests,
    url: (host, name, query = '') => `https://${host}:${port}/jobs/${name}${query}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** About 100,000 elements and 5 MB of text: the reader must cap it and say so, in bounded time. */
function hugeAdvert() {
  const row = '<li>Maintain the RAID log, collate weekly highlight reports and update the programme plan in MS Project for the PMO.</li>';
  const rows = [];
  for (let i = 0; i < 40000; i += 1) rows.push(row);
  const filler = '<div><span>Programme office notes</span> '.concat('x'.repeat(60), '</div>');
  const fillers = [];
  for (let i = 0; i < 30000; i += 1) fillers.push(filler);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>PMO Analyst</title></head>
<body><main><h1>PMO Analyst</h1><p>Programme Management Office, Harwell Energy Programme. Salary £42,000, full-time, permanent.</p>
<h2>About the role</h2><p>You will join a team of six in the programme office and report to the PMO Manager. Experience of project reporting is required.</p>
<h2>Responsibilities</h2><ul>${rows.join('')}</ul>${fillers.join('')}<p>How to apply: send your CV by the closing date.</p></main></body></html>`;
}
