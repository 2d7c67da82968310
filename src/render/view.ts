// The view model: what the templates show, computed once from the normalized SLA. Templates
// only place these values; every decision (words, safe links, overdue) is made here.
import type { ChangeKind } from '../diff/kinds.js';
import type { ChangeImpact } from '../diff/types.js';
import { INDICATORS, hasDowntimeBudget } from '../model/indicators.js';
import type { Hours, Sla } from '../model/sla.js';
import { addCadence, formatPercent, formatWindow } from '../model/units.js';
import type { LoadedSla } from '../validate/index.js';
import { performanceEntries, type ServicePerformance } from './performance.js';
import { allowedDowntimeSeconds } from '../model/words.js';
import {
  approximate,
  budgetSeconds,
  creditRows,
  dateWords,
  durationWords,
  hoursWords,
  measureFigure,
  objectiveWords,
  toleranceBand,
  phraseText,
  windowWords,
  type CreditRow,
  type Phrase,
  type ToleranceBand,
} from './words.js';

/** One change of an SLA's commitments, as the catalog's history shows it. */
export interface HistoryEntry {
  /** Commit date from git, ISO 8601. */
  date: string;
  commit: string;
  impact: ChangeImpact | 'added';
  /** The diff's sentence (the review's words); shown only when there is no `statement`. */
  message: string;
  /** The kind of change (diff/kinds.ts). */
  kind?: ChangeKind;
  /** The change in customers' words (change-words.ts); null: not shown to customers. */
  statement?: string | null;
  /** `effective.from` of the SLA as of the commit: a later date is when the change applies. */
  effective?: string;
}

export interface Link {
  href: string;
  text: string;
}

export interface ObjectiveView {
  id: string;
  title: string;
  description: string | null;
  indicator: string;
  figure: string;
  window: string;
  windowWords: string;
  /** The commitment in words, downtime rounded ("about 44 min"). */
  words: string;
  /** The same, with each rounded figure's exact value (placed by partials/phrase.hbs). */
  wordsParts: Phrase;
  measurement: string | null;
  tolerance: ToleranceBand | null;
}

export interface ServiceView {
  id: string;
  title: string;
  owner: string;
  tier: string | null;
  tags: string[];
  name: string;
  summary: string;
  url: Link | null;
  /** The service URL as plain text when it is not a safe link. */
  plainUrl: string | null;
  customers: string[];
  /** Path of the page relative to the site root. */
  page: string;
  headline: string;
  headlineParts: Phrase;
  search: string;
  serviceHours: string;
  objectives: ObjectiveView[];
  support: {
    hours: string | null;
    priorities: { level: string; meaning: string; response: string; resolution: string | null }[];
  } | null;
  maintenance: { notice: string | null; windows: string[] } | null;
  exclusions: string[];
  credits: { objective: string; rows: CreditRow[] } | null;
  contacts: {
    name: string;
    email: Link | null;
    url: Link | null;
    plainUrl: string | null;
    phone: string | null;
  }[];
  dates: {
    from: string;
    until: string | null;
    expired: boolean;
    /** `effective.from` is after today: what the page shows is announced, not yet in force. */
    upcoming: boolean;
    review: { every: string; last: string; next: string; overdue: boolean } | null;
  };
  /**
   * Newest first: "From 1 July 2026: Monthly uptime commitment 99.9% (was 99.95%)". `when` is
   * "From" for a date after the commit (the SLA's `effective.from`), else "Since" (the commit).
   */
  history: HistoryView[];
  /** "How we performed": measured results of the last periods (see performance.ts). */
  performance: ServicePerformance;
}

const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** A link only for https:, http: and mailto: URLs; anything else stays plain text. */
export function safeLink(href: string | undefined, text?: string): Link | null {
  if (!href) return null;
  const trimmed = href.trim();
  // Control characters and spaces have no place in a URL we publish.
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  return { href: trimmed, text: text ?? trimmed };
}

/** One line of the public history. */
export interface HistoryView {
  /** The day the change applies from, ISO (`2026-07-01`). */
  date: string;
  /** "1 July 2026". */
  dateText: string;
  /** "From" (a day after the commit) or "Since". */
  when: 'From' | 'Since';
  /** The statement: "Monthly uptime commitment 99.9% (was 99.95%)". */
  message: string;
}

/**
 * The public history: statements of what changed, dated by when they apply — the SLA's
 * `effective.from` when it lies after the commit (the change was announced ahead), else the
 * commit's day. Entries customers are not told of are left out, and so is a moved
 * `effective.from` that comes with other changes in the same commit (its date heads them).
 */
function historyView(history: readonly HistoryEntry[]): HistoryView[] {
  const shownInCommit = new Map<string, number>();
  for (const h of history) {
    if (h.statement !== null) shownInCommit.set(h.commit, (shownInCommit.get(h.commit) ?? 0) + 1);
  }
  const lines: Array<HistoryView & { committed: string; order: number }> = [];
  for (const [order, h] of history.entries()) {
    if (h.statement === null) continue;
    const movedStart =
      h.kind === 'effective-from-weakened' || h.kind === 'effective-from-strengthened';
    if (movedStart && (shownInCommit.get(h.commit) ?? 0) > 1) continue;
    const committed = h.date.slice(0, 10);
    const effective = h.effective?.slice(0, 10);
    const date = effective && effective > committed ? effective : committed;
    lines.push({
      date,
      dateText: dateWords(date),
      when: date > committed ? 'From' : 'Since',
      message: h.statement ?? h.message,
      committed: h.date,
      order,
    });
  }
  lines.sort((a, b) =>
    a.date !== b.date
      ? a.date < b.date
        ? 1
        : -1
      : a.committed !== b.committed
        ? a.committed < b.committed
          ? 1
          : -1
        : a.order - b.order,
  );
  return lines.map(({ date, dateText, when, message }) => ({ date, dateText, when, message }));
}

/** The page path of a service, relative to the site root. */
function servicePage(id: string): string {
  return `services/${id}.html`;
}

export function serviceView(
  loaded: LoadedSla,
  history: readonly HistoryEntry[],
  today: string | undefined,
  performance: ServicePerformance,
): ServiceView {
  const sla = loaded.sla;
  const hours = sla.serviceHours;
  const objectives = sla.objectives.map((o, i): ObjectiveView => {
    const raw = loaded.raw.spec.objectives[i];
    const downtime = hasDowntimeBudget(o)
      ? [allowedDowntimeSeconds(o.target.value, o.window, hours.schedule.minutesPerWeek)]
      : [];
    const wordsParts = approximate(objectiveWords(o, hours), downtime);
    return {
      id: o.id,
      title: o.title,
      description: o.description ?? null,
      indicator: o.indicator,
      figure: figureOf(o),
      window: raw ? String(raw.window) : formatWindow(o.window),
      windowWords: windowWords(o.window),
      words: phraseText(wordsParts),
      wordsParts,
      measurement: o.measurement ?? null,
      tolerance: toleranceBand(o, hours) ?? null,
    };
  });
  const supportHours = sla.support?.hours ? hoursWords(alwaysOr(sla.support.hours)) : null;
  const url = safeLink(sla.service.url);
  const view: ServiceView = {
    id: sla.id,
    title: sla.title,
    owner: sla.owner,
    tier: sla.tier ?? null,
    tags: [...sla.tags],
    name: sla.service.name,
    summary: sla.service.summary,
    url,
    plainUrl: unsafeText(sla.service.url, url),
    customers: [...sla.customers],
    page: servicePage(sla.id),
    ...headlineOf(sla, objectives),
    search: [
      sla.title,
      sla.service.name,
      sla.service.summary,
      sla.owner,
      sla.tier ?? '',
      ...sla.tags,
    ]
      .join(' ')
      .toLowerCase(),
    serviceHours: hoursWords(alwaysOr(hours)),
    objectives,
    support: sla.support
      ? {
          hours: supportHours,
          priorities: sla.support.priorities.map((p) => {
            const when = p.hours
              ? hoursWords({
                  text: p.hours.text,
                  timezone: sla.support?.hours?.timezone ?? 'UTC',
                  always: p.hours.schedule.always,
                })
              : supportHours;
            return {
              level: p.level,
              meaning: p.meaning,
              response: `within ${durationWords(p.response)}${when ? `, ${when}` : ''}`,
              resolution:
                p.resolution !== undefined ? `within ${durationWords(p.resolution)}` : null,
            };
          }),
        }
      : null,
    maintenance: sla.maintenance
      ? {
          notice:
            sla.maintenance.notice !== undefined
              ? `Announced at least ${durationWords(sla.maintenance.notice)} in advance.`
              : null,
          windows: sla.maintenance.windows.map((w) => hoursWords(alwaysOr(w))),
        }
      : null,
    exclusions: [...sla.exclusions],
    credits: creditsOf(sla),
    contacts: sla.contacts.map((c) => {
      const link = safeLink(c.url);
      return {
        name: c.name,
        email: c.email ? safeLink(`mailto:${c.email}`, c.email) : null,
        url: link,
        plainUrl: unsafeText(c.url, link),
        phone: c.phone ?? null,
      };
    }),
    dates: datesOf(sla, today),
    history: historyView(history),
    performance,
  };
  return view;
}

/** A URL that will not be linked, to show as text (null when it is linked or absent). */
function unsafeText(href: string | undefined, link: Link | null): string | null {
  return href && !link ? href : null;
}

/** What hoursWords reads of hours. */
function alwaysOr(h: Pick<Hours, 'text' | 'timezone' | 'schedule'>) {
  return { text: h.text, timezone: h.timezone, always: h.schedule.always };
}

function figureOf(o: Sla['objectives'][number]): string {
  const figure = measureFigure(o.target);
  return INDICATORS[o.indicator].figure?.(o, figure) ?? figure;
}

/** The commitment the index shows: the first objective with a downtime budget, else the first. */
function headlineOf(
  sla: Sla,
  objectives: ObjectiveView[],
): { headline: string; headlineParts: Phrase } {
  const index = sla.objectives.findIndex((o) => INDICATORS[o.indicator].allowance === 'downtime');
  const chosen = objectives[index === -1 ? 0 : index];
  const parts: Phrase = chosen
    ? [{ text: `${chosen.title}: ` }, ...chosen.wordsParts]
    : [{ text: 'No measurable objectives yet.' }];
  return { headline: phraseText(parts), headlineParts: parts };
}

function creditsOf(sla: Sla): ServiceView['credits'] {
  if (!sla.credits) return null;
  const objective = sla.objectives.find((o) => o.id === sla.credits?.objective);
  return {
    objective: objective?.title ?? sla.credits.objective,
    rows: creditRows(sla.credits.tiers, objective, sla.serviceHours),
  };
}

function datesOf(sla: Sla, today: string | undefined): ServiceView['dates'] {
  const day = today?.slice(0, 10);
  const until = sla.effective.until;
  const dates: ServiceView['dates'] = {
    from: dateWords(sla.effective.from),
    until: until ? dateWords(until) : null,
    expired: Boolean(until && day && until < day),
    upcoming: Boolean(day && sla.effective.from > day),
    review: null,
  };
  if (sla.review) {
    const next = addCadence(sla.review.lastReviewed, sla.review.every);
    dates.review = {
      every: sla.review.everyText,
      last: dateWords(sla.review.lastReviewed),
      next: dateWords(next),
      overdue: Boolean(day && next < day),
    };
  }
  return dates;
}

/** The catalog.json entry of one service (the design's contract). */
export function catalogEntry(
  loaded: LoadedSla,
  baseUrl: string,
  performance: ServicePerformance | undefined,
) {
  const sla = loaded.sla;
  return {
    id: sla.id,
    title: sla.title,
    owner: sla.owner,
    tier: sla.tier ?? null,
    page: joinUrl(baseUrl, servicePage(sla.id)),
    objectives: sla.objectives.map((o, i) => {
      const raw = loaded.raw.spec.objectives[i];
      const window = raw ? String(raw.window) : formatWindow(o.window);
      const entry: {
        id: string;
        title: string;
        indicator: string;
        target: string;
        window: string;
        budget?: { seconds: number; window: string };
      } = {
        id: o.id,
        title: o.title,
        indicator: o.indicator,
        target: raw ? String(raw.target) : formatPercent(0),
        window,
      };
      if (hasDowntimeBudget(o)) {
        entry.budget = {
          seconds: budgetSeconds(
            o.target.value,
            o.window,
            sla.serviceHours.schedule.minutesPerWeek,
          ),
          window,
        };
      }
      return entry;
    }),
    performance: performanceEntries(performance),
  };
}

function joinUrl(base: string, path: string): string {
  if (base === '') return path;
  return base.endsWith('/') ? `${base}${path}` : `${base}/${path}`;
}
