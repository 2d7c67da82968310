// The Prometheus HTTP API client: `POST /api/v1/query` with a form-encoded `query` and `time`,
// a bearer token when one is given, a timeout per request, and retries with backoff on 5xx
// answers and connection errors (a 4xx is the query's fault: retrying cannot help).
import type { PrometheusClient, QueryAnswer, Sample } from './prometheus.js';

export interface HttpPrometheusOptions {
  /** The server's base URL; the API is under `/api/v1` of it. */
  url: string;
  /** Sent as `Authorization: Bearer …`. */
  token?: string;
  /** Per request, in milliseconds. */
  timeoutMs?: number;
  /** The waits before each retry, in milliseconds: three retries by default. */
  retryDelaysMs?: readonly number[];
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRY_DELAYS_MS = [500, 1_000, 2_000] as const;

export function createHttpPrometheus(options: HttpPrometheusOptions): PrometheusClient {
  const base = options.url.replace(/\/+$/, '');
  const endpoint = `${base}/api/v1/query`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const doFetch = options.fetch ?? fetch;
  const shown = redact(base);

  async function attempt(promql: string, time: string): Promise<Attempt> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let response: Response;
    let text: string;
    try {
      response = await doFetch(endpoint, {
        method: 'POST',
        headers,
        body: new URLSearchParams({ query: promql, time }),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
      text = await response.text();
    } catch (err) {
      if (isTimeout(err))
        return {
          answer: {
            ok: false,
            fatal: true,
            message: `Prometheus at ${shown} did not answer within ${seconds(timeoutMs)}; check the server, or allow longer with --timeout SECONDS`,
          },
        };
      return { retry: true, reason: connectionError(err) };
    }
    const body = parseJson(text);
    if (response.status >= 500) {
      return { retry: true, reason: `answered ${response.status}${apiError(body)}` };
    }
    if (!response.ok) return { answer: refused(response.status, body, shown) };
    return { answer: readAnswer(body, shown) };
  }

  return {
    url: shown,
    async query(promql, time) {
      let last = '';
      for (let i = 0; i <= delays.length; i++) {
        if (i > 0) await sleep(delays[i - 1] as number);
        const outcome = await attempt(promql, time);
        if ('answer' in outcome) return outcome.answer;
        last = outcome.reason;
      }
      const tries = delays.length + 1;
      return {
        ok: false,
        fatal: !/^answered/.test(last),
        message: /^answered/.test(last)
          ? `Prometheus at ${shown} ${last} (${tries} attempts); the server is failing: try again later`
          : `cannot reach Prometheus at ${shown}: ${last} (${tries} attempts); check --prometheus and that the server is running`,
      };
    },
  };
}

type Attempt = { answer: QueryAnswer } | { retry: true; reason: string };

/** A 4xx: Prometheus's own errorType and error where it gave them, else what to check. */
function refused(status: number, body: unknown, shown: string): QueryAnswer {
  const detail = apiError(body);
  if (status === 400 || status === 422)
    return {
      ok: false,
      fatal: false,
      message: `Prometheus refused the query (${status}${detail || ''})`,
    };
  if (status === 401 || status === 403)
    return {
      ok: false,
      fatal: true,
      message: `Prometheus at ${shown} answered ${status}${detail}: set SLAC_PROMETHEUS_TOKEN to a token that may query it`,
    };
  if (status === 404)
    return {
      ok: false,
      fatal: true,
      message: `there is no Prometheus API at ${shown}/api/v1/query (404): give --prometheus the URL the API is under (for Mimir e.g. https://mimir.example/prometheus)`,
    };
  return { ok: false, fatal: true, message: `Prometheus at ${shown} answered ${status}${detail}` };
}

/** The success envelope: {status, data: {resultType, result}}. */
function readAnswer(body: unknown, shown: string): QueryAnswer {
  const data = (body as { status?: unknown; data?: { resultType?: unknown; result?: unknown } })
    ?.data;
  if (!body || (body as { status?: unknown }).status !== 'success' || !data)
    return {
      ok: false,
      fatal: true,
      message: `${shown} did not answer as the Prometheus HTTP API does (no "status": "success" with "data"); check --prometheus`,
    };
  const { resultType, result } = data;
  if (resultType === 'scalar' && Array.isArray(result))
    return { ok: true, resultType, samples: [{ metric: {}, value: String(result[1]) }] };
  if (resultType === 'vector' && Array.isArray(result)) {
    const samples: Sample[] = result.map(
      (r: { metric?: Record<string, string>; value?: unknown[] }) => ({
        metric: r.metric ?? {},
        value: String(r.value?.[1]),
      }),
    );
    return { ok: true, resultType, samples };
  }
  if (resultType === 'matrix' || resultType === 'string')
    return { ok: true, resultType, samples: [] };
  return {
    ok: false,
    fatal: false,
    message: `Prometheus answered a result of type "${String(resultType)}"; a query must give one number`,
  };
}

function apiError(body: unknown): string {
  if (!body || typeof body !== 'object') return '';
  const { errorType, error } = body as { errorType?: unknown; error?: unknown };
  const type = typeof errorType === 'string' && errorType ? ` ${errorType}` : '';
  return typeof error === 'string' && error ? `${type}: ${error}` : type;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isTimeout(err: unknown): boolean {
  return err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
}

/** fetch's "fetch failed" hides the reason in `cause` (ECONNREFUSED, ENOTFOUND, …). */
function connectionError(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } })?.cause;
  if (cause && typeof cause.code === 'string') return `connection failed (${cause.code})`;
  if (cause && typeof cause.message === 'string') return `connection failed (${cause.message})`;
  return `connection failed (${err instanceof Error ? err.message : String(err)})`;
}

/** The URL without user and password, for messages and files. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/+$/, '');
  } catch {
    return url;
  }
}

function seconds(ms: number): string {
  return `${ms / 1000} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
