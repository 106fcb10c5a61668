/** Where a command writes; tests pass their own to read the output without spawning. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  readStdin?(): string;
}

export const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
