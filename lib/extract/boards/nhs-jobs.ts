import { defineBoard, pathId } from './board';

/** NHS Jobs (jobs.nhs.uk): the advert is a run of sections with stable ids under the main landmark. */
export const nhsJobs = defineBoard({
  id: 'nhs-jobs',
  host: /(^|\.)jobs\.nhs\.uk$/,
  path: /\/jobadvert\//,
  title: ['[data-test="heading-large"]', '#job-title', 'main h1', 'h1'],
  company: ['#employer_name', '[data-test="employer-name"]', 'main h2'],
  location: ['#employer_address_line_1 + *', '#employer_town', '[data-test="employer-address"]', /^location$/i],
  salary: ['#fixed_salary', '#range_salary', '#salary', /^salary$/i],
  employmentType: ['#contract_type', '#working_pattern', /^contract$/i],
  datePosted: ['#date_posted', /^date posted$/i],
  closingDate: ['#closing_date', /^closing date$/i],
  jobId: ['#job_reference_number', '#trac-job-reference', pathId(/\/jobadvert\/([\w-]+)/)],
  text: ['[data-test="job-advert"]', '#job_advert', 'main#main-content', 'main'],
});
