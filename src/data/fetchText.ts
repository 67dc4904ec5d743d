/**
 * One GET with a timeout, an abort signal and a few retries for failures that may pass
 * (network errors, timeouts, 5xx). It never throws: the caller gets the text or a failure
 * it can put into words.
 */

export type FetchFailureKind = 'network' | 'timeout' | 'http' | 'aborted';

export type FetchTextResult =
  | { ok: true; text: string }
  | { ok: false; kind: FetchFailureKind; status?: number; message: string };

export interface FetchTextOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Waits before each retry; its length is the number of retries. */
  retryDelaysMs?: readonly number[];
  fetchImpl?: typeof fetch;
}

// A request that hangs is reported within this, with Retry: a reader notices ten seconds. The page
// then tries again quietly (useResourceLoader); a timeout is not retried here at once.
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRY_DELAYS_MS = [300, 900];

export async function fetchText(url: string, options: FetchTextOptions = {}): Promise<FetchTextResult> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, retryDelaysMs = DEFAULT_RETRY_DELAYS_MS } = options;
  const fetchImpl = options.fetchImpl ?? globalThis.fetch.bind(globalThis);
  let result = await attempt(url, fetchImpl, timeoutMs, signal);
  for (const delay of retryDelaysMs) {
    if (result.ok || !isTransient(result)) break;
    if (!(await wait(delay, signal))) return { ok: false, kind: 'aborted', message: 'the request was cancelled' };
    result = await attempt(url, fetchImpl, timeoutMs, signal);
  }
  return result;
}

async function attempt(url: string, fetchImpl: typeof fetch, timeoutMs: number, signal?: AbortSignal): Promise<FetchTextResult> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetchImpl(url, { signal: combined });
    if (!response.ok) return { ok: false, kind: 'http', status: response.status, message: `the server answered ${response.status}` };
    return { ok: true, text: await response.text() };
  } catch {
    if (signal?.aborted) return { ok: false, kind: 'aborted', message: 'the request was cancelled' };
    if (timeout.aborted) return { ok: false, kind: 'timeout', message: `no answer within ${Math.round(timeoutMs / 1000)} s` };
    // The browser's own words ("Failed to fetch") say nothing to a reader; the kind says it all.
    return { ok: false, kind: 'network', message: 'the connection failed' };
  }
}

function isTransient(result: Extract<FetchTextResult, { ok: false }>): boolean {
  return result.kind === 'network' || (result.kind === 'http' && (result.status ?? 0) >= 500);
}

/** Resolves true after the delay, or false at once when the signal aborts. */
function wait(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
