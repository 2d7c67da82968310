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
const lines = [
  `Measured ${report.date.slice(0, 10)} on ${report.machine.cpu}, ${report.machine.nproc} vCPUs, Node ${report.machine.node} (${report.platform ?? report.machine.platform}); median of ${report.runs} runs, peak RSS in brackets.`,
  '',
  `| phase | ${sizes.map((s) => `${s.toLocaleString('en')} SLAs`).join(' | ')} |`,
  `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
];
for (const label of labels) {
  const cells = sizes.map((size) => {
    const r = report.results.find((x) => x.size === size && x.label === label);
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
for (const name of [...new Set(report.ratios.map((r) => r.name))]) {
  const rows = sizes.map((s) => report.ratios.find((r) => r.size === s && r.name === name));
  const target = rows.find((r) => r?.target)?.target;
  // The issue sets each target for the largest repository: mark it there.
  const cell = (r, i) =>
    !r || r.value === undefined
      ? ''
      : `${r.value.toFixed(2)}×${r.target && i === sizes.length - 1 ? (r.value <= r.target ? ' ✓' : ' ✗') : ''}`;
  lines.push(`| ${name} | ${rows.map(cell).join(' | ')} | ${target ? `≤ ${target}×` : ''} |`);
}
for (const a of starts)
  lines.push(
    `| action cold start${on(a)} | ${ms(a.medianMs)}${a.medianMs <= a.targetMs ? ' ✓' : ' ✗'} |${sizes
      .slice(1)
      .map(() => ' |')
      .join('')} < ${a.targetMs} ms |`,
  );
console.log(lines.join('\n'));
