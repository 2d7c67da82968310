// The customer-facing service catalog: a static site rendered from Handlebars templates.
// Pure: SLAs, config, history and templates in; every output file as text out. The same
// input gives the same bytes (no clock: "today" and history dates come from the caller).
import Handlebars from 'handlebars';
import type { SlacConfig } from '../config/index.js';
import type { MeasuredResult } from '../results/validate.js';
import type { LoadedSla } from '../validate/index.js';
import { performanceOf, type ServicePerformance } from './performance.js';
import { builtinTemplates } from './templates.generated.js';
import { catalogEntry, serviceView, type HistoryEntry, type ServiceView } from './view.js';

export { buildHistory, type HistoryOptions } from './history.js';
export type { ObjectivePerformance, PerformanceRow, ServicePerformance } from './performance.js';
export { type HistoryEntry, type ServiceView } from './view.js';
export * as words from './words.js';

export interface RenderInput {
  slas: readonly LoadedSla[];
  config: SlacConfig;
  /** Commitment changes by SLA id, from git (see buildHistory). */
  history?: ReadonlyMap<string, readonly HistoryEntry[]>;
  /** The user's templates by path relative to their templates folder; they override the defaults. */
  templates?: Readonly<Record<string, string>>;
  /** Overrides `site.baseUrl` of the config; used for the `page` links of catalog.json. */
  baseUrl?: string;
  /**
   * ISO date for "review overdue" and for which periods of results are complete; defaults to
   * the latest date in the history (for results: else the day after the latest result's period).
   */
  today?: string;
  /** Valid measured results (see validateResults), for "How we performed". */
  results?: readonly MeasuredResult[];
}

export interface RenderedSite {
  /** Output path (relative to the site folder, forward slashes) → content. Sorted by path. */
  files: Map<string, string>;
  /** Override files that nothing uses (a misspelt name, most likely), one sentence each. */
  warnings: string[];
}

/** A template the renderer could not compile or run, with the template's path. */
class TemplateError extends Error {
  constructor(
    readonly template: string,
    message: string,
  ) {
    super(`template ${template}: ${message}`);
    this.name = 'TemplateError';
  }
}

export function renderCatalog(input: RenderInput): RenderedSite {
  const templates: Record<string, string> = { ...builtinTemplates, ...(input.templates ?? {}) };
  const hbs = Handlebars.create();
  for (const [path, text] of Object.entries(templates)) {
    const partial = /^partials\/(.+)\.hbs$/.exec(path);
    if (!partial) continue;
    // Handlebars compiles partials when first used: parse now, so an error names the partial.
    try {
      hbs.parse(text);
    } catch (err) {
      throw new TemplateError(path, err instanceof Error ? err.message : String(err));
    }
    hbs.registerPartial(partial[1] as string, text);
  }
  hbs.registerPartial('layout', required(templates, 'layout.hbs'));
  const compile = (name: 'index.hbs' | 'service.hbs') => {
    const template = hbs.compile(required(templates, name), { noEscape: false });
    return (context: object): string => {
      try {
        return template(context);
      } catch (err) {
        throw new TemplateError(name, err instanceof Error ? err.message : String(err));
      }
    };
  };
  const indexPage = compile('index.hbs');
  const servicePage = compile('service.hbs');

  const baseUrl = input.baseUrl ?? input.config.site.baseUrl;
  const history = input.history ?? new Map<string, readonly HistoryEntry[]>();
  const today = input.today ?? latestDate(history);
  const slas = [...input.slas].sort(
    (a, b) => compareText(a.sla.title, b.sla.title) || compareText(a.sla.id, b.sla.id),
  );
  const performance = performanceOf(
    slas.map((s) => s.sla),
    input.results ?? [],
    input.config,
    today,
  );
  const services = slas.map((s) =>
    serviceView(s, history.get(s.sla.id) ?? [], today, performanceFor(performance, s.sla.id)),
  );
  const site = {
    title: input.config.site.title,
    description: input.config.site.description ?? null,
  };

  const files = new Map<string, string>();
  files.set(
    'index.html',
    indexPage({
      site,
      root: '',
      pageTitle: site.title,
      isIndex: true,
      services,
      filters: filtersOf(services),
      countText: services.length === 1 ? '1 service' : `${services.length} services`,
    }),
  );
  for (const [i, service] of services.entries()) {
    const loaded = slas[i] as LoadedSla;
    files.set(
      service.page,
      servicePage({
        site,
        root: '../',
        pageTitle: `${service.title} — ${site.title}`,
        isIndex: false,
        service,
      }),
    );
    files.set(
      `services/${service.id}.json`,
      json({
        ...catalogEntry(loaded, baseUrl, performance.get(loaded.sla.id)),
        details: serviceDetails(service),
      }),
    );
  }
  files.set(
    'catalog.json',
    json({
      services: slas.map((s) => catalogEntry(s, baseUrl, performance.get(s.sla.id))),
    }),
  );
  for (const [path, text] of Object.entries(templates)) {
    if (path.startsWith('assets/')) files.set(path, text);
  }
  return {
    files: new Map([...files].sort(([a], [b]) => compareText(a, b))),
    warnings: unusedOverrides(input.templates ?? {}, templates),
  };
}

/**
 * The user's template files that replace nothing and are used by nothing: not a default
 * template's name, not an asset, not a partial that some template includes.
 */
function unusedOverrides(
  overrides: Record<string, string>,
  templates: Record<string, string>,
): string[] {
  const texts = Object.values(templates).join('\n');
  const warnings: string[] = [];
  for (const path of Object.keys(overrides).sort(compareText)) {
    if (path in builtinTemplates || path.startsWith('assets/')) continue;
    const partial = /^partials\/(.+)\.hbs$/.exec(path);
    if (
      partial &&
      new RegExp(`{{~?#?>\\s*${escapeRegExp(partial[1] as string)}[\\s}~]`).test(texts)
    )
      continue;
    const defaults = Object.keys(builtinTemplates).filter((p) => p.endsWith('.hbs'));
    warnings.push(
      `template ${path} replaces no default template and no template uses it; check its name (defaults: ${defaults.join(', ')})`,
    );
  }
  return warnings;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function performanceFor(
  performance: ReadonlyMap<string, ServicePerformance>,
  id: string,
): ServicePerformance {
  const found = performance.get(id);
  if (!found) throw new Error(`no performance computed for ${id}`);
  return found;
}

function required(templates: Record<string, string>, name: string): string {
  const text = templates[name];
  if (text === undefined) throw new TemplateError(name, 'is missing; run `npm run gen`');
  return text;
}

function filtersOf(services: ServiceView[]) {
  const distinct = (values: (string | null)[]) =>
    [...new Set(values.filter((v): v is string => Boolean(v)))].sort(compareText);
  return {
    tiers: distinct(services.map((s) => s.tier)),
    owners: distinct(services.map((s) => s.owner)),
    tags: distinct(services.flatMap((s) => s.tags)),
  };
}

/** The per-service JSON: the page's content as data (everything but the search text). */
function serviceDetails(service: ServiceView) {
  const { search: _search, performance, ...rest } = service;
  // The chart is presentation; its figures are in the rows.
  const objectives = performance.objectives.map(({ chartSvg: _chart, ...o }) => o);
  return { ...rest, performance: { ...performance, objectives } };
}

function latestDate(history: ReadonlyMap<string, readonly HistoryEntry[]>): string | undefined {
  let latest: string | undefined;
  for (const entries of history.values()) {
    for (const e of entries) if (latest === undefined || e.date > latest) latest = e.date;
  }
  return latest?.slice(0, 10);
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
