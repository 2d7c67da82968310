// Malformed and hostile files: each becomes an error with file, line and column — never a
// crash, a hang or a stack trace.
import { describe, expect, it } from 'vitest';
import { validateSources } from '../src/validate/index.js';
import { loadYaml, MAX_FILE_BYTES } from '../src/load/index.js';

function errorsOf(content: string | Uint8Array) {
  const result = validateSources([{ path: 'slas/bad.yaml', content }], { today: '2026-11-23' });
  for (const e of result.errors) {
    expect(e.file).toBe('slas/bad.yaml');
    expect(e.line).toBeGreaterThan(0);
    expect(e.column).toBeGreaterThan(0);
    expect(e.message).not.toMatch(/\n\s+at /);
  }
  return result.errors;
}

function first(content: string | Uint8Array): [string, number, number] {
  const e = errorsOf(content)[0];
  expect(e).toBeDefined();
  return [e?.rule ?? '', e?.line ?? 0, e?.column ?? 0];
}

const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'
    .split('')
    .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

describe('files that are not YAML mappings', () => {
  it('reports a YAML syntax error where it is', () => {
    expect(first('apiVersion: slac/v1\nkind: [unclosed\n')).toEqual(['yaml-syntax', 3, 1]);
  });

  it("names another tool's SLO file once instead of listing every foreign key", () => {
    const sloth = 'version: "prometheus/v1"\nservice: myservice\nslos:\n  - name: requests\n';
    expect(errorsOf(sloth).map((e) => [e.rule, e.line, e.column])).toEqual([
      ['sla-foreign-format', 1, 1],
    ]);
    expect(errorsOf(sloth)[0]?.message).toContain('a Sloth SLO file');
    const openslo = 'apiVersion: openslo/v1\nkind: SLO\nmetadata: { name: x }\nspec: {}\n';
    expect(errorsOf(openslo).map((e) => e.rule)).toEqual(['sla-foreign-format']);
    expect(errorsOf(openslo)[0]?.message).toContain('an OpenSLO file (apiVersion: openslo/v1)');
    // OpenSLO files are often lists of objects.
    const list = '- apiVersion: openslo/v1\n  kind: SLI\n  metadata: { name: x }\n';
    expect(errorsOf(list).map((e) => [e.rule, e.line, e.column])).toEqual([
      ['sla-foreign-format', 1, 1],
    ]);
    expect(errorsOf(list)[0]?.message).toContain('convert it with "slac import openslo FILE"');
    // A typo in slac's own apiVersion is a schema error, not another tool's file.
    expect(errorsOf('apiVersion: slac/v9\n').map((e) => e.rule)).not.toContain(
      'sla-foreign-format',
    );
  });

  it('reports an empty file', () => {
    expect(first('')).toEqual(['sla-empty', 1, 1]);
  });

  it('reports a file of only comments as empty', () => {
    expect(first('# nothing here\n')).toEqual(['sla-empty', 1, 1]);
  });

  it('reports a list instead of a mapping', () => {
    expect(first('- apiVersion: slac/v1\n')).toEqual(['sla-not-mapping', 1, 1]);
  });

  it('reports a single value instead of a mapping', () => {
    expect(first('hello\n')).toEqual(['sla-not-mapping', 1, 1]);
  });

  it('reports several documents in one file at the separator', () => {
    const [rule, line, column] = first('apiVersion: slac/v1\n---\napiVersion: slac/v1\n');
    expect([rule, line, column]).toEqual(['yaml-syntax', 2, 1]);
    expect(errorsOf('a: 1\n---\nb: 2\n')[0]?.message).toContain('one SLA');
  });

  it('reports tab indentation and says to use spaces', () => {
    expect(first('apiVersion: slac/v1\nmetadata:\n\tid: x\n')).toEqual(['yaml-syntax', 3, 1]);
    expect(errorsOf('metadata:\n\tid: x\n')[0]?.message).toContain('indent with spaces');
  });
});

describe('duplicate keys', () => {
  it('reports the second occurrence and names the key', () => {
    const content = 'apiVersion: slac/v1\nkind: ServiceLevelAgreement\napiVersion: slac/v2\n';
    expect(first(content)).toEqual(['yaml-duplicate-key', 3, 1]);
    expect(errorsOf(content)[0]?.message).toContain('duplicate key "apiVersion"');
  });

  it('finds duplicates inside nested mappings', () => {
    expect(first('metadata:\n  id: a\n  title: A\n  id: b\n')).toEqual([
      'yaml-duplicate-key',
      4,
      3,
    ]);
  });
});

describe('hostile files', () => {
  it('refuses a file larger than 1 MiB without parsing it', () => {
    const huge = 'summary: "' + 'x'.repeat(MAX_FILE_BYTES) + '"\n';
    expect(first(huge)).toEqual(['file-too-large', 1, 1]);
  });

  it('stops a "billion laughs" alias bomb', () => {
    expect(first(BILLION_LAUGHS)).toEqual(['yaml-alias-limit', 1, 1]);
  });

  it('reports invalid UTF-8 at the first bad byte', () => {
    const bytes = new Uint8Array([...Buffer.from('apiVersion: slac/v1\nkind: x'), 0xff, 0x0a]);
    expect(first(bytes)).toEqual(['yaml-encoding', 2, 8]);
  });

  it('reads ASCII, UTF-8 and a byte order mark from bytes as from the text, in any buffer', () => {
    const texts = [
      'name: plain ascii\n',
      'name: caf\u00e9 \u2713 \ud83d\ude00\n',
      '\ufeffname: x\n',
    ];
    for (const text of texts) {
      const bytes = Buffer.from(text);
      // The bytes at an offset in a larger shared buffer, as the reader thread hands them over.
      const shared = new Uint8Array(new SharedArrayBuffer(bytes.length + 8), 3, bytes.length);
      shared.set(bytes);
      for (const input of [bytes, shared]) {
        const loaded = loadYaml('a.yaml', input);
        expect(loaded.ok && loaded.text).toBe(text.replace(/^\ufeff/, ''));
      }
    }
  });

  it('reports binary garbage as not UTF-8', () => {
    const garbage = new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expect(first(garbage)[0]).toBe('yaml-encoding');
  });

  it('reports 10,000 nested brackets as too deep', () => {
    expect(first('['.repeat(10_000))).toEqual(['yaml-depth', 1, 65]);
  });

  it('reports deeply nested closed brackets as too deep', () => {
    expect(first('a: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n')).toEqual([
      'yaml-depth',
      1,
      68,
    ]);
  });

  it('reports deeply nested block mappings as too deep', () => {
    const deep = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
    expect(first(deep)[0]).toBe('yaml-depth');
  });

  it('reports a __proto__ key as an unknown key at the key', () => {
    const content = 'apiVersion: slac/v1\n__proto__: { polluted: true }\n';
    const unknown = errorsOf(content).filter((e) => e.rule === 'schema-unknown-key');
    expect(unknown.map((e) => [e.line, e.column])).toEqual([[2, 1]]);
    expect(unknown[0]?.message).toContain('"__proto__"');
  });

  it('does not let a __proto__ key pollute Object.prototype', () => {
    errorsOf('__proto__: { polluted: true }\nmetadata:\n  __proto__: { polluted: true }\n');
    const loaded = loadYaml('x.yaml', '__proto__: { polluted: true }\n');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(loaded.ok && Object.getPrototypeOf(loaded.source.data)).toBe(Object.prototype);
  });

  it('reports a mapping used as a key', () => {
    expect(first('? { a: 1 }\n: value\n')).toEqual(['yaml-key', 1, 3]);
  });

  it('keeps dates as text (YAML 1.2), so they are not turned into timestamps', () => {
    const loaded = loadYaml('x.yaml', 'from: 2026-01-01\n');
    expect(loaded.ok && loaded.source.data).toEqual({ from: '2026-01-01' });
  });
});

describe('positions stay inside the file', () => {
  /** Every error's line and column lie on a line of the text, at most one past its end. */
  function inside(content: string): void {
    const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
    for (const e of errorsOf(content)) {
      expect(e.line, e.message).toBeLessThanOrEqual(lines.length);
      expect(e.column, e.message).toBeLessThanOrEqual((lines[e.line - 1] ?? '').length + 1);
    }
  }

  it('an unclosed flow collection in a CRLF file points at the end of a line, not past its \\r', () => {
    // Found by the fuzz suite: the parser's offset lies on the \n, two past the visible end.
    inside('- {\r\n  e: [a, {b: [c,\r\n }\r\n');
    inside('a: [\r\n  b,\r\n');
  });

  it('an error at the end of input points at the last line', () => {
    inside('a: [b, {c: d\n');
    inside('a: "unterminated\r\n');
    inside('metadata: {id: x,\n');
  });
});
