import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);

// src/validate/cache.ts
import { createHash } from "node:crypto";

// schemas/sla.schema.json
var sla_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://slac.dev/schemas/sla.schema.json",
  title: "ServiceLevelAgreement",
  description: "A service level agreement kept as code (slac/v1). One file holds one SLA.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    apiVersion: {
      description: "Version of the SLA file format.",
      const: "slac/v1",
      examples: ["slac/v1"]
    },
    kind: {
      description: "Kind of document; always ServiceLevelAgreement.",
      const: "ServiceLevelAgreement",
      examples: ["ServiceLevelAgreement"]
    },
    metadata: { $ref: "#/$defs/metadata" },
    spec: { $ref: "#/$defs/spec" }
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
          description: "Stable identity of the SLA, kebab-case and unique in the repository. Diffs match SLAs by this id, not by file path.",
          type: "string",
          pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
          maxLength: 100,
          examples: ["payments-api"]
        },
        title: {
          description: "Human title of the SLA as customers see it.",
          type: "string",
          minLength: 1,
          maxLength: 200,
          examples: ["Payments API"]
        },
        owner: {
          description: 'Who must approve changes: a GitHub user "@login" or a team "@org/team-slug".',
          type: "string",
          minLength: 1,
          maxLength: 140,
          examples: ["@acme/payments", "@alice"]
        },
        tier: {
          description: "Free label for the service tier, used to filter the catalog.",
          type: "string",
          minLength: 1,
          maxLength: 50,
          examples: ["gold", "silver", "internal"]
        },
        tags: {
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
        service: { $ref: "#/$defs/service" },
        customers: {
          description: "Who this SLA is offered to.",
          type: "array",
          items: { type: "string", minLength: 1, maxLength: 200 },
          examples: [["All paid plans"]]
        },
        effective: { $ref: "#/$defs/effective" },
        review: { $ref: "#/$defs/review" },
        serviceHours: {
          $ref: "#/$defs/hours",
          description: "When the objectives apply. Allowed downtime is measured over these hours. Default: 24x7 in UTC."
        },
        objectives: {
          description: "Service level objectives: measurable, time-bound targets.",
          type: "array",
          minItems: 1,
          items: { $ref: "#/$defs/objective" }
        },
        support: { $ref: "#/$defs/support" },
        maintenance: { $ref: "#/$defs/maintenance" },
        exclusions: {
          description: "Events that do not count against the objectives. Each added exclusion weakens the SLA.",
          type: "array",
          items: { type: "string", minLength: 1, maxLength: 500 },
          examples: [["Outages caused by the customer's own systems or network"]]
        },
        credits: { $ref: "#/$defs/credits" },
        contacts: {
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
          description: "Name of the service.",
          type: "string",
          minLength: 1,
          maxLength: 200,
          examples: ["Payments API"]
        },
        summary: {
          description: "One or two sentences on what the service does for customers.",
          type: "string",
          minLength: 1,
          maxLength: 2e3,
          examples: ["Accept card and wallet payments in web and mobile checkout."]
        },
        url: {
          description: "Link to the service's documentation (https, http or mailto).",
          type: "string",
          pattern: "^(https?:|mailto:)",
          maxLength: 2e3,
          examples: ["https://docs.acme.example/payments"]
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
        from: { $ref: "#/$defs/date", description: "First day the SLA applies (ISO date)." },
        until: {
          $ref: "#/$defs/date",
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
          description: 'Review cadence: "6 months", "1 year", "90 days" or ISO 8601 ("P6M").',
          type: "string",
          minLength: 1,
          examples: ["6 months", "1 year", "P6M"]
        },
        lastReviewed: {
          $ref: "#/$defs/date",
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
        timezone: { $ref: "#/$defs/timezone" },
        schedule: { $ref: "#/$defs/schedule" }
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
          description: "Identity of the objective within the SLA, kebab-case.",
          type: "string",
          pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
          maxLength: 100,
          examples: ["uptime", "checkout-latency"]
        },
        title: {
          description: "Customer-facing title.",
          type: "string",
          minLength: 1,
          maxLength: 200,
          examples: ["Monthly uptime"]
        },
        description: {
          description: "Longer customer-facing explanation.",
          type: "string",
          maxLength: 2e3
        },
        indicator: {
          description: 'What is measured. It decides which way is better: availability, success-rate, durability, throughput are better higher; error-rate, latency, response-time, resolution-time, freshness better lower; custom declares it with `better`. freshness is how old the data a service serves may be ("warehouse tables at most 15 min behind").',
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
          description: 'The promised level: a percentage ("99.95%" or 99.95) for availability, success-rate, durability and error-rate; a duration ("300ms") for latency, response-time, resolution-time and freshness; a number with a unit ("1000 rps") for throughput.',
          type: ["string", "number"],
          examples: ["99.95%", "300ms", "1000 rps"]
        },
        percentile: {
          description: "For latency: the percentile of requests that meet the target (95 means 95% of requests).",
          type: "number",
          examples: [95, 99]
        },
        window: {
          description: 'Measurement window: a calendar week, month, quarter or year, or a rolling duration ("28d", "30d").',
          type: "string",
          minLength: 1,
          examples: ["month", "quarter", "28d"]
        },
        tolerance: { $ref: "#/$defs/tolerance" },
        measurement: {
          description: "How the indicator is measured, in words a customer can check.",
          type: "string",
          maxLength: 2e3,
          examples: [
            "A minute counts as down when more than 5% of API calls fail with a server error."
          ]
        },
        better: {
          description: "For indicator custom only: whether a higher or a lower value is better.",
          enum: ["higher", "lower"]
        },
        prometheus: { $ref: "#/$defs/prometheus" }
      }
    },
    prometheus: {
      title: "Prometheus queries",
      description: "How `slac measure` reads the objective's result for a period from Prometheus (or Thanos, Mimir, Cortex). A ratio indicator (availability, success-rate, error-rate, durability) takes `good` and `total`; any other indicator takes `value`. `{{range}}` becomes the period's length in seconds (\"2592000s\" for a 30-day month). Never shown to customers.",
      type: "object",
      additionalProperties: false,
      properties: {
        good: {
          description: "For availability, success-rate, error-rate and durability: PromQL counting the good events of the period, with `total` beside it. The value is good / total as a percentage (for error-rate the failed share, 100 - good / total x 100).",
          type: "string",
          examples: [
            'sum(increase(http_requests_total{job="payments",code!~"5.."}[{{range}}]))'
          ]
        },
        total: {
          description: "For availability, success-rate, error-rate and durability: PromQL counting all events of the period, with `good` beside it.",
          type: "string",
          examples: ['sum(increase(http_requests_total{job="payments"}[{{range}}]))']
        },
        value: {
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
          description: "The level customers hope for.",
          type: ["string", "number"],
          examples: ["99.99%"]
        },
        adequate: {
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
        hours: { $ref: "#/$defs/hours", description: "When support is staffed." },
        priorities: {
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
          description: "Name of the priority.",
          type: "string",
          minLength: 1,
          maxLength: 20,
          examples: ["P1"]
        },
        meaning: {
          description: "Which incidents get this priority.",
          type: "string",
          minLength: 1,
          maxLength: 500,
          examples: ["Payments fail for all customers"]
        },
        response: { $ref: "#/$defs/duration", description: "Time to first response." },
        resolution: {
          $ref: "#/$defs/duration",
          description: "Time to resolution or workaround."
        },
        hours: {
          $ref: "#/$defs/schedule",
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
          description: "Advance notice given before maintenance."
        },
        windows: {
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
          description: "Id of the availability objective the credits are tied to.",
          type: "string",
          minLength: 1,
          examples: ["uptime"]
        },
        tiers: {
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
          description: "Availability below which this credit applies."
        },
        credit: {
          $ref: "#/$defs/percentage",
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
          description: "Who to contact.",
          type: "string",
          minLength: 1,
          maxLength: 200
        },
        email: {
          description: "E-mail address.",
          type: "string",
          pattern: "^[^@\\s]+@[^@\\s]+$",
          maxLength: 320,
          examples: ["payments-oncall@acme.example"]
        },
        url: {
          description: "Link (https, http or mailto).",
          type: "string",
          pattern: "^(https?:|mailto:)",
          maxLength: 2e3
        },
        phone: { description: "Telephone number.", type: "string", maxLength: 50 }
      }
    },
    percentage: {
      description: 'A percentage: "99.95%" or the number 99.95.',
      type: ["string", "number"],
      examples: ["99.95%", 99.95]
    },
    duration: {
      description: 'A duration: "15m", "4h", "1h30m", "2d", "300ms" or ISO 8601 ("PT4H").',
      type: "string",
      minLength: 1,
      examples: ["15m", "4h", "1h30m", "PT4H"]
    },
    date: {
      description: "An ISO date, YYYY-MM-DD.",
      type: "string",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      examples: ["2026-06-15"]
    },
    timezone: {
      description: "An IANA time zone, e.g. UTC or Europe/Berlin.",
      type: "string",
      minLength: 1,
      examples: ["UTC", "Europe/Berlin", "America/New_York"]
    },
    schedule: {
      description: '"24x7", or days and hours "Mon-Fri 08:00-18:00" (days like Mon-Fri or Sat,Sun), or a list of those.',
      oneOf: [
        { type: "string", minLength: 1 },
        { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }
      ],
      examples: ["24x7", "Mon-Fri 08:00-18:00", ["Mon-Fri 08:00-18:00", "Sat 10:00-14:00"]]
    }
  }
};

// src/version.ts
var SLAC_VERSION = "0.1.0";

// src/validate/cache.ts
var CACHE_FORMAT = 2;
function cacheKey(build = "", version = SLAC_VERSION, schema = sla_schema_default) {
  return createHash("sha256").update(JSON.stringify({ format: CACHE_FORMAT, version, schema, build })).digest("hex").slice(0, 16);
}
function gitBlobId(content) {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
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
  cacheKey,
  gitBlobId,
  toCached
};
