// The customer-facing service catalog: a static site rendered from Handlebars templates.
// Pure: SLAs, config, history and templates in; every output file as text out. The same
// input gives the same bytes (no clock: "today" and history dates come from the caller).
import Handlebars from 'handlebars';
import type { SlacConfig } from '../config/index.js';
import type { MeasuredResult } from '../results/validate.js';
import type { LoadedSla } from '../validate/index.js';
import { compileTemplates } from './compile.js';
import { detached, ownString } from '../load/own.js';
import { settleHistory } from './history.js';
import { performanceOf } from './performance.js';
import { builtinTemplates } from './templates.generated.js';
import { catalogEntry, serviceView, type HistoryEntry, type ServiceView } from './view.js';
import type { ServicePerformance } from './performance.js';

export { buildHistory } from './history.js';
export { type HistoryEntry } from './view.js';
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
  /**
   * Loads an SLA of `slas` again, by its file. When given, `render` takes the SLAs out of
   * `slas` (the array is left empty) and lets go of each one once its page is written: the
   * index keeps a summary of each service, and loads one again only when a template of the
   * index asks for more than that summary. Memory then stays flat however many services
   * there are. `render` can be called once.
   */
  reload?: (file: string) => LoadedSla;
  /**
   * The parts `renderPages` returns leave this thread (a page thread posts them): their cards
   * and entries are neither copied out of the SLA files' texts nor made compact, as the copy
   * the other thread receives is both.
   */
  handOver?: boolean;
  /**
   * With `reload`: the services to render besides `slas`, by file, id and title (which orders
   * them), each loaded (by `reload`) only for its page. A catalog of many services then never
   * holds more than one of them.
   */
  services?: readonly ServiceToLoad[];
}

/** A service of the catalog not loaded yet (see RenderInput.services). */
export interface ServiceToLoad {
  file: string;
  id: string;
  title: string;
}

/**
 * A file of the site as rendered: text, UTF-8 bytes, or UTF-8 bytes in pieces to write one
 * after the other (catalog.json: its entries are kept as bytes, and joined they would be a
 * second copy of them all at the moment the render holds the most).
 */
export type SiteContent = string | Uint8Array | readonly Uint8Array[];

export interface RenderedSite {
  /** Output path (relative to the site folder, forward slashes) → content. Sorted by path. */
  files: Map<string, string>;
  /** Override files that nothing uses (a misspelt name, most likely), one sentence each. */
  warnings: string[];
}

/** A catalog ready to render: its templates compiled once, its unused overrides found. */
export interface CatalogRenderer {
  /** Override files that nothing uses (a misspelt name, most likely), one sentence each. */
  warnings: string[];
  /** How many services the catalog lists. */
  count: number;
  /**
   * Renders every file of the site and hands each to `write` as soon as it is rendered: each
   * service's page and JSON, then index.html, catalog.json and the assets. Only what the index
   * and catalog.json need is kept until the end, so memory does not grow with the pages.
   */
  render(write: (path: string, content: SiteContent) => void): void;
  /**
   * Renders the page and JSON of the services `from` to `to` (catalog order, `to` excluded),
   * handing each file to `write` as soon as it is rendered, and returns what the index and
   * catalog.json need of them. Parts can be rendered by different threads (each with its own
   * renderer of the same input, each trying its first page first) and put together by
   * `renderIndex`.
   */
  renderPages(
    from: number,
    to: number,
    write: (path: string, content: SiteContent) => void,
  ): PagesPart;
  /**
   * Renders the first service's page and the index with it, and writes nothing: called before
   * anything is written, so that a template that cannot render leaves the output folder as it
   * was.
   */
  tryFirst(): void;
  /** index.html, catalog.json and the assets, from the parts of every service in order. */
  renderIndex(
    parts: readonly PagesPart[],
    write: (path: string, content: SiteContent) => void,
  ): void;
}

/**
 * What the index and catalog.json need of a run of services, as plain data (it can cross
 * threads): each one's card and catalog entry, and the history of those services when the
 * part was rendered with a history of its own.
 */
export interface PagesPart {
  cards: CardData[];
  /**
   * Each service's entry of catalog.json, already as JSON at its depth in that file: UTF-8
   * bytes, outside V8's heap, where the part stays on its thread (V8 lets its heap grow to
   * several times what it holds: 10,000 entries with results are ~27 MB), else text.
   */
  entries: (string | Uint8Array)[];
  history?: [string, readonly HistoryEntry[]][];
}

/**
 * A service's card on the index as plain data: the view's own keys in the view's order, the
 * small values kept and the large ones (and the performance beyond its glance) left undefined,
 * to be worked out again from the SLA's file when a template of the index reads them.
 */
export interface CardData {
  file: string;
  view: Record<string, unknown>;
  /** The card itself, when the part stays on the thread that rendered it. */
  card?: ServiceView;
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

/**
 * The templates that include the partial `missing`, for Handlebars' "The partial X could not be
 * found" (raised as an error of the page that started the render, where a partial may be the
 * one that includes it); undefined when none does so plainly.
 */
function partialUsers(
  templates: Readonly<Record<string, string>>,
  missing: string,
): string | undefined {
  const name = missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const uses = new RegExp(`\\{\\{~?\\s*#?>\\s*${name}(?=[\\s}~])`);
  const users = Object.keys(templates)
    .filter((path) => uses.test(templates[path] as string))
    .sort();
  return users.length > 0 ? users.join(', ') : undefined;
}

/** The whole site in memory, sorted by path (see prepareCatalog for rendering page by page). */
export function renderCatalog(input: RenderInput): RenderedSite {
  const catalog = prepareCatalog(input);
  const files = new Map<string, string>();
  catalog.render((path, content) =>
    files.set(
      path,
      typeof content === 'string'
        ? content
        : Buffer.concat(Array.isArray(content) ? content : [content as Uint8Array]).toString(
            'utf8',
          ),
    ),
  );
  return {
    files: new Map([...files].sort(([a], [b]) => compareText(a, b))),
    warnings: catalog.warnings,
  };
}

export function prepareCatalog(input: RenderInput): CatalogRenderer {
  const templates: Record<string, string> = { ...builtinTemplates, ...(input.templates ?? {}) };
  const hbs = Handlebars.create();
  const partials = new Map<string, string>();
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
    partials.set(partial[1] as string, text);
  }
  hbs.registerPartial('layout', required(templates, 'layout.hbs'));
  partials.set('layout', required(templates, 'layout.hbs'));
  // Pages are rendered by the templates compiled to closures; where those do not cover what a
  // template does (or fail for any reason), by Handlebars, whose output and errors count.
  const compiled = compileTemplates(templates, partials);
  const compile = (name: 'index.hbs' | 'service.hbs') => {
    const template = hbs.compile(required(templates, name), { noEscape: false });
    return (context: object): string => {
      try {
        return compiled.render(name, context);
      } catch {
        // Handlebars renders it, or says what is wrong.
      }
      try {
        return template(context);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const missing = /^The partial (.+) could not be found$/.exec(message)?.[1];
        const users = missing === undefined ? undefined : partialUsers(templates, missing);
        if (users === undefined) throw new TemplateError(name, message);
        throw new TemplateError(
          users,
          `${message}: add partials/${missing}.hbs to the templates folder, or correct the name`,
        );
      }
    };
  };
  const indexPage = compile('index.hbs');
  const servicePage = compile('service.hbs');
  const catalog = catalogOf(input, templates, { indexPage, servicePage });
  return { warnings: unusedOverrides(input.templates ?? {}, templates), ...catalog };
}

function catalogOf(
  input: RenderInput,
  templates: Record<string, string>,
  pages: Record<'indexPage' | 'servicePage', (context: object) => string>,
): Omit<CatalogRenderer, 'warnings'> {
  const baseUrl = input.baseUrl ?? input.config.site.baseUrl;
  const history = new Map<string, readonly HistoryEntry[]>(input.history ?? []);
  const today = input.today ?? latestDate(history);
  const reload = input.reload;
  // The SLAs given loaded (without `reload`), by file: their cards work their values out
  // from them.
  const given = new Map<string, LoadedSla>();
  const slas: ({ file: string; id: string; title: string; loaded?: LoadedSla } | undefined)[] = [
    ...input.slas.map((loaded) => ({
      file: loaded.file,
      id: loaded.sla.id,
      title: loaded.sla.title,
      loaded,
    })),
    ...(reload ? (input.services ?? []) : []),
  ].sort(byTitle);
  if (reload) (input.slas as LoadedSla[]).length = 0;
  else for (const loaded of input.slas) given.set(loaded.file, loaded);
  const performanceFor = performanceOf(input.results ?? [], input.config, today);
  const site = {
    title: input.config.site.title,
    description: input.config.site.description ?? null,
  };
  const viewOf = (loaded: LoadedSla, performance = performanceFor(loaded.sla)) =>
    serviceView(
      loaded,
      settleHistory(history.get(loaded.sla.id) ?? [], loaded),
      today,
      performance,
    );
  const load = (file: string): LoadedSla =>
    given.get(file) ?? (reload as (file: string) => LoadedSla)(file);

  // A card's large values are worked out again from its SLA, the last one kept.
  let recent: { file: string; view: ServiceView } | undefined;
  const again = (file: string): ServiceView => {
    if (recent?.file !== file) recent = { file, view: viewOf(load(file)) };
    return recent.view;
  };
  const indexOf = (services: ServiceView[]) =>
    pages.indexPage({
      site,
      root: '',
      pageTitle: site.title,
      isIndex: true,
      services,
      filters: filtersOf(services),
      countText: services.length === 1 ? '1 service' : `${services.length} services`,
    });

  const pageOf = (service: ServiceView) =>
    pages.servicePage({
      site,
      root: '../',
      pageTitle: `${service.title} — ${site.title}`,
      isIndex: false,
      service,
    });
  const renderPages: CatalogRenderer['renderPages'] = (from, to, write) => {
    const part: PagesPart = { cards: [], entries: [] };
    for (let i = from; i < to; i++) {
      const next = slas[i] as { file: string; loaded?: LoadedSla };
      // With `reload`, nothing but the card and the catalog entry outlives the page.
      if (reload) slas[i] = undefined;
      const loaded = next.loaded ?? (reload as (file: string) => LoadedSla)(next.file);
      const performance = performanceFor(loaded.sla);
      const service = viewOf(loaded, performance);
      const page = pageOf(service);
      const card = input.handOver
        ? handedOver(loaded.file, service)
        : cardKept(ownString(loaded.file), service, again);
      write(service.page, page);
      const entry = catalogEntry(loaded, baseUrl, performance);
      write(`services/${service.id}.json`, json({ ...entry, details: serviceDetails(service) }));
      const indented = JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ');
      // Flattened: the indented text is a rope of ~60 pieces, ~4 KB kept per service otherwise.
      part.entries.push(input.handOver ? indented : Buffer.from(indented, 'utf8'));
      part.cards.push(card);
    }
    return part;
  };

  const renderIndex: CatalogRenderer['renderIndex'] = (parts, write) => {
    for (const part of parts)
      for (const [id, entries] of part.history ?? []) history.set(id, entries);
    const cards = parts.flatMap((part) =>
      part.cards.map((card) => card.card ?? cardOf(card, () => again(card.file))),
    );
    write('index.html', indexOf(cards));
    write('catalog.json', catalogJson(parts.flatMap((part) => part.entries)));
    for (const [path, text] of Object.entries(templates)) {
      if (path.startsWith('assets/')) write(path, text);
    }
  };

  const tryFirst = () => {
    const first = slas[0];
    if (!first) return;
    // Kept for its page.
    first.loaded ??= load(first.file);
    const service = viewOf(first.loaded);
    pageOf(service);
    indexOf([cardKept(first.file, service, () => service).card as ServiceView]);
  };

  return {
    count: slas.length,
    tryFirst,
    renderPages,
    renderIndex,
    render: (write) => {
      tryFirst();
      renderIndex([renderPages(0, slas.length, write)], write);
    },
  };
}

/** The parts of a service's view that can be large; the index's cards work them out again. */
const LARGE: ReadonlySet<string> = new Set([
  'objectives',
  'support',
  'maintenance',
  'credits',
  'contacts',
  'history',
]);

/**
 * What the index keeps of a service on this thread: its card, whose small values are copies
 * and whose large ones are worked out again from the SLA's file (`again`) when read.
 */
function cardKept(file: string, view: ServiceView, again: (file: string) => ServiceView): CardData {
  const data = { file, view: view as unknown as Record<string, unknown> };
  const card = cardOf(data, () => again(file), detached);
  return { file, view: card as unknown as Record<string, unknown>, card };
}

/** What the index keeps of a service, to be posted to another thread (see CardData). */
function handedOver(file: string, view: ServiceView): CardData {
  const kept: Record<string, unknown> = {};
  for (const key in view) {
    const value = view[key as keyof ServiceView];
    if (key === 'performance') {
      const performance: Record<string, unknown> = {};
      for (const k in view.performance)
        performance[k] =
          k === 'objectives' ? undefined : view.performance[k as keyof ServicePerformance];
      kept[key] = performance;
    } else kept[key] = LARGE.has(key) ? undefined : value;
  }
  return { file, view: kept };
}

/**
 * A service as the index sees it: the card's values (each through `copy`), and its large ones
 * (and the performance beyond its glance) worked out by `full` when read.
 */
function cardOf(
  data: CardData,
  full: () => ServiceView,
  copy: <T>(value: T) => T = (value) => value,
): ServiceView {
  if (hasViewKeys(data.view)) return viewCard(data.view as unknown as ServiceView, full, copy);
  const card = {};
  for (const [key, value] of Object.entries(data.view)) {
    if (key === 'performance') {
      const performance = {};
      for (const [k, v] of Object.entries(value as object)) {
        if (k === 'objectives') later(performance, k, full, 'performance');
        else keep(performance, k, copy(v));
      }
      keep(card, key, performance);
    } else if (LARGE.has(key)) {
      later(card, key, full, 'card');
    } else keep(card, key, copy(value));
  }
  return card as ServiceView;
}

/** A ServiceView's keys, in the order serviceView gives them (and viewCard keeps). */
const VIEW_KEYS: readonly string[] = [
  'id',
  'title',
  'owner',
  'tier',
  'tags',
  'name',
  'summary',
  'url',
  'plainUrl',
  'customers',
  'page',
  'headline',
  'headlineParts',
  'search',
  'serviceHours',
  'objectives',
  'support',
  'maintenance',
  'exclusions',
  'credits',
  'contacts',
  'dates',
  'history',
  'performance',
];
/** A ServicePerformance's keys, in its order. */
const PERFORMANCE_KEYS: readonly string[] = ['hasResults', 'objectives', 'glance', 'glanceMissed'];

/** Whether a view (or a view's data) has exactly the keys viewCard builds, in that order. */
function hasViewKeys(view: Record<string, unknown>): boolean {
  let i = 0;
  for (const key in view) if (key !== VIEW_KEYS[i++]) return false;
  if (i !== VIEW_KEYS.length) return false;
  i = 0;
  for (const key in view.performance as object) if (key !== PERFORMANCE_KEYS[i++]) return false;
  return i === PERFORMANCE_KEYS.length;
}

/**
 * cardOf for a view of the usual keys: the same card (keys, order, values, getters), built
 * mostly by object literals, which share one shape, rather than property by property.
 */
function viewCard(
  view: ServiceView,
  full: () => ServiceView,
  copy: <T>(value: T) => T,
): ServiceView {
  const performance = {
    hasResults: copy(view.performance.hasResults),
    [FULL]: full,
  };
  laterOne(performance, 'objectives', 'performance');
  (performance as Record<string, unknown>).glance = copy(view.performance.glance);
  (performance as Record<string, unknown>).glanceMissed = copy(view.performance.glanceMissed);
  const card: Record<string, unknown> & { [FULL]: () => ServiceView } = {
    id: copy(view.id),
    title: copy(view.title),
    owner: copy(view.owner),
    tier: copy(view.tier),
    tags: copy(view.tags),
    name: copy(view.name),
    summary: copy(view.summary),
    url: copy(view.url),
    plainUrl: copy(view.plainUrl),
    customers: copy(view.customers),
    page: copy(view.page),
    headline: copy(view.headline),
    headlineParts: copy(view.headlineParts),
    search: copy(view.search),
    serviceHours: copy(view.serviceHours),
    [FULL]: full,
  };
  laterOne(card, 'objectives', 'card');
  laterOne(card, 'support', 'card');
  laterOne(card, 'maintenance', 'card');
  card.exclusions = copy(view.exclusions);
  laterOne(card, 'credits', 'card');
  laterOne(card, 'contacts', 'card');
  card.dates = copy(view.dates);
  laterOne(card, 'history', 'card');
  card.performance = performance;
  return card as unknown as ServiceView;
}

/**
 * Sets a property as an assignment would. Assigning ~40 properties by computed names turns an
 * object into a hash table (1.6 KB a card, 16 MB for 10,000 services); defining them keeps it
 * compact.
 */
function keep(object: object, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * How a card (and its performance) works out its large values: its `full`, a property the
 * shared getters read. A map of functions a card, by key, cost ~1 KB a card more.
 */
const FULL = Symbol('full');
/** One getter per key, shared by every card: a getter of its own would make each a hash table. */
const getters = new Map<string, () => unknown>();

/** A property worked out when read, from the view `full` gives: `pick` of it, by `key`. */
function later(
  object: object,
  key: string,
  full: () => ServiceView,
  of: 'card' | 'performance',
): void {
  if (!Object.prototype.hasOwnProperty.call(object, FULL))
    Object.defineProperty(object, FULL, { value: full });
  laterOne(object, key, of);
}

/** later() on an object that has its FULL. */
function laterOne(object: object, key: string, of: 'card' | 'performance'): void {
  const name = `${of} ${key}`;
  let getter = getters.get(name);
  if (!getter) {
    getter =
      of === 'card'
        ? function (this: { [FULL]?: () => ServiceView }) {
            return (this[FULL]?.() as unknown as Record<string, unknown> | undefined)?.[key];
          }
        : function (this: { [FULL]?: () => ServiceView }) {
            return (this[FULL]?.().performance as unknown as Record<string, unknown> | undefined)?.[
              key
            ];
          };
    getters.set(name, getter);
  }
  Object.defineProperty(object, key, { enumerable: true, get: getter });
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

/** catalog.json from its entries (see PagesPart.entries), as UTF-8 in pieces. */
function catalogJson(entries: readonly (string | Uint8Array)[]): SiteContent {
  if (entries.length === 0) return json({ services: [] });
  const bytes: Uint8Array[] = [Buffer.from('{\n  "services": [\n    ')];
  const between = Buffer.from(',\n    ');
  entries.forEach((entry, i) => {
    if (i > 0) bytes.push(between);
    bytes.push(typeof entry === 'string' ? Buffer.from(entry, 'utf8') : entry);
  });
  bytes.push(Buffer.from('\n  ]\n}\n'));
  return bytes;
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** The catalog's order: by title, then id. */
export function byTitle(
  a: { id: string; title: string },
  b: { id: string; title: string },
): number {
  return compareText(a.title, b.title) || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
