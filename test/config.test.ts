// .slac.yml: the keys of measured service levels and their defaults.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/index.js';

describe('.slac.yml results, report and overPromise', () => {
  it('has defaults: results/ files, 12 periods, reviews due 14 days early, over-promise warned', () => {
    const { config, problems } = parseConfig('.slac.yml', 'slas: "slas/*.yaml"\n');
    expect(problems).toEqual([]);
    expect(config.results).toEqual(['results/**/*.{yml,yaml}']);
    expect(config.report).toEqual({
      periods: 12,
      reviewNoticeSeconds: 1_209_600,
      reviewNotice: '14d',
    });
    expect(config.approval.overPromise).toBe('warn');
  });

  it('reads them', () => {
    const { config, problems } = parseConfig(
      '.slac.yml',
      'results: [measured/*.yaml]\nreport: { periods: 6, reviewNotice: 30d }\napproval: { overPromise: require-admin }\n',
    );
    expect(problems).toEqual([]);
    expect(config.results).toEqual(['measured/*.yaml']);
    expect(config.report).toEqual({
      periods: 6,
      reviewNoticeSeconds: 2_592_000,
      reviewNotice: '30d',
    });
    expect(config.approval.overPromise).toBe('require-admin');
  });

  it('names the line of a reviewNotice that is not a duration, and of an unknown overPromise', () => {
    const notice = parseConfig('.slac.yml', 'report:\n  reviewNotice: two weeks\n');
    expect(notice.problems).toEqual([
      expect.objectContaining({
        file: '.slac.yml',
        line: 2,
        column: 17,
        rule: 'config-report',
        message: 'report.reviewNotice "two weeks" is not a duration; write e.g. 14d or 30d',
      }),
    ]);
    const mode = parseConfig('.slac.yml', 'approval:\n  overPromise: block\n');
    expect(mode.problems).toEqual([expect.objectContaining({ line: 2, rule: 'schema-enum' })]);
    const periods = parseConfig('.slac.yml', 'report: { periods: 0 }\n');
    expect(periods.problems[0]).toMatchObject({ rule: expect.stringMatching(/^schema-/) });
  });

  it('refuses globs that read files git does not list there: /, .., . and empty folder names', () => {
    const { problems } = parseConfig(
      '.slac.yml',
      'slas: ["slas/**/*.yaml", "/abs/*.yaml"]\nresults: "../metrics/results/**"\n',
    );
    expect(problems).toEqual([
      expect.objectContaining({
        line: 1,
        rule: 'config-glob',
        message: expect.stringContaining('slas glob "/abs/*.yaml" starts with "/"'),
      }),
      expect.objectContaining({
        line: 2,
        rule: 'config-glob',
        message: expect.stringContaining('goes up a folder'),
      }),
    ]);
    for (const glob of ['results/./x/**', 'data//results/**'])
      expect(parseConfig('.slac.yml', `results: "${glob}"\n`).problems).toEqual([
        expect.objectContaining({ rule: 'config-glob' }),
      ]);
    for (const glob of [
      './results/**/*.yaml',
      'results/**',
      '!results/draft/**',
      'a.b/c..d/*.yaml',
    ])
      expect(parseConfig('.slac.yml', `results: ["results/**", "${glob}"]\n`).problems).toEqual([]);
    // A backslash escapes a pattern character: the readers on disk read less there, never more.
    expect(parseConfig('.slac.yml', 'results: "results/\\\\(old\\\\)/*.yaml"\n').problems).toEqual(
      [],
    );
  });

  it('refuses globs that start elsewhere however many "!" they carry (picomatch reads "!!" as none)', () => {
    for (const glob of ['!!/results/**', '!!../metrics/results/**', './!!/results/**'])
      expect(parseConfig('.slac.yml', `results: ${JSON.stringify(glob)}\n`).problems).toEqual([
        expect.objectContaining({ rule: 'config-glob' }),
      ]);
  });

  it('refuses a templates folder the gate cannot protect: outside, or spelt apart from how it is read', () => {
    for (const folder of [
      '../theme',
      '/srv/theme',
      'a/../../theme',
      'theme ',
      'site\\\\theme',
      'theme\\u0000',
    ])
      expect(parseConfig('.slac.yml', `templates: ${JSON.stringify(folder)}\n`).problems).toEqual([
        expect.objectContaining({ rule: 'config-templates', line: 1 }),
      ]);
    for (const folder of ['templates', 'site/theme', './theme', '.'])
      expect(parseConfig('.slac.yml', `templates: ${JSON.stringify(folder)}\n`).problems).toEqual(
        [],
      );
  });
});
