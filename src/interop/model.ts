// What an import gathers from foreign specs before it writes SLAs: services with their
// objectives, where each came from, and the owner the spec names. The readers of each format
// (openslo.ts, sloth.ts) fill it; sla.ts turns it into slac files.
import type { Position } from '../model/problem.js';
import type { Indicator } from '../model/sla.js';
import { isValidOwner } from '../model/owner.js';
import type { Item } from './documents.js';
import { noticeAt, type Notice } from './notice.js';
import { kebab } from './read.js';

export interface ImportedObjective {
  id: string;
  title: string;
  description?: string;
  indicator: Indicator;
  /** As slac writes it: "99.9%", "500". */
  target: string;
  window: string;
  better?: 'higher' | 'lower';
  measurement?: string;
  prometheus?: { good: string; total: string } | { value: string };
  /** Where it came from, for messages. */
  file: string;
  at: Position;
  item: string;
}

interface OwnerCandidate {
  /** The value as the spec gives it. */
  value: string;
  /** Where: `label owner`, `annotation slac.dev/owner`. */
  from: string;
  file: string;
  at: Position;
}

export interface ImportedService {
  id: string;
  name: string;
  summary?: string;
  tier?: string;
  owners: OwnerCandidate[];
  objectives: ImportedObjective[];
  /** The files and spec versions it came from, in the order read. */
  sources: Array<{ file: string; spec: string }>;
  file: string;
  at: Position;
}

/** The services read so far, and what was said about each item. */
export class Collected {
  readonly services = new Map<string, ImportedService>();
  readonly notices: Notice[] = [];
  /** The spec version each file was read as, for the sources of the objectives it gives. */
  private readonly specOf = new Map<string, string>();
  /** Each service's objectives by what they say, to import the same SLO read twice once. */
  private readonly commitments = new Map<ImportedService, Map<string, ImportedObjective>>();

  note(item: Item, path: ReadonlyArray<string | number>, message: string, subject?: string): void {
    this.notices.push(noticeAt(item.file, item.at(path), 'note', message, subject));
  }

  refuse(
    item: Item,
    path: ReadonlyArray<string | number>,
    message: string,
    subject?: string,
  ): void {
    this.notices.push(noticeAt(item.file, item.at(path), 'not-converted', message, subject));
  }

  error(item: Item, path: ReadonlyArray<string | number>, message: string, subject?: string): void {
    this.notices.push(noticeAt(item.file, item.at(path), 'error', message, subject));
  }

  /** The service named `name` (created on first use), with this item as one of its sources. */
  service(name: string, item: Item, spec: string): ImportedService {
    const id = kebab(name) || 'imported-service';
    let s = this.services.get(id);
    if (!s) {
      s = {
        id,
        name: name.slice(0, 200),
        owners: [],
        objectives: [],
        sources: [],
        file: item.file,
        at: item.at([]),
      };
      this.services.set(id, s);
    }
    this.specOf.set(item.file, spec);
    return s;
  }

  /** Adds an objective, renaming it where its id is taken (`requests-2`), and saying so. */
  addObjective(service: ImportedService, o: ImportedObjective): void {
    let id = o.id || 'objective';
    if (service.objectives.length >= MAX_OBJECTIVES) {
      this.notices.push(
        noticeAt(
          o.file,
          o.at,
          'not-converted',
          `service ${service.id} has ${MAX_OBJECTIVES} objectives already, as many as an import writes in one SLA; split the spec`,
          o.item,
        ),
      );
      return;
    }
    const key = commitmentKey(o);
    let seen = this.commitments.get(service);
    if (!seen) this.commitments.set(service, (seen = new Map()));
    const same = seen.get(key);
    if (same && (same.id === id || same.id.startsWith(`${id}-`))) {
      this.notices.push(
        noticeAt(
          o.file,
          o.at,
          'note',
          `the same objective as ${same.id} from ${same.file}:${same.at.line}; imported once`,
          o.item,
        ),
      );
      return;
    }
    if (service.objectives.some((x) => x.id === id)) {
      let n = 2;
      while (service.objectives.some((x) => x.id === `${id}-${n}`)) n++;
      const renamed = `${id}-${n}`;
      this.notices.push(
        noticeAt(
          o.file,
          o.at,
          'note',
          `service ${service.id} already has an objective ${id}; this one is ${renamed}`,
          o.item,
        ),
      );
      id = renamed;
    }
    service.objectives.push({ ...o, id });
    if (!same) seen.set(key, { ...o, id });
    const spec = this.specOf.get(o.file) ?? 'unknown spec';
    if (!service.sources.some((x) => x.file === o.file && x.spec === spec))
      service.sources.push({ file: o.file, spec });
  }
}

/** What an objective says, to find the same SLO read from two files. */
function commitmentKey(o: ImportedObjective): string {
  return JSON.stringify([
    o.id,
    o.title,
    o.description,
    o.indicator,
    o.target,
    o.window,
    o.better,
    o.measurement,
    o.prometheus,
  ]);
}

/** Objectives one imported SLA holds at most. */
const MAX_OBJECTIVES = 1000;

/**
 * The owner of an imported SLA: `--owner` when given; else the spec's `@login` or
 * `@org/team`; else a plain name from a label (`owner: myteam`) read as the GitHub user
 * `@myteam`, which the import says. Undefined, with the reason, when none fits.
 */
export function resolveOwner(
  service: ImportedService,
  option: string | undefined,
): { owner: string; note?: string } | { reason: string } {
  if (option !== undefined) return { owner: option };
  const values = [...new Set(service.owners.map((o) => o.value.trim()))];
  const handles = values.filter((v) => v.startsWith('@'));
  const pick = handles.length > 0 ? handles : values;
  if (pick.length === 0)
    return {
      reason:
        'the spec names no owner (no label or annotation owner, team or slac.dev/owner); pass --owner @org/team, the GitHub user or team who approves changes to the SLA',
    };
  if (pick.length > 1)
    return {
      reason: `the spec names several owners (${pick.join(', ')}); an SLA has one: pass --owner @org/team`,
    };
  const value = pick[0] as string;
  const from = service.owners.find((o) => o.value.trim() === value) as OwnerCandidate;
  if (value.startsWith('@')) {
    if (isValidOwner(value)) return { owner: value };
    return {
      reason: `${from.from} "${value}" is not a GitHub user "@login" or team "@org/team-slug"; pass --owner @org/team`,
    };
  }
  const handle = `@${value}`;
  if (!isValidOwner(handle))
    return {
      reason: `${from.from} "${value}" is no GitHub user or team name; pass --owner @org/team`,
    };
  return {
    owner: handle,
    note: `owner ${handle} comes from ${from.from}: ${value}, read as a GitHub user; if it is a team, pass --owner @org/team`,
  };
}
