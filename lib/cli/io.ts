/** Where a command writes; tests pass their own to read the output without spawning. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  readStdin?(): string;
}

// A closed pipe (`| head`) ends the output quietly instead of with a stack trace.
for (const s of [process.stdout, process.stderr]) {
  s.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

export const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
