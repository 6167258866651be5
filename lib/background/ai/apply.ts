import { failure } from '../../protocol/failure';
import type { DocumentSummary } from '../../pdf/summarise';
import { toDisplaySummary } from '../../display/from-document';
import { ENGLISH, type Translate } from '../../shared/i18n';
import type { ChromeAiResult } from './chrome-ai';
import type { EndpointResult, EndpointSettings } from './endpoint';
import { aiDisplay, type AiOutcome, digestOf } from './tiers';
import type { Phrase } from '../ask';
import { askPrompt, checkAnswer } from './answer';
import type { Failure } from '../../protocol/failure';

/** Who writes document summaries: the deterministic summariser (default), Chrome's built-in AI, or the person's own endpoint. */
export const SUMMARISER_TIERS = ['extractive', 'chrome-ai', 'llm-endpoint'] as const;
export type SummariserTier = (typeof SUMMARISER_TIERS)[number];

export interface TierDeps {
  tier: SummariserTier;
  endpoint?: EndpointSettings;
  askEndpoint(settings: EndpointSettings, digest: string): Promise<EndpointResult>;
  askChromeAi(digest: string): Promise<ChromeAiResult>;
  /** The reader's language (English outside the browser: tests and tools). */
  t?: Translate;
}

/**
 * The chosen tier's summary of a document, or the deterministic one with the reason it stands
 * instead. Nothing here throws: every failure falls back.
 */
export async function summaryForTier(summary: DocumentSummary, pdfUrl: string, generatedAt: string, deps: TierDeps): Promise<AiOutcome> {
  const t = deps.t ?? ENGLISH.t;
  const extractive = toDisplaySummary(summary, pdfUrl, t, generatedAt);
  if (deps.tier === 'extractive') return { display: extractive };
  const digest = digestOf(summary);
  if (deps.tier === 'llm-endpoint') {
    if (!deps.endpoint?.endpoint || !deps.endpoint.model) return { display: extractive, fellBack: failure('endpoint_not_set_up') };
    if (summary.restricted) return { display: extractive, fellBack: failure('restricted_not_sent') };
    const answer = await deps.askEndpoint(deps.endpoint, digest).catch(() => failure('endpoint_failed'));
    if (!answer.ok) return { display: extractive, fellBack: answer };
    let host = deps.endpoint.endpoint;
    try {
      host = new URL(deps.endpoint.endpoint).host;
    } catch {
      // Keep the address as given.
    }
    return { display: aiDisplay(answer.points, 'llm-endpoint', pdfUrl, digest, `${deps.endpoint.model} (${host})`, summary.pages, t) };
  }
  const answer = await deps.askChromeAi(digest).catch(() => failure('ai_failed'));
  if (!answer.ok) return { display: extractive, fellBack: answer };
  // The model's own name, as Chrome calls it: a name, not a sentence, so it is not translated.
  return { display: aiDisplay(answer.points, 'chrome-ai', pdfUrl, digest, 'Gemini Nano', summary.pages, t) };
}

export interface AnswerTierDeps {
  tier: SummariserTier;
  endpoint?: EndpointSettings;
  /** The endpoint's answer, streamed (undefined when the browser may not reach it). */
  streamEndpoint(
    settings: EndpointSettings,
    prompt: string,
    options: { signal: AbortSignal; onText(text: string): void },
  ): Promise<{ ok: true; text: string } | Failure>;
  streamChromeAi(jobId: string, prompt: string, onText: (text: string) => void): Promise<{ ok: true; text: string } | Failure>;
}

/** The chosen tier's way of phrasing an answer from quoted passages, checked; none for the deterministic tier. */
export function phraseForTier(deps: AnswerTierDeps): Phrase | undefined {
  if (deps.tier === 'extractive') return undefined;
  return async (question, passages, { jobId, signal, onText }) => {
    const prompt = askPrompt(question, passages);
    if (deps.tier === 'llm-endpoint') {
      if (!deps.endpoint?.endpoint || !deps.endpoint.model) return failure('endpoint_not_set_up');
      const answer = await deps.streamEndpoint(deps.endpoint, prompt, { signal, onText }).catch(() => failure('endpoint_failed'));
      if (!answer.ok) return answer;
      let host = deps.endpoint.endpoint;
      try {
        host = new URL(deps.endpoint.endpoint).host;
      } catch {
        // Keep the address as given.
      }
      return checkAnswer(answer.text, passages, `${deps.endpoint.model} (${host})`);
    }
    const answer = await deps.streamChromeAi(jobId, prompt, onText).catch(() => failure('ai_failed'));
    return answer.ok ? checkAnswer(answer.text, passages, 'Gemini Nano') : answer;
  };
}
