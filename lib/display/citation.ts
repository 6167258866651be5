import type { Analysis } from '../background/service/contract';
import { type Block, type DisplaySummary, type Inline, PRODUCERS } from './model';
import type { MessageKey, Translate } from '../shared/i18n';

/**
 * "Copy as Markdown" for journalists: the text, where it came from (council, title, date,
 * council URL, when it was retrieved), and what produced it, so a quote can be cited.
 */

export interface CitationSource {
  council?: string;
  title: string;
  date?: string;
  url: string;
  retrievedAt: string;
}

const PRODUCER_NAME: Record<(typeof PRODUCERS)[number], MessageKey> = {
  service: 'md_producer_service',
  extractive: 'md_producer_device',
  'chrome-ai': 'md_producer_device',
  'llm-endpoint': 'md_producer_endpoint',
};

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function inline(inlines: readonly Inline[], labels: Map<string, number>): string {
  return inlines
    .map((item) => {
      switch (item.t) {
        case 'text':
          return escapeMarkdown(item.v);
        case 'code':
          return `\`${item.v.replace(/`/g, '')}\``;
        case 'em':
          return `*${inline(item.c, labels)}*`;
        case 'strong':
          return `**${inline(item.c, labels)}**`;
        case 'link':
          return `[${inline(item.c, labels)}](${item.href})`;
        case 'ins':
          return `**${inline(item.c, labels)}**`;
        case 'del':
          return `~~${inline(item.c, labels)}~~`;
        case 'term':
          return inline(item.c, labels);
        case 'ref':
          return labels.has(item.id) ? `[^${labels.get(item.id)}]` : '';
      }
    })
    .join('');
}

function blocks(items: readonly Block[], labels: Map<string, number>, indent = ''): string[] {
  return items.flatMap((block) => {
    switch (block.t) {
      case 'heading':
        return [`${'#'.repeat(block.level)} ${inline(block.c, labels)}`, ''];
      case 'p':
        return [`${indent}${inline(block.c, labels)}`, ''];
      case 'list':
        return [
          ...block.items.map((item, index) => {
            const marker = block.ordered ? `${(block.start ?? 1) + index}.` : '-';
            return `${indent}${marker} ${blocks(item, labels, `${indent}  `).filter(Boolean).join(' ').trim()}`;
          }),
          '',
        ];
      case 'quote':
        return [...blocks(block.c, labels).map((line) => (line ? `> ${line}` : '>')), ''];
      case 'more':
        // Copied in full: a citation leaves nothing behind a disclosure.
        return blocks(block.c, labels, indent);
    }
  });
}

export function sourceLine(source: CitationSource, producer: string, t: Translate): string {
  const parts = [source.council, source.title, source.date].filter(Boolean).map((part) => escapeMarkdown(part!));
  return t('md_source', { parts: parts.join(', '), url: source.url, date: source.retrievedAt.slice(0, 10), producer });
}

export function summaryToMarkdown(summary: DisplaySummary, source: CitationSource, t: Translate): string {
  const labels = new Map(summary.footnotes.map((note) => [note.id, note.label]));
  const body = blocks(summary.blocks, labels)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const notes = summary.footnotes.map(
    (note) => `[^${note.label}]: ${blocks(note.blocks, labels).filter(Boolean).join(' ').trim()}${note.href ? ` <${note.href}>` : ''}`,
  );
  return [body, '', sourceLine(source, t(PRODUCER_NAME[summary.producedBy]), t), ...(notes.length ? ['', ...notes] : [])].join('\n') + '\n';
}

export function analysisToMarkdown(analysis: Analysis, source: CitationSource, t: Translate): string {
  return (
    [
      `**${escapeMarkdown(analysis.topline)}**`,
      '',
      t('md_contentiousness', { score: analysis.contentiousness_score }),
      '',
      t('md_outcome', { outcome: escapeMarkdown(analysis.outcome) }),
      '',
      escapeMarkdown(analysis.summary),
      '',
      t('md_whyContentious', { reason: escapeMarkdown(analysis.reason_contentious) }),
      '',
      t('md_affected', { who: analysis.affected_stakeholders.map(escapeMarkdown).join('; ') }),
      '',
      t('md_partyPolitics', { text: escapeMarkdown(analysis.political_party_relevance) }),
      '',
      sourceLine(source, t('md_producer_service'), t),
    ].join('\n') + '\n'
  );
}
