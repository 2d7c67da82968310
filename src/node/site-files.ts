// Writing the files of the catalog's site (src/app/render-site.ts and its page threads,
// ./render-worker.ts).
import { closeSync, constants, ftruncateSync, openSync, writeSync } from 'node:fs';
import type { SiteContent } from '../render/index.js';

/** How many UTF-16 units of a text are encoded at a time (into at most three times the bytes). */
const PIECE = 1 << 16;

/**
 * Where each file's text is encoded before it is written, a piece at a time, reused from file
 * to file: writing a string makes a buffer of its own for each file (20,000 of them, a page
 * and a JSON file per service, left the allocator holding ~100 MB more than the pages ever
 * needed at once), and the index of 10,000 services is a text of 11 MB or more.
 */
const scratch = Buffer.allocUnsafe(3 * PIECE);

/**
 * Writes a file over the one there without truncating it first: a site rendered again mostly
 * rewrites pages of the same length, and freeing and allocating their blocks again costs
 * several times the writing (on file systems that discard freed blocks, many times).
 */
export function writeInPlace(path: string, content: SiteContent): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT, 0o666);
  try {
    let length = 0;
    const put = (bytes: Uint8Array, size: number) => {
      let done = 0;
      while (done < size) done += writeSync(fd, bytes, done, size - done);
      length += size;
    };
    if (Array.isArray(content)) {
      // Small pieces are gathered in the scratch buffer: a write each would be 10,000 calls.
      let held = 0;
      for (const piece of content as readonly Uint8Array[]) {
        if (held + piece.byteLength > scratch.byteLength) {
          put(scratch, held);
          held = 0;
        }
        if (piece.byteLength > scratch.byteLength) put(piece, piece.byteLength);
        else {
          scratch.set(piece, held);
          held += piece.byteLength;
        }
      }
      put(scratch, held);
    } else if (content instanceof Uint8Array) put(content, content.byteLength);
    else if (typeof content === 'string')
      for (let at = 0; at < content.length;) {
        let end = Math.min(content.length, at + PIECE);
        // A piece never ends between the two halves of a surrogate pair.
        const last = content.charCodeAt(end - 1);
        if (end < content.length && last >= 0xd800 && last <= 0xdbff) end--;
        put(scratch, scratch.write(content.slice(at, end), 0, 'utf8'));
        at = end;
      }
    // Cuts off the rest of a longer file there; for one of the same length it changes nothing
    // (and costs less than asking for its size).
    ftruncateSync(fd, length);
  } finally {
    closeSync(fd);
  }
}
