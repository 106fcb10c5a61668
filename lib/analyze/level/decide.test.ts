import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../analysis';
import type { Posting } from '../../posting';
import { analyze } from '../index';
import { handSetWeights, type Weights } from './model';

const BODY =
  'You will join our project management office, supporting project managers across the portfolio with plans, RAID logs, status reports and governance. You will also keep the quarterly planning calendar and look after the shared workspace where every programme keeps its papers.';
const posting = (title: string | null): Posting => ({ title, company: null, location: null, url: null, source: 'text', text: title ? `${title}\n\n${BODY}` : BODY });

/** Hand-set weights plus two words of the text that count for the administrator level. */
function withWords(words: Weights['level']['words']): Weights {
  const w = handSetWeights();
  return { ...w, level: { ...w.level, words } };
}
const adminWords = withWords({
  calendar: { administrator: 1.5, analyst: 0, manager: 0, director: -0.5 },
  workspace: { administrator: 1, analyst: 0.2, manager: 0, director: 0 },
  steering: { administrator: 0, analyst: 0, manager: 0.05, director: 0 },
});

describe('words of the text as level evidence', () => {
  it('count where the title names no level, and are named as evidence, most telling first', () => {
    const a = analyze(posting(null), undefined, adminWords);
    AnalysisSchema.parse(a);
    expect(a.level.id).toBe('administrator');
    const words = a.level.evidence.find((e) => e.kind === 'words');
    expect(words?.reason).toBe("Words typical of administrator-level adverts: 'calendar', 'workspace'");
  });

  it('do not count where the title names the level', () => {
    const a = analyze(posting('PMO Manager'), undefined, adminWords);
    expect(a.level.id).toBe('manager');
    expect(a.level.evidence.some((e) => e.kind === 'words')).toBe(false);
  });

  it('without learned words the same text reads as another level, with no word evidence', () => {
    const plain = analyze(posting(null), undefined, withWords({}));
    expect(plain.isPmoRole).toBe(true);
    expect(plain.level.id).not.toBe('administrator');
    expect(plain.level.evidence.some((e) => e.kind === 'words')).toBe(false);
  });
});
