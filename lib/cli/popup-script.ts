import { readFileSync } from 'node:fs';

/**
 * The popup's script (entrypoints/popup-app.tsx) is built on its own as one classic script, as
 * WXT builds every unlisted script. Two things it imports are handled here for that build:
 * - The certificate catalogue, read only when a reader opens a pathway, stays a module of its
 *   own (`/certificates.js`) fetched by import() at that moment: a classic script may import()
 *   a module, and inlined it would be parsed with every popup.
 * - Stylesheets: popup.html links the same files and carries them inline, so the copy this
 *   build would write beside the script is left out of the package.
 */

export const CATALOGUE_SOURCE = /[\\/]data[\\/]certifications\.json$/;
export const CATALOGUE_FILE = 'certificates.js';

/** The catalogue as a module: JSON.parse of one string starts faster than an object literal. */
export function catalogueModule(json: string): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(json)))});\n`;
}

type Resolve = (source: string, importer?: string) => Promise<{ id: string } | null>;

interface Context {
  resolve: Resolve;
  emitFile(file: { type: 'asset'; fileName: string; source: string }): string;
}

/** The Vite plugins; they act in the builds of single scripts (Vite's library mode) only. */
export function popupScriptPlugin() {
  let single = false;
  let catalogue: string | null = null;
  const catalogueAsModule = {
    name: 'pmo-popup-script:catalogue',
    enforce: 'pre' as const,
    configResolved(config: { build: { lib: unknown } }) {
      single = Boolean(config.build.lib);
    },
    async resolveDynamicImport(this: Context, specifier: unknown, importer: string) {
      if (!single || typeof specifier !== 'string') return null;
      const resolved = await this.resolve(specifier, importer);
      if (!resolved || !CATALOGUE_SOURCE.test(resolved.id)) return null;
      catalogue = resolved.id;
      return { id: `/${CATALOGUE_FILE}`, external: 'absolute' as const };
    },
    generateBundle(this: Context) {
      if (single && catalogue) this.emitFile({ type: 'asset', fileName: CATALOGUE_FILE, source: catalogueModule(readFileSync(catalogue, 'utf8')) });
    },
  };
  // After Vite's own step has written the stylesheets out.
  const noStylesheets = {
    name: 'pmo-popup-script:no-stylesheets',
    enforce: 'post' as const,
    generateBundle(_options: unknown, bundle: Record<string, { type: string }>) {
      if (single) dropStylesheets(bundle);
    },
  };
  return [catalogueAsModule, noStylesheets];
}

/** Leaves the stylesheets out of a bundle; returns their names. */
export function dropStylesheets(bundle: Record<string, { type: string }>): string[] {
  const names = Object.keys(bundle).filter((name) => bundle[name]!.type === 'asset' && name.endsWith('.css'));
  for (const name of names) delete bundle[name];
  return names;
}
