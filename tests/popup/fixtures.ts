import type { Analysis } from '../../lib/analysis';
import type { Posting } from '../../lib/posting';

/** An invented analyst advert, shaped as the matcher returns it. */
export function analystPosting(overrides: Partial<Posting> = {}): Posting {
  return {
    title: 'PMO Analyst – Digital Transformation Programme',
    company: 'Northgate Water Services',
    location: 'Leeds (hybrid)',
    url: 'https://www.example-board.co.uk/jobs/pmo-analyst-4471',
    source: 'jsonld',
    text:
      'PMO Analyst\nWe are looking for a PMO Analyst to join our programme office.\n' +
      'You will maintain the RAID log, produce monthly highlight reports and support portfolio planning.\n' +
      'P3O Foundation is essential; PRINCE2 Foundation desirable. Advanced Excel and Power BI.\n' +
      'Experience with BCS PPSO Essentials would be an advantage.',
    jobId: '4471',
    ...overrides,
  };
}

export function analystAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    isPmoRole: true,
    level: {
      id: 'analyst',
      confidence: 0.72,
      evidence: [
        { text: 'PMO Analyst', reason: 'Job title typical of level 2' },
        { text: 'maintain the RAID log', reason: 'Duty typical of level 2' },
        { text: 'highlight reports', reason: 'Reporting duty at levels 1–2' },
      ],
    },
    offices: [
      { id: 'programme', score: 0.8 },
      { id: 'portfolio', score: 0.3 },
    ],
    skills: [
      { id: 'raid-log', label: 'RAID log', matches: ['RAID log'] },
      { id: 'reporting', label: 'Highlight reporting', matches: ['highlight reports'] },
      { id: 'excel', label: 'Excel', matches: ['Advanced Excel'] },
      { id: 'power-bi', label: 'Power BI', matches: ['Power BI'] },
    ],
    certificationsMentioned: [
      { id: 'prince2-foundation', family: 'prince2', requirement: 'desirable', text: 'PRINCE2 Foundation', name: 'PRINCE2 Foundation', held: true },
      { id: 'p3o-foundation', family: 'p3o', requirement: 'required', text: 'P3O Foundation', name: 'P3O Foundation', held: false },
      {
        id: 'bcs-ppso-essentials',
        family: 'ppso',
        requirement: 'mentioned',
        text: 'BCS PPSO Essentials',
        name: 'BCS Essentials Certificate in PPSO',
        status: 'legacy',
        held: false,
        note: 'Replaced in 2021 by Essentials for PMO Administrators (House of PMO).',
      },
    ],
    recommendations: [
      {
        id: 'hopmo-essentials-pmo-analysts',
        family: 'hopmo-essentials',
        score: 0.64,
        name: 'Essentials for PMO Analysts',
        reasons: ['Written for level 2 PMO roles'],
        links: [{ label: 'Official page', url: 'https://www.houseofpmo.com/qualifications' }],
        uncertain: true,
      },
      {
        id: 'p3o-foundation',
        family: 'p3o',
        score: 0.91,
        name: 'P3O Foundation',
        reasons: ['The advert requires it', 'Common at level 2 in programme offices'],
        links: [
          { label: 'Official page', url: 'https://www.peoplecert.org/p3o' },
          { label: 'Course: PMO Learning', url: 'http://insecure.example.com/p3o-course' },
          { label: 'Course: Lumify', url: 'https://www.lumifywork.com/p3o' },
        ],
        nextStep: true,
      },
      {
        id: 'prince2-foundation',
        family: 'prince2',
        score: 0.55,
        name: 'PRINCE2 Foundation',
        reasons: ['The advert lists it as desirable'],
        links: [{ label: 'Official page', url: 'https://www.peoplecert.org/prince2' }],
        held: true,
      },
    ],
    notices: [],
    language: 'en',
    ...overrides,
  };
}
