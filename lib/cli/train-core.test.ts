import { describe, expect, it } from 'vitest';
import { calibrate } from '../analyze/level/model';
import type { CorpusItem } from './corpus';
import { featuresOf, train } from './train-core';

const advert = (id: string, title: string, text: string, level: CorpusItem['labels']['level']): CorpusItem => ({
  id,
  title,
  text,
  file: `${id}.json`,
  labels: { pmo: level !== null, level, office: null, certFamilies: [] },
});

/** Adverts whose answers the models get right every time: the calibration should then raise a middling confidence. */
const easy: CorpusItem[] = [];
for (let i = 0; i < 6; i++) {
  easy.push(advert(`a${i}`, 'PMO Administrator', 'Take minutes at project boards, book meeting rooms, keep the action log and file project documents.', 'administrator'));
  easy.push(advert(`b${i}`, 'PMO Analyst', 'Produce the monthly portfolio dashboards, analyse variance between forecasts and actuals, and track KPIs.', 'analyst'));
  easy.push(advert(`c${i}`, 'PMO Manager', 'Line manage the PMO team of four analysts, define the governance framework and run the PMO.', 'manager'));
  easy.push(advert(`d${i}`, 'Head of PMO', 'Set the PMO strategy, advise the executive committee on portfolio prioritisation and lead multiple PMOs.', 'director'));
}

describe('training', () => {
  it('fits a calibration from answers on held-out inner folds: always right raises the confidence', () => {
    const w = train(featuresOf(easy));
    expect(w.calibration.scale).toBeGreaterThanOrEqual(0);
    expect(calibrate(0.6, w.calibration)).toBeGreaterThan(0.6);
  });

  it('calibrates on the real adverts when there are any: the project\'s own easy adverts do not lift the confidence', () => {
    // The same real advert labelled two ways: no model gets more than half of them right.
    const split = Array.from({ length: 8 }, (_, i) => advert(`r${i}`, 'PMO Officer', 'Take minutes at project boards, build the monthly dashboards and keep the risk register.', i % 4 < 2 ? 'administrator' : 'director'));
    const real = train([...featuresOf(easy, true), ...featuresOf(split)]).calibration;
    const pooled = train([...featuresOf(easy), ...featuresOf(split)]).calibration;
    expect(calibrate(0.6, real)).toBeLessThan(calibrate(0.6, pooled) - 0.1);
  });
});

describe('words of the text in the level model', () => {
  // Bare titles and the same project office work; only the business unit tells the levels apart.
  const body = (unit: string) => `You will join the ${unit} project management office, supporting project managers with plans, RAID logs, status reports and governance.`;
  const units: CorpusItem[] = [];
  for (let i = 0; i < 8; i++) {
    units.push(advert(`h${i}`, 'PMO', body('harbour'), 'administrator'));
    units.push(advert(`o${i}`, 'PMO', body('orchard'), 'director'));
  }

  it('inner cross-validation keeps a vocabulary when words tell the levels apart, and the telling word leans to its level', () => {
    const w = train(featuresOf(units));
    expect(w.fitted?.words?.size).toBeGreaterThan(0);
    const harbour = w.level.words.harbour!;
    expect(harbour.administrator).toBeGreaterThan(harbour.director);
    expect(w.level.words.orchard!.director).toBeGreaterThan(w.level.words.orchard!.administrator);
    expect(Object.keys(w.level.words).length).toBeLessThanOrEqual(w.fitted!.words!.size);
  });

  it('learns no words when no word tells the levels apart', () => {
    const same = units.map((u, i) => ({ ...u, text: body('central'), labels: { ...u.labels, level: i % 2 ? ('director' as const) : ('administrator' as const) } }));
    expect(train(featuresOf(same)).fitted?.words?.size).toBe(0);
  });
});
