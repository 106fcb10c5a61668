import { defineBoard, pathId } from './board';

/** jobs.ac.uk: the advert, a table of its details, and the employer under the title. */
export const jobsAcUk = defineBoard({
  id: 'jobs-ac-uk',
  host: /(^|\.)jobs\.ac\.uk$/,
  path: /^\/job\//,
  root: '.j-advert|main',
  title: '.j-advert__title|h1',
  company: '.j-advert__employer|a[href^="/employer/"]',
  location: /^location:?$/i,
  salary: /^salary:?$/i,
  employmentType: /^contract type:?$/i,
  datePosted: /^placed on:?$/i,
  closingDate: /^closes:?$/i,
  jobId: [/^job ref:?$/i, pathId(/^\/job\/(\w+)/)],
  text: '#job-description|.j-advert__body|#enhanced-content',
});
