import { describe, expect, it } from 'vitest';
import { PLATFORM_DETECTION, detectPage, detectorsMatchingUrl } from '../../../lib/page/platforms';
import { fixtureDocument } from '../../support/fixtures';

/** URLs on portal hosts that are not pages Council Lens reads. */
const NOT_DETECTED = [
  'https://moderngov.kingston.gov.uk/',
  'https://moderngov.kingston.gov.uk/mgListCommittees.aspx?bcr=1',
  'https://moderngov.kingston.gov.uk/ieListMeetings.aspx?CId=686&info=1&MD=Constitution',
  'https://moderngov.kingston.gov.uk/ieDocHome.aspx?bcr=1',
  'https://moderngov.kingston.gov.uk/mgWhatsNew.aspx?bcr=1',
  'https://moderngov.kingston.gov.uk/mgEPetitionListDisplay.aspx?bcr=1',
  'https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711',
  'https://moderngov.kingston.gov.uk/documents/s112217/Petition%20TMO%20Manorgate%20Rd%20Report.pdf',
  'https://moderngov.kingston.gov.uk/mgLocationDetails.aspx?RID=1',
  'https://moderngov.kingston.gov.uk/mgUserInfo.aspx',
  'https://democracy.manchester.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=4967',
  'https://www.kingston.gov.uk/council-and-democracy',
  'https://birmingham.cmis.uk.com/birmingham/Document.ashx?czJKcaeAi5tUFL1DTL2UE4sOqCLHzE2A',
  'https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/MeetingVenueDetails/mid/397/VenueID/13/Default.aspx',
  'https://birmingham.cmis.uk.com/birmingham/Home.aspx',
];

const detectors = PLATFORM_DETECTION.flatMap((platform) => platform.detectors.map((detector) => ({ platform: platform.id, detector })));

describe('page detectors', () => {
  it('every detector lists at least two real URLs', () => {
    for (const { platform, detector } of detectors) {
      expect(detector.examples.length, `${platform}/${detector.kind}: add real example URLs beside the detector`).toBeGreaterThanOrEqual(2);
    }
  });

  for (const { platform, detector } of detectors) {
    for (const example of detector.examples) {
      it(`${platform}/${detector.kind} matches ${example} and no other detector does`, () => {
        const matches = detectorsMatchingUrl(new URL(example)).map((match) => `${match.platform.id}/${match.detector.kind}`);
        expect(
          matches,
          `Expected only ${platform}/${detector.kind} to match ${example}. ` +
            (matches.length === 0
              ? `None did: widen ${platform}/${detector.kind}.matchesUrl, or remove the example if it is not that kind of page.`
              : `Also matched: ${matches.filter((match) => match !== `${platform}/${detector.kind}`).join(', ')}. Narrow those detectors' URL shapes so the kinds do not overlap.`),
        ).toEqual([`${platform}/${detector.kind}`]);
      });
    }
  }

  for (const url of NOT_DETECTED) {
    it(`no detector matches ${url}`, () => {
      const matches = detectorsMatchingUrl(new URL(url)).map((match) => `${match.platform.id}/${match.detector.kind}`);
      expect(matches, `${url} is not a page Council Lens reads, but ${matches.join(', ')} matched it: narrow that detector.`).toEqual([]);
    });
  }

  it('does not trust the host name: a meeting URL without the ModernGov markup is not detected', () => {
    const url = new URL('https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=1&MId=2');
    const plain = new DOMParser().parseFromString('<html><body><h1>Maintenance</h1></body></html>', 'text/html');
    expect(detectPage(url, plain)).toBeNull();
    expect(detectPage(url, fixtureDocument('moderngov-kingston-meeting-CId711-MId10221.html'))).toEqual({ platform: 'moderngov', kind: 'meeting' });
  });

  it('does not take ModernGov markup for CMIS or the other way round', () => {
    const cmisUrl = new URL('https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15028/Committee/6/Default.aspx');
    expect(detectPage(cmisUrl, fixtureDocument('moderngov-kingston-meeting-CId711-MId10221.html'))).toBeNull();
    expect(detectPage(cmisUrl, fixtureDocument('cmis-excerpt-meeting-summary.html'))).toEqual({ platform: 'cmis', kind: 'meeting' });
  });
});
