// The review report in four forms: JSON (the design's contract), a terminal text, markdown
// (for an issue or a wiki) and one self-contained, printable HTML page with a chart per
// objective. The same report always gives the same bytes.
import { escapeMarkdown } from '../diff/format.js';
import type { OutputFormat } from '../model/output.js';
import { chartSvg, escapeXml } from './chart.js';
import {
  wholeReport,
  type Report,
  type ReportInParts,
  type ReportObjective,
  type ReportResult,
  type ReportSla,
} from './index.js';

/**
 * `slac report --format`: the first is the default. JSON is written as the SLAs are reported;
 * the others begin with the summary, so they report every SLA first.
 */
export const REPORT_FORMATS = {
  text: { summary: 'for the terminal', write: (report) => reportText(wholeReport(report)) },
  markdown: {
    summary: 'for an issue or a wiki',
    write: (report) => reportMarkdown(wholeReport(report)),
  },
  json: {
    summary: "the design's contract, written one SLA at a time",
    write: (report) => reportJsonParts(report),
  },
  html: {
    summary: 'one printable page with a chart per objective',
    write: (report) => reportHtml(wholeReport(report)),
  },
} as const satisfies Record<string, OutputFormat<ReportInParts>>;

export function reportJson(report: Report): string {
  return [...reportJsonParts(report)].join('');
}

const NESTED_OPEN = '{\n  "slas": [\n    ';
const NESTED_CLOSE = '\n  ]\n}';

/**
 * reportJson in parts, one SLA at a time, to write as they come (and, for a report in parts,
 * as they are reported): the whole text of a large report is never held at once, nor the
 * report of every SLA. The parts joined are reportJson's bytes.
 */
export function* reportJsonParts(report: ReportInParts): Generator<string> {
  const slas = report.slas[Symbol.iterator]();
  let next = slas.next();
  // The report with its SLAs left out: what comes before them, and (once they are all
  // reported, the summary complete) what comes after.
  const outline = () => JSON.stringify({ ...report, slas: [] }, null, 2) + '\n';
  if (next.done) {
    yield outline();
    return;
  }
  const before = outline();
  const open = before.indexOf('\n  "slas": []') + '\n  "slas": ['.length;
  yield before.slice(0, open);
  // Each SLA at its depth in the whole: stringified inside a list inside an object, so that
  // JSON.stringify indents it (not a pass over its text to indent every line).
  for (let i = 0; !next.done; i++, next = slas.next()) {
    const nested = JSON.stringify({ slas: [next.value] }, null, 2);
    yield (
      (i === 0 ? '\n    ' : ',\n    ') +
      nested.slice(NESTED_OPEN.length, nested.length - NESTED_CLOSE.length)
    );
  }
  yield '\n  ' + outline().slice(open);
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

function metWord(r: ReportResult): string {
  return r.met === null ? 'no data' : r.met ? 'met' : 'missed';
}

function rangeOf(report: Report): string {
  return report.scope;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function summaryLine(report: Report): string {
  const { met, missed, noData } = report.summary;
  return `${met} met, ${missed} missed, ${noData} without data`;
}

function reviewLine(sla: ReportSla): string {
  const r = sla.review;
  if (!r.due) return 'no regular review';
  if (r.overdue) return `review overdue since ${r.due}`;
  if (r.dueSoon) return `review due on ${r.due}`;
  return `next review on ${r.due}`;
}

/**
 * Why an objective shows no period: the report leaves out periods outside the SLA's
 * effective dates, so a new SLA has none until its first period ends.
 */
function noPeriodLine(sla: ReportSla): string {
  const { from, until } = sla.effective;
  const dates = until === null ? `from ${from}` : `from ${from} until ${until}`;
  return `no period under review: the SLA is in effect ${dates} (spec.effective), and no period of the report falls within those dates`;
}

function direction(o: ReportObjective): string {
  return o.better === 'lower' ? '≤' : o.better === 'higher' ? '≥' : '';
}

function objectiveHeading(o: ReportObjective): string {
  const trend = o.trend ? `, trend ${o.trend}` : '';
  const missed = o.breaches > 0 ? `, missed ${o.breaches}×` : '';
  return `${o.title} (${direction(o)} ${o.target} per ${o.window}${trend}${missed})`;
}

/** A table for a terminal: one line per objective and period. */
export function reportText(report: Report): string {
  const lines = [
    `Service level review: ${rangeOf(report)}, as of ${report.today}. ${capital(summaryLine(report))}.`,
  ];
  if (report.slas.length === 0) lines.push('', 'No SLA matches.');
  for (const sla of report.slas) {
    lines.push('', `${sla.id} — ${sla.title} (${sla.owner}): ${reviewLine(sla)}`);
    if (sla.creditsOwed.length > 0)
      lines.push(
        `  credits owed: ${sla.creditsOwed.map((c) => `${c.period} ${c.credit}%`).join(', ')}`,
      );
    for (const o of sla.objectives) {
      lines.push(`  ${objectiveHeading(o)}`);
      if (o.results.length === 0) lines.push(`    ${noPeriodLine(sla)}`);
      const width = Math.max(7, ...o.results.map((r) => (r.value ?? '—').length));
      for (const r of o.results) {
        const cells = [
          r.period.padEnd(8),
          (r.value ?? '—').padEnd(width),
          metWord(r).padEnd(7),
          (r.zone ?? '').padEnd(6),
          r.budgetUsed === null ? ''.padEnd(13) : `budget ${percent(r.budgetUsed)}`.padEnd(13),
          r.credit ? `credit ${r.credit}%` : '',
          r.note ?? '',
        ];
        lines.push(`    ${cells.join('  ').trimEnd()}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

/** Markdown for an issue or a wiki page: a table per objective. */
export function reportMarkdown(report: Report): string {
  const out = [
    `# Service level review: ${escapeMarkdown(rangeOf(report))}`,
    '',
    `As of ${report.today}: **${summaryLine(report)}**.`,
  ];
  for (const sla of report.slas) {
    out.push('', `## ${escapeMarkdown(sla.title)} (\`${sla.id}\`)`, '');
    out.push(`Owner ${escapeMarkdown(sla.owner)}; ${escapeMarkdown(reviewLine(sla))}.`);
    if (sla.creditsOwed.length > 0)
      out.push(
        '',
        `Credits owed: ${sla.creditsOwed.map((c) => `${c.period}: ${c.credit}%`).join(', ')}.`,
      );
    for (const o of sla.objectives) {
      out.push('', `### ${escapeMarkdown(objectiveHeading(o))}`, '');
      if (o.results.length === 0) {
        out.push(`${capital(escapeMarkdown(noPeriodLine(sla)))}.`);
        continue;
      }
      out.push(
        '| Period | Value | Met | Zone | Budget used | Credit | Note |',
        '| --- | --- | --- | --- | --- | --- | --- |',
      );
      for (const r of o.results)
        out.push(
          `| ${r.period} | ${r.value === null ? '—' : escapeMarkdown(r.value)} | ${r.met === false ? '**missed**' : metWord(r)} | ${r.zone ?? ''} | ${r.budgetUsed === null ? '' : percent(r.budgetUsed)} | ${r.credit ? `${r.credit}%` : ''} | ${r.note ? escapeMarkdown(r.note) : ''} |`,
        );
    }
  }
  return out.join('\n') + '\n';
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a;background:#fff}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-top:1px solid #ccc;padding-top:1rem}h3{font-size:1.05rem;margin-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{text-align:left;padding:.25rem .5rem;white-space:nowrap;border-bottom:1px solid #ddd;vertical-align:top}td:last-child{white-space:normal}
.missed{font-weight:700}.chart{width:100%;height:auto;max-width:40rem;color:#1a1a1a}.summary{font-size:1.1rem}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}.chart{color:#eee}th,td{border-color:#444}}
@media print{body{margin:0;max-width:none;color:#000;background:#fff}.chart{color:#000}section{break-inside:avoid}}
`;

/** One self-contained page: no script, no request to another host, printable. */
export function reportHtml(report: Report): string {
  const e = escapeXml;
  const out = [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Service level review: ${e(rangeOf(report))}</title>`,
    `<style>${STYLE.trim()}</style></head>`,
    '<body><main>',
    `<h1>Service level review: ${e(rangeOf(report))}</h1>`,
    `<p class="summary">As of ${e(report.today)}: ${e(summaryLine(report))}.</p>`,
  ];
  for (const sla of report.slas) {
    out.push(`<section aria-labelledby="sla-${e(sla.id)}">`);
    out.push(`<h2 id="sla-${e(sla.id)}">${e(sla.title)} <small>(${e(sla.id)})</small></h2>`);
    out.push(`<p>Owner ${e(sla.owner)}; ${e(reviewLine(sla))}.</p>`);
    if (sla.creditsOwed.length > 0)
      out.push(
        `<p>Credits owed: ${sla.creditsOwed.map((c) => `${e(c.period)}: ${c.credit}%`).join(', ')}.</p>`,
      );
    for (const o of sla.objectives) {
      out.push(`<h3>${e(objectiveHeading(o))}</h3>`);
      if (o.results.length === 0) {
        out.push(`<p>${e(capital(noPeriodLine(sla)))}.</p>`);
        continue;
      }
      const figures = o.results.map((r) => figureOf(r.value));
      const target = figureOf(o.target);
      if (target !== null && figures.some((f) => f !== null))
        out.push(
          chartSvg({
            id: `${sla.id}-${o.id}`,
            title: `${o.title}: results by period`,
            description: `${o.results.filter((r) => r.met === true).length} of ${o.results.length} periods met the target of ${o.target}; ${o.breaches} missed.`,
            points: o.results.map((r, i) => ({
              label: r.period,
              value: figures[i] ?? null,
              met: r.met,
            })),
            target,
            ...band(o),
            format: () => o.target,
          }),
        );
      out.push(
        '<table><thead><tr><th scope="col">Period</th><th scope="col">Value</th><th scope="col">Met</th><th scope="col">Zone</th><th scope="col">Budget used</th><th scope="col">Credit</th><th scope="col">Note</th></tr></thead><tbody>',
      );
      for (const r of o.results)
        out.push(
          `<tr><th scope="row">${e(r.period)}</th><td>${r.value === null ? '—' : e(r.value)}</td><td${r.met === false ? ' class="missed"' : ''}>${metWord(r)}</td><td>${r.zone ?? ''}</td><td>${r.budgetUsed === null ? '' : percent(r.budgetUsed)}</td><td>${r.credit ? `${r.credit}%` : ''}</td><td>${r.note ? e(r.note) : ''}</td></tr>`,
        );
      out.push('</tbody></table>');
    }
    out.push('</section>');
  }
  out.push('</main></body></html>');
  return out.join('\n') + '\n';
}

function band(o: ReportObjective): { band?: { desired: number; adequate: number } } {
  const desired = figureOf(o.tolerance?.desired ?? null);
  const adequate = figureOf(o.tolerance?.adequate ?? null);
  return desired !== null && adequate !== null ? { band: { desired, adequate } } : {};
}

/**
 * The number in a figure as the report writes it ("99.97%" → 99.97, "280 ms" → 0.28 s,
 * "1 h 30 min" → 5400 s, "4.6 stars" → 4.6), for the chart; null when there is none.
 */
function figureOf(text: string | null): number | null {
  if (text === null) return null;
  const units: Record<string, number> = { ms: 0.001, s: 1, min: 60, h: 3600, d: 86_400 };
  const parts = [...text.matchAll(/(-?\d+(?:\.\d+)?)\s*(ms|s|min|h|d)\b/g)];
  if (parts.length > 0 && parts.map((m) => m[0]).join(' ') === text.trim())
    return parts.reduce((sum, m) => sum + Number(m[1]) * (units[m[2] as string] ?? 1), 0);
  const m = /^\s*(-?[\d,]+(?:\.\d+)?)/.exec(text);
  return m ? Number((m[1] as string).replace(/,/g, '')) : null;
}
