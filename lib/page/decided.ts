import type { AgendaItem } from './model';
import type { Meeting } from './kinds/meeting/model';

/**
 * The items of a meeting page that say what was decided: a published decision, minutes that
 * resolve something, or a recorded vote. Minutes that only record discussion are left to the
 * documents; the resolution is what a reader looks for first.
 */

export interface DecidedItem extends Pick<AgendaItem, 'number' | 'title' | 'anchor' | 'recordedVotes' | 'recordedVotesUrl'> {
  /** The decision, or the part of the minutes from "RESOLVED" on. */
  resolution?: string;
}

const RESOLVES = /\b(?:RESOLVED|AGREED|APPROVED|PENDERFYNWYD|CYTUNWYD)\b|\bresolved\s+that\b|\bit\s+was\s+agreed\b/;

/** Long minutes are cut at a paragraph: the council's page has the rest. */
const SHOWN = 1500;

/** The item's decision, or its minutes from the first resolution on, whole. */
export function fullResolutionOf(item: Pick<AgendaItem, 'minutes' | 'decision'>): string | undefined {
  const at = item.minutes?.search(RESOLVES) ?? -1;
  return item.decision ?? (at >= 0 ? item.minutes!.slice(at) : undefined);
}

/** The same, cut at a paragraph for showing. */
export function resolutionOf(item: Pick<AgendaItem, 'minutes' | 'decision'>): string | undefined {
  const text = fullResolutionOf(item);
  if (!text || text.length <= SHOWN) return text;
  const cut = text.lastIndexOf('\n\n', SHOWN);
  return `${text.slice(0, cut > 200 ? cut : SHOWN).trimEnd()} …`;
}

export function decidedItems(meeting: Pick<Meeting, 'agendaItems'>): DecidedItem[] {
  return meeting.agendaItems.flatMap((item): DecidedItem[] => {
    const resolution = resolutionOf(item);
    if (!resolution && !item.recordedVotes?.length) return [];
    return [
      {
        ...(item.number ? { number: item.number } : {}),
        title: item.title,
        ...(item.anchor ? { anchor: item.anchor } : {}),
        ...(resolution ? { resolution } : {}),
        ...(item.recordedVotes ? { recordedVotes: item.recordedVotes } : {}),
        ...(item.recordedVotesUrl ? { recordedVotesUrl: item.recordedVotesUrl } : {}),
      },
    ];
  });
}
