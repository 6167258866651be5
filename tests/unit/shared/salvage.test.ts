/** A bad field costs only itself: answers from outside are kept, minus what fails its schema. */
import { z } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { salvage } from '../../../lib/shared/salvage';
import { PageLookup } from '../../../lib/background/service/contract';

const meeting = (patch: Record<string, unknown> = {}) => ({
  kind: 'meeting',
  meeting: {
    id: 'm1',
    council: { slug: 'milton-keynes', name: 'Milton Keynes City Council', coverage: 'full' },
    title: 'Corporate Parenting Panel',
    committee: 'Corporate Parenting Panel',
    startsAt: '2025-10-01T18:30:00+01:00',
    councilUrl: 'https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?MId=9288',
    summary: {
      markdown: 'The panel noted the sufficiency strategy [^1].',
      footnotes: [{ id: '1', markdown: 'Report, p. 3' }],
      generatedBy: 'service',
      updatedAt: '2025-09-26T09:00:00+01:00',
    },
    suggestedQuestions: ['Why did placements overspend?'],
    topics: ['Children'],
    attendees: [
      { name: 'Cllr A Good', party: 'Labour', photoUrl: 'https://milton-keynes.moderngov.co.uk/UserData/1/photo.jpg' },
      { name: 'Cllr B Bad', party: 'Liberal Democrats', photoUrl: 'javascript:alert(1)' },
    ],
    documents: [
      { title: 'Agenda frontsheet', url: 'https://milton-keynes.moderngov.co.uk/documents/g9288/a.pdf', group: 'agenda' },
      { title: 'Planted', url: 'data:text/html,<script>alert(1)</script>', group: 'additional' },
    ],
    ...patch,
  },
});

describe('salvaging an answer', () => {
  it('a javascript: photo and a non-http document cost only themselves; the summary and the good attendee stay', () => {
    const result = salvage(PageLookup, meeting());
    expect(result.ok).toBe(true);
    if (!result.ok || result.value.kind !== 'meeting') return;
    const kept = result.value.meeting;
    expect(kept.summary?.markdown).toBe('The panel noted the sufficiency strategy [^1].');
    expect(kept.attendees).toEqual([
      { name: 'Cllr A Good', party: 'Labour', photoUrl: 'https://milton-keynes.moderngov.co.uk/UserData/1/photo.jpg' },
      { name: 'Cllr B Bad', party: 'Liberal Democrats' },
    ]);
    expect(kept.documents.map((document) => document.title)).toEqual(['Agenda frontsheet']);
    expect(result.omitted).toEqual(['meeting.attendees[1].photoUrl', 'meeting.documents[1]']);
  });

  it('a bad optional block (a summary with a malformed date) is left out, the meeting kept', () => {
    const result = salvage(PageLookup, meeting({ summary: { markdown: 'x', footnotes: [], generatedBy: 'g', updatedAt: 'yesterday' } }));
    expect(result).toMatchObject({ ok: true, omitted: ['meeting.summary', 'meeting.attendees[1].photoUrl', 'meeting.documents[1]'] });
  });

  it('a wrong shape of the whole, or of a required field, is still refused', () => {
    expect(salvage(PageLookup, meeting({ id: 7 })).ok).toBe(false);
    expect(salvage(PageLookup, meeting({ attendees: 'all of them' })).ok).toBe(false);
    expect(salvage(PageLookup, { kind: 'meeting' }).ok).toBe(false);
    expect(salvage(PageLookup, 'meeting').ok).toBe(false);
  });

  it('a valid answer passes untouched, with nothing omitted', () => {
    const good = meeting({ attendees: [], documents: [] });
    expect(salvage(PageLookup, good)).toEqual({ ok: true, value: good, omitted: [] });
  });

  it('checks on the whole still apply to what is kept', () => {
    const schema = z.object({ items: z.array(z.string()) }).check(z.refine((value) => value.items.length > 0));
    expect(salvage(schema, { items: [1, 2] }).ok).toBe(false);
    expect(salvage(schema, { items: [1, 'b'] })).toEqual({ ok: true, value: { items: ['b'] }, omitted: ['items[0]'] });
  });

  it('looks through schemas built on first use (z.lazy), as the models are', () => {
    const Attendee = z.lazy(() => z.object({ name: z.string(), photoUrl: z.optional(z.string().check(z.regex(/^https:/))) }));
    const Meeting = z.lazy(() => z.object({ title: z.string(), attendees: z.array(Attendee) }));
    const value = { title: 'Cabinet', attendees: [{ name: 'A', photoUrl: 'javascript:alert(1)' }, { name: 'B' }, 7] };
    expect(salvage(Meeting, value)).toEqual({
      ok: true,
      value: { title: 'Cabinet', attendees: [{ name: 'A' }, { name: 'B' }] },
      omitted: ['attendees[0].photoUrl', 'attendees[2]'],
    });
    expect(salvage(Meeting, { attendees: [] }).ok).toBe(false);
  });
});
