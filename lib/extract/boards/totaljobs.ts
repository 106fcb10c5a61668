import { defineBoard } from './board';
import { stepstoneSpec } from './stepstone';

/** Totaljobs and CWJobs, StepStone's UK boards, share its markup. */
export const totaljobs = defineBoard(stepstoneSpec('totaljobs', /(^|\.)(totaljobs\.com|cwjobs\.co\.uk)$/, /^\/job\//));
