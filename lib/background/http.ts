/**
 * Reads a response body up to a byte limit, so an answer that is too large (or never ends
 * with a sane size) is refused as it streams in rather than held whole in memory.
 * Resolves to `undefined` when the limit is passed.
 */
export async function readCapped(response: Response, maxBytes: number, onChunk?: (received: number) => void): Promise<Uint8Array | undefined> {
  if (Number(response.headers.get('content-length') ?? '0') > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > maxBytes ? undefined : bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
    onChunk?.(received);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The address a response really came from, after any redirects. Browsers always set
 * `response.url`; a Response made by hand (tests) has none, and is the one that was asked for.
 */
function landedAt(response: Response, requested: string): URL | undefined {
  try {
    return new URL(response.url || requested);
  } catch {
    return undefined;
  }
}

export type CheckedResponse = { ok: true; response: Response } | { ok: false };

/**
 * Fetches, then checks where the answer came from before any byte of its body is used: every
 * origin check Council Lens makes on a request must hold for the address it was redirected to
 * as well. (A `redirect: 'manual'` fetch would hide the Location from an extension, so the
 * browser follows redirects and the final address is checked instead; an answer from anywhere
 * else is dropped unread.)
 */
export async function fetchChecked(fetchImpl: typeof fetch, url: string, init: RequestInit, allows: (landed: URL) => boolean): Promise<CheckedResponse> {
  const response = await fetchImpl(url, { ...init, redirect: 'follow' });
  const landed = landedAt(response, url);
  if (landed && allows(landed)) return { ok: true, response };
  await response.body?.cancel().catch(() => undefined);
  return { ok: false };
}

/** Same site after a redirect: the same host and port, or the same host moved from http to https. */
export function sameSiteOrUpgrade(landed: URL, requested: URL): boolean {
  if (landed.origin === requested.origin) return true;
  return (
    requested.protocol === 'http:' && landed.protocol === 'https:' && landed.hostname === requested.hostname && requested.port === '' && landed.port === ''
  );
}

/** A `Retry-After` header in seconds, whether the server sent seconds or an HTTP date. */
export function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
