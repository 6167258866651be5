/**
 * `npm run summarise -- <file.pdf | url> [--json]`: the same pipeline the extension runs in the
 * browser (pdf.js → lines → deterministic summariser), in Node. Exits 1 when the PDF cannot be
 * read, saying why.
 */
import { parseArgs } from 'node:util';
import { extractPdfText } from '../lib/pdf/extract';
import { loadPdfInput } from './pdf-input';
import { loadPdfJsForNode } from '../lib/pdf/pdfjs-node';
import { summariseDocument } from '../lib/pdf/summarise';
import { ENGLISH, failureText } from '../lib/shared/i18n';

const usage = 'Usage: npm run summarise -- <file.pdf | https://…/document.pdf> [--json]';
const { values, positionals } = parseArgs({ options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
const source = positionals[0];
if (!source) {
  console.error(usage);
  process.exit(2);
}

let bytes: Uint8Array;
try {
  bytes = await loadPdfInput(source, 'summarise');
} catch (error) {
  console.error(`Could not load ${source}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const text = await extractPdfText(await loadPdfJsForNode(), bytes);
if (!text.ok) {
  console.error(failureText(ENGLISH.t, text));
  process.exit(1);
}
const result = summariseDocument(text.pages);
if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const cite = (page: number) => `[p. ${page}]`;
  console.log(`${source}\n${result.documentType}, ${result.pages} pages — summarised on this device (tier: ${result.tier})\n`);
  if (result.items.length) {
    console.log('Agenda items');
    for (const item of result.items) console.log(`  ${item.number}. ${item.title}${item.pageStart ? ` (pages ${item.pageStart}–${item.pageEnd})` : ''}`);
    console.log('');
  }
  // What was decided first, then what was recommended, every part verbatim.
  const decided = new Set(result.decisions.map((part) => part.text));
  if (result.decisions.length) {
    console.log('Decided (verbatim)');
    for (const part of result.decisions) console.log(`  - ${part.item ? `Item ${part.item}: ` : ''}${part.text} ${cite(part.page)}`);
    console.log('');
  }
  const recommended = result.recommendations.filter((part) => !decided.has(part.text));
  if (recommended.length) {
    console.log('Recommendations (verbatim)');
    for (const block of recommended) console.log(`  - ${block.text} ${cite(block.page)}`);
    console.log('');
  }
  if (result.votes.length) {
    console.log('Recorded votes (as the minutes give them)');
    for (const vote of result.votes) {
      const counts = (['for', 'against', 'abstain'] as const).flatMap((side) => (vote[side].count !== undefined ? [`${vote[side].count} ${side}`] : []));
      const label = [vote.item && `Item ${vote.item}`, vote.motion].filter(Boolean).join(', ');
      console.log(
        `  - ${label ? `${label}: ` : ''}${vote.outcome}${vote.unanimous ? ' unanimously' : ''}${counts.length ? ` (${counts.join(', ')})` : ''} ${cite(vote.page)}`,
      );
      for (const side of ['for', 'against', 'abstain'] as const) if (vote[side].names.length) console.log(`      ${side}: ${vote[side].names.join(', ')}`);
      for (const side of vote.mismatched ?? [])
        console.log(`      ! the count ${side} (${vote[side].count}) does not match the ${vote[side].names.length} names listed`);
    }
    console.log('');
  }
  if (result.declarations) {
    console.log('Declarations of interest');
    if (result.declarations.none) console.log(`  None were declared ${cite(result.declarations.page)}`);
    for (const entry of result.declarations.entries)
      console.log(`  - ${entry.who.join(', ')}${entry.item ? ` (item ${entry.item})` : ''}: “${entry.text}” ${cite(entry.page)}`);
    console.log('');
  }
  const forum = result.publicForum;
  if (forum) {
    // The public's words, attributed: never mixed into the key points.
    const counts = [
      forum.statements && `${forum.statements.count} statements`,
      forum.questions && `${forum.questions.count} questions`,
      forum.petitions && `${forum.petitions.count} petitions`,
    ].filter(Boolean);
    console.log(`From the public (their words, not the council’s): ${counts.join(', ')} ${cite(forum.page)}`);
    for (const topic of forum.topics)
      console.log(
        `  ${topic.count} ${topic.kind}s are about ${topic.name}: ${topic.oppose} against or concerned, ${topic.support} in support (by their titles)`,
      );
    for (const entry of forum.entries) {
      const notes = [
        entry.item && `item ${entry.item}`,
        entry.stance === 'oppose' ? 'against' : entry.stance,
        entry.signatures && `${entry.signatures} signatures`,
      ].filter(Boolean);
      console.log(
        `  - ${entry.kind}${entry.refs ? ` ${entry.refs}` : ''}, ${entry.who}${entry.about ? `: “${entry.about}”` : ''}${notes.length ? ` (${notes.join(', ')})` : ''} ${cite(entry.page)}`,
      );
      if (entry.response) console.log(`      response: ${entry.response.text} ${cite(entry.response.page)}`);
    }
    console.log('');
  }
  console.log('Key points');
  for (const sentence of result.summary) console.log(`  - ${sentence.text} ${cite(sentence.page)}`);
  if (result.keyFacts.length) {
    console.log('\nKey facts');
    for (const fact of result.keyFacts.slice(0, 30)) console.log(`  - ${fact.text}${fact.label ? ` — ${fact.label}` : ` (${fact.kind})`} ${cite(fact.page)}`);
  }
  console.log(`\nContentiousness (estimated by Council Lens): ${result.contentiousness.score}/10`);
  for (const signal of result.contentiousness.signals) console.log(`  - ${signal.name}: “${signal.evidence.text.slice(0, 160)}” ${cite(signal.evidence.page)}`);
}
