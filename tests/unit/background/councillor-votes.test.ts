/**
 * A councillor's recorded votes from the minutes already read on this device: only that
 * council's documents, only named votes, matched by the name the minutes use.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Cache } from '../../../lib/background/cache';
import { councillorVotes } from '../../../lib/background/councillor-votes';
import { pdfCacheKey, type Stored } from '../../../lib/background/pdf-summaries';
import { summariseDocument } from '../../../lib/pdf/summarise';
import { excerpt } from '../../support/fixtures';

const DAY = 24 * 60 * 60 * 1000;
const stored = (name: string): Stored => ({ summary: summariseDocument(excerpt(name)), validators: {}, summarisedAt: '2026-12-01T00:00:00Z', version: 2 });

describe('a councillor’s recorded votes, from minutes read on this device', () => {
  it('finds the named votes of this council’s minutes, each with its side, outcome, item and page', async () => {
    const cache = new Cache({ dbName: 'test-councillor-votes' });
    await cache.set(pdfCacheKey('https://planning.moderngov.co.uk/documents/g1/Printed minutes.pdf'), stored('handmade-named-votes.txt'), DAY);
    // Another council's minutes that name a Jones too: never shown on this council's page.
    await cache.set(pdfCacheKey('https://elsewhere.moderngov.co.uk/documents/g2/Printed minutes.pdf'), stored('handmade-named-votes.txt'), DAY);
    // Minutes with counts only name nobody.
    await cache.set(pdfCacheKey('https://planning.moderngov.co.uk/documents/g3/Minutes.pdf'), stored('bristol-minutes-2024-09-12.txt'), DAY);

    const votes = await councillorVotes(cache, 'https://planning.moderngov.co.uk', 'Councillor Bob Jones');
    expect(votes.map(({ item, motion, side, outcome, page }) => ({ item, motion, side, outcome, page }))).toEqual([
      { item: '5', motion: 'amendment', side: 'for', outcome: 'lost', page: 1 },
      { item: '5', motion: 'substantive motion', side: 'against', outcome: 'carried', page: 1 },
      { item: '7', motion: undefined, side: 'against', outcome: 'carried', page: 2 },
      { item: '8', motion: 'amendment', side: 'for', outcome: 'carried', page: 3 },
    ]);
    expect(votes.every((vote) => vote.url.startsWith('https://planning.moderngov.co.uk/'))).toBe(true);
    expect(await councillorVotes(cache, 'https://planning.moderngov.co.uk', 'Councillor Zed Nobody')).toEqual([]);
  });
});
