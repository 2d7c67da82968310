// How a commitment diff reads: the summary line, the pull request comment and the JSON.
import { describe, expect, it } from 'vitest';
import {
  diffJson,
  diffMarkdown,
  diffText,
  escapeMarkdown,
  summaryLine,
  type Change,
  type CommitmentDiff,
  type SlaDiff,
} from '../src/diff/index.js';

/** A kind of change for each impact, for hand-built changes. */
const KIND_OF = {
  weakened: 'objective-target-weakened',
  strengthened: 'objective-target-strengthened',
  changed: 'objective-target-changed',
  editorial: 'objective-title-reworded',
  ownership: 'owner-changed',
} as const;

const change = (impact: Change['impact'], message: string, path = 'spec.x'): Change => ({
  path,
  before: 'a',
  after: 'b',
  impact,
  kind: KIND_OF[impact],
  message,
});

const sla = (id: string, impact: SlaDiff['impact'], changes: Change[]): SlaDiff => ({
  id,
  file: `slas/${id}.yaml`,
  status: 'modified',
  impact,
  owner: { base: '@acme/team', head: '@acme/team' },
  changes,
});

const diff = (slas: SlaDiff[], configChanged = false): CommitmentDiff => ({
  base: 'a'.repeat(40),
  head: 'b'.repeat(40),
  configChanged,
  slas,
});

describe('summary line', () => {
  it('counts SLAs by impact, most severe first', () => {
    const d = diff([
      sla('a', 'weakened', [change('weakened', 'x')]),
      sla('b', 'editorial', [change('editorial', 'y')]),
    ]);
    expect(summaryLine(d)).toBe('2 SLAs changed: 1 weakened, 1 editorial');
  });

  it('says so when no SLA changed', () => {
    expect(summaryLine(diff([]))).toBe('No SLA changed');
    expect(diffText(diff([]))).toContain('No SLA changed');
    expect(diffMarkdown(diff([]))).toContain('**No SLA changed**');
  });
});

describe('markdown for the pull request comment', () => {
  it('shows a table per SLA with each change and its impact', () => {
    const md = diffMarkdown(
      diff([sla('payments-api', 'weakened', [change('weakened', 'Uptime lowered.')])]),
    );
    expect(md).toContain('### 🔻 payments-api: weakened');
    expect(md).toContain('| 🔻 weakened | Uptime lowered. |');
    expect(md).toContain('<details><summary>Fields before and after</summary>');
  });

  it('escapes HTML, markdown and mentions from SLA files', () => {
    const md = diffMarkdown(
      diff([
        sla('x', 'editorial', [
          change(
            'editorial',
            'Summary <img src=x onerror=alert(1)> | *bold* [link](http://e) @bob',
          ),
        ]),
      ]),
    );
    expect(md).not.toContain('<img');
    expect(md).toContain(
      '&lt;img src=x onerror=alert(1)&gt; \\| \\*bold\\* \\[link\\](http://e) @&#8203;bob',
    );
    expect(escapeMarkdown('a\nb')).toBe('a b');
  });

  it('folds changes beyond the first ten into <details>', () => {
    const changes = Array.from({ length: 14 }, (_, i) => change('editorial', `Change ${i + 1}.`));
    const md = diffMarkdown(diff([sla('x', 'editorial', changes)]));
    const folded = md.slice(md.indexOf('<details><summary>4 more changes</summary>'));
    expect(folded).toContain('Change 11.');
    expect(md.slice(0, md.indexOf('<details>'))).not.toContain('Change 11.');
  });

  it('stays under the cap and names what was cut', () => {
    const long = 'x'.repeat(300);
    const many = Array.from({ length: 400 }, (_, i) =>
      sla(`sla-${String(i).padStart(3, '0')}`, 'weakened', [
        change('weakened', long),
        change('editorial', long),
      ]),
    );
    const md = diffMarkdown(diff(many));
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(md).toMatch(
      /\*\*\d+ more SLAs not shown\*\* to stay under GitHub's comment limit: sla-\d+ \(weakened\)/,
    );
    const small = diffMarkdown(diff(many), { maxLength: 5_000 });
    expect(small.length).toBeLessThanOrEqual(5_000);
    expect(small).toContain('not shown');
  });

  it('says when .slac.yml changed', () => {
    expect(diffMarkdown(diff([], true))).toContain('.slac.yml changed');
    expect(diffText(diff([], true))).toContain('.slac.yml changed');
  });

  it('lists validation problems and files it could not read', () => {
    const md = diffMarkdown(diff([]), {
      problems: [
        {
          file: 'slas/a.yaml',
          line: 3,
          column: 5,
          rule: 'yaml-syntax',
          message: 'bad',
          severity: 'error',
        },
      ],
      skipped: [{ side: 'head', file: 'slas/a.yaml', id: 'a' }],
    });
    expect(md).toContain('**1 validation error:**');
    expect(md).toContain('slas/a.yaml:3:5 yaml-syntax bad');
    expect(md).toContain('slas/a.yaml (a) could not be read at head');
    expect(md).toContain('**No change shown: 1 SLA file could not be read at head**');
  });

  it('is the same for the same diff', () => {
    const d = diff([sla('a', 'weakened', [change('weakened', 'x')])]);
    expect(diffMarkdown(d)).toBe(diffMarkdown(structuredClone(d)));
  });
});

describe('JSON', () => {
  it("is exactly the design's shape", () => {
    const json = JSON.parse(
      diffJson(
        diff([sla('a', 'weakened', [change('weakened', 'Lowered.', 'spec.objectives.up.target')])]),
      ),
    );
    expect(json).toEqual({
      base: 'a'.repeat(40),
      head: 'b'.repeat(40),
      configChanged: false,
      slas: [
        {
          id: 'a',
          file: 'slas/a.yaml',
          status: 'modified',
          impact: 'weakened',
          owner: { base: '@acme/team', head: '@acme/team' },
          changes: [
            {
              path: 'spec.objectives.up.target',
              before: 'a',
              after: 'b',
              impact: 'weakened',
              kind: 'objective-target-weakened',
              message: 'Lowered.',
            },
          ],
        },
      ],
    });
  });
});
