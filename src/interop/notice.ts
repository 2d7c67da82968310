// What an import or export says about each item it read: an error (the item or file could not
// be read), an item not converted (with the reason), or a note on what was left out.
import type { Position } from '../model/problem.js';

export type NoticeLevel = 'error' | 'not-converted' | 'note';

export interface Notice {
  file: string;
  line: number;
  column: number;
  level: NoticeLevel;
  /** What the notice is about: `SLO requests-latency`, `AlertPolicy low-priority`. */
  item?: string;
  message: string;
}

export function noticeAt(
  file: string,
  pos: Position,
  level: NoticeLevel,
  message: string,
  item?: string,
): Notice {
  return {
    file,
    line: pos.line,
    column: pos.column,
    level,
    message,
    ...(item !== undefined ? { item } : {}),
  };
}

const LEVEL_WORDS: Record<NoticeLevel, string> = {
  error: 'error',
  'not-converted': 'not converted',
  note: 'note',
};

/** `sloth/a.yml:12:5 not converted: SLO x: reason` */
export function formatNotice(n: Notice): string {
  const where = n.line > 0 ? `${n.file}:${n.line}:${n.column}` : n.file;
  return `${where} ${LEVEL_WORDS[n.level]}: ${n.item ? `${n.item}: ` : ''}${n.message}`;
}

export function sortNotices(notices: readonly Notice[]): Notice[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...notices].sort(
    (a, b) =>
      cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.message, b.message),
  );
}
