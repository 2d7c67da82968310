// The catalog at a moderate size, against references built the plain way: the history read
// commit by commit (every revision listed, loaded and diffed in full), and every page rendered
// by Handlebars from the same views. The one-pass history and the compiled templates must
// give the same entries and the same bytes.
import Handlebars from 'handlebars';
import { dirname } from 'node:path/posix';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSla } from '../bench/generate.mjs';
import { diffSlas } from '../src/diff/index.js';
import type { Change } from '../src/diff/types.js';
import type { Sla } from '../src/model/sla.js';
import { changeStatement } from '../src/render/change-words.js';
import { createGitReader, type GitReader } from '../src/git/index.js';
import type { SlacConfig } from '../src/config/index.js';
import { buildHistory, renderCatalog, type HistoryEntry } from '../src/render/index.js';
import { settleHistory } from '../src/render/history.js';
import { gitBlobId } from '../src/validate/cache.js';
import { performanceOf } from '../src/render/performance.js';
import { builtinTemplates } from '../src/render/templates.generated.js';
import { serviceView } from '../src/render/view.js';
import { readRevision, readWorkingTree } from '../src/repo/index.js';
import {
  loadedKey,
  validateSources,
  type LoadedFiles,
  type LoadedSla,
} from '../src/validate/index.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';

const SIZE = 300;

/** The history the way it was read before: each commit's files listed, loaded and diffed whole. */
async function historyCommitByCommit(git: GitReader): Promise<Map<string, HistoryEntry[]>> {
  const head = await git.resolve('HEAD');
  const snapshot = await readRevision(git, head);
  const folders = [...new Set(snapshot.files.map((f) => dirname(f.path)))].sort();
  const all = await git.log(head, folders);
  const commits = all.slice(0, 50);
  const loaded: LoadedFiles = new Map();
  const load = async (sha: string) =>
    validateSources((await readRevision(git, sha, snapshot.config)).files, {}, loaded).slas;
  const history = new Map<string, HistoryEntry[]>();
  let newer = commits[0] ? await load(commits[0].sha) : [];
  for (const [i, commit] of commits.entries()) {
    const olderCommit = all[i + 1];
    const older = olderCommit ? await load(olderCommit.sha) : [];
    const before = new Map(older.map((s) => [s.sla.id, s.sla]));
    const after = new Map(newer.map((s) => [s.sla.id, s.sla]));
    for (const d of diffSlas(older, newer)) {
      if (d.status === 'removed') continue;
      const entries = history.get(d.id) ?? [];
      const sla = after.get(d.id);
      const words = (c: Change, was: Sla | undefined) =>
        sla
          ? {
              kind: c.kind,
              statement: changeStatement(c, was, sla, commit.date),
              effective: sla.effective.from,
            }
          : {};
      if (d.status === 'added')
        entries.push({
          date: commit.date,
          commit: commit.sha,
          impact: 'added',
          message: 'First published.',
          ...(d.changes[0] ? words(d.changes[0], undefined) : {}),
        });
      else
        for (const c of d.changes)
          if (c.impact !== 'editorial')
            entries.push({
              date: commit.date,
              commit: commit.sha,
              impact: c.impact,
              message: c.message,
              ...words(c, before.get(d.id)),
            });
      if (entries.length > 0) history.set(d.id, entries);
    }
    newer = older;
  }
  return new Map(
    [...history.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, e]) => [id, e.slice(0, 20)]),
  );
}

/** Every page of the catalog rendered by Handlebars from the views (the reference). */
function renderByHandlebars(
  slas: readonly LoadedSla[],
  config: SlacConfig,
  history: ReadonlyMap<string, readonly HistoryEntry[]>,
  today: string,
): Map<string, string> {
  const hbs = Handlebars.create();
  for (const [path, text] of Object.entries(builtinTemplates)) {
    const partial = /^partials\/(.+)\.hbs$/.exec(path);
    if (partial) hbs.registerPartial(partial[1] as string, text);
  }
  hbs.registerPartial('layout', builtinTemplates['layout.hbs'] as string);
  const servicePage = hbs.compile(builtinTemplates['service.hbs'] as string);
  const performance = performanceOf([], config, today);
  const site = { title: config.site.title, description: config.site.description ?? null };
  const pages = new Map<string, string>();
  for (const loaded of slas) {
    const service = serviceView(
      loaded,
      history.get(loaded.sla.id) ?? [],
      today,
      performance(loaded.sla),
    );
    pages.set(
      service.page,
      servicePage({
        site,
        root: '../',
        pageTitle: `${service.title} — ${site.title}`,
        isIndex: false,
        service,
      }),
    );
  }
  return pages;
}

describe(`the catalog of ${SIZE} services`, () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo();
    const texts = new Map<number, string>();
    for (let i = 0; i < SIZE; i++) texts.set(i, generateSla(7, i));
    const path = (i: number) => `slas/team-${i % 7}/sla-${i}.yaml`;
    repo.write(Object.fromEntries([...texts].slice(0, SIZE - 20).map(([i, t]) => [path(i), t])));
    repo.commit('Initial catalog', '2026-01-05T10:00:00Z');
    const edits: Record<string, string | null> = {};
    for (let i = 3; i < SIZE - 20; i += 11)
      edits[path(i)] = (texts.get(i) as string).replace(
        /target: '?(99\.\d+)%'?/,
        "target: '99.0%'",
      );
    repo.write(edits);
    repo.commit('Lower some targets', '2026-02-05T10:00:00Z');
    // A folder moved (no change for customers), a file removed, the last services added.
    repo.git('mv', 'slas/team-3', 'slas/moved');
    repo.write({ [path(5)]: null });
    repo.write(Object.fromEntries([...texts].slice(SIZE - 20).map(([i, t]) => [path(i), t])));
    repo.commit('Move a team, remove one, add twenty', '2026-03-05T10:00:00Z');
    // A file that does not load for a while, and a README beside the SLAs.
    repo.write({ [path(8)]: 'apiVersion: slac/v1\nkind: [', 'slas/README.md': '# SLAs\n' });
    repo.commit('Break one', '2026-04-05T10:00:00Z');
    repo.write({ [path(8)]: (texts.get(8) as string).replace(/notice: \w+/, 'notice: 1h') });
    repo.commit('Fix it with a shorter notice', '2026-05-05T10:00:00Z');
  });
  afterAll(() => repo.remove());

  it('has the same history read in one pass as commit by commit', async () => {
    const git = createGitReader(repo.dir);
    const reference = await historyCommitByCommit(git);
    const history = await buildHistory(git, 'HEAD', { diff: diffSlas });
    expect(reference.size).toBeGreaterThan(SIZE - 10);
    expect([...reference.values()].some((e) => e.some((x) => x.impact === 'weakened'))).toBe(true);
    expect(history).toEqual(reference);
  });

  it("has the same history when the working tree's files are left to their pages", async () => {
    const git = createGitReader(repo.dir);
    const reference = await buildHistory(git, 'HEAD', { diff: diffSlas });
    // As render gives them: the files read and valid, by blob and path, with their ids.
    const tree = await readWorkingTree(repo.dir);
    const { slas } = validateSources(tree.files, { today: '2026-05-05' });
    const read = new Map(
      slas.map((s) => {
        const content = tree.files.find((f) => f.path === s.file)?.content ?? '';
        return [loadedKey(gitBlobId(content), s.file), { content, id: s.sla.id }] as const;
      }),
    );
    const history = await buildHistory(git, 'HEAD', { diff: diffSlas, read });
    // Most first entries wait for their page: before it, they have no statement.
    const waiting = [...history.values()].filter((e) => e.at(-1)?.statement === undefined);
    expect(waiting.length).toBeGreaterThan(SIZE / 2);
    for (const loaded of slas) settleHistory(history.get(loaded.sla.id) ?? [], loaded);
    expect(history).toEqual(reference);
  });

  it('renders every service page with the bytes Handlebars gives', async () => {
    const tree = await readWorkingTree(repo.dir);
    const { slas } = validateSources(tree.files, { today: '2026-05-05' });
    const history = await buildHistory(createGitReader(repo.dir), 'HEAD', { diff: diffSlas });
    const site = renderCatalog({ slas, config: tree.config, history, today: '2026-05-05' });
    const reference = renderByHandlebars(slas, tree.config, history, '2026-05-05');
    expect(reference.size).toBe(slas.length);
    for (const [path, page] of reference) expect(site.files.get(path)).toBe(page);
  });
});
