import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  article,
  sortProblems
} from "./chunk-BLEPBWJI.js";
import {
  CONFIG_FILE,
  checkSchema,
  closest,
  defaultConfig,
  loadYaml
} from "./chunk-IVPEN3YP.js";
import {
  CALENDAR_SECONDS,
  MINUTES_PER_WEEK,
  __commonJS,
  __toESM,
  formatDuration,
  formatPercent,
  parseCadence,
  parseDuration,
  parsePercent,
  parseQuantity,
  parseSchedule,
  parseWindow,
  roundPercent,
  scheduleEntryParts,
  windowPhrase
} from "./chunk-MPHHO6IK.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/model/words.ts
var DAY_WORDS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
function formatMeasure(m) {
  if (m.kind === "percent") return formatPercent(m.value);
  if (m.kind === "duration") return formatDuration(m.seconds);
  return m.unit ? `${Number(m.value.toFixed(6))} ${m.unit}` : String(Number(m.value.toFixed(6)));
}
function allowedDowntimeSeconds(targetPercent, window, minutesPerWeek = MINUTES_PER_WEEK) {
  const share = Math.min(1, Math.max(0, minutesPerWeek / MINUTES_PER_WEEK));
  return Math.max(0, (1 - targetPercent / 100) * window.seconds * share);
}
function hoursPerWeekPhrase(minutesPerWeek) {
  const hours = Math.floor(minutesPerWeek / 60);
  const minutes = Math.round(minutesPerWeek - hours * 60);
  return `${hours} h${minutes > 0 ? ` ${minutes} min` : ""} a week`;
}
function downtimeWords(targetPercent, window, minutesPerWeek = MINUTES_PER_WEEK) {
  const seconds = allowedDowntimeSeconds(targetPercent, window, minutesPerWeek);
  const limited = minutesPerWeek < MINUTES_PER_WEEK ? ", counted during service hours" : "";
  if (seconds <= 0) return `no downtime at all ${windowPhrase(window)}${limited}`;
  return `at most ${formatDuration(seconds)} of downtime ${windowPhrase(window)}${limited}`;
}
var MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
function durationWords(seconds) {
  if (seconds > 0 && seconds < 1) return count(Math.round(seconds * 1e3), "millisecond");
  let rest = Math.round(seconds);
  if (rest === 0) return "no time";
  const parts = [];
  for (const [unit, size] of [
    ["day", 86400],
    ["hour", 3600],
    ["minute", 60],
    ["second", 1]
  ]) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(count(n, unit));
    rest -= n * size;
  }
  return parts.join(" ");
}
function shortDuration(seconds) {
  if (seconds > 0 && seconds < 1) return `${Number((seconds * 1e3).toFixed(3))} ms`;
  if (seconds < 3600 && !Number.isInteger(seconds)) return `${Number(seconds.toFixed(3))} s`;
  return formatDuration(seconds);
}
function windowWords(window) {
  if (window.kind === "calendar") return `each ${window.unit}`;
  const days = window.seconds / 86400;
  if (Number.isInteger(days)) return days === 1 ? "over any day" : `over any ${days} days`;
  return `over any ${durationWords(window.seconds)}`;
}
function zoneWords(timezone) {
  if (/^(UTC|GMT|Etc\/UTC)$/i.test(timezone)) return "UTC";
  const city = timezone.split("/").pop() ?? timezone;
  return `${city.replace(/_/g, " ")} time`;
}
function hoursWords(hours) {
  if (hours.always || hours.text.some((t) => /^\s*24\s*(x|\/)\s*7\s*$/i.test(t))) {
    return "around the clock";
  }
  const parts = hours.text.map(scheduleEntryWords);
  return `${joinList(parts)} ${zoneWords(hours.timezone)}`;
}
function scheduleEntryWords(entry) {
  const m = scheduleEntryParts(entry.trim());
  if (!m) return entry.trim();
  const time = (h, min) => `${h.padStart(2, "0")}:${min}`;
  const from = time(m[2], m[3]);
  const to = time(m[4], m[5]);
  const overnight = to <= from && to !== "00:00" ? " the next day" : "";
  const clock = from === "00:00" && (to === "24:00" || to === "00:00") ? "all day" : `${from}\u2013${to}${overnight}`;
  return `${daysWords(m[1])}, ${clock}`;
}
function daysWords(spec) {
  const lower = spec.trim().toLowerCase();
  if (lower === "daily" || lower === "every day") return "every day";
  const pieces = spec.split(",").map((piece) => {
    const [from, to] = piece.split("-").map((d) => dayWord(d.trim()));
    if (to && to !== from) return `${from} to ${to}`;
    return from ?? piece.trim();
  });
  return joinList(pieces);
}
function dayWord(abbrev) {
  const i = DAY_WORDS.findIndex(
    (d) => d.slice(0, 3).toLowerCase() === abbrev.slice(0, 3).toLowerCase()
  );
  return i === -1 ? abbrev : DAY_WORDS[i];
}
function joinList(items) {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function groupDigits(n) {
  const [int, frac] = String(n).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}
function oneIn(percent) {
  const share = roundPercent(percent);
  if (share <= 0 || share >= 100) return void 0;
  const n = 100 / share;
  const round = Number(n.toPrecision(3));
  if (Math.abs(n - round) / n > 1e-3) return void 0;
  return `1 in ${groupDigits(round)}`;
}
function latencyWords(percentile, seconds) {
  const share = percentile === void 0 ? "Requests" : `${formatPercent(percentile)} of requests`;
  return `${share} answered within ${shortDuration(seconds)}`;
}
function measureWords(m) {
  if (m.kind === "duration") return durationWords(m.seconds);
  if (m.kind === "quantity")
    return m.unit ? `${groupDigits(m.value)} ${m.unit}` : groupDigits(m.value);
  return formatMeasure(m);
}
function measureFigure(m) {
  if (m.kind === "duration") return shortDuration(m.seconds);
  return formatMeasure(m);
}
function count(n, unit) {
  return `${n} ${n === 1 ? unit : `${unit}s`}`;
}
function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// src/model/indicators.ts
function durationShort(m) {
  return m.kind === "duration" ? shortDuration(m.seconds) : measureWords(m);
}
function durationLong(m) {
  return m.kind === "duration" ? durationWords(m.seconds) : measureWords(m);
}
function declaredWords(o) {
  const how = o.better === "lower" ? "at most" : "at least";
  return `${capitalize(how)} ${measureWords(o.target)}, measured ${windowWords(o.window)}.`;
}
function declaredPerformance(o, value) {
  return {
    measured: `we measured ${measureWords(value)}`,
    commit: `${o.better === "lower" ? "at most" : "at least"} ${measureWords(o.target)}`
  };
}
var SHARE_OF_GOOD = {
  direction: "higher",
  target: "percent",
  fractionProne: true,
  percentile: "refused",
  ratio: "good",
  budget: "complement"
};
var TIME_TAKEN = {
  direction: "lower",
  target: "duration",
  fractionProne: false,
  percentile: "refused",
  credits: false,
  ratio: null,
  budget: "none",
  allowance: null
};
var INDICATORS = {
  availability: {
    ...SHARE_OF_GOOD,
    credits: true,
    allowance: "downtime",
    catalogWords(o, serviceHours) {
      if (o.target.kind !== "percent") return void 0;
      const minutes = serviceHours.schedule.minutesPerWeek;
      const hours = minutes < MINUTES_PER_WEEK ? ` during service hours (${hoursWords(serviceHours)})` : "";
      return `Available ${formatPercent(o.target.value)} of the time${hours}: ${downtimeWords(o.target.value, o.window, minutes)}.`;
    },
    performanceWords: (o, value, { limitedHours, downtime }) => ({
      measured: `the service was available ${measureFigure(value)} of the time${limitedHours ? " during service hours" : ""}${downtime ? `, ${downtime} of downtime` : ""}`,
      commit: measureFigure(o.target)
    })
  },
  "success-rate": {
    ...SHARE_OF_GOOD,
    credits: false,
    allowance: "failed-requests",
    catalogWords(o) {
      if (o.target.kind !== "percent") return void 0;
      const fail = oneIn(100 - o.target.value);
      return `At least ${formatPercent(o.target.value)} of requests succeed ${windowWords(o.window)}${fail ? `: at most ${fail} fails` : ""}.`;
    },
    performanceWords: (o, value) => ({
      measured: `${measureFigure(value)} of requests succeeded`,
      commit: `at least ${measureFigure(o.target)}`
    })
  },
  durability: {
    ...SHARE_OF_GOOD,
    credits: false,
    allowance: null,
    catalogWords(o) {
      if (o.target.kind !== "percent") return void 0;
      const lost = oneIn(100 - o.target.value);
      return `${formatPercent(o.target.value)} of stored data is kept safe ${windowWords(o.window)}${lost ? `: at most ${lost} objects lost` : ""}.`;
    },
    performanceWords: (o, value) => ({
      measured: `${measureFigure(value)} of stored data was kept safe`,
      commit: `at least ${measureFigure(o.target)}`
    })
  },
  "error-rate": {
    direction: "lower",
    target: "percent",
    fractionProne: false,
    percentile: "refused",
    credits: false,
    ratio: "failed",
    budget: "direct",
    allowance: "failed-requests",
    catalogWords(o) {
      if (o.target.kind !== "percent") return void 0;
      const fail = oneIn(o.target.value);
      return `At most ${formatPercent(o.target.value)} of requests fail ${windowWords(o.window)}${fail ? ` (${fail})` : ""}.`;
    },
    performanceWords: (o, value) => ({
      measured: `${measureFigure(value)} of requests failed`,
      commit: `at most ${measureFigure(o.target)}`
    })
  },
  latency: {
    ...TIME_TAKEN,
    percentile: "required",
    catalogWords(o) {
      if (o.target.kind !== "duration") return void 0;
      return `${latencyWords(o.percentile, o.target.seconds)}, measured ${windowWords(o.window)}.`;
    },
    targetChangeWords(_b, h, worse, before, after) {
      const share = h.percentile !== void 0 ? `${h.percentile}% of requests` : "requests";
      return `${share} must complete within ${after} instead of ${before}${worse ? ", slower than before" : ", faster than before"}`;
    },
    figure: (o, target) => o.percentile !== void 0 ? `p${o.percentile} \u2264 ${target}` : void 0,
    performanceWords: (o, value) => ({
      measured: `${o.percentile === void 0 ? "requests were" : `${o.percentile}% of requests were`} answered within ${durationShort(value)}`,
      commit: durationShort(o.target)
    })
  },
  throughput: {
    direction: "higher",
    target: "quantity",
    fractionProne: false,
    percentile: "refused",
    credits: false,
    ratio: null,
    budget: "none",
    allowance: null,
    catalogWords: (o) => `At least ${measureWords(o.target)} sustained, measured ${windowWords(o.window)}.`,
    performanceWords: (o, value) => ({
      measured: `the service sustained ${measureWords(value)}`,
      commit: `at least ${measureWords(o.target)}`
    })
  },
  "response-time": {
    ...TIME_TAKEN,
    catalogWords(o) {
      if (o.target.kind !== "duration") return void 0;
      return `A first response within ${durationWords(o.target.seconds)}, measured ${windowWords(o.window)}.`;
    },
    targetChangeWords: (_b, _h, _worse, before, after) => `customers may wait up to ${after} instead of ${before}`,
    performanceWords: (o, value) => ({
      measured: `the first response came within ${durationLong(value)}`,
      commit: durationLong(o.target)
    })
  },
  "resolution-time": {
    ...TIME_TAKEN,
    catalogWords(o) {
      if (o.target.kind !== "duration") return void 0;
      return `Resolved within ${durationWords(o.target.seconds)}, measured ${windowWords(o.window)}.`;
    },
    targetChangeWords: (_b, _h, _worse, before, after) => `customers may wait up to ${after} instead of ${before}`,
    performanceWords: (o, value) => ({
      measured: `issues were resolved within ${durationLong(value)}`,
      commit: durationLong(o.target)
    })
  },
  freshness: {
    ...TIME_TAKEN,
    catalogWords(o) {
      if (o.target.kind !== "duration") return void 0;
      return `Data at most ${durationWords(o.target.seconds)} old, measured ${windowWords(o.window)}.`;
    },
    targetChangeWords: (_b, _h, _worse, before, after) => `the data customers get may be up to ${after} old instead of ${before}`,
    performanceWords: (o, value) => ({
      measured: `the data was at most ${durationLong(value)} old`,
      commit: `at most ${durationLong(o.target)}`
    })
  },
  custom: {
    direction: "declared",
    target: "any",
    fractionProne: false,
    percentile: "refused",
    credits: false,
    ratio: null,
    budget: "declared",
    allowance: null,
    catalogWords: () => void 0,
    performanceWords: declaredPerformance
  }
};
var INDICATOR_NAMES = Object.keys(INDICATORS);
function directionOf(indicator, better) {
  const d = INDICATORS[indicator].direction;
  return d === "declared" ? better : d;
}
function targetKindOf(indicator) {
  return INDICATORS[indicator].target;
}
function isRatioIndicator(indicator) {
  return INDICATORS[indicator].ratio !== null;
}
function objectiveWords(o, serviceHours) {
  return INDICATORS[o.indicator].catalogWords(o, serviceHours) ?? declaredWords(o);
}
function performanceWords(o, value, context) {
  return INDICATORS[o.indicator].performanceWords(o, value, context);
}
function hasDowntimeBudget(o) {
  return INDICATORS[o.indicator].allowance === "downtime" && o.target.kind === "percent";
}
function objectiveAllowance(o, minutesPerWeek) {
  if (o.target.kind !== "percent") return void 0;
  const spec = INDICATORS[o.indicator];
  const per = windowPhrase(o.window);
  if (spec.allowance === "downtime") {
    const seconds = allowedDowntimeSeconds(o.target.value, o.window, minutesPerWeek);
    const within = minutesPerWeek < MINUTES_PER_WEEK ? ` within ${hoursPerWeekPhrase(minutesPerWeek)} of service hours` : "";
    return {
      what: "allowed downtime",
      text: `${formatDuration(seconds)} ${per}${within}`,
      short: formatDuration(seconds),
      amount: seconds
    };
  }
  if (spec.allowance === "failed-requests") {
    const failed = spec.direction === "higher" ? 100 - o.target.value : o.target.value;
    return {
      what: "allowed failures",
      text: `${formatPercent(failed)} of requests ${per}`,
      short: formatPercent(failed),
      amount: failed
    };
  }
  return void 0;
}
function budgetFormulaOf(o) {
  if (o.target.kind !== "percent") return null;
  const budget = INDICATORS[o.indicator].budget;
  if (budget === "declared") return o.better === "higher" ? "complement" : "direct";
  return budget === "none" ? null : budget;
}

// src/model/sla.ts
function magnitude(m) {
  return m.kind === "duration" ? m.seconds : m.value;
}
function normalizeSla(raw) {
  const issues = [];
  const take = (parsed, path, key, rule, what, fallback) => {
    if (parsed.ok) return parsed.value;
    issues.push({ path: [...path, key], rule, message: `${what} ${parsed.reason}` });
    return fallback;
  };
  const spec = raw.spec;
  const hours = (h, path) => {
    if (!h) return { timezone: "UTC", schedule: always(), text: ["24x7"] };
    const text = Array.isArray(h.schedule) ? [...h.schedule] : [h.schedule];
    const schedule = take(
      parseSchedule(h.schedule),
      path,
      "schedule",
      "schedule-format",
      "schedule",
      ALWAYS
    );
    return { timezone: h.timezone ?? "UTC", schedule, text };
  };
  const objectives = spec.objectives.map((o, i) => {
    const path = ["spec", "objectives", i];
    const objective = {
      id: o.id,
      title: o.title,
      indicator: o.indicator,
      target: parseMeasure(o.indicator, o.target, path, "target", "target", issues),
      window: take(parseWindow(o.window), path, "window", "window-format", "window", MONTH)
    };
    const better = directionOf(o.indicator, o.better);
    if (better) objective.better = better;
    if (o.description !== void 0) objective.description = o.description;
    if (o.percentile !== void 0) objective.percentile = o.percentile;
    if (o.measurement !== void 0) objective.measurement = o.measurement;
    const prometheus = o.prometheus && prometheusQuery(o.indicator, o.prometheus);
    if (prometheus) objective.prometheus = prometheus;
    if (o.tolerance) {
      const tolerance = [...path, "tolerance"];
      objective.tolerance = {
        desired: parseMeasure(
          o.indicator,
          o.tolerance.desired,
          tolerance,
          "desired",
          "tolerance.desired",
          issues
        ),
        adequate: parseMeasure(
          o.indicator,
          o.tolerance.adequate,
          tolerance,
          "adequate",
          "tolerance.adequate",
          issues
        )
      };
    }
    return objective;
  });
  const sla = {
    id: raw.metadata.id,
    title: raw.metadata.title,
    owner: raw.metadata.owner,
    tags: [...raw.metadata.tags ?? []],
    service: { ...spec.service },
    customers: [...spec.customers ?? []],
    effective: { ...spec.effective },
    serviceHours: hours(spec.serviceHours, ["spec", "serviceHours"]),
    objectives,
    exclusions: [...spec.exclusions ?? []],
    contacts: (spec.contacts ?? []).map((c) => ({ ...c }))
  };
  if (raw.metadata.tier !== void 0) sla.tier = raw.metadata.tier;
  if (spec.review) {
    sla.review = {
      every: take(
        parseCadence(spec.review.every),
        ["spec", "review"],
        "every",
        "review-cadence",
        "review.every",
        { months: 12, days: 0 }
      ),
      everyText: spec.review.every,
      lastReviewed: spec.review.lastReviewed
    };
  }
  if (spec.support) {
    const support = {
      priorities: (spec.support.priorities ?? []).map((p, i) => {
        const path = ["spec", "support", "priorities", i];
        const priority = {
          level: p.level,
          meaning: p.meaning,
          response: take(
            parseDuration(p.response),
            path,
            "response",
            "duration-format",
            "response",
            0
          )
        };
        if (p.resolution !== void 0) {
          priority.resolution = take(
            parseDuration(p.resolution),
            path,
            "resolution",
            "duration-format",
            "resolution",
            0
          );
        }
        if (p.hours !== void 0) {
          priority.hours = {
            schedule: take(
              parseSchedule(p.hours),
              path,
              "hours",
              "schedule-format",
              "hours",
              ALWAYS
            ),
            text: Array.isArray(p.hours) ? [...p.hours] : [p.hours]
          };
        }
        return priority;
      })
    };
    if (spec.support.hours) support.hours = hours(spec.support.hours, ["spec", "support", "hours"]);
    sla.support = support;
  }
  if (spec.maintenance) {
    const m = {
      windows: (spec.maintenance.windows ?? []).map(
        (w, i) => hours(w, ["spec", "maintenance", "windows", i])
      )
    };
    if (spec.maintenance.notice !== void 0) {
      m.notice = take(
        parseDuration(spec.maintenance.notice),
        ["spec", "maintenance"],
        "notice",
        "duration-format",
        "maintenance.notice",
        0
      );
    }
    sla.maintenance = m;
  }
  if (spec.credits) {
    sla.credits = {
      objective: spec.credits.objective,
      tiers: spec.credits.tiers.map((t, i) => {
        const path = ["spec", "credits", "tiers", i];
        return {
          below: take(parsePercent(t.below), path, "below", "percent-format", "below", 0),
          credit: take(parsePercent(t.credit), path, "credit", "percent-format", "credit", 0)
        };
      })
    };
  }
  return { sla, issues };
}
function prometheusQuery(indicator, q) {
  if (isRatioIndicator(indicator)) {
    if (q.good === void 0 || q.total === void 0 || q.value !== void 0) return void 0;
    return { kind: "ratio", good: q.good, total: q.total };
  }
  if (q.value === void 0 || q.good !== void 0 || q.total !== void 0) return void 0;
  return { kind: "value", value: q.value };
}
function always() {
  const s = parseSchedule("24x7");
  if (!s.ok) throw new Error("unreachable: 24x7 parses");
  return s.value;
}
var ALWAYS = always();
var MONTH = Object.freeze({ kind: "calendar", unit: "month", seconds: 2629746 });
function parseObjectiveValue(o, value) {
  const issues = [];
  const m = parseMeasure(o.indicator, value, [], "value", "value", issues);
  if (issues[0]) return { ok: false, reason: issues[0].message };
  const t = o.target;
  if (m.kind !== t.kind)
    return {
      ok: false,
      reason: `value "${value}" is ${KIND_WORDS[m.kind]}, but objective "${o.id}" has ${KIND_WORDS[t.kind]} target; write the value as the target is written`
    };
  if (m.kind === "quantity" && t.kind === "quantity" && m.unit !== t.unit)
    return {
      ok: false,
      reason: `value "${value}" is in ${m.unit ? `"${m.unit}"` : "no unit"}, but objective "${o.id}" counts in ${t.unit ? `"${t.unit}"` : "no unit"}; write the value in the target's unit`
    };
  if (m.kind === "percent" && (m.value < 0 || m.value > 100))
    return { ok: false, reason: `value ${value} is not a percentage from 0% to 100%` };
  if (m.kind === "duration" && m.seconds < 0)
    return { ok: false, reason: `value "${value}" is a negative duration` };
  return { ok: true, value: m };
}
var KIND_WORDS = {
  percent: "a percentage",
  duration: "a duration",
  quantity: "a number"
};
function parseMeasure(indicator, value, path, key, what, issues) {
  const kind = targetKindOf(indicator);
  if (kind === "percent") {
    const p = parsePercent(value);
    if (p.ok) return { kind: "percent", value: p.value };
    const d2 = typeof value === "string" ? parseDuration(value) : p;
    targetIssue(
      issues,
      path,
      key,
      d2.ok ? `${what} of ${article(indicator)} objective must be a percentage such as 99.9%, not the duration "${value}"` : `${what} ${p.reason}`
    );
    return { kind: "percent", value: 0 };
  }
  if (kind === "duration") {
    const d2 = parseDuration(value);
    if (d2.ok) return { kind: "duration", seconds: d2.value };
    targetIssue(
      issues,
      path,
      key,
      typeof value === "number" || /%\s*$/.test(String(value)) ? `${what} of ${article(indicator)} objective must be a duration such as 300ms or 15m, not "${value}"` : `${what} ${d2.reason}`
    );
    return { kind: "duration", seconds: 0 };
  }
  if (kind === "quantity") {
    const q2 = parseQuantity(value);
    if (q2.ok && !/%\s*$/.test(String(value))) return { kind: "quantity", ...q2.value };
    targetIssue(
      issues,
      path,
      key,
      `${what} of ${article(indicator)} objective must be a number with a unit such as 1000 rps, not "${value}"`
    );
    return { kind: "quantity", value: 0, unit: "" };
  }
  if (typeof value === "string" && /%\s*$/.test(value)) {
    const p = parsePercent(value);
    if (p.ok) return { kind: "percent", value: p.value };
  }
  const d = typeof value === "string" ? parseDuration(value) : void 0;
  if (d?.ok) return { kind: "duration", seconds: d.value };
  const q = parseQuantity(value);
  if (q.ok) return { kind: "quantity", ...q.value };
  targetIssue(issues, path, key, `${what} ${q.reason}`);
  return { kind: "quantity", value: 0, unit: "" };
}
function targetIssue(issues, path, key, message) {
  issues.push({ path: [...path, key], rule: "objective-target-type", message });
}

// src/repo/tree.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { existsSync, lstatSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function inSkippedFolder(path) {
  for (let start = 0; ; ) {
    const slash = path.indexOf("/", start);
    if (slash < 0) return false;
    if (SKIP_DIRS.has(path.slice(start, slash))) return true;
    start = slash + 1;
  }
}
function slaMatcher(globs) {
  const literal = new Set(globs);
  const patterns = globs.map((glob) => import_picomatch.default.makeRe(glob, { dot: false }));
  return (path) => (literal.has(path) || patterns.some((re) => re.test(path))) && !inSkippedFolder(path);
}
function walk(dir, prefix, out) {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (prefix !== "" && entries.some((e) => e.name === ".git")) return;
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), `${prefix}${entry.name}/`, out);
    } else if (entry.isFile()) {
      out.push(prefix + entry.name);
    }
  }
}
async function readFolderConfig(root) {
  const configText = await readFile(join(root, CONFIG_FILE)).catch(() => void 0);
  const { config, problems } = configText === void 0 ? { config: defaultConfig(), problems: [] } : (await import("./chunk-RQMW7GEU.js")).parseConfig(CONFIG_FILE, configText);
  return { config, problems, hasConfig: configText !== void 0 };
}
async function listWorkingTree(root, folder) {
  const { config, problems, hasConfig } = folder ?? await readFolderConfig(root);
  const paths = [];
  walk(root, "", paths);
  const isSla = slaMatcher(config.slas);
  return {
    config,
    configProblems: problems,
    hasConfig,
    slaPaths: paths.filter(isSla).sort(),
    allPaths: paths.sort()
  };
}
function listSelected(root, globs) {
  const select = slaMatcher(globs);
  const bases = new Set(globs.map((g) => import_picomatch.default.scan(g).base));
  const paths = [];
  for (const base of [...bases].sort()) {
    if (base === "") {
      walk(root, "", paths);
      break;
    }
    if (!existsSync(join(root, base))) continue;
    const info = lstatSync(join(root, base));
    if (info.isSymbolicLink()) continue;
    if (!info.isDirectory()) {
      paths.push(base);
      continue;
    }
    walk(join(root, base), `${base}/`, paths);
  }
  return [...new Set(paths)].filter(select).sort();
}
async function readWorkingTree(root) {
  const { slaPaths, ...tree } = await listWorkingTree(root);
  const files = await Promise.all(
    slaPaths.map(async (path) => ({ path, content: await readFile(join(root, path)) }))
  );
  return { ...tree, files };
}
function noSlaFiles(config, hasConfig) {
  const globs = config.slas.map((g) => `"${g}"`).join(", ");
  return {
    file: CONFIG_FILE,
    line: 1,
    column: 1,
    rule: "slas-none",
    severity: "error",
    message: hasConfig ? `no SLA file matches ${globs}, the slas glob of .slac.yml; correct the glob or add SLA files there` : `no SLA file matches ${globs} (the default, as there is no .slac.yml); put SLA files there, or write a .slac.yml whose slas: names where they are`
  };
}

// src/results/period.ts
var DAY_MS = 864e5;
var MIN_YEAR = 1970;
var MAX_YEAR = 9999;
function periodKindOf(window) {
  return window.kind === "calendar" ? window.unit : "month";
}
function periodSeconds(kind) {
  return CALENDAR_SECONDS[kind];
}
var PATTERNS = [
  [/^(\d{4})-(\d{2})$/, "month"],
  [/^(\d{4})-Q([1-4])$/, "quarter"],
  [/^(\d{4})-W(\d{2})$/, "week"],
  [/^(\d{4})$/, "year"]
];
function parsePeriod(input) {
  const text = typeof input === "number" && Number.isInteger(input) ? String(input) : input;
  if (typeof text !== "string")
    return { ok: false, reason: "must be a period such as 2026-11, 2026-Q4, 2026-W47 or 2026" };
  const s = text.trim();
  for (const [re, kind] of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const year = Number(m[1]);
    if (year < MIN_YEAR || year > MAX_YEAR)
      return { ok: false, reason: `year ${year} is out of range (${MIN_YEAR}\u2013${MAX_YEAR})` };
    const n = m[2] === void 0 ? 0 : Number(m[2]);
    if (kind === "month" && (n < 1 || n > 12))
      return { ok: false, reason: `"${s}" has no month ${n}; write the month as 01 to 12` };
    if (kind === "week" && (n < 1 || n > isoWeeksIn(year)))
      return {
        ok: false,
        reason: `${year} has ${isoWeeksIn(year)} ISO weeks, so "${s}" does not exist`
      };
    return { ok: true, value: makePeriod(kind, year, n) };
  }
  const hint = /^\d{4}-\d{1,2}-\d{1,2}$/.test(s) ? ` (a date; for its month write ${s.slice(0, 7)})` : /^\d{4}-q[1-4]$/i.test(s) || /^\d{4}-w\d{2}$/i.test(s) ? ` (write ${s.toUpperCase()})` : "";
  return {
    ok: false,
    reason: `"${s}" is not a period${hint}; write a month 2026-11, a quarter 2026-Q4, an ISO week 2026-W47 or a year 2026`
  };
}
function makePeriod(kind, year, n) {
  switch (kind) {
    case "year":
      return { kind, id: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
    case "quarter": {
      const first = (n - 1) * 3;
      return {
        kind,
        id: `${year}-Q${n}`,
        start: iso(Date.UTC(year, first, 1)),
        end: iso(Date.UTC(year, first + 3, 0))
      };
    }
    case "month":
      return {
        kind,
        id: `${year}-${String(n).padStart(2, "0")}`,
        start: iso(Date.UTC(year, n - 1, 1)),
        end: iso(Date.UTC(year, n, 0))
      };
    case "week": {
      const monday = isoWeekOneMonday(year) + (n - 1) * 7 * DAY_MS;
      return {
        kind,
        id: `${year}-W${String(n).padStart(2, "0")}`,
        start: iso(monday),
        end: iso(monday + 6 * DAY_MS)
      };
    }
  }
}
function periodOf(kind, date) {
  const [y, m] = date.split("-").map(Number);
  switch (kind) {
    case "year":
      return makePeriod(kind, y, 0);
    case "quarter":
      return makePeriod(kind, y, Math.floor((m - 1) / 3) + 1);
    case "month":
      return makePeriod(kind, y, m);
    case "week": {
      const t = Date.parse(`${date}T00:00:00Z`);
      const thursday = t + (3 - (new Date(t).getUTCDay() + 6) % 7) * DAY_MS;
      const weekYear = new Date(thursday).getUTCFullYear();
      const n = Math.floor((thursday - isoWeekOneMonday(weekYear)) / (7 * DAY_MS)) + 1;
      return makePeriod(kind, weekYear, n);
    }
  }
}
function shiftPeriod(period, step) {
  let p = period;
  for (let i = 0; i < Math.abs(step); i++) {
    const day = step > 0 ? Date.parse(`${p.end}T00:00:00Z`) + DAY_MS : Date.parse(`${p.start}T00:00:00Z`) - DAY_MS;
    p = periodOf(p.kind, iso(day));
  }
  return p;
}
function lastPeriods(kind, today, count2) {
  const out = [];
  let p = shiftPeriod(periodOf(kind, today), -1);
  for (let i = 0; i < count2; i++) {
    out.unshift(p);
    p = shiftPeriod(p, -1);
  }
  return out;
}
function comparePeriods(a, b) {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}
function isoWeekOneMonday(year) {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - (new Date(jan4).getUTCDay() + 6) % 7 * DAY_MS;
}
function isoWeeksIn(year) {
  return Math.round((isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / (7 * DAY_MS));
}
function iso(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

// src/model/rules.ts
var RULES = {
  "config-report": {
    severity: "error",
    docs: "format.md#the-repository-config-slacyml",
    summary: "a `report` setting of `.slac.yml` that cannot be read (a `reviewNotice` that is not a duration)"
  },
  "credits-objective": {
    severity: "error",
    docs: "format.md#support-and-credits",
    summary: "`credits.objective` names no objective of the SLA, or an objective whose indicator is not `availability`"
  },
  "credits-range": {
    severity: "error",
    docs: "format.md#support-and-credits",
    summary: "a tier's `below` or `credit` outside 0\u2013100%, or a credit of 0%"
  },
  "credits-tiers-order": {
    severity: "error",
    docs: "format.md#support-and-credits",
    summary: "two tiers with the same threshold, or a lower threshold that does not give a larger credit"
  },
  "date-invalid": {
    severity: "error",
    docs: "format.md#owner-dates-and-time-zones",
    summary: "a date in the right form that does not exist (`2026-02-30`)"
  },
  "duration-format": {
    severity: "error",
    docs: "format.md#values",
    summary: "a `response`, `resolution` or `maintenance.notice` that is not a [duration](#durations), or uses months or years"
  },
  "effective-order": {
    severity: "error",
    docs: "format.md#owner-dates-and-time-zones",
    summary: "`effective.until` before `effective.from`"
  },
  "file-too-large": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "a file larger than 1 MiB (1,048,576 bytes)"
  },
  "objective-better-ignored": {
    severity: "warning",
    docs: "format.md#objectives",
    summary: "`better` on an indicator other than `custom` (the indicator already decides)"
  },
  "objective-better-missing": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "a `custom` indicator without `better`"
  },
  "objective-id-unique": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "two objectives of one SLA with the same `id`"
  },
  "objective-percentile": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "`percentile` on an indicator other than `latency`, or a percentile not strictly between 0 and 100"
  },
  "objective-percentile-missing": {
    severity: "warning",
    docs: "format.md#objectives",
    summary: "a `latency` objective without `percentile` (is `300ms` an average? a maximum?)"
  },
  "objective-target-range": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "a percentage target or tolerance value below 0% or above 100%; for availability, success-rate and durability a value above 0 and at most 1 (a fraction such as `0.999`)"
  },
  "objective-target-type": {
    severity: "error",
    docs: "format.md#values",
    summary: "a target or tolerance value of the wrong kind for its indicator (a duration for availability, a percentage for latency, a percentage for throughput), a value that cannot be read, or tolerance values in another unit than the target"
  },
  "owner-format": {
    severity: "error",
    docs: "format.md#owner-dates-and-time-zones",
    summary: "a `metadata.owner` that is not `@login` or `@org/team-slug` ([owners](#owners))"
  },
  "percent-format": {
    severity: "error",
    docs: "format.md#values",
    summary: "a credit tier `below` or `credit` that is not a [percentage](#percentages)"
  },
  "priority-level-unique": {
    severity: "error",
    docs: "format.md#support-and-credits",
    summary: "two priorities with the same `level`"
  },
  "priority-response-after-resolution": {
    severity: "error",
    docs: "format.md#support-and-credits",
    summary: "a `response` longer than the same priority's `resolution`"
  },
  "prometheus-both-forms": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "`prometheus` with both `value` and `good`/`total`"
  },
  "prometheus-placeholder": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "a placeholder other than `{{range}}` in a query (`{{window}}`)"
  },
  "prometheus-query-empty": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "a query that is empty or only spaces"
  },
  "prometheus-range-missing": {
    severity: "warning",
    docs: "format.md#objectives",
    summary: "a query without `{{range}}`: it reads one instant, not the period"
  },
  "prometheus-ratio-incomplete": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "a ratio indicator's `prometheus` without `good` or without `total`"
  },
  "prometheus-ratio-on-value": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "`prometheus.good`/`total` on latency, response-time, resolution-time, freshness, throughput or custom (measured by one value)"
  },
  "prometheus-value-missing": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "`prometheus` without `value` on an indicator measured by one value"
  },
  "prometheus-value-on-ratio": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "`prometheus.value` on availability, success-rate, error-rate or durability (measured as good / total)"
  },
  "results-duplicate": {
    severity: "error",
    docs: "results.md#rules",
    summary: "a second result for the same objective and period, in the same file or another"
  },
  "results-good-total": {
    severity: "error",
    docs: "results.md#rules",
    summary: "`good` without `total`, or `good` greater than `total`"
  },
  "results-kind": {
    severity: "error",
    docs: "results.md#rules",
    summary: "an SLA file (`kind: ServiceLevelAgreement`) is among the results files"
  },
  "results-not-mapping": {
    severity: "error",
    docs: "results.md#rules",
    summary: "the file is empty, a list or a single value"
  },
  "results-objective-unknown": {
    severity: "error",
    docs: "results.md#rules",
    summary: "the SLA has no objective with that id (with a guess)"
  },
  "results-period": {
    severity: "error",
    docs: "results.md#rules",
    summary: "a period that does not exist (`2027-W53`, `2026-13`)"
  },
  "results-period-future": {
    severity: "error",
    docs: "results.md#rules",
    summary: "a period that starts after today"
  },
  "results-period-kind": {
    severity: "error",
    docs: "results.md#rules",
    summary: "the file's period is of another kind than the objective's window calls for (a month for a quarter objective)"
  },
  "results-ratio": {
    severity: "warning",
    docs: "results.md#rules",
    summary: "`value` differs from `good / total` (for error-rate `100% \u2212 good / total`) by more than 0.005 points"
  },
  "results-sla-unknown": {
    severity: "error",
    docs: "results.md#rules",
    summary: "no SLA has that id (with a guess at the one meant)"
  },
  "results-value": {
    severity: "error",
    docs: "results.md#rules",
    summary: "a value that does not fit the objective: another kind than its target, another unit, a percentage outside 0\u2013100%, a negative duration"
  },
  "review-cadence": {
    severity: "error",
    docs: "format.md#values",
    summary: "a `review.every` that is not a [cadence](#review-cadences), or zero"
  },
  "review-future": {
    severity: "warning",
    docs: "format.md#owner-dates-and-time-zones",
    summary: "`review.lastReviewed` after today"
  },
  "review-overdue": {
    severity: "warning",
    docs: "format.md#owner-dates-and-time-zones",
    summary: "`review.lastReviewed` plus `review.every` lies before today"
  },
  "schedule-format": {
    severity: "error",
    docs: "format.md#values",
    summary: "a `schedule` or priority `hours` that is not a [schedule](#schedules): unknown day names, bad times, a start equal to its end"
  },
  "schema-enum": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "a value outside the allowed list: `apiVersion`, `kind`, `indicator`, `better`; in `.slac.yml` `staleReviews`, `editorial`"
  },
  "schema-max-length": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "text longer than the field allows (see [Fields](#fields))"
  },
  "schema-min-items": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "an empty `objectives` or `credits.tiers` list (an empty schedule list, or an empty `slas` list in `.slac.yml`, is reported as `schema-type`)"
  },
  "schema-min-length": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "empty text (`''`) where text is required"
  },
  "schema-pattern": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "an id that is not kebab-case, a date that is not `YYYY-MM-DD`, a link that does not start with `https:`, `http:` or `mailto:`, an e-mail address without `@`; in `.slac.yml` a `teams:` key that is not `@org/team`"
  },
  "schema-required": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "a required key is missing"
  },
  "schema-type": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "a value of the wrong type (text instead of a mapping, a mapping instead of a schedule), or a key with no value (`title:`)"
  },
  "schema-unique-items": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "the same tag twice in `metadata.tags`"
  },
  "schema-unknown-key": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "a key the format does not have, often a misspelling"
  },
  "sla-empty": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "a file with no content (or only comments)"
  },
  "sla-foreign-format": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "an OpenSLO or Sloth SLO file (its `apiVersion` or `version` + `slos` say so) caught by the `slas` glob"
  },
  "sla-id-unique": {
    severity: "error",
    docs: "format.md#across-files",
    summary: "two SLA files with the same `metadata.id`; the later file (by path) is reported"
  },
  "sla-not-mapping": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "a file whose top level is a list or a single value"
  },
  "slas-none": {
    severity: "error",
    docs: "format.md#across-files",
    summary: "`slac validate` or `slac render` without PATH, and the `slas` glob selects no file (a misspelt glob would otherwise switch validation off)"
  },
  "timezone-unknown": {
    severity: "error",
    docs: "format.md#owner-dates-and-time-zones",
    summary: "a `timezone` that is not an IANA time zone"
  },
  "tolerance-order": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "`tolerance.adequate` not worse than `desired` for the indicator's direction (for availability adequate must be lower, for latency higher)"
  },
  "tolerance-target-outside": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "a target outside the band from `adequate` to `desired` (the ends belong to the band)"
  },
  "window-format": {
    severity: "error",
    docs: "format.md#values",
    summary: "a `window` that is neither a calendar name nor a duration (`monthly`, `6 months`), or a zero window"
  },
  "window-minute": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "a window written in minutes (`1m`, `3m`): almost certainly months meant"
  },
  "window-short": {
    severity: "warning",
    docs: "format.md#objectives",
    summary: "a rolling window shorter than a day (`12h`)"
  },
  "yaml-alias-limit": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: 'anchors and aliases that expand to more than 1,000 nodes ("billion laughs")'
  },
  "yaml-depth": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "nesting deeper than 64 levels, usually unbalanced `[` or `{`"
  },
  "yaml-duplicate-key": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "a key twice in the same mapping"
  },
  "yaml-encoding": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "bytes that are not UTF-8"
  },
  "yaml-key": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "a key that is a list or a mapping (`? [a, b]`)"
  },
  "yaml-syntax": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "invalid YAML: bad indentation, tabs, unclosed brackets or quotes; several documents (`---`) in one file"
  }
};
var RULE_IDS = Object.keys(RULES).sort();
function ruleSeverity(rule) {
  return isRuleId(rule) ? RULES[rule].severity : "error";
}
function isRuleId(rule) {
  return Object.hasOwn(RULES, rule);
}

// src/results/validate.ts
function validateResults(files, slas, today) {
  const byId = new Map(slas.map((s) => [s.id, s]));
  const ids = [...byId.keys()].sort();
  const problems = [];
  const results = [];
  const seen = /* @__PURE__ */ new Map();
  for (const file of files) {
    const loaded = loadYaml(file.path, file.content);
    if (!loaded.ok) {
      problems.push(...loaded.problems);
      continue;
    }
    const source = loaded.source;
    const at = (path, rule, message, severity = RULES[rule].severity, part) => {
      const pos = source.locate(path, part);
      problems.push({
        file: file.path,
        line: pos.line,
        column: pos.column,
        rule,
        message,
        severity
      });
    };
    const data = source.data;
    if (data === null || data === void 0 || typeof data !== "object" || Array.isArray(data)) {
      at(
        [],
        "results-not-mapping",
        'a results file is a mapping starting with "apiVersion: slac/v1" and "kind: ServiceLevelResults" (see examples/results/)'
      );
      continue;
    }
    if (data.kind === "ServiceLevelAgreement") {
      at(
        ["kind"],
        "results-kind",
        "this is an SLA file, not results; move it out of the results glob of .slac.yml (or correct the slas and results globs)"
      );
      continue;
    }
    const schema = checkSchema(source, "results");
    if (schema.length > 0) {
      problems.push(...schema);
      continue;
    }
    const raw = data;
    const period = parsePeriod(raw.period);
    if (!period.ok) {
      at(["period"], "results-period", `period ${period.reason}`);
      continue;
    }
    if (period.value.start > today) {
      at(
        ["period"],
        "results-period-future",
        `period ${period.value.id} starts on ${period.value.start}, after today (${today}); results are for periods that have begun`
      );
      continue;
    }
    raw.results.forEach((row, i) => {
      const path = ["results", i];
      const sla = byId.get(row.sla);
      if (!sla) {
        const guess = closest(row.sla, ids);
        at(
          [...path, "sla"],
          "results-sla-unknown",
          `no SLA has the id "${row.sla}"${guess ? `; did you mean "${guess}"?` : "; use the metadata.id of an SLA file"}`
        );
        return;
      }
      const objective = sla.objectives.find((o) => o.id === row.objective);
      if (!objective) {
        const guess = closest(
          row.objective,
          sla.objectives.map((o) => o.id)
        );
        at(
          [...path, "objective"],
          "results-objective-unknown",
          `SLA "${sla.id}" has no objective "${row.objective}"${guess ? `; did you mean "${guess}"?` : `; its objectives are ${sla.objectives.map((o) => `"${o.id}"`).join(", ") || "none"}`}`
        );
        return;
      }
      const kind = periodKindOf(objective.window);
      if (kind !== period.value.kind) {
        at(
          ["period"],
          "results-period-kind",
          `objective "${objective.id}" of "${sla.id}" is measured ${windowWordsOf(objective)}, so its results are per ${kind}, not per ${period.value.kind}; put it in a ${kind} file (e.g. ${exampleOf(kind)})`
        );
        return;
      }
      const value = parseObjectiveValue(objective, row.value);
      if (!value.ok) {
        at([...path, "value"], "results-value", value.reason);
        return;
      }
      if (row.good !== void 0 && row.total === void 0) {
        at(
          [...path, "good"],
          "results-good-total",
          '"good" needs "total" beside it: the events it is a share of',
          "error",
          "key"
        );
        return;
      }
      if (row.good !== void 0 && row.total !== void 0 && row.good > row.total) {
        at(
          [...path, "good"],
          "results-good-total",
          `good (${row.good}) is more than total (${row.total}); good events are a part of all events`
        );
        return;
      }
      const key = `${sla.id}\0${objective.id}\0${period.value.id}`;
      const first = seen.get(key);
      if (first) {
        at(
          path,
          "results-duplicate",
          `a second result for "${objective.id}" of "${sla.id}" in ${period.value.id} (the first is at ${first.file}:${first.line()}); keep one`
        );
        return;
      }
      seen.set(key, { file: file.path, line: () => source.locate(path).line });
      if (row.good !== void 0 && row.total !== void 0 && row.total > 0 && value.value.kind === "percent") {
        const failed = INDICATORS[objective.indicator].ratio === "failed";
        const ratio = failed ? 100 - row.good / row.total * 100 : row.good / row.total * 100;
        if (Math.abs(ratio - value.value.value) > 5e-3)
          at(
            [...path, "value"],
            "results-ratio",
            `value ${String(row.value)} differs from ${failed ? "100% \u2212 good / total" : "good / total"} = ${ratio.toFixed(4)}%; correct one of them`
          );
      }
      results.push({
        sla: sla.id,
        objective: objective.id,
        period: period.value,
        value: value.value,
        written: row.value,
        ...row.good !== void 0 ? { good: row.good } : {},
        ...row.total !== void 0 ? { total: row.total } : {},
        ...row.note !== void 0 ? { note: row.note } : {},
        file: file.path,
        index: i
      });
    });
  }
  const sorted = sortProblems(problems);
  return {
    results,
    files: files.length,
    errors: sorted.filter((p) => p.severity === "error"),
    warnings: sorted.filter((p) => p.severity === "warning")
  };
}
function windowWordsOf(o) {
  return o.window.kind === "calendar" ? `per calendar ${o.window.unit}` : "over a rolling window";
}
function exampleOf(kind) {
  return { week: "2026-W47", month: "2026-11", quarter: "2026-Q4", year: "2026" }[kind];
}

export {
  formatMeasure,
  allowedDowntimeSeconds,
  hoursPerWeekPhrase,
  MONTH_NAMES,
  durationWords,
  windowWords,
  hoursWords,
  joinList,
  measureFigure,
  INDICATORS,
  INDICATOR_NAMES,
  isRatioIndicator,
  objectiveWords,
  performanceWords,
  hasDowntimeBudget,
  objectiveAllowance,
  budgetFormulaOf,
  magnitude,
  normalizeSla,
  require_picomatch2 as require_picomatch,
  slaMatcher,
  listSelected,
  readWorkingTree,
  noSlaFiles,
  RULES,
  ruleSeverity,
  periodKindOf,
  periodSeconds,
  parsePeriod,
  periodOf,
  shiftPeriod,
  lastPeriods,
  comparePeriods,
  validateResults
};
