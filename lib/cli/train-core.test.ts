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
