/**
 * A small conditional-logit fitter: each example offers some classes, each class a feature
 * vector; the probability of a class is the softmax of θ·x over the classes. The fit
 * maximises the probability of the acceptable classes (a label may accept several) with an
 * L2 pull toward prior weights, by Adam steps. Small enough to read; no dependencies.
 */
export interface Example {
  /** One feature vector per class, all of the same length. */
  x: number[][];
  /** Indices of the classes that count as right. */
  accept: number[];
  weight?: number;
}

export interface FitOptions {
  /** The pull toward the prior: one for all weights, or one per weight. */
  lambda: number | number[];
  steps?: number;
  rate?: number;
}

/** Each class vector's non-zero entries, so long mostly-empty vectors (one entry per word) cost little. */
type Sparse = { idx: number[]; val: number[] };
const sparse = (v: number[]): Sparse => {
  const idx: number[] = [];
  const val: number[] = [];
  v.forEach((x, j) => {
    if (x) {
      idx.push(j);
      val.push(x);
    }
  });
  return { idx, val };
};

function probabilities(theta: number[], x: ReadonlyArray<Sparse>): number[] {
  const z = x.map((v) => v.idx.reduce((s, j, k) => s + v.val[k]! * theta[j]!, 0));
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Mean negative log-likelihood of the acceptable classes. */
export function loss(theta: number[], data: ReadonlyArray<Example>): number {
  let total = 0;
  let n = 0;
  for (const ex of data) {
    const p = probabilities(theta, ex.x.map(sparse));
    const w = ex.weight ?? 1;
    total -= w * Math.log(Math.max(1e-12, ex.accept.reduce((s, k) => s + p[k]!, 0)));
    n += w;
  }
  return n ? total / n : 0;
}

type SparseExample = { x: Sparse[]; accept: number[]; weight: number };

function gradient(theta: number[], data: ReadonlyArray<SparseExample>, prior: number[], lambda: number[]): number[] {
  const g = theta.map((t, j) => lambda[j]! * (t - prior[j]!));
  let n = 0;
  for (const ex of data) n += ex.weight;
  for (const ex of data) {
    const p = probabilities(theta, ex.x);
    const acc = ex.accept.reduce((s, k) => s + p[k]!, 0);
    const w = ex.weight / Math.max(1, n);
    ex.x.forEach((v, k) => {
      // d(-log Σ_A p)/dz_k = p_k - [k ∈ A] p_k / Σ_A p
      const d = p[k]! - (ex.accept.includes(k) ? p[k]! / Math.max(1e-12, acc) : 0);
      if (d !== 0) for (let i = 0; i < v.idx.length; i++) g[v.idx[i]!]! += w * d * v.val[i]!;
    });
  }
  return g;
}

export function fit(data: ReadonlyArray<Example>, prior: number[], { lambda, steps = 600, rate = 0.05 }: FitOptions): number[] {
  const theta = [...prior];
  const m = theta.map(() => 0);
  const v = theta.map(() => 0);
  const lambdas = typeof lambda === 'number' ? theta.map(() => lambda) : lambda;
  const examples = data.map((ex) => ({ x: ex.x.map(sparse), accept: ex.accept, weight: ex.weight ?? 1 }));
  for (let t = 1; t <= steps; t++) {
    const g = gradient(theta, examples, prior, lambdas);
    for (let j = 0; j < theta.length; j++) {
      m[j] = 0.9 * m[j]! + 0.1 * g[j]!;
      v[j] = 0.999 * v[j]! + 0.001 * g[j]! * g[j]!;
      theta[j]! -= (rate * (m[j]! / (1 - 0.9 ** t))) / (Math.sqrt(v[j]! / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  return theta;
}
