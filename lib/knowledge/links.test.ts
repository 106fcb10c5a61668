import { describe, expect, it } from 'vitest';
import { isHomePage, linkProblem } from './links';

describe('linkProblem', () => {
  it('accepts https product pages, including English locale paths', () => {
    expect(linkProblem('https://www.peoplecert.org/browse-certifications/project-programme-and-portfolio-management/PRINCE2-2/prince2-7-foundation-3579')).toBeNull();
    expect(linkProblem('https://support.scaledagile.com/en/articles/9791366-exam-study-guide-sa-6-0-safe-agilist')).toBeNull();
    expect(linkProblem('https://www.eccentrix.ca/en/courses/project-management/prince2-foundation-7th-edition-pm2191/')).toBeNull();
  });

  it('refuses http links', () => {
    expect(linkProblem('http://www.apm.org.uk/qualifications-and-training/')).toMatch(/https/);
  });

  it('refuses pages under a non-English locale', () => {
    expect(linkProblem('https://www.peoplecert.org/jp/mop-certification-family/')).toMatch(/"\/jp\/"/);
    expect(linkProblem('https://www.apmg-international.com/es/product/essentials-pmo-administrators')).toMatch(/"\/es\/"/);
    expect(linkProblem('https://example.org/zh-cn/p3o')).toMatch(/"\/zh-cn\/"/);
    expect(linkProblem('https://apmg-international.com/it/copyright-legal-policies')).toMatch(/"\/it\/"/);
  });

  it('refuses retired microsites, with or without www', () => {
    expect(linkProblem('https://www.p3o-officialsite.com/Qualifications')).toMatch(/p3o-officialsite\.com/);
    expect(linkProblem('https://p3o-officialsite.com/')).toMatch(/no longer maintained/);
    expect(linkProblem('https://www.pmoga.world/certification')).toMatch(/pmoga\.world/);
    // A host that merely ends with the same letters is another site.
    expect(linkProblem('https://notp3o-officialsite.com.example.org/')).toBeNull();
  });

  it('says so when the text is not an address at all', () => {
    expect(linkProblem('peoplecert.org/p3o')).toBe('is not a web address');
  });
});

describe('isHomePage', () => {
  it('is true only for the front page of a site', () => {
    expect(isHomePage('https://www.peoplecert.org/')).toBe(true);
    expect(isHomePage('https://www.iassc.org')).toBe(true);
    expect(isHomePage('https://www.scrum.org/courses/professional-scrum-master-training')).toBe(false);
    expect(isHomePage('https://www.coursera.org/?q=pmp')).toBe(false);
    expect(isHomePage('not a url')).toBe(false);
  });
});
