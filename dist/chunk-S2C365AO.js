import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  formatWindow
} from "./chunk-GSJQI2HI.js";

// src/diff/words.ts
function hoursText(hours) {
  return `${hours.text.join(", ")} ${hours.timezone}`;
}
function windowText(window) {
  return formatWindow(window);
}
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
function quote(text, max = 120) {
  const one = text.replace(/\s+/g, " ").trim();
  return `"${one.length > max ? `${one.slice(0, max - 1)}\u2026` : one}"`;
}

export {
  hoursText,
  windowText,
  plural,
  quote
};
