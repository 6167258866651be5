import { failure, type Failure } from '../../../protocol/failure';
import { parseUkDateTime } from '../../dates';
import { cleanText, visibleText } from '../../text';

/** The stable part of every ModernGov theme; the council's template around it varies. */
export function modgovRoot(document: Document): ParentNode {
  return document.getElementById('modgov') ?? document;
}

export function pageTitle(root: ParentNode): string {
  return visibleText(root.querySelector('h2.mgSubTitleTxt')) || visibleText(root.querySelector('h1.mgMainTitleTxt'));
}

/** Finds the element holding a `span.mgLabel` (or `p.mgLabel`) whose text matches. */
export function labelHolder(root: ParentNode, label: RegExp): { holder: Element; label: Element } | undefined {
  for (const element of Array.from(root.querySelectorAll('.mgLabel'))) {
    if (!label.test(cleanText(element.textContent).replace(/:\s*$/, ''))) continue;
    const holder = element.tagName === 'SPAN' ? element.parentElement : element;
    if (holder) return { holder, label: element };
  }
  return undefined;
}

/** The text after a label such as "Venue:" or "Date of decision:", without trailing "View directions" links. */
export function labelledValue(root: ParentNode, label: RegExp): string | undefined {
  const found = labelHolder(root, label);
  if (!found || found.holder === found.label) return undefined;
  const copy = found.holder.cloneNode(true) as Element;
  copy.querySelector('.mgLabel')?.remove();
  for (const link of Array.from(copy.querySelectorAll('a'))) if (/directions/i.test(link.textContent ?? '')) link.remove();
  const value = cleanText(copy.textContent).replace(/[.,;]\s*$/, '');
  return value || undefined;
}

export function yesNo(value: string | undefined): boolean | undefined {
  if (!value) return undefined;
  if (/^(yes|true|y)\b/i.test(value)) return true;
  if (/^(no|false|n|not)\b/i.test(value)) return false;
  return undefined;
}

export function isoDateOf(value: string | undefined): string | undefined {
  return value ? parseUkDateTime(value)?.date : undefined;
}

/** The prose in `div.mgWordPara` blocks that follow a heading, up to the next heading. */
export function sectionText(heading: Element): string | undefined {
  const parts: string[] = [];
  let next = heading.nextElementSibling;
  // A section ends at the next heading, sub-item title, or labelled field ("Publication date:").
  while (next && !/^H[1-6]$/.test(next.tagName) && !next.matches('.mgSubItemTitleTxt, .mgLabel') && !next.querySelector('.mgLabel')) {
    if (next.classList.contains('mgWordPara') || next.tagName === 'P' || next.tagName === 'UL' || next.tagName === 'OL') {
      const text = paragraphs(next);
      if (text) parts.push(text);
    }
    next = next.nextElementSibling;
  }
  const joined = parts.join('\n\n').trim();
  return joined || undefined;
}

/** Block text with paragraph breaks kept, so officer prose stays readable. */
export function paragraphs(element: Element): string {
  const blocks = Array.from(element.querySelectorAll('p, li'));
  if (blocks.length === 0) return cleanText(element.textContent);
  return blocks
    .filter((block) => !block.querySelector('p, li'))
    .map((block) => {
      const text = cleanText(block.textContent);
      // Numbered resolutions keep their numbers: "2. the saving be reflected…".
      const list = block.tagName === 'LI' ? block.parentElement : null;
      return list?.tagName === 'OL' && text ? `${Array.from(list.children).indexOf(block) + 1}. ${text}` : text;
    })
    .filter(Boolean)
    .join('\n\n');
}

export function unreadable(what: string): Failure {
  return failure('page_markup_missing', `ModernGov ${what}`);
}

/** An agenda item's text blocks, by the sub-titles ModernGov puts above them: its summary, then "Minutes:" and "Decision:". */
export function subItemBlocks(container: ParentNode): Partial<Record<'summary' | 'minutes' | 'decision', string>> {
  const blocks: Partial<Record<'summary' | 'minutes' | 'decision', string>> = {};
  let current: 'summary' | 'minutes' | 'decision' = 'summary';
  for (const element of Array.from(container.querySelectorAll('p.mgSubItemTitleTxt, div.mgWordPara'))) {
    if (element.classList.contains('mgSubItemTitleTxt')) {
      const label = cleanText(element.textContent).toLowerCase();
      current = /^(?:minutes|cofnodion)/.test(label) ? 'minutes' : /^(?:decision|penderfyniad)/.test(label) ? 'decision' : current;
      continue;
    }
    // A nested word paragraph is read with its parent.
    if (element.parentElement?.closest('div.mgWordPara')) continue;
    const text = paragraphs(element);
    if (text && !blocks[current]) blocks[current] = text;
  }
  return blocks;
}
