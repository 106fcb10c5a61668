import { defineBoard, param, pathId } from './board';

export const monster = defineBoard({
  id: 'monster',
  host: /(^|\.)monster\.(com|co\.uk|ca|de|fr|ie|nl|be|at|ch|es|it)$/,
  root: ['[data-testid="JobViewContainer"]', '#JobViewContent', '[data-testid="svx-job-view"]'],
  title: ['[data-testid="jobTitle"]', '[data-testid="svx-job-title"]', 'h1', 'h2'],
  company: ['[data-testid="company"]', '[data-testid="svx-job-company-name"]', '[data-testid="companyName"]'],
  location: ['[data-testid="jobDetailLocation"]', '[data-testid="location"]', '[data-testid="svx-job-location"]'],
  salary: ['[data-testid="svx-job-salary"]', '[data-testid="salary"]'],
  employmentType: ['[data-testid="svx-job-type"]'],
  jobId: [param('job_id'), param('id'), pathId(/--([0-9a-f-]{16,})/i)],
  text: ['[data-testid="svx-description-container-inner"]', '[data-testid="svx-job-description"]', '[data-testid="jobDescription"]', '.job-description'],
});
