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

export type EndpointResult = { ok: true; points: AiPoints } | { ok: false; message: string };

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
    if (!checked.ok) return { ok: false, message: 'Your AI endpoint redirected Council Lens to another site, which it does not follow.' };
    const { response } = checked;
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, message: `Your AI endpoint answered ${response.status}.` };
    }
    const bytes = await readCapped(response, ENDPOINT_MAX_BYTES);
    if (bytes === undefined) return { ok: false, message: 'Your AI endpoint sent far too much.' };
    const text = new TextDecoder().decode(bytes);
    const envelope = ChatCompletion.safeParse(JSON.parse(text));
    const content = envelope.success ? envelope.data.choices[0]?.message.content : undefined;
    if (!content) return { ok: false, message: 'Your AI endpoint did not answer in the OpenAI chat format.' };
    const points = AiPoints.safeParse(JSON.parse(content.replace(/^```(?:json)?\s*|\s*```$/g, '')));
    return points.success ? { ok: true, points: points.data } : { ok: false, message: 'Your AI endpoint’s answer did not have the expected shape.' };
  } catch {
    return {
      ok: false,
      message: controller.signal.aborted ? 'Your AI endpoint took too long.' : 'Your AI endpoint could not be reached, or did not answer with JSON.',
    };
  } finally {
    clearTimeout(timer);
  }
}
