import type { Committee } from '../page/kinds';
import { findSayRules } from '../page/have-your-say';
import { getMeetingsServiceUrl, parseGetMeetings } from '../page/platforms/moderngov/web-service';
import type { PortalReader } from './attendees';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The dates of a committee's next meetings, only when the committee's page states deadlines for the
 * public to apply them to. A page that lists its meetings (CMIS's) gives them; otherwise they are asked
 * of the council's own ModernGov web service (one request, through the background's polite, cached
 * fetcher). Cancelled meetings are left out.
 */
export async function committeeMeetingDates(committee: Committee, portal: PortalReader, now: Date = new Date()): Promise<string[]> {
  if (findSayRules([committee.purpose, committee.participation].filter(Boolean).join('\n\n')).length === 0) return [];
  const today = now.toISOString().slice(0, 10);
  if (committee.meetings?.length)
    return [
      ...new Set(
        committee.meetings
          .filter((meeting) => meeting.startsAt && meeting.status !== 'cancelled')
          .map((meeting) => meeting.startsAt!.slice(0, 10))
          .filter((date) => date >= today),
      ),
    ]
      .sort()
      .slice(0, 3);
  if (committee.platform !== 'moderngov' || !committee.committeeId || !/^\d{1,9}$/.test(committee.committeeId)) return [];
  const url = getMeetingsServiceUrl(committee.url, committee.committeeId, now, new Date(now.getTime() + 180 * DAY));
  const answer = await portal.fetchPortalText({ url, purpose: 'webService' }).catch(() => undefined);
  if (!answer?.ok) return [];
  const parsed = parseGetMeetings(portal.parse(answer.text, 'text/xml'));
  if (!parsed.ok) return [];
  // Some installs ignore the range asked for: the dates are filtered here.
  return [...new Set(parsed.meetings.filter((meeting) => meeting.date >= today && !/cancel/i.test(meeting.status)).map((meeting) => meeting.date))]
    .sort()
    .slice(0, 3);
}
