import { z } from 'zod';

/** What found the advert: a board adapter id, or one of the generic readers. */
export const PostingSource = z.string().min(1).max(40);

export const PostingSchema = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  url: z.string().nullable(),
  source: PostingSource,
  /** The advert as plain text; bullets and headings kept as their own lines. */
  text: z.string(),
  jobId: z.string().nullable().optional(),
  datePosted: z.string().nullable().optional(),
  closingDate: z.string().nullable().optional(),
  salary: z.string().nullable().optional(),
  employmentType: z.string().nullable().optional(),
  /** Set when the page was larger than the extractor reads; the popup says so. */
  truncated: z.boolean().optional(),
  /**
   * Set when the board or the advert says the advertiser is a recruitment agency (a recruiter or
   * agency label by the advertiser's name, a JSON-LD EmploymentAgency, "our client" in the text of
   * an advert whose advertiser is named). `name` is the agency, null when the page does not name
   * it. `company` keeps what the page names as the employer or advertiser, so when the agency is
   * the only advertiser named, both hold its name. Absent on adverts read before it existed.
   */
  agency: z.object({ name: z.string().nullable() }).nullable().optional(),
});
export type Posting = z.infer<typeof PostingSchema>;

/** The advertiser as the popup shows it: "Acme", "via Hays (agency)", "Acme · via Hays (agency)". */
export function advertiserLine(p: Pick<Posting, 'company' | 'agency'>): string {
  const company = p.company?.trim() ?? '';
  if (!p.agency) return company;
  const agency = p.agency.name?.trim();
  const via = agency ? `via ${agency} (agency)` : 'via a recruitment agency';
  return company && (!agency || company.toLowerCase() !== agency.toLowerCase()) ? `${company} · ${via}` : via;
}

export function postingFromText(text: string, source: 'text' | 'selection' = 'text'): Posting {
  const firstLine = text.trim().split(/\r?\n/, 1)[0]?.trim() ?? '';
  return {
    title: firstLine && firstLine.length <= 120 ? firstLine : null,
    company: null,
    location: null,
    url: null,
    source,
    text,
  };
}
