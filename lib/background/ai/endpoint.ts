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

const ChatCompletion = z.lazy(() =>
  z.object({
    choices: z.array(z.object({ message: z.object({ content: z.nullable(z.string()) }) })).check(z.minLength(1)),
  }),
);

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

/**
 * One chat-completions request to the person's endpoint, its answer accepted only from the
 * endpoint's own origin (a redirect elsewhere is dropped unread). Both AI uses go through it.
 */
export async function postChatCompletion(
  fetchImpl: typeof fetch,
  settings: EndpointSettings,
  body: Record<string, unknown>,
  signal: AbortSignal,
): Promise<{ ok: true; response: Response } | Failure> {
  const url = chatCompletionsUrl(settings.endpoint);
  const endpointOrigin = new URL(url).origin;
  const checked = await fetchChecked(
    fetchImpl,
    url,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(settings.key ? { authorization: `Bearer ${settings.key}` } : {}) },
      credentials: 'omit',
      signal,
      body: JSON.stringify({ model: settings.model, temperature: 0, ...body }),
    },
    (landed) => landed.origin === endpointOrigin,
  );
  if (!checked.ok) return failure('endpoint_redirected');
  if (!checked.response.ok) {
    await checked.response.body?.cancel().catch(() => undefined);
    return failure('endpoint_error', checked.response.status);
  }
  return checked;
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
    const posted = await postChatCompletion(
      fetchImpl,
      settings,
      {
        messages: [
          { role: 'system', content: AI_INSTRUCTIONS },
          { role: 'user', content: digest },
        ],
        response_format: { type: 'json_schema', json_schema: { name: 'council_summary', schema: AI_POINTS_JSON_SCHEMA, strict: true } },
      },
      controller.signal,
    );
    if (!posted.ok) return posted;
    const { response } = posted;
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
