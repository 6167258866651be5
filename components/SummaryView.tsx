import type { TargetedMouseEvent } from 'preact';
import type { Block, DisplaySummary, Inline } from '../lib/display/model';
import { summaryToMarkdown } from '../lib/display/citation';
import { CopyButton, useActions } from './actions';
import { ExternalLink } from './common';
import { useI18n } from './i18n';
import type { MessageKey } from '../lib/shared/i18n';
import { formatDay } from './format';
import { GlossaryContext, GlossaryTerm } from './Glossary';
import { useContext } from 'preact/hooks';
import { markGlossaryTerms } from '../lib/display/glossary';

const PRODUCER_KEY = {
  service: 'producerService',
  extractive: 'producerExtractive',
  'chrome-ai': 'producerChromeAi',
  'llm-endpoint': 'producerEndpoint',
} as const satisfies Record<DisplaySummary['producedBy'], MessageKey>;

/**
 * Footnote links stay inside the sidebar: a plain `#fragment` would scroll the council's
 * page instead, because the notes live in a shadow root.
 */
function focusInSidebar(event: TargetedMouseEvent<HTMLAnchorElement>, id: string): void {
  const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
  const target = root.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'nearest' });
  target.focus();
}

function Inlines({ inlines, prefix, labels }: { inlines: readonly Inline[]; prefix: string; labels: Map<string, number> }) {
  const { t } = useI18n();
  return (
    <>
      {inlines.map((inline, index) => {
        switch (inline.t) {
          case 'text':
            return inline.v;
          case 'code':
            return <code key={index}>{inline.v}</code>;
          case 'em':
            return (
              <em key={index}>
                <Inlines inlines={inline.c} prefix={prefix} labels={labels} />
              </em>
            );
          case 'strong':
            return (
              <strong key={index}>
                <Inlines inlines={inline.c} prefix={prefix} labels={labels} />
              </strong>
            );
          case 'ins':
            return (
              <ins key={index}>
                <span class="visually-hidden">{t('diffAdded')} </span>
                <Inlines inlines={inline.c} prefix={prefix} labels={labels} />
              </ins>
            );
          case 'del':
            return (
              <del key={index}>
                <span class="visually-hidden">{t('diffRemoved')} </span>
                <Inlines inlines={inline.c} prefix={prefix} labels={labels} />
              </del>
            );
          case 'term':
            return (
              <GlossaryTerm key={index} id={inline.id}>
                <Inlines inlines={inline.c} prefix={prefix} labels={labels} />
              </GlossaryTerm>
            );
          case 'link':
            return (
              <ExternalLink key={index} href={inline.href}>
                <Inlines inlines={inline.c} prefix={prefix} labels={labels} />
              </ExternalLink>
            );
          case 'ref': {
            const label = labels.get(inline.id);
            if (label === undefined) return null;
            return (
              <sup key={index} class="footnote-ref">
                <a
                  href={`#${prefix}-fn-${inline.id}`}
                  id={`${prefix}-ref-${inline.id}`}
                  aria-label={t('footnoteN', { n: label })}
                  onClick={(event) => focusInSidebar(event, `${prefix}-fn-${inline.id}`)}
                >
                  {label}
                </a>
              </sup>
            );
          }
        }
      })}
    </>
  );
}

function Blocks({ blocks, prefix, labels }: { blocks: readonly Block[]; prefix: string; labels: Map<string, number> }) {
  return (
    <>
      {blocks.map((block, index) => {
        switch (block.t) {
          case 'heading': {
            const Tag = block.level === 3 ? 'h4' : 'h5';
            return (
              <Tag key={index} class="summary-heading">
                <Inlines inlines={block.c} prefix={prefix} labels={labels} />
              </Tag>
            );
          }
          case 'p':
            return (
              <p key={index}>
                <Inlines inlines={block.c} prefix={prefix} labels={labels} />
              </p>
            );
          case 'list': {
            const items = block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <Blocks blocks={item} prefix={prefix} labels={labels} />
              </li>
            ));
            return block.ordered ? (
              <ol key={index} start={block.start}>
                {items}
              </ol>
            ) : (
              <ul key={index}>{items}</ul>
            );
          }
          case 'quote':
            return (
              <blockquote key={index}>
                <Blocks blocks={block.c} prefix={prefix} labels={labels} />
              </blockquote>
            );
          case 'more':
            // A native disclosure: keyboard-operable and announced as expandable without any script.
            return (
              <details key={index} class="more">
                <summary>
                  <Inlines inlines={block.summary} prefix={prefix} labels={labels} />
                </summary>
                <Blocks blocks={block.c} prefix={prefix} labels={labels} />
              </details>
            );
        }
      })}
    </>
  );
}

/** A summary in the one display model, with its provenance label and footnotes. */
export function SummaryView({ summary, idPrefix = 'cl-summary', title }: { summary: DisplaySummary; idPrefix?: string; title?: string }) {
  const labels = new Map(summary.footnotes.map((note) => [note.id, note.label]));
  const source = useActions()?.source;
  const { t, locale } = useI18n();
  const glossary = useContext(GlossaryContext);
  return (
    <div class="summary">
      <p class="provenance">
        <span class="badge badge-ai">{summary.producedBy === 'extractive' ? t('extracted') : t('aiGenerated')}</span> {t(PRODUCER_KEY[summary.producedBy])}
        {summary.generatedAt ? t('updatedOn', { date: formatDay(summary.generatedAt, locale) }) : null}
      </p>
      <div class="prose">
        <Blocks blocks={glossary ? markGlossaryTerms(summary.blocks, glossary) : summary.blocks} prefix={idPrefix} labels={labels} />
      </div>
      {source ? (
        <CopyButton
          label={t('copyMarkdown')}
          text={() =>
            summaryToMarkdown(summary, { ...source, ...(title ? { title: `${title} (${source.title})` } : {}), retrievedAt: new Date().toISOString() }, t)
          }
        />
      ) : null}
      {summary.footnotes.length > 0 ? (
        <ol class="footnotes" aria-label={t('footnotesLabel')}>
          {summary.footnotes.map((note) => (
            <li key={note.id} id={`${idPrefix}-fn-${note.id}`} tabIndex={-1} value={note.label}>
              <Blocks blocks={note.blocks} prefix={idPrefix} labels={labels} />
              {note.href ? (
                <>
                  {' '}
                  <ExternalLink href={note.href}>{t('openAtPage')}</ExternalLink>{' '}
                  <CopyButton label={t('copyLinkToPage', { page: /#page=(\d+)/.exec(note.href)?.[1] ?? note.label })} text={() => note.href ?? ''} />
                </>
              ) : null}{' '}
              <a
                href={`#${idPrefix}-ref-${note.id}`}
                aria-label={t('backToText', { n: note.label })}
                onClick={(event) => focusInSidebar(event, `${idPrefix}-ref-${note.id}`)}
              >
                ↩
              </a>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
