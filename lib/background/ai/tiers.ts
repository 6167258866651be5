import { z } from 'zod/mini';
import type { Failure } from '../../protocol/failure';
import type { DocumentSummary } from '../../pdf/summarise';
import { PageCitations } from '../../display/from-document';
import type { Translate } from '../../shared/i18n';
export { isRestricted } from '../../pdf/summarise/restricted';
import type { Block, DisplaySummary, Producer } from '../../display/model';

/**
 * The optional AI tiers: Chrome's built-in model, or the person's own OpenAI-compatible
 * endpoint. Both get the deterministic tier's digest (never the raw pack), must answer in a
 * fixed JSON shape, have every £ figure, date and decision number checked against the
 * documents, and fall back to the deterministic summary on any failure.
 */

export const AiPoints = z.lazy(() =>
  z.object({
    points: z
      .array(z.object({ text: z.string().check(z.minLength(1), z.maxLength(600)), page: z.int().check(z.minimum(1), z.maximum(10_000)) }))
      .check(z.minLength(1), z.maxLength(12)),
  }),
);
export type AiPoints = z.infer<typeof AiPoints>;

/** The same shape as a JSON Schema, for `responseConstraint` and `response_format`. */
export const AI_POINTS_JSON_SCHEMA = {
  type: 'object',
  properties: {
    points: {
      type: 'array',
      minItems: 1,
      maxItems: 12,
      items: {
        type: 'object',
        properties: { text: { type: 'string' }, page: { type: 'integer', minimum: 1 } },
        required: ['text', 'page'],
        additionalProperties: false,
      },
    },
  },
  required: ['points'],
  additionalProperties: false,
} as const;

/** What the AI tiers see: the verbatim recommendations, the ranked sentences and the key facts, each with its page. */
export function digestOf(summary: DocumentSummary): string {
  const lines: string[] = [`Document type: ${summary.documentType}; ${summary.pages} pages.`];
  if (summary.items.length)
    lines.push(
      'Agenda items:',
      ...summary.items.map((item) => `- ${item.number}. ${item.title}${item.pageStart ? ` (pages ${item.pageStart}-${item.pageEnd})` : ''}`),
    );
  if (summary.recommendations.length)
    lines.push('Recommendations (verbatim):', ...summary.recommendations.map((block) => `- [p. ${block.page}] ${block.text}`));
  if (summary.summary.length) lines.push('Key sentences:', ...summary.summary.map((sentence) => `- [p. ${sentence.page}] ${sentence.text}`));
  if (summary.keyFacts.length) lines.push('Key facts:', ...summary.keyFacts.slice(0, 40).map((fact) => `- [p. ${fact.page}] ${fact.kind}: ${fact.text}`));
  return lines.join('\n');
}

export const AI_INSTRUCTIONS =
  'You summarise UK council documents for residents and journalists. Using only the digest provided, write 3 to 8 short, plain-English points. ' +
  'Each point must give the page number it comes from (the [p. N] marks). Do not add facts, figures, dates or names that are not in the digest. ' +
  'Answer with JSON only: {"points": [{"text": "...", "page": N}]}';

/** £ amounts, dates, financial years and decision references in a text, as written. */
export function checkableFigures(text: string): string[] {
  const patterns = [
    /£\s?\d[\d,]*(?:\.\d+)?\s?(?:m|bn|k|million|billion)?\b/gi,
    /\b\d{1,2}(?:st|nd|rd|th)?\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{4}\b/gi,
    /\b20\d\d[/-]\d\d\b/g,
    /\b(?:KD|DN|CAB|ODR)[\s/-]?\d{2,}[\w/-]*\b/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0].trim()));
}

const normalise = (value: string) =>
  value
    .toLowerCase()
    .replace(/[\s,]/g, '')
    .replace(/million/g, 'm')
    .replace(/billion/g, 'bn');

/** Figures the model wrote that the documents do not contain. */
export function unsupportedFigures(text: string, source: string): string[] {
  const haystack = normalise(source);
  return checkableFigures(text).filter((figure) => !haystack.includes(normalise(figure)));
}

/**
 * Contact details a model might make up or be steered into writing ("log in at http://…",
 * "call 0800…", "email help@…"): web addresses, e-mail addresses and phone numbers.
 */
const CONTACT_PATTERNS = [
  /\b(?:https?:\/\/|www\.)[^\s<>"'()]+/gi,
  /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g,
  /(?:\+44\s?\(?0?\)?|\b0)\d(?:[\s-]?\d){8,9}\b/g,
  // A bare domain with a path ("evil.example/login").
  /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>"'()]*/gi,
];

const compact = (value: string) =>
  value
    .toLowerCase()
    .replace(/[\s().-]/g, '')
    .replace(/\/+$/, '');

/**
 * Removes web and e-mail addresses and phone numbers the documents do not contain, returning
 * the cleaned text and what was removed. The AI tiers only ever see the digest, so anything of
 * this kind that is not in it came from the model, never from the council.
 */
export function removeUnsourcedContacts(text: string, source: string): { text: string; removed: string[] } {
  const haystack = compact(source);
  const removed: string[] = [];
  let cleaned = text;
  for (const pattern of CONTACT_PATTERNS) {
    cleaned = cleaned.replace(pattern, (match) => {
      const trimmed = match.replace(/[.,;:!?]+$/, '');
      if (haystack.includes(compact(trimmed))) return match;
      removed.push(trimmed);
      return `[removed]${match.slice(trimmed.length)}`;
    });
  }
  return { text: cleaned, removed };
}

export interface AiOutcome {
  display: DisplaySummary;
  /** Why the AI tier was not used, when the deterministic summary stands instead. */
  fellBack?: Failure;
}

/**
 * The AI tier's points into the display model: citations clamped to the document's real pages,
 * contact details the documents do not contain removed, and figures not found in them flagged.
 */
export function aiDisplay(
  points: AiPoints,
  producer: Exclude<Producer, 'service' | 'extractive'>,
  pdfUrl: string,
  source: string,
  generatedBy: string,
  pageCount: number,
  t: Translate,
): DisplaySummary {
  const citations = new PageCitations(t);
  const lastPage = Math.max(1, Math.floor(pageCount));
  const blocks: Block[] = points.points.map((point) => {
    const { text, removed } = removeUnsourcedContacts(point.text, source);
    const unsupported = unsupportedFigures(text, source);
    // The removed text is not repeated: a made-up login address is not shown in any form.
    const flags = [
      ...(removed.length ? [removed.length === 1 ? t('ai_removedOne') : t('ai_removedMany', { count: removed.length })] : []),
      ...(unsupported.length ? [t('ai_unsupported', { figures: unsupported.join(', ') })] : []),
    ];
    return {
      t: 'p',
      c: [
        ...citations.cite({ text, page: Math.min(Math.max(1, point.page), lastPage) }, pdfUrl),
        ...(flags.length
          ? [
              { t: 'text' as const, v: ' ' },
              { t: 'strong' as const, c: [{ t: 'text' as const, v: `(${flags.join('; ')})` }] },
            ]
          : []),
      ],
    };
  });
  return { producedBy: producer, generatedBy, generatedAt: new Date().toISOString(), blocks, footnotes: citations.footnotes };
}
