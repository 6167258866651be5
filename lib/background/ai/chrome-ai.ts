import { failure, type Failure } from '../../protocol/failure';
import { AI_INSTRUCTIONS, AI_POINTS_JSON_SCHEMA, AiPoints } from './tiers';
import { ASK_INSTRUCTIONS } from './answer';

/**
 * Chrome's built-in model (the Prompt API's `LanguageModel`), with the answer constrained to
 * the points schema. The globals exist in pages and extension pages, not in service workers,
 * so this runs in the offscreen document. When the model must first be downloaded, that needs
 * a click: the settings page offers it, with progress.
 */

interface LanguageModelSession {
  prompt(input: string, options?: { responseConstraint?: unknown; signal?: AbortSignal }): Promise<string>;
  promptStreaming?(input: string, options?: { signal?: AbortSignal }): ReadableStream<string>;
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

/** A session with the built-in model and these instructions, or why there is none (absent, not on this device, still to download). */
async function openSession(
  api: LanguageModelApi | undefined,
  instructions: string,
  signal?: AbortSignal,
): Promise<{ ok: true; session: LanguageModelSession } | Failure> {
  if (!api) return failure('ai_none');
  const availability = await api.availability();
  if (availability === 'unavailable') return failure('ai_not_on_device');
  if (availability !== 'available') return failure('ai_needs_download');
  return { ok: true, session: await api.create({ initialPrompts: [{ role: 'system', content: instructions }], ...(signal ? { signal } : {}) }) };
}

export async function askChromeAi(digest: string, api: LanguageModelApi | undefined = builtInModel(), signal?: AbortSignal): Promise<ChromeAiResult> {
  let session: LanguageModelSession | undefined;
  try {
    const opened = await openSession(api, AI_INSTRUCTIONS, signal);
    if (!opened.ok) return opened;
    session = opened.session;
    const answer = await session.prompt(digest, { responseConstraint: AI_POINTS_JSON_SCHEMA, ...(signal ? { signal } : {}) });
    const points = AiPoints.safeParse(JSON.parse(answer));
    return points.success ? { ok: true, points: points.data } : failure('ai_unexpected');
  } catch {
    return failure('ai_failed');
  } finally {
    session?.destroy();
  }
}

/** Longer than any answer of a few sentences: a model that runs on is stopped. */
const MAX_ANSWER_CHARACTERS = 8_000;

/**
 * An answer to a question from Chrome's built-in model, streamed: the text so far is passed on
 * as it grows (Chrome has sent both whole-so-far and new-only chunks; either is read).
 */
export async function streamChromeAiAnswer(
  prompt: string,
  options: { signal: AbortSignal; onText(text: string): void },
  api: LanguageModelApi | undefined = builtInModel(),
): Promise<{ ok: true; text: string } | Failure> {
  let session: LanguageModelSession | undefined;
  try {
    const opened = await openSession(api, ASK_INSTRUCTIONS, options.signal);
    if (!opened.ok) return opened;
    session = opened.session;
    if (!session.promptStreaming) {
      const whole = await session.prompt(prompt, { signal: options.signal });
      options.onText(whole);
      return { ok: true, text: whole };
    }
    const reader = session.promptStreaming(prompt, { signal: options.signal }).getReader();
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text = value.startsWith(text) ? value : text + value;
      if (text.length > MAX_ANSWER_CHARACTERS) {
        await reader.cancel().catch(() => undefined);
        return failure('ai_unexpected');
      }
      options.onText(text);
    }
    return text ? { ok: true, text } : failure('ai_unexpected');
  } catch {
    return failure(options.signal.aborted ? 'cancelled' : 'ai_failed');
  } finally {
    session?.destroy();
  }
}

const runningAnswers = new Map<string, AbortController>();

/** Answers from the built-in model still streaming in this page. */
export function answersRunning(): number {
  return runningAnswers.size;
}

/** In the page where the model lives (the offscreen document, or Firefox's background page): one answer, stoppable by its job id. */
export async function answerInPage(jobId: string, prompt: string, onText: (text: string) => void): Promise<{ ok: true; text: string } | Failure> {
  const controller = new AbortController();
  runningAnswers.set(jobId, controller);
  try {
    return await streamChromeAiAnswer(prompt, { signal: controller.signal, onText });
  } finally {
    runningAnswers.delete(jobId);
  }
}

export function cancelAnswerInPage(jobId: string): void {
  runningAnswers.get(jobId)?.abort();
}
