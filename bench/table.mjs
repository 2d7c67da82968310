// Prints bench/results.json as Markdown tables (for README.md and docs/performance.md):
//   node bench/table.mjs [bench/results.json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from './generate.mjs';

const report = JSON.parse(readFileSync(process.argv[2] ?? join(BENCH_DIR, 'results.json'), 'utf8'));
const ms = (v) => (v === undefined ? 'n/a' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v} ms`);
const mb = (kb) => (kb === undefined ? '' : `${Math.round(kb / 1024)} MB`);

const labels = [...new Set(report.results.map((r) => r.label))];
const sizes = report.sizes;
/** The repository variants measured besides `base` (bench/generate.mjs VARIANTS). */
const variants = (report.variants ?? ['base']).filter((v) => v !== 'base');
const base = (r) => r.variant === undefined;
const lines = [
  `Measured ${report.date.slice(0, 10)} on ${report.machine.cpu}, ${report.machine.nproc} vCPUs, Node ${report.machine.node} (${report.platform ?? report.machine.platform}); median of ${report.runs} runs, peak RSS in brackets.`,
  '',
  `| phase | ${sizes.map((s) => `${s.toLocaleString('en')} SLAs`).join(' | ')} |`,
  `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
];
for (const label of labels.filter((l) => report.results.some((r) => r.label === l && base(r)))) {
  const cells = sizes.map((size) => {
    const r = report.results.find((x) => x.size === size && x.label === label && base(x));
    if (!r || !r.available) return 'not available';
    if (r.error) return 'failed';
    return `${ms(r.medianMs)} (${mb(r.peakRssKb)})`;
  });
  lines.push(`| ${label} | ${cells.join(' | ')} |`);
}
const starts = [report.actionColdStart, report.actionColdStartNode24].filter((a) => a?.available);
const on = (a) => (a.node ? `, Node ${a.node.replace(/^v/, '')}` : '');
for (const a of starts)
  lines.push(
    `| action cold start, to the first API call (${sizes[0]} SLAs${on(a)}) | ${ms(a.medianMs)} (${mb(a.peakRssKb)}) |${sizes
      .slice(1)
      .map(() => ' |')
      .join('')}`,
  );
lines.push(
  '',
  '| ratio (same run) | ' +
    sizes.map((s) => `${s.toLocaleString('en')}`).join(' | ') +
    ' | target |',
);
lines.push(`| --- | ${sizes.map(() => '---:').join(' | ')} | --- |`);
for (const name of [...new Set(report.ratios.filter(base).map((r) => r.name))]) {
  const rows = sizes.map((s) =>
    report.ratios.find((r) => r.size === s && r.name === name && base(r)),
  );
  const target = rows.find((r) => r?.target)?.target;
  const unit = rows.find((r) => r?.unit)?.unit ?? '×';
  // The issue sets each target for the largest repository: mark it there.
  const cell = (r, i) =>
    !r || r.value === undefined
      ? ''
      : `${r.value.toFixed(2)}${unit}${r.target && i === sizes.length - 1 ? (r.value <= r.target ? ' ✓' : ' ✗') : ''}`;
  lines.push(`| ${name} | ${rows.map(cell).join(' | ')} | ${target ? `≤ ${target}${unit}` : ''} |`);
}
for (const a of starts)
  lines.push(
    `| action cold start${on(a)} | ${ms(a.medianMs)}${a.medianMs <= a.targetMs ? ' ✓' : ' ✗'} |${sizes
      .slice(1)
      .map(() => ' |')
      .join('')} < ${a.targetMs} ms |`,
  );

// The variants that look like real repositories: one table for the largest size, a column
// per variant, the rows they share with `base` and their ratios.
if (variants.length > 0) {
  const size = sizes[sizes.length - 1];
  const columns = ['base', ...variants];
  const find = (list, v, match) =>
    list.find((x) => x.size === size && (x.variant ?? 'base') === v && match(x));
  lines.push(
    '',
    `Variants at ${size.toLocaleString('en')} SLAs (bench/generate.mjs VARIANTS), same run:`,
    '',
    `| phase | ${columns.join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
  );
  const shared = labels.filter((l) => report.results.some((r) => r.label === l && !base(r)));
  for (const label of shared)
    lines.push(
      `| ${label} | ${columns
        .map((v) => {
          const r = find(report.results, v, (x) => x.label === label);
          return !r || !r.available ? '' : r.error ? 'failed' : ms(r.medianMs);
        })
        .join(' | ')} |`,
    );
  const names = [...new Set(report.ratios.filter((r) => !base(r)).map((r) => r.name))];
  for (const name of names)
    lines.push(
      `| ${name}${(() => {
        const r = find(report.ratios, 'base', (x) => x.name === name);
        return r?.target ? ` (≤ ${r.target}${r.unit ?? '×'})` : '';
      })()} | ${columns
        .map((v) => {
          const r = find(report.ratios, v, (x) => x.name === name);
          if (!r || r.value === undefined) return '';
          return `${r.value.toFixed(2)}${r.unit ?? '×'}${r.target ? (r.value <= r.target ? ' ✓' : ' ✗') : ''}`;
        })
        .join(' | ')} |`,
    );
}
console.log(lines.join('\n'));
