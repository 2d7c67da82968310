import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  holdsOn
} from "./chunk-GANDJKIS.js";

// src/validate/cache.ts
import { createHash } from "node:crypto";

// schemas/sla.schema.json
var sla_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/slac-dev/slac/v0.1.0/schemas/sla.schema.json",
  title: "ServiceLevelAgreement",
  description: "A service level agreement kept as code (slac/v1). One file holds one SLA.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    apiVersion: {
      title: "API version",
      description: "Version of the SLA file format.",
      const: "slac/v1",
      examples: ["slac/v1"]
    },
    kind: {
      title: "Kind",
      description: "Kind of document; always ServiceLevelAgreement.",
      const: "ServiceLevelAgreement",
      examples: ["ServiceLevelAgreement"]
    },
    metadata: { $ref: "#/$defs/metadata", title: "Metadata" },
    spec: { $ref: "#/$defs/spec", title: "Spec" }
  },
  $defs: {
    metadata: {
      title: "Metadata",
      description: "Identity and ownership of the SLA.",
      type: "object",
      additionalProperties: false,
      required: ["id", "title", "owner"],
      properties: {
        id: {
          title: "ID",
          description: "Stable identity of the SLA, kebab-case and unique in the repository. Diffs match SLAs by this id, not by file path.",
          type: "string",
          pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
          maxLength: 100,
          examples: ["payments-api"],
          patternErrorMessage: "Not kebab-case; write lowercase letters, digits and single hyphens, e.g. payments-api"
        },
        title: {
          title: "Title",
          description: "Human title of the SLA as customers see it.",
          type: "string",
          minLength: 1,
          maxLength: 200,
          examples: ["Payments API"]
        },
        owner: {
          title: "Owner",
          description: 'Who must approve changes: a GitHub user "@login" or a team "@org/team-slug".',
          type: "string",
          minLength: 1,
          maxLength: 140,
          examples: ["@acme/payments", "@alice"],
          pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$",
          patternErrorMessage: 'Not a GitHub user "@login" or team "@org/team-slug"; write e.g. "@acme/payments"',
          "x-slac-rule": "owner-format"
        },
        tier: {
          title: "Tier",
          description: "Free label for the service tier, used to filter the catalog.",
          type: "string",
          minLength: 1,
          maxLength: 50,
          examples: ["gold", "silver", "internal"]
        },
        tags: {
          title: "Tags",
          description: "Free labels used to search and filter the catalog.",
          type: "array",
          items: { type: "string", minLength: 1, maxLength: 50 },
          uniqueItems: true,
          examples: [["payments", "api"]]
        }
      }
    },
    spec: {
      title: "Spec",
      description: "The commitments of the SLA.",
      type: "object",
      additionalProperties: false,
      required: ["service", "effective", "objectives"],
      properties: {
        service: { $ref: "#/$defs/service", title: "Service" },
        customers: {
          title: "Customers",
          description: "Who this SLA is offered to.",
          type: "array",
          items: { type: "string", minLength: 1, maxLength: 200 },
          examples: [["All paid plans"]]
        },
        effective: { $ref: "#/$defs/effective", title: "Effective" },
        review: { $ref: "#/$defs/review", title: "Review" },
        serviceHours: {
          $ref: "#/$defs/hours",
          title: "Service hours",
          description: "When the objectives apply. Allowed downtime is measured over these hours. Default: 24x7 in UTC."
        },
        objectives: {
          title: "Objectives",
          description: "Service level objectives: measurable, time-bound targets.",
          type: "array",
          minItems: 1,
          items: { $ref: "#/$defs/objective" }
        },
        support: { $ref: "#/$defs/support", title: "Support" },
        maintenance: { $ref: "#/$defs/maintenance", title: "Maintenance" },
        exclusions: {
          title: "Exclusions",
          description: "Events that do not count against the objectives. Each added exclusion weakens the SLA.",
          type: "array",
          items: { type: "string", minLength: 1, maxLength: 500 },
          examples: [["Outages caused by the customer's own systems or network"]]
        },
        credits: { $ref: "#/$defs/credits", title: "Credits" },
        contacts: {
          title: "Contacts",
          description: "How customers reach the service team.",
          type: "array",
          items: { $ref: "#/$defs/contact" }
        }
      }
    },
    service: {
      title: "Service",
      description: "The service this SLA covers.",
      type: "object",
      additionalProperties: false,
      required: ["name", "summary"],
      properties: {
        name: {
          title: "Name",
          description: "Name of the service.",
          type: "string",
          minLength: 1,
          maxLength: 200,
          examples: ["Payments API"]
        },
        summary: {
          title: "Summary",
          description: "One or two sentences on what the service does for customers.",
          type: "string",
          minLength: 1,
          maxLength: 2e3,
          examples: ["Accept card and wallet payments in web and mobile checkout."]
        },
        url: {
          title: "URL",
          description: "Link to the service's documentation (https, http or mailto).",
          type: "string",
          pattern: "^(https?:|mailto:)",
          maxLength: 2e3,
          examples: ["https://docs.acme.example/payments"],
          patternErrorMessage: "Not a link; a link starts with https://, http:// or mailto:"
        }
      }
    },
    effective: {
      title: "Effective",
      description: "When the SLA is in force.",
      type: "object",
      additionalProperties: false,
      required: ["from"],
      properties: {
        from: {
          $ref: "#/$defs/date",
          title: "From",
          description: "First day the SLA applies (ISO date)."
        },
        until: {
          $ref: "#/$defs/date",
          title: "Until",
          description: "Last day the SLA applies (ISO date). Omit for open-ended."
        }
      }
    },
    review: {
      title: "Review",
      description: "How often the SLA is reviewed and when it last was.",
      type: "object",
      additionalProperties: false,
      required: ["every", "lastReviewed"],
      properties: {
        every: {
          title: "Every",
          description: 'Review cadence: "6 months", "1 year", "90 days", "2 weeks" or ISO 8601 ("P6M").',
          type: "string",
          minLength: 1,
          examples: ["6 months", "1 year", "3 months", "90 days", "P6M"],
          pattern: "^\\s*(?:0*[1-9]\\d*\\s*(?:[Dd][Aa][Yy][Ss]|[Dd][Aa][Yy]|[Dd]|[Ww][Ee][Ee][Kk][Ss]|[Ww][Ee][Ee][Kk]|[Ww]|[Mm][Oo][Nn][Tt][Hh][Ss]|[Mm][Oo][Nn][Tt][Hh]|[Qq][Uu][Aa][Rr][Tt][Ee][Rr][Ss]|[Qq][Uu][Aa][Rr][Tt][Ee][Rr]|[Yy][Ee][Aa][Rr][Ss]|[Yy][Ee][Aa][Rr])|[Pp](?=\\d)(?=[0-9YyMmWwDd]*[1-9])(?:\\d+[Yy])?(?:\\d+[Mm])?(?:\\d+[Ww])?(?:\\d+[Dd])?)\\s*$",
          patternErrorMessage: 'Not a review cadence; write e.g. "6 months", "1 year", "90 days" or P6M',
          "x-slac-rule": "review-cadence"
        },
        lastReviewed: {
          $ref: "#/$defs/date",
          title: "Last reviewed",
          description: "Date of the last review (ISO date)."
        }
      }
    },
    hours: {
      title: "Hours",
      description: "A weekly schedule in a time zone.",
      type: "object",
      additionalProperties: false,
      required: ["schedule"],
      properties: {
        timezone: { $ref: "#/$defs/timezone", title: "Time zone" },
        schedule: { $ref: "#/$defs/schedule", title: "Schedule" }
      }
    },
    objective: {
      title: "Objective",
      description: "One service level objective.",
      type: "object",
      additionalProperties: false,
      required: ["id", "title", "indicator", "target", "window"],
      properties: {
        id: {
          title: "ID",
          description: "Identity of the objective within the SLA, kebab-case.",
          type: "string",
          pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
          maxLength: 100,
          examples: ["uptime", "checkout-latency"],
          patternErrorMessage: "Not kebab-case; write lowercase letters, digits and single hyphens, e.g. payments-api"
        },
        title: {
          title: "Title",
          description: "Customer-facing title.",
          type: "string",
          minLength: 1,
          maxLength: 200,
          examples: ["Monthly uptime"]
        },
        description: {
          title: "Description",
          description: "Longer customer-facing explanation.",
          type: "string",
          maxLength: 2e3
        },
        indicator: {
          title: "Indicator",
          description: 'What is measured. It decides which way is better: availability, success-rate, durability, throughput are better higher; error-rate, latency, response-time, resolution-time, freshness better lower; custom declares it with "better". freshness is how old the data a service serves may be ("warehouse tables at most 15 min behind").',
          markdownDescription: 'What is measured. It decides which way is better: availability, success-rate, durability, throughput are better higher; error-rate, latency, response-time, resolution-time, freshness better lower; custom declares it with `better`. freshness is how old the data a service serves may be ("warehouse tables at most 15 min behind").',
          enum: [
            "availability",
            "success-rate",
            "durability",
            "error-rate",
            "latency",
            "throughput",
            "response-time",
            "resolution-time",
            "freshness",
            "custom"
          ],
          examples: ["availability", "latency"]
        },
        target: {
          title: "Target",
          description: 'The promised level: a percentage ("99.95%" or 99.95) for availability, success-rate, durability and error-rate; a duration ("300ms") for latency, response-time, resolution-time and freshness; a number with a unit ("1000 rps") for throughput.',
          type: ["string", "number"],
          examples: ["99.95%", "300ms", "1000 rps"]
        },
        percentile: {
          title: "Percentile",
          description: "For latency: the percentile of requests that meet the target (95 means 95% of requests).",
          type: "number",
          examples: [95, 99]
        },
        window: {
          title: "Window",
          description: 'Measurement window: a calendar week, month, quarter or year, or a rolling duration ("28d", "30 days").',
          type: "string",
          minLength: 1,
          "x-slac-rule": "window-format",
          anyOf: [
            {
              enum: ["week", "month", "quarter", "year"],
              errorMessage: "Not a window; write week, month, quarter, year or a rolling duration such as 28d or 30 days"
            },
            {
              pattern: "^\\s*(?:[Ww][Ee][Ee][Kk]|[Mm][Oo][Nn][Tt][Hh]|[Qq][Uu][Aa][Rr][Tt][Ee][Rr]|[Yy][Ee][Aa][Rr])\\s*$",
              patternErrorMessage: "Not a window; write week, month, quarter, year or a rolling duration such as 28d or 30 days"
            },
            {
              pattern: "^(?!\\s*\\d+\\s*m\\s*$)(?=[^1-9]*[1-9])\\s*(?:[Pp](?=\\d|[Tt]\\d)(?:\\d+(?:\\.\\d+)?[Ww])?(?:\\d+(?:\\.\\d+)?[Dd])?(?:[Tt](?=\\d)(?:\\d+(?:\\.\\d+)?[Hh])?(?:\\d+(?:\\.\\d+)?[Mm])?(?:\\d+(?:\\.\\d+)?[Ss])?)?|\\d+(?:\\.\\d+)?\\s*(?:milliseconds|millisecond|ms|seconds|second|secs|sec|s|minutes|minute|mins|min|m|hours|hour|hrs|hr|h|days|day|d|weeks|week|w)(?: *\\d+(?:\\.\\d+)?\\s*(?:milliseconds|millisecond|ms|seconds|second|secs|sec|s|minutes|minute|mins|min|m|hours|hour|hrs|hr|h|days|day|d|weeks|week|w)){0,9})\\s*$",
              patternErrorMessage: "Not a window; write week, month, quarter, year or a rolling duration such as 28d or 30 days"
            }
          ],
          examples: ["month", "quarter", "year", "week", "28d", "30d", "7d", "90d"]
        },
        tolerance: { $ref: "#/$defs/tolerance", title: "Tolerance" },
        measurement: {
          title: "Measurement",
          description: "How the indicator is measured, in words a customer can check.",
          type: "string",
          maxLength: 2e3,
          examples: [
            "A minute counts as down when more than 5% of API calls fail with a server error."
          ]
        },
        better: {
          title: "Better",
          description: "For indicator custom only: whether a higher or a lower value is better.",
          enum: ["higher", "lower"]
        },
        prometheus: { $ref: "#/$defs/prometheus", title: "Prometheus" }
      },
      "x-slac-rule": "objective-target-type",
      allOf: [
        {
          if: {
            type: "object",
            properties: {
              indicator: { enum: ["availability", "success-rate", "durability", "error-rate"] }
            },
            required: ["indicator"]
          },
          then: {
            type: "object",
            properties: {
              target: { $ref: "#/$defs/percentage", title: "Target" },
              tolerance: {
                title: "Tolerance",
                type: "object",
                properties: {
                  desired: { $ref: "#/$defs/percentage", title: "Desired" },
                  adequate: { $ref: "#/$defs/percentage", title: "Adequate" }
                }
              }
            }
          }
        },
        {
          if: {
            type: "object",
            properties: {
              indicator: { enum: ["latency", "response-time", "resolution-time", "freshness"] }
            },
            required: ["indicator"]
          },
          then: {
            type: "object",
            properties: {
              target: { $ref: "#/$defs/duration", title: "Target" },
              tolerance: {
                title: "Tolerance",
                type: "object",
                properties: {
                  desired: { $ref: "#/$defs/duration", title: "Desired" },
                  adequate: { $ref: "#/$defs/duration", title: "Adequate" }
                }
              }
            }
          }
        }
      ]
    },
    prometheus: {
      title: "Prometheus queries",
      description: `How "slac measure" reads the objective's result for a period from Prometheus (or Thanos, Mimir, Cortex). A ratio indicator (availability, success-rate, error-rate, durability) takes "good" and "total"; any other indicator takes "value". "{{range}}" becomes the period's length in seconds ("2592000s" for a 30-day month). Never shown to customers.`,
      markdownDescription: "How `slac measure` reads the objective's result for a period from Prometheus (or Thanos, Mimir, Cortex). A ratio indicator (availability, success-rate, error-rate, durability) takes `good` and `total`; any other indicator takes `value`. `{{range}}` becomes the period's length in seconds (\"2592000s\" for a 30-day month). Never shown to customers.",
      type: "object",
      additionalProperties: false,
      properties: {
        good: {
          title: "Good",
          description: 'For availability, success-rate, error-rate and durability: PromQL counting the good events of the period, with "total" beside it. The value is good / total as a percentage (for error-rate the failed share, 100 - good / total x 100).',
          markdownDescription: "For availability, success-rate, error-rate and durability: PromQL counting the good events of the period, with `total` beside it. The value is good / total as a percentage (for error-rate the failed share, 100 - good / total x 100).",
          type: "string",
          examples: [
            'sum(increase(http_requests_total{job="payments",code!~"5.."}[{{range}}]))'
          ]
        },
        total: {
          title: "Total",
          description: 'For availability, success-rate, error-rate and durability: PromQL counting all events of the period, with "good" beside it.',
          markdownDescription: "For availability, success-rate, error-rate and durability: PromQL counting all events of the period, with `good` beside it.",
          type: "string",
          examples: ['sum(increase(http_requests_total{job="payments"}[{{range}}]))']
        },
        value: {
          title: "Value",
          description: "For latency, response-time, resolution-time, throughput and custom: PromQL giving the period's value as one number, in seconds for durations and in the target's unit otherwise.",
          type: "string",
          examples: [
            'histogram_quantile(0.95, sum by (le) (increase(http_request_duration_seconds_bucket{job="payments"}[{{range}}])))'
          ]
        }
      }
    },
    tolerance: {
      title: "Tolerance",
      description: "The customer's zone of tolerance (SERVQUAL): the desired level and the adequate (minimum acceptable) level. The target lies inside the band.",
      type: "object",
      additionalProperties: false,
      required: ["desired", "adequate"],
      properties: {
        desired: {
          title: "Desired",
          description: "The level customers hope for.",
          type: ["string", "number"],
          examples: ["99.99%"]
        },
        adequate: {
          title: "Adequate",
          description: "The lowest level customers accept.",
          type: ["string", "number"],
          examples: ["99.9%"]
        }
      }
    },
    support: {
      title: "Support",
      description: "Support hours and response and resolution times by priority.",
      type: "object",
      additionalProperties: false,
      properties: {
        hours: {
          $ref: "#/$defs/hours",
          title: "Hours",
          description: "When support is staffed."
        },
        priorities: {
          title: "Priorities",
          description: "Incident priorities with their response and resolution times.",
          type: "array",
          items: { $ref: "#/$defs/priority" }
        }
      }
    },
    priority: {
      title: "Priority",
      description: "One incident priority.",
      type: "object",
      additionalProperties: false,
      required: ["level", "meaning", "response"],
      properties: {
        level: {
          title: "Level",
          description: "Name of the priority.",
          type: "string",
          minLength: 1,
          maxLength: 20,
          examples: ["P1"]
        },
        meaning: {
          title: "Meaning",
          description: "Which incidents get this priority.",
          type: "string",
          minLength: 1,
          maxLength: 500,
          examples: ["Payments fail for all customers"]
        },
        response: {
          $ref: "#/$defs/duration",
          title: "Response",
          description: "Time to first response."
        },
        resolution: {
          $ref: "#/$defs/duration",
          title: "Resolution",
          description: "Time to resolution or workaround."
        },
        hours: {
          $ref: "#/$defs/schedule",
          title: "Hours",
          description: 'When the clock runs for this priority, if not the support hours ("24x7").'
        }
      }
    },
    maintenance: {
      title: "Maintenance",
      description: "Planned maintenance: advance notice and windows.",
      type: "object",
      additionalProperties: false,
      properties: {
        notice: {
          $ref: "#/$defs/duration",
          title: "Notice",
          description: "Advance notice given before maintenance."
        },
        windows: {
          title: "Windows",
          description: "Recurring maintenance windows.",
          type: "array",
          items: { $ref: "#/$defs/hours" }
        }
      }
    },
    credits: {
      title: "Credits",
      description: "Service credits paid when an availability objective is missed.",
      type: "object",
      additionalProperties: false,
      required: ["objective", "tiers"],
      properties: {
        objective: {
          title: "Objective",
          description: "Id of the availability objective the credits are tied to.",
          type: "string",
          minLength: 1,
          examples: ["uptime"]
        },
        tiers: {
          title: "Tiers",
          description: "Credit tiers: when measured availability falls below a threshold, the customer gets the credit (a percentage of the fee for the window).",
          type: "array",
          minItems: 1,
          items: { $ref: "#/$defs/creditTier" }
        }
      }
    },
    creditTier: {
      title: "CreditTier",
      type: "object",
      additionalProperties: false,
      required: ["below", "credit"],
      properties: {
        below: {
          $ref: "#/$defs/percentage",
          title: "Below",
          description: "Availability below which this credit applies."
        },
        credit: {
          $ref: "#/$defs/percentage",
          title: "Credit",
          description: "Credit as a percentage of the fee for the window."
        }
      }
    },
    contact: {
      title: "Contact",
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: {
          title: "Name",
          description: "Who to contact.",
          type: "string",
          minLength: 1,
          maxLength: 200
        },
        email: {
          title: "Email",
          description: "E-mail address.",
          type: "string",
          pattern: "^[^@\\s]+@[^@\\s]+$",
          maxLength: 320,
          examples: ["payments-oncall@acme.example"],
          patternErrorMessage: "Not an e-mail address; write e.g. team@example.com"
        },
        url: {
          title: "URL",
          description: "Link (https, http or mailto).",
          type: "string",
          pattern: "^(https?:|mailto:)",
          maxLength: 2e3,
          patternErrorMessage: "Not a link; a link starts with https://, http:// or mailto:"
        },
        phone: {
          title: "Phone",
          description: "Telephone number.",
          type: "string",
          maxLength: 50
        }
      }
    },
    percentage: {
      title: "Percentage",
      description: 'A percentage: "99.95%" or the number 99.95.',
      type: ["string", "number"],
      examples: ["99.95%", 99.95],
      pattern: "^\\s*-?\\d+(?:\\.\\d+)?\\s*(?:%\\s*)?$",
      patternErrorMessage: "Not a percentage; write e.g. 99.9% (with a dot, not a comma)",
      "x-slac-rule": "percent-format"
    },
    duration: {
      title: "Duration",
      description: 'A duration: "15m", "4h", "1h30m", "2d", "300ms", "30 minutes" or ISO 8601 ("PT4H"). Months and years vary in length: write days.',
      type: "string",
      minLength: 1,
      examples: ["15m", "4h", "1h30m", "PT4H"],
      pattern: "^\\s*(?:[Pp](?=\\d|[Tt]\\d)(?:\\d+(?:\\.\\d+)?[Ww])?(?:\\d+(?:\\.\\d+)?[Dd])?(?:[Tt](?=\\d)(?:\\d+(?:\\.\\d+)?[Hh])?(?:\\d+(?:\\.\\d+)?[Mm])?(?:\\d+(?:\\.\\d+)?[Ss])?)?|\\d+(?:\\.\\d+)?\\s*(?:milliseconds|millisecond|ms|seconds|second|secs|sec|s|minutes|minute|mins|min|m|hours|hour|hrs|hr|h|days|day|d|weeks|week|w)(?: *\\d+(?:\\.\\d+)?\\s*(?:milliseconds|millisecond|ms|seconds|second|secs|sec|s|minutes|minute|mins|min|m|hours|hour|hrs|hr|h|days|day|d|weeks|week|w)){0,9})\\s*$",
      patternErrorMessage: "Not a duration; write e.g. 15m, 4h, 1h30m, 300ms, 30 minutes or PT4H (no months or years: their length varies; write days)",
      "x-slac-rule": "duration-format"
    },
    date: {
      description: "An ISO date, YYYY-MM-DD.",
      type: "string",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      examples: ["2026-06-15"],
      patternErrorMessage: "Not a date; write YYYY-MM-DD, e.g. 2026-01-31"
    },
    timezone: {
      description: "An IANA time zone, e.g. UTC or Europe/Berlin.",
      type: "string",
      minLength: 1,
      examples: ["UTC", "Europe/Berlin", "America/New_York"]
    },
    schedule: {
      title: "Schedule",
      description: '"24x7", or days and hours "Mon-Fri 08:00-18:00" (days like Mon-Fri or Sat,Sun), or a list of those.',
      oneOf: [
        {
          type: "string",
          minLength: 1,
          pattern: "^\\s*(?:24\\s*[Xx]\\s*7|24/7|(?:[Ee][Vv][Ee][Rr][Yy] [Dd][Aa][Yy]|[Dd][Aa][Ii][Ll][Yy]|(?:[Mm][Oo][Nn][Dd][Aa][Yy]|[Mm][Oo][Nn]|[Tt][Uu][Ee][Ss][Dd][Aa][Yy]|[Tt][Uu][Ee]|[Ww][Ee][Dd][Nn][Ee][Ss][Dd][Aa][Yy]|[Ww][Ee][Dd]|[Tt][Hh][Uu][Rr][Ss][Dd][Aa][Yy]|[Tt][Hh][Uu]|[Ff][Rr][Ii][Dd][Aa][Yy]|[Ff][Rr][Ii]|[Ss][Aa][Tt][Uu][Rr][Dd][Aa][Yy]|[Ss][Aa][Tt]|[Ss][Uu][Nn][Dd][Aa][Yy]|[Ss][Uu][Nn])(?: *- *(?:[Mm][Oo][Nn][Dd][Aa][Yy]|[Mm][Oo][Nn]|[Tt][Uu][Ee][Ss][Dd][Aa][Yy]|[Tt][Uu][Ee]|[Ww][Ee][Dd][Nn][Ee][Ss][Dd][Aa][Yy]|[Ww][Ee][Dd]|[Tt][Hh][Uu][Rr][Ss][Dd][Aa][Yy]|[Tt][Hh][Uu]|[Ff][Rr][Ii][Dd][Aa][Yy]|[Ff][Rr][Ii]|[Ss][Aa][Tt][Uu][Rr][Dd][Aa][Yy]|[Ss][Aa][Tt]|[Ss][Uu][Nn][Dd][Aa][Yy]|[Ss][Uu][Nn]))?(?: *, *(?:[Mm][Oo][Nn][Dd][Aa][Yy]|[Mm][Oo][Nn]|[Tt][Uu][Ee][Ss][Dd][Aa][Yy]|[Tt][Uu][Ee]|[Ww][Ee][Dd][Nn][Ee][Ss][Dd][Aa][Yy]|[Ww][Ee][Dd]|[Tt][Hh][Uu][Rr][Ss][Dd][Aa][Yy]|[Tt][Hh][Uu]|[Ff][Rr][Ii][Dd][Aa][Yy]|[Ff][Rr][Ii]|[Ss][Aa][Tt][Uu][Rr][Dd][Aa][Yy]|[Ss][Aa][Tt]|[Ss][Uu][Nn][Dd][Aa][Yy]|[Ss][Uu][Nn])(?: *- *(?:[Mm][Oo][Nn][Dd][Aa][Yy]|[Mm][Oo][Nn]|[Tt][Uu][Ee][Ss][Dd][Aa][Yy]|[Tt][Uu][Ee]|[Ww][Ee][Dd][Nn][Ee][Ss][Dd][Aa][Yy]|[Ww][Ee][Dd]|[Tt][Hh][Uu][Rr][Ss][Dd][Aa][Yy]|[Tt][Hh][Uu]|[Ff][Rr][Ii][Dd][Aa][Yy]|[Ff][Rr][Ii]|[Ss][Aa][Tt][Uu][Rr][Dd][Aa][Yy]|[Ss][Aa][Tt]|[Ss][Uu][Nn][Dd][Aa][Yy]|[Ss][Uu][Nn]))?){0,13})\\s+(?:[01]?\\d|2[0-3]):[0-5]\\d\\s*-\\s*(?:(?:[01]?\\d|2[0-3]):[0-5]\\d|24:00))\\s*$",
          patternErrorMessage: 'Not a schedule; write 24x7 or days and hours such as "Mon-Fri 08:00-18:00" (days Mon to Sun, hours 00:00 to 24:00)',
          "x-slac-rule": "schedule-format"
        },
        {
          type: "array",
          minItems: 1,
          items: {
            type: "string",
            minLength: 1,
            pattern: "^\\s*(?:24\\s*[Xx]\\s*7|24/7|(?:[Ee][Vv][Ee][Rr][Yy] [Dd][Aa][Yy]|[Dd][Aa][Ii][Ll][Yy]|(?:[Mm][Oo][Nn][Dd][Aa][Yy]|[Mm][Oo][Nn]|[Tt][Uu][Ee][Ss][Dd][Aa][Yy]|[Tt][Uu][Ee]|[Ww][Ee][Dd][Nn][Ee][Ss][Dd][Aa][Yy]|[Ww][Ee][Dd]|[Tt][Hh][Uu][Rr][Ss][Dd][Aa][Yy]|[Tt][Hh][Uu]|[Ff][Rr][Ii][Dd][Aa][Yy]|[Ff][Rr][Ii]|[Ss][Aa][Tt][Uu][Rr][Dd][Aa][Yy]|[Ss][Aa][Tt]|[Ss][Uu][Nn][Dd][Aa][Yy]|[Ss][Uu][Nn])(?: *- *(?:[Mm][Oo][Nn][Dd][Aa][Yy]|[Mm][Oo][Nn]|[Tt][Uu][Ee][Ss][Dd][Aa][Yy]|[Tt][Uu][Ee]|[Ww][Ee][Dd][Nn][Ee][Ss][Dd][Aa][Yy]|[Ww][Ee][Dd]|[Tt][Hh][Uu][Rr][Ss][Dd][Aa][Yy]|[Tt][Hh][Uu]|[Ff][Rr][Ii][Dd][Aa][Yy]|[Ff][Rr][Ii]|[Ss][Aa][Tt][Uu][Rr][Dd][Aa][Yy]|[Ss][Aa][Tt]|[Ss][Uu][Nn][Dd][Aa][Yy]|[Ss][Uu][Nn]))?(?: *, *(?:[Mm][Oo][Nn][Dd][Aa][Yy]|[Mm][Oo][Nn]|[Tt][Uu][Ee][Ss][Dd][Aa][Yy]|[Tt][Uu][Ee]|[Ww][Ee][Dd][Nn][Ee][Ss][Dd][Aa][Yy]|[Ww][Ee][Dd]|[Tt][Hh][Uu][Rr][Ss][Dd][Aa][Yy]|[Tt][Hh][Uu]|[Ff][Rr][Ii][Dd][Aa][Yy]|[Ff][Rr][Ii]|[Ss][Aa][Tt][Uu][Rr][Dd][Aa][Yy]|[Ss][Aa][Tt]|[Ss][Uu][Nn][Dd][Aa][Yy]|[Ss][Uu][Nn])(?: *- *(?:[Mm][Oo][Nn][Dd][Aa][Yy]|[Mm][Oo][Nn]|[Tt][Uu][Ee][Ss][Dd][Aa][Yy]|[Tt][Uu][Ee]|[Ww][Ee][Dd][Nn][Ee][Ss][Dd][Aa][Yy]|[Ww][Ee][Dd]|[Tt][Hh][Uu][Rr][Ss][Dd][Aa][Yy]|[Tt][Hh][Uu]|[Ff][Rr][Ii][Dd][Aa][Yy]|[Ff][Rr][Ii]|[Ss][Aa][Tt][Uu][Rr][Dd][Aa][Yy]|[Ss][Aa][Tt]|[Ss][Uu][Nn][Dd][Aa][Yy]|[Ss][Uu][Nn]))?){0,13})\\s+(?:[01]?\\d|2[0-3]):[0-5]\\d\\s*-\\s*(?:(?:[01]?\\d|2[0-3]):[0-5]\\d|24:00))\\s*$",
            patternErrorMessage: 'Not a schedule; write 24x7 or days and hours such as "Mon-Fri 08:00-18:00" (days Mon to Sun, hours 00:00 to 24:00)',
            "x-slac-rule": "schedule-format"
          }
        }
      ],
      examples: ["24x7", "Mon-Fri 08:00-18:00", ["Mon-Fri 08:00-18:00", "Sat 10:00-14:00"]]
    }
  }
};

// src/version.ts
var SLAC_VERSION = "0.1.0";

// src/validate/cache.ts
function knownId(store, blob) {
  if (store.idOf) return store.idOf(blob);
  const hit = store.get(blob);
  return hit ? hit.id ?? null : void 0;
}
function knownIds(store, blobs) {
  return store.idsOf ? store.idsOf(blobs) : blobs.map((blob) => knownId(store, blob));
}
var CACHE_FORMAT = 3;
function cacheKey(build = "", version = SLAC_VERSION, schema = sla_schema_default) {
  return createHash("sha256").update(JSON.stringify({ format: CACHE_FORMAT, version, schema, build })).digest("hex").slice(0, 16);
}
function gitBlobId(content) {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}
function cachedResult(store, blob, file, today) {
  const hit = store.get(blob);
  if (!hit || !holdsOn(hit.today, today)) return void 0;
  const result = { file, problems: hit.problems.map((p) => ({ file, ...p })) };
  if (hit.id !== void 0) result.id = hit.id;
  if (hit.unreadable) result.unreadable = true;
  if (hit.today) result.today = hit.today;
  return result;
}
function toCached(result) {
  const cached = {
    problems: result.problems.map(({ line, column, rule, message, severity }) => ({
      line,
      column,
      rule,
      message,
      severity
    }))
  };
  if (result.id !== void 0) cached.id = result.id;
  if (result.unreadable) cached.unreadable = true;
  if (result.today) cached.today = result.today;
  return cached;
}

export {
  knownIds,
  cacheKey,
  gitBlobId,
  cachedResult,
  toCached
};
