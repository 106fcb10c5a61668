/**
 * The decisions `npm run release` makes, kept apart from the commands it runs so they can be
 * tested without git, npm or a build.
 */
import { createHash } from 'node:crypto';

/** A message for the person releasing: printed as one line, never as a stack trace. */
export class ReleaseError extends Error {}

export type Bump = 'major' | 'minor' | 'patch';

export interface ReleaseArgs {
  /** A bump, or an exact version such as 1.2.0. */
  target: Bump | string;
  dryRun: boolean;
  /** Only with --dry-run: rehearse on a tree with uncommitted changes. */
  allowDirty: boolean;
}

export const RELEASE_USAGE =
  'usage: npm run release -- <patch|minor|major|X.Y.Z> [--dry-run [--allow-dirty]]';

/**
 * Chrome and Firefox both read the manifest version as dot-separated integers with no leading
 * zeros and no pre-release tag, so the release versions are plain MAJOR.MINOR.PATCH.
 */
const VERSION = /^(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$/;

export function parseVersion(v: string): [number, number, number] {
  const m = VERSION.exec(v);
  if (!m) throw new ReleaseError(`"${v}" is not a release version: use MAJOR.MINOR.PATCH with plain numbers, such as 1.2.0.`);
  const parts = [Number(m[1]), Number(m[2]), Number(m[3])] as [number, number, number];
  if (parts.some((n) => n > 65535)) throw new ReleaseError(`"${v}": browsers accept at most 65535 in each part of a version.`);
  return parts;
}

const compare = (a: [number, number, number], b: [number, number, number]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

export function nextVersion(current: string, target: Bump | string): string {
  const [major, minor, patch] = parseVersion(current);
  if (target === 'major') return `${major + 1}.0.0`;
  if (target === 'minor') return `${major}.${minor + 1}.0`;
  if (target === 'patch') return `${major}.${minor}.${patch + 1}`;
  if (compare(parseVersion(target), [major, minor, patch]) <= 0) {
    throw new ReleaseError(`${target} is not after the current version ${current}: the stores refuse a version that does not go up.`);
  }
  return target;
}

export function parseReleaseArgs(argv: readonly string[]): ReleaseArgs {
  let target: string | null = null;
  let dryRun = false;
  let allowDirty = false;
  for (const a of argv) {
    if (a === '--dry-run') dryRun = true;
    else if (a === '--allow-dirty') allowDirty = true;
    else if (a.startsWith('-')) throw new ReleaseError(`unknown option ${a}. ${RELEASE_USAGE}`);
    else if (target !== null) throw new ReleaseError(`one version at a time, not "${target}" and "${a}". ${RELEASE_USAGE}`);
    else target = a;
  }
  if (allowDirty && !dryRun) throw new ReleaseError('--allow-dirty is only for a --dry-run: a release is made from committed work.');
  if (target === null) {
    if (!dryRun) throw new ReleaseError(`say which version to release. ${RELEASE_USAGE}`);
    target = 'patch';
  }
  if (target !== 'major' && target !== 'minor' && target !== 'patch') parseVersion(target);
  return { target, dryRun, allowDirty };
}

const UNRELEASED = /^## Unreleased[ \t]*\n/m;

/**
 * The changelog with what is under "## Unreleased" moved under a heading for this version,
 * and an empty "## Unreleased" left on top for the next changes.
 */
export function changelogForRelease(changelog: string, version: string, date: string): string {
  const start = UNRELEASED.exec(changelog);
  if (!start) throw new ReleaseError('CHANGELOG.md has no "## Unreleased" section to release.');
  const bodyStart = start.index + start[0].length;
  const nextHeading = changelog.slice(bodyStart).search(/^## /m);
  const bodyEnd = nextHeading === -1 ? changelog.length : bodyStart + nextHeading;
  const body = changelog.slice(bodyStart, bodyEnd).trim();
  if (!body) throw new ReleaseError('CHANGELOG.md says nothing under "## Unreleased": write what changed before releasing.');
  if (new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm').test(changelog)) {
    throw new ReleaseError(`CHANGELOG.md already has a section for ${version}.`);
  }
  const rest = changelog.slice(bodyEnd);
  return `${changelog.slice(0, start.index)}## Unreleased\n\n## ${version} (${date})\n\n${body}\n${rest ? `\n${rest}` : ''}`;
}

/** Names `wxt zip` gives the packages: `{{name}}-{{version}}-{{browser}}.zip` and `-sources.zip`. */
export function artifactNames(name: string, version: string) {
  const zip = (kind: string) => `${name}-${version}-${kind}.zip`;
  return { chrome: zip('chrome'), firefox: zip('firefox'), sources: zip('sources'), checksums: `${name}-${version}-SHA256SUMS.txt` };
}

/** The lines `sha256sum -c` reads: hash, two spaces, file name. */
export function checksumLines(files: readonly { name: string; bytes: Uint8Array }[]): string {
  return files.map((f) => `${createHash('sha256').update(f.bytes).digest('hex')}  ${f.name}\n`).join('');
}

interface ManifestLike {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
}

/** Every permission and host pattern a built manifest asks for (MV2 puts hosts among permissions). */
export function requestedPermissions(manifest: ManifestLike): string[] {
  return [...new Set([...(manifest.permissions ?? []), ...(manifest.host_permissions ?? []), ...(manifest.optional_permissions ?? [])])];
}

/**
 * The requested permissions the store listing does not justify. A permission counts as justified
 * when the listing names it in backticks, as the permission table in store/permissions.md does.
 */
export function unjustifiedPermissions(requested: readonly string[], listing: string): string[] {
  const named = new Set([...listing.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]));
  return requested.filter((p) => !named.has(p));
}

/** How many errors `web-ext lint --output json` reported; null when the output is not its JSON. */
export function lintErrorCount(json: string): number | null {
  try {
    const report = JSON.parse(json) as { summary?: { errors?: unknown } };
    return typeof report.summary?.errors === 'number' ? report.summary.errors : null;
  } catch {
    return null;
  }
}

/**
 * The Node and npm versions the reviewer instructions name ("Node.js **20.20.2** and npm
 * **11.19.1**"): a release made with others would send reviewers the wrong recipe.
 */
export function namedBuildTools(instructions: string): { node: string; npm: string } | null {
  const m = /Node\.js \*\*(\d+\.\d+\.\d+)\*\* and npm \*\*(\d+\.\d+\.\d+)\*\*/.exec(instructions);
  return m ? { node: m[1]!, npm: m[2]! } : null;
}

export function buildToolMismatch(named: { node: string; npm: string } | null, used: { node: string; npm: string }): string | null {
  if (!named) return 'store/firefox/README.md does not name the Node.js and npm versions in the form "Node.js **X.Y.Z** and npm **X.Y.Z**".';
  if (named.node === used.node && named.npm === used.npm) return null;
  return `store/firefox/README.md tells reviewers to build with Node.js ${named.node} and npm ${named.npm}, but this is Node.js ${used.node} and npm ${used.npm}: release with those, or update the file.`;
}
