/**
 * The glossary: at least 60 local-government terms in English and Welsh, found in documents'
 * words in either language, marked once per view, and explained by a keyboard-operable button
 * whose explanation is read out.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import welsh from '../../../public/_locales/cy/messages.json';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GLOSSARY } from '../../../lib/shared/glossary-data';
import { createGlossary, type GlossaryEntry } from '../../../lib/shared/glossary';
import { GlossaryContext } from '../../../components/Glossary';
import { markGlossaryTerms } from '../../../lib/display/glossary';
import type { Block, DisplaySummary } from '../../../lib/display/model';
import { SummaryView } from '../../../components/SummaryView';
import { I18nContext } from '../../../components/i18n';
import { translator } from '../../../lib/shared/i18n';

const ids = (text: string) => GLOSSARY.findTerms(text).map((match) => match.id);

/** The matcher as first written: one pattern of every form, longest first, tried at every character. The glossary must find what it found. */
function onePatternOfAllForms(entries: readonly GlossaryEntry[]) {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[’']/g, "[’']");
  const ordered = entries
    .flatMap((entry) => [
      ...entry.forms.map((form) => ({ id: entry.id, source: escape(form).replace(/ /g, '\\s+'), caseless: true, length: form.length })),
      ...(entry.acronyms ?? []).map((form) => ({ id: entry.id, source: escape(form), caseless: false, length: form.length })),
    ])
    .sort((a, b) => b.length - a.length);
  const patterns = [true, false].map((caseless) => {
    const forms = ordered.filter((form) => form.caseless === caseless);
    const alternatives = forms.map((form) => `(${form.source})`).join('|');
    return { ids: forms.map((form) => form.id), pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, caseless ? 'giu' : 'gu') };
  });
  return (text: string) => {
    const found: { id: string; start: number; end: number }[] = [];
    for (const { ids, pattern } of patterns)
      for (const match of text.matchAll(pattern)) {
        const group = match.slice(1).findIndex((value) => value !== undefined);
        if (group >= 0) found.push({ id: ids[group]!, start: match.index, end: match.index + match[0].length });
      }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    return found.filter((match, index) => !found.slice(0, index).some((other) => other.start < match.end && match.start < other.end));
  };
}

describe('the glossary', () => {
  it('has at least 60 terms, each explained in English and in Welsh, with unique ids', () => {
    expect(GLOSSARY.entries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(GLOSSARY.entries.map((entry) => entry.id)).size).toBe(GLOSSARY.entries.length);
    for (const entry of GLOSSARY.entries) {
      expect(entry.en.term && entry.cy.term, entry.id).toBeTruthy();
      expect(entry.en.definition.length, entry.id).toBeGreaterThan(40);
      expect(entry.cy.definition.length, entry.id).toBeGreaterThan(40);
      expect(entry.cy.definition, entry.id).not.toBe(entry.en.definition);
    }
  });

  it('covers the terms readers ask about', () => {
    const covered = new Set(GLOSSARY.entries.map((entry) => entry.id));
    for (const id of [
      's106',
      'cil',
      'callIn',
      'keyDecision',
      'exempt',
      'quorum',
      'scrutiny',
      'cabinetMember',
      'delegated',
      'forwardPlan',
      'precept',
      'mtfs',
      'eqia',
    ])
      expect(covered).toContain(id);
  });

  it('keeps the Welsh catalogue’s terminology', () => {
    const term = (id: string) => GLOSSARY.entries.find((entry) => entry.id === id)!.cy.term;
    expect(term('callIn')).toBe('Galw i mewn');
    expect(term('keyDecision')).toBe('Penderfyniad allweddol');
    expect(term('forwardPlan')).toBe('Blaengynllun');
    expect(term('supplementaryAgenda')).toBe('Pecyn atodol');
    expect(welsh.kindSupplement.message).toBe('Pecyn atodol');
    // The catalogue calls a substitute "Dirprwy"; the glossary does too.
    expect(term('substitute')).toBe(welsh.roleSubstitute.message);
  });

  it('finds terms in English and Welsh text, acronyms only in capitals, the longest form first', () => {
    expect(ids('Contributions under the S106 agreement and CIL receipts.')).toEqual(['s106', 'cil']);
    expect(ids('The decision is subject to call-in until Friday.')).toEqual(['callIn']);
    expect(ids('Mae’r penderfyniad yn destun galw i mewn. Penderfyniad allweddol.')).toEqual(['callIn', 'keyDecision']);
    // "cil" is a Welsh word (a nook); only the acronym in capitals is the levy.
    expect(ids('yng nghil y drws')).toEqual([]);
    expect(ids('Report to the Overview and Scrutiny Committee')).toEqual(['scrutiny']);
    expect(ids('a decision that was discussed')).toEqual([]);
  });

  it('finds exactly what one pattern of all its forms found, in real council text in English and Welsh, and a form that starts with a sign', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/corpus-excerpts');
    const texts = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'));
    texts.push(...GLOSSARY.entries.flatMap((entry) => [entry.en.definition, entry.cy.definition, entry.en.term, entry.cy.term]));
    texts.push('A SECTION 106 agreement, an s106 Agreement, nem. con., the Members\u2019 allowance and (call-in).');
    const reference = onePatternOfAllForms(GLOSSARY.entries);
    let terms = 0;
    for (const text of texts) {
      expect(GLOSSARY.findTerms(text)).toEqual(reference(text));
      terms += reference(text).length;
    }
    expect(terms).toBeGreaterThan(100);
    // A form that starts with a sign, not a letter, is still found where it stands.
    const entries: GlossaryEntry[] = [{ id: 'pound', forms: ['£1m', 'one'], en: { term: 'x', definition: 'x' }, cy: { term: 'x', definition: 'x' } }];
    const signed = 'Cost: £1m, one (£1m) and x£1m.';
    expect(createGlossary(entries).findTerms(signed)).toEqual(onePatternOfAllForms(entries)(signed));
    expect(createGlossary(entries).findTerms(signed).length).toBe(3);
  });

  it('marks each term once per view, never inside headings or links', () => {
    const blocks: Block[] = [
      { t: 'heading', level: 3, c: [{ t: 'text', v: 'Call-in' }] },
      {
        t: 'p',
        c: [
          { t: 'text', v: 'Subject to call-in. ' },
          { t: 'link', href: 'https://example.gov.uk/', c: [{ t: 'text', v: 'S106' }] },
        ],
      },
      { t: 'list', ordered: false, items: [[{ t: 'p', c: [{ t: 'strong', c: [{ t: 'text', v: 'Call-in again, and S106 money.' }] }] }]] },
    ];
    const marked = JSON.stringify(markGlossaryTerms(blocks, GLOSSARY));
    expect(marked.match(/"t":"term","id":"callIn"/g)).toHaveLength(1);
    expect(marked.match(/"t":"term","id":"s106"/g)).toHaveLength(1);
    expect(marked).toContain('{"t":"heading","level":3,"c":[{"t":"text","v":"Call-in"}]}');
  });

  it('the term is a button that opens and closes its explanation, in the reader’s language', () => {
    const summary: DisplaySummary = {
      producedBy: 'extractive',
      blocks: [{ t: 'p', c: [{ t: 'text', v: 'The decision is subject to call-in.' }] }],
      footnotes: [],
    };
    const host = document.createElement('div');
    document.body.append(host);
    render(
      <I18nContext.Provider value={translator((key) => (welsh as Record<string, { message: string }>)[key]?.message ?? '', 'cy')}>
        <GlossaryContext.Provider value={GLOSSARY}>
          <SummaryView summary={summary} />
        </GlossaryContext.Provider>
      </I18nContext.Provider>,
      host,
    );
    const button = host.querySelector<HTMLButtonElement>('button.glossary-button')!;
    expect(button.textContent).toBe('call-in (beth mae hyn yn ei olygu)');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const popover = host.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')!.replace(/:/g, '\\:')}`)!;
    expect(popover.hidden).toBe(true);
    expect(popover.getAttribute('aria-live')).toBe('polite');
    button.click();
    return Promise.resolve().then(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect(popover.hidden).toBe(false);
      expect(popover.textContent).toMatch(/^Galw i mewn: Pŵer cynghorwyr ar bwyllgor craffu/);
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(button.getAttribute('aria-expanded')).toBe('false');
      host.remove();
    });
  });
});
