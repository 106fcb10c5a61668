/**
 * The job boards that get a content script, and therefore host access. Everywhere else the
 * advert is read only when the user opens the popup (activeTab), so no broad host permission
 * is needed. Ports are not part of match patterns, so these also match test servers.
 */
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
