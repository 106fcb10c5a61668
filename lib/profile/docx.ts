import { strFromU8, unzipSync } from 'fflate';

/** The most a .docx may hold unzipped: a CV's text is a few hundred kilobytes at most. */
const MAX_XML_BYTES = 20 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? ''),
  );

/**
 * The text of a Word document: word/document.xml unzipped, one line per paragraph, tabs and
 * line breaks kept. Throws a plain message when the file is not a Word document.
 */
export function docxText(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' && f.originalSize <= MAX_XML_BYTES });
  } catch {
    throw new Error('This file is not a Word (.docx) document.');
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('This file is not a Word (.docx) document, or its text is too large to read.');
  const doc = strFromU8(xml);
  const paragraphs = doc.split(/<\/w:p>/);
  return paragraphs
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)]
        .map((m) => (m[2] === 'tab' ? '\t' : m[2] ? '\n' : decode(m[1] ?? '')))
        .join(''),
    )
    .filter((line) => line.trim())
    .join('\n');
}
