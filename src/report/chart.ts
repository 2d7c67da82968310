// A chart of an objective's results as inline SVG: no script, no external requests, readable
// in print and dark mode (it draws with currentColor and classes a page may style), and with
// a title and description for screen readers (the figures are also in a table beside it).

export interface ChartPoint {
  label: string;
  /** The comparable figure (percent, seconds or quantity), or null: no data. */
  value: number | null;
  met: boolean | null;
}

export interface ChartInput {
  id: string;
  title: string;
  /** A sentence saying what the chart shows, for screen readers. */
  description: string;
  points: readonly ChartPoint[];
  target: number;
  band?: { desired: number; adequate: number };
  /** Formats a figure for the axis labels. */
  format: (value: number) => string;
}

const WIDTH = 640;
const HEIGHT = 180;
const LEFT = 64;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 34;

/** The chart as an `<svg>` element. The same input always gives the same text. */
export function chartSvg(input: ChartInput): string {
  const figures = input.points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const all = [...figures, input.target];
  if (input.band) all.push(input.band.desired, input.band.adequate);
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  const pad = hi === lo ? Math.max(Math.abs(hi) * 0.01, 0.001) : (hi - lo) * 0.15;
  lo -= pad;
  hi += pad;
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const y = (v: number) => round(TOP + ((hi - v) / (hi - lo)) * plotH);
  const n = input.points.length;
  const x = (i: number) => round(LEFT + (n <= 1 ? plotW / 2 : (i / (n - 1)) * plotW));
  const id = `chart-${input.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const out: string[] = [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(input.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(input.description)}</desc>`,
  ];
  if (input.band) {
    const top = y(Math.max(input.band.desired, input.band.adequate));
    const bottom = y(Math.min(input.band.desired, input.band.adequate));
    out.push(
      `<rect class="chart-band" x="${LEFT}" y="${top}" width="${plotW}" height="${round(bottom - top)}" fill="currentColor" fill-opacity="0.08"/>`,
    );
  }
  const ty = y(input.target);
  out.push(
    `<line class="chart-target" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${ty}" y2="${ty}" stroke="currentColor" stroke-dasharray="6 4"/>`,
    `<text class="chart-label" x="${LEFT - 6}" y="${ty + 4}" text-anchor="end" font-size="11" fill="currentColor">${escapeXml(input.format(input.target))}</text>`,
  );
  // The line joins consecutive periods with data; a period without data breaks it.
  const segments: string[] = [];
  let current = '';
  input.points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = '';
    } else current += `${current ? 'L' : 'M'}${x(i)},${y(p.value)}`;
  });
  if (current) segments.push(current);
  if (segments.length > 0)
    out.push(
      `<path class="chart-line" d="${segments.join(' ')}" fill="none" stroke="currentColor" stroke-width="1.5"/>`,
    );
  input.points.forEach((p, i) => {
    const cx = x(i);
    if (p.value === null) {
      out.push(
        `<text class="chart-nodata" x="${cx}" y="${TOP + plotH / 2}" text-anchor="middle" font-size="10" fill="currentColor" fill-opacity="0.6">–</text>`,
      );
    } else if (p.met === false) {
      // A missed period is a cross, not only another colour.
      const cy = y(p.value);
      out.push(
        `<path class="chart-missed" d="M${cx - 5},${cy - 5}L${cx + 5},${cy + 5}M${cx - 5},${cy + 5}L${cx + 5},${cy - 5}" stroke="currentColor" stroke-width="2.5"/>`,
      );
    } else {
      out.push(
        `<circle class="chart-met" cx="${cx}" cy="${y(p.value)}" r="4" fill="currentColor"/>`,
      );
    }
    out.push(
      `<text class="chart-period" x="${cx}" y="${HEIGHT - 12}" text-anchor="middle" font-size="10" fill="currentColor">${escapeXml(shortLabel(p.label, n))}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('');
}

/** Every label when few; with many periods, shortened ("2026-11" → "11"). */
function shortLabel(label: string, count: number): string {
  if (count <= 6) return label;
  const m = /^\d{4}-(.+)$/.exec(label);
  return m ? (m[1] as string) : label;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

const XML_SPECIAL = /[&<>"']/;

export function escapeXml(text: string): string {
  // Most texts of a chart (labels, figures) need no escaping: they are not copied.
  if (!XML_SPECIAL.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
