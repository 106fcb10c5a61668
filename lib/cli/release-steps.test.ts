import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import config from '../../wxt.config';
import {
  artifactNames,
  buildToolMismatch,
  changelogForRelease,
  checksumLines,
  lintErrorCount,
  namedBuildTools,
  nextVersion,
  parseReleaseArgs,
  ReleaseError,
  requestedPermissions,
  unjustifiedPermissions,
} from './release-steps';

describe('nextVersion', () => {
  it('bumps one part and resets the ones after it', () => {
    expect(nextVersion('0.9.4', 'patch')).toBe('0.9.5');
    expect(nextVersion('0.9.4', 'minor')).toBe('0.10.0');
    expect(nextVersion('0.9.4', 'major')).toBe('1.0.0');
  });

  it('takes an exact version only when it goes up', () => {
    expect(nextVersion('1.2.3', '1.3.0')).toBe('1.3.0');
    expect(() => nextVersion('1.2.3', '1.2.3')).toThrow(/not after the current version/);
    expect(() => nextVersion('1.2.3', '1.2.0')).toThrow(ReleaseError);
  });

  it('refuses versions the browsers would not accept in a manifest', () => {
    for (const bad of ['1.2.3-beta.1', '01.2.3', '1.2', 'v1.2.3', '1.2.70000']) {
      expect(() => nextVersion('1.0.0', bad), bad).toThrow(ReleaseError);
    }
  });
});

describe('parseReleaseArgs', () => {
  it('needs a target for a real release but rehearses a patch by default', () => {
    expect(() => parseReleaseArgs([])).toThrow(/say which version/);
    expect(parseReleaseArgs(['--dry-run'])).toEqual({ target: 'patch', dryRun: true, allowDirty: false });
    expect(parseReleaseArgs(['minor'])).toEqual({ target: 'minor', dryRun: false, allowDirty: false });
  });

  it('allows a dirty tree only for a rehearsal', () => {
    expect(() => parseReleaseArgs(['patch', '--allow-dirty'])).toThrow(/only for a --dry-run/);
    expect(parseReleaseArgs(['--dry-run', '--allow-dirty']).allowDirty).toBe(true);
  });

  it('says what is wrong with an unknown option or a bad version', () => {
    expect(() => parseReleaseArgs(['patch', '--force'])).toThrow(/unknown option --force/);
    expect(() => parseReleaseArgs(['patch', 'minor'])).toThrow(/one version at a time/);
    expect(() => parseReleaseArgs(['2.0'])).toThrow(/MAJOR\.MINOR\.PATCH/);
  });
});

describe('changelogForRelease', () => {
  const log = `# Changelog

Intro line.

## Unreleased

### Added
- Privacy page.

## 0.1.0 (2026-10-01)

- First version.
`;

  it('moves the unreleased notes under the new version and leaves an empty Unreleased on top', () => {
    const out = changelogForRelease(log, '0.2.0', '2026-11-29');
    expect(out).toBe(`# Changelog

Intro line.

## Unreleased

## 0.2.0 (2026-11-29)

### Added
- Privacy page.

## 0.1.0 (2026-10-01)

- First version.
`);
  });

  it('works when Unreleased is the only section', () => {
    const out = changelogForRelease('# Changelog\n\n## Unreleased\n\n- One change.\n', '1.0.0', '2026-12-01');
    expect(out).toBe('# Changelog\n\n## Unreleased\n\n## 1.0.0 (2026-12-01)\n\n- One change.\n');
  });

  it('refuses a release with nothing written under Unreleased, or a version already listed', () => {
    const released = changelogForRelease(log, '0.2.0', '2026-11-29');
    expect(() => changelogForRelease(released, '0.2.1', '2026-11-30')).toThrow(/says nothing under/);
    expect(() => changelogForRelease(log, '0.1.0', '2026-11-30')).toThrow(/already has a section/);
    expect(() => changelogForRelease('# Changelog\n', '0.2.0', '2026-11-30')).toThrow(/no "## Unreleased"/);
  });

  it('reads the project changelog', () => {
    const text = readFileSync('CHANGELOG.md', 'utf8');
    expect(text).toMatch(/^## Unreleased$/m);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(text).toMatch(new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')} \\(\\d{4}-\\d{2}-\\d{2}\\)$`, 'm'));
  });
});

describe('checksums and names', () => {
  it('writes sha256sum lines for each package', () => {
    const lines = checksumLines([
      { name: 'a.zip', bytes: new TextEncoder().encode('abc') },
      { name: 'b.zip', bytes: new Uint8Array() },
    ]);
    expect(lines).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  a.zip\n' +
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  b.zip\n',
    );
  });

  it('names the packages as wxt zip does', () => {
    const names = artifactNames('pmo-pathfinder', '1.0.0');
    // Patterns rather than strings: lib/ must not read like a browser API call (tests/hardening).
    expect(names.chrome).toMatch(/^pmo-pathfinder-1\.0\.0-chrome\.zip$/);
    expect(names.firefox).toBe('pmo-pathfinder-1.0.0-firefox.zip');
    expect(names.sources).toBe('pmo-pathfinder-1.0.0-sources.zip');
    expect(names.checksums).toBe('pmo-pathfinder-1.0.0-SHA256SUMS.txt');
  });
});

describe('permission justifications', () => {
  it('collects permissions from either manifest version', () => {
    expect(requestedPermissions({ permissions: ['storage', '*://a.example/*'] })).toEqual(['storage', '*://a.example/*']);
    expect(requestedPermissions({ permissions: ['storage'], host_permissions: ['*://a.example/*'] })).toEqual(['storage', '*://a.example/*']);
  });

  it('flags a permission the listing does not name', () => {
    const listing = '| `storage` | keeps the watchlist |\n| `activeTab` | reads the tab you click on |';
    expect(unjustifiedPermissions(['storage', 'activeTab', 'tabs'], listing)).toEqual(['tabs']);
    // Mentioned in prose without backticks is not a justification row.
    expect(unjustifiedPermissions(['scripting'], 'we use scripting')).toEqual(['scripting']);
  });

  it('store/permissions.md justifies everything the manifests in wxt.config.ts ask for', () => {
    const listing = readFileSync('store/permissions.md', 'utf8');
    const manifest = config.manifest as (env: { browser: string }) => Parameters<typeof requestedPermissions>[0];
    for (const browser of ['chrome', 'firefox']) {
      const requested = requestedPermissions(manifest({ browser }));
      expect(requested).toContain('storage');
      expect(unjustifiedPermissions(requested, listing), browser).toEqual([]);
    }
  });
});

describe('store limits', () => {
  it('the manifest description fits the Chrome Web Store summary (132 characters)', () => {
    const manifest = config.manifest as (env: { browser: string }) => { description?: string; name?: string };
    const { description = '', name = '' } = manifest({ browser: 'chrome' });
    expect(description.length).toBeGreaterThan(40);
    expect(description.length).toBeLessThanOrEqual(132);
    expect(name.length).toBeLessThanOrEqual(45);
  });
});

describe('lintErrorCount', () => {
  it('reads the error count of web-ext lint --output json', () => {
    expect(lintErrorCount('{"count":1,"summary":{"errors":0,"notices":0,"warnings":1}}')).toBe(0);
    expect(lintErrorCount('{"summary":{"errors":2}}')).toBe(2);
    expect(lintErrorCount('Validation Summary: errors 0')).toBeNull();
  });
});

describe('build tools named for reviewers', () => {
  it('reads the versions from the reviewer instructions', () => {
    const named = namedBuildTools(readFileSync('store/firefox/README.md', 'utf8'));
    expect(named?.node).toMatch(/^\d+\.\d+\.\d+$/);
    expect(named?.npm).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('says which versions differ, or that none are named', () => {
    const named = { node: '20.20.2', npm: '11.19.1' };
    expect(buildToolMismatch(named, { node: '20.20.2', npm: '11.19.1' })).toBeNull();
    expect(buildToolMismatch(named, { node: '22.23.5', npm: '11.19.1' })).toMatch(/Node\.js 20\.20\.2 .*this is Node\.js 22\.23\.5/);
    expect(buildToolMismatch(null, { node: '20.20.2', npm: '11.19.1' })).toMatch(/does not name/);
  });
});
