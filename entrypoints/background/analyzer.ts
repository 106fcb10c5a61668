import precompiled from 'virtual:pmo-precompiled';
import { installPrecompiled } from '../../lib/analyze/precompiled';

// Installed when the worker starts, before any analysis: data/ was validated and the lexicon
// compiled when the extension was built (see lib/analyze/precompile.ts).
installPrecompiled(precompiled);

export { analyze } from '../../lib/analyze';
