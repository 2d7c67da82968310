import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  IMPACT_ORDER,
  hoursText,
  plural,
  quote,
  windowText
} from "./chunk-KFF5GMUZ.js";
import {
  attainment
} from "./chunk-H6FZKW75.js";
import {
  parseConfig
} from "./chunk-WPV2PEYU.js";
import {
  hasUnreadableValues,
  inThreadChecker,
  loadSla,
  loadedKey,
  validateFiles
} from "./chunk-QEX64DGS.js";
import {
  knownIds
} from "./chunk-65PU66OT.js";
import {
  sameOwner
} from "./chunk-AB5HIWON.js";
import {
  comparePeriods,
  lastPeriods,
  validateResults
} from "./chunk-HJ74UDHR.js";
import {
  configLinkProblem,
  globBases,
  isUndecodable,
  linkInTheWay,
  linkProblem,
  pathProblem,
  slaMatcher,
  spellingsOf,
  submoduleProblem
} from "./chunk-6XWFT2UC.js";
import {
  CONFIG_FILE
} from "./chunk-4XC5CIYH.js";
import {
  sortProblems
} from "./chunk-D4OHMOMU.js";
import {
  INDICATORS,
  formatMeasure,
  hoursPerWeekPhrase,
  measureFigure,
  objectiveAllowance,
  parseSimpleYaml,
  require_dist
} from "./chunk-YRYJ7FDC.js";
import {
  formatDuration,
  formatPercent,
  windowPhrase
} from "./chunk-IIUHSBYQ.js";
import {
  __toESM
} from "./chunk-UXNRCORL.js";

// src/diff/kinds.ts
var CHANGE_KINDS = {
  "sla-added": { impact: "strengthened", summary: "a new SLA" },
  "sla-removed": { impact: "weakened", summary: "an SLA removed: none of its objectives apply" },
  "title-reworded": { impact: "editorial", summary: "the SLA title reworded" },
  "owner-changed": {
    impact: "ownership",
    summary: "another owner: they approve future changes"
  },
  "owner-reworded": {
    impact: "editorial",
    summary: "the owner written in other letter case: the same login or team"
  },
  "tier-changed": {
    impact: "changed",
    summary: "the tier added, removed or changed (it can decide what customers get)"
  },
  "tags-changed": { impact: "editorial", summary: "the tags changed" },
  "service-name-reworded": { impact: "editorial", summary: "the service name reworded" },
  "service-summary-reworded": { impact: "editorial", summary: "the service summary reworded" },
  "service-url-changed": {
    impact: "changed",
    summary: "the service link added, removed or changed: customers are sent somewhere else"
  },
  "customers-changed": { impact: "changed", summary: "other customers covered" },
  "effective-from-weakened": { impact: "weakened", summary: "the SLA starts later" },
  "effective-from-strengthened": { impact: "strengthened", summary: "the SLA starts earlier" },
  "effective-until-added": { impact: "weakened", summary: "an open-ended SLA now ends" },
  "effective-until-removed": { impact: "strengthened", summary: "the end date removed" },
  "effective-until-weakened": { impact: "weakened", summary: "the SLA ends earlier" },
  "effective-until-strengthened": { impact: "strengthened", summary: "the SLA ends later" },
  "review-added": { impact: "strengthened", summary: "a regular review added" },
  "review-removed": { impact: "weakened", summary: "the regular review removed" },
  "review-cadence-weakened": { impact: "weakened", summary: "reviews less often" },
  "review-cadence-strengthened": { impact: "strengthened", summary: "reviews more often" },
  "review-cadence-reworded": {
    impact: "editorial",
    summary: "the review cadence written another way, the same length"
  },
  "review-last-reviewed-changed": {
    impact: "changed",
    summary: "the last review date changed (it records a review with customers)"
  },
  "service-hours-added": { impact: "strengthened", summary: "service hours added" },
  "service-hours-removed": { impact: "weakened", summary: "service hours removed" },
  "service-hours-weakened": { impact: "weakened", summary: "fewer service hours a week" },
  "service-hours-strengthened": { impact: "strengthened", summary: "more service hours a week" },
  "service-hours-moved": {
    impact: "changed",
    summary: "the same service hours a week at other times or in another time zone"
  },
  "contacts-changed": {
    impact: "changed",
    summary: "other contacts: customers reach someone else"
  },
  "objective-added": { impact: "strengthened", summary: "a new objective" },
  "objective-removed": { impact: "weakened", summary: "an objective removed" },
  "objective-title-reworded": { impact: "editorial", summary: "an objective's title reworded" },
  "objective-description-reworded": {
    impact: "editorial",
    summary: "an objective's description added, removed or reworded"
  },
  "objective-measurement-changed": {
    impact: "changed",
    summary: "how an objective is measured, in words, added, removed or changed"
  },
  "objective-prometheus-changed": {
    impact: "changed",
    summary: "the Prometheus queries of an objective added, removed or changed"
  },
  "objective-indicator-changed": {
    impact: "changed",
    summary: "an objective measures another indicator"
  },
  "objective-better-changed": {
    impact: "changed",
    summary: "a custom objective counts the other direction as better"
  },
  "objective-target-weakened": {
    impact: "weakened",
    summary: "a target moved the worse way for the indicator's direction"
  },
  "objective-target-strengthened": {
    impact: "strengthened",
    summary: "a target moved the better way for the indicator's direction"
  },
  "objective-target-changed": {
    impact: "changed",
    summary: "a target that cannot be compared with the old one (another indicator, kind or unit)"
  },
  "objective-percentile-weakened": {
    impact: "weakened",
    summary: "a lower percentile: more requests may miss the target"
  },
  "objective-percentile-strengthened": { impact: "strengthened", summary: "a higher percentile" },
  "objective-percentile-changed": { impact: "changed", summary: "a percentile added or removed" },
  "objective-window-changed": { impact: "changed", summary: "an objective's window changed" },
  "objective-tolerance-added": { impact: "strengthened", summary: "a zone of tolerance added" },
  "objective-tolerance-removed": { impact: "weakened", summary: "the zone of tolerance removed" },
  "objective-tolerance-weakened": {
    impact: "weakened",
    summary: "a tolerance level (desired or adequate) moved the worse way"
  },
  "objective-tolerance-strengthened": {
    impact: "strengthened",
    summary: "a tolerance level (desired or adequate) moved the better way"
  },
  "objective-tolerance-changed": {
    impact: "changed",
    summary: "a tolerance level that cannot be compared with the old one"
  },
  "support-hours-added": { impact: "strengthened", summary: "support hours added" },
  "support-hours-removed": { impact: "weakened", summary: "support hours removed" },
  "support-hours-weakened": { impact: "weakened", summary: "fewer support hours a week" },
  "support-hours-strengthened": { impact: "strengthened", summary: "more support hours a week" },
  "support-hours-moved": {
    impact: "changed",
    summary: "the same support hours a week at other times or in another time zone"
  },
  "support-priority-added": { impact: "strengthened", summary: "a new support priority" },
  "support-priority-removed": { impact: "weakened", summary: "a support priority removed" },
  "support-priority-meaning-changed": {
    impact: "changed",
    summary: "what a support priority covers changed"
  },
  "support-response-added": { impact: "strengthened", summary: "a response time now promised" },
  "support-response-removed": {
    impact: "weakened",
    summary: "a response time no longer promised"
  },
  "support-response-weakened": { impact: "weakened", summary: "a longer response time" },
  "support-response-strengthened": { impact: "strengthened", summary: "a shorter response time" },
  "support-resolution-added": {
    impact: "strengthened",
    summary: "a resolution time now promised"
  },
  "support-resolution-removed": {
    impact: "weakened",
    summary: "a resolution time no longer promised"
  },
  "support-resolution-weakened": { impact: "weakened", summary: "a longer resolution time" },
  "support-resolution-strengthened": {
    impact: "strengthened",
    summary: "a shorter resolution time"
  },
  "support-priority-hours-weakened": {
    impact: "weakened",
    summary: "a priority handled fewer hours a week"
  },
  "support-priority-hours-strengthened": {
    impact: "strengthened",
    summary: "a priority handled more hours a week"
  },
  "support-priority-hours-changed": {
    impact: "changed",
    summary: "a priority handled at other times, as many hours a week"
  },
  "maintenance-notice-added": {
    impact: "strengthened",
    summary: "maintenance now announced ahead"
  },
  "maintenance-notice-removed": {
    impact: "weakened",
    summary: "the maintenance notice no longer promised"
  },
  "maintenance-notice-weakened": { impact: "weakened", summary: "a shorter maintenance notice" },
  "maintenance-notice-strengthened": {
    impact: "strengthened",
    summary: "a longer maintenance notice"
  },
  "maintenance-window-added": {
    impact: "weakened",
    summary: "a maintenance window added: more planned downtime"
  },
  "maintenance-window-removed": {
    impact: "strengthened",
    summary: "a maintenance window removed"
  },
  "maintenance-window-weakened": {
    impact: "weakened",
    summary: "the one maintenance window changed, and longer: more planned downtime"
  },
  "maintenance-window-strengthened": {
    impact: "strengthened",
    summary: "the one maintenance window shortened, within the times it had"
  },
  "maintenance-window-changed": {
    impact: "changed",
    summary: "the one maintenance window moved to other times (as long, or shorter elsewhere)"
  },
  "exclusion-added": {
    impact: "weakened",
    summary: "an exclusion added: it no longer counts against the objectives"
  },
  "exclusion-removed": {
    impact: "strengthened",
    summary: "an exclusion removed: it now counts against the objectives"
  },
  "credits-objective-changed": {
    impact: "changed",
    summary: "service credits follow another objective"
  },
  "credit-tier-added": { impact: "strengthened", summary: "a service credit tier added" },
  "credit-tier-removed": { impact: "weakened", summary: "a service credit tier removed" },
  "credit-tier-weakened": { impact: "weakened", summary: "a smaller credit for a tier" },
  "credit-tier-strengthened": { impact: "strengthened", summary: "a larger credit for a tier" },
  "credit-tier-threshold-raised": {
    impact: "strengthened",
    summary: "a credit paid from a higher availability: in more periods"
  },
  "credit-tier-threshold-lowered": {
    impact: "weakened",
    summary: "a credit paid only below a lower availability: in fewer periods"
  }
};
var CHANGE_KIND_IDS = Object.keys(CHANGE_KINDS);
function impactOf(kind) {
  return CHANGE_KINDS[kind].impact;
}

// src/diff/compare.ts
var CHANGE_ORDER = [
  "weakened",
  "changed",
  "ownership",
  "strengthened",
  "editorial"
];
function slaImpactOf(change) {
  return change === "ownership" ? "changed" : change;
}
function mostSevere(impacts) {
  let best = IMPACT_ORDER.length - 1;
  for (const i of impacts) best = Math.min(best, IMPACT_ORDER.indexOf(i));
  return IMPACT_ORDER[best] ?? "none";
}
function diffSlas(base, head) {
  const before = firstById(base);
  const after = firstById(head);
  const ids = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort();
  const out = [];
  for (const id of ids) {
    const b = before.get(id);
    const h = after.get(id);
    if (b && h) {
      if (b === h) continue;
      const changes = compareSla(b.sla, h.sla);
      if (changes.length > 0) out.push(slaDiff(id, h.file, "modified", b.sla, h.sla, changes));
    } else if (h) {
      out.push(slaDiff(id, h.file, "added", void 0, h.sla, [addedChange(h.sla)]));
    } else if (b) {
      out.push(slaDiff(id, b.file, "removed", b.sla, void 0, [removedChange(b.sla)]));
    }
  }
  return sortSlaDiffs(out);
}
function sortSlaDiffs(list) {
  return [...list].sort(
    (a, b) => IMPACT_ORDER.indexOf(a.impact) - IMPACT_ORDER.indexOf(b.impact) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
function firstById(list) {
  const map = /* @__PURE__ */ new Map();
  for (const s of [...list].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) {
    if (!map.has(s.sla.id)) map.set(s.sla.id, s);
  }
  return map;
}
function slaDiff(id, file, status, base, head, changes) {
  const sorted = [...changes].sort(
    (a, b) => CHANGE_ORDER.indexOf(a.impact) - CHANGE_ORDER.indexOf(b.impact)
  );
  return {
    id,
    file,
    status,
    impact: mostSevere(sorted.map((c) => slaImpactOf(c.impact))),
    owner: { base: base?.owner ?? null, head: head?.owner ?? null },
    changes: sorted
  };
}
function addedChange(sla) {
  return {
    path: "metadata.id",
    before: null,
    after: sla.id,
    impact: impactOf("sla-added"),
    kind: "sla-added",
    message: `New SLA ${quote(sla.title)} (${sla.id}), owned by ${sla.owner}, with ${plural(sla.objectives.length, "objective")}: ${sla.objectives.map(objectiveSummary).join("; ")}.`
  };
}
function removedChange(sla) {
  return {
    path: "metadata.id",
    before: sla.id,
    after: null,
    impact: impactOf("sla-removed"),
    kind: "sla-removed",
    message: `SLA ${quote(sla.title)} (${sla.id}) removed: ${sla.objectives.length === 1 ? "its objective no longer applies" : `its ${plural(sla.objectives.length, "objective")} no longer apply`} (${sla.objectives.map(objectiveSummary).join("; ")}).`
  };
}
function objectiveSummary(o) {
  const p = o.percentile !== void 0 ? ` for ${o.percentile}% of requests` : "";
  return `${o.title} ${formatMeasure(o.target)}${p} ${windowPhrase(o.window)}`;
}
var Changes = class {
  list = [];
  /** A change of a registered kind; its impact is the registry's. */
  add(kind, path, before, after, message) {
    const text = message.replace(/([.!?])"\.$/, '$1"');
    this.list.push({
      path,
      before: before ?? null,
      after: after ?? null,
      impact: impactOf(kind),
      kind,
      message: text
    });
  }
  /** A text that only reads differently: editorial (the kind `<subject>-reworded`). */
  text(subject, path, what, before, after) {
    if (before === after) return;
    const message = before === void 0 ? `${what} added: ${quote(after ?? "")}.` : after === void 0 ? `${what} removed (was ${quote(before)}).` : `${what} reworded from ${quote(before)} to ${quote(after)}.`;
    this.add(`${subject}-reworded`, path, before, after, message);
  }
  /**
   * A text that says what is promised (how an objective is measured, what a priority
   * covers): rewording it changes the commitment, so it is `changed`, never editorial
   * (the kind `<subject>-changed`).
   */
  commitmentText(subject, path, what, before, after, why = "this changes what is promised") {
    if (before === after) return;
    const message = before === void 0 ? `${what} added: ${quote(after ?? "")}; ${why}.` : after === void 0 ? `${what} removed (was ${quote(before)}); ${why}.` : `${what} changed from ${quote(before)} to ${quote(after)}; ${why}.`;
    this.add(`${subject}-changed`, path, before, after, message);
  }
};
function cadenceDays(c) {
  return c.months * 30.436875 + c.days;
}
function compareReviewCadence(c, b, h) {
  const before = b.review;
  const after = h.review;
  if (before?.everyText === after?.everyText) return;
  const path = "spec.review.every";
  if (!before || !after) {
    c.add(
      before ? "review-removed" : "review-added",
      path,
      before?.everyText,
      after?.everyText,
      before ? `Regular review removed (was every ${before.everyText}): nobody commits to review this SLA with customers.` : `Regular review added: every ${after?.everyText ?? ""}.`
    );
    return;
  }
  const d0 = cadenceDays(before.every);
  const d1 = cadenceDays(after.every);
  const impact = d1 > d0 ? "weakened" : d1 < d0 ? "strengthened" : "editorial";
  c.add(
    impact === "weakened" ? "review-cadence-weakened" : impact === "strengthened" ? "review-cadence-strengthened" : "review-cadence-reworded",
    path,
    before.everyText,
    after.everyText,
    impact === "editorial" ? `Review cadence reworded from ${quote(before.everyText)} to ${quote(after.everyText)}.` : `Review cadence ${impact === "weakened" ? "lengthened" : "shortened"} from every ${before.everyText} to every ${after.everyText}: the SLA is reviewed with customers ${impact === "weakened" ? "less" : "more"} often.`
  );
}
function compareSla(b, h) {
  const c = new Changes();
  c.text("title", "metadata.title", "Title", b.title, h.title);
  if (b.owner !== h.owner && sameOwner(b.owner, h.owner)) {
    c.add(
      "owner-reworded",
      "metadata.owner",
      b.owner,
      h.owner,
      `Owner written ${h.owner} (was ${b.owner}): the same owner, in other letter case.`
    );
  } else if (b.owner !== h.owner) {
    c.add(
      "owner-changed",
      "metadata.owner",
      b.owner,
      h.owner,
      `Owner changed from ${b.owner} to ${h.owner}: ${h.owner} approves future changes.`
    );
  }
  c.commitmentText(
    "tier",
    "metadata.tier",
    "Tier",
    b.tier,
    h.tier,
    "the tier can decide what customers get"
  );
  listText(c, "metadata.tags", "Tags", b.tags, h.tags);
  c.text("service-name", "spec.service.name", "Service name", b.service.name, h.service.name);
  c.text(
    "service-summary",
    "spec.service.summary",
    "Service summary",
    b.service.summary,
    h.service.summary
  );
  c.commitmentText(
    "service-url",
    "spec.service.url",
    "Service link",
    b.service.url,
    h.service.url,
    "customers are sent somewhere else"
  );
  compareCustomers(c, b.customers, h.customers);
  compareEffective(c, b, h);
  compareReviewCadence(c, b, h);
  c.commitmentText(
    "review-last-reviewed",
    "spec.review.lastReviewed",
    "Last review date",
    b.review?.lastReviewed,
    h.review?.lastReviewed,
    "this records a review with customers"
  );
  compareHours(
    c,
    "service-hours",
    "spec.serviceHours",
    "Service hours",
    b.serviceHours,
    h.serviceHours
  );
  compareObjectives(c, b, h);
  compareSupport(c, b, h);
  compareMaintenance(c, b, h);
  compareExclusions(c, b.exclusions, h.exclusions);
  compareCredits(c, b, h);
  const contact = (x) => [x.name, x.email, x.url, x.phone].filter(Boolean).join(", ");
  const c0 = b.contacts.map(contact);
  const c1 = h.contacts.map(contact);
  const fields = (list) => JSON.stringify(list.map((x) => [x.name, x.email ?? null, x.url ?? null, x.phone ?? null]));
  if (fields(b.contacts) !== fields(h.contacts))
    c.add(
      "contacts-changed",
      "spec.contacts",
      c0,
      c1,
      `Contacts changed from ${c0.length ? quote(c0.join("; ")) : "none"} to ${c1.length ? quote(c1.join("; ")) : "none"}: customers reach someone else.`
    );
  return c.list;
}
function listText(c, path, what, before, after) {
  const a = before.join(", ");
  const z = after.join(", ");
  if (a === z) return;
  c.add(
    "tags-changed",
    path,
    before,
    after,
    `${what} changed from ${a ? quote(a) : "none"} to ${z ? quote(z) : "none"}.`
  );
}
function compareCustomers(c, before, after) {
  const a = before.join(", ");
  const z = after.join(", ");
  if (a === z) return;
  c.add(
    "customers-changed",
    "spec.customers",
    before,
    after,
    `Customers covered changed from ${a ? quote(a) : "unspecified"} to ${z ? quote(z) : "unspecified"}.`
  );
}
function compareEffective(c, b, h) {
  const from0 = b.effective.from;
  const from1 = h.effective.from;
  if (from0 !== from1) {
    const later = from1 > from0;
    c.add(
      later ? "effective-from-weakened" : "effective-from-strengthened",
      "spec.effective.from",
      from0,
      from1,
      `SLA starts ${later ? "later" : "earlier"}: in force from ${from1} instead of ${from0}.`
    );
  }
  const until0 = b.effective.until;
  const until1 = h.effective.until;
  if (until0 === until1) return;
  if (until1 === void 0) {
    c.add(
      "effective-until-removed",
      "spec.effective.until",
      until0,
      null,
      `End date ${until0} removed: the SLA is now open-ended.`
    );
  } else if (until0 === void 0) {
    c.add(
      "effective-until-added",
      "spec.effective.until",
      null,
      until1,
      `The open-ended SLA now ends on ${until1}.`
    );
  } else {
    const earlier = until1 < until0;
    c.add(
      earlier ? "effective-until-weakened" : "effective-until-strengthened",
      "spec.effective.until",
      until0,
      until1,
      `SLA ends ${earlier ? "earlier" : "later"}: in force until ${until1} instead of ${until0}.`
    );
  }
}
function compareHours(c, subject, path, what, before, after) {
  if (!before && !after) return;
  if (!before || !after) {
    const present = before ?? after;
    c.add(
      after ? `${subject}-added` : `${subject}-removed`,
      path,
      before ? hoursText(before) : null,
      after ? hoursText(after) : null,
      after ? `${what} added: ${hoursText(present)} (${hoursPerWeekPhrase(present.schedule.minutesPerWeek)}).` : `${what} removed (were ${hoursText(present)}, ${hoursPerWeekPhrase(present.schedule.minutesPerWeek)}).`
    );
    return;
  }
  const m0 = before.schedule.minutesPerWeek;
  const m1 = after.schedule.minutesPerWeek;
  const sameTimes = JSON.stringify(before.schedule.intervals) === JSON.stringify(after.schedule.intervals);
  const sameZone = before.timezone === after.timezone;
  if (sameTimes && sameZone) return;
  const t0 = hoursText(before);
  const t1 = hoursText(after);
  if (m0 !== m1) {
    const fewer = m1 < m0;
    c.add(
      fewer ? `${subject}-weakened` : `${subject}-strengthened`,
      path,
      t0,
      t1,
      `${what} ${fewer ? "cut" : "extended"} from ${hoursPerWeekPhrase(m0)} (${t0}) to ${hoursPerWeekPhrase(m1)} (${t1}).`
    );
  } else if (sameTimes) {
    c.add(
      `${subject}-moved`,
      path,
      t0,
      t1,
      `${what} time zone changed from ${before.timezone} to ${after.timezone}: the same ${hoursPerWeekPhrase(m1)} fall at other times of day (${t1}).`
    );
  } else {
    c.add(
      `${subject}-moved`,
      path,
      t0,
      t1,
      `${what} moved from ${t0} to ${t1}, still ${hoursPerWeekPhrase(m1)}.`
    );
  }
}
function compareObjectives(c, b, h) {
  const before = new Map(b.objectives.map((o) => [o.id, o]));
  const after = new Map(h.objectives.map((o) => [o.id, o]));
  const hoursBefore = b.serviceHours.schedule.minutesPerWeek;
  const hoursAfter = h.serviceHours.schedule.minutesPerWeek;
  for (const o of b.objectives) {
    const next = after.get(o.id);
    if (next) compareObjective(c, o, next, hoursBefore, hoursAfter);
    else {
      c.add(
        "objective-removed",
        `spec.objectives.${o.id}`,
        objectiveSummary(o),
        null,
        `Objective ${quote(o.title)} removed: no longer promised ${objectiveSummary(o)}${allowanceClause(o, hoursBefore)}.`
      );
    }
  }
  for (const o of h.objectives) {
    if (before.has(o.id)) continue;
    c.add(
      "objective-added",
      `spec.objectives.${o.id}`,
      null,
      objectiveSummary(o),
      `Objective ${quote(o.title)} added: ${objectiveSummary(o)}${allowanceClause(o, hoursAfter)}.`
    );
  }
}
function comparePrometheus(c, path, name, b, h) {
  const q0 = b.prometheus ? JSON.stringify(b.prometheus) : void 0;
  const q1 = h.prometheus ? JSON.stringify(h.prometheus) : void 0;
  if (q0 === q1) return;
  const written = (q) => !q ? null : q.kind === "ratio" ? { good: q.good, total: q.total } : { value: q.value };
  c.add(
    "objective-prometheus-changed",
    `${path}.prometheus`,
    written(b.prometheus),
    written(h.prometheus),
    !b.prometheus ? `${name} is now measured from Prometheus.` : !h.prometheus ? `${name} is no longer measured from Prometheus.` : `${name} is measured by other Prometheus queries: this changes how the results are measured.`
  );
}
function allowanceClause(o, minutesPerWeek) {
  const a = objectiveAllowance(o, minutesPerWeek);
  return a ? ` (${a.what} ${a.text})` : "";
}
function compareObjective(c, b, h, hoursBefore, hoursAfter) {
  const path = `spec.objectives.${h.id}`;
  const name = h.title;
  c.text("objective-title", `${path}.title`, `Objective title`, b.title, h.title);
  c.text(
    "objective-description",
    `${path}.description`,
    `${name} description`,
    b.description,
    h.description
  );
  c.commitmentText(
    "objective-measurement",
    `${path}.measurement`,
    `${name} measurement`,
    b.measurement,
    h.measurement
  );
  comparePrometheus(c, path, name, b, h);
  const sameScale = b.indicator === h.indicator && b.better === h.better && h.better !== void 0 && b.target.kind === h.target.kind && (b.target.kind !== "quantity" || h.target.kind !== "quantity" || b.target.unit === h.target.unit);
  if (b.indicator !== h.indicator || b.better !== h.better) {
    const what = b.indicator !== h.indicator ? `now measures ${h.indicator} instead of ${b.indicator}` : `now counts ${h.better ?? "no direction"} as better instead of ${b.better ?? "no direction"}`;
    c.add(
      b.indicator !== h.indicator ? "objective-indicator-changed" : "objective-better-changed",
      `${path}.${b.indicator !== h.indicator ? "indicator" : "better"}`,
      b.indicator !== h.indicator ? b.indicator : b.better ?? null,
      b.indicator !== h.indicator ? h.indicator : h.better ?? null,
      `${name} ${what}.`
    );
  }
  const t0 = formatMeasure(b.target);
  const t1 = formatMeasure(h.target);
  if (!sameScale) {
    if (t0 !== t1)
      c.add(
        "objective-target-changed",
        `${path}.target`,
        t0,
        t1,
        `${name} target changed from ${t0} to ${t1}.`
      );
  } else {
    compareTarget(c, path, b, h, hoursBefore, hoursAfter);
  }
  comparePercentile(c, path, name, b.percentile, h.percentile);
  if (b.window.seconds !== h.window.seconds || b.window.kind !== h.window.kind) {
    const w0 = windowText(b.window);
    const w1 = windowText(h.window);
    const a0 = objectiveAllowance(b, hoursBefore);
    const a1 = objectiveAllowance(h, hoursAfter);
    const tail = a0 && a1 ? `: ${a0.what} ${a0.text} becomes ${a1.text}` : "";
    c.add(
      "objective-window-changed",
      `${path}.window`,
      w0,
      w1,
      `${name} window changed from ${w0} to ${w1}${tail}.`
    );
  }
  compareTolerance(c, path, name, b, h, sameScale);
}
function compareTarget(c, path, b, h, hoursBefore, hoursAfter) {
  const v0 = measureValue(b.target);
  const v1 = measureValue(h.target);
  if (v0 === v1) return;
  const t0 = formatMeasure(b.target);
  const t1 = formatMeasure(h.target);
  const worse = h.better === "higher" ? v1 < v0 : v1 > v0;
  const verb = v1 < v0 ? "lowered" : "raised";
  const name = h.title;
  let meaning;
  const a0 = objectiveAllowance(b, hoursBefore);
  const a1 = objectiveAllowance(h, hoursAfter);
  if (a0 && a1) {
    const sameWindow = b.window.seconds === h.window.seconds && hoursBefore === hoursAfter;
    const s = a0.what.endsWith("s") ? "" : "s";
    const moves = `${a1.amount > a0.amount ? "rise" : a1.amount < a0.amount ? "fall" : "stay"}${s}`;
    meaning = sameWindow ? `${a0.what} ${moves} from ${a0.short} to ${a1.text}` : `${a0.what} ${moves} from ${a0.text} to ${a1.text}`;
  } else {
    meaning = INDICATORS[h.indicator].targetChangeWords?.(b, h, worse, t0, t1) ?? (worse ? "worse for customers" : "better for customers");
  }
  c.add(
    worse ? "objective-target-weakened" : "objective-target-strengthened",
    `${path}.target`,
    t0,
    t1,
    `${name} ${verb} from ${t0} to ${t1}: ${meaning}.`
  );
}
function measureValue(m) {
  return m.kind === "duration" ? m.seconds : m.value;
}
function comparePercentile(c, path, name, p0, p1) {
  if (p0 === p1) return;
  if (p0 === void 0 || p1 === void 0) {
    c.add(
      "objective-percentile-changed",
      `${path}.percentile`,
      p0,
      p1,
      p1 === void 0 ? `${name} no longer names a percentile (was ${p0}).` : `${name} now applies to the ${p1}th percentile of requests.`
    );
    return;
  }
  const lower = p1 < p0;
  c.add(
    lower ? "objective-percentile-weakened" : "objective-percentile-strengthened",
    `${path}.percentile`,
    p0,
    p1,
    `${name} percentile ${lower ? "lowered" : "raised"} from ${p0} to ${p1}: the target holds for ${p1}% of requests instead of ${p0}%${lower ? ", so more requests may miss it" : ""}.`
  );
}
function compareTolerance(c, path, name, b, h, sameScale) {
  const band = (o) => o.tolerance ? `desired ${formatMeasure(o.tolerance.desired)}, adequate ${formatMeasure(o.tolerance.adequate)}` : void 0;
  const t0 = b.tolerance;
  const t1 = h.tolerance;
  if (!t0 && !t1) return;
  if (!t0 || !t1) {
    c.add(
      t1 ? "objective-tolerance-added" : "objective-tolerance-removed",
      `${path}.tolerance`,
      band(b),
      band(h),
      t1 ? `${name} zone of tolerance added: ${band(h)}.` : `${name} zone of tolerance removed (was ${band(b)}).`
    );
    return;
  }
  for (const level of ["desired", "adequate"]) {
    const m0 = t0[level];
    const m1 = t1[level];
    const f0 = formatMeasure(m0);
    const f1 = formatMeasure(m1);
    if (m0.kind === m1.kind && measureValue(m0) === measureValue(m1)) continue;
    if (!sameScale || m0.kind !== m1.kind) {
      if (f0 !== f1)
        c.add(
          "objective-tolerance-changed",
          `${path}.tolerance.${level}`,
          f0,
          f1,
          `${name} ${level} level changed from ${f0} to ${f1}.`
        );
      continue;
    }
    const v0 = measureValue(m0);
    const v1 = measureValue(m1);
    const worse = h.better === "higher" ? v1 < v0 : v1 > v0;
    c.add(
      worse ? "objective-tolerance-weakened" : "objective-tolerance-strengthened",
      `${path}.tolerance.${level}`,
      f0,
      f1,
      `${name} ${level} level ${v1 < v0 ? "lowered" : "raised"} from ${f0} to ${f1}: ${level === "adequate" ? `the least customers accept is now ${f1}` : `what customers hope for is now ${f1}`}.`
    );
  }
}
function compareSupport(c, b, h) {
  compareHours(
    c,
    "support-hours",
    "spec.support.hours",
    "Support hours",
    b.support?.hours,
    h.support?.hours
  );
  const before = b.support?.priorities ?? [];
  const after = h.support?.priorities ?? [];
  const next = new Map(after.map((p) => [p.level, p]));
  const prev = new Map(before.map((p) => [p.level, p]));
  const summary = (p) => `response within ${formatDuration(p.response)}${p.resolution !== void 0 ? `, resolution within ${formatDuration(p.resolution)}` : ""}`;
  for (const p of before) {
    const q = next.get(p.level);
    const path = `spec.support.priorities.${p.level}`;
    if (!q) {
      c.add(
        "support-priority-removed",
        path,
        summary(p),
        null,
        `Support priority ${p.level} removed (was ${summary(p)} for ${quote(p.meaning, 80)}).`
      );
      continue;
    }
    c.commitmentText(
      "support-priority-meaning",
      `${path}.meaning`,
      `${p.level} meaning`,
      p.meaning,
      q.meaning
    );
    supportTime(
      c,
      "support-response",
      `${path}.response`,
      `${p.level} response time`,
      p.response,
      q.response
    );
    supportTime(
      c,
      "support-resolution",
      `${path}.resolution`,
      `${p.level} resolution time`,
      p.resolution,
      q.resolution
    );
    const m0 = p.hours?.schedule.minutesPerWeek ?? b.support?.hours?.schedule.minutesPerWeek;
    const m1 = q.hours?.schedule.minutesPerWeek ?? h.support?.hours?.schedule.minutesPerWeek;
    const h0 = p.hours?.text.join(", ") ?? "support hours";
    const h1 = q.hours?.text.join(", ") ?? "support hours";
    if ((p.hours || q.hours) && (h0 !== h1 || m0 !== m1)) {
      const kind = m0 === void 0 || m1 === void 0 || m0 === m1 ? "support-priority-hours-changed" : m1 < m0 ? "support-priority-hours-weakened" : "support-priority-hours-strengthened";
      const week = (m) => m === void 0 ? "" : `, ${hoursPerWeekPhrase(m)}`;
      c.add(
        kind,
        `${path}.hours`,
        h0,
        h1,
        `${p.level} is handled during ${h1}${week(m1)} instead of ${h0}${week(m0)}.`
      );
    }
  }
  for (const q of after) {
    if (prev.has(q.level)) continue;
    c.add(
      "support-priority-added",
      `spec.support.priorities.${q.level}`,
      null,
      summary(q),
      `Support priority ${q.level} added: ${summary(q)} for ${quote(q.meaning, 80)}.`
    );
  }
}
function supportTime(c, subject, path, what, before, after) {
  if (before === after) return;
  const f0 = before === void 0 ? null : formatDuration(before);
  const f1 = after === void 0 ? null : formatDuration(after);
  if (before === void 0) {
    c.add(`${subject}-added`, path, f0, f1, `${what} now promised: within ${f1}.`);
  } else if (after === void 0) {
    c.add(`${subject}-removed`, path, f0, f1, `${what} no longer promised (was within ${f0}).`);
  } else {
    const longer = after > before;
    c.add(
      longer ? `${subject}-weakened` : `${subject}-strengthened`,
      path,
      f0,
      f1,
      `${what} ${longer ? "lengthened" : "shortened"} from ${f0} to ${f1}: customers wait ${longer ? "longer" : "less"}.`
    );
  }
}
function compareMaintenance(c, b, h) {
  const n0 = b.maintenance?.notice;
  const n1 = h.maintenance?.notice;
  if (n0 !== n1) {
    const f0 = n0 === void 0 ? null : formatDuration(n0);
    const f1 = n1 === void 0 ? null : formatDuration(n1);
    if (n0 === void 0) {
      c.add(
        "maintenance-notice-added",
        "spec.maintenance.notice",
        f0,
        f1,
        `Maintenance is now announced ${f1} ahead.`
      );
    } else if (n1 === void 0) {
      c.add(
        "maintenance-notice-removed",
        "spec.maintenance.notice",
        f0,
        f1,
        `Maintenance notice of ${f0} no longer promised.`
      );
    } else {
      const shorter = n1 < n0;
      c.add(
        shorter ? "maintenance-notice-weakened" : "maintenance-notice-strengthened",
        "spec.maintenance.notice",
        f0,
        f1,
        `Maintenance notice ${shorter ? "shortened" : "lengthened"} from ${f0} to ${f1}: customers learn of maintenance ${shorter ? "later" : "earlier"}.`
      );
    }
  }
  const key = (w) => `${w.timezone} ${JSON.stringify(w.schedule.intervals)}`;
  const w0 = b.maintenance?.windows ?? [];
  const w1 = h.maintenance?.windows ?? [];
  const keys0 = new Set(w0.map(key));
  const keys1 = new Set(w1.map(key));
  const gone = w0.filter((w) => !keys1.has(key(w)));
  const come = w1.filter((w) => !keys0.has(key(w)));
  if (w0.length === 1 && w1.length === 1 && gone.length === 1 && come.length === 1) {
    const [was, now] = [gone[0], come[0]];
    const longer = now.schedule.minutesPerWeek - was.schedule.minutesPerWeek;
    const more = longer < 0 && !within(now, was) ? 0 : longer;
    const [from, to] = [hoursText(was), hoursText(now)];
    c.add(
      more > 0 ? "maintenance-window-weakened" : more < 0 ? "maintenance-window-strengthened" : "maintenance-window-changed",
      `spec.maintenance.windows[${from}]`,
      from,
      to,
      longer === 0 ? `Maintenance window moved from ${from} to ${to}: as long (${hoursPerWeekPhrase(now.schedule.minutesPerWeek)}), at other times.` : more === 0 ? `Maintenance window moved from ${from} to ${to}: ${hoursPerWeekPhrase(-longer)} shorter, at other times.` : `Maintenance window changed from ${from} to ${to}: ${more > 0 ? "up to " : ""}${hoursPerWeekPhrase(Math.abs(more))} ${more > 0 ? "more" : "less"} of planned maintenance.`
    );
    return;
  }
  for (const w of w0) {
    if (keys1.has(key(w))) continue;
    c.add(
      "maintenance-window-removed",
      `spec.maintenance.windows[${hoursText(w)}]`,
      hoursText(w),
      null,
      `Maintenance window ${hoursText(w)} removed (${hoursPerWeekPhrase(w.schedule.minutesPerWeek)} less of planned maintenance).`
    );
  }
  for (const w of w1) {
    if (keys0.has(key(w))) continue;
    c.add(
      "maintenance-window-added",
      `spec.maintenance.windows[${hoursText(w)}]`,
      null,
      hoursText(w),
      `Maintenance window ${hoursText(w)} added: up to ${hoursPerWeekPhrase(w.schedule.minutesPerWeek)} more of planned maintenance.`
    );
  }
}
function compareExclusions(c, before, after) {
  const norm = (s) => s.replace(/\s+/g, " ").trim();
  const a = new Set(before.map(norm));
  const z = new Set(after.map(norm));
  for (const e of before) {
    if (z.has(norm(e))) continue;
    c.add(
      "exclusion-removed",
      "spec.exclusions",
      e,
      null,
      `Exclusion removed: ${quote(e)} now counts against the objectives.`
    );
  }
  for (const e of after) {
    if (a.has(norm(e))) continue;
    c.add(
      "exclusion-added",
      "spec.exclusions",
      null,
      e,
      `Exclusion added: ${quote(e)} no longer counts against the objectives.`
    );
  }
}
function compareCredits(c, b, h) {
  const c0 = b.credits;
  const c1 = h.credits;
  if (c0 && c1 && c0.objective !== c1.objective) {
    c.add(
      "credits-objective-changed",
      "spec.credits.objective",
      c0.objective,
      c1.objective,
      `Service credits now follow objective ${c1.objective} instead of ${c0.objective}.`
    );
  }
  const t0 = c0?.tiers ?? [];
  const t1 = c1?.tiers ?? [];
  const next = new Map(t1.map((t) => [t.below, t]));
  const prev = new Map(t0.map((t) => [t.below, t]));
  const path = (below) => `spec.credits.tiers[below ${formatPercent(below)}]`;
  const movedFrom = /* @__PURE__ */ new Set();
  const movedTo = /* @__PURE__ */ new Set();
  const unpairedHead = t1.filter((u) => !prev.has(u.below));
  for (const t of t0) {
    if (next.has(t.below)) continue;
    const i = unpairedHead.findIndex((u2) => u2.credit === t.credit);
    if (i < 0) continue;
    const u = unpairedHead.splice(i, 1)[0];
    movedFrom.add(t.below);
    movedTo.add(u.below);
    const more = u.below > t.below;
    c.add(
      more ? "credit-tier-threshold-raised" : "credit-tier-threshold-lowered",
      `spec.credits.tiers[credit ${formatPercent(t.credit)}].below`,
      formatPercent(t.below),
      formatPercent(u.below),
      `Service credit of ${formatPercent(t.credit)} now when availability falls below ${formatPercent(u.below)} instead of ${formatPercent(t.below)}: paid in ${more ? "more" : "fewer"} periods.`
    );
  }
  for (const t of t0) {
    if (movedFrom.has(t.below)) continue;
    const u = next.get(t.below);
    const below = formatPercent(t.below);
    if (!u) {
      c.add(
        "credit-tier-removed",
        path(t.below),
        formatPercent(t.credit),
        null,
        `Service credit of ${formatPercent(t.credit)} when availability falls below ${below} removed.`
      );
    } else if (u.credit !== t.credit) {
      const lower = u.credit < t.credit;
      c.add(
        lower ? "credit-tier-weakened" : "credit-tier-strengthened",
        path(t.below),
        formatPercent(t.credit),
        formatPercent(u.credit),
        `Service credit below ${below} ${lower ? "lowered" : "raised"} from ${formatPercent(t.credit)} to ${formatPercent(u.credit)} of the fee.`
      );
    }
  }
  for (const u of t1) {
    if (prev.has(u.below) || movedTo.has(u.below)) continue;
    c.add(
      "credit-tier-added",
      path(u.below),
      null,
      formatPercent(u.credit),
      `Service credit of ${formatPercent(u.credit)} when availability falls below ${formatPercent(u.below)} added.`
    );
  }
}
function within(inner, outer) {
  if (inner.timezone !== outer.timezone) return false;
  return inner.schedule.intervals.every(
    (i) => outer.schedule.intervals.some((o) => o.day === i.day && o.start <= i.start && i.end <= o.end)
  );
}

// src/diff/index.ts
var import_yaml = __toESM(require_dist(), 1);

// src/repo/index.ts
var SYMLINK_MODE = "120000";
var SUBMODULE_MODE = "160000";
async function listRevision(git, ref, configFrom, listed) {
  const commit = await git.resolve(ref);
  const entries = listed ?? await git.listFiles(commit);
  const configEntry = entries.find((e) => e.path === CONFIG_FILE);
  const configLink = configEntry?.mode === SYMLINK_MODE || configEntry?.mode === SUBMODULE_MODE;
  const configBlob = configEntry && !configLink ? (await git.readBlobs([configEntry.blob])).get(configEntry.blob) : void 0;
  const parsed = parseConfig(CONFIG_FILE, configBlob);
  const { config } = parsed;
  const problems = configLink ? [configLinkProblem()] : parsed.problems;
  const isSla = slaMatcher((configFrom ?? config).slas);
  const bases = globBases((configFrom ?? config).slas);
  const selected = [];
  const links = [];
  for (const e of entries)
    if (e.path.startsWith("/")) continue;
    else if (e.mode === SUBMODULE_MODE) {
      if (linkInTheWay(e.path, isSla, bases)) links.push(submoduleProblem(e.path, "slas"));
    } else if (e.mode !== SYMLINK_MODE) {
      if (isSla(e.path)) selected.push(e);
    } else if (linkInTheWay(e.path, isSla, bases)) links.push(linkProblem(e.path, "slas", isSla));
  return {
    commit,
    config,
    configProblems: problems,
    hasConfig: configEntry !== void 0,
    slaEntries: selected.filter((e) => !isUndecodable(e.path)).sort((a, b) => a.path < b.path ? -1 : 1),
    pathProblems: [
      ...selected.filter((e) => isUndecodable(e.path)).map((e) => pathProblem(e.path)),
      ...links,
      ...spellingsOf(
        entries.map((e) => e.path),
        configFrom ?? config
      )
    ],
    allPaths: entries.filter((e) => !e.path.startsWith("/")).map((e) => e.path)
  };
}
async function readListed(git, listed, read = () => true) {
  const { slaEntries, ...revision } = listed;
  const unread = new Set(slaEntries.filter((e) => !read(e)).map((e) => e.path));
  const blobs = await git.readBlobs(
    slaEntries.filter((e) => !unread.has(e.path)).map((e) => e.blob)
  );
  return {
    ...revision,
    files: slaEntries.map((e) => ({
      path: e.path,
      blob: e.blob,
      content: blobs.get(e.blob) ?? Buffer.alloc(0)
    })),
    ...unread.size > 0 ? { unread } : {}
  };
}
async function readRevision(git, ref, configFrom, options = {}) {
  return readListed(git, await listRevision(git, ref, configFrom), options.read);
}

// src/results/revision.ts
var SYMLINK_MODE2 = "120000";
var SUBMODULE_MODE2 = "160000";
async function revisionResults(git, commit, config, slas, today, onlySlas) {
  const select = slaMatcher(config.results);
  const bases = globBases(config.results);
  const listed = (await git.listFiles(commit)).filter((e) => !e.path.startsWith("/"));
  const entries = listed.filter(
    (e) => e.mode !== SYMLINK_MODE2 && e.mode !== SUBMODULE_MODE2 && select(e.path) && !isUndecodable(e.path)
  );
  const blobs = await git.readBlobs(entries.map((e) => e.blob));
  const files = entries.map((e) => ({ path: e.path, content: blobs.get(e.blob) ?? "" }));
  const validation = validateResults(files, slas, today, onlySlas);
  for (const e of listed)
    if (e.mode !== SYMLINK_MODE2 && e.mode !== SUBMODULE_MODE2 && select(e.path) && isUndecodable(e.path))
      validation.errors.push(pathProblem(e.path));
  for (const e of listed)
    if (e.mode === SYMLINK_MODE2 && linkInTheWay(e.path, select, bases))
      validation.errors.push(linkProblem(e.path, "results", select));
    else if (e.mode === SUBMODULE_MODE2 && linkInTheWay(e.path, select, bases))
      validation.errors.push(submoduleProblem(e.path, "results"));
  return validation;
}

// src/diff/evidence.ts
function promisesMore(diff, h, b) {
  const path = `spec.objectives.${h.id}`;
  if (!b) return diff.changes.find((c) => c.path === path && c.before === null);
  const t0 = b.target;
  const t1 = h.target;
  if (t0.kind !== t1.kind) return void 0;
  if (t0.kind === "quantity" && t1.kind === "quantity" && t0.unit !== t1.unit) return void 0;
  const v0 = isComplement(b, h) ? 100 - figureOf(t0) : figureOf(t0);
  const v1 = figureOf(t1);
  const stricter = h.better === "lower" ? v1 < v0 : h.better === "higher" ? v1 > v0 : false;
  if (!stricter) return void 0;
  return diff.changes.find((c) => c.path === `${path}.target`) ?? diff.changes.find((c) => c.path === `${path}.indicator` || c.path === `${path}.better`);
}
function figureOf(m) {
  return m.kind === "duration" ? m.seconds : m.value;
}
function isComplement(from, to) {
  return from.target.kind === "percent" && to.target.kind === "percent" && from.indicator !== "custom" && to.indicator !== "custom" && from.better !== void 0 && to.better !== void 0 && from.better !== to.better;
}
function asResultOf(r, from, to) {
  if (!from || !isComplement(from, to) || r.value.kind !== "percent") return r;
  return { ...r, value: { kind: "percent", value: 100 - r.value.value } };
}
async function addEvidence(git, slas, base, head, config, today) {
  const headById = new Map(head.map((s) => [s.sla.id, s.sla]));
  const baseById = new Map(base.slas.map((s) => [s.sla.id, s.sla]));
  const wanted = [];
  for (const diff of slas) {
    if (diff.status === "removed") continue;
    const sla = headById.get(diff.id);
    const before = baseById.get(diff.id);
    const baseObjectives = new Map((before?.objectives ?? []).map((o) => [o.id, o]));
    const headIds = new Set(sla?.objectives.map((o) => o.id));
    const removed = [...baseObjectives.values()].filter((o) => !headIds.has(o.id));
    for (const objective of sla?.objectives ?? []) {
      const b = baseObjectives.get(objective.id);
      const change = promisesMore(diff, objective, b);
      if (!change || !sla) continue;
      const replaced = b ? [] : removed.filter(
        (o) => o.target.kind === objective.target.kind && (o.indicator === objective.indicator || o.better === objective.better)
      );
      wanted.push({
        diff,
        change,
        objective,
        sla,
        evidenceFrom: [objective.id, ...replaced.map((o) => o.id)]
      });
    }
  }
  if (wanted.length === 0) return;
  const commit = base.snapshot.commit;
  if (!commit) return;
  const { results } = await revisionResults(
    git,
    commit,
    config,
    base.slas.map((s) => s.sla),
    today,
    new Set(wanted.map((w) => w.diff.id))
  );
  if (results.length === 0) return;
  const byObjective = /* @__PURE__ */ new Map();
  for (const r of results) {
    const key = `${r.sla}\0${r.objective}`;
    byObjective.set(key, [...byObjective.get(key) ?? [], r]);
  }
  const count = config.report.periods;
  const recent = /* @__PURE__ */ new Map();
  const isRecent = (r) => {
    let ids = recent.get(r.period.kind);
    if (!ids) {
      ids = new Set(lastPeriods(r.period.kind, today, count).map((p) => p.id));
      recent.set(r.period.kind, ids);
    }
    return ids.has(r.period.id);
  };
  for (const { diff, change, objective, sla, evidenceFrom } of wanted) {
    const baseSla = baseById.get(diff.id);
    const measured = evidenceFrom.flatMap((id) => {
      const from = baseSla?.objectives.find((o) => o.id === id);
      return (byObjective.get(`${diff.id}\0${id}`) ?? []).map(
        (r) => asResultOf(r, from, objective)
      );
    }).filter((r) => r.value.kind === objective.target.kind && isRecent(r)).sort((a, b) => comparePeriods(a.period, b.period));
    if (measured.length === 0) continue;
    const missedIn = /* @__PURE__ */ new Map();
    let worst = measured[0];
    const figure = (r) => r.value.kind === "duration" ? r.value.seconds : r.value.value;
    for (const r of measured) {
      const key = `${r.period.kind} ${r.period.id}`;
      const missed = !attainment(sla, objective, r.value, r.period.kind).met;
      missedIn.set(key, (missedIn.get(key) ?? false) || missed);
      const worse = objective.better === "lower" ? figure(r) > figure(worst) : figure(r) < figure(worst);
      if (worse) worst = r;
    }
    const periods = missedIn.size;
    const met = [...missedIn.values()].filter((missed) => !missed).length;
    const evidence = { periods, met, worst: measureFigure(worst.value) };
    change.evidence = evidence;
    const kinds = new Set(measured.map((r) => r.period.kind));
    const kind = measured[0].period.kind;
    const of = kinds.size > 1 ? `${periods} periods measured (the last ${count} of each kind)` : periods === count ? `the last ${periodsWord(count, kind)}` : `${periods} ${kind}${periods === 1 ? "" : "s"} measured in the last ${periodsWord(count, kind)}`;
    change.message = `${change.message.replace(/\.$/, "")}: met in ${met} of ${of} (worst ${evidence.worst}).`;
    if (met < periods) diff.overPromise = true;
  }
}
function periodsWord(n, kind) {
  return n === 1 ? kind : `${n} ${kind}s`;
}

// src/diff/index.ts
var LAST_DAY = "9999-12-31";
async function compareRevisions(git, baseRef, headRef, options = {}) {
  const resolvingHead = git.resolve(headRef);
  resolvingHead.catch(() => void 0);
  const baseSha = await git.resolve(baseRef);
  const headSha = await resolvingHead;
  const validateOptions = options.today ? { today: options.today } : {};
  const [baseList, headFiles, changedPaths] = await Promise.all([
    listRevision(git, baseSha),
    git.listFiles(headSha),
    baseSha === headSha ? [] : git.changedPaths(baseSha, headSha)
  ]);
  const headList = await listRevision(git, headSha, baseList.config, headFiles);
  const loaded = /* @__PURE__ */ new Map();
  const { base, head } = await validateSides(
    git,
    { base: baseList, head: headList },
    changedPaths.includes(CONFIG_FILE),
    validateOptions,
    loaded,
    options.cache
  );
  const baseRead = readable("base", base);
  const headRead = readable("head", head);
  const isSkipped = (d, other) => other.some((s) => s.file === d.file || s.id === d.id);
  const slas = diffSlas(baseRead.usable, headRead.usable).filter((d) => {
    if (d.status === "removed") return !isSkipped(d, headRead.skipped);
    if (d.status === "added") return !isSkipped(d, baseRead.skipped);
    return true;
  });
  await addEvidence(
    git,
    slas,
    { snapshot: base.snapshot, slas: baseRead.usable },
    headRead.usable,
    base.snapshot.config,
    options.today ?? LAST_DAY
  );
  return {
    diff: {
      base: baseSha,
      head: headSha,
      configChanged: changedPaths.includes(CONFIG_FILE),
      slas
    },
    base,
    head,
    changedPaths,
    skipped: [...baseRead.skipped, ...headRead.skipped]
  };
}
var MAX_ID_SEARCH = 1e3;
async function validateSides(git, lists, configChanged, options, loaded, cache) {
  const same = /* @__PURE__ */ new Set();
  if (!configChanged) {
    const headBlobs = /* @__PURE__ */ new Map();
    for (const e of lists.head.slaEntries) headBlobs.set(e.path, e.blob);
    for (const e of lists.base.slaEntries) if (headBlobs.get(e.path) === e.blob) same.add(e.path);
  }
  const changed = [];
  for (const e of lists.base.slaEntries) if (!same.has(e.path)) changed.push(e);
  for (const e of lists.head.slaEntries) if (!same.has(e.path)) changed.push(e);
  const contents = await git.readBlobs(changed.map((e) => e.blob));
  const ids = /* @__PURE__ */ new Set();
  for (const e of changed) {
    const { sla } = loadEntry(e, contents, options, loaded);
    if (sla) ids.add(sla.sla.id);
  }
  const unchanged = same.size === 0 ? [] : lists.base.slaEntries.filter((e) => same.has(e.path));
  const involved = await unchangedHolding(
    git,
    lists.head.commit,
    unchanged,
    ids,
    options,
    loaded,
    contents,
    cache
  );
  const read = {
    async read(files) {
      const missing = files.filter((f) => f.blob !== void 0 && !contents.has(f.blob));
      for (const [blob, bytes] of await git.readBlobs(missing.map((f) => f.blob)))
        contents.set(blob, bytes);
      return new Map(files.map((f) => [f.path, contents.get(f.blob) ?? EMPTY]));
    }
  };
  const unread = /* @__PURE__ */ new Set();
  for (const path of same) if (!involved.has(path)) unread.add(path);
  const sideOf = async (list) => {
    const { slaEntries, pathProblems: _, ...revision } = list;
    const { result, slas } = await validateFiles({
      files: slaEntries.filter((e) => !unread.has(e.path)),
      contents: read,
      checker: inThreadChecker,
      ...cache ? { store: cache } : {},
      today: options.today ?? "",
      loadSlas: () => true,
      loaded,
      report: (path) => !same.has(path)
    });
    const snapshot = {
      ...revision,
      files: slaEntries.map((e) => ({
        path: e.path,
        blob: e.blob,
        content: unread.has(e.path) ? EMPTY : contents.get(e.blob) ?? EMPTY
      })),
      ...unread.size > 0 ? { unread } : {}
    };
    return side(snapshot, {
      ...result,
      errors: sortProblems([...list.pathProblems, ...result.errors]),
      files: slaEntries.length,
      slas
    });
  };
  return { base: await sideOf(lists.base), head: await sideOf(lists.head) };
}
var EMPTY = Buffer.alloc(0);
function loadEntry(e, contents, options, loaded) {
  const key = loadedKey(e.blob, e.path);
  let outcome = loaded.get(key);
  if (!outcome) {
    const file = { path: e.path, blob: e.blob, content: contents.get(e.blob) ?? EMPTY };
    outcome = loadSla(file, options);
    loaded.set(key, outcome);
  }
  return outcome;
}
async function unchangedHolding(git, commit, unchanged, ids, options, loaded, contents, cache) {
  const out = /* @__PURE__ */ new Set();
  if (ids.size === 0 || unchanged.length === 0) return out;
  let candidates = [];
  const unknown = [];
  const known = cache ? knownIds(
    cache,
    unchanged.map((e) => e.blob)
  ) : [];
  for (let i = 0; i < unchanged.length; i++) {
    const e = unchanged[i];
    const id = known[i];
    if (id === void 0) unknown.push(e);
    else if (id !== null && ids.has(id)) candidates.push(e);
  }
  if (ids.size > MAX_ID_SEARCH) candidates = candidates.concat(unknown);
  else if (unknown.length > 0) {
    const folders = new Set(unknown.map((e) => e.path.split("/", 1)[0]));
    const found = await git.filesContaining(commit, [...ids, "\\"], [...folders]);
    for (const e of unknown) if (found.has(e.path)) candidates.push(e);
  }
  const unread = candidates.filter((e) => !contents.has(e.blob));
  for (const [blob, bytes] of await git.readBlobs(unread.map((e) => e.blob)))
    contents.set(blob, bytes);
  for (const e of candidates) {
    const { sla } = loadEntry(e, contents, options, loaded);
    if (sla && ids.has(sla.sla.id)) out.add(e.path);
  }
  return out;
}
function side(snapshot, validation) {
  const problems = sortProblems([...snapshot.configProblems, ...validation.errors]);
  return { snapshot, validation: { ...validation, errors: problems } };
}
function readable(name, { snapshot, validation }) {
  const loaded = new Set(validation.slas.map((s) => s.file));
  const usable = [];
  const skipped = [];
  for (const file of snapshot.files) {
    if (loaded.has(file.path) || snapshot.unread?.has(file.path)) continue;
    const id = guessId(file.content);
    skipped.push(id ? { side: name, file: file.path, id } : { side: name, file: file.path });
  }
  for (const s of validation.slas) {
    if (hasUnreadableValues(s)) skipped.push({ side: name, file: s.file, id: s.sla.id });
    else usable.push(s);
  }
  return { usable, skipped };
}
async function idsOfUnread(git, { snapshot }, paths) {
  const out = /* @__PURE__ */ new Map();
  const unread = snapshot.unread;
  if (!unread) return out;
  const wanted = new Set(paths);
  const files = snapshot.files.filter((f) => unread.has(f.path) && wanted.has(f.path));
  const contents = await git.readBlobs(files.map((f) => f.blob));
  for (const f of files) {
    const content = contents.get(f.blob) ?? EMPTY;
    const id = loadSla({ path: f.path, content }).sla?.sla.id ?? guessId(content);
    if (id) out.set(f.path, id);
  }
  return out;
}
function guessId(content) {
  const text = typeof content === "string" ? content : Buffer.from(content).toString("utf8");
  if (text.length > 1024 * 1024) return void 0;
  const fast = parseSimpleYaml(text.replace(/^\uFEFF/, ""))?.data;
  const fastId = fast?.metadata?.id;
  if (typeof fastId === "string" && fastId) return fastId;
  try {
    const id = (0, import_yaml.parseDocument)(text, { uniqueKeys: false }).getIn(["metadata", "id"]);
    if (typeof id === "string" && id) return id;
  } catch {
  }
  return idFromLines(text);
}
function idFromLines(text) {
  let inMetadata = false;
  for (const line of text.split("\n")) {
    if (!inMetadata) {
      inMetadata = /^metadata:[ \t\r]*$/.test(line);
      continue;
    }
    if (line.trim() === "") continue;
    if (line[0] !== " " && line[0] !== "	") return void 0;
    const m = /^[ \t]+id:[ \t]*["']?([A-Za-z0-9_.-]+)/.exec(line);
    if (m) return m[1];
  }
  return void 0;
}

export {
  listRevision,
  readRevision,
  diffSlas,
  revisionResults,
  compareRevisions,
  idsOfUnread
};
