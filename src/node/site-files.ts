// Writing the files of the catalog's site (src/app/render-site.ts and its page threads,
// ./render-worker.ts).
import { closeSync, constants, ftruncateSync, openSync, writeSync } from 'node:fs';

/**
 * Where each file's text is encoded before it is written, reused from file to file: writing a
 * string makes a buffer of its own for each file, and 20,000 of them (a page and a JSON file
 * per service) left the allocator holding ~100 MB more than the pages ever needed at once.
 */
let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * Writes a file over the one there without truncating it first: a site rendered again mostly
 * rewrites pages of the same length, and freeing and allocating their blocks again costs
 * several times the writing (on file systems that discard freed blocks, many times).
 */
export function writeInPlace(path: string, content: string | Uint8Array): void {
  let bytes: Uint8Array;
  let length: number;
  if (typeof content === 'string') {
    // UTF-8 takes at most 3 bytes for each UTF-16 unit.
    if (scratch.length < content.length * 3) scratch = Buffer.allocUnsafe(content.length * 3);
    length = scratch.write(content, 0, 'utf8');
    bytes = scratch;
  } else {
    bytes = content;
    length = content.byteLength;
  }
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT, 0o666);
  try {
    let done = 0;
    while (done < length) done += writeSync(fd, bytes, done, length - done);
    // Cuts off the rest of a longer file there; for one of the same length it changes nothing
    // (and costs less than asking for its size).
    ftruncateSync(fd, length);
  } finally {
    closeSync(fd);
  }
  // A large page does not keep a large buffer.
  if (scratch.length > 1 << 22) scratch = Buffer.allocUnsafe(1 << 16);
}
