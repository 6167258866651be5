import type { Block, Inline } from './model';
import type { Glossary } from '../shared/glossary';

/**
 * Marks glossary terms in a summary's text, each term once per view (`seen` is shared by
 * everything one view shows), so a reader can ask what "call-in" or "S106" means where it is
 * said. Headings, links, code and citations are left alone: they are Council Lens's own labels
 * or already interactive.
 */

function markText(value: string, glossary: Glossary, seen: Set<string>): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const match of glossary.findTerms(value)) {
    if (seen.has(match.id)) continue;
    seen.add(match.id);
    if (match.start > at) out.push({ t: 'text', v: value.slice(at, match.start) });
    out.push({ t: 'term', id: match.id, c: [{ t: 'text', v: value.slice(match.start, match.end) }] });
    at = match.end;
  }
  if (at === 0) return [{ t: 'text', v: value }];
  if (at < value.length) out.push({ t: 'text', v: value.slice(at) });
  return out;
}

export function markInlines(inlines: readonly Inline[], glossary: Glossary, seen: Set<string>): Inline[] {
  return inlines.flatMap((inline): Inline[] => {
    switch (inline.t) {
      case 'text':
        return markText(inline.v, glossary, seen);
      case 'em':
      case 'strong':
      case 'ins':
      case 'del':
        return [{ ...inline, c: markInlines(inline.c, glossary, seen) }];
      default:
        return [inline];
    }
  });
}

export function markGlossaryTerms(blocks: readonly Block[], glossary: Glossary, seen: Set<string> = new Set()): Block[] {
  return blocks.map((block): Block => {
    switch (block.t) {
      case 'p':
        return { ...block, c: markInlines(block.c, glossary, seen) };
      case 'list':
        return { ...block, items: block.items.map((item) => markGlossaryTerms(item, glossary, seen)) };
      case 'quote':
      case 'more':
        return { ...block, c: markGlossaryTerms(block.c, glossary, seen) };
      case 'heading':
        return block;
    }
  });
}
