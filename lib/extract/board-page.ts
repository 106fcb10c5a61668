import type { Posting } from '../posting';
import { attempt, readPage, type ExtractOptions } from './core';

/**
 * The reader for the content script of the supported boards: the board's adapter and JSON-LD only.
 * It leaves out the microdata and generic readers to keep that script small; the popup's on-demand
 * read uses extract(), which has them. Never throws.
 */
export const extractOnBoard = (doc: Document, options: ExtractOptions = {}): Posting | null =>
  attempt(() => readPage(doc, options ?? {}, []));
