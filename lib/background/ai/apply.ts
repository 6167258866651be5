import { toDisplaySummary, type DocumentSummary } from '../../pdf/summarise';
import type { ChromeAiResult } from './chrome-ai';
import type { EndpointResult, EndpointSettings } from './endpoint';
import { aiDisplay, type AiOutcome, digestOf } from './tiers';

/** Who writes document summaries: the deterministic summariser (default), Chrome's built-in AI, or the person's own endpoint. */
export const SUMMARISER_TIERS = ['extractive', 'chrome-ai', 'llm-endpoint'] as const;
export type SummariserTier = (typeof SUMMARISER_TIERS)[number];

export interface TierDeps {
  tier: SummariserTier;
  endpoint?: EndpointSettings;
  askEndpoint(settings: EndpointSettings, digest: string): Promise<EndpointResult>;
  askChromeAi(digest: string): Promise<ChromeAiResult>;
}

/**
 * The chosen tier's summary of a document, or the deterministic one with the reason it stands
 * instead. Nothing here throws: every failure falls back.
 */
export async function summaryForTier(summary: DocumentSummary, pdfUrl: string, generatedAt: string, deps: TierDeps): Promise<AiOutcome> {
  const extractive = toDisplaySummary(summary, pdfUrl, generatedAt);
  if (deps.tier === 'extractive') return { display: extractive };
  const digest = digestOf(summary);
  if (deps.tier === 'llm-endpoint') {
    if (!deps.endpoint?.endpoint || !deps.endpoint.model)
      return { display: extractive, fellBack: 'No AI endpoint is set up, so this is the summary made on this device.' };
    if (summary.restricted) return { display: extractive, fellBack: 'This document is marked exempt or confidential, so it was not sent to your AI endpoint.' };
    const answer = await deps.askEndpoint(deps.endpoint, digest).catch(() => ({ ok: false as const, message: 'Your AI endpoint failed.' }));
    if (!answer.ok) return { display: extractive, fellBack: `${answer.message} This is the summary made on this device.` };
    let host = deps.endpoint.endpoint;
    try {
      host = new URL(deps.endpoint.endpoint).host;
    } catch {
      // Keep the address as given.
    }
    return { display: aiDisplay(answer.points, 'llm-endpoint', pdfUrl, digest, `${deps.endpoint.model} at ${host}`, summary.pages) };
  }
  const answer = await deps.askChromeAi(digest).catch(() => ({ ok: false as const, message: 'Chrome’s built-in AI failed.' }));
  if (!answer.ok) return { display: extractive, fellBack: `${answer.message} This is the summary made on this device.` };
  return { display: aiDisplay(answer.points, 'chrome-ai', pdfUrl, digest, 'Chrome built-in AI', summary.pages) };
}
