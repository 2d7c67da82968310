// OpenSLO specs → imported services: `openslo/v1alpha` (as Sloth reads it), `openslo/v1` and
// `openslo.com/v2alpha`. SLOs name their service and their SLI inline or by reference, in any
// document of any file given; targets are fractions (0–1) or `targetPercent`; windows are
// rolling durations or calendar periods. What slac has no place for is reported per item:
// composite SLOs, time-slice budgeting, alerting objects, data source connection details.
import type { DocPath } from '../model/problem.js';
import type { Item } from './documents.js';
import { type Collected, type ImportedObjective, type ImportedService } from './model.js';
import {
  counterToRange,
  goodFromErrors,
  hasWindow,
  percentOfRatio,
  quantileOfPoints,
  timeSlices,
  windowToRange,
} from './promql.js';
import {
  Refusal,
  humanize,
  isMapping,
  kebab,
  labels as readLabels,
  list,
  mapping,
  num,
  optBool,
  optList,
  optMapping,
  optText,
  text,
  type Data,
} from './read.js';
import { percentText } from './sloth.js';

export interface OpenSloOptions {
  /** The window of SLOs that give none. */
  window: string;
}

type Version = 'v1alpha' | 'v1' | 'v2alpha';

interface Obj {
  item: Item;
  version: Version;
  kind: string;
  name: string;
  data: Data;
}

const ALERTING = new Set(['AlertPolicy', 'AlertCondition', 'AlertNotificationTarget']);

function openSloVersion(apiVersion: string): Version | undefined {
  return apiVersion === 'openslo/v1alpha'
    ? 'v1alpha'
    : apiVersion === 'openslo/v1'
      ? 'v1'
      : apiVersion === 'openslo.com/v2alpha' || apiVersion === 'openslo/v2alpha'
        ? 'v2alpha'
        : undefined;
}

/** Reads every OpenSLO object of the files together: references cross documents and files. */
export function readOpenSloItems(
  items: readonly Item[],
  out: Collected,
  options: OpenSloOptions,
): void {
  const objects: Obj[] = [];
  for (const item of items) {
    const d = item.data;
    const api = String(d.apiVersion);
    const version = openSloVersion(api);
    const kind = typeof d.kind === 'string' ? d.kind : '';
    const name =
      isMapping(d.metadata) && typeof d.metadata.name === 'string' ? d.metadata.name : '';
    const subject = `${kind || 'object'}${name ? ` ${name}` : ''}`;
    if (!version) {
      out.refuse(
        item,
        ['apiVersion'],
        `OpenSLO version ${api} is not known; slac reads openslo/v1alpha, openslo/v1 and openslo.com/v2alpha`,
        subject,
      );
      continue;
    }
    if (!kind) {
      out.refuse(
        item,
        ['kind'],
        'kind is missing: an OpenSLO object is an SLO, SLI, Service, DataSource or alerting object',
        subject,
      );
      continue;
    }
    if (!name) {
      out.refuse(item, ['metadata', 'name'], 'metadata.name is missing', subject);
      continue;
    }
    objects.push({ item, version, kind, name, data: d });
  }
  const byKind = (kind: string) => objects.filter((o) => o.kind === kind);
  const find = (kind: string, name: string) =>
    objects.find((o) => o.kind === kind && o.name === name);
  const used = new Set<Obj>();

  for (const slo of byKind('SLO')) {
    try {
      readSlo(slo, out, options, find, used);
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      out.refuse(slo.item, err.path, err.message, `SLO ${slo.name}`);
    }
  }
  for (const o of objects) {
    if (o.kind === 'SLO' || (used.has(o) && o.kind !== 'DataSource')) continue;
    const subject = `${o.kind} ${o.name}`;
    if (o.kind === 'Service')
      out.refuse(
        o.item,
        ['metadata', 'name'],
        'no SLO in the files given belongs to this service, so there is no objective to import; give the files of its SLOs too',
        subject,
      );
    else if (o.kind === 'SLI')
      out.refuse(
        o.item,
        ['metadata', 'name'],
        'no SLO in the files given uses this SLI; give the SLO files too (an SLI alone holds no target)',
        subject,
      );
    else if (o.kind === 'DataSource')
      out.refuse(
        o.item,
        ['spec'],
        'connection details are not imported: slac measure takes the Prometheus URL on its command line (--prometheus) and a token from SLAC_PROMETHEUS_TOKEN',
        subject,
      );
    else if (ALERTING.has(o.kind))
      out.refuse(
        o.item,
        ['kind'],
        'alerting is not converted: slac keeps the contract, not alerts — keep this object for the tool that alerts (Sloth, Pyrra, your OpenSLO platform)',
        subject,
      );
    else out.refuse(o.item, ['kind'], `kind ${o.kind} is not an OpenSLO kind slac knows`, subject);
  }
}

function readSlo(
  slo: Obj,
  out: Collected,
  options: OpenSloOptions,
  find: (kind: string, name: string) => Obj | undefined,
  used: Set<Obj>,
): void {
  const { item, version } = slo;
  const subject = `SLO ${slo.name}`;
  const metadata = mapping(slo.data.metadata, ['metadata'], 'metadata');
  const spec = mapping(slo.data.spec, ['spec'], 'spec');
  const serviceName = text(spec.service, ['spec', 'service'], 'spec.service');
  const serviceObj = find('Service', serviceName);
  if (serviceObj) used.add(serviceObj);
  const service = out.service(serviceName, item, `OpenSLO ${String(slo.data.apiVersion)}`);
  if (serviceObj) adoptService(service, serviceObj, out);
  addOwners(service, item, ['metadata'], metadata);

  const budgeting = optText(spec.budgetingMethod, ['spec', 'budgetingMethod'], 'budgetingMethod');
  if (budgeting !== undefined && !BUDGETING.includes(budgeting as Budgeting))
    throw new Refusal(
      ['spec', 'budgetingMethod'],
      `budgetingMethod ${budgeting} is not one of ${BUDGETING.join(', ')}`,
    );
  if (budgeting === undefined)
    out.note(
      item,
      ['spec'],
      'budgetingMethod is missing; read as Occurrences (a share of events)',
      subject,
    );
  const method = (budgeting ?? 'Occurrences') as Budgeting;

  const window = sloWindow(slo, spec, out, options);
  const alertPolicies = optList(spec.alertPolicies, ['spec', 'alertPolicies'], 'alertPolicies');
  if (alertPolicies.length > 0)
    out.note(
      item,
      ['spec', 'alertPolicies'],
      `${alertPolicies.length} alert ${alertPolicies.length === 1 ? 'policy is' : 'policies are'} not converted: slac keeps the contract, not alerts`,
      subject,
    );

  const objectives = list(spec.objectives, ['spec', 'objectives'], 'spec.objectives');
  if (objectives.length === 0)
    throw new Refusal(['spec', 'objectives'], 'spec.objectives is empty');
  const composite = objectives.some(
    (o) =>
      isMapping(o) &&
      ['indicator', 'indicatorRef', 'sli', 'sliRef'].some((k) => o[k] !== undefined),
  );
  if (composite)
    throw new Refusal(
      ['spec', 'objectives'],
      'this is a composite SLO (each objective has its own SLI, their error budgets burn together); slac has no composite objectives — write one SLO per SLI and import those',
    );

  // The SLI of the whole SLO (v1, v2alpha); v1alpha gives it per objective.
  let sli: { data: Data; path: DocPath; item: Item; name: string } | undefined;
  if (version !== 'v1alpha') {
    const inlineKey = version === 'v1' ? 'indicator' : 'sli';
    const refKey = version === 'v1' ? 'indicatorRef' : 'sliRef';
    if (spec[inlineKey] !== undefined) {
      const inline = mapping(spec[inlineKey], ['spec', inlineKey], `spec.${inlineKey}`);
      const name =
        isMapping(inline.metadata) && typeof inline.metadata.name === 'string'
          ? inline.metadata.name
          : slo.name;
      sli = {
        data: mapping(inline.spec, ['spec', inlineKey, 'spec'], `spec.${inlineKey}.spec`),
        path: ['spec', inlineKey, 'spec'],
        item,
        name,
      };
    } else {
      const ref = text(spec[refKey], ['spec', refKey], `spec.${inlineKey} or spec.${refKey}`);
      const target = find('SLI', ref);
      if (!target)
        throw new Refusal(
          ['spec', refKey],
          `the SLI ${ref} is not in the files given; add the file that defines it`,
        );
      used.add(target);
      sli = {
        data: mapping(target.data.spec, ['spec'], 'spec'),
        path: ['spec'],
        item: target.item,
        name: ref,
      };
    }
  }

  const annotations = isMapping(metadata.annotations) ? metadata.annotations : {};
  const declaredIndicator =
    typeof annotations['slac.dev/indicator'] === 'string'
      ? (annotations['slac.dev/indicator'] as string)
      : undefined;
  const declaredId =
    typeof annotations['slac.dev/objective'] === 'string'
      ? kebab(annotations['slac.dev/objective'] as string)
      : undefined;
  const sloTitle = optText(metadata.displayName, ['metadata', 'displayName'], 'displayName');
  const description = optText(spec.description, ['spec', 'description'], 'description');

  objectives.forEach((raw, j) => {
    const path: DocPath = ['spec', 'objectives', j];
    const objSubject = objectives.length > 1 ? `${subject} objective #${j + 1}` : subject;
    try {
      const o = mapping(raw, path, 'an objective');
      const displayName = optText(o.displayName, [...path, 'displayName'], 'displayName');
      const percent = targetPercent(o, path);
      const id =
        objectives.length === 1
          ? (declaredId ?? kebab(slo.name))
          : kebab(`${slo.name}-${displayName ?? String(j + 1)}`);
      const base = {
        id,
        title: (displayName ?? sloTitle ?? humanize(slo.name)).slice(0, 200),
        ...(description !== undefined ? { description: description.slice(0, 2000) } : {}),
        window,
        file: item.file,
        at: item.at(path),
        item: objSubject,
      };
      const indicatorSli =
        version === 'v1alpha'
          ? { data: o, path, item, name: slo.name }
          : (sli as NonNullable<typeof sli>);
      const objective = objectiveOf(
        base,
        indicatorSli,
        o,
        path,
        percent,
        declaredIndicator,
        slo,
        method,
        out,
        find,
        used,
        objSubject,
      );
      out.addObjective(service, objective);
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      out.refuse(item, err.path, err.message, objSubject);
    }
  });
}

function adoptService(service: ImportedService, o: Obj, out: Collected): void {
  try {
    const metadata = mapping(o.data.metadata, ['metadata'], 'metadata');
    const spec = optMapping(o.data.spec, ['spec'], 'spec') ?? {};
    const display = optText(metadata.displayName, ['metadata', 'displayName'], 'displayName');
    if (display !== undefined) service.name = display.slice(0, 200);
    const description = optText(spec.description, ['spec', 'description'], 'description');
    if (description !== undefined && service.summary === undefined)
      service.summary = description.slice(0, 2000);
    addOwners(service, o.item, ['metadata'], metadata);
  } catch (err) {
    if (!(err instanceof Refusal)) throw err;
    out.note(
      o.item,
      err.path,
      `${err.message}; the service is named after its id`,
      `Service ${o.name}`,
    );
  }
}

function addOwners(service: ImportedService, item: Item, path: DocPath, metadata: Data): void {
  const annotations = isMapping(metadata.annotations) ? metadata.annotations : {};
  const found = (value: string, from: string, at: DocPath) => {
    if (!service.owners.some((x) => x.value === value && x.from === from))
      service.owners.push({ value, from, file: item.file, at: item.at(at) });
  };
  for (const key of ['slac.dev/owner', 'owner', 'team'])
    if (typeof annotations[key] === 'string')
      found(annotations[key] as string, `annotation ${key}`, [...path, 'annotations', key]);
  let labels: Map<string, string[]>;
  try {
    labels = readLabels(metadata.labels, [...path, 'labels'], 'labels');
  } catch {
    return;
  }
  const tier = labels.get('tier');
  if (tier?.length === 1 && service.tier === undefined)
    service.tier = (tier[0] as string).slice(0, 50);
  for (const key of ['owner', 'team']) {
    const values = labels.get(key);
    if (values?.length === 1) found(values[0] as string, `label ${key}`, [...path, 'labels', key]);
    else if (values && values.length > 1)
      for (const v of values) found(v, `label ${key}`, [...path, 'labels', key]);
  }
}

/** The target as a percentage: `target` is a fraction (0–1), `targetPercent` a percentage. */
function targetPercent(o: Data, path: DocPath): number {
  if (o.target !== undefined && o.targetPercent !== undefined)
    throw new Refusal([...path, 'targetPercent'], 'give target or targetPercent, not both');
  if (o.targetPercent !== undefined) {
    const p = num(o.targetPercent, [...path, 'targetPercent'], 'targetPercent');
    if (!(p > 0 && p <= 100))
      throw new Refusal(
        [...path, 'targetPercent'],
        `targetPercent ${p} is not a percentage above 0 and at most 100`,
      );
    return p;
  }
  const t = num(o.target, [...path, 'target'], 'target (or targetPercent)');
  if (!(t > 0 && t <= 1))
    throw new Refusal(
      [...path, 'target'],
      t > 1 && t <= 100
        ? `target ${t} is not a fraction from 0 to 1: OpenSLO writes 99.9% as target: 0.999 or targetPercent: 99.9`
        : `target ${t} is not a fraction above 0 and at most 1`,
    );
  return Number((t * 100).toPrecision(12));
}

const UNIT_LETTERS: Record<string, string> = {
  Second: 's',
  Minute: 'm',
  Hour: 'h',
  Day: 'd',
  Week: 'w',
  Month: 'M',
  Quarter: 'Q',
  Year: 'Y',
};

function sloWindow(slo: Obj, spec: Data, out: Collected, options: OpenSloOptions): string {
  const { item } = slo;
  const key = slo.version === 'v1alpha' ? 'timeWindows' : 'timeWindow';
  const windows = optList(spec[key], ['spec', key], `spec.${key}`);
  if (windows.length === 0) {
    out.note(
      item,
      ['spec'],
      `spec.${key} is missing; the objectives get the window ${options.window} (--window)`,
      `SLO ${slo.name}`,
    );
    return options.window;
  }
  if (windows.length > 1)
    throw new Refusal(
      ['spec', key, 1],
      `spec.${key} holds ${windows.length} windows; OpenSLO allows exactly one`,
    );
  const path: DocPath = ['spec', key, 0];
  const w = mapping(windows[0], path, 'the time window');
  let duration: string;
  if (slo.version === 'v1alpha') {
    const count = num(w.count, [...path, 'count'], 'count');
    const unit = text(w.unit, [...path, 'unit'], 'unit');
    const letter = UNIT_LETTERS[unit];
    if (!letter || !Number.isInteger(count) || count <= 0)
      throw new Refusal(
        [...path, 'unit'],
        `time window ${count} ${unit} is not a whole number of Second, Minute, Hour, Day, Week, Month, Quarter or Year`,
      );
    duration = `${count}${letter}`;
  } else duration = text(w.duration, [...path, 'duration'], 'duration');
  const calendar = optMapping(w.calendar, [...path, 'calendar'], 'calendar');
  const rolling =
    optBool(w.isRolling, [...path, 'isRolling'], 'isRolling') ?? calendar === undefined;
  const converted = windowOf(duration, rolling);
  if ('reason' in converted)
    throw new Refusal([...path, slo.version === 'v1alpha' ? 'unit' : 'duration'], converted.reason);
  if (calendar) {
    const zone = typeof calendar.timeZone === 'string' ? calendar.timeZone : undefined;
    if (zone !== undefined && zone !== 'UTC' && zone !== 'Etc/UTC')
      out.note(
        item,
        [...path, 'calendar', 'timeZone'],
        `the calendar's time zone ${zone} is not kept: slac's calendar periods run in UTC`,
        `SLO ${slo.name}`,
      );
  }
  return converted.window;
}

/** An OpenSLO duration shorthand and rolling flag as a slac window, or why not. */
function windowOf(duration: string, rolling: boolean): { window: string } | { reason: string } {
  const m = /^(\d+)([smhdwMQY])$/.exec(duration.trim());
  if (!m)
    return { reason: `duration ${duration} is not an OpenSLO duration such as 28d, 1w, 1M or 1Q` };
  const n = Number(m[1]);
  const unit = m[2] as string;
  if (n <= 0) return { reason: `duration ${duration} is not longer than zero` };
  if (unit === 's' || unit === 'm')
    return {
      reason: `duration ${duration} is ${n} ${unit === 's' ? 'second' : 'minute'}${n === 1 ? '' : 's'} in OpenSLO (a month is 1M); an SLA window is a day or longer — write 1M in the source if a month is meant`,
    };
  if (rolling) {
    if ('MQY'.includes(unit))
      return {
        reason: `a rolling ${duration} has no fixed length, and slac's rolling windows are days or weeks: write 30d (rolling) or a calendar month (isRolling: false with a calendar) in the source`,
      };
    return { window: `${n}${unit}` };
  }
  const calendar: Record<string, string> = { w: 'week', M: 'month', Q: 'quarter', Y: 'year' };
  if (n === 1 && calendar[unit]) return { window: calendar[unit] as string };
  return {
    reason: `a calendar window of ${duration} is not a slac window: slac's calendar windows are one week, month, quarter or year (1w, 1M, 1Q, 1Y); a rolling window is written with isRolling: true`,
  };
}

interface SliRef {
  data: Data;
  path: DocPath;
  item: Item;
  name: string;
}

type Query = { query: string } | { reason: string };

function objectiveOf(
  base: Omit<ImportedObjective, 'indicator' | 'target'>,
  sli: SliRef,
  o: Data,
  path: DocPath,
  percent: number,
  declared: string | undefined,
  slo: Obj,
  method: Budgeting,
  out: Collected,
  find: (kind: string, name: string) => Obj | undefined,
  used: Set<Obj>,
  subject: string,
): ImportedObjective {
  const v1alpha = slo.version === 'v1alpha';
  const ratioKey = v1alpha ? 'ratioMetrics' : 'ratioMetric';
  const thresholdKey = v1alpha ? 'thresholdMetrics' : 'thresholdMetric';
  const source = (raw: unknown, p: DocPath, what: string): Query =>
    metricQuery(raw, p, what, slo.version, find, used);
  const noteQuery = (q: Query & { reason: string }, p: DocPath) =>
    out.note(
      sli.item,
      p,
      `${q.reason}; the objective is imported without prometheus queries (enter results by hand, or add the queries)`,
      subject,
    );

  if (sli.data[ratioKey] !== undefined) {
    const rp = [...sli.path, ratioKey];
    const r = mapping(sli.data[ratioKey], rp, ratioKey);
    const counter = optBool(r.counter, [...rp, 'counter'], 'counter');
    const asRange = (q: Query): Query => overRange(q, counter);
    if (method !== 'Occurrences')
      return sliceObjective(base, r, rp, o, path, percent, declared, method, {
        query: (q) => asRange(source(q.raw, q.path, q.what)),
        noteQuery,
        note: (p, message) => out.note(slo.item, p, message, subject),
      });
    if (r.raw !== undefined) {
      const rawType = text(r.rawType, [...rp, 'rawType'], 'rawType');
      if (rawType !== 'success' && rawType !== 'failure')
        throw new Refusal([...rp, 'rawType'], `rawType ${rawType} is neither success nor failure`);
      const q = asRange(source(r.raw, [...rp, 'raw'], 'raw'));
      const objective: ImportedObjective = {
        ...base,
        indicator: 'custom',
        better: 'higher',
        target: `${percentText(percent)}%`,
      };
      if ('query' in q) objective.prometheus = { value: percentOfRatio(q.query, rawType) };
      else noteQuery(q, [...rp, 'raw']);
      return objective;
    }
    const indicator = ratioIndicatorOf(declared, sli.name, slo.name);
    const target = `${indicator === 'error-rate' ? percentText(100 - percent) : percentText(percent)}%`;
    const objective: ImportedObjective = { ...base, indicator, target };
    const goodOrBad = goodOrBadOf(r, rp);
    const total = asRange(source(r.total, [...rp, 'total'], 'total'));
    const part = asRange(source(r[goodOrBad], [...rp, goodOrBad], goodOrBad));
    if ('query' in total && 'query' in part)
      objective.prometheus = {
        good: goodOrBad === 'good' ? part.query : goodFromErrors(part.query, total.query),
        total: total.query,
      };
    else
      noteQuery(('reason' in part ? part : total) as Query & { reason: string }, [
        ...rp,
        'reason' in part ? goodOrBad : 'total',
      ]);
    return objective;
  }
  if (sli.data[thresholdKey] !== undefined) {
    const tp = [...sli.path, thresholdKey];
    if (method !== 'Occurrences')
      throw new Refusal(
        ['spec', 'budgetingMethod'],
        `budgetingMethod ${method} over a threshold SLI is not imported: slac reads time slices of a ratio (good / total) only; write the SLI as a ratio of good and total events, or use budgetingMethod: Occurrences`,
      );
    const op = text(o.op, [...path, 'op'], 'op (needed with a threshold SLI)');
    if (!['lt', 'lte', 'gt', 'gte'].includes(op))
      throw new Refusal([...path, 'op'], `op ${op} is not one of lt, lte, gt, gte`);
    const value = num(o.value, [...path, 'value'], 'value (needed with a threshold SLI)');
    const lower = op.startsWith('l');
    const objective: ImportedObjective = {
      ...base,
      indicator: 'custom',
      better: lower ? 'lower' : 'higher',
      target: percentText(value),
      measurement: `At least ${percentText(percent)}% of the data points of the indicator are ${lower ? 'below' : 'above'} ${percentText(value)}${op.endsWith('e') ? ' or equal' : ''}: the value is the ${lower ? percentText(percent) : percentText(100 - percent)}th percentile of the points over the period.`,
    };
    const q = source(sli.data[thresholdKey], tp, thresholdKey);
    if ('query' in q) {
      const quantile = Number(((lower ? percent : 100 - percent) / 100).toPrecision(12));
      objective.prometheus = {
        value: quantileOfPoints(hasWindow(q.query) ? windowToRange(q.query) : q.query, quantile),
      };
    } else noteQuery(q, tp);
    return objective;
  }
  throw new Refusal(sli.path, `the SLI has neither ${ratioKey} nor ${thresholdKey}`);
}

/** Which of good and bad a ratio SLI counts beside its total: exactly one of them. */
function goodOrBadOf(r: Data, rp: DocPath): 'good' | 'bad' {
  if (r.good !== undefined && r.bad !== undefined)
    throw new Refusal([...rp, 'bad'], 'give good or bad with total, not both');
  if (r.good === undefined && r.bad === undefined)
    throw new Refusal(rp, 'the ratio has neither good nor bad: give one of them with total');
  return r.good !== undefined ? 'good' : 'bad';
}

const BUDGETING = ['Occurrences', 'Timeslices', 'RatioTimeslices'] as const;
type Budgeting = (typeof BUDGETING)[number];

/** A ratio's query as slac measures it over a period (`{{range}}`), or why it cannot be. */
function overRange(q: Query, counter: boolean | undefined): Query {
  if ('reason' in q) return q;
  if (hasWindow(q.query)) return { query: windowToRange(q.query).trim() };
  if (counter === true) {
    const c = counterToRange(q.query);
    return c
      ? { query: c }
      : {
          reason: `the counter query ${short(q.query)} is more than a (summed) metric selector, and slac cannot tell its increase over a period`,
        };
  }
  return {
    reason: `the query ${short(q.query)} has no {{.window}}${counter === false ? ' and is no counter (counter: false)' : ''}, so slac cannot tell what it counts over a period`,
  };
}

const SLICE_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/**
 * A timeSliceWindow as a PromQL duration: the duration shorthand (`30s`, `1m`, `5m`), or a
 * number of minutes as OpenSLO also allows. Prometheus aligns a subquery's steps to multiples
 * of the step since 1970, so a slice must divide a day, or the slices would not start with the
 * periods; and at most an hour, because Prometheus 2 also counts the slice that ends where the
 * period starts (one in 168 for hours over a week, one in 10,080 for minutes).
 */
function sliceWindowOf(
  raw: unknown,
  path: DocPath,
  method: string,
): { slice: string; words: string } {
  let digits: string;
  let unit: string;
  // The spec reads a number as minutes; a number written in quotes too.
  if (typeof raw === 'string' && /^\s*\d+\s*$/.test(raw)) raw = Number(raw);
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw <= 0)
      throw new Refusal(path, `timeSliceWindow ${raw} is not a whole number of minutes`);
    digits = String(raw);
    unit = 'm';
  } else {
    const t = text(raw, path, `timeSliceWindow (needed with budgetingMethod ${method})`);
    const m = /^0*(\d{1,9})([smhdw])$/.exec(t.trim());
    if (!m) throw new Refusal(path, `timeSliceWindow ${t} is not a duration such as 30s, 1m or 5m`);
    digits = m[1] as string;
    unit = m[2] as string;
  }
  const seconds = Number(digits) * (SLICE_SECONDS[unit] as number);
  if (!(seconds > 0 && seconds <= 3600 && 86_400 % seconds === 0))
    throw new Refusal(
      path,
      `timeSliceWindow ${typeof raw === 'number' ? `${raw} (minutes)` : String(raw)} is not a slice of at most an hour that divides a day: use a slice such as 30s, 1m, 5m, 15m or 1h, so that the slices start with the period`,
    );
  const n = Number(digits);
  const names: Record<string, string> = { s: 'second', m: 'minute', h: 'hour', d: 'day' };
  return {
    slice: `${digits}${unit}`,
    words: `${n === 1 ? 'one' : n} ${names[unit] as string}${n === 1 ? '' : 's'}`,
  };
}

/**
 * An objective of budgetingMethod Timeslices or RatioTimeslices over a ratio SLI: the period
 * cut into slices of `timeSliceWindow`. Timeslices counts the slices whose share of good
 * events reaches `timeSliceTarget` — the share of good time, slac's availability; the value
 * is measured by a PromQL subquery over the period (see timeSlices). RatioTimeslices
 * averages the slices' shares.
 */
function sliceObjective(
  base: Omit<ImportedObjective, 'indicator' | 'target'>,
  r: Data,
  rp: DocPath,
  o: Data,
  path: DocPath,
  percent: number,
  declared: string | undefined,
  method: Exclude<Budgeting, 'Occurrences'>,
  queries: {
    query: (q: { raw: unknown; path: DocPath; what: string }) => Query;
    noteQuery: (q: Query & { reason: string }, p: DocPath) => void;
    note: (p: DocPath, message: string) => void;
  },
): ImportedObjective {
  const { slice, words: sliceWords } = sliceWindowOf(
    o.timeSliceWindow,
    [...path, 'timeSliceWindow'],
    method,
  );
  let sliceTarget: number | undefined;
  if (method === 'RatioTimeslices' && o.timeSliceTarget !== undefined)
    queries.note(
      [...path, 'timeSliceTarget'],
      "timeSliceTarget is not read with budgetingMethod RatioTimeslices, which averages the slices' shares",
    );
  if (method === 'Timeslices') {
    sliceTarget = num(
      o.timeSliceTarget,
      [...path, 'timeSliceTarget'],
      'timeSliceTarget (needed with budgetingMethod Timeslices)',
    );
    if (!(sliceTarget > 0 && sliceTarget <= 1))
      throw new Refusal(
        [...path, 'timeSliceTarget'],
        `timeSliceTarget ${sliceTarget} is not a fraction above 0 and at most 1`,
      );
  }
  if (r.raw !== undefined)
    throw new Refusal(
      [...rp, 'raw'],
      `budgetingMethod ${method} over a raw ratio is not imported: slac cuts the period into slices from counts of good and total events; write the SLI with good (or bad) and total`,
    );
  // Timeslices: the good slices of the slices counted, a share of good time (slac's
  // availability, or the ratio indicator the SLO declares). RatioTimeslices: an average of
  // shares, no count of events, so a custom percentage.
  const indicator: ImportedObjective['indicator'] =
    method === 'RatioTimeslices'
      ? 'custom'
      : declared && ['availability', 'success-rate', 'durability'].includes(declared)
        ? (declared as ImportedObjective['indicator'])
        : 'availability';
  const share = `the share of good events in a slice (good / total)`;
  const measurement =
    method === 'Timeslices'
      ? `Time is counted in slices of ${sliceWords}: a slice counts as good when ${share} is at least ${percentText(Number(((sliceTarget as number) * 100).toPrecision(12)))}%; a slice without requests is left out, and one with no measurement at all counts as bad; the figure is the share of good slices over the period (OpenSLO budgetingMethod Timeslices).`
      : `Time is counted in slices of ${sliceWords}: the figure is the average over the period of ${share}; a slice without requests is left out, and one with no measurement at all counts as 0 (OpenSLO budgetingMethod RatioTimeslices).`;
  const objective: ImportedObjective = {
    ...base,
    indicator,
    ...(indicator === 'custom' ? { better: 'higher' as const } : {}),
    target: `${percentText(percent)}%`,
    measurement,
  };
  const goodOrBad = goodOrBadOf(r, rp);
  const total = queries.query({ raw: r.total, path: [...rp, 'total'], what: 'total' });
  const part = queries.query({ raw: r[goodOrBad], path: [...rp, goodOrBad], what: goodOrBad });
  if ('query' in total && 'query' in part) {
    const counts = goodOrBad === 'good' ? { good: part.query } : { bad: part.query };
    objective.prometheus =
      sliceTarget === undefined
        ? timeSlices(counts, total.query, slice)
        : timeSlices(counts, total.query, slice, sliceTarget);
  } else
    queries.noteQuery(('reason' in part ? part : total) as Query & { reason: string }, [
      ...rp,
      'reason' in part ? goodOrBad : 'total',
    ]);
  return objective;
}

function ratioIndicatorOf(
  declared: string | undefined,
  ...names: string[]
): ImportedObjective['indicator'] {
  if (declared && ['availability', 'success-rate', 'error-rate', 'durability'].includes(declared))
    return declared as ImportedObjective['indicator'];
  return names.some((n) => /availability|uptime/i.test(n)) ? 'availability' : 'success-rate';
}

const PROMETHEUS_TYPES = /^(prometheus|thanos|mimir|cortex|victoriametrics|promql)$/i;

/** The PromQL of a metric source, or why there is none. */
function metricQuery(
  raw: unknown,
  path: DocPath,
  what: string,
  version: Version,
  find: (kind: string, name: string) => Obj | undefined,
  used: Set<Obj>,
): Query {
  const m = mapping(raw, path, what);
  let type: string | undefined;
  let query: unknown;
  let ref: string | undefined;
  if (version === 'v1alpha') {
    type =
      typeof m.queryType === 'string'
        ? m.queryType
        : typeof m.source === 'string'
          ? m.source
          : undefined;
    query = m.query;
  } else if (version === 'v1') {
    const ms = mapping(m.metricSource, [...path, 'metricSource'], `${what}.metricSource`);
    type = typeof ms.type === 'string' ? ms.type : undefined;
    ref = typeof ms.metricSourceRef === 'string' ? ms.metricSourceRef : undefined;
    const spec = optMapping(
      ms.spec,
      [...path, 'metricSource', 'spec'],
      `${what}.metricSource.spec`,
    );
    query = spec?.query;
  } else {
    ref = typeof m.dataSourceRef === 'string' ? m.dataSourceRef : undefined;
    const ds = isMapping(m.dataSourceSpec) ? m.dataSourceSpec : undefined;
    type = ds && typeof ds.type === 'string' ? ds.type : undefined;
    const spec = optMapping(m.spec, [...path, 'spec'], `${what}.spec`);
    query = spec?.query;
  }
  if (type === undefined && ref !== undefined) {
    const ds = find('DataSource', ref);
    if (ds) {
      used.add(ds);
      const spec = isMapping(ds.data.spec) ? ds.data.spec : {};
      type = typeof spec.type === 'string' ? spec.type : undefined;
    }
  }
  if (type === undefined)
    return {
      reason: `the data source of ${what}${ref ? ` (${ref}, not in the files given)` : ''} has no type, so slac cannot tell that its query is PromQL`,
    };
  if (!PROMETHEUS_TYPES.test(type))
    return { reason: `${what} is read from ${type}, and slac measures from Prometheus only` };
  if (typeof query !== 'string' || query.trim() === '') return { reason: `${what} has no query` };
  return { query: query.trim() };
}

function short(q: string): string {
  const s = q.replace(/\s+/g, ' ').trim();
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}
