import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  buildReport
} from "./chunk-HZENJBYJ.js";
import {
  validateFolderResults
} from "./chunk-LXGCDU7E.js";
import {
  codeSpan,
  escapeMarkdown as escapeMarkdown2
} from "./chunk-RADXKD5Y.js";
import {
  escapeMarkdown
} from "./chunk-KFF5GMUZ.js";
import "./chunk-H6FZKW75.js";
import {
  contentsGiven,
  inThreadChecker,
  validateFiles
} from "./chunk-QEX64DGS.js";
import "./chunk-65PU66OT.js";
import "./chunk-GANDJKIS.js";
import "./chunk-AB5HIWON.js";
import "./chunk-HJ74UDHR.js";
import {
  noSlaFiles,
  readWorkingTree
} from "./chunk-6XWFT2UC.js";
import "./chunk-RM3UL5JP.js";
import "./chunk-4XC5CIYH.js";
import "./chunk-B3JQOF2Z.js";
import {
  detached,
  sortProblems
} from "./chunk-D4OHMOMU.js";
import "./chunk-YRYJ7FDC.js";
import "./chunk-IIUHSBYQ.js";
import "./chunk-UXNRCORL.js";

// src/app/measured-repository.ts
async function loadMeasuredRepository(root, today, keep = (sla) => sla) {
  const tree = await readWorkingTree(root);
  const slas = [];
  const files = [...tree.files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const { result } = await validateFiles({
    files: files.map((f) => ({
      path: f.path,
      content: typeof f.content === "string" ? Buffer.from(f.content) : f.content
    })),
    contents: contentsGiven,
    checker: inThreadChecker,
    today,
    // Only errors are reported: warnings are neither located nor kept.
    warnings: false,
    loadSlas: () => true,
    take: (_file, loaded) => slas.push(detached(keep(loaded.sla)))
  });
  files.length = 0;
  const errors = result.errors;
  const measured = await validateFolderResults(
    root,
    tree.config,
    tree.files.map((f) => f.path),
    today,
    slas,
    { warnings: false }
  );
  return {
    config: tree.config,
    slas,
    results: measured?.results ?? [],
    problems: sortProblems([
      ...tree.configProblems,
      // A glob that selects nothing must not turn the review into an empty, green report.
      ...tree.files.length === 0 && tree.configProblems.length === 0 ? [noSlaFiles(tree.config, tree.hasConfig)] : [],
      ...errors,
      ...measured?.errors ?? []
    ])
  };
}

// action/notify.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/report/format.ts
function reportJson(report) {
  return [...reportJsonParts(report)].join("");
}
var NESTED_OPEN = '{\n  "slas": [\n    ';
var NESTED_CLOSE = "\n  ]\n}";
function* reportJsonParts(report) {
  const slas = report.slas[Symbol.iterator]();
  let next = slas.next();
  const outline = () => JSON.stringify({ ...report, slas: [] }, null, 2) + "\n";
  if (next.done) {
    yield outline();
    return;
  }
  const before = outline();
  const open = before.indexOf('\n  "slas": []') + '\n  "slas": ['.length;
  yield before.slice(0, open);
  for (let i = 0; !next.done; i++, next = slas.next()) {
    const nested = JSON.stringify({ slas: [next.value] }, null, 2);
    yield (i === 0 ? "\n    " : ",\n    ") + nested.slice(NESTED_OPEN.length, nested.length - NESTED_CLOSE.length);
  }
  yield "\n  " + outline().slice(open);
}
function percent(fraction) {
  return `${Math.round(fraction * 1e3) / 10}%`;
}
function metWord(r) {
  return r.met === null ? "no data" : r.met ? "met" : "missed";
}
function rangeOf(report) {
  return report.scope;
}
function capital(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function summaryLine(report) {
  const { met, missed, noData } = report.summary;
  return `${met} met, ${missed} missed, ${noData} without data`;
}
function reviewLine(sla) {
  const r = sla.review;
  if (!r.due) return "no regular review";
  if (r.overdue) return `review overdue since ${r.due}`;
  if (r.dueSoon) return `review due on ${r.due}`;
  return `next review on ${r.due}`;
}
function noPeriodLine(sla) {
  const { from, until } = sla.effective;
  const dates = until === null ? `from ${from}` : `from ${from} until ${until}`;
  return `no period under review: the SLA is in effect ${dates} (spec.effective), and no period of the report falls within those dates`;
}
function direction(o) {
  return o.better === "lower" ? "\u2264" : o.better === "higher" ? "\u2265" : "";
}
function objectiveHeading(o) {
  const trend = o.trend ? `, trend ${o.trend}` : "";
  const missed = o.breaches > 0 ? `, missed ${o.breaches}\xD7` : "";
  return `${o.title} (${direction(o)} ${o.target} per ${o.window}${trend}${missed})`;
}
function reportMarkdown(report) {
  const out = [
    `# Service level review: ${escapeMarkdown(rangeOf(report))}`,
    "",
    `As of ${report.today}: **${summaryLine(report)}**.`
  ];
  for (const sla of report.slas) {
    out.push("", `## ${escapeMarkdown(sla.title)} (\`${sla.id}\`)`, "");
    out.push(`Owner ${escapeMarkdown(sla.owner)}; ${escapeMarkdown(reviewLine(sla))}.`);
    if (sla.creditsOwed.length > 0)
      out.push(
        "",
        `Credits owed: ${sla.creditsOwed.map((c) => `${c.period}: ${c.credit}%`).join(", ")}.`
      );
    for (const o of sla.objectives) {
      out.push("", `### ${escapeMarkdown(objectiveHeading(o))}`, "");
      if (o.results.length === 0) {
        out.push(`${capital(escapeMarkdown(noPeriodLine(sla)))}.`);
        continue;
      }
      out.push(
        "| Period | Value | Met | Zone | Budget used | Credit | Note |",
        "| --- | --- | --- | --- | --- | --- | --- |"
      );
      for (const r of o.results)
        out.push(
          `| ${r.period} | ${r.value === null ? "\u2014" : escapeMarkdown(r.value)} | ${r.met === false ? "**missed**" : metWord(r)} | ${r.zone ?? ""} | ${r.budgetUsed === null ? "" : percent(r.budgetUsed)} | ${r.credit ? `${r.credit}%` : ""} | ${r.note ? escapeMarkdown(r.note) : ""} |`
        );
    }
  }
  return out.join("\n") + "\n";
}

// src/report/notices.ts
function noticesOf(report) {
  const breaches = [];
  const reviews = [];
  for (const sla of report.slas) {
    const objectives = [];
    for (const o of sla.objectives) {
      const result = latest(o);
      if (!result) continue;
      const why = [
        result.met === false ? "missed the target" : "",
        result.zone === "below" ? "below the zone of tolerance" : ""
      ].filter(Boolean).join(", ");
      if (why) objectives.push({ id: o.id, title: o.title, target: o.target, result, why });
    }
    if (objectives.length > 0)
      breaches.push({
        sla: sla.id,
        title: sla.title,
        owner: sla.owner,
        objectives,
        credits: objectives.flatMap(
          (o) => o.result.credit ? [{ period: o.result.period, credit: o.result.credit }] : []
        )
      });
    if (sla.review.due && (sla.review.overdue || sla.review.dueSoon))
      reviews.push({
        sla: sla.id,
        title: sla.title,
        owner: sla.owner,
        due: sla.review.due,
        overdue: sla.review.overdue
      });
  }
  return { breaches, reviews };
}
function latest(o) {
  return o.results[o.results.length - 1];
}

// action/notify.ts
function noticeMarker(kind, sla) {
  return `<!-- slac:${kind} ${sla} -->`;
}
async function runReportMode(context) {
  const { api, log, root, prefix, today } = context;
  const {
    config,
    slas,
    results: measuredResults,
    problems
  } = await loadMeasuredRepository(root, today);
  if (problems.length > 0) {
    for (const p of problems.slice(0, 10))
      log.error(`${p.rule}: ${p.message}`, {
        file: p.file,
        ...p.line > 0 ? { startLine: p.line, startColumn: p.column } : {}
      });
    throw new Error(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in SLA or results files (first: ${problems[0].file}:${problems[0].line}:${problems[0].column} ${problems[0].rule}): no issue was opened or changed; fix them (slac validate)`
    );
  }
  let results = measuredResults;
  let proposal;
  if (context.prometheus) {
    const fresh = await measureNow(context.prometheus, log, root, config, slas, today);
    if (fresh) {
      results = fresh.results;
      if (fresh.changed.length > 0)
        proposal = await proposeResults(
          api,
          log,
          prefix,
          fresh.changed,
          fresh.periods,
          fresh.source
        );
      else log.info("the measured results are already in the repository");
    }
  }
  const report = buildReport({
    slas,
    results,
    config,
    today,
    selection: { last: 1 }
  });
  const { breaches, reviews } = noticesOf(report);
  const login = (await api.ownLogin()).toLowerCase();
  const ours = (await api.issues()).filter((i) => i.login?.toLowerCase() === login);
  const ids = [...new Set(slas.map((s) => s.id))].sort();
  const breachBy = new Map(breaches.map((b) => [b.sla, b]));
  const reviewBy = new Map(reviews.map((r) => [r.sla, r]));
  for (const issue of ours)
    for (const m of issue.body.matchAll(/<!-- slac:(?:breach|review) ([a-z0-9-]+) -->/g))
      if (!ids.includes(m[1])) ids.push(m[1]);
  for (const sla of ids) {
    const breach = breachBy.get(sla);
    await keepIssue(
      api,
      log,
      ours,
      "breach",
      sla,
      breach && breachIssue(breach),
      `${sla} met every objective in its latest period`
    );
    const review = reviewBy.get(sla);
    await keepIssue(
      api,
      log,
      ours,
      "review",
      sla,
      review && reviewIssue(review, config.report.reviewNotice),
      `the review of ${sla} is no longer due`
    );
  }
  const dir = context.temp ?? join(root, ".slac");
  await mkdir(dir, { recursive: true });
  const path = join(dir, "slac-review-report.json");
  await writeFile(path, reportJson(report));
  await log.summary(reportMarkdown(report));
  return {
    report,
    breaches: breaches.length,
    path,
    ...proposal ? { pullRequest: proposal.number } : {}
  };
}
async function measureNow(source, log, root, config, slas, today) {
  const [{ createHttpPrometheus }, { measureLatestPeriod }, { diskResultsFolder }] = await Promise.all([
    import("./chunk-BOOPC7OX.js"),
    import("./chunk-VPT6JJT3.js"),
    import("./chunk-6DEMJFIH.js")
  ]);
  const prometheus = createHttpPrometheus({
    url: source.url,
    timeoutMs: 3e4,
    ...source.token ? { token: source.token } : {}
  });
  const latest2 = await measureLatestPeriod({
    config,
    slas,
    today,
    prometheus,
    folder: diskResultsFolder(root, config)
  });
  switch (latest2.outcome) {
    case "no-queries":
      log.warning(
        "prometheus-url is set, but no objective in force has prometheus queries: nothing was measured (see docs/measure.md)"
      );
      return void 0;
    case "failed": {
      const f = latest2.failures[0];
      throw new Error(
        `${latest2.failures.length} objective${latest2.failures.length === 1 ? "" : "s"} could not be measured (first: ${f.sla} objective ${f.objective}: ${f.message}; query: ${f.query}): no pull request was opened and no issue changed`
      );
    }
    case "not-writable":
      throw new Error(`${latest2.reason}: no pull request was opened and no issue changed`);
    case "measured":
      return latest2;
  }
}
async function proposeResults(api, log, prefix, writes, periods, source) {
  const branch = `slac/results-${periods.join("-")}`;
  const base = await api.defaultBranch();
  let created = false;
  try {
    if (!await api.branchExists(branch)) {
      await api.createBranch(branch, base.sha);
      created = true;
    }
    for (const w of writes) {
      const path = `${prefix}${w.path}`;
      const there = await api.fileOn(branch, path);
      if (there?.text === w.text) continue;
      await api.putFile(
        branch,
        path,
        w.text,
        `Measured results for ${periods.join(", ")}`,
        there?.sha
      );
    }
    const title = `Measured results for ${periods.join(", ")}`;
    const body = [
      `The measured results of ${periods.join(", ")} from ${escapeMarkdown2(source)}, for review like every other change: the SLA owners approve their figures before they reach the catalog.`,
      "",
      ...writes.map((w) => `- ${codeSpan(`${prefix}${w.path}`)}`),
      "",
      "_Opened by slac (`mode: report`); a later run updates this pull request rather than opening another._"
    ].join("\n");
    const open = await api.openPullFrom(branch);
    if (open) {
      if (open.title !== title || open.body !== body)
        await api.updatePull(open.number, { title, body });
      log.info(`updated pull request #${open.number} with the measured results`);
      return { number: open.number };
    }
    const number = await api.createPull(branch, base.name, title, body);
    log.info(`opened pull request #${number} with the measured results`);
    return { number };
  } catch (error) {
    if (created) await api.deleteBranch(branch).catch(() => {
    });
    throw error;
  }
}
async function keepIssue(api, log, ours, kind, sla, wanted, cleared) {
  const marker = noticeMarker(kind, sla);
  const existing = ours.filter((i) => i.body.includes(marker)).sort((a, b) => b.number - a.number)[0];
  if (wanted) {
    const body = `${marker}
${wanted.body}`;
    if (!existing) {
      const number = await api.createIssue(wanted.title, body);
      log.info(`opened #${number}: ${wanted.title}`);
    } else if (existing.state === "closed" || existing.body !== body || existing.title !== wanted.title) {
      await api.updateIssue(existing.number, { title: wanted.title, body, state: "open" });
      log.info(`updated #${existing.number}: ${wanted.title}`);
    }
  } else if (existing && existing.state === "open") {
    await api.createComment(
      existing.number,
      `Cleared: ${escapeMarkdown2(cleared)}. Closing this issue.`
    );
    await api.updateIssue(existing.number, { state: "closed" });
    log.info(`closed #${existing.number}: ${cleared}`);
  }
}
function breachIssue(b) {
  const periods = [...new Set(b.objectives.map((o) => o.result.period))].join(", ");
  const lines = [
    `${b.owner}: ${escapeMarkdown2(b.title)} did not deliver what its SLA promises in ${periods}.`,
    ""
  ];
  for (const o of b.objectives) {
    const r = o.result;
    const extra = [
      r.downtime ? `downtime ${r.downtime}` : "",
      r.budgetUsed !== null ? `${Math.round(r.budgetUsed * 1e3) / 10}% of the error budget used` : "",
      r.credit ? `credit owed: ${r.credit}% of the period's fee` : ""
    ].filter(Boolean);
    lines.push(
      `- **${escapeMarkdown2(o.title)}** (\`${o.id}\`), ${r.period}: ${escapeMarkdown2(r.value ?? "no data")} against a target of ${escapeMarkdown2(o.target)}: ${o.why}${extra.length ? ` (${escapeMarkdown2(extra.join("; "))})` : ""}.${r.note ? ` Note: ${escapeMarkdown2(r.note)}` : ""}`
    );
  }
  lines.push(
    "",
    "Please look into the cause and tell the customers affected; the figures are in the results files, and `slac report` shows the trend.",
    "",
    "_Kept up to date by slac (`mode: report`); it closes this issue when the latest period meets every objective._"
  );
  return { title: `SLA missed: ${b.title} (${periods})`, body: lines.join("\n") };
}
function reviewIssue(r, notice) {
  const when = r.overdue ? `was due on ${r.due} and is overdue` : `is due on ${r.due}`;
  return {
    title: `SLA review ${r.overdue ? "overdue" : "due"}: ${r.title} (${r.due})`,
    body: [
      `${r.owner}: the regular review of ${escapeMarkdown2(r.title)} (\`${r.sla}\`) with its customers ${when}.`,
      "",
      "Review the SLA with its customers, then set `review.lastReviewed` to the review date in a pull request.",
      "",
      `_Kept up to date by slac (\`mode: report\`, notice ${escapeMarkdown2(notice)} ahead); it closes this issue once the review is recorded._`
    ].join("\n")
  };
}
export {
  runReportMode
};
