import { roleFromText } from '../../people';
import { cmisMeetingLinks, pathNumber, unreadable } from '../../platforms/cmis/markup';
import { compact, validated } from '../../platforms/shared';
import type { ExtractResult } from '../../platforms/types';
import { absoluteHttpUrl, cleanText } from '../../text';
import { Committee, type CommitteeMember } from './model';

export function extractCmisCommittee(url: URL, document: Document): ExtractResult<Committee> {
  const name = cleanText(document.querySelector('.CMIS_ModuleWrapper h1, [class*="ModCMIS"] h1, h1')?.textContent);
  if (!name) return unreadable('committee');
  const members: CommitteeMember[] = [];
  for (const block of Array.from(document.querySelectorAll('.PE_People_PersonBlock'))) {
    const link = block.querySelector('a.NameLink, a[href]');
    const memberName = cleanText(link?.textContent);
    if (!memberName) continue;
    const roleText = cleanText(block.querySelector('.Role, .PE_People_Role')?.textContent) || undefined;
    const ward = /(?:Ward|Division):\s*(.+)/i.exec(cleanText(block.querySelector('.Ward, .Division, .PE_People_Ward')?.textContent ?? ''))?.[1];
    const partyImage = block.querySelector('img[title$="(logo)" i]');
    members.push(
      compact({
        name: memberName,
        role: roleText ? roleFromText(roleText) : 'member',
        roleText,
        ward,
        party: cleanText(partyImage?.getAttribute('title')).replace(/\s*\(logo\)$/i, '') || undefined,
        photoUrl: absoluteHttpUrl(block.querySelector('img:not([title$="(logo)" i])')?.getAttribute('src'), url.href),
        profileUrl: absoluteHttpUrl(link?.getAttribute('href'), url.href),
      }),
    );
  }
  const purpose = cleanText(document.querySelector('.Purpose, .CommitteePurpose, .TermsOfReference')?.textContent) || undefined;
  // CMIS has no web service: the committee's page is its index of meetings, which a follow reads.
  const committeeId = /\/id\/(\d+)/i.exec(url.pathname)?.[1];
  // A meeting's address names its committee (`…/Meeting/15028/Committee/4/…`): another committee's meeting shown on the page
  // (a "forthcoming meetings" box) is not this committee's.
  const meetings = cmisMeetingLinks(url, document.querySelector('#dnn_ContentPane, .CMIS_ModuleWrapper') ?? document, name)
    .filter((meeting) => {
      const ofCommittee = pathNumber(new URL(meeting.url), 'Committee');
      return !ofCommittee || !committeeId || ofCommittee === committeeId;
    })
    .slice(0, 200);
  return validated(
    Committee,
    compact({
      kind: 'committee' as const,
      platform: 'cmis' as const,
      url: url.href,
      committeeId,
      name,
      purpose,
      members,
      ...(meetings.length ? { meetings } : {}),
    }),
    'committee',
  );
}
