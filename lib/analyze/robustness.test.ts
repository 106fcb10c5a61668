import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AnalysisSchema } from '../analysis';
import { analyze, MAX_CHARS } from './index';
import { postingFromText, type Posting } from '../posting';
import { advert } from '../../tests/analyze/advert';

const posting = (text: string, title: string | null = null): Posting => ({ title, company: null, location: null, url: null, source: 'text', text });

describe('bad input never breaks analyze()', () => {
  it('empty text gives an empty answer with a notice', () => {
    const a = analyze(posting(''));
    expect(AnalysisSchema.parse(a).isPmoRole).toBe(false);
    expect(a.notices?.[0]?.code).toBe('empty');
  });

  it('binary garbage gives a result, not an exception', () => {
    let bytes = '';
    for (let i = 0; i < 5000; i++) bytes += String.fromCharCode((i * 7919) % 256);
    const a = analyze(posting(bytes));
    expect(() => AnalysisSchema.parse(a)).not.toThrow();
    expect(a.isPmoRole).toBe(false);
    expect(a.notices?.[0]?.code).toBe('empty');
  });

  it('a 1 MB advert is capped, analysed from its head and says so', () => {
    const unit = 'PMO Analyst\n\nProduce dashboards and maintain the RAID log for the programme office. PRINCE2 Foundation is essential.\n';
    const big = unit.repeat(Math.ceil(1_050_000 / unit.length));
    expect(big.length).toBeGreaterThan(MAX_CHARS);
    const a = analyze(postingFromText(big));
    AnalysisSchema.parse(a);
    expect(a.notices?.some((n) => n.code === 'truncated')).toBe(true);
    expect(a.level.id).toBe('analyst');
    expect(a.certificationsMentioned.map((c) => c.family)).toContain('prince2');
  });

  it('markup-laden text is read for its words', () => {
    const html =
      '<div class="job"><h1>PMO Manager</h1><script>var x = "<b>";</script><ul><li>Line manage the PMO team &amp; set up governance</li><li><strong>P3O&reg; Practitioner</strong> essential</li></ul></div>';
    const a = analyze(postingFromText(html));
    AnalysisSchema.parse(a);
    expect(a.certificationsMentioned.find((c) => c.family === 'p3o')?.requirement).toBe('required');
  });

  it('a missing or odd posting object still gives an answer', () => {
    const a = analyze({ title: null, company: null, location: null, url: null, source: 'text', text: undefined as unknown as string });
    expect(AnalysisSchema.parse(a).isPmoRole).toBe(false);
  });

  it('any string passes the schema', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.option(fc.string({ maxLength: 80 })), (text, title) => {
        AnalysisSchema.parse(analyze(posting(text, title ?? null)));
      }),
      { numRuns: 150 },
    );
  });
});

describe('other languages', () => {
  it('a French advert is not analysed as a PMO role, with a reason', () => {
    const a = advert(
      'Chef de projet PMO',
      "Nous recherchons un responsable du bureau de gestion de projets pour notre siège à Lyon. Vous serez en charge de la gouvernance des projets et du suivi des plannings avec les équipes. Une certification PRINCE2 est un plus pour le poste et nous offrons un package attractif.",
    );
    expect(a.isPmoRole).toBe(false);
    expect(a.language).toBe('fr');
    expect(a.notices?.find((n) => n.code === 'language')?.message).toBe('This advert looks like it is in French; PMO Pathfinder reads English adverts.');
  });

  it('a German advert is recognised too', () => {
    const a = advert(
      'PMO Manager (m/w/d)',
      'Wir suchen für unser Team in München einen PMO Manager. Sie sind verantwortlich für die Steuerung des Projektportfolios und die Berichterstattung an die Geschäftsführung. Sie haben mehrere Jahre Erfahrung mit der Leitung von Projekten und sind mit den Methoden vertraut.',
    );
    expect(a.isPmoRole).toBe(false);
    expect(a.language).toBe('de');
  });

  it('an English advert with a few foreign words stays English', () => {
    const a = advert('PMO Analyst');
    expect(a.language).toBe('en');
    expect(a.isPmoRole).toBe(true);
  });
});

describe('scripts without spaces between words', () => {
  it('a Chinese advert is reported as another language', () => {
    const a = advert('项目管理办公室经理', '我们正在寻找一名经验丰富的项目管理办公室经理，负责制定项目治理框架，管理项目组合报告，并领导一个团队。要求具备PRINCE2认证。');
    expect(a.isPmoRole).toBe(false);
    expect(a.notices?.find((n) => n.code === 'language')?.message).toMatch(/another language/);
  });
});
