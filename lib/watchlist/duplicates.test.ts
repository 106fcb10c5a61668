import { describe, expect, it } from 'vitest';
import { CONTAINMENT_THRESHOLD, compareJobs, employerKey, findRepost, overlap, sameTitle, shingles, titleWords, type JobLike } from './duplicates';

/** One advert as its employer wrote it. */
const DUTIES = `Key responsibilities
- Produce the monthly programme reporting pack for the signalling programme board and the sponsor.
- Build and maintain Power BI dashboards that show schedule, cost and benefits against baseline.
- Analyse schedule, cost and resource data from the project managers and flag variances early.
- Maintain the integrated programme plan in MS Project and track dependencies between the eight projects.
- Run the change control process and keep the RAID log current ahead of each monthly board.
- Coordinate the quarterly resource forecast with finance business partners.
Essential criteria
- Two years in a project or programme office, ideally on infrastructure or engineering change.
- PRINCE2 Foundation certification.
- Advanced Excel and Power BI; confident presenting data to senior stakeholders.
Desirable criteria
- P3O Foundation or the APM Project Fundamentals Qualification.
- Experience of earned value reporting.`;

const EMPLOYER_ADVERT = `PMO Analyst
Northgate Rail Partnership is upgrading the signalling on three hundred miles of track across the North West, and our programme management office keeps the programme honest about where it stands.
As PMO Analyst you will turn project data into insight for the programme board and help the PMO Manager improve how we plan and report.
${DUTIES}
We offer a salary of £42,000 to £46,000, hybrid working with two days a week in our Manchester office, and a generous pension.`;

/** The same advert as one board shows it: its own header, apply box and footer around the text. */
const REED_COPY = `PMO Analyst
Posted 2 November 2026 by Northgate Rail Partnership
£42,000 - £46,000 per annum, Manchester, Permanent, full-time
Easy Apply
${EMPLOYER_ADVERT}
Apply now. Your CV will be sent to the employer. Report this job. Reference number 55120934.
Jobs like this: Project Support Officer, Planning Analyst, Programme Coordinator.`;

/** The same advert on another board: different boilerplate, and the salary line dropped. */
const LINKEDIN_COPY = `About the job
${EMPLOYER_ADVERT.replace(/We offer a salary[^\n]*/, 'We offer hybrid working and a generous pension.')}
Seniority level: Associate. Employment type: Full-time. Job function: Project Management and Information Technology.
Industries: Rail Transportation. Referrals increase your chances of interviewing at Northgate Rail Partnership by 2x.
See who you know. Get notified about new PMO Analyst jobs in Manchester.`;

/** An agency's repost: its own opening and closing, the client unnamed, the duties kept. */
const AGENCY_COPY = `Our client, a major rail infrastructure partnership, is looking for a PMO Analyst to join its programme office in Manchester on a permanent basis.
This is a great opportunity to work on one of the largest signalling upgrades in the country.
${DUTIES}
Salary up to £46,000 plus pension and hybrid working.
Harlow Talent Partners is acting as an employment agency in relation to this vacancy. If you have not heard back within five working days please assume you have not been successful on this occasion.`;

const ABOUT_US = `About us
Northgate Rail Partnership brings together the infrastructure owner, two train operators and our engineering contractors to renew the railway in the North West. We employ four hundred people across Manchester, Preston and Crewe, and we are committed to equality, diversity and inclusion in everything we do. We welcome applications from everyone and offer guaranteed interviews to disabled candidates who meet the essential criteria. We are a Disability Confident employer and we support flexible working, including part-time and job-share arrangements, wherever the role allows it.`;

/** A different job at the same employer, which pastes its long "About us" into every advert. */
const SAME_EMPLOYER_OTHER_JOB = `PMO Manager
${ABOUT_US}
The role
Lead the programme office of the signalling programme and a team of four analysts and coordinators.
- Set the governance framework, stage gates and reporting cycle for the programme.
- Own the integrated assurance plan and prepare the programme for external gateway reviews.
- Line manage and develop the PMO team, and run the PMO's continuous improvement plan.
- Advise the programme director on risk, capacity and delivery confidence.
Essential: P3O Practitioner or MSP Practitioner, and experience of leading a PMO team.`;

const SAME_EMPLOYER_ANALYST = `PMO Analyst
${ABOUT_US}
The role
Support the programme office with reporting and planning.
- Produce the weekly highlight report and maintain the RAID log.
- Update the plan in MS Project and chase actions from the project managers.
Essential: PRINCE2 Foundation.`;

/** A different employer's analyst job: the same trade, so the same stock phrases, written afresh. */
const OTHER_EMPLOYER_ANALYST = `PMO Analyst
Brightwater Utilities is investing £2bn in its water network and needs a PMO Analyst to support its capital delivery portfolio.
What you will do
- Produce the monthly portfolio reporting pack and maintain Power BI dashboards for the executive.
- Maintain the RAID log and run the change control process for the portfolio.
- Track milestones and dependencies in MS Project and challenge project managers on forecasts.
- Support the annual planning round and the quarterly portfolio review.
What you will bring
- Experience in a project or portfolio office in utilities or construction.
- PRINCE2 Foundation or APM PFQ; strong Excel and Power BI.
We offer £40,000, a car allowance and hybrid working from Bristol.`;

const job = (title: string | null, company: string | null, text: string): JobLike => ({ title, company, text });

describe('repost detection: the same job from another board or an agency is recognised', () => {
  it('the same advert wrapped in two boards’ boilerplate', () => {
    const m = compareJobs(job('PMO Analyst', 'Northgate Rail Partnership', LINKEDIN_COPY), job('PMO Analyst', 'Northgate Rail Partnership', REED_COPY));
    expect(m?.reason).toBe('text');
  });

  it('an agency’s rewording, posted under the agency’s name', () => {
    const m = compareJobs(job('PMO Analyst - Rail - Manchester', 'Harlow Talent Partners', AGENCY_COPY), job('PMO Analyst', 'Northgate Rail Partnership', REED_COPY));
    expect(m?.reason).toBe('text');
  });

  it('the same title at the same employer, even when one copy is only a short selection', () => {
    const short = 'PMO Analyst, Northgate Rail Partnership Ltd. Manchester, hybrid.';
    const m = compareJobs(job('PMO Analyst (Hybrid)', 'Northgate Rail Partnership Ltd.', short), job('PMO Analyst', 'Northgate Rail Partnership', REED_COPY));
    expect(m?.reason).toBe('title-employer');
  });
});

describe('repost detection: different jobs are not taken for reposts', () => {
  it('two jobs of one employer that share a long "About us"', () => {
    // The shared paragraph alone would pass for a repost; the titles tell the jobs apart.
    expect(overlap(shingles(SAME_EMPLOYER_OTHER_JOB), shingles(SAME_EMPLOYER_ANALYST))!.containment).toBeGreaterThanOrEqual(CONTAINMENT_THRESHOLD);
    expect(compareJobs(job('PMO Manager', 'Northgate Rail Partnership', SAME_EMPLOYER_OTHER_JOB), job('PMO Analyst', 'Northgate Rail Partnership', SAME_EMPLOYER_ANALYST))).toBeNull();
  });

  it('two analyst jobs at different employers, written in the same trade phrases', () => {
    expect(compareJobs(job('PMO Analyst', 'Brightwater Utilities', OTHER_EMPLOYER_ANALYST), job('PMO Analyst', 'Northgate Rail Partnership', REED_COPY))).toBeNull();
  });

  it('a senior and a junior job with the same employer', () => {
    expect(compareJobs(job('Senior PMO Analyst', 'Northgate Rail Partnership', 'Short note.'), job('PMO Analyst', 'Northgate Rail Partnership', 'Other note.'))).toBeNull();
  });

  it('the same title at a different employer with unrelated text', () => {
    expect(compareJobs(job('PMO Analyst', 'Brightwater Utilities', 'Bristol.'), job('PMO Analyst', 'Northgate Rail Partnership', 'Manchester.'))).toBeNull();
  });
});

describe('findRepost', () => {
  it('picks the saved job with near-identical text over one that only shares the title and employer', () => {
    const saved = [
      { id: 'reed:1', ...job('PMO Analyst', 'Northgate Rail Partnership', SAME_EMPLOYER_ANALYST) },
      { id: 'reed:2', ...job('PMO Analyst', 'Northgate Rail Partnership', REED_COPY) },
      { id: 'reed:3', ...job('PMO Analyst', 'Brightwater Utilities', OTHER_EMPLOYER_ANALYST) },
    ];
    expect(findRepost(job('PMO Analyst', 'Northgate Rail Partnership', LINKEDIN_COPY), saved)?.id).toBe('reed:2');
  });

  it('finds nothing in an empty watchlist or among different jobs', () => {
    expect(findRepost(job('PMO Analyst', 'X', REED_COPY), [])).toBeNull();
    expect(findRepost(job('PMO Manager', 'Northgate Rail Partnership', SAME_EMPLOYER_OTHER_JOB), [{ id: 'a', ...job('PMO Analyst', 'Brightwater Utilities', OTHER_EMPLOYER_ANALYST) }])).toBeNull();
  });
});

describe('the parts', () => {
  it('titles: places, pay and work pattern do not make another job; seniority and role do', () => {
    expect(titleWords('PMO Analyst (Ref 4471) - Hybrid - £45k')).toEqual(['pmo', 'analyst']);
    expect(sameTitle('PMO Analyst', 'PMO Analyst - Manchester - Hybrid')).toBe(true);
    expect(sameTitle('PMO Analyst', 'Senior PMO Analyst')).toBe(false);
    expect(sameTitle('PMO Analyst', 'PMO Manager')).toBe(false);
    expect(sameTitle(null, 'PMO Analyst')).toBe(false);
  });

  it('employers: legal form, case and punctuation are ignored', () => {
    expect(employerKey('Northgate Rail Partnership Ltd.')).toBe(employerKey('NORTHGATE RAIL PARTNERSHIP'));
    expect(employerKey('Smith & Jones plc')).toBe('smith and jones');
    expect(employerKey(null)).toBe('');
  });

  it('too little text is not compared', () => {
    expect(overlap(shingles('PMO Analyst in Leeds'), shingles('PMO Analyst in Leeds'))).toBeNull();
    const same = overlap(shingles(REED_COPY), shingles(REED_COPY));
    expect(same).toEqual({ resemblance: 1, containment: 1 });
  });
});
