import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  compareRevisions,
  idsOfUnread,
  readRevision,
  revisionResults
} from "./chunk-MBPLZRQR.js";
import {
  IMPACT_ORDER,
  diffMarkdown
} from "./chunk-KFF5GMUZ.js";
import {
  hasUnreadableValues,
  validateSources
} from "./chunk-QEX64DGS.js";
import {
  isValidLogin,
  isValidOwner,
  ownerKey,
  sameOwner
} from "./chunk-AB5HIWON.js";
import {
  globBases,
  linkInTheWay,
  protectedPathMatcher,
  slaMatcher
} from "./chunk-6XWFT2UC.js";
import {
  formatMeasure,
  loadYaml
} from "./chunk-YRYJ7FDC.js";

// src/approval/index.ts
var FIX_TEAMS = "grant org-token read:org (the action), pass --teams FILE (slac approvals), or list the team under teams: in .slac.yml on the base branch";
function evaluateApprovals(input) {
  const ctx = new Context(input);
  const requirements = [];
  for (const b of input.blockers ?? []) {
    requirements.push({
      sla: b.sla,
      reason: b.reason,
      anyOf: [],
      approvedBy: [],
      satisfied: false,
      kind: "blocked",
      notes: ["nobody can approve this: fix the problem and push again"]
    });
  }
  const slas = [...input.slas].sort((a, b) => cmp(a.id, b.id) || cmp(a.status, b.status));
  for (const diff of slas) requirements.push(...ctx.slaRequirements(diff));
  for (const change of [...input.results ?? []].sort((a, b) => cmp(a.sla, b.sla)))
    requirements.push(ctx.resultsRequirement(change));
  for (const n of [...input.needsAdmin ?? []].sort(
    (a, b) => cmp(a.sla ?? "", b.sla ?? "") || cmp(a.reason, b.reason)
  ))
    requirements.push(ctx.adminRequirement(n.sla, n.reason, "admin", void 0));
  const isProtected = protectedPathMatcher(input.config);
  const protectedPaths = [...new Set(input.changedPaths.filter(isProtected))].sort(cmp);
  if (protectedPaths.length > 0) {
    requirements.push(
      ctx.adminRequirement(null, `changes ${protectedPaths.join(", ")}`, "config", void 0)
    );
  }
  return { satisfied: requirements.every((r) => r.satisfied), requirements };
}
var Context = class {
  constructor(input) {
    this.input = input;
    this.author = normalizeLogin(input.author);
    ({
      approvals: this.approvals,
      withdrawn: this.withdrawn,
      bots: this.bots
    } = latestApprovals(input.reviews));
    const admins = [...new Set(input.config.approval.admins)].sort(cmp);
    this.admins = admins.filter(isValidOwner);
    this.invalidAdmins = admins.filter((a) => !isValidOwner(a));
    for (const [name, m] of Object.entries(input.teams)) {
      const key = name.toLowerCase();
      if (this.teams.has(key)) continue;
      this.teams.set(
        key,
        "members" in m ? { ...m, keys: new Set(m.members.map(normalizeLogin)) } : m
      );
    }
  }
  input;
  author;
  /** Latest approval per reviewer (lower-cased login), bots left out; the author's included. */
  approvals;
  withdrawn;
  bots;
  admins;
  invalidAdmins;
  /** Verified members of each team, by lower-cased "@org/team". */
  teams = /* @__PURE__ */ new Map();
  /**
   * Who cannot approve a requirement: the pull request's author always, and everyone who
   * authored or committed a change to what the requirement is about (rule 17).
   */
  excludedFor(sla) {
    const out = /* @__PURE__ */ new Map([[this.author, null]]);
    const changedBy = this.input.changedBy;
    const list = sla === null ? changedBy?.protected : changedBy?.slas[sla];
    for (const c of list ?? []) {
      const key = normalizeLogin(c.login);
      if (!out.has(key)) out.set(key, c);
    }
    return out;
  }
  slaRequirements(diff) {
    const { base, head } = diff.owner;
    if (diff.status === "added") {
      const out2 = [this.ownerRequirement(diff, head, "added", "owner", "declared")];
      if (this.admins.length > 0 || this.invalidAdmins.length > 0)
        out2.push(this.adminRequirement(diff.id, "added: a new SLA needs an admin", "admin", diff));
      return out2;
    }
    if (diff.status === "removed") return [this.ownerRequirement(diff, base, "removed", "owner")];
    const ownerChanged = !sameOwner(base, head);
    const editorialOnly = diff.changes.length > 0 && diff.changes.every((c) => c.impact === "editorial");
    if (!ownerChanged && editorialOnly && this.input.config.approval.editorial === "no-approval" && diff.impact === "editorial")
      return [];
    const transfer = `owner changes from ${base ?? "(none)"} to ${head ?? "(none)"}`;
    const impact = diff.impact === "none" ? void 0 : diff.impact;
    const reason = ownerChanged ? impact ? `${impact}, ${transfer}` : transfer : impact ?? "modified";
    const out = [this.ownerRequirement(diff, base, reason, "owner")];
    if (diff.overPromise && this.input.config.approval.overPromise === "require-admin")
      out.push(
        this.adminRequirement(
          diff.id,
          "over-promise: the proposed target was missed in recent periods, and approval.overPromise is require-admin",
          "admin",
          diff
        )
      );
    if (ownerChanged)
      out.push(
        this.ownerRequirement(
          diff,
          head,
          `${transfer}: the new owner must accept`,
          "new-owner",
          "new"
        )
      );
    return out;
  }
  /**
   * The owner's approval of changed results. An approval counts only on the current head
   * (unless staleReviews is keep): results are no part of the SLA's content fingerprint.
   */
  resultsRequirement(change) {
    const owner = change.owner;
    const file = change.files.join(", ");
    if (owner === null || !isValidOwner(owner))
      return this.adminRequirement(
        change.sla,
        `${change.reason} (${file}), and the SLA has no valid owner to approve them`,
        "admin",
        void 0
      );
    const excluded = this.excludedFor(change.sla);
    if (this.onlyExcludedCanApprove(owner, excluded)) {
      const standIn = this.adminRequirement(change.sla, change.reason, "owner", void 0);
      standIn.notes.unshift(
        `only people who made this change could approve for ${owner}, whose approval never counts: an admin must approve instead`
      );
      return standIn;
    }
    return this.evaluate(change.sla, change.reason, "owner", [owner], void 0);
  }
  /** The owner's approval; an admin stands in where only excluded people could approve. */
  ownerRequirement(diff, owner, reason, kind, which = "base") {
    if (owner === null || !isValidOwner(owner)) {
      const where = which === "base" ? `on the base branch (${diff.file})` : `in the pull request (${diff.file})`;
      const what = owner === null ? `has no owner ${where}` : `owner "${owner}" ${where} is not a GitHub user "@login" or team "@org/team-slug" (owner-format)`;
      if (which === "base") {
        const standIn = this.adminRequirement(diff.id, reason, "admin", diff);
        standIn.notes.unshift(`${diff.id}: ${what}: an admin must approve instead`);
        return standIn;
      }
      return unsatisfiable(diff.id, reason, kind, [
        `${diff.id}: ${what}: write a valid owner such as "@acme/payments"`
      ]);
    }
    const excluded = this.excludedFor(diff.id);
    if (this.onlyExcludedCanApprove(owner, excluded)) {
      const standIn = this.adminRequirement(diff.id, reason, kind, diff);
      const who = owner.includes("/") ? `${owner} has as members only people who made this change (${describeExcluded(excluded, owner, this)})` : excludedWhy(owner, excluded.get(normalizeLogin(owner)) ?? null);
      standIn.notes.unshift(`${who}, whose approval never counts: an admin must approve instead`);
      return standIn;
    }
    return this.evaluate(diff.id, reason, kind, [owner], diff);
  }
  adminRequirement(sla, reason, kind, diff) {
    const notes = this.invalidAdmins.map(
      (a) => `admin "${a}" in approval.admins of the base .slac.yml is not "@login" or "@org/team" and is ignored`
    );
    if (this.admins.length === 0) {
      return unsatisfiable(sla, reason, kind, [
        ...notes,
        "an admin must approve, but approval.admins is empty in the base .slac.yml: set approval.admins on the default branch"
      ]);
    }
    const requirement = this.evaluate(sla, reason, kind, this.admins, diff);
    requirement.notes.unshift(...notes);
    return requirement;
  }
  /** True when every possible approver of `owner` (a user, or a team's members) is excluded. */
  onlyExcludedCanApprove(owner, excluded) {
    if (!owner.includes("/")) return excluded.has(normalizeLogin(owner));
    const team = this.teams.get(owner.toLowerCase());
    if (!team || !("keys" in team) || !team.keys) return false;
    let any = false;
    for (const m of team.keys) {
      if (isBotLogin(m)) continue;
      if (!excluded.has(m)) return false;
      any = true;
    }
    return any;
  }
  evaluate(sla, reason, kind, anyOf, diff) {
    const notes = [];
    const approvedBy = /* @__PURE__ */ new Set();
    for (const principal of anyOf) {
      if (!principal.includes("/")) continue;
      const team = this.teams.get(principal.toLowerCase());
      if (!team)
        notes.push(
          `membership of ${principal} is unknown, so its members' approvals cannot count: ${FIX_TEAMS}`
        );
      else if ("error" in team)
        notes.push(
          `membership of ${principal} could not be verified (${team.error}), so its members' approvals cannot count: ${FIX_TEAMS}`
        );
      else if (team.members.length === 0)
        notes.push(`${principal} has no members, so nobody can approve for it`);
      else if (team.note) notes.push(team.note);
    }
    const excluded = this.excludedFor(sla);
    if (anyOf.length > 0 && anyOf.every((p) => this.onlyExcludedCanApprove(p, excluded)))
      notes.push(
        `only people who made this change could approve for ${anyOf.join(", ")}, and their approval never counts: another person must be added`
      );
    for (const approval of this.approvals) {
      if (!anyOf.some((p) => this.isMember(approval.key, p))) continue;
      if (excluded.has(approval.key)) {
        const by = excluded.get(approval.key);
        notes.push(`${excludedWhy(approval.login, by ?? null)}, whose approval never counts`);
        continue;
      }
      const stale = this.staleness(approval, diff);
      if (stale) notes.push(stale);
      else approvedBy.add(approval.login);
    }
    for (const w of this.withdrawn) {
      if (!anyOf.some((p) => this.isMember(w.key, p))) continue;
      const later = w.state === "DISMISSED" ? "was dismissed" : w.state === "CHANGES_REQUESTED" ? "was followed by their review requesting changes" : `was followed by their review "${w.state}"`;
      notes.push(
        `${w.login} approved, but that approval ${later}; only each reviewer's latest review counts`
      );
    }
    const approvers = [...approvedBy].sort(cmp);
    if (approvers.length === 0)
      for (const bot of this.bots)
        notes.push(`${bot} approved, but an approval by a bot (an app) never counts`);
    return {
      sla,
      reason,
      anyOf: [...anyOf],
      approvedBy: approvers,
      satisfied: approvers.length > 0,
      kind,
      notes
    };
  }
  /** Whether the login `key` (lower-cased) is the user `principal` or a verified member of the team. */
  isMember(key, principal) {
    if (!principal.includes("/")) return normalizeLogin(principal) === key;
    const team = this.teams.get(principal.toLowerCase());
    return team !== void 0 && "keys" in team && team.keys !== void 0 && team.keys.has(key);
  }
  /** Why an approval on an older commit does not count, or undefined when it counts. */
  staleness(approval, diff) {
    const head = this.input.headSha.toLowerCase();
    if (approval.commit === head) return void 0;
    const mode = this.input.config.approval.staleReviews;
    if (mode === "keep") return void 0;
    const short = approval.commit.slice(0, 7) || "no commit named";
    if (mode === "content" && diff && approval.commit) {
      const fp = this.input.fingerprints;
      const atHead = fp?.head[diff.id];
      const atReview = fp?.at(diff.id, approval.commit);
      if (atHead !== void 0 && atReview === atHead) return void 0;
      return `${approval.login} approved commit ${short}, where ${diff.id} differs from the head: approve the current head again`;
    }
    return `${approval.login} approved an older commit (${short}) and staleReviews is ${mode}: approve the current head again`;
  }
};
function excludedWhy(login, by) {
  return by ? `${login} authored or committed this change (commit ${by.commit.slice(0, 7)})` : `${login} is the pull request author`;
}
function describeExcluded(excluded, owner, ctx) {
  const names = [...excluded.entries()].filter(([key]) => ctx.isMember(key, owner)).map(([key, by]) => excludedWhy(by?.login ?? key, by));
  return names.join("; ");
}
function latestApprovals(reviews) {
  const ordered = reviews.map((review, index) => ({ review, index })).sort(
    (a, b) => cmp(a.review.submitted_at ?? "", b.review.submitted_at ?? "") || (a.review.id ?? 0) - (b.review.id ?? 0) || a.index - b.index
  );
  const latest = /* @__PURE__ */ new Map();
  const withdrawn = /* @__PURE__ */ new Map();
  const bots = /* @__PURE__ */ new Map();
  for (const { review } of ordered) {
    const user = review.user;
    if (!user || typeof user.login !== "string" || user.login === "") continue;
    if (user.type === "Bot" || isBotLogin(user.login)) {
      if (review.state === "APPROVED") bots.set(normalizeLogin(user.login), user.login);
      else if (review.state !== "COMMENTED" && review.state !== "PENDING")
        bots.delete(normalizeLogin(user.login));
      continue;
    }
    const key = normalizeLogin(user.login);
    switch (review.state) {
      case "APPROVED":
        latest.set(key, {
          login: user.login,
          key,
          commit: (review.commit_id ?? "").toLowerCase()
        });
        withdrawn.delete(key);
        break;
      case "COMMENTED":
      case "PENDING":
        break;
      default:
        if (latest.get(key))
          withdrawn.set(key, { login: user.login, key, state: String(review.state) });
        latest.set(key, null);
    }
  }
  return {
    approvals: [...latest.values()].filter((a) => a !== null),
    withdrawn: [...withdrawn.values()],
    bots: [...bots.values()].sort(cmp)
  };
}
function unsatisfiable(sla, reason, kind, notes) {
  return { sla, reason, anyOf: [], approvedBy: [], satisfied: false, kind, notes };
}
function normalizeLogin(login) {
  return login.replace(/^@/, "").toLowerCase();
}
function isBotLogin(login) {
  return login.toLowerCase().endsWith("[bot]");
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/model/fingerprint.ts
import { createHash } from "node:crypto";
var DISPLAY_ONLY = /* @__PURE__ */ new Set(["text", "everyText"]);
function fingerprint(sla) {
  return createHash("sha256").update(canonicalJson(sla)).digest("hex");
}
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value).filter(([key, v]) => v !== void 0 && !DISPLAY_ONLY.has(key)).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

// src/check/results.ts
async function reviewResults(git, baseSha, headSha, changedPaths, config, today) {
  const isResults = slaMatcher(config.results);
  const bases = globBases(config.results);
  if (!changedPaths.some((path) => linkInTheWay(path, isResults, bases))) return void 0;
  const loaded = /* @__PURE__ */ new Map();
  const [base, head] = await Promise.all([
    readSide(git, baseSha, config, today, loaded),
    readSide(git, headSha, config, today, loaded)
  ]);
  const owners = /* @__PURE__ */ new Map();
  for (const s of base.slas) {
    const list = owners.get(s.id) ?? [];
    if (!list.some((o) => ownerKey(o) === ownerKey(s.owner))) list.push(s.owner);
    owners.set(s.id, list);
  }
  const declared = new Map(head.slas.map((s) => [s.id, s.owner]));
  const before = byKey(base.results);
  const after = byKey(head.results);
  const changed2 = /* @__PURE__ */ new Map();
  const note = (r, what) => {
    let entry = changed2.get(r.sla);
    if (!entry) changed2.set(r.sla, entry = { files: /* @__PURE__ */ new Set(), what: [] });
    entry.files.add(r.file);
    entry.what.push(what);
  };
  for (const [key, b] of before) {
    const h = after.get(key);
    const label = `${b.objective} ${b.period.id}`;
    if (!h) note(b, `${label} ${figure(b)} removed`);
    else if (rowText(b) !== rowText(h)) {
      if (figure(b) !== figure(h)) note(h, `${label} ${figure(b)} \u2192 ${figure(h)}`);
      else note(h, `${label} note or counts changed`);
      if (h.file !== b.file) changed2.get(h.sla)?.files.add(b.file);
    }
  }
  for (const [key, h] of after)
    if (!before.has(key)) note(h, `${h.objective} ${h.period.id} ${figure(h)} added`);
  const changes = [...changed2].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).flatMap(
    ([sla, { files, what }]) => (owners.get(sla) ?? [declared.get(sla) ?? null]).map((owner) => ({
      sla,
      owner,
      files: [...files].sort(),
      reason: `results changed: ${what.slice(0, 3).join("; ")}${what.length > 3 ? `; and ${what.length - 3} more` : ""}`
    }))
  );
  return { changes, problems: head.problems };
}
async function readSide(git, commit, config, today, loaded) {
  const snapshot = await readRevision(git, commit, config);
  const slas = validateSources(snapshot.files, {}, loaded).slas.map((s) => s.sla);
  const checked = await revisionResults(git, commit, config, slas, today);
  return { slas, results: checked.results, problems: checked.errors };
}
function byKey(results) {
  return new Map(results.map((r) => [`${r.sla}\0${r.objective}\0${r.period.id}`, r]));
}
function figure(r) {
  const written = String(r.written).trim();
  return written === formatMeasure(r.value) ? written : written || formatMeasure(r.value);
}
function rowText(r) {
  const v = r.value;
  const exact = v.kind === "duration" ? [v.kind, v.seconds] : v.kind === "quantity" ? [v.kind, v.value, v.unit] : [v.kind, v.value];
  return JSON.stringify([...exact, r.good ?? null, r.total ?? null, r.note ?? null]);
}

// src/check/index.ts
var LAST_DAY = "9999-12-31";
async function evaluatePullRequest(input) {
  if (!input.author.trim())
    throw new Error("the pull request author is empty: pass the login of who opened it");
  if (!isValidLogin(input.author))
    throw new Error(
      `the pull request author ${JSON.stringify(input.author)} is not a GitHub login: pass the login of who opened it`
    );
  const revision = await compareRevisions(input.git, input.baseRef, input.headRef, {
    ...input.today ? { today: input.today } : {},
    ...input.cache ? { cache: input.cache } : {}
  });
  const { diff, base, head, changedPaths } = revision;
  const config = base.snapshot.config;
  const blockers = [];
  for (const p of base.snapshot.configProblems.filter((p2) => p2.rule !== "config-owner"))
    blockers.push({
      sla: null,
      reason: `the base .slac.yml is invalid (${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}), so owners and admins cannot be read: fix it on the base branch`
    });
  for (const s of revision.skipped.filter((s2) => s2.side === "head"))
    blockers.push({
      sla: s.id ?? null,
      reason: `${s.file} cannot be read at head, so its change cannot be judged: fix its errors (slac validate)`
    });
  const needsAdmin = revision.skipped.filter((s) => s.side === "base" && changedPaths.includes(s.file)).map((s) => ({
    sla: s.id ?? null,
    reason: `${s.file} cannot be read on the base branch, so its owner is unknown`
  }));
  const headErrors = head.validation.errors;
  if (headErrors.length > 0) {
    const first = headErrors[0];
    blockers.push({
      sla: null,
      reason: `the head has ${headErrors.length} validation error${headErrors.length === 1 ? "" : "s"} (first: ${first.file}:${first.line}:${first.column} ${first.rule}: ${first.message}): fix them (slac validate)`
    });
  }
  const slas = [
    ...diff.slas.map((d) => wordingHidesChange(d, base.validation.slas, head) ? changed(d) : d),
    ...undescribedChanges(diff.slas, base.validation.slas, head)
  ];
  const fingerprints = config.approval.staleReviews === "content" ? {
    head: fingerprintsOf(head.validation.slas),
    at: await fingerprintsAtReviewedCommits(input, config, head.snapshot)
  } : void 0;
  const results = await reviewResults(
    input.git,
    diff.base,
    diff.head,
    changedPaths,
    config,
    input.today ?? LAST_DAY
  );
  const resultProblems = results?.problems ?? [];
  if (resultProblems.length > 0) {
    const first = resultProblems[0];
    blockers.push({
      sla: null,
      reason: `the head's results files have ${resultProblems.length} problem${resultProblems.length === 1 ? "" : "s"} (first: ${first.file}:${first.line}:${first.column} ${first.rule}: ${first.message}): fix them (slac validate)`
    });
  }
  const resultFiles = /* @__PURE__ */ new Map();
  for (const change of results?.changes ?? [])
    for (const file of change.files)
      resultFiles.set(file, [...resultFiles.get(file) ?? [], change.sla]);
  const changedBy = input.commits ? await contributors(input.git, input.commits, revision, slas, config, blockers, resultFiles) : void 0;
  const approvals = evaluateApprovals({
    slas,
    config,
    changedPaths,
    author: input.author,
    ...changedBy ? { changedBy } : {},
    ...results ? { results: results.changes } : {},
    headSha: diff.head,
    reviews: input.reviews,
    teams: mergeTeams(config.teams, input.teams ?? {}),
    ...fingerprints ? { fingerprints } : {},
    blockers,
    needsAdmin
  });
  return { diff, validation: head.validation, approvals, changedPaths };
}
function mergeTeams(fromConfig, fromCaller) {
  const listed = new Map(Object.entries(fromConfig).map(([t, m]) => [t.toLowerCase(), m]));
  const out = {};
  for (const [team, members] of listed) out[team] = { members: [...members] };
  for (const [team, m] of Object.entries(fromCaller)) {
    const key = team.toLowerCase();
    const fallback = listed.get(key);
    if ("members" in m || !fallback) out[key] = m;
    else
      out[key] = {
        members: [...fallback],
        note: `membership of ${team} could not be read (${m.error}); using its teams: list in the base .slac.yml`
      };
  }
  return out;
}
function undescribedChanges(listed, baseSlas, head) {
  const seen = new Set(listed.map((d) => d.id));
  const headById = new Map(head.validation.slas.map((s) => [s.sla.id, s]));
  const copies = /* @__PURE__ */ new Map();
  for (const b of baseSlas) copies.set(b.sla.id, (copies.get(b.sla.id) ?? 0) + 1);
  const asked = new Set(listed.map((d) => `${d.id}\0${ownerKey(d.owner.base ?? "")}`));
  const out = [];
  for (const b of baseSlas) {
    const h = headById.get(b.sla.id);
    if (h === b) continue;
    if ((copies.get(b.sla.id) ?? 0) > 1) {
      if (h && fingerprint(b.sla) === fingerprint(h.sla)) continue;
      const key = `${b.sla.id}\0${ownerKey(b.sla.owner)}`;
      if (asked.has(key)) continue;
      asked.add(key);
      out.push(
        h && h.file === b.file ? undescribed(b, h) : {
          id: b.sla.id,
          file: b.file,
          status: "removed",
          impact: "weakened",
          owner: { base: b.sla.owner, head: null },
          changes: []
        }
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
function undescribed(base, head) {
  return {
    id: base.sla.id,
    file: head.file,
    status: "modified",
    impact: "changed",
    owner: { base: base.sla.owner, head: head.sla.owner },
    changes: []
  };
}
function wordingHidesChange(d, baseSlas, head) {
  if (d.status !== "modified" || d.impact !== "editorial") return false;
  const b = only(baseSlas.filter((s) => s.sla.id === d.id));
  const h = only(head.validation.slas.filter((s) => s.sla.id === d.id));
  if (!b || !h) return true;
  return fingerprint(withoutWording(b.sla)) !== fingerprint(withoutWording(h.sla));
}
function only(items) {
  return items.length === 1 ? items[0] : void 0;
}
function withoutWording(sla) {
  return {
    ...sla,
    owner: ownerKey(sla.owner),
    title: "",
    tags: [],
    service: { ...sla.service, name: "", summary: "" },
    objectives: sla.objectives.map(({ description: _description, ...o }) => ({ ...o, title: "" }))
  };
}
function changed(d) {
  return { ...d, impact: "changed" };
}
function fingerprintsOf(slas) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of slas) counts.set(s.sla.id, (counts.get(s.sla.id) ?? 0) + 1);
  const out = {};
  for (const s of slas) {
    if (counts.get(s.sla.id) !== 1 || hasUnreadableValues(s)) continue;
    out[s.sla.id] = fingerprint(s.sla);
  }
  return out;
}
async function fingerprintsAtReviewedCommits(input, config, head) {
  const headSha = head.commit ?? "";
  const headBlobs = new Map(head.files.map((f) => [f.path, f.blob]));
  const skip = (e) => head.unread?.has(e.path) === true && headBlobs.get(e.path) === e.blob;
  const commits = [
    ...new Set(
      input.reviews.filter((r) => r.state === "APPROVED" && typeof r.commit_id === "string").map((r) => r.commit_id.toLowerCase()).filter((c) => /^[0-9a-f]{40}$/.test(c) && c !== headSha.toLowerCase())
    )
  ].sort();
  const byCommit = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    try {
      const snapshot = await readRevision(input.git, commit, config, { read: (e) => !skip(e) });
      if (snapshot.commit?.toLowerCase() !== commit) continue;
      const read = snapshot.files.filter((f) => !snapshot.unread?.has(f.path));
      byCommit.set(commit, fingerprintsOf(validateSources(read).slas));
    } catch {
    }
  }
  return (slaId, commit) => byCommit.get(commit.toLowerCase())?.[slaId];
}
async function commitsCarryingSlaContent(git, changesByCommit, isSlaOrResults) {
  const byBlob = /* @__PURE__ */ new Map();
  const moveBlobs = /* @__PURE__ */ new Map();
  const found = [];
  const content = /* @__PURE__ */ new Set();
  const add = (blob) => {
    if (!isContent(blob) || content.has(blob)) return;
    content.add(blob);
    found.push(blob);
  };
  const join = (blob, sha, change) => {
    if (!isContent(blob)) return;
    let list = byBlob.get(blob);
    if (!list) byBlob.set(blob, list = []);
    list.push({ sha, change });
  };
  for (const [sha, changes] of changesByCommit) {
    const touchesSla = changes.some((c) => isSlaOrResults(c.path));
    for (const change of changes)
      if (touchesSla && change.older.mode !== SUBMODULE_MODE && change.newer.mode !== SUBMODULE_MODE) {
        add(change.older.blob);
        add(change.newer.blob);
      }
    const moved = [];
    for (const change of changes) {
      if (change.older.mode === SUBMODULE_MODE || change.newer.mode === SUBMODULE_MODE) continue;
      if (isSlaOrResults(change.path)) continue;
      join(change.older.blob, sha, change);
      join(change.newer.blob, sha, change);
      if (isMove(change)) moved.push(change.older.blob, change.newer.blob);
    }
    if (moved.length > 0) moveBlobs.set(sha, moved);
  }
  const unread = [...byBlob.keys()].filter((blob) => !content.has(blob));
  const everyCommit = () => new Set([...byBlob.values()].flatMap((l) => l.map((c) => c.sha)));
  if (unread.length > MAX_READ) return everyCommit();
  if (git.blobSizes) {
    const sizes = await git.blobSizes(unread);
    const bytes = unread.reduce((sum, blob) => sum + (sizes.get(blob) ?? Infinity), 0);
    if (bytes > MAX_READ_BYTES) return everyCommit();
  }
  const texts = await git.readBlobs(unread);
  for (const [blob, bytes] of texts) if (isSlacDocument(bytes)) add(blob);
  const carriers = /* @__PURE__ */ new Set();
  while (found.length > 0)
    for (const { sha, change } of byBlob.get(found.pop()) ?? []) {
      carriers.add(sha);
      add(change.older.blob);
      add(change.newer.blob);
      if (isMove(change)) for (const blob of moveBlobs.get(sha) ?? []) add(blob);
    }
  return carriers;
}
function isSlacDocument(bytes) {
  if (bytes.includes("ServiceLevelAgreement") || bytes.includes("ServiceLevelResults")) return true;
  if (!bytes.includes("\\")) return false;
  const unescaped = bytes.toString("latin1").replace(/\\\r?\n[ \t]*/g, "").replace(
    /\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g,
    (_, x, u, w) => String.fromCodePoint(Math.min(parseInt(x ?? u ?? w, 16), 1114111))
  );
  if (unescaped.includes("ServiceLevelAgreement") || unescaped.includes("ServiceLevelResults"))
    return true;
  const loaded = loadYaml("", bytes);
  if (!loaded.ok) return false;
  const kind = loaded.source.data?.kind;
  return kind === "ServiceLevelAgreement" || kind === "ServiceLevelResults";
}
var SUBMODULE_MODE = "160000";
function isMove(change) {
  return ZERO_BLOB.test(change.older.blob) || ZERO_BLOB.test(change.newer.blob);
}
var MAX_READ = 5e3;
var MAX_READ_BYTES = 64 * 1024 * 1024;
function isContent(blob) {
  return !ZERO_BLOB.test(blob) && !EMPTY_BLOBS.has(blob);
}
var EMPTY_BLOBS = /* @__PURE__ */ new Set([
  "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391",
  "473a0f4c3be8a93681a267e3b1e9a7dcda1185436fe141f7749120a303721813"
]);
var ZERO_BLOB = /^0+$/;
var GITHUB_COMMIT_LIST_LIMIT = 250;
async function contributors(git, commits, revision, slas, config, blockers, resultFiles) {
  const logins = /* @__PURE__ */ new Map();
  for (const c of commits) {
    const who = [c.author?.login, c.committer?.login].filter(
      (l) => typeof l === "string" && l !== ""
    );
    logins.set(c.sha.toLowerCase(), who);
  }
  const filesOf = /* @__PURE__ */ new Map();
  const addFile = (id, file) => {
    let set = filesOf.get(id);
    if (!set) filesOf.set(id, set = /* @__PURE__ */ new Set());
    set.add(file);
  };
  for (const side of [revision.base, revision.head])
    for (const s of side.validation.slas) addFile(s.sla.id, s.file);
  for (const s of revision.skipped) if (s.id) addFile(s.id, s.file);
  for (const d of slas) addFile(d.id, d.file);
  const changesByCommit = await git.commitChanges(revision.diff.base, revision.diff.head);
  const byCommit = new Map(
    [...changesByCommit].map(([sha, changes]) => [sha, changes.map((c) => c.path)])
  );
  const touched = new Set([...byCommit.values()].flat());
  for (const [file, id] of await idsOfUnread(git, revision.head, touched)) addFile(id, file);
  const slaOfFile = /* @__PURE__ */ new Map();
  for (const [id, files] of filesOf)
    for (const f of files) slaOfFile.set(f, [...slaOfFile.get(f) ?? [], id]);
  for (const [file, ids] of resultFiles)
    slaOfFile.set(file, [...slaOfFile.get(file) ?? [], ...ids]);
  const isProtected = protectedPathMatcher(config);
  const isSlaOrResults = slaMatcher([...config.slas, ...config.results]);
  const everyChanged = [
    .../* @__PURE__ */ new Set([...slas.map((d) => d.id), ...[...resultFiles.values()].flat()])
  ];
  const protectedBlobs = new Set(
    [...changesByCommit.values()].flat().filter((c) => isProtected(c.path) && !ZERO_BLOB.test(c.newer.blob)).map((c) => c.newer.blob)
  );
  const out = {
    slas: {},
    protected: []
  };
  const carriers = await commitsCarryingSlaContent(git, changesByCommit, isSlaOrResults);
  const idsOfBlob = /* @__PURE__ */ new Map();
  for (const changes of changesByCommit.values())
    for (const c of changes)
      for (const blob of [c.older.blob, c.newer.blob]) {
        const ids = slaOfFile.get(c.path);
        if (!ids || !isContent(blob)) continue;
        let known = idsOfBlob.get(blob);
        if (!known) idsOfBlob.set(blob, known = /* @__PURE__ */ new Set());
        for (const id of ids) known.add(id);
      }
  for (const [sha, changes] of changesByCommit)
    for (const c of changes) {
      const own = slaOfFile.get(c.path);
      if (!own) continue;
      const elsewhere = [c.older.blob, c.newer.blob].some(
        (blob) => [...idsOfBlob.get(blob) ?? []].some((id) => !own.includes(id))
      );
      if (elsewhere) carriers.add(sha);
    }
  const unlisted = /* @__PURE__ */ new Set();
  const unnamed = [];
  for (const [sha, paths] of [...byCommit].sort(([a], [b]) => a < b ? -1 : 1)) {
    const ids = new Set(paths.flatMap((p) => slaOfFile.get(p) ?? []));
    if (paths.some((p) => isSlaOrResults(p) && !slaOfFile.has(p)) || carriers.has(sha))
      for (const id of everyChanged) ids.add(id);
    const touchesProtected = paths.some(isProtected) || (changesByCommit.get(sha) ?? []).some((c) => protectedBlobs.has(c.newer.blob));
    if (ids.size === 0 && !touchesProtected) continue;
    const who = logins.get(sha.toLowerCase());
    if (who?.length === 0) unnamed.push(sha);
    if (!who) {
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
      reason: `commit ${sha.slice(0, 7)} changes an SLA or a protected path, but GitHub names no account for its author or committer (an email linked to no account), so its author cannot be kept from approving it: link that email to its GitHub account, or commit the change again with one that is`
    });
  for (const sha of [...unlisted].sort())
    blockers.push({
      sla: null,
      reason: `commit ${sha.slice(0, 7)} changes an SLA or a protected path but is not in GitHub's list of the pull request's commits (it lists at most 250), so its author cannot be kept from approving it: re-run the check, or split the pull request`
    });
  return out;
}

// src/app/check-pull-request.ts
async function checkPullRequest(input) {
  const { directory, teams = {}, ...rest } = input;
  const evaluationInput = { ...rest, teams };
  const first = await evaluatePullRequest(evaluationInput);
  const named = [
    ...new Set(first.approvals.requirements.flatMap((r) => r.anyOf.filter((o) => o.includes("/"))))
  ].sort();
  if (named.length === 0 || !directory) return answer(first, directory ? [] : named);
  const membership = { ...teams };
  const approvers = approversOf(input.reviews, input.author);
  for (const team of named) {
    const members = [];
    const unverified = [];
    for (const login of approvers) {
      const said = await directory.membership(team, login);
      if (said === "member") members.push(login);
      else if (said !== "not-member") unverified.push(said.unverified);
    }
    membership[team] = members.length === 0 && unverified.length > 0 ? { error: unverified.join(" ") } : { members };
  }
  return answer(await evaluatePullRequest({ ...evaluationInput, teams: membership }), []);
}
function answer(evaluation, teamsNotLookedUp) {
  return { evaluation, impact: overallImpact(evaluation.diff), teamsNotLookedUp };
}
function approversOf(reviews, author) {
  const who = author.toLowerCase();
  return [
    ...new Set(
      reviews.flatMap(
        (r) => r.state === "APPROVED" && r.user && r.user.login.toLowerCase() !== who ? [r.user.login] : []
      )
    )
  ].sort();
}
function overallImpact(diff) {
  const found = new Set(diff?.slas.map((s) => s.impact) ?? []);
  return IMPACT_ORDER.find((i) => found.has(i)) ?? "none";
}

// action/pipeline.ts
function diffSection(diff, maxLength) {
  return diffMarkdown(diff, { maxLength });
}

export {
  checkPullRequest,
  overallImpact,
  diffSection
};
