/**
 * `npm run kb:report`: what in data/certifications.json needs checking again (stale sources,
 * uncertain facts, unconfirmed or front-page links, certificates short of course links).
 * It reports and never fails a build; `--today YYYY-MM-DD` sets the date it measures from.
 */
import { pathToFileURL } from 'node:url';
import { KnowledgeBaseError, loadKnowledgeBase } from '../knowledge';
import { buildReport, formatReport } from '../knowledge/report';
import { defaultIo, type Io } from './io';

const USAGE = 'usage: npm run kb:report -- [--json] [--today YYYY-MM-DD]';

export function main(argv: string[], io: Io = defaultIo, now: Date = new Date()): number {
  let json = false;
  let today = now;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--today' || a.startsWith('--today=')) {
      const v = a === '--today' ? argv[++i] : a.slice(8);
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
        io.err(`kb:report: --today needs a date written YYYY-MM-DD\n${USAGE}`);
        return 2;
      }
      today = new Date(`${v}T00:00:00Z`);
    } else {
      io.err(`kb:report: unknown argument ${a}\n${USAGE}`);
      return 2;
    }
  }
  let certs;
  try {
    certs = loadKnowledgeBase().certifications;
  } catch (e) {
    if (!(e instanceof KnowledgeBaseError)) throw e;
    io.err(`kb:report: the knowledge base does not validate (${e.errors.length} problems); run npm test to see them`);
    return 1;
  }
  const report = buildReport(certs, today);
  io.out(json ? JSON.stringify(report, null, 2) : formatReport(report));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
