import { describe, expect, it } from 'vitest';
import { domText } from './dom-text';
import { PARSERS } from '../../tests/extract/helpers';

describe.each(PARSERS)('advert text from the DOM (%s)', (_n, parse) => {
  it('a list item whose text sits in a nested paragraph keeps its bullet, also when the markup is indented', () => {
    const doc = parse(`<html><body><div id="d"><p>What you will do:</p>
 <ul>
  <li>
   <p><b> Own the RAID log: </b>chase owners for updates every fortnight.</p>
  </li>
  <li><p>Prepare the monthly portfolio dashboard.</p></li>
  <li>
   Run the stage-gate calendar.
  </li>
 </ul></div></body></html>`);
    expect(domText(doc.getElementById('d')).text.split('\n')).toEqual([
      'What you will do:',
      '• Own the RAID log: chase owners for updates every fortnight.',
      '• Prepare the monthly portfolio dashboard.',
      '• Run the stage-gate calendar.',
    ]);
  });
});
