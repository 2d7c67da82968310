// Checks the fake GitHub's answers against GitHub's own OpenAPI description, so that the
// action is tested against the shapes the real API gives.
import { Ajv, type ValidateFunction } from 'ajv';
import { expect } from 'vitest';
import { openApi, responseSchema, type FakeGitHub } from './github-server.js';

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/**
 * OpenAPI's `nullable` beside a `$ref` or `anyOf` (no `type`), which ajv refuses, as JSON
 * Schema says it: the schema or null.
 */
function typelessNullable(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(typelessNullable);
  if (!schema || typeof schema !== 'object') return schema;
  const out = Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, typelessNullable(v)]),
  ) as Record<string, unknown>;
  if (out.nullable === true && !('type' in out)) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

/** Every successful answer of the fake has the shape GitHub's OpenAPI description gives it. */
export function expectGitHubShapes(fake: FakeGitHub) {
  ajv ??= new Ajv({ strict: false, validateFormats: false, allErrors: true }).addSchema({
    ...(typelessNullable(openApi()) as object),
    $id: 'gh',
  });
  for (const r of fake.requests) {
    if (r.status >= 300 || !r.route) continue;
    const schema = responseSchema(r.route, r.method, r.status);
    const key = `${r.method} ${r.route} ${r.status}`;
    let validate = validators.get(key);
    if (!validate) {
      const rebased = typelessNullable(
        JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"gh#/components/')),
      ) as object;
      validate = ajv.compile(rebased);
      validators.set(key, validate);
    }
    expect(validate(r.response), `${r.method} ${r.path}: ${ajv.errorsText(validate.errors)}`).toBe(
      true,
    );
  }
}
