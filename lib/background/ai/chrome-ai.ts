import { failure, type Failure } from '../../protocol/failure';
import { AI_INSTRUCTIONS, AI_POINTS_JSON_SCHEMA, AiPoints } from './tiers';

/**
 * Chrome's built-in model (the Prompt API's `LanguageModel`), with the answer constrained to
 * the points schema. The globals exist in pages and extension pages, not in service workers,
 * so this runs in the offscreen document. When the model must first be downloaded, that needs
 * a click: the settings page offers it, with progress.
 */

interface LanguageModelSession {
  prompt(input: string, options?: { responseConstraint?: unknown; signal?: AbortSignal }): Promise<string>;
  destroy(): void;
}

export interface LanguageModelApi {
  availability(options?: unknown): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options?: {
    initialPrompts?: { role: 'system' | 'user' | 'assistant'; content: string }[];
    monitor?: (monitor: EventTarget) => void;
    signal?: AbortSignal;
  }): Promise<LanguageModelSession>;
}

export function builtInModel(scope: unknown = globalThis): LanguageModelApi | undefined {
  const candidate = (scope as { LanguageModel?: LanguageModelApi }).LanguageModel;
  return candidate && typeof candidate.availability === 'function' && typeof candidate.create === 'function' ? candidate : undefined;
}

export type ChromeAiResult = { ok: true; points: AiPoints } | Failure;

export async function askChromeAi(digest: string, api: LanguageModelApi | undefined = builtInModel(), signal?: AbortSignal): Promise<ChromeAiResult> {
  if (!api) return failure('ai_none');
  let session: LanguageModelSession | undefined;
  try {
    const availability = await api.availability();
    if (availability === 'unavailable') return failure('ai_not_on_device');
    if (availability !== 'available') return failure('ai_needs_download');
    session = await api.create({ initialPrompts: [{ role: 'system', content: AI_INSTRUCTIONS }], ...(signal ? { signal } : {}) });
    const answer = await session.prompt(digest, { responseConstraint: AI_POINTS_JSON_SCHEMA, ...(signal ? { signal } : {}) });
    const points = AiPoints.safeParse(JSON.parse(answer));
    return points.success ? { ok: true, points: points.data } : failure('ai_unexpected');
  } catch {
    return failure('ai_failed');
  } finally {
    session?.destroy();
  }
}
