import { describe, expect, it } from 'vitest';
import { loadServiceData } from '../../../scripts/service/server';
import { summaryFromMarkdown } from '../../../lib/display/from-markdown';
import { DisplaySummarySchema, inlineText, type Block, type Inline } from '../../../lib/display/model';

const meta = { producedBy: 'service' as const };

function allInlines(blocks: readonly Block[]): Inline[] {
  return blocks.flatMap((block) => {
    switch (block.t) {
      case 'heading':
      case 'p':
        return block.c.flatMap(function walk(inline: Inline): Inline[] {
          return inline.t === 'em' || inline.t === 'strong' || inline.t === 'link' ? [inline, ...inline.c.flatMap(walk)] : [inline];
        });
      case 'list':
        return block.items.flatMap(allInlines);
      case 'quote':
        return allInlines(block.c);
      case 'more':
        return [...block.summary, ...allInlines(block.c)];
    }
  });
}

describe('markdown → display model', () => {
  it('keeps headings, paragraphs, lists, emphasis and http(s) links', () => {
    const summary = summaryFromMarkdown(
      { markdown: '## Budget\n\nThe **council** will *consider* [the report](https://example.gov.uk/r.pdf).\n\n- one\n- two\n\n3. three\n4. four' },
      meta,
    );
    expect(summary.blocks).toEqual([
      { t: 'heading', level: 3, c: [{ t: 'text', v: 'Budget' }] },
      {
        t: 'p',
        c: [
          { t: 'text', v: 'The ' },
          { t: 'strong', c: [{ t: 'text', v: 'council' }] },
          { t: 'text', v: ' will ' },
          { t: 'em', c: [{ t: 'text', v: 'consider' }] },
          { t: 'text', v: ' ' },
          { t: 'link', href: 'https://example.gov.uk/r.pdf', c: [{ t: 'text', v: 'the report' }] },
          { t: 'text', v: '.' },
        ],
      },
      { t: 'list', ordered: false, items: [[{ t: 'p', c: [{ t: 'text', v: 'one' }] }], [{ t: 'p', c: [{ t: 'text', v: 'two' }] }]] },
      { t: 'list', ordered: true, start: 3, items: [[{ t: 'p', c: [{ t: 'text', v: 'three' }] }], [{ t: 'p', c: [{ t: 'text', v: 'four' }] }]] },
    ]);
  });

  it('drops raw HTML, images and non-http links, keeping only their text', () => {
    const summary = summaryFromMarkdown(
      {
        markdown:
          'A <img src=x onerror="window.__xss=1"> B [click](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>) ![alt text](https://x/y.png)\n\n<script>window.__xss=1</script>',
      },
      meta,
    );
    const inlines = allInlines(summary.blocks);
    expect(inlines.some((inline) => inline.t === 'link')).toBe(false);
    expect(inlineText(allInlines(summary.blocks))).toBe('A  B click data alt text');
    expect(JSON.stringify(summary)).not.toMatch(/<script|onerror|javascript:/);
  });

  it('numbers footnotes in order of first citation and attaches the service’s notes', () => {
    const summary = summaryFromMarkdown(
      {
        markdown: 'First[^b] then[^a] and again[^b].',
        footnotes: [
          { id: 'a', markdown: 'Note *A*.' },
          { id: 'b', markdown: 'Note B.' },
          { id: 'c', markdown: 'Never cited.' },
        ],
      },
      meta,
    );
    expect(summary.footnotes.map((note) => [note.id, note.label])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
    expect(summary.footnotes[1]?.blocks).toEqual([
      {
        t: 'p',
        c: [
          { t: 'text', v: 'Note ' },
          { t: 'em', c: [{ t: 'text', v: 'A' }] },
          { t: 'text', v: '.' },
        ],
      },
    ]);
    expect(allInlines(summary.blocks).filter((inline) => inline.t === 'ref')).toEqual([
      { t: 'ref', id: 'b' },
      { t: 'ref', id: 'a' },
      { t: 'ref', id: 'b' },
    ]);
  });

  it('converts both real service summaries, every footnote cited, into a valid display model', () => {
    for (const meeting of loadServiceData().meetings) {
      const summary = summaryFromMarkdown(meeting.summary!, { ...meta, generatedBy: meeting.summary!.generatedBy, generatedAt: meeting.summary!.updatedAt });
      expect(DisplaySummarySchema.safeParse(summary).success).toBe(true);
      const cited = new Set(
        allInlines(summary.blocks)
          .filter((inline) => inline.t === 'ref')
          .map((inline) => (inline as { id: string }).id),
      );
      expect([...cited].sort()).toEqual(meeting.summary!.footnotes.map((note) => note.id).sort());
      expect(summary.blocks.filter((block) => block.t === 'heading').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('survives pathological nesting without exhausting the stack', () => {
    const summary = summaryFromMarkdown({ markdown: `${'> '.repeat(200)}deep\n\n${'*'.repeat(5000)}x${'*'.repeat(5000)}` }, meta);
    expect(DisplaySummarySchema.safeParse(summary).success).toBe(true);
  });
});
