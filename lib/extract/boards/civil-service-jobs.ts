import { defineBoard, param } from './board';

/** Civil Service Jobs: the main panel holds the advert, the side panel the h3-labelled details. */
export const civilServiceJobs = defineBoard({
  id: 'civil-service-jobs',
  host: /(^|\.)civilservicejobs\.service\.gov\.uk$/,
  title: '#id_common_page_title_h1',
  company: ['.csr-page-subtitle', /^(department|organisation)$/i],
  location: /^location$/i,
  salary: /^salary$/i,
  employmentType: /^(contract type|type of role)$/i,
  closingDate: '.vac_display_closing_date',
  jobId: [param('jcode'), /^reference number$/i],
  text: '.vac_display_panel_main|main',
});
