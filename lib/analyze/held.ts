/**
 * How certificates relate to one another over time: which current certificates replace a
 * legacy one, and which certificates a reader counts as held. Only these few fields are
 * needed, so the pages can pass their small catalogue and the analysis the knowledge base.
 */
export interface Lineage {
  id: string;
  family: string;
  status?: string;
  /** Certificates that must be passed first. */
  prerequisites: readonly string[];
  /** What replaced this certificate, when it is no longer current. */
  successors: readonly string[];
}

/**
 * Where a legacy certificate leads now, following chains (legacy → legacy → current). A
 * current certificate leads nowhere, so its list is empty.
 */
export function currentSuccessors<C extends Lineage>(catalog: readonly C[], id: string): C[] {
  const byId = new Map(catalog.map((c) => [c.id, c]));
  const out: C[] = [];
  const seen = new Set<string>([id]);
  const visit = (c: C | undefined) => {
    for (const next of c?.successors ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      const s = byId.get(next);
      if (!s) continue;
      if ((s.status ?? 'current') === 'current') out.push(s);
      else visit(s);
    }
  };
  const start = byId.get(id);
  if (start && (start.status ?? 'current') !== 'current') visit(start);
  return out;
}

/**
 * The one rule for "held": a reader holds a certificate when they named it, when it is a
 * prerequisite of one they hold (a P3O Practitioner has passed P3O Foundation), or when one
 * they hold replaced it (an Essentials holder is not missing the legacy PPSO). A bare family
 * ("PRINCE2") is met by any certificate of that family held.
 */
export function heldRule(heldIds: Iterable<string>, catalog: readonly Lineage[]): (cert: { id: string; family: string }) => boolean {
  const stack = [...heldIds];
  if (!stack.length) return () => false;
  const byId = new Map(catalog.map((c) => [c.id, c]));
  const held = new Set<string>();
  while (stack.length) {
    const id = stack.pop()!;
    if (held.has(id)) continue;
    held.add(id);
    for (const p of byId.get(id)?.prerequisites ?? []) stack.push(p);
    for (const c of catalog) if (c.successors.includes(id)) stack.push(c.id);
  }
  const families = new Set([...held].map((id) => byId.get(id)?.family).filter((f): f is string => !!f));
  return (cert) => held.has(cert.id) || (cert.id === cert.family && families.has(cert.family));
}
