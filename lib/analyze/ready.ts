import precompiled from 'virtual:pmo-precompiled';
import { installPrecompiled } from './precompiled';

// The extension's pages and worker analyse with the lexicon compiled when the extension was
// built (lib/analyze/precompile.ts): importing this module installs it, with no zod and no
// compromise at start-up. The CLI and tests compile from data/ instead (from-data.ts).
installPrecompiled(precompiled);
