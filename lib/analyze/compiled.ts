import type { Compiled } from './compile';

let compiled: Compiled | null = null;
let build: (() => Compiled) | null = null;

/** The lexicon, built on first use by the compiler given to `compileWith` unless one was installed. */
export function getCompiled(): Compiled {
  if (!compiled) {
    if (!build) throw new Error('No lexicon: import lib/analyze/from-data, or install one compiled ahead of time.');
    compiled = build();
  }
  return compiled;
}

export function compileWith(compiler: () => Compiled): void {
  build = compiler;
}

/** A lexicon compiled ahead of time (see precompiled.ts). */
export function installCompiled(c: Compiled): void {
  compiled = c;
}
