// The pull request check: diff base and head, read what the approval rules need from git,
// and evaluate them. Both `slac approvals` and the GitHub Action call this. It fails closed:
// whatever it cannot read becomes a requirement nobody can satisfy, with the reason.
import { isValidLogin, ownerKey } from '../model/owner.js';
import {
  evaluateApprovals,
  protectedPathMatcher,
  type ApprovalResult,
  type Contributor,
  type PullRequestCommit,
  type Review,
  type TeamMembership,
} from '../approval/index.js';
import type { SlacConfig } from '../config/index.js';
import {
  compareRevisions,
  idsOfUnread,
  type CommitmentDiff,
  type RevisionDiff,
  type SlaDiff,
} from '../diff/index.js';
import type { GitReader, TreeChange } from '../git/index.js';
import { fingerprint } from '../model/fingerprint.js';
import type { Sla } from '../model/sla.js';
import { readRevision, slaMatcher, type Snapshot } from '../repo/index.js';
import { loadYaml } from '../load/index.js';
import { reviewResults } from './results.js';
import type { ResultStore } from '../validate/cache.js';
import {
  hasUnreadableValues,
  validateSources,
  type LoadedSla,
  type ValidationResult,
} from '../validate/index.js';

/** Without a date, no measured period counts as in the future. */
const LAST_DAY = '9999-12-31';

export interface PullRequestInput {
  git: GitReader;
  baseRef: string;
  headRef: string;
  /** Login of the pull request's author. */
  author: string;
  reviews: readonly Review[];
  /**
   * The pull request's commits (GitHub's "list commits on a pull request"): whoever authored
   * or committed a commit that changed an SLA is an author of that change, whose approval
   * does not count for it (rule 17). Left out, only `author` is excluded.
   */
  commits?: readonly PullRequestCommit[];
  /**
   * Team membership as the caller could read it (e.g. from the GitHub API). Teams missing
   * here, or whose lookup failed, fall back to the `teams:` lists of the base `.slac.yml`.
   */
  teams?: Readonly<Record<string, TeamMembership>>;
  /** ISO date for time-dependent validation rules. */
  today?: string;
  /** Per-file validation results by blob id, so that unchanged files are not validated again (see compareRevisions). */
  cache?: ResultStore;
}

export interface PullRequestEvaluation {
  diff: CommitmentDiff;
  /** Validation of the head's SLA files (with head config problems first). */
  validation: ValidationResult;
  approvals: ApprovalResult;
  changedPaths: string[];
}

/**
 * Evaluates the approval rules for a pull request from base to head. Rejects (with a
 * message that says what to do) only when the revisions themselves cannot be read; every
 * other problem is an unsatisfied requirement in `approvals`.
 */
export async function evaluatePullRequest(input: PullRequestInput): Promise<PullRequestEvaluation> {
  if (!input.author.trim())
    throw new Error('the pull request author is empty: pass the login of who opened it');
  // The author's approval never counts: a login that cannot match a reviewer's exactly
  // (a stray space, a line end) must not let it through.
  if (!isValidLogin(input.author))
    throw new Error(
      `the pull request author ${JSON.stringify(input.author)} is not a GitHub login: pass the login of who opened it`,
    );
  const revision = await compareRevisions(input.git, input.baseRef, input.headRef, {
    ...(input.today ? { today: input.today } : {}),
    ...(input.cache ? { cache: input.cache } : {}),
  });
  const { diff, base, head, changedPaths } = revision;
  const config = base.snapshot.config;
  const blockers: { sla: string | null; reason: string }[] = [];

  // An admin or team member of the base that GitHub cannot name is dropped with a note (see
  // evaluateApprovals): blocking on it would also block the pull request that corrects it,
  // which the other admins can approve. At head it is an error like any other.
  for (const p of base.snapshot.configProblems.filter((p) => p.rule !== 'config-owner'))
    blockers.push({
      sla: null,
      reason: `the base .slac.yml is invalid (${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}), so owners and admins cannot be read: fix it on the base branch`,
    });
  for (const s of revision.skipped.filter((s) => s.side === 'head'))
    blockers.push({
      sla: s.id ?? null,
      reason: `${s.file} cannot be read at head, so its change cannot be judged: fix its errors (slac validate)`,
    });
  // A base file that cannot be read has no owner to ask: only an admin can approve its change.
  const needsAdmin = revision.skipped
    .filter((s) => s.side === 'base' && changedPaths.includes(s.file))
    .map((s) => ({
      sla: s.id ?? null,
      reason: `${s.file} cannot be read on the base branch, so its owner is unknown`,
    }));
  const headErrors = head.validation.errors;
  if (headErrors.length > 0) {
    const first = headErrors[0]!;
    blockers.push({
      sla: null,
      reason: `the head has ${headErrors.length} validation error${headErrors.length === 1 ? '' : 's'} (first: ${first.file}:${first.line}:${first.column} ${first.rule}: ${first.message}): fix them (slac validate)`,
    });
  }

  const slas = [
    ...diff.slas.map((d) => (wordingHidesChange(d, base.validation.slas, head) ? changed(d) : d)),
    ...undescribedChanges(diff.slas, base.validation.slas, head),
  ];

  const fingerprints =
    config.approval.staleReviews === 'content'
      ? {
          head: fingerprintsOf(head.validation.slas),
          at: await fingerprintsAtReviewedCommits(input, config, head.snapshot),
        }
      : undefined;

  const results = await reviewResults(
    input.git,
    diff.base,
    diff.head,
    changedPaths,
    config,
    input.today ?? LAST_DAY,
  );
  const resultProblems = results?.problems ?? [];
  if (resultProblems.length > 0) {
    const first = resultProblems[0]!;
    blockers.push({
      sla: null,
      reason: `the head's results files have ${resultProblems.length} problem${resultProblems.length === 1 ? '' : 's'} (first: ${first.file}:${first.line}:${first.column} ${first.rule}: ${first.message}): fix them (slac validate)`,
    });
  }
  const resultFiles = new Map<string, string[]>();
  for (const change of results?.changes ?? [])
    for (const file of change.files)
      resultFiles.set(file, [...(resultFiles.get(file) ?? []), change.sla]);

  const changedBy = input.commits
    ? await contributors(input.git, input.commits, revision, slas, config, blockers, resultFiles)
    : undefined;

  const approvals = evaluateApprovals({
    slas,
    config,
    changedPaths,
    author: input.author,
    ...(changedBy ? { changedBy } : {}),
    ...(results ? { results: results.changes } : {}),
    headSha: diff.head,
    reviews: input.reviews,
    teams: mergeTeams(config.teams, input.teams ?? {}),
    ...(fingerprints ? { fingerprints } : {}),
    blockers,
    needsAdmin,
  });
  return { diff, validation: head.validation, approvals, changedPaths };
}

/**
 * Team membership: what the caller read wins; where it has nothing or its lookup failed,
 * the base config's `teams:` list is used; otherwise the failure stays (not verifiable).
 */
export function mergeTeams(
  fromConfig: Readonly<Record<string, readonly string[]>>,
  fromCaller: Readonly<Record<string, TeamMembership>>,
): Record<string, TeamMembership> {
  const listed = new Map(Object.entries(fromConfig).map(([t, m]) => [t.toLowerCase(), m]));
  const out: Record<string, TeamMembership> = {};
  for (const [team, members] of listed) out[team] = { members: [...members] };
  for (const [team, m] of Object.entries(fromCaller)) {
    const key = team.toLowerCase();
    const fallback = listed.get(key);
    if ('members' in m || !fallback) out[key] = m;
    else
      out[key] = {
        members: [...fallback],
        note: `membership of ${team} could not be read (${m.error}); using its teams: list in the base .slac.yml`,
      };
  }
  return out;
}

/**
 * A safety net: an SLA whose normalized content differs between base and head, but which
 * the diff does not list, still needs its owner. An id that several files hold on the base (an
 * error there: `slac validate`'s on the default branch) is compared by the diff in one of them
 * only; every other copy that the change removes or rewrites needs its own owner too.
 */
function undescribedChanges(
  listed: readonly SlaDiff[],
  baseSlas: readonly LoadedSla[],
  head: { validation: ValidationResult },
): SlaDiff[] {
  const seen = new Set(listed.map((d) => d.id));
  const headById = new Map(head.validation.slas.map((s) => [s.sla.id, s]));
  const copies = new Map<string, number>();
  for (const b of baseSlas) copies.set(b.sla.id, (copies.get(b.sla.id) ?? 0) + 1);
  // Owners asked already, by id: a copy whose owner approves the id's change anyway adds nothing.
  const asked = new Set(listed.map((d) => `${d.id}\u0000${ownerKey(d.owner.base ?? '')}`));
  const out: SlaDiff[] = [];
  for (const b of baseSlas) {
    const h = headById.get(b.sla.id);
    // The same LoadedSla on both sides is the same file, unchanged (see compareRevisions).
    if (h === b) continue;
    if ((copies.get(b.sla.id) ?? 0) > 1) {
      if (h && fingerprint(b.sla) === fingerprint(h.sla)) continue;
      const key = `${b.sla.id}\u0000${ownerKey(b.sla.owner)}`;
      if (asked.has(key)) continue;
      asked.add(key);
      // Its file no longer holds the id (deleted, or given another id): that copy is removed.
      out.push(
        h && h.file === b.file
          ? undescribed(b, h)
          : {
              id: b.sla.id,
              file: b.file,
              status: 'removed',
              impact: 'weakened',
              owner: { base: b.sla.owner, head: null },
              changes: [],
            },
      );
      continue;
    }
    if (!h || seen.has(b.sla.id)) continue;
    if (fingerprint(b.sla) === fingerprint(h.sla)) continue;
    seen.add(b.sla.id);
    out.push(undescribed(b, h));
  }
  return out;
}

/** A change the diff does not describe: the owner's, with no list of changes. */
function undescribed(base: LoadedSla, head: LoadedSla): SlaDiff {
  return {
    id: base.sla.id,
    file: head.file,
    status: 'modified',
    impact: 'changed',
    owner: { base: base.sla.owner, head: head.sla.owner },
    changes: [],
  };
}

/**
 * The same net under a diff that says "wording only": an SLA whose change the diff rates
 * editorial, but whose normalized content differs beyond its wording (titles, names,
 * summaries, descriptions, tags), changed more than the diff could describe, and needs its
 * owner even with `editorial: no-approval`.
 */
function wordingHidesChange(
  d: SlaDiff,
  baseSlas: readonly LoadedSla[],
  head: { validation: ValidationResult },
): boolean {
  if (d.status !== 'modified' || d.impact !== 'editorial') return false;
  // An id held by more than one file on either side (an invalid base, say): the diff compares
  // one of them, so what it calls rewording says nothing of the others.
  const b = only(baseSlas.filter((s) => s.sla.id === d.id));
  const h = only(head.validation.slas.filter((s) => s.sla.id === d.id));
  if (!b || !h) return true;
  return fingerprint(withoutWording(b.sla)) !== fingerprint(withoutWording(h.sla));
}

/** The one item of a list, or undefined when it holds none or several. */
function only<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/**
 * An SLA with what only reads differently (the editorial change kinds) left out: its owner in
 * the letter case GitHub ignores (sameOwner: A-Z only, as owner-reworded is judged).
 */
function withoutWording(sla: Sla): Sla {
  return {
    ...sla,
    owner: ownerKey(sla.owner),
    title: '',
    tags: [],
    service: { ...sla.service, name: '', summary: '' },
    objectives: sla.objectives.map(({ description: _description, ...o }) => ({ ...o, title: '' })),
  };
}

function changed(d: SlaDiff): SlaDiff {
  return { ...d, impact: 'changed' };
}

/** Fingerprints by SLA id; an id held by more than one file, or with unparsed values, has none. */
function fingerprintsOf(slas: readonly LoadedSla[]): Record<string, string> {
  const counts = new Map<string, number>();
  for (const s of slas) counts.set(s.sla.id, (counts.get(s.sla.id) ?? 0) + 1);
  const out: Record<string, string> = {};
  for (const s of slas) {
    if (counts.get(s.sla.id) !== 1 || hasUnreadableValues(s)) continue;
    out[s.sla.id] = fingerprint(s.sla);
  }
  return out;
}

/**
 * For `staleReviews: content`: reads each commit an approval was given on (with the base's
 * globs) and fingerprints its SLAs. A commit that cannot be read gives no fingerprint, so
 * its approvals do not carry forward.
 */
async function fingerprintsAtReviewedCommits(
  input: PullRequestInput,
  config: SlacConfig,
  head: Snapshot,
): Promise<(slaId: string, commit: string) => string | undefined> {
  const headSha = head.commit ?? '';
  // Only the SLAs of the diff are asked about. A file the same as an unread one at head (the
  // same at base) holds none of their ids (see validateSides), so it is not read either.
  const headBlobs = new Map(head.files.map((f) => [f.path, f.blob]));
  const skip = (e: { path: string; blob: string }) =>
    head.unread?.has(e.path) === true && headBlobs.get(e.path) === e.blob;
  const commits = [
    ...new Set(
      input.reviews
        .filter((r) => r.state === 'APPROVED' && typeof r.commit_id === 'string')
        .map((r) => (r.commit_id as string).toLowerCase())
        .filter((c) => /^[0-9a-f]{40}$/.test(c) && c !== headSha.toLowerCase()),
    ),
  ].sort();
  const byCommit = new Map<string, Record<string, string>>();
  for (const commit of commits) {
    try {
      const snapshot = await readRevision(input.git, commit, config, { read: (e) => !skip(e) });
      if (snapshot.commit?.toLowerCase() !== commit) continue;
      const read = snapshot.files.filter((f) => !snapshot.unread?.has(f.path));
      byCommit.set(commit, fingerprintsOf(validateSources(read).slas));
    } catch {
      // Not fetched or unreadable: approvals on it do not carry forward.
    }
  }
  return (slaId, commit) => byCommit.get(commit.toLowerCase())?.[slaId];
}

/**
 * The commits that changed, at a path no glob selects, what became or was an SLA or results
 * file in the pull request: moved out of the globs (`tmp/a.txt`, or `Slas/` in another letter
 * case), edited there and moved back, or written elsewhere and copied in. Followed four ways:
 * - by blob id, from commit to commit, as far as the content goes unchanged;
 * - through the commits that change an SLA or results file: every other file such a commit
 *   changes is taken as its source or destination (a move that also edits one byte is a
 *   delete and an add of two different blobs);
 * - through every commit's moves: what a commit deleted and what it added go together, and
 *   the files outside the globs of a commit that changes an SLA are followed too;
 * - by content: a file that names either kind (`ServiceLevelAgreement`,
 *   `ServiceLevelResults`) or that slac's reader reads as one, wherever it lies. Past
 *   MAX_READ files or MAX_READ_BYTES to read, every commit that changed a file no glob
 *   selects counts.
 * Such a commit counts as changing every SLA the pull request changes, as one that went
 * through a path the globs select does. What someone only told the author to write, in a
 * file that is none of these, cannot be followed.
 */
async function commitsCarryingSlaContent(
  git: GitReader,
  changesByCommit: ReadonlyMap<string, readonly TreeChange[]>,
  isSlaOrResults: (path: string) => boolean,
): Promise<Set<string>> {
  // Each change at a path no glob selects, under both blobs it joins.
  const byBlob = new Map<string, { sha: string; change: TreeChange }[]>();
  // The blobs each commit deleted or added.
  const moveBlobs = new Map<string, string[]>();
  const found: string[] = [];
  const content = new Set<string>();
  const add = (blob: string) => {
    if (!isContent(blob) || content.has(blob)) return;
    content.add(blob);
    found.push(blob);
  };
  const join = (blob: string, sha: string, change: TreeChange) => {
    if (!isContent(blob)) return;
    let list = byBlob.get(blob);
    if (!list) byBlob.set(blob, (list = []));
    list.push({ sha, change });
  };
  for (const [sha, changes] of changesByCommit) {
    const touchesSla = changes.some((c) => isSlaOrResults(c.path));
    for (const change of changes)
      if (
        touchesSla &&
        change.older.mode !== SUBMODULE_MODE &&
        change.newer.mode !== SUBMODULE_MODE
      ) {
        add(change.older.blob);
        add(change.newer.blob);
      }
    // A file deleted and another added by one commit may be one file moved and edited on the
    // way: what the commit deleted and added is kept together (see below). The files outside
    // the globs of a commit that also changes an SLA are joined too: its own draft, written
    // beside the SLA it changes, may be copied into another one later.
    const moved: string[] = [];
    for (const change of changes) {
      // A submodule's id names a commit of another repository, not content of this one.
      if (change.older.mode === SUBMODULE_MODE || change.newer.mode === SUBMODULE_MODE) continue;
      if (isSlaOrResults(change.path)) continue;
      join(change.older.blob, sha, change);
      join(change.newer.blob, sha, change);
      if (isMove(change)) moved.push(change.older.blob, change.newer.blob);
    }
    if (moved.length > 0) moveBlobs.set(sha, moved);
  }
  // Files that are slac documents themselves, wherever they lie.
  const unread = [...byBlob.keys()].filter((blob) => !content.has(blob));
  const everyCommit = () => new Set([...byBlob.values()].flatMap((l) => l.map((c) => c.sha)));
  if (unread.length > MAX_READ) return everyCommit();
  // No more than MAX_READ_BYTES of them in all (a draft may be padded past an SLA file's
  // size, so none is left out for its size).
  if (git.blobSizes) {
    const sizes = await git.blobSizes(unread);
    const bytes = unread.reduce((sum, blob) => sum + (sizes.get(blob) ?? Infinity), 0);
    if (bytes > MAX_READ_BYTES) return everyCommit();
  }
  const texts = await git.readBlobs(unread);
  for (const [blob, bytes] of texts) if (isSlacDocument(bytes)) add(blob);
  const carriers = new Set<string>();
  while (found.length > 0)
    for (const { sha, change } of byBlob.get(found.pop()!) ?? []) {
      carriers.add(sha);
      add(change.older.blob);
      add(change.newer.blob);
      // Content deleted or added here: every other file this commit deleted or added.
      if (isMove(change)) for (const blob of moveBlobs.get(sha) ?? []) add(blob);
    }
  return carriers;
}

/**
 * Whether a file is (or drafts) an SLA or results document: it names either kind anywhere in
 * its text (also under a tag, an anchor, a comment, or in a file slac would not read as it
 * stands), or slac's reader reads that kind from it (a name spelled with escapes).
 */
function isSlacDocument(bytes: Buffer): boolean {
  if (bytes.includes('ServiceLevelAgreement') || bytes.includes('ServiceLevelResults')) return true;
  // Only an escape in a quoted scalar hides the name from the text: undone here by hand too,
  // for a file the reader would refuse (a bad line, a byte that is not UTF-8).
  if (!bytes.includes('\\')) return false;
  const unescaped = bytes
    .toString('latin1')
    .replace(/\\\r?\n[ \t]*/g, '')
    .replace(/\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_, x, u, w) =>
      String.fromCodePoint(Math.min(parseInt(x ?? u ?? w, 16), 0x10ffff)),
    );
  if (unescaped.includes('ServiceLevelAgreement') || unescaped.includes('ServiceLevelResults'))
    return true;
  const loaded = loadYaml('', bytes);
  if (!loaded.ok) return false;
  const kind = (loaded.source.data as { kind?: unknown } | null)?.kind;
  return kind === 'ServiceLevelAgreement' || kind === 'ServiceLevelResults';
}

const SUBMODULE_MODE = '160000';

/** A file deleted or added (one half of what may be a move). */
function isMove(change: TreeChange): boolean {
  return ZERO_BLOB.test(change.older.blob) || ZERO_BLOB.test(change.newer.blob);
}

/** How many files outside the globs changed by a pull request's commits are read at most. */
const MAX_READ = 5000;

/** How many bytes of them are read at most. */
const MAX_READ_BYTES = 64 * 1024 * 1024;

/** Whether a blob id names content to follow: not "no file", not the empty file. */
function isContent(blob: string): boolean {
  return !ZERO_BLOB.test(blob) && !EMPTY_BLOBS.has(blob);
}

/** The empty file's blob id (SHA-1 and SHA-256 repositories): no content to follow. */
const EMPTY_BLOBS = new Set([
  'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391',
  '473a0f4c3be8a93681a267e3b1e9a7dcda1185436fe141f7749120a303721813',
]);

/** The blob id git writes for "no file" on one side of a change. */
const ZERO_BLOB = /^0+$/;

/** GitHub's "list commits on a pull request" returns at most this many commits. */
const GITHUB_COMMIT_LIST_LIMIT = 250;

/**
 * Rule 17: who authored or committed a commit that changed each SLA (its file at base or at
 * head) or a protected path. When GitHub's list may be cut short (250 commits), a commit
 * that changed one of them but is missing from it cannot be attributed: that blocks the
 * check rather than letting its author approve.
 */
async function contributors(
  git: GitReader,
  commits: readonly PullRequestCommit[],
  revision: RevisionDiff,
  slas: readonly SlaDiff[],
  config: SlacConfig,
  blockers: { sla: string | null; reason: string }[],
  resultFiles: ReadonlyMap<string, readonly string[]>,
): Promise<{ slas: Record<string, Contributor[]>; protected: Contributor[] }> {
  const logins = new Map<string, string[]>();
  for (const c of commits) {
    const who = [c.author?.login, c.committer?.login].filter(
      (l): l is string => typeof l === 'string' && l !== '',
    );
    logins.set(c.sha.toLowerCase(), who);
  }
  // Every file an SLA id had on either side, so a moved or renamed SLA is covered.
  const filesOf = new Map<string, Set<string>>();
  const addFile = (id: string, file: string) => {
    let set = filesOf.get(id);
    if (!set) filesOf.set(id, (set = new Set()));
    set.add(file);
  };
  for (const side of [revision.base, revision.head])
    for (const s of side.validation.slas) addFile(s.sla.id, s.file);
  for (const s of revision.skipped) if (s.id) addFile(s.id, s.file);
  for (const d of slas) addFile(d.id, d.file);
  const changesByCommit = await git.commitChanges(revision.diff.base, revision.diff.head);
  const byCommit = new Map(
    [...changesByCommit].map(([sha, changes]) => [sha, changes.map((c) => c.path)] as const),
  );
  // A file the same at base and head was not read, but a commit may have changed it and back.
  const touched = new Set([...byCommit.values()].flat());
  for (const [file, id] of await idsOfUnread(git, revision.head, touched)) addFile(id, file);
  const slaOfFile = new Map<string, string[]>();
  for (const [id, files] of filesOf)
    for (const f of files) slaOfFile.set(f, [...(slaOfFile.get(f) ?? []), id]);
  // A results file changed by a commit is a change to the results of the SLAs it holds.
  for (const [file, ids] of resultFiles)
    slaOfFile.set(file, [...(slaOfFile.get(file) ?? []), ...ids]);

  const isProtected = protectedPathMatcher(config);
  // A commit may change an SLA or results file at a path it has at neither end (moved away,
  // changed, moved back): which SLA that was is not known from the path, so such a commit
  // counts as changing every SLA the pull request changes.
  const isSlaOrResults = slaMatcher([...config.slas, ...config.results]);
  const everyChanged = [
    ...new Set([...slas.map((d) => d.id), ...[...resultFiles.values()].flat()]),
  ];
  // Content that ends up at a protected path may have been written at another one and moved
  // there: a commit that wrote a blob a changed protected path holds at head changed it too.
  const protectedBlobs = new Set(
    [...changesByCommit.values()]
      .flat()
      .filter((c) => isProtected(c.path) && !ZERO_BLOB.test(c.newer.blob))
      .map((c) => c.newer.blob),
  );
  const out: { slas: Record<string, Contributor[]>; protected: Contributor[] } = {
    slas: {},
    protected: [],
  };
  const carriers = await commitsCarryingSlaContent(git, changesByCommit, isSlaOrResults);
  // Content that one SLA's or results file held and another's holds at some commit moved
  // between them (a weakened `a` written into `slas/b.yaml`, then moved onto `slas/a.yaml`):
  // a commit that changed it counts for every SLA, not only for the file it changed.
  const idsOfBlob = new Map<string, Set<string>>();
  for (const changes of changesByCommit.values())
    for (const c of changes)
      for (const blob of [c.older.blob, c.newer.blob]) {
        const ids = slaOfFile.get(c.path);
        if (!ids || !isContent(blob)) continue;
        let known = idsOfBlob.get(blob);
        if (!known) idsOfBlob.set(blob, (known = new Set()));
        for (const id of ids) known.add(id);
      }
  for (const [sha, changes] of changesByCommit)
    for (const c of changes) {
      const own = slaOfFile.get(c.path);
      if (!own) continue;
      const elsewhere = [c.older.blob, c.newer.blob].some((blob) =>
        [...(idsOfBlob.get(blob) ?? [])].some((id) => !own.includes(id)),
      );
      if (elsewhere) carriers.add(sha);
    }
  const unlisted = new Set<string>();
  const unnamed: string[] = [];
  for (const [sha, paths] of [...byCommit].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ids = new Set(paths.flatMap((p) => slaOfFile.get(p) ?? []));
    if (paths.some((p) => isSlaOrResults(p) && !slaOfFile.has(p)) || carriers.has(sha))
      for (const id of everyChanged) ids.add(id);
    const touchesProtected =
      paths.some(isProtected) ||
      (changesByCommit.get(sha) ?? []).some((c) => protectedBlobs.has(c.newer.blob));
    if (ids.size === 0 && !touchesProtected) continue;
    const who = logins.get(sha.toLowerCase());
    // Listed, but with no account GitHub could name (an email linked to none): whoever made
    // it cannot be kept from approving it.
    if (who?.length === 0) unnamed.push(sha);
    if (!who) {
      // A complete list names every commit of the pull request: a commit git adds is older
      // history (a shallow clone's log runs past the merge base). Only a list GitHub may
      // have cut short leaves a commit of the pull request unattributed.
      if (commits.length >= GITHUB_COMMIT_LIST_LIMIT) unlisted.add(sha);
      continue;
    }
    for (const login of who) {
      const contributor = { login, commit: sha };
      for (const id of ids) (out.slas[id] ??= []).push(contributor);
      if (touchesProtected) out.protected.push(contributor);
    }
  }
  for (const sha of unnamed)
    blockers.push({
      sla: null,
      reason: `commit ${sha.slice(0, 7)} changes an SLA or a protected path, but GitHub names no account for its author or committer (an email linked to no account), so its author cannot be kept from approving it: link that email to its GitHub account, or commit the change again with one that is`,
    });
  for (const sha of [...unlisted].sort())
    blockers.push({
      sla: null,
      reason: `commit ${sha.slice(0, 7)} changes an SLA or a protected path but is not in GitHub's list of the pull request's commits (it lists at most 250), so its author cannot be kept from approving it: re-run the check, or split the pull request`,
    });
  return out;
}
