import { describe, expect, it } from 'vitest';
import { detectPage, extractPage } from '../../../lib/page/platforms';
import { validated } from '../../../lib/page/platforms/shared';
import { Meeting } from '../../../lib/page/kinds';
import { fixtureDocument } from '../../support/fixtures';

/** A council template's odd field costs only itself: the page is still read, and the sidebar says once that something was left out. */
describe('a page with a bad field', () => {
  const url = new URL('https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221');
  const document = fixtureDocument('moderngov-kingston-meeting-CId711-MId10221.html');
  const read = extractPage(detectPage(url, document)!, url, document);
  if (!read.ok || read.data.kind !== 'meeting') throw new Error('expected the Kingston meeting');
  const meeting = read.data;

  it('drops a bad list entry and a bad optional field, keeps the rest, and counts what it left out', () => {
    expect(read.omitted).toBeUndefined();
    const [first, ...others] = meeting.documents;
    const candidate = { ...meeting, documents: [{ ...first, url: 'javascript:alert(1)' }, ...others], venue: 42 };
    const result = validated(Meeting, candidate, 'meeting');
    expect(result).toMatchObject({ ok: true, omitted: 2 });
    if (!result.ok) throw new Error('expected the meeting');
    expect(result.data.documents).toEqual(others);
    expect(result.data.agendaItems).toEqual(meeting.agendaItems);
    expect(result.data).not.toHaveProperty('venue');
  });

  it('still refuses a page whose required fields are wrong, saying which', () => {
    expect(validated(Meeting, { ...meeting, committee: { name: '' } }, 'meeting')).toMatchObject({
      ok: false,
      code: 'page_unreadable',
      detail: expect.stringContaining('committee'),
    });
  });
});
