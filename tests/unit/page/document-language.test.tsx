/**
 * Documents a bilingual council publishes twice, in Welsh and in English: paired by their titles,
 * offered in the reader's language, and read once. Titles are the ones ModernGov's English and
 * Welsh interfaces give packs ("Printed minutes", "Cofnodion printiedig") and the ones councils
 * give item documents ("… (Welsh)", "… Cymraeg").
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import welsh from '../../../public/_locales/cy/messages.json';
import { DocumentSection } from '../../../components/DocumentList';
import { I18nContext } from '../../../components/i18n';
import { inReaderLanguage, languageVersions, titleLanguage } from '../../../lib/page/document-language';
import { meetingDocumentsToSummarise } from '../../../lib/sidebar/enrich';
import { ENGLISH, translator } from '../../../lib/shared/i18n';
import type { CouncilDocument } from '../../../lib/page/model';
import type { Meeting } from '../../../lib/page/kinds';
import { classifyPack } from '../../../lib/page/platforms/moderngov/documents';

const base = 'https://democratiaeth.example.llyw.cymru/documents/g4321';
const doc = (title: string, kind: CouncilDocument['kind'], file: string): CouncilDocument => ({ title, kind, url: `${base}/${file}.pdf` });

describe('which language a document is in, from its title', () => {
  it.each([
    ['Printed minutes 12th-Mar-2025 10.00 Cabinet', 'en'],
    ['Cofnodion printiedig 12fed-Maw-2025 10.00 Cabinet', 'cy'],
    ['Rhaglen 12fed-Maw-2025 10.00 Cabinet', 'cy'],
    ['Public reports pack', 'en'],
    ['Pecyn dogfennau cyhoeddus', 'cy'],
    ['Minutes (Welsh)', 'cy'],
    ['Budget 2026/27 report - Cymraeg', 'cy'],
    ['Adroddiad y Gyllideb 2026/27 - English', 'en'],
    ['Cofnodion / Minutes', undefined],
    ['PDF 240 KB', undefined],
  ] as const)('%s → %s', (title, language) => {
    expect(titleLanguage(title)).toBe(language);
  });

  it('Welsh pack titles are classed as the same kinds as English ones', () => {
    expect(classifyPack('Cofnodion printiedig', '/documents/g1/m.pdf')).toBe('minutes');
    expect(classifyPack('Penderfyniadau printiedig', '/documents/g1/d.pdf')).toBe('decisions');
    expect(classifyPack('Pecyn dogfennau cyhoeddus', '/documents/g1/p.pdf')).toBe('reportsPack');
    expect(classifyPack('Rhaglen atodol 1', '/documents/g1/s.pdf')).toBe('supplementaryPack');
    expect(classifyPack('Rhaglen', '/documents/g1/a.pdf')).toBe('agendaFrontsheet');
  });
});

const minutesEn = doc('Printed minutes', 'minutes', 'minutes-en');
const minutesCy = doc('Cofnodion printiedig', 'minutes', 'cofnodion');
const packEn = doc('Public reports pack', 'reportsPack', 'pack-en');
const packCy = doc('Pecyn dogfennau cyhoeddus', 'reportsPack', 'pecyn');
const supplements = [doc('Supplementary agenda 1', 'supplementaryPack', 'sup1'), doc('Supplementary agenda 2', 'supplementaryPack', 'sup2')];

describe('pairing the two copies', () => {
  it('pairs one copy of a kind in each language, and nothing where a kind has two in one language', () => {
    const versions = languageVersions([minutesEn, minutesCy, ...supplements]);
    expect(versions.get(minutesEn.url)).toMatchObject({ language: 'en', other: { url: minutesCy.url, language: 'cy' } });
    expect(versions.get(minutesCy.url)).toMatchObject({ language: 'cy', other: { url: minutesEn.url } });
    expect(versions.has(supplements[0]!.url)).toBe(false);
  });

  it('keeps the reader’s copy of each pair and every document that has no twin', () => {
    expect(inReaderLanguage([minutesEn, minutesCy, ...supplements], 'cy').map((document) => document.url)).toEqual([
      minutesCy.url,
      ...supplements.map((document) => document.url),
    ]);
    expect(inReaderLanguage([minutesEn, minutesCy], 'en').map((document) => document.url)).toEqual([minutesEn.url]);
  });

  it('"summarise this meeting" reads the reports pack in the reader’s language only', () => {
    const meeting = { kind: 'meeting', documents: [packEn, packCy], agendaItems: [] } as unknown as Meeting;
    expect(meetingDocumentsToSummarise(meeting, 'cy').map((document) => document.url)).toEqual([packCy.url]);
    expect(meetingDocumentsToSummarise(meeting, 'en').map((document) => document.url)).toEqual([packEn.url]);
  });
});

describe('the sidebar offers the reader’s copy, with the other a link away', () => {
  const meeting = { kind: 'meeting', documents: [minutesEn, minutesCy], agendaItems: [] } as unknown as Meeting;
  const show = (i18n: typeof ENGLISH) => {
    const host = document.createElement('div');
    render(
      <I18nContext.Provider value={i18n}>
        <DocumentSection meeting={meeting} />
      </I18nContext.Provider>,
      host,
    );
    return [...host.querySelectorAll('li.document')].map((row) =>
      [...row.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('lang')]),
    );
  };

  it('in Welsh: "Cofnodion printiedig" is the row, and the English copy is offered beside it', () => {
    const cy = translator((key) => (welsh as Record<string, { message: string }>)[key]?.message ?? '', 'cy');
    expect(show(cy)).toEqual([
      [
        ['Cofnodion printiedig', minutesCy.url, 'cy'],
        ['Hefyd yn Saesneg', minutesEn.url, 'en'],
      ],
    ]);
  });

  it('in English: "Printed minutes" is the row, and the Welsh copy is offered beside it', () => {
    expect(show(ENGLISH)).toEqual([
      [
        ['Printed minutes', minutesEn.url, 'en'],
        ['Also in Welsh', minutesCy.url, 'cy'],
      ],
    ]);
  });
});
