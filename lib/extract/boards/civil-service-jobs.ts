import { domText, qsa } from '../dom-text';
import { defineBoard, param } from './board';

/**
 * Civil Service Jobs: the advert is spread over the sections of the main panel (summary, description,
 * person specification, behaviours, benefits...), its facts over the side panel; both are read.
 * Its addresses do not tell an advert from a search, so the advert panel marks the page.
 */
export const civilServiceJobs = defineBoard({
  id: 'civil-service-jobs',
  host: /(^|\.)civilservicejobs\.service\.gov\.uk$/,
  marker: '.vac_display_panel_main',
  title: '#id_common_page_title_h1',
  company: ['.csr-page-subtitle', /^(department|organisation)$/i],
  location: /^location$/i,
  salary: /^salary$/i,
  employmentType: /^(contract type|type of role)$/i,
  closingDate: '.vac_display_closing_date',
  jobId: [param('jcode'), /^reference number$/i],
  text: (root, max) => {
    const panels = qsa(root, '.vac_display_panel_main,.vac_display_panel_side');
    if (!panels.length) return null;
    const text = panels.map((p) => domText(p, max).text).join('\n').slice(0, max);
    return { text, truncated: text.length >= max };
  },
});
