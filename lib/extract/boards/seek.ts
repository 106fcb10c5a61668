import { at, defineBoard, param, pathId } from './board';

const auto = (...v: string[]) => at('data-automation', ...v);

/** SEEK (Australia, New Zealand): the job page (/job/ID) and the split view of a search (?jobId=ID). */
export const seek = defineBoard({
  id: 'seek',
  host: /(^|\.)seek\.(com\.au|co\.nz)$/,
  root: auto('jobDetailsPage', 'splitViewJobDetailsWrapper'),
  title: auto('job-detail-title'),
  company: auto('advertiser-name'),
  location: auto('job-detail-location'),
  salary: auto('job-detail-salary'),
  employmentType: auto('job-detail-work-type'),
  jobId: [param('jobId'), pathId(/^\/job\/(\d+)/)],
  text: auto('jobAdDetails'),
  url: (u, id) => (id ? `${u.origin}/job/${id}` : null),
});
