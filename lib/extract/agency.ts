import type { Posting } from '../posting';
import { lineOf, qsa } from './dom-text';
import { norm, short } from './text';

type Agency = NonNullable<Posting['agency']>;

/**
 * Labels boards put by an advertiser that is a recruitment agency. A bare "Recruiter" is left out
 * (several boards label every advertiser so, employers too), and so is a bare "Agency" outside a
 * "Posted by" line (government boards use it for the public body that is hiring).
 */
const AGENCY_LABEL =
  /^(?:agency recruiter|recruitment (?:agency|consultancy|company|firm|business)|(?:employment|staffing) (?:agency|business|firm)|personalvermittlung|personaldienstleister)$/i;
/** In a "Posted by" line, a bare "Agency" badge is unambiguous. */
const POSTED_BY = /^(?:posted|advertised|listed)\s+(?:\S+\s+){0,4}?by\s+/i;

/**
 * An advert in the agency's voice about the employer it recruits for: "our client, a ...",
 * "on behalf of our client", "my client is seeking". A consultancy's "our clients" does not count.
 */
const CLIENT_VOICE = /\bon behalf of (?:our|my) client\b(?!s|'s|’s)|\b(?:our|my) client(?:,| (?:is|are|has|have|who|seeks?|requires?|needs?|wants?|based|within)\b)/i;
/** The UK agencies' disclaimer, naming the agency: "Acme Recruitment is acting as an Employment Agency". */
const ACTING_AS = /\b((?:[A-Z&][\w&'’.-]*[ \t]+){0,5}[A-Z][\w&'’.-]*)\s+(?:is\s+acting|acts)\s+as\s+an?\s+[Ee]mployment\s+(?:[Aa]gency|[Bb]usiness)\b/;

const labelText = (el: Element) => (el.textContent ?? '').trim().replace(/^[([]\s*|\s*[)\]:]$/g, '').trim();

/**
 * A recruiter label on the page: "Recruiter: Hays" (the value follows the label), or a badge beside
 * the advertiser's name ("Hays  Recruiter", "Posted by Hays (Agency)"), giving the name it sits by.
 */
function labelledAgency(doc: Document, company: string | null): Agency | null {
  for (const el of qsa(doc.body ?? doc, 'span,small,em,strong,b,abbr,label,dt,th,div,p,li,dd').slice(0, 20_000)) {
    const own = (el.textContent ?? '').trim();
    if (el.children.length || own.length > 40) continue;
    const label = labelText(el);
    const agencyWord = /^agency$/i.test(label);
    if (!AGENCY_LABEL.test(label) && !agencyWord) continue;
    if (!agencyWord && (/:$/.test(own) || /^(dt|th|label)$/i.test(el.tagName))) {
      const value = lineOf(el.nextElementSibling);
      if (value) return { name: short(value, 120) };
    }
    // The short line around the badge names the advertiser.
    for (let p = el.parentElement, i = 0; p && i < 3; p = p.parentElement, i++) {
      const line = lineOf(p) ?? '';
      if (line.length > 160) break;
      const rest = line.replace(own, ' ').replace(/[()[\]]/g, ' ').trim();
      if (!rest) continue;
      const postedBy = POSTED_BY.test(rest);
      if (agencyWord && !postedBy) break;
      if (company && norm(rest).includes(norm(company))) return { name: company };
      const name = short(rest.replace(POSTED_BY, '').replace(/^[\s:·|,–-]+|[\s:·|,–-]+$/g, ''), 80);
      if (name && (postedBy || i === 0)) return { name };
    }
  }
  return null;
}

/**
 * The recruitment agency behind the advert, when the page says the advertiser is one: a
 * "Recruiter: Name" pair, a recruiter or agency badge by the advertiser's name, the agencies'
 * "acting as an employment agency" line, or an advert in an agency's voice ("our client") whose
 * advertiser the page names. Null when nothing says so.
 */
export function agencyFromPage(doc: Document, company: string | null, text: string): Agency | null {
  const marked = labelledAgency(doc, company);
  if (marked) return marked;
  const acting = ACTING_AS.exec(text)?.[1]?.trim();
  if (acting && !/^(?:we|they|it|this|the company)$/i.test(acting)) return { name: short(acting, 120) };
  if (CLIENT_VOICE.test(text.slice(0, 3000))) return { name: company };
  return null;
}
