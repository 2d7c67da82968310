// The port through which `slac measure` reads Prometheus (or Thanos, Mimir, Cortex: the same
// HTTP API). The use case only sees this interface; http.ts is the real client.

/** One series of an instant vector, or the scalar a query returned. */
export interface Sample {
  metric: Record<string, string>;
  /** As Prometheus writes it: "12.5", "NaN", "+Inf". */
  value: string;
}

export type QueryAnswer =
  | { ok: true; resultType: 'vector' | 'scalar'; samples: Sample[] }
  | { ok: true; resultType: 'matrix' | 'string'; samples: [] }
  | {
      ok: false;
      /** What went wrong, in words, with Prometheus's own error text where it gave one. */
      message: string;
      /**
       * True when later queries cannot do better (the server is unreachable, too slow, the
       * URL or token is wrong): the run stops instead of waiting for each of them.
       */
      fatal: boolean;
    };

export interface PrometheusClient {
  /** Where the answers come from, for messages and the results file's `source`. */
  readonly url: string;
  /** An instant query evaluated at `time` (an ISO timestamp). */
  query(promql: string, time: string): Promise<QueryAnswer>;
}
