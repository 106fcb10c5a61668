/**
 * A page's stylesheets go into its HTML as one <style> element: each linked file is another
 * read from the extension's package before the page's script may run, and the popup should
 * open about as fast as a static page. Extension pages' default CSP allows inline styles
 * (scripts stay in files). A stylesheet no other file names is then left out of the package.
 */

/** What the build holds for one output file, as far as this step reads it. */
export type BuiltFile = { type: 'asset'; source: string | Uint8Array } | { type: 'chunk'; code: string };

const LINKED = /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">\s*/g;

const textOf = (file: BuiltFile) => (file.type === 'asset' ? String(file.source) : file.code);

/** Rewrites `page` in `bundle` in place; returns the stylesheet files it dropped from the package. */
export function inlinePageStylesheets(bundle: Record<string, BuiltFile>, page: string): string[] {
  const html = bundle[page];
  if (html?.type !== 'asset' || typeof html.source !== 'string') return [];
  const css: string[] = [];
  const inlined = new Set<string>();
  const source = html.source.replace(LINKED, (tag, file: string) => {
    const asset = bundle[file];
    // A stylesheet that could close the element early stays a file.
    if (asset?.type !== 'asset' || /<\/style/i.test(String(asset.source))) return tag;
    css.push(String(asset.source));
    inlined.add(file);
    return '';
  });
  if (css.length === 0) return [];
  html.source = source.replace('</head>', `  <style>${css.join('')}</style>\n  </head>`);
  const dropped = [...inlined].filter((file) => !Object.values(bundle).some((other) => other !== html && textOf(other).includes(file)));
  for (const file of dropped) delete bundle[file];
  return dropped;
}

/** The Vite plugin, run on the finished bundle. */
export function inlineStylesheetsPlugin(page: string) {
  return {
    name: 'pmo-inline-stylesheets',
    enforce: 'post' as const,
    generateBundle(_options: unknown, bundle: Record<string, BuiltFile>) {
      inlinePageStylesheets(bundle, page);
    },
  };
}
