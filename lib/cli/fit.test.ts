import { describe, expect, it } from 'vitest';
import { fit, loss, type Example } from './fit';

// Two classes, one feature that is 1 for class 1 only: the data says class 1 wins 80% of the time.
const data: Example[] = Array.from({ length: 10 }, (_, i) => ({ x: [[0], [1]], accept: [i < 8 ? 1 : 0] }));

describe('conditional-logit fit', () => {
  it('finds the weight that matches the observed odds when the prior pull is weak', () => {
    const [w] = fit(data, [0], { lambda: 0.0001, steps: 3000 });
    expect(w).toBeCloseTo(Math.log(4), 1);
  });
  it('stays near the prior when the pull is strong', () => {
    const [w] = fit(data, [0], { lambda: 100 });
    expect(Math.abs(w!)).toBeLessThan(0.05);
  });
  it('lowers the loss from the prior', () => {
    expect(loss(fit(data, [0], { lambda: 0.01 }), data)).toBeLessThan(loss([0], data));
  });
  it('a label that accepts either class costs nothing', () => {
    expect(loss([3], [{ x: [[0], [1]], accept: [0, 1] }])).toBeCloseTo(0, 6);
  });
});

describe('a pull toward the prior for each weight', () => {
  // Class 1 wins 80% of the time; two features say the same, one drawn hard to its prior of 0.
  const twin: Example[] = Array.from({ length: 10 }, (_, i) => ({ x: [[0, 0], [1, 1]], accept: [i < 8 ? 1 : 0] }));
  it('moves the lightly held weight and keeps the firmly held one', () => {
    const [free, held] = fit(twin, [0, 0], { lambda: [0.0001, 100], steps: 3000 });
    expect(free).toBeCloseTo(Math.log(4), 1);
    expect(Math.abs(held!)).toBeLessThan(0.05);
  });
});
