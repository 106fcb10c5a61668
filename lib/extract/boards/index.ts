import type { Board } from './board';
import { linkedin } from './linkedin';
import { indeed } from './indeed';
import { reed } from './reed';
import { totaljobs } from './totaljobs';
import { cvLibrary } from './cv-library';
import { glassdoor } from './glassdoor';
import { monster } from './monster';
import { guardian } from './guardian';
import { nhsJobs } from './nhs-jobs';
import { civilServiceJobs } from './civil-service-jobs';
import { workday } from './workday';
import { greenhouse } from './greenhouse';
import { lever } from './lever';
import { seek } from './seek';
import { stepstone } from './stepstone';
import { smartrecruiters } from './smartrecruiters';
import { ashby } from './ashby';
import { jobsAcUk } from './jobs-ac-uk';

export type { Board } from './board';

export const BOARDS: readonly Board[] = [
  linkedin, indeed, reed, totaljobs, cvLibrary, glassdoor, monster, guardian, nhsJobs, civilServiceJobs, workday, greenhouse, lever, seek, stepstone,
  smartrecruiters, ashby, jobsAcUk,
];

export function boardFor(url: string | null | undefined): Board | null {
  if (!url) return null;
  for (const b of BOARDS) {
    try {
      if (b.matches(url)) return b;
    } catch {
      /* a broken pattern must not hide the other boards */
    }
  }
  return null;
}

/** For a page without an address (a saved file): the board whose own markup is on it, if any. */
export function boardOnPage(doc: Document): Board | null {
  for (const b of BOARDS)
    try {
      if (b.marker && doc.querySelector(b.marker)) return b;
    } catch {
      /* a selector the DOM does not support marks nothing */
    }
  return null;
}
