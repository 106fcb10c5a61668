/** The largest CV file read: far beyond any CV, short of freezing the page. */
export const MAX_CV_FILE_BYTES = 15 * 1024 * 1024;

/**
 * The text of a CV file the reader opened, read in this page: .txt as it is, .docx unzipped,
 * .pdf through pdf.js. The readers load only when a file of their kind is opened.
 */
export async function readCvFile(file: File): Promise<string> {
  const name = file.name.toLowerCase();
  if (file.size > MAX_CV_FILE_BYTES) throw new Error(`${file.name} is larger than any CV (over ${MAX_CV_FILE_BYTES / 1024 / 1024} MB).`);
  if (name.endsWith('.txt')) return file.text();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (name.endsWith('.docx')) return (await import('./docx')).docxText(bytes);
  if (name.endsWith('.pdf')) return (await import('./pdf-text')).pdfText(bytes);
  throw new Error('Open a .txt, .docx or .pdf file.');
}
