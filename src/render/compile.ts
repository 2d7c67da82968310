// Handlebars templates compiled once into plain closures, for the catalog's thousands of pages.
// Handlebars' own runtime spends most of a page in generic machinery (an options object and a
// helper lookup per value, partials re-indented through split and join, prototype checks);
// these closures do the same work directly and give the same bytes. They cover the language
// the catalog's templates use: values (escaped or not), `this`, `../` and `@data` paths, the
// built-in `if`, `unless`, `each` and `with`, sections (`{{#list}}`), partials with a context,
// partial blocks and `@partial-block`, standalone indentation and whitespace control (done by
// Handlebars' own parser). Anything else — other helpers, hashes, block parameters,
// subexpressions, decorators, dynamic partials, a value that is a function — is Unsupported,
// and the page is then rendered by Handlebars itself, so the output never depends on which
// renderer ran.
import Handlebars from 'handlebars';

/** A construct these closures do not render; Handlebars renders the page instead. */
export class Unsupported extends Error {
  constructor(what: string) {
    super(`not supported by the compiled templates: ${what}`);
    this.name = 'Unsupported';
  }
}

/** The stack of contexts a program runs in (`../` is `up`), as Handlebars' `depths`. */
interface Depths {
  value: unknown;
  up: Depths | undefined;
}

/** A data frame (`@index`, `@root`, `@partial-block`), as Handlebars' `data`. */
type Frame = Record<string, unknown>;

type Program = ((context: unknown, depths: Depths, data: Frame) => string) & {
  /**
   * Compiled for a standalone partial with an indent, its output ends with a line break whose
   * indent was left out when compiled (see compilePartial): known without reading the output.
   */
  trimmed?: true;
};
type Getter = (context: unknown, depths: Depths, data: Frame) => unknown;
/** A partial as invoked: its context and the caller's frame. */
type Partial = ((context: unknown, data: Frame) => string) & {
  /** Whether its program is `trimmed` (compiling it when not yet). */
  trimmed?: () => boolean;
};

// The AST of Handlebars' parser, as far as it is read here.
interface Node {
  type: string;
}
interface ProgramNode extends Node {
  body: Node[];
  blockParams?: string[];
}
interface PathNode extends Node {
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
}
interface LiteralNode extends Node {
  value: unknown;
  original: unknown;
}
interface CallNode extends Node {
  path: Node;
  params: Node[];
  hash?: unknown;
}
interface MustacheNode extends CallNode {
  escaped: boolean;
}
interface BlockNode extends CallNode {
  program?: ProgramNode;
  inverse?: ProgramNode;
}
interface PartialNode extends Node {
  name: Node;
  params: Node[];
  hash?: unknown;
  indent?: string;
  program?: ProgramNode;
}
interface ContentNode extends Node {
  value: string;
}

/** The helpers every Handlebars environment has: a value of that name would call one. */
const BUILTIN_HELPERS = new Set([
  'helperMissing',
  'blockHelperMissing',
  'each',
  'if',
  'unless',
  'with',
  'log',
  'lookup',
]);

/** Handlebars' `container.nullContext`: `this` of a helper called where the context is null. */
const NULL_CONTEXT = Object.seal({});

export interface CompiledTemplates {
  /**
   * Renders a template with a context, or throws Unsupported (before or while rendering) when
   * the template uses what the closures do not cover.
   */
  render(name: string, context: unknown): string;
}

/**
 * Compiles the templates (by path: `index.hbs`, `partials/header.hbs`, …) and the partials
 * (by name) they include. Each is parsed and compiled when first used, once.
 */
export function compileTemplates(
  templates: Readonly<Record<string, string>>,
  partials: ReadonlyMap<string, string>,
): CompiledTemplates {
  const compiled = new Map<string, Program | Unsupported>();
  const compileText = (key: string, text: string, indent = ''): Program => {
    let program = compiled.get(key);
    if (program === undefined) {
      try {
        program = compileProgram(
          Handlebars.parse(text) as unknown as ProgramNode,
          partial,
          indent,
          indent !== '',
        );
      } catch (error) {
        if (!(error instanceof Unsupported)) throw error;
        program = error;
      }
      compiled.set(key, program);
    }
    if (program instanceof Unsupported) throw program;
    return program;
  };
  const partial = (name: string, indent: string): Partial | undefined => {
    const text = partials.get(name);
    if (text === undefined) return undefined;
    const key = `partial ${name}\u0000${indent}`;
    const run: Partial = (context, data) =>
      compileText(key, text, indent)(context, top(context), data);
    run.trimmed = () => compileText(key, text, indent).trimmed === true;
    return run;
  };
  return {
    render(name, context) {
      const text = templates[name];
      if (text === undefined) throw new Unsupported(`no template ${name}`);
      return compileText(name, text)(context, top(context), { root: context });
    },
  };
}

function top(context: unknown): Depths {
  return { value: context, up: undefined };
}

/** A program entered with a context: Handlebars adds it to the depths when it differs. */
function enter(context: unknown, depths: Depths): Depths {
  // Loose, as Handlebars compares (`context != depths[0]`).
  return context != depths.value && !(context === NULL_CONTEXT && depths.value === null)
    ? { value: context, up: depths }
    : depths;
}

/**
 * A partial compiled for a standalone call indented by `indent` (see compilePartial); its
 * output is indented as Handlebars indents it but for its first line.
 */
type Partials = (name: string, indent: string) => Partial | undefined;

/**
 * Compiles a program. Within a partial called standalone with an indent, `indent` follows
 * every line break of its output: the template's text gets it when compiled, and values (and
 * what other partials give) that hold a line break when rendered, instead of the partial's
 * whole output being split into lines and joined again.
 */
function compileProgram(
  node: ProgramNode,
  partials: Partials,
  indent = '',
  /** A standalone partial's whole program: its last line break's indent is left out here. */
  standalone = false,
): Program {
  if (node.blockParams?.length) throw new Unsupported('block parameters');
  const parts: (string | Program)[] = [];
  for (const statement of node.body) {
    const part = compileStatement(statement, partials, indent);
    if (part === '') continue;
    const last = parts[parts.length - 1];
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else parts.push(part);
  }
  // Handlebars leaves the empty line after a standalone partial's last line break unindented.
  // When the text the partial ends with holds that line break and its indent, the indent is
  // cut here, once, rather than from every output (a whole page's worth of text, read to its
  // end and copied for it).
  const tail = parts[parts.length - 1];
  const trimmed =
    standalone &&
    typeof tail === 'string' &&
    tail.length > indent.length &&
    tail.endsWith(`\n${indent}`);
  if (trimmed) parts[parts.length - 1] = tail.slice(0, tail.length - indent.length);
  const program = programOf(parts);
  if (!trimmed) return program;
  // A program may be a part's own (one part): marked on a function of its own.
  const marked: Program = (context, depths, data) => program(context, depths, data);
  marked.trimmed = true;
  return marked;
}

function programOf(parts: readonly (string | Program)[]): Program {
  if (parts.length === 0) return () => '';
  if (parts.length === 1) {
    const only = parts[0] as string | Program;
    return typeof only === 'string' ? () => only : only;
  }
  return (context, depths, data) => {
    let out = '';
    for (const part of parts) out += typeof part === 'string' ? part : part(context, depths, data);
    return out;
  };
}

function compileStatement(node: Node, partials: Partials, indent: string): string | Program {
  switch (node.type) {
    case 'ContentStatement':
      return indented((node as ContentNode).value, indent);
    case 'CommentStatement':
      return '';
    case 'MustacheStatement':
      return withIndent(compileMustache(node as MustacheNode), indent);
    case 'BlockStatement':
      return compileBlock(node as BlockNode, partials, indent);
    case 'PartialStatement':
    case 'PartialBlockStatement':
      return withIndent(compilePartial(node as PartialNode, partials), indent);
    default:
      throw new Unsupported(node.type);
  }
}

function compileMustache(node: MustacheNode): Program {
  if (node.params.length > 0 || node.hash) throw new Unsupported('a helper call');
  const value = compileValue(node.path);
  if (node.escaped)
    return (context, depths, data) => escapeExpression(value(context, depths, data));
  return (context, depths, data) => {
    const v = value(context, depths, data);
    return v == null ? '' : '' + (v as string);
  };
}

/** The value a mustache or section shows: a path that must not name a helper or a function. */
function compileValue(node: Node): Getter {
  if (node.type !== 'PathExpression') throw new Unsupported(`a ${node.type} as a value`);
  const path = node as PathNode;
  if (isSimpleId(path) && BUILTIN_HELPERS.has(path.parts[0] as string))
    throw new Unsupported(`the helper ${path.original}`);
  const get = compileExpression(path);
  return (context, depths, data) => {
    const v = get(context, depths, data);
    if (typeof v === 'function') throw new Unsupported('a value that is a function');
    return v;
  };
}

function isSimpleId(path: PathNode): boolean {
  return path.parts.length === 1 && !/^\.|this\b/.test(path.original) && !path.depth;
}

function compileExpression(node: Node): Getter {
  switch (node.type) {
    case 'PathExpression': {
      const { data, depth, parts } = node as PathNode;
      if (data) {
        if (parts[0] === 'partial-block') throw new Unsupported('@partial-block as a value');
        return (_context, _depths, frame) => {
          let v: unknown = frame;
          for (let n = depth; v && n > 0; n--) v = (v as Frame)._parent;
          for (const part of parts) v = v && lookupProperty(v, part);
          return v;
        };
      }
      return (context, depths, _data) => {
        let v: unknown = context;
        if (depth > 0) {
          let at: Depths | undefined = depths;
          for (let n = depth; at && n > 0; n--) at = at.up;
          v = at?.value;
        }
        for (const part of parts) v = v != null ? lookupProperty(v, part) : v;
        return v;
      };
    }
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral': {
      const value = (node as LiteralNode).value;
      return () => value;
    }
    case 'UndefinedLiteral':
      return () => undefined;
    case 'NullLiteral':
      return () => null;
    default:
      throw new Unsupported(node.type);
  }
}

/** Handlebars' `lookupProperty`: own properties only (others it denies, with a warning). */
function lookupProperty(parent: unknown, name: string): unknown {
  const result = (parent as Record<string, unknown>)[name];
  if (result == null) return result;
  if (
    Object.prototype.hasOwnProperty.call(parent, name) &&
    !(name === 'constructor' && typeof result === 'function' && parent === result.prototype)
  )
    return result;
  // Handlebars logs that it denied the access: let it.
  throw new Unsupported(`the inherited property ${name}`);
}

function compileBlock(node: BlockNode, partials: Partials, indent: string): Program {
  if (node.path.type !== 'PathExpression') throw new Unsupported(`a ${node.path.type} block`);
  const path = node.path as PathNode;
  const fn = node.program ? compileProgram(node.program, partials, indent) : undefined;
  const inverse = node.inverse ? compileProgram(node.inverse, partials, indent) : undefined;
  // `options.fn(context)` and `options.inverse(context)` of a helper.
  const yes = (context: unknown, depths: Depths, data: Frame) =>
    fn ? fn(context, enter(context, depths), data) : '';
  const no = (context: unknown, depths: Depths, data: Frame) =>
    inverse ? inverse(context, enter(context, depths), data) : '';

  if (node.params.length > 0 || node.hash) {
    const name = isSimpleId(path) ? (path.parts[0] as string) : '';
    if (node.hash || node.params.length !== 1 || !['if', 'unless', 'each', 'with'].includes(name))
      throw new Unsupported(`the block helper ${path.original}`);
    const param = compileExpression(node.params[0] as Node);
    const value = (context: unknown, depths: Depths, data: Frame) => {
      const v = param(context, depths, data);
      if (typeof v === 'function') throw new Unsupported('a value that is a function');
      return v;
    };
    const self = (context: unknown) => (context != null ? context : NULL_CONTEXT);
    switch (name) {
      case 'if':
        return (context, depths, data) =>
          isFalsy(value(context, depths, data))
            ? no(self(context), depths, data)
            : yes(self(context), depths, data);
      case 'unless':
        return (context, depths, data) =>
          isFalsy(value(context, depths, data))
            ? yes(self(context), depths, data)
            : no(self(context), depths, data);
      case 'with':
        return (context, depths, data) => {
          const v = value(context, depths, data);
          return isEmpty(v) ? no(self(context), depths, data) : yes(v, depths, data);
        };
      default:
        return (context, depths, data) =>
          each(value(context, depths, data), self(context), depths, data, yes, no);
    }
  }
  // A section: Handlebars' blockHelperMissing.
  const value = compileValue(path);
  return (context, depths, data) => {
    const v = value(context, depths, data);
    if (v === true) return yes(context, depths, data);
    if (v === false || v == null) return no(context, depths, data);
    if (Array.isArray(v))
      return v.length > 0 ? each(v, undefined, depths, data, yes, no) : no(context, depths, data);
    return yes(v, depths, data);
  };
}

/** `#if`: neither falsy (0 included) nor an empty list. */
function isFalsy(value: unknown): boolean {
  return !value || (Array.isArray(value) && value.length === 0);
}

/** Handlebars' isEmpty (`#with`): falsy but 0, or an empty list. */
function isEmpty(value: unknown): boolean {
  return (!value && value !== 0) || (Array.isArray(value) && value.length === 0);
}

type Branch = (context: unknown, depths: Depths, data: Frame) => string;

/** The `each` helper: lists, iterables and objects' own keys, with @index, @key, @first, @last. */
function each(
  list: unknown,
  self: unknown,
  depths: Depths,
  data: Frame,
  yes: Branch,
  no: Branch,
): string {
  let out = '';
  let i = 0;
  const frame = createFrame(data);
  const step = (key: string | number, index: number, last: boolean, value: unknown) => {
    frame.key = key;
    frame.index = index;
    frame.first = index === 0;
    frame.last = last;
    out += yes(value, depths, frame);
  };
  if (list && typeof list === 'object') {
    if (Array.isArray(list)) {
      for (const n = list.length; i < n; i++) if (i in list) step(i, i, i === n - 1, list[i]);
    } else if (Symbol.iterator in list) {
      throw new Unsupported('an iterable that is not a list');
    } else {
      const keys = Object.keys(list);
      for (const key of keys) {
        step(key, i, i === keys.length - 1, (list as Record<string, unknown>)[key]);
        i++;
      }
    }
  }
  return i === 0 ? no(self, depths, data) : out;
}

/** Handlebars' createFrame: a copy of the frame's own keys, with `_parent`. */
function createFrame(data: Frame): Frame {
  const frame: Frame = {};
  for (const key in data)
    if (Object.prototype.hasOwnProperty.call(data, key)) frame[key] = data[key];
  frame._parent = data;
  return frame;
}

function ownProperty(data: Frame | undefined, name: string): unknown {
  return data && Object.prototype.hasOwnProperty.call(data, name) ? data[name] : undefined;
}

function compilePartial(node: PartialNode, partials: Partials): Program {
  if (node.hash) throw new Unsupported('a partial with a hash');
  if (node.params.length > 1) throw new Unsupported('a partial with several arguments');
  if (node.name.type !== 'PathExpression' && node.name.type !== 'StringLiteral')
    throw new Unsupported('a dynamic partial');
  const name = String((node.name as PathNode | LiteralNode).original);
  const param = node.params[0] ? compileExpression(node.params[0]) : undefined;
  const block = node.program ? compileProgram(node.program, partials) : undefined;
  const indent = node.indent ?? '';
  const found = name === '@partial-block' ? undefined : partials(name, indent);
  // Whether `found` is trimmed, once it has run.
  let trimmed: boolean | undefined;
  return (context, depths, data) => {
    const target = param ? param(context, depths, data) : context;
    let partial =
      name === '@partial-block' ? (ownProperty(data, 'partial-block') as Partial) : found;
    let frame = data;
    if (block) {
      // The block is this partial's @partial-block; inside it, the one outside is restored.
      const outer = ownProperty(data, 'partial-block');
      frame = createFrame(data);
      const partialBlock: Partial = (c, d) => {
        const inner = createFrame(d);
        inner['partial-block'] = outer;
        return block(c, enter(c, depths), inner);
      };
      frame['partial-block'] = partialBlock;
      partial ??= partialBlock;
    }
    if (typeof partial !== 'function') throw new Unsupported(`the missing partial ${name}`);
    const result = partial(target, frame);
    if (!indent) return result;
    // A partial compiled with the indent left out only its first line and, after a last line
    // break, the indent of the empty line that follows.
    if (partial !== found) return indentLines(result, indent);
    if (result === '') return result;
    if ((trimmed ??= found.trimmed?.() ?? false)) return indent + result;
    return indent + (result.endsWith(`\n${indent}`) ? result.slice(0, -indent.length) : result);
  };
}

/** A text with `indent` after each of its line breaks. */
function indented(text: string, indent: string): string {
  return indent && text.includes('\n') ? text.replaceAll('\n', `\n${indent}`) : text;
}

/** A program whose output gets `indent` after each line break. */
function withIndent(program: Program, indent: string): Program {
  if (!indent) return program;
  return (context, depths, data) => indented(program(context, depths, data), indent);
}

/**
 * Handlebars' indentation of a standalone partial: every line gets the indent, but for a last
 * empty one (Handlebars splits, prefixes and joins; this is the same, without the arrays).
 */
function indentLines(text: string, indent: string): string {
  if (text === '') return text;
  const out = indent + text.replaceAll('\n', '\n' + indent);
  return text.endsWith('\n') ? out.slice(0, out.length - indent.length) : out;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};
const BAD_CHARS = /[&<>"'`=]/g;
const POSSIBLE = /[&<>"'`=]/;

/** Handlebars' escapeExpression. */
function escapeExpression(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    if (value && typeof (value as { toHTML?: unknown }).toHTML === 'function')
      throw new Unsupported('a value with toHTML');
    if (value == null) return '';
    if (!value) return '' + (value as string);
    text = '' + (value as string);
  }
  return POSSIBLE.test(text) ? text.replace(BAD_CHARS, (c) => ESCAPES[c] as string) : text;
}
