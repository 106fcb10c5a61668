import { defineBoard, pathId } from './board';

/** NHS Jobs: the advert is a run of sections with stable ids under the main landmark. */
export const nhsJobs = defineBoard({
  id: 'nhs-jobs',
  host: /(^|\.)jobs\.nhs\.uk$/,
  path: /\/jobadvert\//,
  title: '[data-test="heading-large"]',
  company: '#employer_name',
  location: ['#employer_town', /^location$/i],
  salary: ['#fixed_salary|#range_salary', /^salary$/i],
  employmentType: ['#contract_type', /^contract$/i],
  datePosted: '#date_posted',
  closingDate: ['#closing_date', /^closing date$/i],
  jobId: ['#job_reference_number', pathId(/\/jobadvert\/([\w-]+)/)],
  text: 'main',
});
