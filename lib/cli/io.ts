import { readSync } from 'node:fs';

/** Where a command writes; tests pass their own to read the output without spawning. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Standard input, or its first `max` + 1 bytes when it is longer. */
  readStdin?(max: number): string | Uint8Array;
}

// A closed pipe (`| head`) ends the output quietly instead of with a stack trace.
for (const s of [process.stdout, process.stderr]) {
  s.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

/**
 * Reads standard input until its end or until one byte past `max`, so an endless source (a device,
 * a runaway pipe) is cut off instead of filling memory.
 */
export function readStdinCapped(max: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  while (total <= max) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // A non-blocking stdin has no data yet: wait a little rather than spin.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks);
}

export const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readStdin: readStdinCapped,
};
