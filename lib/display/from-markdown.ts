import type { PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import type { Block, DisplaySummary, Footnote, Inline } from './model';

/**
 * The audited converter from markdown to the display model. It parses to a syntax tree and
 * keeps only what a summary needs: headings, paragraphs, lists, quotes, emphasis, code,
 * footnote references and http(s) links. Raw HTML, images and every other link scheme are
 * dropped (their text survives where they have some). No HTML string is ever produced.
 */

const MAX_DEPTH = 12;
/** Real summaries are about 10,000 characters; a hundred thousand is already absurd. */
export const MAX_MARKDOWN_CHARACTERS = 100_000;

/**
 * The parser's time grows much faster than its input for long runs of emphasis markers and
 * deep quote nesting, so hostile input is defused before parsing rather than trusted.
 */
function defuse(markdown: string): string {
  return markdown
    .slice(0, MAX_MARKDOWN_CHARACTERS)
    .replace(/[*_~`]{4,}/g, '')
    .replace(/^(\s*>){4,}/gm, '> > >')
    .replace(/[[\]]{8,}/g, '');
}

function parse(markdown: string) {
  return fromMarkdown(defuse(markdown), { extensions: [gfmFootnote()], mdastExtensions: [gfmFootnoteFromMarkdown()] });
}

function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function inlines(nodes: readonly PhrasingContent[], depth: number, seeRef: (id: string) => void): Inline[] {
  if (depth > MAX_DEPTH) return [];
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ t: 'text', v: node.value });
        break;
      case 'emphasis':
        out.push({ t: 'em', c: inlines(node.children, depth + 1, seeRef) });
        break;
      case 'strong':
        out.push({ t: 'strong', c: inlines(node.children, depth + 1, seeRef) });
        break;
      case 'inlineCode':
        out.push({ t: 'code', v: node.value });
        break;
      case 'break':
        out.push({ t: 'text', v: '\n' });
        break;
      case 'link': {
        const children = inlines(node.children, depth + 1, seeRef);
        const href = safeHref(node.url);
        out.push(...(href ? [{ t: 'link' as const, href, c: children }] : children));
        break;
      }
      case 'image':
        if (node.alt) out.push({ t: 'text', v: node.alt });
        break;
      case 'footnoteReference':
        seeRef(node.identifier);
        out.push({ t: 'ref', id: node.identifier });
        break;
      default:
        // html, linkReference, imageReference and anything newer: not rendered.
        if ('children' in node && Array.isArray(node.children)) out.push(...inlines(node.children as PhrasingContent[], depth + 1, seeRef));
    }
  }
  // Adjacent text runs merge, so the view has fewer nodes and copying keeps words together.
  return out.reduce<Inline[]>((merged, inline) => {
    const previous = merged[merged.length - 1];
    if (previous?.t === 'text' && inline.t === 'text') previous.v += inline.v;
    else merged.push(inline);
    return merged;
  }, []);
}

function blocks(nodes: readonly RootContent[], depth: number, seeRef: (id: string) => void, definitions: Map<string, RootContent[]>): Block[] {
  if (depth > MAX_DEPTH) return [];
  const out: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        // The sidebar's own headings are levels 2–3, so summary headings start below them.
        out.push({ t: 'heading', level: node.depth <= 2 ? 3 : 4, c: inlines(node.children, depth, seeRef) });
        break;
      case 'paragraph':
        out.push({ t: 'p', c: inlines(node.children, depth, seeRef) });
        break;
      case 'list':
        out.push({
          t: 'list',
          ordered: Boolean(node.ordered),
          ...(node.ordered && typeof node.start === 'number' && node.start !== 1 ? { start: node.start } : {}),
          items: node.children.map((item) => blocks(item.children, depth + 1, seeRef, definitions)),
        });
        break;
      case 'blockquote':
        out.push({ t: 'quote', c: blocks(node.children, depth + 1, seeRef, definitions) });
        break;
      case 'code':
        out.push({ t: 'p', c: [{ t: 'code', v: node.value }] });
        break;
      case 'footnoteDefinition':
        definitions.set(node.identifier, node.children);
        break;
      default:
      // html, thematicBreak, tables (not in this grammar) and anything else: not rendered.
    }
  }
  return out.filter((block) => block.t !== 'p' || block.c.length > 0);
}

export interface MarkdownSource {
  markdown: string;
  /** Footnotes given beside the markdown (as the summary service does), each itself markdown. */
  footnotes?: readonly { id: string; markdown: string }[];
}

/** Markdown and its footnotes → the display model. Footnotes are numbered in order of first citation. */
export function summaryFromMarkdown(source: MarkdownSource, meta: Omit<DisplaySummary, 'blocks' | 'footnotes'>): DisplaySummary {
  const order: string[] = [];
  const seeRef = (id: string) => {
    if (!order.includes(id)) order.push(id);
  };
  const definitions = new Map<string, RootContent[]>();
  // The service keeps footnotes apart from the text; appending them as definitions lets the
  // parser resolve `[^n]` references exactly as GFM does.
  const appended = (source.footnotes ?? []).map((note) => `[^${note.id}]: ${note.markdown.replace(/\n/g, '\n    ')}`).join('\n\n');
  const tree = parse(appended ? `${source.markdown}\n\n${appended}\n` : source.markdown);
  const body = blocks(tree.children, 0, seeRef, definitions);
  const footnotes: Footnote[] = [];
  const ids = [...order, ...[...definitions.keys()].filter((id) => !order.includes(id))];
  for (const id of ids) {
    const content = definitions.get(id);
    if (!content) continue;
    footnotes.push({ id, label: footnotes.length + 1, blocks: blocks(content, 1, () => undefined, new Map()) });
  }
  return { ...meta, blocks: body, footnotes };
}
