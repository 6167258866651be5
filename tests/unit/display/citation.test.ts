import { describe, expect, it } from 'vitest';
import { analysisToMarkdown, summaryToMarkdown } from '../../../lib/display/citation';
import { summaryFromMarkdown } from '../../../lib/display/from-markdown';
import { loadServiceData } from '../../../scripts/service/server';
import { ENGLISH } from '../../../lib/shared/i18n';

const source = {
  council: 'Milton Keynes City Council',
  title: 'Corporate Parenting Panel',
  date: 'Wednesday 1 October 2025',
  url: 'https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=139&MId=9288',
  retrievedAt: '2026-11-22T10:00:00.000Z',
};

describe('copy as Markdown', () => {
  it('carries the text, its footnotes, the source line and what produced it', () => {
    const summary = summaryFromMarkdown(
      { markdown: '## Budget\n\nAn **overspend** of £11.4m[^1].\n\n- one\n- two', footnotes: [{ id: '1', markdown: 'External placements.' }] },
      { producedBy: 'service' },
    );
    expect(summaryToMarkdown(summary, source, ENGLISH.t)).toBe(
      [
        '### Budget',
        '',
        'An **overspend** of £11.4m[^1].',
        '',
        '- one',
        '- two',
        '',
        'Source: Milton Keynes City Council, Corporate Parenting Panel, Wednesday 1 October 2025. <https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=139&MId=9288> (retrieved 2026-11-22). Summary: summary service.',
        '',
        '[^1]: External placements.',
        '',
      ].join('\n'),
    );
  });

  it('cites a decision analysis with its score', () => {
    const analysis = loadServiceData().decisions[0]!.analysis!;
    const markdown = analysisToMarkdown(
      analysis,
      {
        ...source,
        title: 'Regional Care Cooperative',
        url: 'https://milton-keynes.moderngov.co.uk/ieDecisionDetails.aspx?ID=1613',
      },
      ENGLISH.t,
    );
    expect(markdown).toContain('Contentiousness: 7/10.');
    expect(markdown).toContain('Affected: Children and young people in care; Local authorities; Department for Education.');
    expect(markdown).toMatch(/Summary: summary service\.\n$/);
  });
});
