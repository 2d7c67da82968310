// Real git repositories in temporary folders, for tests of anything that reads git.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TempRepo {
  dir: string;
  /** Writes (or with `null`, deletes) files relative to the repository root. */
  write(files: Record<string, string | Buffer | null>): void;
  /** Copies a folder (e.g. examples/) into the repository. */
  copy(from: string, to?: string): void;
  /** Stages everything and commits; returns the commit SHA. `date` is ISO, for deterministic history. */
  commit(message: string, date?: string): string;
  git(...args: string[]): string;
  remove(): void;
}

let counter = 0;

export function makeRepo(): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'slac-repo-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: gitEnv() });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.com');
  git('config', 'commit.gpgsign', 'false');
  return {
    dir,
    write(files) {
      for (const [path, content] of Object.entries(files)) {
        const full = join(dir, path);
        if (content === null) rmSync(full, { force: true });
        else {
          mkdirSync(dirname(full), { recursive: true });
          writeFileSync(full, content);
        }
      }
    },
    copy(from, to = '.') {
      cpSync(from, join(dir, to), { recursive: true });
    },
    commit(message, date) {
      const when = date ?? `2026-01-01T00:00:${String(counter++ % 60).padStart(2, '0')}Z`;
      git('add', '-A');
      execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
        cwd: dir,
        env: { ...gitEnv(), GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
      });
      return git('rev-parse', 'HEAD').trim();
    },
    git,
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
}
