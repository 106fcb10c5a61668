import { loadKnowledgeBase } from '../knowledge/load';
import { compile } from './compile';
import { compileWith } from './compiled';
import { loadLevelRules } from './rules';

/*
 * Imported for its effect by the CLI and the tests: the lexicon is compiled from data/ on
 * first use, validating every file. The extension installs one compiled when it was built
 * instead (precompiled.ts), so it never loads compromise or validates data/ as it starts.
 */
compileWith(() => compile(loadKnowledgeBase(), loadLevelRules()));
