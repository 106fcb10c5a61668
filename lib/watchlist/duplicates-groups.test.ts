import { describe, expect, it } from 'vitest';
import { alsoOn, groupFor, sourceLabel } from './duplicates-groups';

const entry = (id: string, source: string, url: string | null, group?: string | null) => ({ id, group, source, url });

describe('linked postings', () => {
  it('names boards by name, careers sites by host and pasted text as such', () => {
    expect(sourceLabel({ source: 'reed', url: 'https://www.reed.co.uk/jobs/1' })).toBe('Reed');
    expect(sourceLabel({ source: 'jsonld', url: 'https://www.careers.example.org/job/7' })).toBe('careers.example.org');
    expect(sourceLabel({ source: 'text', url: null })).toBe('pasted text');
  });

  it('a job joins the group of the job it is linked to, or starts one named after it', () => {
    expect(groupFor({ id: 'reed:1', group: undefined })).toBe('reed:1');
    expect(groupFor({ id: 'reed:1', group: 'linkedin:9' })).toBe('linkedin:9');
  });

  it('lists where the other postings of each linked job were saved; unlinked and lone jobs get nothing', () => {
    const rows = [
      entry('reed:1', 'reed', 'https://www.reed.co.uk/jobs/1', 'reed:1'),
      entry('linkedin:2', 'linkedin', 'https://www.linkedin.com/jobs/view/2', 'reed:1'),
      entry('agency', 'jsonld', 'https://jobs.harlow.example/pmo', 'reed:1'),
      entry('reed:3', 'reed', null, 'reed:3'),
      entry('reed:4', 'reed', null),
    ];
    const map = alsoOn(rows);
    expect(map.get('reed:1')).toBe('jobs.harlow.example, LinkedIn');
    expect(map.get('linkedin:2')).toBe('jobs.harlow.example, Reed');
    expect(map.has('reed:3')).toBe(false);
    expect(map.has('reed:4')).toBe(false);
  });
});
