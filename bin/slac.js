#!/usr/bin/env node
// Entry point of the slac command line. Run `npm run build` first: it bundles build/slac/.
import { main } from '../build/slac/main.js';

const io = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: () => new Date().toISOString().slice(0, 10),
  env: process.env,
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`slac: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
