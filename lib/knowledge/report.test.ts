import { describe, expect, it } from 'vitest';
import { buildReport, formatReport } from './report';
import type { Certification } from './schemas';

const TODAY = new Date('2026-11-29T00:00:00Z');

/** A small, valid entry in the shape of certifications.json; tests override what they study. */
function cert(over: Partial<Certification> & { id: string }): Certification {
  return {
    family: 'p3o',
    name: `Name of ${over.id}`,
    shortName: over.id,
    aliases: [],
    awardingBody: { current: 'PeopleCert', previous: [] },
    levels: ['analyst'],
    offices: ['portfolio'],
    prerequisites: [],
    status: 'current',
    successors: [],
    summary: 'A certificate.',
    officialUrl: `https://www.peoplecert.org/p3o/${over.id}`,
    courses: [
      { kind: 'finder', provider: 'PeopleCert', label: 'Find training', url: 'https://www.peoplecert.org/find', checked: '2026-11' },
      { kind: 'course', provider: 'PMO Learning', label: 'Course', url: 'https://www.pmolearning.co.uk/p3o', formats: ['classroom'], checked: '2026-11' },
      { kind: 'course', provider: 'Lumify', label: 'Course', url: 'https://www.lumifywork.com/p3o', formats: ['virtual'], checked: '2026-11' },
    ],
    sources: [{ id: 'pc', url: 'https://www.peoplecert.org/p3o', title: 'PeopleCert P3O', checked: '2026-11', kind: 'official' }],
    backing: { status: { source: 'pc', confidence: 'verified' } },
    confidence: 'verified',
    ...over,
  };
}

describe('buildReport', () => {
  it('flags an entry whose newest source was read more than 12 months ago, not one read exactly 12 months ago', () => {
    const r = buildReport(
      [
        cert({ id: 'old', sources: [{ id: 'pc', url: 'https://www.peoplecert.org/a', title: 'A', checked: '2025-10', kind: 'official' }] }),
        cert({ id: 'year', sources: [{ id: 'pc', url: 'https://www.peoplecert.org/a', title: 'A', checked: '2025-11', kind: 'official' }] }),
        cert({
          id: 'mixed',
          sources: [
            { id: 'pc', url: 'https://www.peoplecert.org/a', title: 'A', checked: '2023-01', kind: 'official' },
            { id: 'tp', url: 'https://example.org/b', title: 'B', checked: '2026-06', kind: 'third-party' },
          ],
        }),
      ],
      TODAY,
    );
    expect(r.stale).toEqual([{ id: 'old', newest: '2025-10' }]);
  });

  it('counts the facts to check: the entry list and facts backed with confidence "uncertain"', () => {
    const r = buildReport(
      [
        cert({
          id: 'p3o-practitioner',
          exam: { durationMinutes: 150 },
          backing: { status: { source: 'pc', confidence: 'verified' }, exam: { source: 'pc', confidence: 'uncertain' } },
          uncertain: ['Current PeopleCert name'],
        }),
        cert({ id: 'p3o-foundation', exam: { questions: 75 }, backing: { status: { source: 'pc', confidence: 'third-party' }, exam: { source: 'pc', confidence: 'third-party' } } }),
      ],
      TODAY,
    );
    expect(r.uncertainFacts).toEqual([
      { id: 'p3o-practitioner', fact: 'Current PeopleCert name' },
      { id: 'p3o-practitioner', fact: 'exam (source "pc")' },
    ]);
    expect(r.thirdPartyFacts).toBe(2);
  });

  it('tells a front page with a known product page from one with none', () => {
    const r = buildReport(
      [
        cert({ id: 'known', officialUrl: 'https://www.peoplecert.org/' }),
        cert({ id: 'unknown', officialUrl: 'https://www.iassc.org/', sources: [{ id: 'pc', url: 'https://www.iassc.org/', title: 'IASSC', checked: '2026-11', kind: 'official' }] }),
      ],
      TODAY,
    );
    expect(r.homePages).toEqual([
      { id: 'known', field: 'officialUrl', url: 'https://www.peoplecert.org/', deeperPage: 'https://www.peoplecert.org/p3o' },
      { id: 'unknown', field: 'officialUrl', url: 'https://www.iassc.org/' },
    ]);
  });

  it('lists sources recorded as a front page, which cannot lead back to the fact', () => {
    const sources = [
      { id: 'pc', url: 'https://www.peoplecert.org/p3o', title: 'PeopleCert P3O', checked: '2026-11', kind: 'official' as const },
      { id: 'blog', url: 'https://www.javc.nl/', title: 'JAVC: ITIL 5 released', checked: '2026-11', kind: 'third-party' as const },
    ];
    const r = buildReport([cert({ id: 'itil-5-foundation', sources })], TODAY);
    expect(r.homePageSources).toEqual([{ id: 'itil-5-foundation', source: 'blog', url: 'https://www.javc.nl/' }]);
  });

  it('does not offer a help-centre or FAQ page of the same site as the product page', () => {
    const faq = { id: 'faq', url: 'https://peoplecert.org/help-and-support/FAQ', title: 'PeopleCert FAQ', checked: '2026-11', kind: 'official' as const };
    const r = buildReport([cert({ id: 'mor-foundation', officialUrl: 'https://www.peoplecert.org/', sources: [faq], backing: { status: { source: 'faq', confidence: 'third-party' } } })], TODAY);
    expect(r.homePages).toEqual([{ id: 'mor-foundation', field: 'officialUrl', url: 'https://www.peoplecert.org/' }]);
  });

  it('lists current certificates without a finder or two course pages, but not legacy ones', () => {
    const onlyFinder = cert({ id: 'a' }).courses.slice(0, 2);
    const r = buildReport(
      [
        cert({ id: 'short', courses: onlyFinder }),
        cert({ id: 'no-finder', courses: cert({ id: 'b' }).courses.slice(1) }),
        cert({ id: 'legacy', status: 'legacy', successors: ['short'], courses: [] }),
        cert({ id: 'full' }),
      ],
      TODAY,
    );
    expect(r.shortOfTraining).toEqual([
      { id: 'short', finders: 1, courses: 1 },
      { id: 'no-finder', finders: 0, courses: 2 },
    ]);
  });

  it('does not ask for course pages for an award made on evidence of the candidate\'s work', () => {
    const onlyFinder = cert({ id: 'a' }).courses.slice(0, 1);
    const r = buildReport([cert({ id: 'aipm-cppm', courses: onlyFinder, assessedOnEvidence: true }), cert({ id: 'course-based', courses: onlyFinder })], TODAY);
    expect(r.shortOfTraining).toEqual([{ id: 'course-based', finders: 1, courses: 0 }]);
  });

  it('lists unconfirmed links and announced changes whose day has come', () => {
    const courses = cert({ id: 'x' }).courses.map((k, i) => (i === 1 ? { ...k, unconfirmed: true } : k));
    const r = buildReport(
      [
        cert({ id: 'pmi-pmp', courses, version: { current: '2021 outline', upcoming: { what: 'new outline', from: '2026-07-09' } }, backing: { status: { source: 'pc', confidence: 'verified' }, version: { source: 'pc', confidence: 'verified' } } }),
        cert({ id: 'later', version: { current: 'v1', upcoming: { what: 'v2', from: '2027-01-01' } }, backing: { status: { source: 'pc', confidence: 'verified' }, version: { source: 'pc', confidence: 'verified' } } }),
      ],
      TODAY,
    );
    expect(r.unconfirmedLinks).toEqual([{ id: 'pmi-pmp', label: 'PMO Learning: Course', url: 'https://www.pmolearning.co.uk/p3o' }]);
    expect(r.changesInForce).toEqual([{ id: 'pmi-pmp', what: 'new outline', from: '2026-07-09' }]);
  });
});

describe('formatReport', () => {
  it('opens with a summary line of counts and names each section with its count', () => {
    const text = formatReport(buildReport([cert({ id: 'p3o-foundation', uncertain: ['Exam format'] }), cert({ id: 'old', status: 'legacy', successors: ['p3o-foundation'] })], TODAY));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Knowledge base report, 2026-11-29');
    expect(lines[1]).toBe('Certifications: 2 (1 current, 1 legacy); sources 2; training finders 2; course pages 4');
    expect(lines[2]).toBe('Facts marked uncertain: 1; facts resting on third-party pages: 0');
    expect(text).toContain('Facts marked uncertain (check with the provider): 1\n  - p3o-foundation: Exam format');
    expect(text).toContain('Entries whose newest source is over 12 months old: 0');
  });
});
