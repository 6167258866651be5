/**
 * The Ask box's deterministic answer on excerpts of real council documents (pdf.js's lines, as the
 * extension reads them). How well it answers the whole corpus is `npm run eval`.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, buildIndex, INDEX_VERSION, loadIndex, type SearchableDocument, summariseAndIndex } from '../../../lib/pdf/ask';
import { marksIn } from '../../../lib/pdf/ask/answer';
import { passagesOf } from '../../../lib/pdf/ask/passages';
import { questionTerms, termsOf, tokenize } from '../../../lib/pdf/ask/terms';
import { readDocument } from '../../../lib/pdf/summarise';
import type { PageLines } from '../../../lib/pdf/lines';
import { excerpt } from '../../support/fixtures';

function searchable(name: string, pages: PageLines[] = excerpt(name)): SearchableDocument {
  const { summary, index } = summariseAndIndex(pages);
  return {
    url: `https://democracy.example.gov.uk/documents/${name}.pdf`,
    title: name,
    pages: summary.pages,
    restricted: summary.restricted,
    index: loadIndex(index)!,
  };
}

describe('terms: the same processing for questions and passages', () => {
  it('folds council words together and spells out abbreviations', () => {
    expect(termsOf('Cllr')).toEqual(['cllr', 'councillor']);
    expect(termsOf('members')).toEqual(['councillor']);
    expect(termsOf('approved')).toEqual(termsOf('resolved'));
    expect(termsOf('budget')).toEqual(termsOf('cost'));
    expect(termsOf('EqIA')).toEqual(['eqia', ...termsOf('equality'), ...termsOf('impact'), ...termsOf('assessment')]);
  });

  it('marks sums of money and dates, so that "how much" and "when" find them', () => {
    expect(tokenize('£11.4 million on 3 March 2026').flatMap((token) => termsOf(token))).toEqual(['£11.4m', 'cost', '3', 'march', '#date', '2026', '#date']);
    expect(questionTerms('How much will it cost?')).toEqual(['cost']);
    expect(questionTerms('When will the road reopen?')).toEqual(['road', 'open', '#date']);
    // "May" the month is "may" the verb: the year makes it a date.
    expect(termsOf('May')).toEqual([]);
  });
});

describe('passages', () => {
  it('keeps each recommendation part whole and marked, and every other sentence with its page', () => {
    const passages = passagesOf(readDocument(excerpt('gloucester-report-recommendations.txt')));
    const recommendation = passages.find((passage) => passage.text.startsWith('(1) the current Local Council Tax Support scheme'));
    expect(recommendation).toMatchObject({ page: 1, kind: 'recommendation' });
    expect(passages.filter((passage) => passage.kind === 'text').length).toBeGreaterThanOrEqual(2);
    expect(passages.every((passage) => passage.page >= 1 && passage.text.length >= 25)).toBe(true);
  });
});

describe('answers', () => {
  const gloucester = searchable('gloucester-report-recommendations.txt');

  it('quotes the recommendations first where they answer, verbatim, with the page and the terms marked', () => {
    const answer = answerQuestion('Which council tax support scheme is recommended for 2026/27?', [gloucester]);
    expect(answer.answered).toBe(true);
    expect(answer.passages.length).toBeGreaterThanOrEqual(1);
    expect(answer.passages.length).toBeLessThanOrEqual(5);
    const [first] = answer.passages;
    expect(first).toMatchObject({ n: 1, page: 1, kind: 'recommendation', url: gloucester.url });
    expect(excerpt('gloucester-report-recommendations.txt')[0]!.lines.join(' ').replace(/\s+/g, ' ')).toContain(first!.text.slice(0, 60));
    const marked = first!.marks.map(([start, end]) => first!.text.slice(start, end).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['tax', 'support', 'scheme']));
  });

  it('says the documents do not answer a question about something they never mention, and lists what was searched', () => {
    const answer = answerQuestion('How many new swimming pools will be built?', [gloucester]);
    expect(answer).toMatchObject({ answered: false, passages: [] });
    expect(answer.searched).toEqual([{ title: gloucester.title, url: gloucester.url, pages: gloucester.pages }]);
  });

  it('answers the same question the same way every time, across documents, quoting a repeated passage once', () => {
    const copy = { ...gloucester, url: `${gloucester.url}?copy` };
    const first = answerQuestion('When will the scheme be implemented?', [gloucester, copy]);
    const again = answerQuestion('When will the scheme be implemented?', [gloucester, copy]);
    expect(again).toEqual(first);
    const texts = first.passages.map((passage) => passage.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('a question of stop words only asks nothing', () => {
    expect(answerQuestion('What is it?', [gloucester]).answered).toBe(false);
  });

  it('an index of another version, or damaged, is not used (it is read again)', () => {
    const built = buildIndex([{ text: 'The committee approved the scheme for 2026.', page: 1, kind: 'decision' }]);
    expect(loadIndex(built)).toBeDefined();
    expect(loadIndex({ ...built, version: INDEX_VERSION + 1 })).toBeUndefined();
    expect(loadIndex({ ...built, json: '{"not": "an index"' })).toBeUndefined();
  });

  it('marks every word indexed under a matched term, and nothing else', () => {
    expect(marksIn('Cllr Smith approved £2m.', ['councillor', 'cost'])).toEqual([
      [0, 4],
      [20, 23],
    ]);
  });
});
