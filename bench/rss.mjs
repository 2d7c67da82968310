// Preloaded into each measured child process (node --import): on exit, writes the process's
// peak resident set size (KiB) to the file named by BENCH_RSS_FILE. Read from VmHWM in
// /proc/self/status where there is one: `process.resourceUsage().maxRSS` (getrusage) keeps,
// across exec, the peak of the process that forked it — the bench itself, which holds large
// outputs — so small commands measured after large ones showed the bench's peak, not theirs.
import { readFileSync, writeFileSync } from 'node:fs';

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    let kib = process.resourceUsage().maxRSS;
    try {
      const hwm = /^VmHWM:\s*(\d+)\s*kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
      if (hwm) kib = Number(hwm[1]);
    } catch {
      // No /proc: getrusage's figure.
    }
    writeFileSync(target, String(kib));
  });
}
