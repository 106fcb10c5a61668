import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, FIREFOX_BUILD, root, requireBuild } from './support.mjs';

/** What the built packages may ask for. Anything broader fails here, before a store review does. */
const ALLOWED_API_PERMISSIONS = new Set(['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'alarms', 'notifications']);
/** Reminders' permissions are asked for when the reader turns reminders on, never at install (Firefox cannot make `alarms` optional). */
const OPTIONAL_ONLY = { Chrome: ['alarms', 'notifications'], Firefox: ['notifications'] };
const boardMatches = [...readFileSync(join(root, 'lib/boards.ts'), 'utf8').matchAll(/'(\*:\/\/[^']+)'/g)].map((m) => m[1]);

function manifest(dir) {
  requireBuild(dir);
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

function jsFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => f.endsWith('.js') && statSync(f).isFile());
}

for (const [name, dir] of [['Chrome', CHROME_BUILD], ['Firefox', FIREFOX_BUILD]]) {
  test(`${name} manifest asks only for what features need`, () => {
    const m = manifest(dir);
    const requested = [...(m.permissions ?? []), ...(m.host_permissions ?? []), ...(m.optional_permissions ?? [])];
    for (const permission of requested) {
      if (permission.includes('://')) assert.ok(boardMatches.includes(permission), `host access beyond the boards: ${permission}`);
      else assert.ok(ALLOWED_API_PERMISSIONS.has(permission), `permission not needed by any feature: ${permission}`);
    }
    for (const permission of OPTIONAL_ONLY[name]) {
      assert.ok(!(m.permissions ?? []).includes(permission), `${permission} is asked for at install; it must be optional`);
      assert.ok((m.optional_permissions ?? []).includes(permission), `${permission} is not among the optional permissions`);
    }
    assert.ok(!JSON.stringify(m).includes('<all_urls>'), 'no <all_urls>');
    for (const script of m.content_scripts ?? []) {
      for (const match of script.matches) assert.ok(boardMatches.includes(match), `content script outside the boards: ${match}`);
    }
    assert.equal(m.content_security_policy, undefined, 'the default content security policy is kept');
    assert.equal(m.externally_connectable, undefined, 'no web page may message the extension');
    assert.deepEqual(m.web_accessible_resources ?? [], [], 'no extension files exposed to pages');
  });

  test(`${name} bundles carry no remote code, eval or network calls`, () => {
    const forbidden = [
      [/\beval\s*\(/, 'eval('],
      [/new\s+Function\s*\(/, 'new Function('],
      [/\bfetch\s*\(/, 'fetch('],
      [/XMLHttpRequest/, 'XMLHttpRequest'],
      [/new\s+WebSocket\b/, 'WebSocket'],
      [/sendBeacon/, 'sendBeacon'],
      [/importScripts\s*\(\s*["'`]https?:/, 'remote importScripts'],
      [/<script[^>]+src=["']https?:/, 'remote script tag'],
    ];
    const files = jsFiles(dir);
    assert.ok(files.length > 0);
    // A read of the extension's own package (the service worker serving the popup's page) is no network call.
    const ownPackage = /\bfetch\(\w+\.runtime\.getURL\(/g;
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(ownPackage, '');
      for (const [pattern, label] of forbidden) {
        assert.ok(!pattern.test(code), `${label} in ${file.slice(dir.length + 1)}`);
      }
    }
    for (const html of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      assert.ok(!/<script[^>]+src=["']https?:/.test(readFileSync(join(dir, html), 'utf8')), `remote script in ${html}`);
    }
  });
}
