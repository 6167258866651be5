/**
 * What a meeting page itself publishes as decided, on the real Kingston meeting page: each item's
 * resolution, ModernGov's "Recorded Vote" tables and the link to how each councillor voted, the
 * declarations its minutes record, and the comparison that uses the page's resolution when no
 * minutes document was read.
 */
import { describe, expect, it } from 'vitest';
import { extractModernGovMeeting } from '../../../lib/page/kinds/meeting/moderngov';
import { decidedItems, fullResolutionOf } from '../../../lib/page/decided';
import { declarationsOnPage } from '../../../lib/sidebar/attendees';
import { combineMeeting } from '../../../lib/display/from-document';
import { summariseDocument } from '../../../lib/pdf/summarise';
import { inlineText } from '../../../lib/display/model';
import { ENGLISH } from '../../../lib/shared/i18n';
import type { Meeting } from '../../../lib/page/kinds';
import { fixtureDocument } from '../../support/fixtures';

const url = 'https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221';
const kingston = (): Meeting => {
  const result = extractModernGovMeeting(new URL(url), fixtureDocument('moderngov-kingston-meeting-CId711-MId10221.html'));
  if (!result.ok) throw new Error('expected the meeting');
  return result.data;
};

describe('decided at the meeting, from the meeting page', () => {
  it('lists the items that resolved something or had a recorded vote, with the council’s vote pages', () => {
    const items = decidedItems(kingston());
    expect(items.map((item) => item.number)).toEqual(['59', '60', '63']);
    expect(items[1]).toMatchObject({
      title: 'Coombe Lane West Zebra Crossing - Local Consultation Results',
      resolution: 'RESOLVED that the decision on the implementation of the scheme as shown in Annex 1 be deferred to the Committee meeting in March 2026.',
      recordedVotes: [{ title: 'Deferral: Coombe Lane West Zebra Crossing', type: 'Amendment', result: 'Carried' }],
      recordedVotesUrl: 'https://moderngov.kingston.gov.uk/mgListRecordedVotesShort.aspx?AIID=51903&MID=10221',
    });
    expect(items[2]?.resolution).toMatch(/^RESOLVED that:\n\n1\. the redistribution of any remaining Councillor Ward Funding/);
  });

  it('reads the declarations item’s minutes: Councillor Bass, on agenda item 9', () => {
    expect(declarationsOnPage(kingston()).map(({ who, item }) => ({ who, item }))).toEqual([{ who: ['Bass'], item: '9' }]);
  });

  it('compares a report’s recommendation with the resolution the page publishes, cited to the item on the page', () => {
    const meeting = kingston();
    const report = summariseDocument([
      { page: 3, lines: ['Recommendations', '1. That the Committee approves the implementation of a zebra crossing on Coombe Lane West.'] },
    ]);
    const display = combineMeeting(
      [{ title: 'Consultation results', url: 'https://moderngov.kingston.gov.uk/documents/s112215/report.pdf', summary: report, itemNumber: '60' }],
      meeting.agendaItems.map((item) => ({
        ...(item.number ? { number: item.number } : {}),
        title: item.title,
        ...(fullResolutionOf(item) ? { resolved: fullResolutionOf(item)! } : {}),
        ...(item.anchor ? { anchor: item.anchor } : {}),
      })),
      ENGLISH.t,
      undefined,
      url,
    );
    const paragraphs = display.blocks.flatMap((block) => (block.t === 'p' ? [inlineText(block.c)] : []));
    expect(paragraphs).toContain('Outcome: Deferred');
    expect(display.footnotes.map((note) => note.href)).toContain(`${url}#AI51903`);
  });
});
