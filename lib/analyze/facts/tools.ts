import type { Facts } from '../../analysis';
import { loadTools, type ToolRule } from './rules';
import { lineAt, phraseRe, snippet } from './words';

type Tool = Facts['tools'][number];

interface Compiled {
  rule: ToolRule;
  strong: RegExp;
  weak: RegExp | null;
  notAfter: RegExp | null;
  notBefore: RegExp | null;
}

let compiled: Compiled[] | null = null;

const bounded = (p: string) => `${/^\w/.test(p) ? '(?<![\\w.])' : ''}${phraseRe(p)}${/\w$/.test(p) ? '(?![\\w]|\\.\\w)' : ''}`;

function compileTools(): Compiled[] {
  return (compiled ??= loadTools().tools.map((rule) => ({
    rule,
    strong: new RegExp([...rule.aliases].sort((a, b) => b.length - a.length).map(bounded).join('|'), rule.caseSensitive ? 'g' : 'gi'),
    // Weak aliases are everyday words: matched as capitalised, and only beside another tool.
    weak: rule.weak?.length ? new RegExp(rule.weak.map(bounded).join('|'), 'g') : null,
    notAfter: rule.notAfter?.length ? new RegExp(`^\\s+(?:${rule.notAfter.map(phraseRe).join('|')})\\b`, 'i') : null,
    notBefore: rule.notBefore?.length ? new RegExp(`\\b(?:${rule.notBefore.map(phraseRe).join('|')})\\s+$`, 'i') : null,
  })));
}

const MICROSOFT = /\b(?:Microsoft|MS|Office|Microsoft 365|Office 365)\b/;

/**
 * The software the advert names, in the order it first names them. "Word", "Outlook", "Teams"
 * and "Clarity" are also everyday words, so they count only on a line naming another tool.
 */
export function readTools(text: string): Tool[] {
  const tools = compileTools();
  const hits: Array<{ tool: ToolRule; from: number; to: number }> = [];
  const strongSpans: Array<[number, number]> = [];
  for (const t of tools) {
    for (const m of text.matchAll(t.strong)) {
      const from = m.index!;
      const to = from + m[0].length;
      if (t.notAfter?.test(text.slice(to, to + 30))) continue;
      if (t.notBefore?.test(text.slice(Math.max(0, from - 30), from))) continue;
      hits.push({ tool: t.rule, from, to });
      strongSpans.push([from, to]);
    }
  }
  for (const t of tools) {
    if (!t.weak) continue;
    for (const m of text.matchAll(t.weak)) {
      const from = m.index!;
      const to = from + m[0].length;
      const { start, end } = lineAt(text, from);
      const near = text.slice(Math.max(start, from - 80), Math.min(end, to + 80));
      const beside = strongSpans.some(([a, b]) => a >= Math.max(start, from - 80) && b <= Math.min(end, to + 80) && (b <= from || a >= to)) || MICROSOFT.test(near.replace(m[0], ''));
      if (beside) hits.push({ tool: t.rule, from, to });
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

