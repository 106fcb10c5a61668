import { defineBoard, param, pathId } from './board';

export const monster = defineBoard({
  id: 'monster',
  host: /(^|\.)monster\.[a-z.]{2,6}$/,
  root: '[data-testid="JobViewContainer"]',
  title: '[data-testid="jobTitle"]',
  company: '[data-testid="company"]',
  location: '[data-testid="jobDetailLocation"]',
  jobId: [param('id'), pathId(/--([\da-f-]{16,})/i)],
  text: '[data-testid="svx-description-container-inner"]|[data-testid="svx-job-description"]',
});
