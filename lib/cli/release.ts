/**
 * `npm run release -- <patch|minor|major|X.Y.Z>`: one command from a clean, green tree to the
 * store packages. The version lives in package.json alone (WXT writes it into both manifests);
 * npm keeps package-lock.json's copy in step.
 *
 * `--dry-run` does every check and builds every package, but leaves the version, the changelog
 * and git as they are, so the packages carry the current version.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorText } from '../errors';
import { defaultIo, type Io } from './io';
import {
  artifactNames,
  changelogForRelease,
  checksumLines,
  lintErrorCount,
  nextVersion,
  parseReleaseArgs,
  ReleaseError,
  buildToolMismatch,
  namedBuildTools,
  requestedPermissions,
  unjustifiedPermissions,
} from './release-steps';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, '.output');
const BUILDS = { chrome: join(OUT, 'chrome-mv3'), firefox: join(OUT, 'firefox-mv2') };
const LISTING_PERMISSIONS = join(ROOT, 'store/permissions.md');
const CHANGELOG = join(ROOT, 'CHANGELOG.md');
const REVIEWER_INSTRUCTIONS = join(ROOT, 'store/firefox/README.md');
const BIN = join(ROOT, 'node_modules/.bin');

function run(io: Io, cmd: string, args: string[], { capture = false } = {}): string {
  io.out(`$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new ReleaseError(`could not run ${cmd}: ${r.error.message}`);
  if (r.status !== 0 && !capture) throw new ReleaseError(`${[cmd, ...args].join(' ')} failed (exit ${r.status}).`);
  return r.stdout ?? '';
}

const git = (args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function checkCleanTree(allowDirty: boolean, io: Io) {
  const status = git(['status', '--porcelain']);
  if (status.status !== 0) throw new ReleaseError('this is not a git checkout: a release is made from a committed tree.');
  if (!status.stdout.trim()) return;
  if (!allowDirty) throw new ReleaseError('the working tree has uncommitted changes: commit or stash them first (git status lists them).');
  io.out('! the tree has uncommitted changes: rehearsing anyway (--allow-dirty)');
}

function checkManifests(version: string, io: Io) {
  const listing = readFileSync(LISTING_PERMISSIONS, 'utf8');
  for (const [browser, dir] of Object.entries(BUILDS)) {
    const manifest = readJson<{ version: string; permissions?: string[]; host_permissions?: string[] }>(join(dir, 'manifest.json'));
    if (manifest.version !== version) throw new ReleaseError(`${browser} manifest says ${manifest.version}, package.json ${version}.`);
    const missing = unjustifiedPermissions(requestedPermissions(manifest), listing);
    if (missing.length) {
      throw new ReleaseError(`store/permissions.md does not justify what the ${browser} build asks for: ${missing.join(', ')}. Add a row before releasing.`);
    }
  }
  io.out('✔ both manifests carry the version, and store/permissions.md justifies every permission they ask for');
}

function lintFirefox(io: Io) {
  // Without --self-hosted: the rules addons.mozilla.org applies on upload.
  const out = run(io, join(BIN, 'web-ext'), ['lint', '--source-dir', BUILDS.firefox, '--output', 'json', '--no-input'], { capture: true });
  const errors = lintErrorCount(out);
  if (errors === null) throw new ReleaseError('web-ext lint gave no report.');
  if (errors > 0) throw new ReleaseError(`web-ext lint found ${errors} error(s) in the Firefox build: run npx web-ext lint --source-dir .output/firefox-mv2`);
  io.out('✔ web-ext lint: 0 errors');
}

/**
 * A check whose failure stops a release but only warns in a rehearsal, so `--dry-run` can run
 * in CI between releases, when "Unreleased" is still empty.
 */
function rehearsable<T>(dryRun: boolean, io: Io, check: () => T): T | null {
  try {
    return check();
  } catch (err) {
    if (!dryRun || !(err instanceof ReleaseError)) throw err;
    io.out(`! ${err.message} A release would stop here.`);
    return null;
  }
}

export function release(argv: readonly string[], io: Io = defaultIo): number {
  const args = parseReleaseArgs(argv);
  const pkg = readJson<{ name: string; version: string }>(join(ROOT, 'package.json'));
  const version = nextVersion(pkg.version, args.target);
  const date = new Date().toISOString().slice(0, 10);
  const changelog = rehearsable(args.dryRun, io, () => changelogForRelease(readFileSync(CHANGELOG, 'utf8'), version, date));
  io.out(args.dryRun ? `Rehearsing release ${version} (dry run: packages carry ${pkg.version}, nothing is bumped or committed)` : `Releasing ${pkg.version} → ${version}`);

  checkCleanTree(args.allowDirty, io);
  const npmVersion = spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.trim();
  const tools = { node: process.versions.node, npm: npmVersion };
  const mismatch = buildToolMismatch(namedBuildTools(readFileSync(REVIEWER_INSTRUCTIONS, 'utf8')), tools);
  rehearsable(args.dryRun, io, () => {
    if (mismatch) throw new ReleaseError(mismatch);
  });
  run(io, 'npm', ['test']);

  const built = args.dryRun ? pkg.version : version;
  if (!args.dryRun) {
    run(io, 'npm', ['version', version, '--no-git-tag-version']);
    writeFileSync(CHANGELOG, changelog!);
  }
  const undo = args.dryRun ? '' : ' Undo the bump with: git checkout -- package.json package-lock.json CHANGELOG.md';
  const names = artifactNames(pkg.name, built);
  try {
    run(io, join(BIN, 'wxt'), ['zip']);
    run(io, join(BIN, 'wxt'), ['zip', '-b', 'firefox']);
    checkManifests(built, io);
    lintFirefox(io);
    const zips = [names.chrome, names.firefox, names.sources];
    for (const zip of zips) if (!existsSync(join(OUT, zip))) throw new ReleaseError(`wxt zip did not write .output/${zip}.`);
    writeFileSync(join(OUT, names.checksums), checksumLines(zips.map((name) => ({ name, bytes: readFileSync(join(OUT, name)) }))));
    io.out(`✔ .output/${names.checksums} (check with: cd .output && sha256sum -c ${names.checksums})`);
  } catch (err) {
    throw new ReleaseError(`${errorText(err)}${undo}`);
  }

  if (!args.dryRun) {
    run(io, 'git', ['add', 'package.json', 'package-lock.json', 'CHANGELOG.md']);
    run(io, 'git', ['commit', '-m', `Release ${version}`]);
    run(io, 'git', ['tag', '-a', `v${version}`, '-m', `PMO Pathfinder ${version}`]);
  }
  io.out('');
  io.out(`${args.dryRun ? 'Dry run passed' : `Released ${version}`}. In .output/:`);
  for (const file of Object.values(names)) io.out(`  ${file}`);
  io.out('Chrome Web Store: upload the Chrome package. addons.mozilla.org: upload the Firefox package and, when asked, the sources;');
  io.out('reviewer notes are in store/firefox/README.md. Listings, screenshots (npm run store:assets) and privacy text: store/.');
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = release(process.argv.slice(2));
  } catch (err) {
    defaultIo.err(`release: ${errorText(err)}`);
    process.exitCode = 1;
  }
}
