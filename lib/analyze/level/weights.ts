import weightsJson from '../../../data/weights.json';
import { WeightsSchema, type Weights } from './model';

let cached: Weights | null = null;

/** The shipped weights (data/weights.json), validated; throws listing every problem if malformed. */
export function loadWeights(): Weights {
  if (!cached) cached = WeightsSchema.parse(weightsJson) as Weights;
  return cached;
}

/** Weights validated when the extension was built: taken as they are. */
export function installWeights(weights: Weights): void {
  cached = weights;
}
