import type { Cache } from './cache';
import { pdfCacheKey, type Stored } from './pdf-summaries';
import { sameCouncillor } from '../pdf/summarise/declarations';
import type { VoteSideName } from '../pdf/summarise/votes';

/**
 * A councillor's recorded votes, from the minutes Council Lens has already read on this device
 * for their council (the kept summaries of that site's documents): named votes only, since a
 * count says nothing of who. Nothing is fetched for this.
 */

export interface CouncillorVote {
  /** The document's address, for "open at page". */
  url: string;
  page: number;
  item?: string;
  motion?: string;
  side: VoteSideName;
  outcome: 'carried' | 'lost' | 'unstated';
  /** The minutes' words for the vote. */
  text: string;
}

/** Documents of one site that were read (at most this many are looked through). */
const DOCUMENTS_LOOKED_THROUGH = 200;

export async function councillorVotes(cache: Cache, origin: string, name: string): Promise<CouncillorVote[]> {
  const prefix = pdfCacheKey(`${origin}/`);
  const keys = await cache.keysStartingWith(prefix, DOCUMENTS_LOOKED_THROUGH).catch(() => []);
  const found: CouncillorVote[] = [];
  for (const key of keys) {
    const kept = await cache.get<Stored>(key).catch(() => undefined);
    const votes = kept?.value.summary.votes ?? [];
    for (const vote of votes)
      for (const side of ['for', 'against', 'abstain'] as const)
        if (vote[side].names.some((named) => sameCouncillor(named, name)))
          found.push({
            url: key.slice('pdf:'.length),
            page: vote.page,
            ...(vote.item ? { item: vote.item } : {}),
            ...(vote.motion ? { motion: vote.motion } : {}),
            side,
            outcome: vote.outcome,
            text: vote.text.slice(0, 600),
          });
  }
  return found.slice(0, 100);
}
