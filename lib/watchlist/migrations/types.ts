/** An entry a migration step could not read: kept aside with the reason, never dropped. */
export interface Reject {
  from: string;
  /** Position in the list the entry came from, when it came from a list. */
  index?: number;
  id: string | null;
  reason: string;
  value: unknown;
}

/**
 * The per-key layout (version 3 on) as one document: every saved job by id, each with its
 * advert text under `snapshot`. A step from version 3 on gets this and returns it.
 */
export interface KeyedDoc {
  version: number;
  entries: Map<string, unknown>;
}

export interface StepResult {
  doc: unknown;
  rejects: Reject[];
}

export interface Migration {
  from: number;
  to: number;
  /** Throws when the document as a whole cannot be read; entries it cannot read become rejects. */
  up(doc: unknown): StepResult;
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly fromVersion: number,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}
