import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BOARD_MATCHES } from './lib/boards';
import { validateMatchRules } from './lib/knowledge/rule-schemas';
import { validateShippedKnowledgeBase } from './lib/knowledge/validate';
import { validateMatcherData } from './lib/analyze/rules';
import { precompiledPlugin } from './lib/analyze/precompile';
import { pdfjsOfflinePlugin } from './lib/cli/pdfjs-offline';
import { HOLDINGS_DATA, HoldingsSchema } from './lib/profile/holdings';
import { validateFactData } from './lib/analyze/facts/rules';
import { inlineStylesheetsPlugin } from './lib/cli/inline-stylesheets';
import { popupScriptPlugin } from './lib/cli/popup-script';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep lib/ runnable in Node and every dependency visible.
  imports: false,
  // No module-preload polyfill: it would put a fetch() into pages that must make no requests.
  // pdf.js (read a CV on the profile page) ships without its network and eval paths.
  vite: () => ({
    plugins: [preact(), precompiledPlugin(), pdfjsOfflinePlugin(), inlineStylesheetsPlugin('entrypoints/popup/index.html'), popupScriptPlugin()],
    build: { modulePreload: { polyfill: false } } }),
  // A broken knowledge base (dangling successor, colliding alias, http link) stops the build
  // with a message naming the entry, rather than shipping a popup that reads wrong data.
  hooks: {
    'build:before': () => {
      const kb = validateShippedKnowledgeBase();
      validateMatchRules(new Set(kb.certifications.map((c) => c.id)));
      validateMatcherData();
      validateFactData();
      HoldingsSchema.parse(HOLDINGS_DATA);
    },
  },
  manifest: ({ browser }) => ({
    name: 'PMO Pathfinder',
    description:
      'Reads PMO job adverts: the career level, the kind of office, the certifications asked for and the ones that would help.',
    // unlimitedStorage: a watchlist of thousands of adverts with their text outgrows the 10 MB default.
    // Reminders' alarms and notifications are asked for only when the reader turns reminders on.
    // Firefox cannot make `alarms` optional; there it is an ordinary permission, shown to no one.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? ['alarms'] : [])],
    optional_permissions: browser === 'firefox' ? ['notifications'] : ['alarms', 'notifications'],
    host_permissions: BOARD_MATCHES,
    action: { default_title: 'PMO Pathfinder' },
    // Declared here rather than through defineContentScript so the script ships without the
    // polyfill and WXT's context (see entrypoints/job-board.ts).
    content_scripts: [{ matches: BOARD_MATCHES, js: ['job-board.js'], run_at: 'document_idle' }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pmo-pathfinder@pmo-pathfinder.app',
              // 140 (desktop) and 142 (Android) are the first to read data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // The sources archive addons.mozilla.org reviewers rebuild the Firefox package from: what the
  // build reads, without the tests, listings, screenshots or local output (dotfiles and
  // node_modules are left out by WXT already).
  zip: {
    excludeSources: ['tests/**', 'store/**', 'test-output/**', 'web-ext-artifacts/**', '**/*.log'],
    includeSources: ['store/firefox/README.md', 'store/permissions.md'],
  },
  webExt: {
    // `npm run dev` serves the bundled sample advert and opens it, so the extension is seen working at once.
    startUrls: process.env.PMO_DEV_START_URL ? [process.env.PMO_DEV_START_URL] : undefined,
    // Chromium refuses to start as root without this; containers and CI often run as root.
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
    binaries: {
      ...(process.env.CHROME_PATH ? { chrome: process.env.CHROME_PATH } : {}),
      ...(process.env.FIREFOX_PATH ? { firefox: process.env.FIREFOX_PATH } : {}),
    },
  },
});
