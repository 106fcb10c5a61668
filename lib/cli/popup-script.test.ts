import { describe, expect, it } from 'vitest';
import { catalogueModule, CATALOGUE_SOURCE, dropStylesheets } from './popup-script';

describe("the popup script's build", () => {
  it('turns the certificate catalogue into a module whose default export is the same data', async () => {
    const data = [{ id: 'p3o-foundation', name: 'P3O® Foundation', note: 'Quotes "inside" and a </script> stay data' }];
    const source = catalogueModule(JSON.stringify(data, null, 2));
    expect(source.startsWith('export default JSON.parse(')).toBe(true);
    const url = `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`;
    const loaded = (await import(/* @vite-ignore */ url)) as { default: unknown };
    expect(loaded.default).toEqual(data);
  });

  it('refuses a catalogue that is not JSON, so the build stops', () => {
    expect(() => catalogueModule('{ id: p3o }')).toThrow();
  });

  it('knows the catalogue by its path only', () => {
    expect(CATALOGUE_SOURCE.test('/work/project/data/certifications.json')).toBe(true);
    expect(CATALOGUE_SOURCE.test('C:\\project\\data\\certifications.json')).toBe(true);
    expect(CATALOGUE_SOURCE.test('/work/project/data/certifications.json.bak')).toBe(false);
    expect(CATALOGUE_SOURCE.test('/work/project/data/holdings.json')).toBe(false);
  });

  it('leaves out the stylesheets and keeps the script', () => {
    const bundle: Record<string, { type: string }> = {
      'popup-app.js': { type: 'chunk' },
      'assets/popup-app.css': { type: 'asset' },
      'certificates.js': { type: 'asset' },
    };
    expect(dropStylesheets(bundle)).toEqual(['assets/popup-app.css']);
    expect(Object.keys(bundle).sort()).toEqual(['certificates.js', 'popup-app.js']);
  });
});
