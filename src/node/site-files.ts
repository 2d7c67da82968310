// Writing the files of the catalog's site (src/app/render-site.ts and its page threads,
// ./render-worker.ts).
import { closeSync, constants, ftruncateSync, openSync, writeSync } from 'node:fs';

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
export function writeInPlace(path: string, content: string | Uint8Array): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT, 0o666);
  try {
    let length = 0;
    const put = (bytes: Uint8Array, size: number) => {
      let done = 0;
      while (done < size) done += writeSync(fd, bytes, done, size - done);
      length += size;
    };
    if (typeof content !== 'string') put(content, content.byteLength);
    else
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
