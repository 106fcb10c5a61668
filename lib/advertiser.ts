import type { Posting } from './posting';

/** The advertiser as the popup shows it: "Acme", "via Hays (agency)", "Acme · via Hays (agency)". */
export function advertiserLine(p: Pick<Posting, 'company' | 'agency'>): string {
  const company = p.company?.trim() ?? '';
  if (!p.agency) return company;
  const agency = p.agency.name?.trim();
  const via = agency ? `via ${agency} (agency)` : 'via a recruitment agency';
  return company && (!agency || company.toLowerCase() !== agency.toLowerCase()) ? `${company} · ${via}` : via;
}
