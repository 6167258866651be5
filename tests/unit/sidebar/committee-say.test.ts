/**
 * A committee page's rules for the public, applied to its next meetings: the page's own section
 * read, the council's real GetMeetings answer (Gloucester's Cabinet, which ignores the date
 * range) asked once and only when the page states a rule, and the deadlines computed per meeting.
 */
import { describe, expect, it, vi } from 'vitest';
import { extractModernGovCommittee } from '../../../lib/page/kinds/committee/moderngov';
import { extractCmisCommittee } from '../../../lib/page/kinds/committee/cmis';
import { committeeMeetingDates } from '../../../lib/sidebar/committee';
import { committeeSayDeadlines } from '../../../lib/page/have-your-say';
import type { Committee } from '../../../lib/page/kinds';
import { fixtureDocument, fixtureText } from '../../support/fixtures';

const page = `<html><body><div id="modgov"><h2 class="mgSubTitleTxt">Cabinet</h2>
<h3>Purpose of committee</h3><div class="mgWordPara"><p>The Cabinet makes the council's executive decisions.</p></div>
<h3>Public participation</h3><div class="mgWordPara"><p>Members of the public may ask a question at meetings of the Cabinet.</p>
<p>Questions must be received by Democratic Services no later than 12 noon, three clear working days before the meeting.</p></div>
<h3>Membership</h3><ul class="mgBulletList"><li><a href="mgUserInfo.aspx?UID=1">Councillor Jane Doe</a> (Chair)</li></ul>
</div></body></html>`;

const committeeOf = (html: string, url = 'https://democracy.gloucester.gov.uk/mgCommitteeDetails.aspx?ID=129'): Committee => {
  const result = extractModernGovCommittee(new URL(url), new DOMParser().parseFromString(html, 'text/html'));
  if (!result.ok) throw new Error('expected a committee');
  return result.data;
};

describe('a committee page’s deadlines for the public', () => {
  it('reads the page’s "Public participation" section', () => {
    expect(committeeOf(page).participation).toMatch(/no later than 12 noon, three clear working days before the meeting\.$/);
  });

  it('asks the council’s web service for the next meetings once, filters the dates itself, and computes each deadline', async () => {
    const fetchPortalText = vi.fn(async () => ({
      ok: true as const,
      text: fixtureText('gloucester-webservice-GetMeetings-cabinet.xml'),
      contentType: 'text/xml',
      fetchedAt: 0,
      fromCache: false,
    }));
    const portal = { fetchPortalText, parse: (text: string, type: DOMParserSupportedType) => new DOMParser().parseFromString(text, type) };
    const dates = await committeeMeetingDates(committeeOf(page), portal, new Date('2025-10-20T09:00:00Z'));
    expect(dates).toEqual(['2025-11-12', '2025-11-21', '2025-12-10']);
    expect(fetchPortalText).toHaveBeenCalledTimes(1);
    expect(fetchPortalText.mock.calls[0]).toEqual([
      {
        url: 'https://democracy.gloucester.gov.uk/mgWebService.asmx/GetMeetings?lCommitteeId=129&sFromDate=20/10/2025&sToDate=18/04/2026',
        purpose: 'webService',
      },
    ]);
    const [first] = committeeSayDeadlines(committeeOf(page).participation!, dates, '2025-10-20T10:00');
    // Wednesday 12 November: three clear working days leave Fri, Mon and Tue whole, so noon on Thursday 6 November.
    expect(first).toMatchObject({
      meetingDate: '2025-11-12',
      deadlines: [{ kinds: ['question'], deadline: { date: '2025-11-06', hour: 12, minute: 0 }, passed: false }],
    });
  });

  it('asks nothing when the page states no rule (the real Kingston committee page)', async () => {
    const kingston = extractModernGovCommittee(
      new URL('https://kingston.moderngov.co.uk/mgCommitteeDetails.aspx?ID=711'),
      fixtureDocument('moderngov-kingston-committee-ID711.html'),
    );
    if (!kingston.ok) throw new Error('expected the committee');
    const fetchPortalText = vi.fn();
    expect(await committeeMeetingDates(kingston.data, { fetchPortalText, parse: () => new Document() })).toEqual([]);
    expect(fetchPortalText).not.toHaveBeenCalled();
  });

  it('a CMIS committee page that lists its meetings gives their dates itself: nothing is asked, cancelled ones are left out', async () => {
    const html = fixtureText('handmade-cmis-committee.html').replace(
      'under the scheme of delegation.</p>',
      'under the scheme of delegation.</p><p>Requests to speak must be received by 12 noon, two clear working days before the meeting.</p>',
    );
    const cmis = extractCmisCommittee(
      new URL('https://birmingham.cmis.uk.com/birmingham/Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/383/id/4/Default.aspx'),
      new DOMParser().parseFromString(html, 'text/html'),
    );
    if (!cmis.ok) throw new Error('expected the committee');
    const fetchPortalText = vi.fn();
    // 24 September is cancelled; 10 September has passed.
    expect(await committeeMeetingDates(cmis.data, { fetchPortalText, parse: () => new Document() }, new Date('2026-09-01T09:00:00Z'))).toEqual([
      '2026-09-10',
      '2026-10-15',
    ]);
    expect(await committeeMeetingDates(cmis.data, { fetchPortalText, parse: () => new Document() }, new Date('2026-09-11T09:00:00Z'))).toEqual(['2026-10-15']);
    expect(fetchPortalText).not.toHaveBeenCalled();
  });
});
