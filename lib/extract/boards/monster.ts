import { at, defineBoard, param, pathId } from './board';

export const monster = defineBoard({
  id: 'monster',
  host: /(^|\.)monster\.[a-z.]{2,6}$/,
  root: at('data-testid', 'JobViewContainer'),
  title: at('data-testid', 'jobTitle'),
  company: at('data-testid', 'company'),
  location: at('data-testid', 'jobDetailLocation'),
  jobId: [param('id'), pathId(/--([\da-f-]{16,})/i)],
  text: at('data-testid', 'svx-description-container-inner', 'svx-job-description'),
});
