// Types of scripts/code-id.mjs, for vitest.config.ts.
export function codeId(): string;
