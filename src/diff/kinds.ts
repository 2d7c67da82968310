// The change-kind registry: every kind of change the commitment diff reports, once, with its
// stable id (the `kind` of a change in `slac diff --format json`), its impact and what it
// means. The diff names a ChangeKind and takes the impact from here (oasdiff's checker/ model).
import type { ChangeImpact } from './types.js';

export interface ChangeKindSpec {
  impact: ChangeImpact;
  /** What the change is, in one line. */
  summary: string;
}

export const CHANGE_KINDS = {
  'sla-added': { impact: 'strengthened', summary: 'a new SLA' },
  'sla-removed': { impact: 'weakened', summary: 'an SLA removed: none of its objectives apply' },
  'title-reworded': { impact: 'editorial', summary: 'the SLA title reworded' },
  'owner-changed': {
    impact: 'ownership',
    summary: 'another owner: they approve future changes',
  },
  'owner-reworded': {
    impact: 'editorial',
    summary: 'the owner written in other letter case: the same login or team',
  },
  'tier-changed': {
    impact: 'changed',
    summary: 'the tier added, removed or changed (it can decide what customers get)',
  },
  'tags-changed': { impact: 'editorial', summary: 'the tags changed' },
  'service-name-reworded': { impact: 'editorial', summary: 'the service name reworded' },
  'service-summary-reworded': { impact: 'editorial', summary: 'the service summary reworded' },
  'service-url-changed': {
    impact: 'changed',
    summary: 'the service link added, removed or changed: customers are sent somewhere else',
  },
  'customers-changed': { impact: 'changed', summary: 'other customers covered' },
  'effective-from-weakened': { impact: 'weakened', summary: 'the SLA starts later' },
  'effective-from-strengthened': { impact: 'strengthened', summary: 'the SLA starts earlier' },
  'effective-until-added': { impact: 'weakened', summary: 'an open-ended SLA now ends' },
  'effective-until-removed': { impact: 'strengthened', summary: 'the end date removed' },
  'effective-until-weakened': { impact: 'weakened', summary: 'the SLA ends earlier' },
  'effective-until-strengthened': { impact: 'strengthened', summary: 'the SLA ends later' },
  'review-added': { impact: 'strengthened', summary: 'a regular review added' },
  'review-removed': { impact: 'weakened', summary: 'the regular review removed' },
  'review-cadence-weakened': { impact: 'weakened', summary: 'reviews less often' },
  'review-cadence-strengthened': { impact: 'strengthened', summary: 'reviews more often' },
  'review-cadence-reworded': {
    impact: 'editorial',
    summary: 'the review cadence written another way, the same length',
  },
  'review-last-reviewed-changed': {
    impact: 'changed',
    summary: 'the last review date changed (it records a review with customers)',
  },
  'service-hours-added': { impact: 'strengthened', summary: 'service hours added' },
  'service-hours-removed': { impact: 'weakened', summary: 'service hours removed' },
  'service-hours-weakened': { impact: 'weakened', summary: 'fewer service hours a week' },
  'service-hours-strengthened': { impact: 'strengthened', summary: 'more service hours a week' },
  'service-hours-moved': {
    impact: 'changed',
    summary: 'the same service hours a week at other times or in another time zone',
  },
  'contacts-changed': {
    impact: 'changed',
    summary: 'other contacts: customers reach someone else',
  },
  'objective-added': { impact: 'strengthened', summary: 'a new objective' },
  'objective-removed': { impact: 'weakened', summary: 'an objective removed' },
  'objective-title-reworded': { impact: 'editorial', summary: "an objective's title reworded" },
  'objective-description-reworded': {
    impact: 'editorial',
    summary: "an objective's description added, removed or reworded",
  },
  'objective-measurement-changed': {
    impact: 'changed',
    summary: 'how an objective is measured, in words, added, removed or changed',
  },
  'objective-prometheus-changed': {
    impact: 'changed',
    summary: 'the Prometheus queries of an objective added, removed or changed',
  },
  'objective-indicator-changed': {
    impact: 'changed',
    summary: 'an objective measures another indicator',
  },
  'objective-better-changed': {
    impact: 'changed',
    summary: 'a custom objective counts the other direction as better',
  },
  'objective-target-weakened': {
    impact: 'weakened',
    summary: "a target moved the worse way for the indicator's direction",
  },
  'objective-target-strengthened': {
    impact: 'strengthened',
    summary: "a target moved the better way for the indicator's direction",
  },
  'objective-target-changed': {
    impact: 'changed',
    summary: 'a target that cannot be compared with the old one (another indicator, kind or unit)',
  },
  'objective-percentile-weakened': {
    impact: 'weakened',
    summary: 'a lower percentile: more requests may miss the target',
  },
  'objective-percentile-strengthened': { impact: 'strengthened', summary: 'a higher percentile' },
  'objective-percentile-changed': { impact: 'changed', summary: 'a percentile added or removed' },
  'objective-window-changed': { impact: 'changed', summary: "an objective's window changed" },
  'objective-tolerance-added': { impact: 'strengthened', summary: 'a zone of tolerance added' },
  'objective-tolerance-removed': { impact: 'weakened', summary: 'the zone of tolerance removed' },
  'objective-tolerance-weakened': {
    impact: 'weakened',
    summary: 'a tolerance level (desired or adequate) moved the worse way',
  },
  'objective-tolerance-strengthened': {
    impact: 'strengthened',
    summary: 'a tolerance level (desired or adequate) moved the better way',
  },
  'objective-tolerance-changed': {
    impact: 'changed',
    summary: 'a tolerance level that cannot be compared with the old one',
  },
  'support-hours-added': { impact: 'strengthened', summary: 'support hours added' },
  'support-hours-removed': { impact: 'weakened', summary: 'support hours removed' },
  'support-hours-weakened': { impact: 'weakened', summary: 'fewer support hours a week' },
  'support-hours-strengthened': { impact: 'strengthened', summary: 'more support hours a week' },
  'support-hours-moved': {
    impact: 'changed',
    summary: 'the same support hours a week at other times or in another time zone',
  },
  'support-priority-added': { impact: 'strengthened', summary: 'a new support priority' },
  'support-priority-removed': { impact: 'weakened', summary: 'a support priority removed' },
  'support-priority-meaning-changed': {
    impact: 'changed',
    summary: 'what a support priority covers changed',
  },
  'support-response-added': { impact: 'strengthened', summary: 'a response time now promised' },
  'support-response-removed': {
    impact: 'weakened',
    summary: 'a response time no longer promised',
  },
  'support-response-weakened': { impact: 'weakened', summary: 'a longer response time' },
  'support-response-strengthened': { impact: 'strengthened', summary: 'a shorter response time' },
  'support-resolution-added': {
    impact: 'strengthened',
    summary: 'a resolution time now promised',
  },
  'support-resolution-removed': {
    impact: 'weakened',
    summary: 'a resolution time no longer promised',
  },
  'support-resolution-weakened': { impact: 'weakened', summary: 'a longer resolution time' },
  'support-resolution-strengthened': {
    impact: 'strengthened',
    summary: 'a shorter resolution time',
  },
  'support-priority-hours-weakened': {
    impact: 'weakened',
    summary: 'a priority handled fewer hours a week',
  },
  'support-priority-hours-strengthened': {
    impact: 'strengthened',
    summary: 'a priority handled more hours a week',
  },
  'support-priority-hours-changed': {
    impact: 'changed',
    summary: 'a priority handled at other times, as many hours a week',
  },
  'maintenance-notice-added': {
    impact: 'strengthened',
    summary: 'maintenance now announced ahead',
  },
  'maintenance-notice-removed': {
    impact: 'weakened',
    summary: 'the maintenance notice no longer promised',
  },
  'maintenance-notice-weakened': { impact: 'weakened', summary: 'a shorter maintenance notice' },
  'maintenance-notice-strengthened': {
    impact: 'strengthened',
    summary: 'a longer maintenance notice',
  },
  'maintenance-window-added': {
    impact: 'weakened',
    summary: 'a maintenance window added: more planned downtime',
  },
  'maintenance-window-removed': {
    impact: 'strengthened',
    summary: 'a maintenance window removed',
  },
  'maintenance-window-weakened': {
    impact: 'weakened',
    summary: 'the one maintenance window changed, and longer: more planned downtime',
  },
  'maintenance-window-strengthened': {
    impact: 'strengthened',
    summary: 'the one maintenance window shortened, within the times it had',
  },
  'maintenance-window-changed': {
    impact: 'changed',
    summary: 'the one maintenance window moved to other times (as long, or shorter elsewhere)',
  },
  'exclusion-added': {
    impact: 'weakened',
    summary: 'an exclusion added: it no longer counts against the objectives',
  },
  'exclusion-removed': {
    impact: 'strengthened',
    summary: 'an exclusion removed: it now counts against the objectives',
  },
  'credits-objective-changed': {
    impact: 'changed',
    summary: 'service credits follow another objective',
  },
  'credit-tier-added': { impact: 'strengthened', summary: 'a service credit tier added' },
  'credit-tier-removed': { impact: 'weakened', summary: 'a service credit tier removed' },
  'credit-tier-weakened': { impact: 'weakened', summary: 'a smaller credit for a tier' },
  'credit-tier-strengthened': { impact: 'strengthened', summary: 'a larger credit for a tier' },
  'credit-tier-threshold-raised': {
    impact: 'strengthened',
    summary: 'a credit paid from a higher availability: in more periods',
  },
  'credit-tier-threshold-lowered': {
    impact: 'weakened',
    summary: 'a credit paid only below a lower availability: in fewer periods',
  },
} as const satisfies Record<string, ChangeKindSpec>;

/** The stable id of a kind of change. */
export type ChangeKind = keyof typeof CHANGE_KINDS;

/** Every kind, in the registry's order. */
export const CHANGE_KIND_IDS = Object.keys(CHANGE_KINDS) as ChangeKind[];

/** The impact of a kind of change. */
export function impactOf(kind: ChangeKind): ChangeImpact {
  return CHANGE_KINDS[kind].impact;
}

/** The kinds named `<subject>-<suffix>`, to pass a subject where one of its kinds is chosen. */
export type KindSubject<Suffix extends string> = {
  [K in ChangeKind]: K extends `${infer S}-${Suffix}` ? S : never;
}[ChangeKind];
