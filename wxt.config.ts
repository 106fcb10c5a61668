import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Boards with a content script; everything else is read on demand through activeTab.
export const BOARD_MATCHES = [
  '*://*.linkedin.com/jobs/*',
  '*://*.indeed.com/*',
  '*://*.indeed.co.uk/*',
  '*://*.reed.co.uk/jobs/*',
  '*://*.totaljobs.com/job/*',
  '*://*.cv-library.co.uk/job/*',
  '*://*.glassdoor.com/*',
  '*://*.glassdoor.co.uk/*',
  '*://*.monster.com/*',
  '*://*.monster.co.uk/*',
  '*://jobs.theguardian.com/job/*',
  '*://*.jobs.nhs.uk/*',
  '*://*.civilservicejobs.service.gov.uk/*',
  '*://*.myworkdayjobs.com/*',
  '*://boards.greenhouse.io/*',
  '*://job-boards.greenhouse.io/*',
  '*://jobs.lever.co/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep lib/ runnable in Node and every dependency visible.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'PMO Pathfinder',
    description:
      'Reads PMO job adverts: the career level, the kind of office, the certifications asked for and the ones that would help.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: BOARD_MATCHES,
    action: { default_title: 'PMO Pathfinder' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pmo-pathfinder@pmo-pathfinder.app',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  webExt: { disabled: false },
});
