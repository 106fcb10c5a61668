import { at, defineBoard, pathId } from './board';

export const reed = defineBoard({
  id: 'reed',
  host: /(^|\.)reed\.co\.uk$/,
  path: /^\/jobs\//,
  title: at('data-qa', 'job-title'),
  company: '[data-qa="job-posted-by"] a',
  location: at('data-qa', 'job-location', 'localityLbl'),
  salary: at('data-qa', 'job-salary', 'salaryLbl'),
  employmentType: at('data-qa', 'job-type', 'jobTypeLbl'),
  jobId: pathId(/\/(\d{6,})(\/|$)/),
  text: at('data-qa', 'job-description'),
});
