/** What a caught value says, whether code threw an Error or something else. */
export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
