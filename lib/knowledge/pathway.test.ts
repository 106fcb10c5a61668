import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './load';
import { examText, feeText, pathwayFor, readableDate, versionText } from './pathway';

const certs = () => loadKnowledgeBase().certifications;
const NOV = new Date('2026-11-29T00:00:00Z');

describe('pathway texts', () => {
  it('writes dates and months the way a reader says them', () => {
    expect(readableDate('2026-07-09')).toBe('9 July 2026');
    expect(readableDate('2023-09')).toBe('September 2023');
  });

  it('puts the exam in one line: format, questions, time, pass mark, book', () => {
    expect(examText({ format: 'Multiple choice', questions: 60, durationMinutes: 60, passMark: '36 of 60 (60%)', openBook: false })).toBe(
      'Multiple choice, 60 questions, 60 minutes, pass mark 36 of 60 (60%), closed book',
    );
    expect(examText({ format: 'Objective testing', durationMinutes: 150, openBook: true, note: 'Open book: the MSP guide.' })).toBe(
      'Objective testing, 150 minutes, open book. Open book: the MSP guide.',
    );
    expect(examText({ durationMinutes: 240 })).toBe('4 hours');
  });

  it('says an announced change "changes on" before its day and "changed on" from that day', () => {
    const v = { current: 'Exam content outline of 2021', upcoming: { what: 'the 2026 outline', from: '2026-07-09' } };
    expect(versionText(v, new Date('2026-07-08T12:00:00Z'))).toBe('Exam content outline of 2021. Changes on 9 July 2026: the 2026 outline');
    expect(versionText(v, new Date('2026-07-09T00:00:00Z'))).toBe('Exam content outline of 2021. Changed on 9 July 2026: the 2026 outline');
  });

  it('gives the fee with its currency and the month it was read', () => {
    expect(feeText({ amount: 230, currency: 'AUD', note: 'recertification', read: '2026-11' })).toBe('AUD 230 (recertification), as published in November 2026');
  });
});

describe('pathwayFor, on the shipped data', () => {
  it('gives the PMP exam that has applied since 9 July 2026, and what it replaced', () => {
    const p = pathwayFor('pmi-pmp', certs(), NOV)!;
    const version = p.facts.find((f) => f.label === 'Version');
    expect(version?.text).toMatch(/^2026 exam content outline, since 9 July 2026 \(before: 180 questions in 230 minutes/);
    expect(p.facts.find((f) => f.label === 'Exam')?.text).toContain('185 questions, 4 hours');
    // Question count and length come from training providers, not from PMI.
    expect(p.facts.find((f) => f.label === 'Exam')?.unsure).toBe(true);
  });

  it('names what must come first as links to those certificates', () => {
    const p = pathwayFor('p3o-practitioner', certs(), NOV)!;
    expect(p.prerequisites.map((x) => x.name)).toEqual(['P3O Foundation']);
    expect(p.prerequisites[0]!.url).toMatch(/^https:\/\//);
    const master = pathwayFor('itil-5-master', certs(), NOV)!;
    expect(master.prerequisites.map((x) => x.id)).toEqual(['itil-5-practice-manager', 'itil-5-managing-professional', 'itil-5-strategic-leader']);
  });

  it('marks only facts the awarding body does not confirm', () => {
    const p = pathwayFor('safe-agilist', certs(), NOV)!;
    expect(p.facts.find((f) => f.label === 'Exam')?.unsure).toBe(false);
    expect(p.facts.find((f) => f.label === 'Validity')?.unsure).toBe(true);
  });

  it('sends a legacy certificate to the courses of what replaced it', () => {
    const p = pathwayFor('itil-4-managing-professional', certs(), NOV)!;
    expect(p.trainingFor).toBe('ITIL 5 MP');
    expect(p.training.some((t) => t.kind === 'finder')).toBe(true);
  });

  it('describes each place to train with its format, length and the month it was checked', () => {
    const p = pathwayFor('p3o-foundation', certs(), NOV)!;
    const pmoLearning = p.training.find((t) => t.label.startsWith('PMO Learning'));
    expect(pmoLearning?.detail).toBe('Classroom, virtual classroom or self-paced online · Foundation 3 days, Practitioner 2 days (classroom only) · checked November 2026');
  });

  it('returns null for an id the data does not hold', () => {
    expect(pathwayFor('no-such-certificate', certs(), NOV)).toBeNull();
  });
});
