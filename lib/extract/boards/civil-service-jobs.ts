import { defineBoard, param } from './board';

/** Civil Service Jobs: main panel holds the advert, the side panel the h3-labelled details. */
export const civilServiceJobs = defineBoard({
  id: 'civil-service-jobs',
  host: /(^|\.)civilservicejobs\.service\.gov\.uk$/,
  path: /jcode=|\/jobs?\b/,
  title: ['#id_common_page_title_h1', '.csr-page-title h1', 'h1'],
  company: ['.csr-page-subtitle', '.csr-page-title + h2', /^(department|organisation)$/i],
  location: [/^location$/i],
  salary: [/^salary$/i],
  employmentType: [/^(contract type|type of role|working pattern)$/i],
  closingDate: ['.vac_display_closing_date', /^closing date$/i],
  jobId: [param('jcode'), /^reference number$/i],
  text: ['.vac_display_panel_main', '.vac_display_panel_main_inner', 'main', '#main-content'],
});
