import type { CouncilDocument } from '../../model';
import { isDocumentHref, readDocumentLink, uniqueByUrl } from '../../platforms/moderngov/documents';
import { isoDateOf, labelHolder, labelledValue, modgovRoot, pageTitle, sectionText, unreadable, yesNo } from '../../platforms/moderngov/markup';
import { compact, validated } from '../../platforms/shared';
import type { ExtractResult } from '../../platforms/types';
import { absoluteHttpUrl, cleanText, queryParam, visibleText } from '../../text';
import { Decision } from './model';

/** Officers' section headings vary ("Reasons for the decision", "Reason for Decision(s)"...). */
const SECTIONS: readonly [keyof Pick<Decision, 'purpose' | 'decision' | 'reasons' | 'alternatives'>, RegExp][] = [
  ['purpose', /^(purpose|summary|issue)/i],
  ['alternatives', /alternative/i],
  ['reasons', /^reasons?/i],
  ['decision', /^decisions?\b|^resolved/i],
];

/** Extracts `ieDecisionDetails.aspx?ID=` / `?AIId=`. */
export function extractModernGovDecision(url: URL, document: Document): ExtractResult<Decision> {
  const root = modgovRoot(document);
  const title = pageTitle(root);
  if (!title || !root.querySelector('.mgLabel, h3.mgSubSubTitleTxt')) return unreadable('decision');

  const sections: Partial<Record<'purpose' | 'decision' | 'reasons' | 'alternatives', string>> = {};
  for (const heading of Array.from(root.querySelectorAll('h3.mgSubSubTitleTxt, h3'))) {
    const name = cleanText(heading.textContent).replace(/:\s*$/, '');
    const key = SECTIONS.find(([, pattern]) => pattern.test(name))?.[0];
    if (!key || sections[key]) continue;
    const text = sectionText(heading);
    if (text) sections[key] = text;
  }

  const decidedAtHolder = labelHolder(root, /^decided at meeting/i)?.holder;
  const decidedAtLink = decidedAtHolder?.querySelector('a[href]');
  const decidedAtUrl = absoluteHttpUrl(decidedAtLink?.getAttribute('href'), url.href);

  const wardsText = labelledValue(root, /^(wards?|divisions?|electoral divisions?)( affected)?$/i);
  // Ward names contain "and" ("Newport Pagnell North and Hanslope"): split on the list separator only.
  const wardsAffected = wardsText
    ?.split(wardsText.includes(';') ? ';' : ',')
    .map((ward) => cleanText(ward))
    .filter((ward) => ward && !/^(none|n\/a)$/i.test(ward));

  const documents: CouncilDocument[] = [];
  for (const link of Array.from(root.querySelectorAll('ul.mgBulletList a[href]'))) {
    if (!isDocumentHref(link.getAttribute('href') ?? '')) continue;
    const document = readDocumentLink(link, url.href, 'other');
    if (document) documents.push(document);
  }

  const issueLink = root.querySelector('a[href*="mgIssueHistoryHome.aspx" i], a[href*="ieIssueDetails.aspx" i]');
  const statusElement = root.querySelector('.mgPlanItemInForce');
  const callInText = labelledValue(root, /call[\s-]*in (deadline|expiry|period ends?|date)|deadline for call[\s-]*in/i);

  return validated(
    Decision,
    compact({
      kind: 'decision' as const,
      platform: 'moderngov' as const,
      url: url.href,
      decisionId: queryParam(url, 'ID') ?? queryParam(url, 'AIId'),
      title,
      decisionMaker: labelledValue(root, /^decision maker/i),
      status: visibleText(statusElement) || labelledValue(root, /^decision status|^outcome/i),
      isKeyDecision: yesNo(labelledValue(root, /key decision/i)),
      isSubjectToCallIn: yesNo(labelledValue(root, /subject to call[\s-]*in|callable in/i)),
      callInDeadline: isoDateOf(callInText),
      publishedOn: isoDateOf(labelledValue(root, /^(date of )?publication( date)?$|^published/i)),
      decidedOn: isoDateOf(labelledValue(root, /^date of decision|^decision date/i)),
      decidedAt: decidedAtUrl ? { title: visibleText(decidedAtLink) || 'Meeting', url: decidedAtUrl } : undefined,
      ...sections,
      wardsAffected: wardsAffected && wardsAffected.length > 0 ? wardsAffected : undefined,
      documents: uniqueByUrl(documents),
      issueHistoryUrl: absoluteHttpUrl(issueLink?.getAttribute('href'), url.href),
    }),
    'decision',
  );
}
