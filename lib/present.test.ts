import { describe, expect, it } from 'vitest';
import {
  answerSummary,
  certName,
  confidenceWords,
  friendlyError,
  highlightPhrases,
  leadingOffices,
  LEVEL_BADGE,
  LEVEL_ORDER,
  LEVELS,
  OFFICE_NAMES,
  levelNumberLabel,
  languageName,
  rankRecommendations,
  resultHead,
  safeHttpsUrl,
  safeLinks,
  sortMentioned,
  truncationMessage,
} from './present';
import { analystAnalysis, analystPosting } from '../tests/popup/fixtures';
import levelData from '../data/levels.json';
import officeData from '../data/offices.json';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('levels', () => {
  it('numbers the four levels 1 to 4 in career order with framework role names', () => {
    expect(LEVEL_ORDER.map((id) => LEVELS[id].number)).toEqual([1, 2, 3, 4]);
    expect(LEVEL_ORDER.map((id) => LEVELS[id].role)).toEqual(['PMO Administrator', 'PMO Analyst', 'PMO Manager', 'PMO Director']);
    expect(LEVELS.manager.name).toBe('Managing a PMO');
    expect(levelNumberLabel('director')).toBe('PMO Learning level 4');
  });

  it('takes level and office names from the knowledge data', () => {
    for (const row of levelData) {
      const info = LEVELS[row.id as keyof typeof LEVELS];
      expect(info.name).toBe(row.name);
      expect(info.number).toBe(row.number);
      expect(info.summary).toBe(row.summary);
    }
    for (const row of officeData) {
      expect(OFFICE_NAMES[row.id as keyof typeof OFFICE_NAMES]).toBe(row.name);
    }
  });

  it('gives each level a distinct badge whose white text passes WCAG AA', () => {
    const colours = new Set(LEVEL_ORDER.map((id) => LEVEL_BADGE[id].color));
    expect(colours.size).toBe(4);
    for (const id of LEVEL_ORDER) {
      expect(LEVEL_BADGE[id].text).toBe(String(LEVELS[id].number));
      const contrast = 1.05 / (luminance(LEVEL_BADGE[id].color) + 0.05);
      expect(contrast, id).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('confidenceWords', () => {
  it('moves through the bands as confidence grows', () => {
    expect(confidenceWords(0.1)).toBe('A rough guess');
    expect(confidenceWords(0.3)).toBe('Not very sure');
    expect(confidenceWords(0.5)).toBe('Somewhat sure');
    expect(confidenceWords(0.72)).toBe('Fairly sure');
    expect(confidenceWords(0.95)).toBe('Very sure');
    expect(confidenceWords(Number.NaN)).toBe('Unsure');
  });

  it('never gets less sure as the number rises', () => {
    const order = ['Unsure', 'A rough guess', 'Not very sure', 'Somewhat sure', 'Fairly sure', 'Very sure'];
    let last = 0;
    for (let c = 0; c <= 1.0001; c += 0.01) {
      const rank = order.indexOf(confidenceWords(c));
      expect(rank).toBeGreaterThanOrEqual(last);
      last = rank;
    }
  });
});

describe('links', () => {
  it('keeps https links only', () => {
    expect(safeHttpsUrl('https://www.peoplecert.org/p3o')).toBe('https://www.peoplecert.org/p3o');
    expect(safeHttpsUrl('http://www.peoplecert.org/p3o')).toBeNull();
    expect(safeHttpsUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpsUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpsUrl('//evil.example.com')).toBeNull();
    expect(safeHttpsUrl('https://user:pw@example.com/')).toBeNull();
    expect(safeHttpsUrl('not a url')).toBeNull();
  });

  it('drops insecure and duplicate links and keeps the order of the rest', () => {
    const links = safeLinks([
      { label: 'Official', url: 'https://a.example.com/x' },
      { label: 'Old course', url: 'http://b.example.com/' },
      { label: 'Course', url: 'https://c.example.com/' },
      { label: 'Again', url: 'https://a.example.com/x' },
    ]);
    expect(links.map((l) => l.label)).toEqual(['Official', 'Course']);
  });
});

describe('ordering', () => {
  it('puts required certifications first, then desirable, then mentioned', () => {
    const sorted = sortMentioned(analystAnalysis().certificationsMentioned);
    expect(sorted.map((c) => c.requirement)).toEqual(['required', 'desirable', 'mentioned']);
  });

  it('ranks recommendations by score and keeps ties in the matcher order', () => {
    const ranked = rankRecommendations([
      { id: 'a', score: 0.5 },
      { id: 'b', score: 0.9 },
      { id: 'c', score: 0.5 },
      { id: 'd', score: Number.NaN },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('shows the leading office and any close second, not weak ones', () => {
    expect(leadingOffices(analystAnalysis().offices).map((o) => o.id)).toEqual(['programme']);
    expect(
      leadingOffices([
        { id: 'portfolio', score: 0.6 },
        { id: 'enterprise', score: 0.7 },
        { id: 'project', score: 0 },
      ]).map((o) => o.id),
    ).toEqual(['enterprise', 'portfolio']);
    expect(leadingOffices([{ id: 'project', score: 0 }])).toEqual([]);
  });
});

describe('wording', () => {
  it('names a certification by its name, else the advert text, else its id', () => {
    expect(certName({ id: 'p3o-foundation', name: 'P3O Foundation' })).toBe('P3O Foundation');
    expect(certName({ id: 'p3o-foundation', text: 'P3O (Foundation)' })).toBe('P3O (Foundation)');
    expect(certName({ id: 'pmi-pmocp' })).toBe('Pmi Pmocp');
  });

  it('collects certification texts then evidence as highlight phrases, without duplicates', () => {
    const analysis = analystAnalysis();
    analysis.level.evidence.push({ text: 'p3o foundation', reason: 'duplicate in another case' });
    analysis.level.evidence.push({ text: 'x'.repeat(300), reason: 'too long for the protocol' });
    const phrases = highlightPhrases(analysis);
    expect(phrases.slice(0, 3)).toEqual(['PRINCE2 Foundation', 'P3O Foundation', 'BCS PPSO Essentials']);
    expect(phrases).toContain('maintain the RAID log');
    expect(phrases.filter((p) => p.toLowerCase() === 'p3o foundation')).toHaveLength(1);
    expect(phrases.every((p) => p.length <= 200)).toBe(true);
  });

  it('explains truncation from the notice, or from the posting flag with its length', () => {
    const posting = analystPosting({ truncated: true, text: 'a'.repeat(200_000) });
    expect(truncationMessage(posting, analystAnalysis())).toContain('200,000 characters');
    const withNotice = analystAnalysis({ notices: [{ code: 'truncated', message: 'Only the first 150,000 characters were read.' }] });
    expect(truncationMessage(analystPosting(), withNotice)).toBe('Only the first 150,000 characters were read.');
    expect(truncationMessage(analystPosting(), analystAnalysis())).toBeNull();
  });

  it('words the top of a result once for the popup and the page the background serves', () => {
    const head = resultHead(analystPosting(), analystAnalysis());
    expect(head.title).toBe('PMO Analyst – Digital Transformation Programme');
    expect(head.from).toBeNull();
    expect(head.language).toBeNull();
    expect(head.otherNotices).toEqual([]);

    const pasted = resultHead(
      analystPosting({ source: 'text', title: '  ' }),
      analystAnalysis({
        isPmoRole: false,
        language: 'de',
        notices: [
          { code: 'language', message: '' },
          { code: 'not-pmo', message: 'This reads as a delivery project manager role.' },
          { code: 'truncated', message: 'Only the first 150,000 characters were read.' },
          { code: 'empty', message: 'The advert is very short.' },
        ],
      }),
    );
    expect(pasted.title).toBe('Untitled advert');
    expect(pasted.from).toBe('From the text you pasted');
    expect(pasted.language?.title).toBe('This advert seems to be in German');
    expect(pasted.language?.message).toContain('English adverts');
    expect(pasted.notPmoMessage).toBe('This reads as a delivery project manager role.');
    expect(pasted.truncated).toBe('Only the first 150,000 characters were read.');
    // Each notice is said once: the language, truncation and not-PMO ones have their own place.
    expect(pasted.otherNotices).toEqual(['The advert is very short.']);
  });

  it('names common languages and tolerates region tags', () => {
    expect(languageName('de')).toBe('German');
    expect(languageName('fr-FR')).toBe('French');
    expect(languageName('xx')).toBeNull();
    expect(languageName(undefined)).toBeNull();
  });

  it('summarises the answer for screen readers', () => {
    expect(answerSummary(analystPosting(), analystAnalysis())).toBe(
      'PMO Analyst – Digital Transformation Programme: PMO Analyst, PMO Learning level 2. Fairly sure.',
    );
    expect(answerSummary(analystPosting(), analystAnalysis({ isPmoRole: false }))).toContain('not a PMO role');
  });
});

describe('friendlyError', () => {
  it('turns messaging errors into advice and passes other messages through', () => {
    expect(friendlyError('Could not establish connection. Receiving end does not exist.')).toMatch(/starting up/);
    expect(friendlyError('No tab with id: 42.')).toMatch(/tab has been closed/);
    expect(friendlyError('Extraction failed')).toBe('Extraction failed');
    expect(friendlyError('  ')).toBe('The advert could not be analysed.');
  });
});
