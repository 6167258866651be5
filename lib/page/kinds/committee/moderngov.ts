import { roleFromText } from '../../people';
import { modgovRoot, paragraphs, sectionText, unreadable } from '../../platforms/moderngov/markup';
import { compact, validated } from '../../platforms/shared';
import type { ExtractResult } from '../../platforms/types';
import { absoluteHttpUrl, cleanText, queryParam, visibleText } from '../../text';
import { Committee, type CommitteeMember } from './model';

function followingBlock(heading: Element, selector: string): Element | undefined {
  let next = heading.nextElementSibling;
  while (next && !/^H[1-6]$/.test(next.tagName)) {
    if (next.matches(selector)) return next;
    next = next.nextElementSibling;
  }
  return undefined;
}

/** Extracts `mgCommitteeDetails.aspx?ID=`: purpose and membership with "(Chair)" style roles. */
export function extractModernGovCommittee(url: URL, document: Document): ExtractResult<Committee> {
  const root = modgovRoot(document);
  const name = visibleText(root.querySelector('h2.mgSubTitleTxt'));
  if (!name) return unreadable('committee');
  const headings = Array.from(root.querySelectorAll('h2, h3'));
  const purposeHeading = headings.find((heading) => /purpose|terms of reference|remit/i.test(heading.textContent ?? ''));
  const purposeBlock = purposeHeading ? followingBlock(purposeHeading, '.mgWordPara, p, div') : undefined;
  const membershipHeading = headings.find((heading) => /membership|members/i.test(heading.textContent ?? ''));
  const memberItems = membershipHeading
    ? Array.from(followingBlock(membershipHeading, 'ul, table')?.querySelectorAll('li, tr') ?? [])
    : Array.from(root.querySelectorAll('ul.mgBulletList li')).filter((item) => item.querySelector('a[href*="mgUserInfo" i]'));

  const members: CommitteeMember[] = [];
  for (const item of memberItems) {
    const link = item.querySelector('a[href*="mgUserInfo" i]') ?? item.querySelector('a[href]');
    const text = cleanText(item.textContent);
    const name = cleanText(link?.textContent) || text.replace(/\(.*$/, '').trim();
    if (!name) continue;
    const roleText = /\(([^)]+)\)/.exec(text)?.[1]?.trim();
    members.push(
      compact({
        name,
        role: roleText ? roleFromText(roleText) : 'member',
        roleText,
        profileUrl: absoluteHttpUrl(link?.getAttribute('href'), url.href),
        photoUrl: absoluteHttpUrl(item.querySelector('img')?.getAttribute('src'), url.href),
      }),
    );
  }
  const meetingsLink = root.querySelector('a[href*="ieListMeetings.aspx" i]');
  // Councils put their rules for the public under a heading of their own ("Public participation", "Have your say").
  const participation = headings
    .filter((heading) =>
      /public\s+(?:participation|questions?|speaking|forum|involvement)|have\s+your\s+say|speaking\s+at|petitions?|deputations?/i.test(
        heading.textContent ?? '',
      ),
    )
    .map((heading) => sectionText(heading) ?? '')
    .filter(Boolean)
    .join('\n\n')
    .slice(0, 5_000);
  return validated(
    Committee,
    compact({
      kind: 'committee' as const,
      platform: 'moderngov' as const,
      url: url.href,
      committeeId: queryParam(url, 'ID'),
      name,
      purpose: purposeBlock ? paragraphs(purposeBlock) : undefined,
      participation: participation || undefined,
      members,
      meetingsUrl: absoluteHttpUrl(meetingsLink?.getAttribute('href'), url.href),
    }),
    'committee',
  );
}
