import { describe, expect, it } from 'vitest';
import weightsJson from '../../../data/weights.json';
import { validateMatcherData } from '../rules';
import { calibrate, handSetWeights, WeightsSchema } from './model';

describe('data/weights.json', () => {
  it('validates, as the build checks', () => {
    expect(() => validateMatcherData()).not.toThrow();
    expect(WeightsSchema.safeParse(weightsJson).success).toBe(true);
  });

  it('a missing group or a weight that is not a number is rejected with its path', () => {
    const bad = structuredClone(weightsJson) as { level: { weights: Record<string, unknown> } };
    delete bad.level.weights.pay;
    const r = WeightsSchema.safeParse(bad);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]!.path).toEqual(['level', 'weights', 'pay']);
    const nan = structuredClone(weightsJson) as { pmo: { bias: unknown } };
    nan.pmo.bias = 'high';
    expect(WeightsSchema.safeParse(nan).success).toBe(false);
  });

  it('the hand-set weights are a valid prior', () => {
    expect(WeightsSchema.safeParse(handSetWeights()).success).toBe(true);
  });

  it('the hand-set calibration leaves a confidence as it is; the shipped one keeps the order of confidences', () => {
    const identity = handSetWeights().calibration;
    for (const p of [0.3, 0.55, 0.9]) expect(calibrate(p, identity)).toBeCloseTo(p, 6);
    const shipped = WeightsSchema.parse(weightsJson).calibration;
    expect(calibrate(0.6, shipped)).toBeLessThan(calibrate(0.9, shipped));
  });

  it('a calibration that would reverse the order of confidences is rejected', () => {
    const bad = structuredClone(weightsJson) as { calibration: { scale: number } };
    bad.calibration.scale = -1;
    expect(WeightsSchema.safeParse(bad).success).toBe(false);
  });
});
