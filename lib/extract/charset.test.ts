import { describe, expect, it } from 'vitest';
import { decodeBytes, declaredCharset } from './charset';

// "£" and "’" in windows-1252 are the single bytes 0xA3 and 0x92.
const cp1252 = (head: string) =>
  Buffer.concat([Buffer.from(`${head}<body><p>Salary `, 'latin1'), Buffer.from([0xa3]), Buffer.from('45,000. You', 'latin1'), Buffer.from([0x92]), Buffer.from('ll lead the PMO.</p></body>', 'latin1')]);

describe('decoding a saved page', () => {
  it('honours <meta charset>', () => {
    const r = decodeBytes(cp1252('<html><head><meta charset="windows-1252"><title>x</title></head>'), true);
    expect(r.text).toContain('Salary £45,000. You’ll lead the PMO.');
  });

  it('honours the http-equiv Content-Type of older pages, and latin1 reads as windows-1252 as in browsers', () => {
    const r = decodeBytes(cp1252('<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1"></head>'), true);
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toContain('£45,000. You’ll');
  });

  it('a byte-order mark wins over the declaration', () => {
    const body = Buffer.from('<meta charset="windows-1252"><p>£45,000 – you’ll</p>', 'utf8');
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]), true).text).toBe('<meta charset="windows-1252"><p>£45,000 – you’ll</p>');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>£45,000</p>', 'utf16le')]);
    expect(decodeBytes(le, true).text).toBe('<p>£45,000</p>');
  });

  it('without a declaration, or with an unknown label, it is UTF-8', () => {
    const utf8 = Buffer.from('<p>£45,000 – you’ll</p>', 'utf8');
    expect(decodeBytes(utf8, true).text).toBe('<p>£45,000 – you’ll</p>');
    expect(decodeBytes(Buffer.concat([Buffer.from('<meta charset="no-such-thing">'), utf8]), true).encoding).toBe('utf-8');
    // Plain text files do not look for markup.
    expect(decodeBytes(Buffer.from('<meta charset="windows-1252"> £', 'utf8'), false).text).toBe('<meta charset="windows-1252"> £');
  });

  it('reads the label from either form of meta tag only', () => {
    expect(declaredCharset('<meta charset=Shift_JIS>')).toBe('Shift_JIS');
    expect(declaredCharset('<meta http-equiv="content-type" content="text/html;charset=koi8-r">')).toBe('koi8-r');
    expect(declaredCharset('<meta name="description" content="charset=koi8-r is not a declaration">')).toBeNull();
    expect(declaredCharset('<p>no meta</p>')).toBeNull();
  });
});
