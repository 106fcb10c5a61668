import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Rules of the code base that review would otherwise have to catch by eye. Each failure
 * names the file and the rule, so the fix is obvious.
 */
const root = join(__dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(join(root, d))) {
      const path = join(d, name);
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (keep(path)) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

const isTest = (p: string) => /\.test\.tsx?$/.test(p);
const isSource = (p: string) => /\.tsx?$/.test(p) && !isTest(p);
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];

describe('data/', () => {
  const dataFiles = readdirSync(join(root, 'data')).filter((f) => f.endsWith('.json'));
  const buildConfig = read('wxt.config.ts');
  const checkedAtBuild = [...buildConfig.matchAll(/from '\.\/(lib\/[^']+)'/g)].map((m) => `${m[1]}.ts`);

  it('has every data file validated by a module the build runs', () => {
    for (const file of dataFiles) {
      const validator = checkedAtBuild.find((m) => existsSync(join(root, m)) && read(m).includes(`data/${file}'`));
      expect(validator, `data/${file}: no module imported by wxt.config.ts reads it, so the build does not check it`).toBeDefined();
    }
  });

  it('has every data file described in data/README.md', () => {
    const readme = read('data/README.md');
    for (const file of dataFiles) expect(readme, `data/README.md does not describe ${file}`).toContain(`\`${file}\``);
  });
});

describe('components/', () => {
  const files = filesUnder('components', isSource);

  it('holds only components and hooks: each value it exports is a PascalCase component or a use* hook', () => {
    for (const file of files) {
      const exported = [...read(file).matchAll(/^export (?:async )?(?:function|const|let|class) (\w+)/gm)].map((m) => m[1]!);
      for (const name of exported) expect(/^(?:[A-Z][a-z]\w*|use[A-Z]\w*)$/.test(name), `${file}: exports ${name}, neither a component nor a hook`).toBe(true);
    }
  });

  it('keeps each file under 200 lines and each component under 100', () => {
    for (const file of files) {
      const lines = read(file).split('\n');
      expect(lines.length, `${file}: ${lines.length} lines`).toBeLessThanOrEqual(200);
      let start = -1;
      let name = '';
      lines.forEach((line, i) => {
        const opened = /^(?:export )?function ([A-Z]\w*)\(/.exec(line);
        if (opened) [start, name] = [i, opened[1]!];
        else if (start >= 0 && line === '}') {
          expect(i - start + 1, `${file}: ${name} has ${i - start + 1} lines`).toBeLessThanOrEqual(100);
          start = -1;
        }
      });
    }
  });
});

describe('pages', () => {
  it('keep their App.tsx thin: the logic is in hooks', () => {
    for (const app of ['entrypoints/popup/App.tsx', 'entrypoints/options/App.tsx']) {
      expect(read(app).split('\n').length, app).toBeLessThanOrEqual(120);
    }
  });
});

describe('source files', () => {
  const files = SOURCE_DIRS.flatMap((d) => filesUnder(d, (p) => /\.tsx?$/.test(p)));

  it('import with relative paths only, one style everywhere', () => {
    for (const file of files) expect(/from '@\//.test(read(file)), `${file}: imports through the @/ alias`).toBe(false);
  });

  it('spell analyze with a z in identifiers (the reader-facing text may say analyse)', () => {
    for (const file of files) {
      // camelCase or snake_case names, and calls; prose in comments, strings and JSX text is free.
      const found = /\b(?:\w*[a-z]Analys(?:e|ing|ed)\w*|analys(?:e|ing|ed)[A-Z_]\w*|[aA]nalys(?:e|ing|ed)(?=\())/.exec(read(file))?.[0];
      expect(found, `${file}: identifier ${found}`).toBeUndefined();
    }
  });

  it('write the four levels out in order in one place only, the LevelId enum', () => {
    const lists = files.filter((f) => !isTest(f) && /'administrator',\s*'analyst',\s*'manager',\s*'director'/.test(read(f)));
    expect(lists).toEqual(['lib/ids.ts']);
  });
});
