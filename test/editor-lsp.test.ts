// The editor experience, end to end: the real yaml-language-server (the server behind the
// YAML extension of VS Code and other editors) reads an SLA file with the schema modeline,
// over LSP on stdio, as an editor does. The schema is the local file: no network.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startYamlLanguageServer, type Diagnostic, type LanguageServer } from './helpers/lsp.js';

const SCHEMA = pathToFileURL(resolve('schemas/sla.schema.json')).href;

/** An SLA with the mistakes people make in their first hour (line numbers from 0). */
const MISTAKES = `# yaml-language-server: $schema=${SCHEMA}
apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: payments-api
  title: Payments API
  owner: globex/netops
spec:
  service:
    name: Payments API
    summary: Accept card payments.
  effective: { from: 2026-01-01 }
  review: { every: 90 days, lastReviewed: 2026-06-15 }
  serviceHours:
    timezone: UTC
    schedule: Mon-Fri 8-18
  objectives:
    - id: uptime
      title: Monthly uptime
      indicator: availability
      target: 99,95%
      window: monthly
      colour: green
    - id: checkout-latency
      title: Fast checkout responses
      indicator: latency
      percentile: 95
      target: 300ms
      window: 30 days
  support:
    priorities:
      - level: P1
        meaning: Payments fail for all customers
        response: 15 minutes
        resolution: 4 hours
`;
const line = (text: string) => MISTAKES.split('\n').findIndex((l) => l.includes(text));

describe('yaml-language-server with the SLA schema', () => {
  let server: LanguageServer;
  let dir: string;
  let uri: string;
  let diagnostics: Diagnostic[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'slac-lsp-'));
    const file = join(dir, 'payments-api.yaml');
    writeFileSync(file, MISTAKES);
    uri = pathToFileURL(file).href;
    const settings = {
      yaml: {
        validate: true,
        hover: true,
        completion: true,
        // Only the modeline's schema: no catalog download from SchemaStore.
        schemaStore: { enable: false },
      },
    };
    server = startYamlLanguageServer(settings);
    await server.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { documentationFormat: ['markdown'] } },
        },
      },
    });
    server.notify('initialized', {});
    server.notify('workspace/didChangeConfiguration', { settings });
    const published = server.diagnostics(uri);
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: 1, text: MISTAKES },
    });
    diagnostics = await published;
  }, 30_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('flags each mistake on its line with the words slac uses, and nothing else', () => {
    const found = diagnostics
      .map((d) => ({ line: d.range.start.line, message: d.message }))
      .sort((a, b) => a.line - b.line);
    expect(found).toEqual([
      {
        line: line('owner: globex/netops'),
        message: expect.stringMatching(/^Not a GitHub user "@login" or team "@org\/team-slug"/),
      },
      { line: line('schedule: Mon-Fri 8-18'), message: expect.stringMatching(/^Not a schedule;/) },
      { line: line('target: 99,95%'), message: expect.stringMatching(/^Not a percentage;/) },
      {
        line: line('window: monthly'),
        message: expect.stringMatching(/^Not a window; write week, month, quarter, year/),
      },
      { line: line('colour: green'), message: expect.stringContaining('colour') },
    ]);
    // The patterns themselves never reach the author.
    for (const d of diagnostics) expect(d.message).not.toMatch(/\^|\\s|\(\?:/);
  });

  it('accepts the unit words slac accepts: 90 days, 30 days, 15 minutes, 4 hours', () => {
    const lines = diagnostics.map((d) => d.range.start.line);
    for (const text of ['every: 90 days', 'window: 30 days', 'response: 15 minutes', '4 hours'])
      expect(lines).not.toContain(line(text));
  });

  it("shows a field's own title and description on hover, with markdown rendered", async () => {
    const at = line('window: monthly');
    const hover = await server.request<{ contents: { kind: string; value: string } }>(
      'textDocument/hover',
      { textDocument: { uri }, position: { line: at, character: 8 } },
    );
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toMatch(/^#### Window\n/);
    expect(hover.contents.value).toContain('Measurement window: a calendar week, month');
    expect(hover.contents.value).not.toContain('#### Objective');

    const indicator = await server.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: line('indicator: availability'), character: 8 },
    });
    expect(indicator.contents.value).toMatch(/^#### Indicator\n/);
    expect(indicator.contents.value).toContain('custom declares it with `better`');
    expect(indicator.contents.value).not.toContain('\\`');
  });

  it('completes a window with every calendar window and common rolling ones', async () => {
    const at = line('window: 30 days');
    const completion = await server.request<{ items: Array<{ label: string }> }>(
      'textDocument/completion',
      { textDocument: { uri }, position: { line: at, character: '      window: '.length } },
    );
    const labels = completion.items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['week', 'month', 'quarter', 'year']));
    expect(labels).toEqual(expect.arrayContaining(['7d', '28d', '30d', '90d']));
  });

  it('finds nothing to flag in an example SLA', async () => {
    const file = resolve('examples/slas/payments-api.yaml');
    const example = pathToFileURL(file).href;
    const published = server.diagnostics(example);
    server.notify('textDocument/didOpen', {
      textDocument: {
        uri: example,
        languageId: 'yaml',
        version: 1,
        text: readFileSync(file, 'utf8'),
      },
    });
    expect(await published).toEqual([]);
  });
});
