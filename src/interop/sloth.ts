// Sloth specs → imported services: the `prometheus/v1` spec and its Kubernetes form
// (`sloth.slok.dev/v1` PrometheusServiceLevel). Sloth's objective is a percentage (0–100] of
// good events over a rolling period given on Sloth's command line (30 days by default); its
// SLIs are an error count and a total over `{{.window}}`, or a precomputed error ratio.
import type { DocPath } from '../model/problem.js';
import { parseWindow } from '../model/units.js';
import type { Item } from './documents.js';
import { type Collected, type ImportedObjective, type ImportedService } from './model.js';
import { goodFromErrors, hasWindow, percentOfRatio, windowToRange } from './promql.js';
import {
  Refusal,
  humanize,
  isMapping,
  kebab,
  labels as readLabels,
  list,
  mapping,
  num,
  optMapping,
  optText,
  text,
  type Data,
} from './read.js';

export interface SlothOptions {
  /** The window of objectives whose spec says none (Sloth's --default-slo-period). */
  window: string;
}

/** Label keys of a Sloth spec that the import reads (the others label Sloth's rules only). */
const READ_LABELS = new Set(['owner', 'team', 'tier', 'category', 'slac_window']);

/** A Sloth document: a prometheus/v1 spec, a PrometheusServiceLevel, or AlertWindows. */
export function readSlothItem(item: Item, out: Collected, options: SlothOptions): void {
  const d = item.data;
  if (typeof d.version === 'string') {
    if (d.version !== 'prometheus/v1') {
      out.refuse(
        item,
        ['version'],
        `Sloth spec version ${d.version} is not known; slac reads version prometheus/v1`,
        'Sloth spec',
      );
      return;
    }
    readSpec(item, [], d, 'Sloth prometheus/v1', out, options, undefined);
    return;
  }
  const kind = typeof d.kind === 'string' ? d.kind : undefined;
  const name = isMapping(d.metadata) && typeof d.metadata.name === 'string' ? d.metadata.name : '';
  const subject = `${kind ?? 'object'}${name ? ` ${name}` : ''}`;
  if (kind === 'AlertWindows') {
    // Alert tuning only, no objective in it: nothing of the contract is lost, so a note.
    out.note(
      item,
      ['kind'],
      'Sloth alert windows tune the burn-rate alerts Sloth generates; slac keeps contracts, not alerts — nothing to import, keep this file for Sloth',
      subject,
    );
    return;
  }
  if (kind !== 'PrometheusServiceLevel') {
    out.refuse(
      item,
      ['kind'],
      `kind ${kind ?? '(missing)'} of ${String(d.apiVersion)} is not a Sloth SLO spec; slac imports version prometheus/v1 and kind PrometheusServiceLevel`,
      subject,
    );
    return;
  }
  try {
    const spec = mapping(d.spec, ['spec'], 'spec');
    readSpec(
      item,
      ['spec'],
      spec,
      `Sloth ${String(d.apiVersion)} PrometheusServiceLevel`,
      out,
      options,
      d.metadata,
    );
  } catch (err) {
    if (!(err instanceof Refusal)) throw err;
    out.refuse(item, err.path, err.message, subject);
  }
}

function readSpec(
  item: Item,
  base: DocPath,
  spec: Data,
  specName: string,
  out: Collected,
  options: SlothOptions,
  k8sMetadata: unknown,
): void {
  let service: ImportedService;
  let specLabels: Map<string, string[]>;
  try {
    const name = text(spec.service, [...base, 'service'], 'service');
    specLabels = readLabels(spec.labels, [...base, 'labels'], 'labels');
    list(spec.slos, [...base, 'slos'], 'slos');
    service = out.service(name, item, specName);
  } catch (err) {
    if (!(err instanceof Refusal)) throw err;
    out.refuse(item, err.path, err.message, 'Sloth spec');
    return;
  }
  // Owners and tier: the spec's labels, and on Kubernetes the object's annotations and labels.
  const owner = (key: string, values: string[] | undefined, from: string, path: DocPath) => {
    if (values?.length === 1)
      service.owners.push({ value: values[0] as string, from, file: item.file, at: item.at(path) });
  };
  for (const key of ['owner', 'team'])
    owner(key, specLabels.get(key), `label ${key}`, [...base, 'labels', key]);
  if (isMapping(k8sMetadata)) {
    for (const where of ['annotations', 'labels'] as const) {
      const m = k8sMetadata[where];
      if (!isMapping(m)) continue;
      for (const key of ['slac.dev/owner', 'owner', 'team'])
        if (typeof m[key] === 'string')
          owner(key, [m[key] as string], `${where.slice(0, -1)} ${key}`, ['metadata', where, key]);
    }
  }
  const tier = specLabels.get('tier');
  if (tier?.length === 1 && service.tier === undefined)
    service.tier = (tier[0] as string).slice(0, 50);
  const unread = [...specLabels.keys()].filter((k) => !READ_LABELS.has(k));
  if (unread.length > 0)
    out.note(
      item,
      [...base, 'labels'],
      `${unread.length === 1 ? 'label' : 'labels'} ${unread.join(', ')} ${unread.length === 1 ? 'is' : 'are'} not imported: they label Sloth's recording rules, not the contract`,
      `service ${service.id}`,
    );
  if (spec.slo_plugins !== undefined || spec.sloPlugins !== undefined)
    out.note(
      item,
      [...base, spec.slo_plugins !== undefined ? 'slo_plugins' : 'sloPlugins'],
      'SLO plugins are not imported: they change how Sloth generates rules, not the contract',
      `service ${service.id}`,
    );
  const victoria = JSON.stringify(spec.slo_plugins ?? '').includes('victoria_metrics');

  const slos = spec.slos as unknown[];
  const alerting: string[] = [];
  slos.forEach((raw, i) => {
    const path = [...base, 'slos', i];
    const subject = `SLO ${isMapping(raw) && typeof raw.name === 'string' ? raw.name : `#${i + 1}`}`;
    try {
      const slo = mapping(raw, path, 'an SLO');
      const objective = readSlo(item, path, slo, specLabels, out, options, subject);
      if (objective) out.addObjective(service, objective);
      if (hasAlerts(slo)) alerting.push(String(slo.name));
      if (slo.plugins !== undefined)
        out.note(item, [...path, 'plugins'], 'SLO plugins are not imported', subject);
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      out.refuse(item, err.path, err.message, subject);
    }
  });
  if (alerting.length > 0)
    out.note(
      item,
      [...base, 'slos'],
      `the alerting of ${alerting.length === 1 ? 'SLO' : 'SLOs'} ${alerting.join(', ')} is not imported: slac does not generate alerts — Sloth keeps doing that (slac export sloth writes specs with Sloth's default page and ticket alerts)`,
      `service ${service.id}`,
    );
  if (victoria)
    out.note(
      item,
      [...base, 'slo_plugins'],
      'the queries are MetricsQL (VictoriaMetrics): slac measure needs a server that understands them',
      `service ${service.id}`,
    );
}

function hasAlerts(slo: Data): boolean {
  const a = slo.alerting;
  if (!isMapping(a)) return false;
  const page = a.page_alert ?? a.pageAlert;
  const ticket = a.ticket_alert ?? a.ticketAlert;
  const disabled = (x: unknown) => isMapping(x) && x.disable === true;
  return !(disabled(page) && disabled(ticket));
}

function readSlo(
  item: Item,
  path: DocPath,
  slo: Data,
  specLabels: Map<string, string[]>,
  out: Collected,
  options: SlothOptions,
  subject: string,
): ImportedObjective | undefined {
  const name = text(slo.name, [...path, 'name'], 'name');
  const objective = num(slo.objective, [...path, 'objective'], 'objective');
  if (!(objective > 0 && objective <= 100))
    throw new Refusal(
      [...path, 'objective'],
      `objective ${objective} is not a percentage above 0 and at most 100 (Sloth writes 99.9 for 99.9%)`,
    );
  const description = optText(slo.description, [...path, 'description'], 'description');
  const sloLabels = readLabels(slo.labels, [...path, 'labels'], 'labels');
  const alerting = optMapping(slo.alerting, [...path, 'alerting'], 'alerting');
  const alertLabels = alerting
    ? readLabels(alerting.labels, [...path, 'alerting', 'labels'], 'alerting labels')
    : new Map<string, string[]>();
  const sli = mapping(slo.sli, [...path, 'sli'], 'sli');

  const title =
    description !== undefined && description.length <= 200 && !description.includes('\n')
      ? description.trim()
      : humanize(name);
  const windowLabel = sloLabels.get('slac_window')?.[0];
  const window =
    windowLabel !== undefined && parseWindow(windowLabel).ok ? windowLabel : options.window;
  const base = {
    id: kebab(name),
    title,
    ...(description !== undefined && title !== description.trim()
      ? { description: description.slice(0, 2000) }
      : {}),
    window,
    file: item.file,
    at: item.at(path),
    item: subject,
  };

  const events = sli.events;
  const raw = sli.raw;
  if (sli.plugin !== undefined) {
    const id = isMapping(sli.plugin) ? String(sli.plugin.id) : '?';
    throw new Refusal(
      [...path, 'sli', 'plugin'],
      `the SLI comes from the Sloth plugin ${id}, whose queries Sloth builds itself; write them out as sli.events (error_query, total_query) and import again`,
    );
  }
  if (events !== undefined) {
    const e = mapping(events, [...path, 'sli', 'events'], 'sli.events');
    const errorKey = e.error_query !== undefined ? 'error_query' : 'errorQuery';
    const totalKey = e.total_query !== undefined ? 'total_query' : 'totalQuery';
    const errors = text(
      e[errorKey],
      [...path, 'sli', 'events', errorKey],
      `sli.events.${errorKey}`,
    );
    const total = text(e[totalKey], [...path, 'sli', 'events', totalKey], `sli.events.${totalKey}`);
    for (const [key, q] of [
      [errorKey, errors],
      [totalKey, total],
    ] as const)
      if (!hasWindow(q))
        out.note(
          item,
          [...path, 'sli', 'events', key],
          `${key} has no {{.window}}: slac reads it at one instant, not over the period`,
          subject,
        );
    const indicator = ratioIndicator(name, sloLabels, alertLabels, specLabels);
    const good = goodFromErrors(windowToRange(errors), windowToRange(total));
    return {
      ...base,
      indicator,
      target: `${indicator === 'error-rate' ? percentText(100 - objective) : percentText(objective)}%`,
      prometheus: { good, total: windowToRange(total).trim() },
    };
  }
  if (raw !== undefined) {
    const r = mapping(raw, [...path, 'sli', 'raw'], 'sli.raw');
    const key = r.error_ratio_query !== undefined ? 'error_ratio_query' : 'errorRatioQuery';
    const query = text(r[key], [...path, 'sli', 'raw', key], `sli.raw.${key}`);
    return {
      ...base,
      indicator: 'custom',
      better: 'higher',
      target: `${percentText(objective)}%`,
      prometheus: { value: percentOfRatio(windowToRange(query), 'failure') },
    };
  }
  throw new Refusal([...path, 'sli'], 'sli has neither events nor raw; write one of them');
}

/**
 * Which slac indicator a Sloth ratio SLO is: the `category` label where it names one
 * (`availability`; `latency` is the share of fast requests, a success rate), else
 * availability when the name says so, else success-rate (the share of good events).
 */
function ratioIndicator(
  name: string,
  ...labelSets: Array<Map<string, string[]>>
): ImportedObjective['indicator'] {
  for (const l of labelSets) {
    const category = l.get('category')?.[0]?.toLowerCase();
    if (category === undefined) continue;
    if (['availability', 'success-rate', 'error-rate', 'durability'].includes(category))
      return category as ImportedObjective['indicator'];
    if (category === 'latency') return 'success-rate';
  }
  return /availability|uptime/i.test(name) ? 'availability' : 'success-rate';
}

/** A percentage without binary noise: 100 − 99.9 → "0.1". */
export function percentText(value: number): string {
  return String(Number(value.toPrecision(12)));
}
