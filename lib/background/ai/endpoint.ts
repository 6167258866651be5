import { failure, type Failure } from '../../protocol/failure';
import { z } from 'zod/mini';
import { fetchChecked, readCapped } from '../http';
import { AI_INSTRUCTIONS, AI_POINTS_JSON_SCHEMA, AiPoints } from './tiers';

/** No summary of a few points is anywhere near this long; a larger answer is refused as it streams in. */
export const ENDPOINT_MAX_BYTES = 1_000_000;

/**
 * The person's own OpenAI-compatible endpoint (OpenAI, a local Ollama or llama.cpp server):
 * `POST {endpoint}/chat/completions`. The answer is validated twice: the API envelope, then the
 * points the model wrote.
 */

const ChatCompletion = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.nullable(z.string()) }) })).check(z.minLength(1)),
});

export interface EndpointSettings {
  endpoint: string;
  model: string;
  key: string;
}

export type EndpointResult = { ok: true; points: AiPoints } | Failure;

export function chatCompletionsUrl(endpoint: string): string {
  const base = endpoint.replace(/\/+$/, '');
  return /\/chat\/completions$/.test(base) ? base : `${base}${/\/v1$/.test(base) ? '' : '/v1'}/chat/completions`;
}

export async function askEndpoint(
  settings: EndpointSettings,
  digest: string,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<EndpointResult> {
  const fetchImpl = options.fetch ?? ((...args) => fetch(...args));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 60_000);
  try {
    const url = chatCompletionsUrl(settings.endpoint);
    const endpointOrigin = new URL(url).origin;
    const checked = await fetchChecked(
      fetchImpl,
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(settings.key ? { authorization: `Bearer ${settings.key}` } : {}) },
        credentials: 'omit',
        signal: controller.signal,
        body: JSON.stringify({
          model: settings.model,
          temperature: 0,
          messages: [
            { role: 'system', content: AI_INSTRUCTIONS },
            { role: 'user', content: digest },
          ],
          response_format: { type: 'json_schema', json_schema: { name: 'council_summary', schema: AI_POINTS_JSON_SCHEMA, strict: true } },
        }),
      },
      (landed) => landed.origin === endpointOrigin,
    );
    if (!checked.ok) return failure('endpoint_redirected');
    const { response } = checked;
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return failure('endpoint_error', response.status);
    }
    const bytes = await readCapped(response, ENDPOINT_MAX_BYTES);
    if (bytes === undefined) return failure('endpoint_too_large');
    const text = new TextDecoder().decode(bytes);
    const envelope = ChatCompletion.safeParse(JSON.parse(text));
    const content = envelope.success ? envelope.data.choices[0]?.message.content : undefined;
    if (!content) return failure('endpoint_not_openai');
    const points = AiPoints.safeParse(JSON.parse(content.replace(/^```(?:json)?\s*|\s*```$/g, '')));
    return points.success ? { ok: true, points: points.data } : failure('endpoint_unexpected');
  } catch {
    return failure(controller.signal.aborted ? 'endpoint_timeout' : 'endpoint_unreachable');
  } finally {
    clearTimeout(timer);
  }
}
