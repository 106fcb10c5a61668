/**
 * The text of a saved file, decoded the way a browser would: a byte-order mark first, then (for a
 * page) the encoding its <meta charset> or http-equiv Content-Type declares, else UTF-8. Browsers
 * treat latin1 and ascii labels as windows-1252, and TextDecoder does the same.
 */
export interface Decoded {
  text: string;
  /** The encoding used, as TextDecoder names it. */
  encoding: string;
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The encoding label a page declares in its first 4 KB (where the HTML standard looks), or null. */
export function declaredCharset(head: string): string | null {
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct && !/\bcontent\s*=/i.test(tag)) return direct[1]!;
    if (/http-equiv\s*=\s*["']?\s*content-type/i.test(tag)) {
      const c = /\bcontent\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i.exec(tag)?.[1];
      const label = c && /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(c)?.[1];
      if (label) return label;
    }
  }
  return null;
}

// Bytes 0x80-0x9F of windows-1252. Some Node versions decode that label as ISO-8859-1, which turns
// "’" and "€" into control characters, so these are mapped here.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const fixCp1252 = (s: string) => s.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);

function decoder(label: string): TextDecoder | null {
  try {
    const d = new TextDecoder(label.trim().toLowerCase());
    // A page cannot really be UTF-16 once its bytes were read as ASCII to find the label.
    return /^utf-16/.test(d.encoding) ? new TextDecoder('utf-8') : d;
  } catch {
    return null;
  }
}

export function decodeBytes(bytes: Uint8Array, isPage: boolean): Decoded {
  for (const [bom, enc] of BOMS)
    if (bom.every((b, i) => bytes[i] === b)) return { text: new TextDecoder(enc).decode(bytes.subarray(bom.length)), encoding: enc };
  const label = isPage ? declaredCharset(new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096))) : null;
  const d = (label && decoder(label)) || new TextDecoder('utf-8');
  const text = d.decode(bytes);
  return { text: d.encoding === 'windows-1252' ? fixCp1252(text) : text, encoding: d.encoding };
}
