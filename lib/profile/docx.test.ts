import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxText } from './docx';

/** A Word document as Word writes it: the text in word/document.xml, in runs inside paragraphs. */
export function makeDocx(paragraphs: string[][]): Uint8Array {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paragraphs.map((runs) => `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>${runs.map((r) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(r)}</w:t></w:r>`).join('')}</w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  });
}

describe('reading a .docx CV', () => {
  it('gives one line per paragraph, runs joined, entities decoded', () => {
    const bytes = makeDocx([['Alex ', 'Example'], ['Certifications'], ['PRINCE2 Practitioner & P3O Foundation'], ['R&D <reporting>']]);
    expect(docxText(bytes)).toBe('Alex Example\nCertifications\nPRINCE2 Practitioner & P3O Foundation\nR&D <reporting>');
  });

  it('refuses a file that is not a Word document with a plain message', () => {
    expect(() => docxText(strToU8('just some text'))).toThrow('not a Word (.docx) document');
    expect(() => docxText(zipSync({ 'notes.txt': strToU8('hello') }))).toThrow('not a Word (.docx) document');
  });
});
