import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { precompiledPlugin } from './lib/analyze/precompile';

// WxtVitest does not pick up wxt.config.ts's Vite plugins, so they are added here too.
export default defineConfig({
  plugins: [WxtVitest(), preact(), precompiledPlugin()],
  test: {
    include: ['{lib,components,entrypoints,tests}/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20000,
    // The analyser compiles its lexicon from data/ in tests, as in the CLI.
    setupFiles: ['lib/analyze/from-data.ts'],
  },
});
