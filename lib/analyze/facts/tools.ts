import type { Facts } from '../../analysis';
import { loadTools, type ToolRule } from './rules';
import { alternation, lineAt, phraseRe, snippet } from './words';

type Tool = Facts['tools'][number];

interface Compiled {
  /** All aliases in one pattern per case rule: one pass over the text, not one per tool. */
  ci: RegExp;
  cs: RegExp;
  weak: RegExp | null;
  byAlias: Map<string, ToolRule>;
  byWeak: Map<string, ToolRule>;
  notAfter: Map<string, RegExp>;
  notBefore: Map<string, RegExp>;
}

let compiled: Compiled | null = null;

const keyOf = (s: string, cs: boolean) => (cs ? s : s.toLowerCase()).replace(/[\s\-‐‑–]+/g, ' ');
const aliasPattern = (aliases: string[]) =>
  aliases.length ? alternation([...aliases].sort((a, b) => b.length - a.length), '\\b(?<!\\.)', '(?![\\w]|\\.\\w)') : '(?!)';

function compileTools(): Compiled {
  if (compiled) return compiled;
  const byAlias = new Map<string, ToolRule>();
  const byWeak = new Map<string, ToolRule>();
  const ci: string[] = [];
  const cs: string[] = [];
  const weak: string[] = [];
  const notAfter = new Map<string, RegExp>();
  const notBefore = new Map<string, RegExp>();
  for (const rule of loadTools().tools) {
    for (const a of rule.aliases) {
      byAlias.set(`${rule.caseSensitive ? 'cs' : 'ci'}:${keyOf(a, !!rule.caseSensitive)}`, rule);
      (rule.caseSensitive ? cs : ci).push(a);
    }
    for (const w of rule.weak ?? []) {
      byWeak.set(keyOf(w, true), rule);
      weak.push(w);
    }
    if (rule.notAfter?.length) notAfter.set(rule.id, new RegExp(`^\\s+(?:${rule.notAfter.map(phraseRe).join('|')})\\b`, 'i'));
    if (rule.notBefore?.length) notBefore.set(rule.id, new RegExp(`\\b(?:${rule.notBefore.map(phraseRe).join('|')})\\s+$`, 'i'));
  }
  return (compiled = {
    ci: new RegExp(aliasPattern(ci), 'gi'),
    cs: new RegExp(aliasPattern(cs), 'g'),
    // Weak aliases are everyday words: matched as capitalised, and only beside another tool.
    weak: weak.length ? new RegExp(aliasPattern(weak), 'g') : null,
    byAlias,
    byWeak,
    notAfter,
    notBefore,
  });
}

const MICROSOFT = /\b(?:Microsoft|MS|Office|Microsoft 365|Office 365)\b/;

/**
 * The software the advert names, in the order it first names them. "Word", "Outlook", "Teams"
 * and "Clarity" are also everyday words, so they count only on a line naming another tool.
 */
export function readTools(text: string): Tool[] {
  const c = compileTools();
  const hits: Array<{ tool: ToolRule; from: number; to: number }> = [];
  const strongSpans: Array<[number, number]> = [];
  for (const [re, mode] of [
    [c.ci, 'ci'],
    [c.cs, 'cs'],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const tool = c.byAlias.get(`${mode}:${keyOf(m[0], mode === 'cs')}`);
      if (!tool) continue;
      const from = m.index!;
      const to = from + m[0].length;
      if (c.notAfter.get(tool.id)?.test(text.slice(to, to + 30))) continue;
      if (c.notBefore.get(tool.id)?.test(text.slice(Math.max(0, from - 30), from))) continue;
      hits.push({ tool, from, to });
      strongSpans.push([from, to]);
    }
  }
  if (c.weak) {
    for (const m of text.matchAll(c.weak)) {
      const tool = c.byWeak.get(keyOf(m[0], true));
      if (!tool) continue;
      const from = m.index!;
      const to = from + m[0].length;
      const { start, end } = lineAt(text, from);
      const near = text.slice(Math.max(start, from - 80), Math.min(end, to + 80));
      const beside = strongSpans.some(([a, b]) => a >= Math.max(start, from - 80) && b <= Math.min(end, to + 80) && (b <= from || a >= to)) || MICROSOFT.test(near.replace(m[0], ''));
      if (beside) hits.push({ tool, from, to });
    }
  }
  // A shorter alias inside a longer one of another tool ("Project" in "MS Project Online") is that tool only.
  const kept = hits.filter((h) => !hits.some((g) => g !== h && g.from <= h.from && g.to >= h.to && g.to - g.from > h.to - h.from));
  const out: Tool[] = [];
  const seen = new Set<string>();
  for (const h of kept.sort((a, b) => a.from - b.from)) {
    if (seen.has(h.tool.id)) continue;
    seen.add(h.tool.id);
    out.push({ id: h.tool.id, label: h.tool.label, text: snippet(text, h.from, h.to, 100) });
  }
  return out;
}

