#!/usr/bin/env node
// Entry point of the slac command line. Run `npm run build` first: it bundles build/slac/.
import { createInterface } from 'node:readline/promises';
import { main } from '../build/slac/main.js';

// A reader that stops early (slac validate --format sarif | head) closes the pipe: what is left
// to print is not wanted, so it is dropped without a stack trace, and the command still ends
// with its own exit code.
const write = (stream, text) => {
  if (!stream.destroyed) stream.write(text);
};
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
  });
// Into a pipe, output is written as it comes (a slower reader makes slac wait), not queued in
// memory: `slac report --format json | …` of 10,000 SLAs queued its whole 45 MB otherwise.
for (const stream of [process.stdout, process.stderr])
  if (stream._type === 'pipe') stream._handle?.setBlocking?.(true);

const io = {
  cwd: process.cwd(),
  stdout: (text) => write(process.stdout, text),
  stderr: (text) => write(process.stderr, text),
  today: () => new Date().toISOString().slice(0, 10),
  env: process.env,
};

// Questions only where someone can answer them (slac init): never a wait on a pipe. The end
// of input (Ctrl-D) answers undefined: the defaults.
let lines;
if (process.stdin.isTTY && process.stdout.isTTY) {
  io.ask = (question) =>
    new Promise((resolve) => {
      if (!lines) {
        lines = createInterface({ input: process.stdin, output: process.stdout });
        // Ctrl-C stops the command before it writes anything.
        lines.on('SIGINT', () => {
          process.stderr.write('\n');
          process.exit(130);
        });
      }
      const closed = () => resolve(undefined);
      lines.once('close', closed);
      lines.question(question).then(
        (answer) => {
          lines.off('close', closed);
          resolve(answer);
        },
        () => resolve(undefined),
      );
    });
}

main(process.argv.slice(2), io)
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      write(process.stderr, `slac: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  )
  .finally(() => lines?.close());
