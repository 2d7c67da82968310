// Imported services as slac SLA files: the text, starting with a comment that says where it
// came from, and checked by slac's own validator before anyone writes it. An objective the
// validator refuses is left out with its reasons; a service without an owner or an objective
// is not written, and the import says why.
import { stringify } from 'yaml';
import type { SlaFile } from '../model/sla.js';
import { loadSla } from '../validate/index.js';
import type { ImportedObjective, ImportedService } from './model.js';
import { resolveOwner } from './model.js';
import { noticeAt, type Notice } from './notice.js';

export interface ImportOptions {
  /** `--owner`: the owner of every SLA written. */
  owner?: string;
  /** The window of objectives whose spec gives none (Sloth's default period: 30d). */
  window: string;
  /** The day of the import: `effective.from` of the SLAs. */
  today: string;
  /** The command, for the comment: `slac import sloth`. */
  command: string;
}

export interface PlannedSla {
  id: string;
  /** The file name to write: `<id>.yaml`. */
  name: string;
  text: string;
  objectives: number;
  sources: string[];
}

/** The SLA of a service, or why none: one file each, validated. */
export function buildSla(
  service: ImportedService,
  options: ImportOptions,
): { sla?: PlannedSla; notices: Notice[] } {
  const notices: Notice[] = [];
  const subject = `service ${service.id}`;
  // Every SLO of the service was refused, each with its reason: there is nothing to write.
  if (service.objectives.length === 0) return { notices };
  const owner = resolveOwner(service, options.owner);
  if ('reason' in owner) {
    notices.push(
      noticeAt(service.file, service.at, 'error', `not written: ${owner.reason}`, subject),
    );
    return { notices };
  }
  if (owner.note) notices.push(noticeAt(service.file, service.at, 'note', owner.note, subject));
  const spec = service.sources.map((s) => s.spec).filter((s, i, all) => all.indexOf(s) === i);
  const files = service.sources.map((s) => s.file).filter((s, i, all) => all.indexOf(s) === i);
  const summary =
    service.summary ??
    `${service.name} (imported without a description): describe here what the service does for customers.`;
  if (service.summary === undefined)
    notices.push(
      noticeAt(
        service.file,
        service.at,
        'note',
        `the spec has no description of the service: spec.service.summary is a placeholder to rewrite for customers`,
        subject,
      ),
    );
  const header = [
    `# Imported by "${options.command}" from ${files.join(', ')} (${spec.join(', ')}) on ${options.today}.`,
    `# Not in the source, so written here to be checked: the owner, spec.effective, ${service.summary === undefined ? 'spec.service.summary, ' : ''}and what the`,
    '# contract adds to the SLOs (support, maintenance, credits, contacts). See docs/interop.md.',
  ].join('\n');

  const sla = (objectives: ImportedObjective[]): SlaFile => ({
    apiVersion: 'slac/v1',
    kind: 'ServiceLevelAgreement',
    metadata: {
      id: service.id,
      title: service.name,
      owner: owner.owner,
      ...(service.tier !== undefined ? { tier: service.tier } : {}),
    },
    spec: {
      service: { name: service.name, summary },
      effective: { from: options.today },
      objectives: objectives.map(objectiveOf) as SlaFile['spec']['objectives'],
    },
  });
  const textOf = (data: SlaFile) => `${header}\n${stringify(data, { lineWidth: 0 })}`;
  const check = (text: string) =>
    loadSla({ path: `${service.id}.yaml`, content: text }, { today: options.today });

  // Each objective on its own first, so that one the validator refuses is left out alone.
  const kept: ImportedObjective[] = [];
  for (const o of service.objectives) {
    const { problems } = check(textOf(sla([o])));
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      notices.push(
        noticeAt(
          o.file,
          o.at,
          'not-converted',
          `slac would not accept it: ${errors.map((e) => `${e.rule} ${e.message}`).join('; ')}`,
          o.item,
        ),
      );
      continue;
    }
    for (const w of problems)
      notices.push(noticeAt(o.file, o.at, 'note', `slac warns: ${w.rule} ${w.message}`, o.item));
    kept.push(o);
  }
  if (kept.length === 0) {
    notices.push(
      noticeAt(
        service.file,
        service.at,
        'error',
        'not written: no objective of the service could be converted',
        subject,
      ),
    );
    return { notices };
  }
  const text = textOf(sla(kept));
  const { problems } = check(text);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    notices.push(
      noticeAt(
        service.file,
        service.at,
        'error',
        `not written: slac would not accept the file: ${errors.map((e) => `${e.line}:${e.column} ${e.rule} ${e.message}`).join('; ')}`,
        subject,
      ),
    );
    return { notices };
  }
  return {
    sla: {
      id: service.id,
      name: `${service.id}.yaml`,
      text,
      objectives: kept.length,
      sources: files,
    },
    notices,
  };
}

function objectiveOf(o: ImportedObjective): SlaFile['spec']['objectives'][number] {
  return {
    id: o.id,
    title: o.title,
    ...(o.description !== undefined ? { description: o.description } : {}),
    indicator: o.indicator,
    target: o.target,
    window: o.window,
    ...(o.better !== undefined ? { better: o.better } : {}),
    ...(o.measurement !== undefined ? { measurement: o.measurement } : {}),
    ...(o.prometheus !== undefined ? { prometheus: { ...o.prometheus } } : {}),
  };
}
