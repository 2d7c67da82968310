import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  MINUTES_PER_WEEK,
  formatDuration,
  formatPercent,
  isValidTimeZone,
  parseCadence,
  parseDuration,
  parsePercent,
  parseQuantity,
  parseSchedule,
  parseWindow,
  roundPercent,
  scheduleEntryParts,
  windowPhrase
} from "./chunk-IIUHSBYQ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-UXNRCORL.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found2 = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found2 = node;
        }
        if (found2 && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found2);
          if (!data) {
            toJS.toJS(found2, null, ctx);
            data = anchors2.get(found2);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found2, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found2;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count3 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count3)
            count3 = c;
        }
        return count3;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count3 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count3 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count3);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found2 = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found2 || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found2)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found2 = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found: found2,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/load/index.ts
var import_yaml = __toESM(require_dist(), 1);
import { isAscii, isUtf8 } from "node:buffer";

// src/load/fast.ts
var MAX_FAST_DEPTH = 48;
var MAX_KEY_LENGTH = 1e3;
var INT = /^[-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
var ODD_INT = /^[-+]?0[0-9]|^-0$/;
var INF_NAN = /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/;
var SPACE = 32;
var DQUOTE = 34;
var HASH = 35;
var PERCENT = 37;
var SQUOTE = 39;
var PLUS = 43;
var COMMA = 44;
var DASH = 45;
var DOT = 46;
var ZERO = 48;
var NINE = 57;
var COLON = 58;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var LOWER_F = 102;
var LOWER_N = 110;
var LOWER_O = 111;
var LOWER_T = 116;
var LOWER_X = 120;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var TILDE = 126;
var BYTE_ORDER_MARK = 65279;
var KEY_START = 1;
var KEY_CHAR = 2;
var PLAIN_START = 4;
var FLOW_INDICATOR = 8;
var NUMBER_CHAR = 16;
var FLOW_PLAIN_STOP = 32;
var CLASSES = new Uint8Array(65536);
function classify(chars, bits) {
  for (const c of chars) CLASSES[c.charCodeAt(0)] = CLASSES[c.charCodeAt(0)] | bits;
}
var LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
classify(LETTERS + "_", KEY_START | KEY_CHAR | PLAIN_START);
classify("0123456789", KEY_CHAR | PLAIN_START | NUMBER_CHAR);
classify(".", KEY_CHAR | PLAIN_START | NUMBER_CHAR);
classify("-", KEY_CHAR | NUMBER_CHAR);
classify("/$(~<=", PLAIN_START);
classify("+", PLAIN_START | NUMBER_CHAR);
classify("eE", NUMBER_CHAR);
classify(",[]{}", FLOW_INDICATOR | FLOW_PLAIN_STOP);
classify(":#\n\0", FLOW_PLAIN_STOP);
function is(c, bits) {
  return (CLASSES[c] & bits) !== 0;
}
function isOtherSpace(c) {
  if (c < 160) return c === 11 || c === 12;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
var Bail = class extends Error {
};
var BAIL = new Bail();
function bail() {
  throw BAIL;
}
function parseSimpleYaml(text) {
  const data = read(text);
  return data === NOT_SIMPLE ? void 0 : { data };
}
var NOT_SIMPLE = /* @__PURE__ */ Symbol("not simple");
function read(text) {
  if (text.indexOf("	") >= 0 || text.indexOf("\r") >= 0) return NOT_SIMPLE;
  lastRead = void 0;
  try {
    const reader = new Reader(text, codeUnits(text));
    const data = reader.document();
    const spots = { root: reader.rootAt, count: reader.count, at: entryAt, keys: entryKeys };
    lastRead = { text, data, spots };
    return data;
  } catch (err) {
    if (err === BAIL) return NOT_SIMPLE;
    throw err;
  }
}
var entryAt = new Int32Array(3 * 1024);
var entryKeys = new Array(1024).fill(null);
var lastRead;
function simpleYamlSpots(text, data) {
  if (lastRead === void 0 || lastRead.data !== data || lastRead.text !== text) {
    if (read(text) === NOT_SIMPLE) return void 0;
  }
  return lastRead.spots;
}
function isCurrent(spots) {
  return lastRead?.spots === spots;
}
function growEntries() {
  const at = new Int32Array(entryAt.length * 2);
  at.set(entryAt);
  entryAt = at;
  const keys = new Array(entryKeys.length * 2).fill(null);
  for (let k = 0; k < entryKeys.length; k++) keys[k] = entryKeys[k];
  entryKeys = keys;
}
function spotOf(spots, path, part) {
  const { at, keys } = spots;
  let best = spots.root;
  let first = 0;
  let end = spots.count;
  for (let i = 0; i < path.length; i++) {
    if (first >= end) break;
    const segment = path[i];
    const isList = keys[first] === null;
    if (isList && (typeof segment !== "number" || !Number.isInteger(segment) || segment < 0)) break;
    const e = childEntry(spots, first, end, isList ? segment : String(segment));
    if (e < 0) break;
    best = at[3 * e + (!isList && i === path.length - 1 && part === "key" ? 0 : 1)];
    if (best < 0) return -1;
    first = e + 1;
    end = at[3 * e + 2];
  }
  return best;
}
var SCAN_LIMIT = 32;
var childIndexes = /* @__PURE__ */ new WeakMap();
function childEntry(spots, first, end, segment) {
  const { at, keys } = spots;
  let e = first;
  for (let k = 0; e < end && k < SCAN_LIMIT; k++) {
    if (typeof segment === "number" ? k === segment : keys[e] === segment) return e;
    e = at[3 * e + 2];
  }
  if (e >= end) return -1;
  let byCollection = childIndexes.get(spots);
  if (!byCollection) childIndexes.set(spots, byCollection = /* @__PURE__ */ new Map());
  let index = byCollection.get(first);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    const isList = keys[first] === null;
    for (let n = 0, c = first; c < end; n++, c = at[3 * c + 2])
      index.set(isList ? n : keys[c], c);
    byCollection.set(first, index);
  }
  return index.get(segment) ?? -1;
}
var REUSED_UNITS = 1 << 16;
var LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
var reused;
function codeUnits(text) {
  const length = text.length + 1;
  const { units, bytes } = length > REUSED_UNITS ? unitArray(length) : reused ??= unitArray(REUSED_UNITS);
  if (LITTLE_ENDIAN) bytes.write(text, "utf16le");
  else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  units[text.length] = 0;
  return units;
}
function unitArray(length) {
  const units = new Uint16Array(length);
  return { units, bytes: Buffer.from(units.buffer) };
}
function found(index, none) {
  return index < 0 ? none : index;
}
var Reader = class {
  constructor(s, a) {
    this.s = s;
    this.a = a;
  }
  s;
  a;
  /** Where the next line not yet read starts. */
  next = 0;
  /** Whether the current line is the next line with content (peek() has run). */
  ready = false;
  /** Whether there is such a line (false at the end of the text). */
  has = false;
  /** No line with content has been read yet. */
  prefix = true;
  // The current line: where it starts, its indentation, where its content starts and ends
  // (trailing spaces excluded) and where the line ends (its "\n" or the end of the text).
  start = 0;
  col = 0;
  from = 0;
  to = 0;
  end = 0;
  /** The content is followed by whitespace other than spaces (see isOtherSpace). */
  otherTail = false;
  /** Where reading is inside a line (scalars and flow collections). */
  pos = 0;
  /** Lines that continue a flow collection must be indented deeper than this. */
  flowIndent = 0;
  /** The hash of the key read last (see keyText). */
  hash = 0;
  /** Where the value read last starts (-1: unknown). */
  valueAt = -1;
  /** The first "#" and ":" from where they were last looked for (the text's length: none). */
  hashAt = -1;
  colonAt = -1;
  /** Where the root value starts. */
  rootAt = 0;
  /** Entries noted so far (see SimpleYamlSpots). */
  count = 0;
  /** Where the first "#" at or after p is (the text's length when there is none). */
  nextHash(p) {
    if (this.hashAt < p) this.hashAt = found(this.s.indexOf("#", p), this.s.length);
    return this.hashAt;
  }
  /** Where the first ":" at or after p is (the text's length when there is none). */
  nextColon(p) {
    if (this.colonAt < p) this.colonAt = found(this.s.indexOf(":", p), this.s.length);
    return this.colonAt;
  }
  /** Notes the next entry: its key (null: a list item) starting at `keyAt`; returns its index. */
  entry(keyAt, key) {
    const i = this.count++;
    if (3 * i + 3 > entryAt.length) growEntries();
    entryAt[3 * i] = keyAt;
    entryKeys[i] = key;
    return i;
  }
  /** Notes where the value of entry i starts; the entries noted since are inside it. */
  entryValue(i, valueAt3) {
    entryAt[3 * i + 1] = valueAt3;
    entryAt[3 * i + 2] = this.count;
  }
  document() {
    if (!this.peek() || this.col !== 0) bail();
    this.rootAt = this.from;
    const data = this.block(0, 0);
    if (this.peek()) bail();
    return data;
  }
  /** Moves to the next line with content, past blank and comment lines, without consuming it. */
  peek() {
    if (this.ready) return this.has;
    const a = this.a;
    let at = this.next;
    for (; ; ) {
      if (at > this.s.length) {
        this.ready = true;
        this.has = false;
        return false;
      }
      let p = at;
      if (this.prefix && a[p] === BYTE_ORDER_MARK) p++;
      while (a[p] === SPACE) p++;
      const end = this.lineEnd(p);
      if (p === end || a[p] === HASH) {
        at = end + 1;
        continue;
      }
      this.prefix = false;
      this.line(at, p, end);
      this.ready = true;
      this.has = true;
      return true;
    }
  }
  /** Where the line with p ends: at its "\n" or the end of the text. */
  lineEnd(p) {
    const end = this.s.indexOf("\n", p);
    return end < 0 ? this.s.length : end;
  }
  /** Makes the line at `at`, with content from `p` to `end`, the current line. */
  line(at, p, end) {
    const a = this.a;
    const c = a[p];
    if (isOtherSpace(c)) bail();
    if ((c === DASH || c === DOT) && a[p + 1] === c && a[p + 2] === c && (p + 3 === end || a[p + 3] === SPACE))
      bail();
    if (c === PERCENT && p === at) bail();
    let to = end;
    while (a[to - 1] === SPACE) to--;
    this.otherTail = isOtherSpace(a[to - 1]);
    if (this.otherTail) {
      do
        to--;
      while (a[to - 1] === SPACE || isOtherSpace(a[to - 1]));
    }
    this.start = at;
    this.col = p - at;
    this.from = p;
    this.to = to;
    this.end = end;
  }
  consume() {
    this.next = this.end + 1;
    this.ready = false;
  }
  /** Content reaches the line's end: any whitespace after it would be text to YAML. */
  atEnd() {
    if (this.otherTail) bail();
  }
  block(indent, depth) {
    if (depth > MAX_FAST_DEPTH) bail();
    return this.isEntry(this.from) ? this.sequence(indent, depth) : this.mapping(indent, depth);
  }
  /** Whether the current line's text at p is a sequence entry: "-" alone or "- …". */
  isEntry(p) {
    if (this.a[p] !== DASH) return false;
    if (p + 1 < this.to) return this.a[p + 1] === SPACE;
    this.atEnd();
    return true;
  }
  /** Where the colon is if the line's text at p is "key:" then a space or its end; else -1. */
  keyColon(p) {
    const a = this.a;
    let c = a[p];
    if (!is(c, KEY_START)) return -1;
    let hash = c;
    let q = p + 1;
    for (c = a[q]; (CLASSES[c] & KEY_CHAR) !== 0; c = a[++q])
      hash = Math.imul(hash, 31) + c | 0;
    if (c !== COLON) return -1;
    this.hash = hash;
    if (q + 1 < this.to) return a[q + 1] === SPACE ? q : -1;
    this.atEnd();
    return q;
  }
  mapping(indent, depth) {
    const out = {};
    let size = 0;
    const first = this.count;
    while (this.peek() && this.col >= indent) {
      if (this.col > indent || this.isEntry(this.from)) bail();
      const colon = this.keyColon(this.from);
      if (colon < 0 || colon - this.from > MAX_KEY_LENGTH) bail();
      const key = keyText(this.s, this.a, this.from, colon, this.hash);
      const entry = this.entry(this.from, key);
      out[key] = this.valueAfter(colon + 1, indent, depth, true);
      this.entryValue(entry, this.valueAt);
      size++;
    }
    return withoutDuplicates(out, size, first, this.count);
  }
  sequence(indent, depth) {
    const a = this.a;
    const out = [];
    while (this.peek() && this.col >= indent) {
      if (this.col > indent) bail();
      if (!this.isEntry(this.from)) break;
      const entry = this.entry(this.from, null);
      let p = this.from + 1;
      while (p < this.to && a[p] === SPACE) p++;
      if (p < this.to && (this.keyColon(p) >= 0 || this.isEntry(p))) {
        this.col = p - this.start;
        this.from = p;
        out.push(this.block(this.col, depth + 1));
        this.valueAt = p;
      } else out.push(this.valueAfter(this.from + 1, indent, depth, false));
      this.entryValue(entry, this.valueAt);
    }
    return out;
  }
  /** The value after "key:" or "-" (p is just after it): inline, or a block on the next lines. */
  valueAfter(p, indent, depth, inMapping) {
    const a = this.a;
    while (p < this.to && a[p] === SPACE) p++;
    const c = a[p];
    if (p === this.to || c === HASH) {
      if (p === this.to) this.atEnd();
      const empty = p === this.to ? this.end : p;
      this.consume();
      if (this.peek()) {
        const at = this.from;
        if (this.col > indent) {
          const value2 = this.block(this.col, depth + 1);
          this.valueAt = at;
          return value2;
        }
        if (inMapping && this.col === indent && this.isEntry(this.from)) {
          const value2 = this.sequence(indent, depth + 1);
          this.valueAt = at;
          return value2;
        }
      }
      this.valueAt = empty;
      return null;
    }
    if (isOtherSpace(c)) bail();
    this.valueAt = p;
    let value;
    if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      this.pos = p;
      this.flowIndent = indent;
      value = this.flowNode(depth + 1);
      this.afterValue();
    } else if (c === SQUOTE || c === DQUOTE) {
      this.pos = p;
      value = this.quoted();
      this.afterValue();
    } else value = this.plain(p);
    this.consume();
    return value;
  }
  /** After a value: the line ends, or goes on with spaces and a comment. */
  afterValue() {
    const a = this.a;
    let p = this.pos;
    if (p === this.to) return this.atEnd();
    if (a[p] !== SPACE) bail();
    while (a[p] === SPACE) p++;
    if (a[p] !== HASH) bail();
  }
  /**
   * A plain scalar in block context, from p to a comment or the line's end. Its "#" and ":"
   * are found by the string's native search (see nextHash), not a loop over its characters:
   * long notes are most of an SLA's text, and a loop is slow until V8 has optimized it.
   */
  plain(p) {
    const a = this.a;
    const to = this.to;
    let end = to;
    let hash = this.nextHash(p);
    while (hash < to && a[hash - 1] !== SPACE) hash = this.nextHash(hash + 1);
    if (hash < to) end = hash - 1;
    for (let colon = this.nextColon(p); colon < end; colon = this.nextColon(colon + 1))
      if (colon + 1 === to || a[colon + 1] === SPACE) bail();
    if (end === to) this.atEnd();
    else {
      while (a[end - 1] === SPACE) end--;
      if (isOtherSpace(a[end - 1])) bail();
    }
    if (!this.plainStart(p, end)) bail();
    return this.scalar(p, end);
  }
  /** Whether text from p to end may be a plain scalar (no indicator like & * ! | > first). */
  plainStart(p, end) {
    const c = this.a[p];
    if (c === DASH) return p + 1 < end && this.a[p + 1] !== SPACE;
    return is(c, PLAIN_START);
  }
  /** A plain scalar's value in YAML 1.2's core schema: null, a boolean, a number or text. */
  scalar(p, end) {
    const raw = this.s.slice(p, end);
    const c = this.a[p];
    if (c < ZERO ? c === PLUS || c === DASH || c === DOT : c <= NINE)
      return this.numberOrText(raw, p, end);
    if (end - p <= 5 && (c === TILDE || (c | 32) === LOWER_N || (c | 32) === LOWER_T || (c | 32) === LOWER_F)) {
      switch (raw) {
        case "~":
        case "null":
        case "Null":
        case "NULL":
          return null;
        case "true":
        case "True":
        case "TRUE":
          return true;
        case "false":
        case "False":
        case "FALSE":
          return false;
      }
    }
    return raw;
  }
  /** Text from p to end starting with a digit, sign or dot: a number, or text when it is none. */
  numberOrText(raw, p, end) {
    const a = this.a;
    let q = p;
    while (q < end && is(a[q], NUMBER_CHAR)) q++;
    if (q < end) {
      const c = a[p];
      if (c === ZERO) {
        if (a[p + 1] === LOWER_X || a[p + 1] === LOWER_O) bail();
      } else if (c < ZERO && end - p <= 5 && INF_NAN.test(raw)) bail();
      return raw;
    }
    if (INT.test(raw)) return ODD_INT.test(raw) ? bail() : Number(raw);
    if (FLOAT.test(raw)) return parseFloat(raw);
    return raw;
  }
  /** A quoted scalar at pos, closed on the same line and without escapes. */
  quoted() {
    const s = this.s;
    const p = this.pos;
    if (this.a[p] === DQUOTE) {
      const close2 = s.indexOf('"', p + 1);
      if (close2 < 0 || close2 >= this.to) bail();
      const out2 = s.slice(p + 1, close2);
      if (out2.includes("\\")) bail();
      this.pos = close2 + 1;
      return out2;
    }
    let close = s.indexOf("'", p + 1);
    if (close < 0 || close >= this.to) bail();
    let out = s.slice(p + 1, close);
    while (this.a[close + 1] === SQUOTE) {
      const at = close + 2;
      close = s.indexOf("'", at);
      if (close < 0 || close >= this.to) bail();
      out += "'" + s.slice(at, close);
    }
    this.pos = close + 1;
    return out;
  }
  /** Skips spaces and line breaks inside a flow collection; returns the next character. */
  skipSpace() {
    const a = this.a;
    let p = this.pos;
    for (; ; ) {
      while (p < this.to && a[p] === SPACE) p++;
      if (p < this.to) break;
      this.nextFlowLine();
      p = this.from;
    }
    this.pos = p;
    const c = a[p];
    if (c === HASH) bail();
    return c;
  }
  /** The flow collection goes on: the next line must continue it, deeper than its key or entry. */
  nextFlowLine() {
    this.atEnd();
    const a = this.a;
    const at = this.end + 1;
    if (at > this.s.length) bail();
    let p = at;
    while (a[p] === SPACE) p++;
    const end = this.lineEnd(p);
    if (p === end || a[p] === HASH) bail();
    this.line(at, p, end);
    if (this.col <= this.flowIndent) bail();
  }
  flowNode(depth) {
    if (depth > MAX_FAST_DEPTH) bail();
    const c = this.skipSpace();
    if (c === OPEN_BRACE) return this.flowMap(depth);
    if (c === OPEN_BRACKET) return this.flowSeq(depth);
    if (c === SQUOTE || c === DQUOTE) return this.quoted();
    const p = this.pos;
    return this.scalar(p, this.flowPlain());
  }
  flowMap(depth) {
    const out = {};
    let size = 0;
    const first = this.count;
    this.pos++;
    for (; ; ) {
      let c = this.skipSpace();
      if (c === CLOSE_BRACE) break;
      const from = this.pos;
      const end = this.flowKey();
      const key = keyText(this.s, this.a, from, end, this.hash);
      const entry = this.entry(from, key);
      c = this.skipSpace();
      const valueAt3 = c === COMMA || c === CLOSE_BRACE ? -1 : this.pos;
      out[key] = valueAt3 < 0 ? null : this.flowNode(depth + 1);
      this.entryValue(entry, valueAt3);
      size++;
      c = this.skipSpace();
      if (c === COMMA) this.pos++;
      else if (c !== CLOSE_BRACE) bail();
    }
    this.pos++;
    return withoutDuplicates(out, size, first, this.count);
  }
  /**
   * A key in a flow mapping at pos: a name, maybe spaces, then ":" and a space, a line end or
   * , [ ] { }. Returns where the name ends and moves past the colon.
   */
  flowKey() {
    const a = this.a;
    let p = this.pos;
    let c = a[p];
    if (!is(c, KEY_START)) bail();
    let hash = c;
    for (c = a[++p]; (CLASSES[c] & KEY_CHAR) !== 0; c = a[++p])
      hash = Math.imul(hash, 31) + c | 0;
    this.hash = hash;
    const end = p;
    while (p < this.to && a[p] === SPACE) p++;
    if (p === this.to || a[p] !== COLON) bail();
    if (p + 1 < this.to) {
      c = a[p + 1];
      if (c !== SPACE && !is(c, FLOW_INDICATOR)) bail();
    }
    this.pos = p + 1;
    return end;
  }
  flowSeq(depth) {
    const out = [];
    this.pos++;
    for (; ; ) {
      let c = this.skipSpace();
      if (c === CLOSE_BRACKET) break;
      const itemAt = this.pos;
      const entry = this.entry(itemAt, null);
      out.push(this.flowNode(depth + 1));
      this.entryValue(entry, itemAt);
      c = this.skipSpace();
      if (c === COMMA) this.pos++;
      else if (c !== CLOSE_BRACKET) bail();
    }
    this.pos++;
    return out;
  }
  /** A plain scalar in a flow collection at pos, up to , [ ] { } or ": "; returns its end. */
  flowPlain() {
    const a = this.a;
    const to = this.to;
    const p = this.pos;
    let q = p;
    for (; ; q++) {
      const c = a[q];
      const cls = CLASSES[c];
      if ((cls & FLOW_PLAIN_STOP) === 0) continue;
      if ((cls & FLOW_INDICATOR) !== 0) break;
      if (c === COLON) {
        if (q + 1 === to) break;
        const d = a[q + 1];
        if (d === SPACE || is(d, FLOW_INDICATOR)) break;
      } else if (c === HASH) {
        if (a[q - 1] === SPACE) bail();
      } else if (q >= to) bail();
    }
    if (q === p) bail();
    this.pos = q;
    let end = q;
    while (a[end - 1] === SPACE) end--;
    if (isOtherSpace(a[end - 1])) bail();
    if (!this.plainStart(p, end)) bail();
    return end;
  }
};
var KEY_BITS = 11;
var MAX_CACHED_KEY = 32;
var recentKeys = new Array(1 << KEY_BITS).fill("");
var keyUnits = new Uint16Array((1 << KEY_BITS) * MAX_CACHED_KEY);
function keyText(s, a, from, end, hash) {
  const length = end - from;
  const slot = Math.imul(hash ^ hash >>> 15, 739982445) >>> 32 - KEY_BITS & ~1;
  const first = recentKeys[slot];
  if (first.length === length && sameUnits(slot, a, from, length)) return first;
  const second = recentKeys[slot + 1];
  if (second.length === length && sameUnits(slot + 1, a, from, length)) return second;
  const key = s.slice(from, end);
  if (!isTextKey(key)) bail();
  if (length > MAX_CACHED_KEY) return key;
  recentKeys[slot + 1] = first;
  const at = slot * MAX_CACHED_KEY;
  keyUnits.copyWithin(at + MAX_CACHED_KEY, at, at + MAX_CACHED_KEY);
  keyUnits.set(a.subarray(from, end), at);
  return recentKeys[slot] = Object.keys({ [key]: 0 })[0];
}
function sameUnits(slot, a, from, length) {
  const at = slot * MAX_CACHED_KEY;
  let i = 0;
  while (i < length && keyUnits[at + i] === a[from + i]) i++;
  return i === length;
}
function isTextKey(key) {
  switch (key) {
    case "__proto__":
    case "null":
    case "Null":
    case "NULL":
    case "True":
    case "TRUE":
    case "False":
    case "FALSE":
      return false;
  }
  return true;
}
var FEW_KEYS = 8;
function withoutDuplicates(out, size, first, end) {
  if (size > FEW_KEYS) {
    if (Object.keys(out).length !== size) bail();
    return out;
  }
  for (let e = first; e < end; e = entryAt[3 * e + 2]) {
    const key = entryKeys[e];
    for (let f = entryAt[3 * e + 2]; f < end; f = entryAt[3 * f + 2])
      if (entryKeys[f] === key) bail();
  }
  return out;
}

// src/load/traps.ts
function trapMessage(error, text) {
  const line = lineAround(text, error.offset);
  const column = error.offset - line.start;
  if (error.code === "TAB_AS_INDENT") {
    return {
      message: "a tab indents this line, and YAML does not allow tabs in indentation; indent with spaces (set your editor to insert spaces for tabs in YAML files)"
    };
  }
  if (error.code === "BAD_SCALAR_START") {
    const char = text[error.offset] ?? "";
    const value = valueAt(line, column);
    const why = char === "%" ? '"%" at the start of a value marks a YAML directive' : `"${char}" is reserved in YAML and cannot start an unquoted value`;
    const backticks = char === "`" && /^`[^`]*`$/.test(value.text) ? " (or drop the backticks)" : "";
    return { message: `${why}; quote the value: ${written(line, value)}${backticks}` };
  }
  if (error.code === "UNEXPECTED_TOKEN" && /block scalar header/i.test(error.message)) {
    const start = line.text.slice(0, column + 1).search(/[>|][^>|]*$/);
    if (start < 0) return void 0;
    const value = valueAt(line, start);
    return {
      offset: line.start + start,
      message: `"${value.text[0]}" at the start of a value begins a block of text on the lines below; to write ${value.text} as the value, quote it: ${written(line, value)}`
    };
  }
  if (error.code === "BLOCK_AS_IMPLICIT_KEY") {
    const value = valueAt(line, column);
    if (value.key === void 0 || !/:\s/.test(value.text)) return void 0;
    return {
      message: `the value contains ": ", which YAML reads as the start of another key; quote the value: ${written(line, value)}`
    };
  }
  if (error.code === "UNEXPECTED_TOKEN" && /scalar at node end/i.test(error.message)) {
    return textAfterValue(line, column);
  }
  const mark = unclosedQuoteMark(error);
  if (mark) return unclosedQuote(text, error.offset, mark);
  return void 0;
}
function unclosedQuoteMark(error) {
  if (error.code !== "MISSING_CHAR") return void 0;
  return /^Missing closing (["'])quote/.exec(error.message)?.[1];
}
function unclosedQuote(text, offset, mark) {
  const at = openingQuote(text, offset, mark);
  if (at < 0) return void 0;
  const line = lineAround(text, at);
  const value = valueAt(line, at - line.start);
  const shown2 = value.text.length > MAX_SHOWN ? `${value.text.slice(0, MAX_SHOWN - 20)}\u2026` : value.text;
  const fix = `${value.key !== void 0 ? `${value.key}: ` : ""}${shown2}${mark}`;
  const inside = mark === '"' ? '\\"' : "''";
  return {
    offset: at,
    message: `the value opened by ${mark} here has no closing ${mark}; end it with ${mark} where the value ends, e.g. ${fix} (a ${mark} inside the value is written ${inside})`
  };
}
function openingQuote(text, offset, mark) {
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    if (text[i] !== mark) continue;
    if (mark === "'") {
      if (text[i - 1] !== "'") return i;
      i--;
      continue;
    }
    let slashes = 0;
    while (text[i - 1 - slashes] === "\\") slashes++;
    if (slashes % 2 === 0) return i;
    i -= slashes;
  }
  return -1;
}
function textAfterValue(line, column) {
  const from = Math.max(0, column - MAX_KEY_SCAN);
  const before = line.text.slice(from, column);
  const found2 = before.search(/[{,[:]\s*(?:["'*][^{,[:]*)$/);
  if (found2 < 0) return void 0;
  const start = from + found2;
  const valueStart = start + 1 + (/^\s*/.exec(line.text.slice(start + 1))?.[0].length ?? 0);
  const value = valueAt(line, valueStart);
  const first = value.text[0];
  if (first === "*") {
    const name = /^\*([^\s,[\]{}]+)/.exec(value.text)?.[1] ?? "";
    return {
      offset: line.start + valueStart,
      message: `"*${name}" reads as an alias of an anchor "&${name}" that is not defined; a value that starts with "*" must be quoted: ${written(line, value)}`
    };
  }
  if (first !== '"' && first !== "'") return void 0;
  return {
    message: `text follows the closing quote of the value; quote the whole value: ${written(line, value)}`
  };
}
function unresolvedAliasMessage(text, offset, name) {
  const line = lineAround(text, offset);
  const value = valueAt(line, offset - line.start);
  return `"*${name}" reads as an alias of an anchor "&${name}" that is not defined; a value that starts with "*" must be quoted: ${written(line, value)}`;
}
function unknownTagMessage(text, offset, tag) {
  const line = lineAround(text, offset);
  const value = valueAt(line, offset - line.start);
  return `"${tag}" reads as a YAML tag, not as text, and is dropped from the value; a value that starts with "!" must be quoted: ${written(line, value)}`;
}
function lineAround(text, offset) {
  const at = Math.max(0, Math.min(offset, text.length));
  const start = text.lastIndexOf("\n", at - 1) + 1;
  let end = text.indexOf("\n", at);
  if (end < 0) end = text.length;
  return {
    start,
    text: text.slice(start, end).replace(/\r$/, ""),
    inFlow: flowDepth(text.slice(0, start)) > 0
  };
}
function valueAt(line, column) {
  const flow = line.inFlow || flowDepth(line.text.slice(0, column)) > 0;
  const before = line.text.slice(Math.max(0, column - MAX_KEY_SCAN), column);
  const rest = line.text.slice(column);
  const text = flow ? (/^[^,}\]]*/.exec(rest)?.[0] ?? rest).trim() : withoutComment(rest);
  const key = /(?:^|[\s{,[])((?:"[^"]*"|'[^']*'|[^\s{},[\]:#"'][^{},[\]:#]*?))\s*:\s*$/.exec(
    before
  )?.[1];
  return { key, text, flow };
}
function flowDepth(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = i === 0 ? "\n" : text[i - 1];
    if (c === "#" && /\s/.test(prev)) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else if ((c === '"' || c === "'") && /[\s:,[{-]/.test(prev)) {
      for (i++; i < text.length && text[i] !== c && text[i] !== "\n"; i++) {
        if (c === '"' && text[i] === "\\") i++;
      }
    } else if (c === "{" || c === "[") depth++;
    else if ((c === "}" || c === "]") && depth > 0) depth--;
  }
  return depth;
}
function withoutComment(rest) {
  const hash = rest.search(/\s#/);
  return (hash < 0 ? rest : rest.slice(0, hash)).trim();
}
var MAX_KEY_SCAN = 300;
var MAX_SHOWN = 300;
function written(line, value) {
  const text = value.text.length > MAX_SHOWN ? `${value.text.slice(0, MAX_SHOWN - 20)}\u2026` : value.text;
  const quoted = quote(text);
  if (value.key !== void 0) return `${value.key}: ${quoted}`;
  return !value.flow && /^\s*-\s/.test(line.text) ? `- ${quoted}` : quoted;
}
function quote(value) {
  if (!/["\\]/.test(value)) return `"${value}"`;
  return `'${value.replace(/'/g, "''")}'`;
}
var INDENT_CODES = /* @__PURE__ */ new Set(["BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY", "BAD_INDENT"]);
function indentationSlip(errors, text) {
  const first = errors.find(
    (e) => INDENT_CODES.has(e.code) || e.code === "MISSING_CHAR" && /^Sequence item without - indicator/.test(e.message)
  );
  if (!first || errors.indexOf(first) !== 0) return void 0;
  const errorLine = lineAround(text, first.pos[0]).start;
  const lines = structureLines(text, errorLine);
  const at = lines.findIndex((l) => l.start >= errorLine);
  if (at < 1) return void 0;
  for (const i of [at, at + 1]) {
    const line = lines[i];
    const above = lines[i - 1];
    if (!line || !above || !line.isKey) continue;
    const levels = levelsAbove(lines, i);
    if (levels.some((l) => l.column === line.indent)) continue;
    if (line.indent > above.keyIndent) {
      if (!above.inline) continue;
      return {
        offset: line.start + line.indent,
        from: above.start,
        message: `"${label(line)}" is indented ${spaces(line.indent)}, more than "${above.key}:" on the line above (${spaces(above.keyIndent)}), so YAML reads it as more of the value of ${above.key}; indent it ${spaces(above.keyIndent)} like "${above.key}:"`
      };
    }
    const list = levels.map((l) => `"${l.label}" at ${l.column}`).join(", ");
    return {
      offset: line.start + line.indent,
      from: Math.min(line.start, above.start),
      message: `"${label(line)}" is indented ${spaces(line.indent)}, which lines up with no key above it (${list}); indent it like the keys it belongs with`
    };
  }
  return void 0;
}
function label(line) {
  return `${line.dashes}${line.key}:`;
}
function spaces(n) {
  return n === 1 ? "1 space" : `${n} spaces`;
}
function levelsAbove(lines, i) {
  const levels = [];
  let below = Infinity;
  for (let j = i - 1; j >= 0 && below > 0; j--) {
    const l = lines[j];
    if (!l.isKey) continue;
    if (l.keyIndent < below) {
      levels.push({ column: l.keyIndent, label: `${l.key}:` });
      below = l.keyIndent;
    }
    if (l.indent < below) {
      levels.push({ column: l.indent, label: label(l) });
      below = l.indent;
    }
  }
  return levels;
}
var KEY_LINE = /^("[^"]*"[ \t]*|'[^']*'[ \t]*|[^\s#'"-][^:#]*|-[^\s:#][^:#]*):(?:[ \t]+(.*))?$/;
function structureLines(text, until) {
  const out = [];
  let blockAbove = -1;
  let flow = 0;
  let start = 0;
  let pastUntil = 0;
  while (start <= text.length && pastUntil < 2) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end).replace(/\r$/, "");
    const lineStart = start;
    start = end + 1;
    if (lineStart >= until) pastUntil++;
    const indent = /^ */.exec(raw)?.[0].length ?? 0;
    const rest = raw.slice(indent);
    if (rest === "" || rest.startsWith("#")) {
      if (lineStart >= until) pastUntil--;
      continue;
    }
    if (blockAbove >= 0 && indent > blockAbove) continue;
    blockAbove = -1;
    const inFlow = flow > 0;
    flow = Math.max(0, flow + flowBalance(raw));
    if (inFlow) continue;
    const dashes = dashPrefix(rest);
    const m = rest.length > 1e3 ? null : KEY_LINE.exec(rest.slice(dashes.length));
    const keyIndent = indent + dashes.length;
    const value = m ? (m[2] ?? "").replace(/(^|\s)#.*$/, "").trim() : "";
    if (/^[|>][-+0-9]*$/.test(m ? value : rest.slice(dashes.length).trim()))
      blockAbove = dashes.length > 0 && !m ? indent : keyIndent;
    out.push({
      start: lineStart,
      indent,
      keyIndent,
      key: m ? m[1].trimEnd() : rest.slice(0, 40),
      dashes: dashes.replace(/ +/g, " "),
      isKey: m !== null,
      inline: m !== null && value !== ""
    });
  }
  return out;
}
function dashPrefix(rest) {
  let i = 0;
  while (rest[i] === "-" && rest[i + 1] === " ") {
    i++;
    while (rest[i] === " ") i++;
  }
  return rest.slice(0, i);
}
function flowBalance(line) {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    const prev = i === 0 ? " " : line[i - 1];
    if (c === "#" && /\s/.test(prev)) break;
    if ((c === '"' || c === "'") && /[\s:,[{-]/.test(prev)) {
      for (i++; i < line.length && line[i] !== c; i++) if (c === '"' && line[i] === "\\") i++;
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
  }
  return depth;
}

// src/load/index.ts
var MAX_FILE_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 1e3;
var MAX_DEPTH = 64;
var decoder = new TextDecoder("utf-8", { fatal: true });
function problem(file, pos, rule, message) {
  return { file, line: pos.line, column: pos.column, rule, message, severity: "error" };
}
function decode(file, input) {
  if (typeof input === "string") return { text: input };
  const bytes = input instanceof Buffer ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (isAscii(bytes)) return { text: bytes.toString("latin1") };
  if (isUtf8(input)) {
    const text = bytes.toString("utf8");
    return { text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
  }
  try {
    return { text: decoder.decode(input) };
  } catch {
    const bad = firstInvalidUtf8(input);
    const lossy = new TextDecoder("utf-8");
    const before = lossy.decode(input.subarray(0, bad));
    const pos = positionAt(
      lossy.decode(input).replace(/^\uFEFF/, ""),
      before.length - (before.startsWith("\uFEFF") ? 1 : 0)
    );
    return {
      problem: problem(
        file,
        pos,
        "yaml-encoding",
        `invalid UTF-8 at byte ${bad}; save the file as UTF-8 (iconv -t UTF-8)`
      )
    };
  }
}
function firstInvalidUtf8(bytes) {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const need = b < 128 ? 0 : b >= 194 && b < 224 ? 1 : b >= 224 && b < 240 ? 2 : b >= 240 && b < 245 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
function loadYaml(file, input) {
  const size = typeof input === "string" ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_FILE_BYTES) {
    return {
      ok: false,
      problems: [
        problem(
          file,
          { line: 1, column: 1 },
          "file-too-large",
          `file is ${size} bytes, more than the ${MAX_FILE_BYTES} allowed; an SLA file holds one agreement of a few kilobytes \u2014 split it`
        )
      ]
    };
  }
  const decoded = decode(file, input);
  if ("problem" in decoded) return { ok: false, problems: [decoded.problem] };
  const text = decoded.text.charCodeAt(0) === 65279 ? decoded.text.slice(1) : decoded.text;
  const tooDeep = deepFlowNesting(text);
  if (tooDeep !== void 0) {
    const pos = positionAt(text, tooDeep);
    return { ok: false, problems: [problem(file, pos, "yaml-depth", DEPTH_MESSAGE)] };
  }
  const fast = parseSimpleYaml(text);
  if (fast) return { ok: true, source: lazySource(file, text, fast.data), text };
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, yamlOptions());
  } catch (err) {
    return {
      ok: false,
      problems: [
        problem(file, { line: 1, column: 1 }, "yaml-syntax", `cannot parse: ${messageOf(err)}`)
      ]
    };
  }
  const at = positionsIn(text);
  if (doc.errors.length > 0) {
    const seen = /* @__PURE__ */ new Set();
    const problems = withIndentationSlip(
      withoutQuoteCascade(withoutTabCascade(doc.errors, text), text),
      text
    ).map((e) => {
      const pos = at(e.pos[0]);
      if (e.code === "DUPLICATE_KEY") {
        const key = duplicateKeyAt(text, e.pos[0]);
        return problem(
          file,
          pos,
          "yaml-duplicate-key",
          `duplicate key${key ? ` "${key}"` : ""}: each key may appear once in a mapping; remove or rename one`
        );
      }
      if (e.code === INDENTATION) return problem(file, pos, "yaml-syntax", e.message);
      if (/call stack/i.test(e.message)) return problem(file, pos, "yaml-depth", DEPTH_MESSAGE);
      const hint = /multiple documents/i.test(e.message) ? 'a file holds one SLA; move each document after "---" into a file of its own' : /tabs/i.test(e.message) ? `${firstLine(e.message)}; indent with spaces` : firstLine(e.message);
      return Object.assign(problem(file, pos, "yaml-syntax", hint), { error: e });
    }).filter((p) => {
      const key = `${p.line}:${p.column}:${p.rule}:${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }).slice(0, MAX_SYNTAX_PROBLEMS).map(({ error, ...p }) => {
      if (!error) return p;
      const trap = trapMessage({ ...error, offset: error.pos[0] }, text);
      if (!trap) return p;
      const where = trap.offset === void 0 ? p : at(trap.offset);
      return problem(file, where, "yaml-syntax", trap.message);
    });
    return { ok: false, problems };
  }
  const tag = doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
  if (tag) {
    const name = /!\S*/.exec(text.slice(tag.pos[0]))?.[0] ?? "!";
    return {
      ok: false,
      problems: [
        problem(file, at(tag.pos[0]), "yaml-syntax", unknownTagMessage(text, tag.pos[0], name))
      ]
    };
  }
  const structural = checkStructure(doc, file, at);
  if (structural) return { ok: false, problems: [structural] };
  const duplicates = duplicateKeys(doc, text, file, at);
  if (duplicates.length > 0) return { ok: false, problems: duplicates };
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const unresolved = unresolvedAlias(doc);
    if (unresolved) {
      const offset = unresolved.range?.[0] ?? 0;
      return {
        ok: false,
        problems: [
          problem(
            file,
            at(offset),
            "yaml-syntax",
            unresolvedAliasMessage(text, offset, unresolved.source)
          )
        ]
      };
    }
    const aliasBomb = /alias/i.test(messageOf(err));
    return {
      ok: false,
      problems: [
        problem(
          file,
          { line: 1, column: 1 },
          aliasBomb ? "yaml-alias-limit" : "yaml-syntax",
          aliasBomb ? `aliases expand beyond ${MAX_ALIAS_COUNT} nodes (a "billion laughs" pattern); write the values out instead of nesting anchors` : `cannot read: ${messageOf(err)}`
        )
      ]
    };
  }
  const lines = text.split(/\r?\n/);
  return {
    ok: true,
    text,
    source: {
      file,
      data,
      locate: (path, part = "value") => locate(doc, path, part, at),
      lineText: (line) => lines[line - 1] ?? ""
    }
  };
}
function withoutTabCascade(errors, text) {
  const firstTab = errors.find((e) => e.code === "TAB_AS_INDENT");
  if (!firstTab) return errors;
  const lineStart = text.lastIndexOf("\n", firstTab.pos[0] - 1) + 1;
  return errors.filter((e) => e.code === "TAB_AS_INDENT" || e.pos[0] < lineStart);
}
var INDENTATION = "SLAC_INDENTATION";
function withIndentationSlip(errors, text) {
  const slip = indentationSlip(errors, text);
  if (!slip) return errors;
  return [
    ...errors.filter((e) => e.pos[0] < slip.from),
    { code: INDENTATION, message: slip.message, pos: [slip.offset, slip.offset] }
  ];
}
function withoutQuoteCascade(errors, text) {
  for (const unclosed of errors) {
    const mark = unclosedQuoteMark(unclosed);
    if (!mark) continue;
    const opening = openingQuote(text, unclosed.pos[0], mark);
    return opening < 0 ? errors : errors.filter((e) => e === unclosed || e.pos[0] < opening);
  }
  return errors;
}
function unresolvedAlias(doc) {
  let found2;
  (0, import_yaml.visit)(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== void 0) return void 0;
      found2 = node;
      return import_yaml.visit.BREAK;
    }
  });
  return found2;
}
function positionsIn(text) {
  const starts = [0];
  let scanned = 0;
  return (offset) => {
    const at = Math.max(0, Math.min(Math.floor(offset) || 0, text.length));
    while (scanned <= at && scanned < text.length) {
      const next = text.indexOf("\n", scanned);
      if (next === -1) scanned = text.length;
      else starts.push(scanned = next + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    const start = starts[lo];
    let end = lo + 1 < starts.length ? starts[lo + 1] - 1 : text.length;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    return { line: lo + 1, column: Math.min(at - start, end - start) + 1 };
  };
}
function positionAt(text, offset) {
  return positionsIn(text)(offset);
}
var DEPTH_MESSAGE = `nesting deeper than ${MAX_DEPTH} levels; an SLA is not that deep \u2014 check for unbalanced [ or {`;
var MAX_SYNTAX_PROBLEMS = 10;
function deepFlowNesting(text) {
  if (count(text, "[", MAX_DEPTH + 1) + count(text, "{", MAX_DEPTH + 1) <= MAX_DEPTH)
    return void 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return void 0;
}
function count(text, char, limit) {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1 && n < limit; i = text.indexOf(char, i + 1)) n++;
  return n;
}
function duplicateKeyAt(text, offset) {
  const m = /^(?:"([^"\n]{1,80})"|'([^'\n]{1,80})'|([^:\n]{1,80}?))\s*:/.exec(text.slice(offset));
  const key = m?.[1] ?? m?.[2] ?? m?.[3];
  return key?.trim() || void 0;
}
function yamlOptions() {
  return {
    version: "1.2",
    schema: "core",
    // The parser's own check compares each key with every earlier one (50,000 keys took
    // minutes); duplicateKeys() finds them with a set per mapping.
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
    logLevel: "error"
  };
}
function lazySource(file, text, data) {
  let spots;
  let full;
  let at;
  let lines;
  return {
    file,
    data,
    locate: (path, part = "value") => {
      if (spots === void 0 || spots && !isCurrent(spots))
        spots = simpleYamlSpots(text, data) ?? null;
      const offset = spots ? spotOf(spots, path, part) : -1;
      if (offset >= 0) return (at ??= positionsIn(text))(offset);
      if (!full) {
        const doc = (0, import_yaml.parseDocument)(text, yamlOptions());
        const positions = at ??= positionsIn(text);
        full = (p, k) => locate(doc, p, k, positions);
      }
      return full(path, part);
    },
    lineText: (line) => (lines ??= text.split(/\r?\n/))[line - 1] ?? ""
  };
}
function checkStructure(doc, file, at) {
  const stack = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop();
    if ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) {
      if (depth > MAX_DEPTH) {
        return problem(
          file,
          at(node.range?.[0] ?? 0),
          "yaml-depth",
          `nesting deeper than ${MAX_DEPTH} levels; an SLA is not that deep`
        );
      }
      for (const item of node.items) {
        if ((0, import_yaml.isPair)(item)) {
          if (item.key !== null && !(0, import_yaml.isScalar)(item.key)) {
            const range = item.key.range;
            return problem(
              file,
              at(range?.[0] ?? 0),
              "yaml-key",
              "a key must be plain text, not a list or mapping"
            );
          }
          stack.push({ node: item.value, depth: depth + 1 });
        } else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return null;
}
function duplicateKeys(doc, text, file, at) {
  const offsets = [];
  const stack = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) offsets.push(rangeStart(pair.key) ?? rangeStart(pair.value) ?? 0);
        else seen.add(key);
        stack.push(pair.value);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) stack.push((0, import_yaml.isPair)(item) ? item.value : item);
    }
  }
  return offsets.sort((a, b) => a - b).slice(0, MAX_SYNTAX_PROBLEMS).map((offset) => {
    const key = duplicateKeyAt(text, offset);
    return problem(
      file,
      at(offset),
      "yaml-duplicate-key",
      `duplicate key${key ? ` "${key}"` : ""}: each key may appear once in a mapping; remove or rename one`
    );
  });
}
var pairIndex = /* @__PURE__ */ new WeakMap();
function pairByKey(map, segment) {
  let index = pairIndex.get(map);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const p of map.items) {
      if (!(0, import_yaml.isScalar)(p.key)) continue;
      const k = String(p.key.value);
      if (!index.has(k)) index.set(k, p);
    }
    pairIndex.set(map, index);
  }
  return index.get(String(segment));
}
function locate(doc, path, part, at) {
  let node = doc.contents;
  let best = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if ((0, import_yaml.isAlias)(node)) node = node.resolve(doc);
    const last = i === path.length - 1;
    if ((0, import_yaml.isMap)(node)) {
      const pair = pairByKey(node, segment);
      if (!pair) break;
      const keyStart = rangeStart(pair.key);
      const valueStart = rangeStart(pair.value);
      best = (last && part === "key" ? keyStart : valueStart ?? keyStart) ?? best;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === void 0) break;
      best = rangeStart(item) ?? best;
      node = item;
    } else break;
  }
  return at(best);
}
function rangeStart(node) {
  if (node && typeof node === "object" && "range" in node) {
    const range = node.range;
    return range?.[0];
  }
  return void 0;
}
function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}
function firstLine(message) {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}

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
  if (hours === 0 && minutes > 0) return `${minutes} min a week`;
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
  if (seconds > 0 && seconds < 1) return count2(Math.round(seconds * 1e3), "millisecond");
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
    if (n > 0) parts.push(count2(n, unit));
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
  let key = `${hours.always ? 1 : 0}${hours.timezone.length}:${hours.timezone}`;
  for (const t of hours.text) key += `${t.length}:${t}`;
  let words = hoursSaid.get(key);
  if (words === void 0) {
    words = copied(hoursWordsOnce(hours));
    if (hoursSaid.size >= 1e3) hoursSaid.clear();
    hoursSaid.set(copied(key), words);
  }
  return words;
}
var hoursSaid = /* @__PURE__ */ new Map();
function copied(text) {
  return text.length < 13 ? text : (text + " ").slice(0, -1);
}
function hoursWordsOnce(hours) {
  if (hours.always || hours.text.some((t) => /^\s*24\s*(x|\/)\s*7\s*$/i.test(t))) {
    return "around the clock";
  }
  const parts = hours.text.map(scheduleEntryWords);
  return `${joinList(parts)} (${zoneWords(hours.timezone)})`;
}
function scheduleEntryWords(entry) {
  const m = scheduleEntryParts(entry.trim());
  if (!m) return entry.trim();
  const time = (h, min) => `${h.padStart(2, "0")}:${min}`;
  const from = time(m[2], m[3]);
  const to = time(m[4], m[5]);
  const overnight = to <= from && to !== "00:00" ? " the next day" : "";
  const clock2 = from === "00:00" && (to === "24:00" || to === "00:00") ? "all day" : `${from}\u2013${to}${overnight}`;
  return `${daysWords(m[1])}, ${clock2}`;
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
function count2(n, unit) {
  return `${n} ${n === 1 ? unit : `${unit}s`}`;
}
function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function closest(word, candidates) {
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) >= bestDistance) continue;
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
function levenshtein(a, b) {
  if (a.length > 100 || b.length > 100) return Math.max(a.length, b.length);
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j] + 1,
        cur[j - 1] + 1,
        prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    prev = cur;
  }
  return prev[b.length];
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
      const hours = minutes < MINUTES_PER_WEEK ? ` during service hours, ${hoursWords(serviceHours)}` : "";
      const allowed = allowedDowntimeSeconds(o.target.value, o.window, minutes);
      const counted = minutes < MINUTES_PER_WEEK ? ", counted during service hours" : "";
      return allowed > 0 ? `Available ${formatPercent(o.target.value)} of the time${hours}, which allows ${formatDuration(allowed)} of downtime ${windowPhrase(o.window)}${counted}.` : `Available ${formatPercent(o.target.value)} of the time${hours}: ${downtimeWords(o.target.value, o.window, minutes)}.`;
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
    targetChangeWords(b, h, worse) {
      const lost = (o) => o.target.kind === "percent" ? oneIn(100 - o.target.value) : void 0;
      const [before, after] = [lost(b), lost(h)];
      return before && after ? `at most ${after} stored objects may be lost instead of ${before}` : worse ? "more stored data may be lost" : "less stored data may be lost";
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
    targetChangeWords: (_b, _h, worse, before, after) => `at least ${after} must be sustained instead of ${before}, ${worse ? "less" : "more"} capacity for customers`,
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

// src/validate/config-schema.generated.ts
var import_ucs2length = __toESM(require_ucs2length(), 1);
var config_schema_generated_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/slac-dev/slac/v0.1.0/schemas/config.schema.json", "title": "SlacConfig", "description": "Repository configuration of slac (.slac.yml). Read from the base commit of a pull request.", "type": "object", "additionalProperties": false, "properties": { "slas": { "description": "Glob (or list of globs) of the SLA files, relative to the repository root.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }], "default": "slas/**/*.{yml,yaml}", "examples": ["slas/**/*.{yml,yaml}"] }, "templates": { "description": "Folder of templates and partials that override the default catalog templates.", "type": "string", "minLength": 1, "examples": ["templates/"] }, "site": { "title": "SiteConfig", "description": "The published service catalog.", "type": "object", "additionalProperties": false, "properties": { "title": { "description": "Title of the catalog.", "type": "string", "minLength": 1, "examples": ["Acme service catalog"] }, "baseUrl": { "description": "URL path the site is served under.", "type": "string", "examples": ["/", "/sla/"] }, "description": { "description": "A sentence shown under the title.", "type": "string" } } }, "approval": { "title": "ApprovalConfig", "description": "Who must approve SLA changes.", "type": "object", "additionalProperties": false, "properties": { "admins": { "description": 'Users ("@login") or teams ("@org/team") who approve new SLAs and config changes, and stand in when an owner is the author.', "type": "array", "items": { "type": "string", "minLength": 2 }, "examples": [["@acme/sla-admins"]] }, "staleReviews": { "description": "dismiss (default): only approvals of the current head count; keep: any approval counts; content: an approval counts while the SLA's commitments are the same as at the reviewed commit.", "enum": ["dismiss", "keep", "content"], "default": "dismiss" }, "editorial": { "description": "require-owner (default): wording-only changes need the owner too; no-approval: they need no approval.", "enum": ["require-owner", "no-approval"], "default": "require-owner" }, "overPromise": { "description": "warn (default): a change that promises more than past results delivered is flagged; require-admin: it also needs an admin's approval.", "enum": ["warn", "require-admin"], "default": "warn" } } }, "results": { "description": "Glob (or list of globs) of the measured results files (kind: ServiceLevelResults), relative to the repository root.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }], "default": "results/**/*.{yml,yaml}", "examples": ["results/**/*.{yml,yaml}"] }, "report": { "title": "ReportConfig", "description": "The review report and the catalog's performance section.", "type": "object", "additionalProperties": false, "properties": { "periods": { "description": "How many periods reports and the catalog show (default 12).", "type": "integer", "minimum": 1, "maximum": 120, "default": 12, "examples": [12] }, "reviewNotice": { "description": "How early before its date a review counts as due, a duration such as 14d (default 14d).", "type": "string", "minLength": 1, "default": "14d", "examples": ["14d", "30d"] } } }, "teams": { "title": "Teams", "description": 'Team members, for tokens that cannot read org membership: "@org/team" to logins.', "type": "object", "propertyNames": { "pattern": "^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$" }, "additionalProperties": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "examples": [{ "@acme/payments": ["alice", "bob"] }] } } };
var func1 = import_ucs2length.default.default ?? import_ucs2length.default;
var pattern4 = new RegExp("^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
function validate20(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "slas" || key0 === "templates" || key0 === "site" || key0 === "approval" || key0 === "results" || key0 === "report" || key0 === "teams")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.slas !== void 0) {
      let data0 = data.slas;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (data0.length < 1 && func1(data0) < 1) {
          const err1 = { instancePath: instancePath + "/slas", schemaPath: "#/properties/slas/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.slas.oneOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/slas", schemaPath: "#/properties/slas/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.slas.oneOf[0].type, parentSchema: schema31.properties.slas.oneOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs6 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/slas", schemaPath: "#/properties/slas/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.slas.oneOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (data1.length < 1 && func1(data1) < 1) {
              const err4 = { instancePath: instancePath + "/slas/" + i0, schemaPath: "#/properties/slas/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.slas.oneOf[1].items, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/slas/" + i0, schemaPath: "#/properties/slas/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.slas.oneOf[1].items.type, parentSchema: schema31.properties.slas.oneOf[1].items, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/slas", schemaPath: "#/properties/slas/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.slas.oneOf[1].type, parentSchema: schema31.properties.slas.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err7 = { instancePath: instancePath + "/slas", schemaPath: "#/properties/slas/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.slas.oneOf, parentSchema: schema31.properties.slas, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.templates !== void 0) {
      let data2 = data.templates;
      if (typeof data2 === "string") {
        if (data2.length < 1 && func1(data2) < 1) {
          const err8 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.templates, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.templates.type, parentSchema: schema31.properties.templates, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.site !== void 0) {
      let data3 = data.site;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "title" || key1 === "baseUrl" || key1 === "description")) {
            const err10 = { instancePath: instancePath + "/site", schemaPath: "#/properties/site/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.site, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.title !== void 0) {
          let data4 = data3.title;
          if (typeof data4 === "string") {
            if (data4.length < 1 && func1(data4) < 1) {
              const err11 = { instancePath: instancePath + "/site/title", schemaPath: "#/properties/site/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.site.properties.title, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/site/title", schemaPath: "#/properties/site/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.site.properties.title.type, parentSchema: schema31.properties.site.properties.title, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.baseUrl !== void 0) {
          let data5 = data3.baseUrl;
          if (typeof data5 !== "string") {
            const err13 = { instancePath: instancePath + "/site/baseUrl", schemaPath: "#/properties/site/properties/baseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.site.properties.baseUrl.type, parentSchema: schema31.properties.site.properties.baseUrl, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.description !== void 0) {
          let data6 = data3.description;
          if (typeof data6 !== "string") {
            const err14 = { instancePath: instancePath + "/site/description", schemaPath: "#/properties/site/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.site.properties.description.type, parentSchema: schema31.properties.site.properties.description, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/site", schemaPath: "#/properties/site/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.site.type, parentSchema: schema31.properties.site, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.approval !== void 0) {
      let data7 = data.approval;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          if (!(key2 === "admins" || key2 === "staleReviews" || key2 === "editorial" || key2 === "overPromise")) {
            const err16 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.approval, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data7.admins !== void 0) {
          let data8 = data7.admins;
          if (Array.isArray(data8)) {
            const len1 = data8.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data9 = data8[i1];
              if (typeof data9 === "string") {
                if (data9.length < 3 && func1(data9) < 2) {
                  const err17 = { instancePath: instancePath + "/approval/admins/" + i1, schemaPath: "#/properties/approval/properties/admins/items/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema31.properties.approval.properties.admins.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/approval/admins/" + i1, schemaPath: "#/properties/approval/properties/admins/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.approval.properties.admins.items.type, parentSchema: schema31.properties.approval.properties.admins.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/approval/admins", schemaPath: "#/properties/approval/properties/admins/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.approval.properties.admins.type, parentSchema: schema31.properties.approval.properties.admins, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data7.staleReviews !== void 0) {
          let data10 = data7.staleReviews;
          if (!(data10 === "dismiss" || data10 === "keep" || data10 === "content")) {
            const err20 = { instancePath: instancePath + "/approval/staleReviews", schemaPath: "#/properties/approval/properties/staleReviews/enum", keyword: "enum", params: { allowedValues: schema31.properties.approval.properties.staleReviews.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.approval.properties.staleReviews.enum, parentSchema: schema31.properties.approval.properties.staleReviews, data: data10 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data7.editorial !== void 0) {
          let data11 = data7.editorial;
          if (!(data11 === "require-owner" || data11 === "no-approval")) {
            const err21 = { instancePath: instancePath + "/approval/editorial", schemaPath: "#/properties/approval/properties/editorial/enum", keyword: "enum", params: { allowedValues: schema31.properties.approval.properties.editorial.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.approval.properties.editorial.enum, parentSchema: schema31.properties.approval.properties.editorial, data: data11 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data7.overPromise !== void 0) {
          let data12 = data7.overPromise;
          if (!(data12 === "warn" || data12 === "require-admin")) {
            const err22 = { instancePath: instancePath + "/approval/overPromise", schemaPath: "#/properties/approval/properties/overPromise/enum", keyword: "enum", params: { allowedValues: schema31.properties.approval.properties.overPromise.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.approval.properties.overPromise.enum, parentSchema: schema31.properties.approval.properties.overPromise, data: data12 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.approval.type, parentSchema: schema31.properties.approval, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.results !== void 0) {
      let data13 = data.results;
      const _errs32 = errors;
      let valid8 = false;
      let passing1 = null;
      const _errs33 = errors;
      if (typeof data13 === "string") {
        if (data13.length < 1 && func1(data13) < 1) {
          const err24 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.results.oneOf[0], data: data13 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.results.oneOf[0].type, parentSchema: schema31.properties.results.oneOf[0], data: data13 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid1 = _errs33 === errors;
      if (_valid1) {
        valid8 = true;
        passing1 = 0;
      }
      const _errs35 = errors;
      if (Array.isArray(data13)) {
        if (data13.length < 1) {
          const err26 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.results.oneOf[1], data: data13 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (typeof data14 === "string") {
            if (data14.length < 1 && func1(data14) < 1) {
              const err27 = { instancePath: instancePath + "/results/" + i2, schemaPath: "#/properties/results/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.results.oneOf[1].items, data: data14 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/results/" + i2, schemaPath: "#/properties/results/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.results.oneOf[1].items.type, parentSchema: schema31.properties.results.oneOf[1].items, data: data14 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.results.oneOf[1].type, parentSchema: schema31.properties.results.oneOf[1], data: data13 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      var _valid1 = _errs35 === errors;
      if (_valid1 && valid8) {
        valid8 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid8 = true;
          passing1 = 1;
        }
      }
      if (!valid8) {
        const err30 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.results.oneOf, parentSchema: schema31.properties.results, data: data13 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      } else {
        errors = _errs32;
        if (vErrors !== null) {
          if (_errs32) {
            vErrors.length = _errs32;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.report !== void 0) {
      let data15 = data.report;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key3 in data15) {
          if (!(key3 === "periods" || key3 === "reviewNotice")) {
            const err31 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.report, data: data15 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data15.periods !== void 0) {
          let data16 = data15.periods;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err32 = { instancePath: instancePath + "/report/periods", schemaPath: "#/properties/report/properties/periods/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.report.properties.periods.type, parentSchema: schema31.properties.report.properties.periods, data: data16 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 > 120 || isNaN(data16)) {
              const err33 = { instancePath: instancePath + "/report/periods", schemaPath: "#/properties/report/properties/periods/maximum", keyword: "maximum", params: { comparison: "<=", limit: 120 }, message: "must be <= 120", schema: 120, parentSchema: schema31.properties.report.properties.periods, data: data16 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data16 < 1 || isNaN(data16)) {
              const err34 = { instancePath: instancePath + "/report/periods", schemaPath: "#/properties/report/properties/periods/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.report.properties.periods, data: data16 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
        }
        if (data15.reviewNotice !== void 0) {
          let data17 = data15.reviewNotice;
          if (typeof data17 === "string") {
            if (data17.length < 1 && func1(data17) < 1) {
              const err35 = { instancePath: instancePath + "/report/reviewNotice", schemaPath: "#/properties/report/properties/reviewNotice/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.report.properties.reviewNotice, data: data17 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/report/reviewNotice", schemaPath: "#/properties/report/properties/reviewNotice/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.report.properties.reviewNotice.type, parentSchema: schema31.properties.report.properties.reviewNotice, data: data17 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.report.type, parentSchema: schema31.properties.report, data: data15 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.teams !== void 0) {
      let data18 = data.teams;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key4 in data18) {
          const _errs48 = errors;
          if (typeof key4 === "string") {
            if (!pattern4.test(key4)) {
              const err38 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/propertyNames/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$"', schema: "^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$", parentSchema: schema31.properties.teams.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
          var valid12 = _errs48 === errors;
          if (!valid12) {
            const err39 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema31.properties.teams.propertyNames, parentSchema: schema31.properties.teams, data: data18 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        for (const key5 in data18) {
          let data19 = data18[key5];
          if (Array.isArray(data19)) {
            const len3 = data19.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data20 = data19[i3];
              if (typeof data20 === "string") {
                if (data20.length < 1 && func1(data20) < 1) {
                  const err40 = { instancePath: instancePath + "/teams/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/properties/teams/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.teams.additionalProperties.items, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = { instancePath: instancePath + "/teams/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/properties/teams/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.teams.additionalProperties.items.type, parentSchema: schema31.properties.teams.additionalProperties.items, data: data20 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/teams/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/teams/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.teams.additionalProperties.type, parentSchema: schema31.properties.teams.additionalProperties, data: data19 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.teams.type, parentSchema: schema31.properties.teams, data: data18 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
  } else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/validate/results-schema.generated.ts
var import_ucs2length2 = __toESM(require_ucs2length(), 1);
var results_schema_generated_default = validate202;
var schema312 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/slac-dev/slac/v0.1.0/schemas/results.schema.json", "title": "ServiceLevelResults", "description": "Measured results of SLA objectives for one period (slac/v1): what was delivered, kept in git beside the promise.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "period", "results"], "properties": { "apiVersion": { "description": "Version of the file format.", "const": "slac/v1", "examples": ["slac/v1"] }, "kind": { "description": "Kind of document; always ServiceLevelResults.", "const": "ServiceLevelResults", "examples": ["ServiceLevelResults"] }, "period": { "description": "The period measured: a month 2026-11, a quarter 2026-Q4, an ISO week 2026-W47 or a year 2026. Its kind follows each objective's window (a rolling window such as 28d is reported per month).", "type": ["string", "integer"], "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-W(0[1-9]|[1-4][0-9]|5[0-3]))?$", "examples": ["2026-11", "2026-Q4", "2026-W47", "2026"] }, "source": { "description": "Where the figures come from, in words (e.g. prometheus https://prometheus.acme.example).", "type": "string", "maxLength": 500, "examples": ["prometheus https://prometheus.acme.example"] }, "results": { "description": "One result per objective measured in this period.", "type": "array", "maxItems": 1e5, "items": { "$ref": "#/$defs/result" } } }, "$defs": { "result": { "title": "Result", "description": "What was measured for one objective of one SLA over the period.", "type": "object", "additionalProperties": false, "required": ["sla", "objective", "value"], "properties": { "sla": { "description": "The SLA's metadata.id.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 100, "examples": ["payments-api"] }, "objective": { "description": "The objective's id in that SLA.", "type": "string", "minLength": 1, "maxLength": 100, "examples": ["uptime"] }, "value": { "description": `What was measured, in the objective's target syntax: a percentage ("99.97%" or 99.97), a duration ("280ms") or a number with a unit ("1200 rps").`, "type": ["string", "number"], "examples": ["99.97%", "280ms", "1200 rps"] }, "good": { "description": "Optional: the good events behind a ratio (e.g. successful requests).", "type": "integer", "minimum": 0, "examples": [2591222] }, "total": { "description": 'Optional: all events behind a ratio; at least "good".', "type": "integer", "minimum": 0, "examples": [2592e3] }, "note": { "description": "Optional note shown to customers beside the figure (an incident, a maintenance).", "type": "string", "maxLength": 2e3, "examples": ["Card network outage on 12 November (INC-2231)."] } } } } };
var schema32 = { "title": "Result", "description": "What was measured for one objective of one SLA over the period.", "type": "object", "additionalProperties": false, "required": ["sla", "objective", "value"], "properties": { "sla": { "description": "The SLA's metadata.id.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 100, "examples": ["payments-api"] }, "objective": { "description": "The objective's id in that SLA.", "type": "string", "minLength": 1, "maxLength": 100, "examples": ["uptime"] }, "value": { "description": `What was measured, in the objective's target syntax: a percentage ("99.97%" or 99.97), a duration ("280ms") or a number with a unit ("1200 rps").`, "type": ["string", "number"], "examples": ["99.97%", "280ms", "1200 rps"] }, "good": { "description": "Optional: the good events behind a ratio (e.g. successful requests).", "type": "integer", "minimum": 0, "examples": [2591222] }, "total": { "description": 'Optional: all events behind a ratio; at least "good".', "type": "integer", "minimum": 0, "examples": [2592e3] }, "note": { "description": "Optional note shown to customers beside the figure (an incident, a maintenance).", "type": "string", "maxLength": 2e3, "examples": ["Card network outage on 12 November (INC-2231)."] } } };
var pattern42 = new RegExp("^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-W(0[1-9]|[1-4][0-9]|5[0-3]))?$", "u");
var pattern5 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
var func12 = import_ucs2length2.default.default ?? import_ucs2length2.default;
function validate202(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate202.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.period === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "period" }, message: "must have required property 'period'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.results === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "results" }, message: "must have required property 'results'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "period" || key0 === "source" || key0 === "results")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("slac/v1" !== data0) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "slac/v1" }, message: "must be equal to constant", schema: "slac/v1", parentSchema: schema312.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("ServiceLevelResults" !== data1) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ServiceLevelResults" }, message: "must be equal to constant", schema: "ServiceLevelResults", parentSchema: schema312.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.period !== void 0) {
      let data2 = data.period;
      if (typeof data2 !== "string" && !(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err7 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: schema312.properties.period.type }, message: "must be string,integer", schema: schema312.properties.period.type, parentSchema: schema312.properties.period, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (!pattern42.test(data2)) {
          const err8 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-W(0[1-9]|[1-4][0-9]|5[0-3]))?$" }, message: 'must match pattern "^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-W(0[1-9]|[1-4][0-9]|5[0-3]))?$"', schema: "^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-W(0[1-9]|[1-4][0-9]|5[0-3]))?$", parentSchema: schema312.properties.period, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.source !== void 0) {
      let data3 = data.source;
      if (typeof data3 === "string") {
        if (data3.length > 500 && func12(data3) > 500) {
          const err9 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema312.properties.source, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.source.type, parentSchema: schema312.properties.source, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.results !== void 0) {
      let data4 = data.results;
      if (Array.isArray(data4)) {
        if (data4.length > 1e5) {
          const err11 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items", schema: 1e5, parentSchema: schema312.properties.results, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.sla === void 0) {
              const err12 = { instancePath: instancePath + "/results/" + i0, schemaPath: "#/$defs/result/required", keyword: "required", params: { missingProperty: "sla" }, message: "must have required property 'sla'", schema: schema32.required, parentSchema: schema32, data: data5 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data5.objective === void 0) {
              const err13 = { instancePath: instancePath + "/results/" + i0, schemaPath: "#/$defs/result/required", keyword: "required", params: { missingProperty: "objective" }, message: "must have required property 'objective'", schema: schema32.required, parentSchema: schema32, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data5.value === void 0) {
              const err14 = { instancePath: instancePath + "/results/" + i0, schemaPath: "#/$defs/result/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema32.required, parentSchema: schema32, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key1 in data5) {
              if (!(key1 === "sla" || key1 === "objective" || key1 === "value" || key1 === "good" || key1 === "total" || key1 === "note")) {
                const err15 = { instancePath: instancePath + "/results/" + i0, schemaPath: "#/$defs/result/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data5 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data5.sla !== void 0) {
              let data6 = data5.sla;
              if (typeof data6 === "string") {
                if (data6.length > 100 && func12(data6) > 100) {
                  const err16 = { instancePath: instancePath + "/results/" + i0 + "/sla", schemaPath: "#/$defs/result/properties/sla/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema32.properties.sla, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (!pattern5.test(data6)) {
                  const err17 = { instancePath: instancePath + "/results/" + i0 + "/sla", schemaPath: "#/$defs/result/properties/sla/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema32.properties.sla, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/results/" + i0 + "/sla", schemaPath: "#/$defs/result/properties/sla/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.sla.type, parentSchema: schema32.properties.sla, data: data6 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data5.objective !== void 0) {
              let data7 = data5.objective;
              if (typeof data7 === "string") {
                if (data7.length > 100 && func12(data7) > 100) {
                  const err19 = { instancePath: instancePath + "/results/" + i0 + "/objective", schemaPath: "#/$defs/result/properties/objective/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema32.properties.objective, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                if (data7.length < 1 && func12(data7) < 1) {
                  const err20 = { instancePath: instancePath + "/results/" + i0 + "/objective", schemaPath: "#/$defs/result/properties/objective/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.objective, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/results/" + i0 + "/objective", schemaPath: "#/$defs/result/properties/objective/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.objective.type, parentSchema: schema32.properties.objective, data: data7 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data5.value !== void 0) {
              let data8 = data5.value;
              if (typeof data8 !== "string" && !(typeof data8 == "number" && isFinite(data8))) {
                const err22 = { instancePath: instancePath + "/results/" + i0 + "/value", schemaPath: "#/$defs/result/properties/value/type", keyword: "type", params: { type: schema32.properties.value.type }, message: "must be string,number", schema: schema32.properties.value.type, parentSchema: schema32.properties.value, data: data8 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data5.good !== void 0) {
              let data9 = data5.good;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                const err23 = { instancePath: instancePath + "/results/" + i0 + "/good", schemaPath: "#/$defs/result/properties/good/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.good.type, parentSchema: schema32.properties.good, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 < 0 || isNaN(data9)) {
                  const err24 = { instancePath: instancePath + "/results/" + i0 + "/good", schemaPath: "#/$defs/result/properties/good/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.good, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
            }
            if (data5.total !== void 0) {
              let data10 = data5.total;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err25 = { instancePath: instancePath + "/results/" + i0 + "/total", schemaPath: "#/$defs/result/properties/total/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.total.type, parentSchema: schema32.properties.total, data: data10 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 < 0 || isNaN(data10)) {
                  const err26 = { instancePath: instancePath + "/results/" + i0 + "/total", schemaPath: "#/$defs/result/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.total, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            }
            if (data5.note !== void 0) {
              let data11 = data5.note;
              if (typeof data11 === "string") {
                if (data11.length > 2e3 && func12(data11) > 2e3) {
                  const err27 = { instancePath: instancePath + "/results/" + i0 + "/note", schemaPath: "#/$defs/result/properties/note/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema32.properties.note, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/results/" + i0 + "/note", schemaPath: "#/$defs/result/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.note.type, parentSchema: schema32.properties.note, data: data11 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/results/" + i0, schemaPath: "#/$defs/result/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data5 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.results.type, parentSchema: schema312.properties.results, data: data4 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.type, parentSchema: schema312, data };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate202.errors = vErrors;
  return errors === 0;
}
validate202.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/validate/sla-schema.generated.ts
var import_ucs2length3 = __toESM(require_ucs2length(), 1);
var sla_schema_generated_default = validate203;
var schema313 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/slac-dev/slac/v0.1.0/schemas/sla.schema.json", "title": "ServiceLevelAgreement", "description": "A service level agreement kept as code (slac/v1). One file holds one SLA.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "description": "Version of the SLA file format.", "const": "slac/v1", "examples": ["slac/v1"] }, "kind": { "description": "Kind of document; always ServiceLevelAgreement.", "const": "ServiceLevelAgreement", "examples": ["ServiceLevelAgreement"] }, "metadata": { "$ref": "#/$defs/metadata" }, "spec": { "$ref": "#/$defs/spec" } }, "$defs": { "metadata": { "title": "Metadata", "description": "Identity and ownership of the SLA.", "type": "object", "additionalProperties": false, "required": ["id", "title", "owner"], "properties": { "id": { "description": "Stable identity of the SLA, kebab-case and unique in the repository. Diffs match SLAs by this id, not by file path.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 100, "examples": ["payments-api"] }, "title": { "description": "Human title of the SLA as customers see it.", "type": "string", "minLength": 1, "maxLength": 200, "examples": ["Payments API"] }, "owner": { "description": 'Who must approve changes: a GitHub user "@login" or a team "@org/team-slug".', "type": "string", "minLength": 1, "maxLength": 140, "examples": ["@acme/payments", "@alice"] }, "tier": { "description": "Free label for the service tier, used to filter the catalog.", "type": "string", "minLength": 1, "maxLength": 50, "examples": ["gold", "silver", "internal"] }, "tags": { "description": "Free labels used to search and filter the catalog.", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 50 }, "uniqueItems": true, "examples": [["payments", "api"]] } } }, "spec": { "title": "Spec", "description": "The commitments of the SLA.", "type": "object", "additionalProperties": false, "required": ["service", "effective", "objectives"], "properties": { "service": { "$ref": "#/$defs/service" }, "customers": { "description": "Who this SLA is offered to.", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "examples": [["All paid plans"]] }, "effective": { "$ref": "#/$defs/effective" }, "review": { "$ref": "#/$defs/review" }, "serviceHours": { "$ref": "#/$defs/hours", "description": "When the objectives apply. Allowed downtime is measured over these hours. Default: 24x7 in UTC." }, "objectives": { "description": "Service level objectives: measurable, time-bound targets.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/objective" } }, "support": { "$ref": "#/$defs/support" }, "maintenance": { "$ref": "#/$defs/maintenance" }, "exclusions": { "description": "Events that do not count against the objectives. Each added exclusion weakens the SLA.", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 500 }, "examples": [["Outages caused by the customer's own systems or network"]] }, "credits": { "$ref": "#/$defs/credits" }, "contacts": { "description": "How customers reach the service team.", "type": "array", "items": { "$ref": "#/$defs/contact" } } } }, "service": { "title": "Service", "description": "The service this SLA covers.", "type": "object", "additionalProperties": false, "required": ["name", "summary"], "properties": { "name": { "description": "Name of the service.", "type": "string", "minLength": 1, "maxLength": 200, "examples": ["Payments API"] }, "summary": { "description": "One or two sentences on what the service does for customers.", "type": "string", "minLength": 1, "maxLength": 2e3, "examples": ["Accept card and wallet payments in web and mobile checkout."] }, "url": { "description": "Link to the service's documentation (https, http or mailto).", "type": "string", "pattern": "^(https?:|mailto:)", "maxLength": 2e3, "examples": ["https://docs.acme.example/payments"] } } }, "effective": { "title": "Effective", "description": "When the SLA is in force.", "type": "object", "additionalProperties": false, "required": ["from"], "properties": { "from": { "$ref": "#/$defs/date", "description": "First day the SLA applies (ISO date)." }, "until": { "$ref": "#/$defs/date", "description": "Last day the SLA applies (ISO date). Omit for open-ended." } } }, "review": { "title": "Review", "description": "How often the SLA is reviewed and when it last was.", "type": "object", "additionalProperties": false, "required": ["every", "lastReviewed"], "properties": { "every": { "description": 'Review cadence: "6 months", "1 year", "90 days", "2 weeks" or ISO 8601 ("P6M").', "type": "string", "minLength": 1, "examples": ["6 months", "1 year", "3 months", "90 days", "P6M"] }, "lastReviewed": { "$ref": "#/$defs/date", "description": "Date of the last review (ISO date)." } } }, "hours": { "title": "Hours", "description": "A weekly schedule in a time zone.", "type": "object", "additionalProperties": false, "required": ["schedule"], "properties": { "timezone": { "$ref": "#/$defs/timezone" }, "schedule": { "$ref": "#/$defs/schedule" } } }, "objective": { "title": "Objective", "description": "One service level objective.", "type": "object", "additionalProperties": false, "required": ["id", "title", "indicator", "target", "window"], "properties": { "id": { "description": "Identity of the objective within the SLA, kebab-case.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 100, "examples": ["uptime", "checkout-latency"] }, "title": { "description": "Customer-facing title.", "type": "string", "minLength": 1, "maxLength": 200, "examples": ["Monthly uptime"] }, "description": { "description": "Longer customer-facing explanation.", "type": "string", "maxLength": 2e3 }, "indicator": { "description": 'What is measured. It decides which way is better: availability, success-rate, durability, throughput are better higher; error-rate, latency, response-time, resolution-time, freshness better lower; custom declares it with "better". freshness is how old the data a service serves may be ("warehouse tables at most 15 min behind").', "enum": ["availability", "success-rate", "durability", "error-rate", "latency", "throughput", "response-time", "resolution-time", "freshness", "custom"], "examples": ["availability", "latency"] }, "target": { "description": 'The promised level: a percentage ("99.95%" or 99.95) for availability, success-rate, durability and error-rate; a duration ("300ms") for latency, response-time, resolution-time and freshness; a number with a unit ("1000 rps") for throughput.', "type": ["string", "number"], "examples": ["99.95%", "300ms", "1000 rps"] }, "percentile": { "description": "For latency: the percentile of requests that meet the target (95 means 95% of requests).", "type": "number", "examples": [95, 99] }, "window": { "description": 'Measurement window: a calendar week, month, quarter or year, or a rolling duration ("28d", "30 days").', "type": "string", "minLength": 1, "examples": ["month", "quarter", "year", "week", "28d", "30d", "7d", "90d"] }, "tolerance": { "$ref": "#/$defs/tolerance" }, "measurement": { "description": "How the indicator is measured, in words a customer can check.", "type": "string", "maxLength": 2e3, "examples": ["A minute counts as down when more than 5% of API calls fail with a server error."] }, "better": { "description": "For indicator custom only: whether a higher or a lower value is better.", "enum": ["higher", "lower"] }, "prometheus": { "$ref": "#/$defs/prometheus" } } }, "prometheus": { "title": "Prometheus queries", "description": `How "slac measure" reads the objective's result for a period from Prometheus (or Thanos, Mimir, Cortex). A ratio indicator (availability, success-rate, error-rate, durability) takes "good" and "total"; any other indicator takes "value". "{{range}}" becomes the period's length in seconds ("2592000s" for a 30-day month). Never shown to customers.`, "type": "object", "additionalProperties": false, "properties": { "good": { "description": 'For availability, success-rate, error-rate and durability: PromQL counting the good events of the period, with "total" beside it. The value is good / total as a percentage (for error-rate the failed share, 100 - good / total x 100).', "type": "string", "examples": ['sum(increase(http_requests_total{job="payments",code!~"5.."}[{{range}}]))'] }, "total": { "description": 'For availability, success-rate, error-rate and durability: PromQL counting all events of the period, with "good" beside it.', "type": "string", "examples": ['sum(increase(http_requests_total{job="payments"}[{{range}}]))'] }, "value": { "description": "For latency, response-time, resolution-time, throughput and custom: PromQL giving the period's value as one number, in seconds for durations and in the target's unit otherwise.", "type": "string", "examples": ['histogram_quantile(0.95, sum by (le) (increase(http_request_duration_seconds_bucket{job="payments"}[{{range}}])))'] } } }, "tolerance": { "title": "Tolerance", "description": "The customer's zone of tolerance (SERVQUAL): the desired level and the adequate (minimum acceptable) level. The target lies inside the band.", "type": "object", "additionalProperties": false, "required": ["desired", "adequate"], "properties": { "desired": { "description": "The level customers hope for.", "type": ["string", "number"], "examples": ["99.99%"] }, "adequate": { "description": "The lowest level customers accept.", "type": ["string", "number"], "examples": ["99.9%"] } } }, "support": { "title": "Support", "description": "Support hours and response and resolution times by priority.", "type": "object", "additionalProperties": false, "properties": { "hours": { "$ref": "#/$defs/hours", "description": "When support is staffed." }, "priorities": { "description": "Incident priorities with their response and resolution times.", "type": "array", "items": { "$ref": "#/$defs/priority" } } } }, "priority": { "title": "Priority", "description": "One incident priority.", "type": "object", "additionalProperties": false, "required": ["level", "meaning", "response"], "properties": { "level": { "description": "Name of the priority.", "type": "string", "minLength": 1, "maxLength": 20, "examples": ["P1"] }, "meaning": { "description": "Which incidents get this priority.", "type": "string", "minLength": 1, "maxLength": 500, "examples": ["Payments fail for all customers"] }, "response": { "$ref": "#/$defs/duration", "description": "Time to first response." }, "resolution": { "$ref": "#/$defs/duration", "description": "Time to resolution or workaround." }, "hours": { "$ref": "#/$defs/schedule", "description": 'When the clock runs for this priority, if not the support hours ("24x7").' } } }, "maintenance": { "title": "Maintenance", "description": "Planned maintenance: advance notice and windows.", "type": "object", "additionalProperties": false, "properties": { "notice": { "$ref": "#/$defs/duration", "description": "Advance notice given before maintenance." }, "windows": { "description": "Recurring maintenance windows.", "type": "array", "items": { "$ref": "#/$defs/hours" } } } }, "credits": { "title": "Credits", "description": "Service credits paid when an availability objective is missed.", "type": "object", "additionalProperties": false, "required": ["objective", "tiers"], "properties": { "objective": { "description": "Id of the availability objective the credits are tied to.", "type": "string", "minLength": 1, "examples": ["uptime"] }, "tiers": { "description": "Credit tiers: when measured availability falls below a threshold, the customer gets the credit (a percentage of the fee for the window).", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/creditTier" } } } }, "creditTier": { "title": "CreditTier", "type": "object", "additionalProperties": false, "required": ["below", "credit"], "properties": { "below": { "$ref": "#/$defs/percentage", "description": "Availability below which this credit applies." }, "credit": { "$ref": "#/$defs/percentage", "description": "Credit as a percentage of the fee for the window." } } }, "contact": { "title": "Contact", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Who to contact.", "type": "string", "minLength": 1, "maxLength": 200 }, "email": { "description": "E-mail address.", "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+$", "maxLength": 320, "examples": ["payments-oncall@acme.example"] }, "url": { "description": "Link (https, http or mailto).", "type": "string", "pattern": "^(https?:|mailto:)", "maxLength": 2e3 }, "phone": { "description": "Telephone number.", "type": "string", "maxLength": 50 } } }, "percentage": { "description": 'A percentage: "99.95%" or the number 99.95.', "type": ["string", "number"], "examples": ["99.95%", 99.95] }, "duration": { "description": 'A duration: "15m", "4h", "1h30m", "2d", "300ms", "30 minutes" or ISO 8601 ("PT4H"). Months and years vary in length: write days.', "type": "string", "minLength": 1, "examples": ["15m", "4h", "1h30m", "PT4H"] }, "date": { "description": "An ISO date, YYYY-MM-DD.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "examples": ["2026-06-15"] }, "timezone": { "description": "An IANA time zone, e.g. UTC or Europe/Berlin.", "type": "string", "minLength": 1, "examples": ["UTC", "Europe/Berlin", "America/New_York"] }, "schedule": { "description": '"24x7", or days and hours "Mon-Fri 08:00-18:00" (days like Mon-Fri or Sat,Sun), or a list of those.', "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }], "examples": ["24x7", "Mon-Fri 08:00-18:00", ["Mon-Fri 08:00-18:00", "Sat 10:00-14:00"]] } } };
var schema322 = { "title": "Metadata", "description": "Identity and ownership of the SLA.", "type": "object", "additionalProperties": false, "required": ["id", "title", "owner"], "properties": { "id": { "description": "Stable identity of the SLA, kebab-case and unique in the repository. Diffs match SLAs by this id, not by file path.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 100, "examples": ["payments-api"] }, "title": { "description": "Human title of the SLA as customers see it.", "type": "string", "minLength": 1, "maxLength": 200, "examples": ["Payments API"] }, "owner": { "description": 'Who must approve changes: a GitHub user "@login" or a team "@org/team-slug".', "type": "string", "minLength": 1, "maxLength": 140, "examples": ["@acme/payments", "@alice"] }, "tier": { "description": "Free label for the service tier, used to filter the catalog.", "type": "string", "minLength": 1, "maxLength": 50, "examples": ["gold", "silver", "internal"] }, "tags": { "description": "Free labels used to search and filter the catalog.", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 50 }, "uniqueItems": true, "examples": [["payments", "api"]] } } };
var func13 = import_ucs2length3.default.default ?? import_ucs2length3.default;
var pattern43 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
var schema33 = { "title": "Spec", "description": "The commitments of the SLA.", "type": "object", "additionalProperties": false, "required": ["service", "effective", "objectives"], "properties": { "service": { "$ref": "#/$defs/service" }, "customers": { "description": "Who this SLA is offered to.", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "examples": [["All paid plans"]] }, "effective": { "$ref": "#/$defs/effective" }, "review": { "$ref": "#/$defs/review" }, "serviceHours": { "$ref": "#/$defs/hours", "description": "When the objectives apply. Allowed downtime is measured over these hours. Default: 24x7 in UTC." }, "objectives": { "description": "Service level objectives: measurable, time-bound targets.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/objective" } }, "support": { "$ref": "#/$defs/support" }, "maintenance": { "$ref": "#/$defs/maintenance" }, "exclusions": { "description": "Events that do not count against the objectives. Each added exclusion weakens the SLA.", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 500 }, "examples": [["Outages caused by the customer's own systems or network"]] }, "credits": { "$ref": "#/$defs/credits" }, "contacts": { "description": "How customers reach the service team.", "type": "array", "items": { "$ref": "#/$defs/contact" } } } };
var schema34 = { "title": "Service", "description": "The service this SLA covers.", "type": "object", "additionalProperties": false, "required": ["name", "summary"], "properties": { "name": { "description": "Name of the service.", "type": "string", "minLength": 1, "maxLength": 200, "examples": ["Payments API"] }, "summary": { "description": "One or two sentences on what the service does for customers.", "type": "string", "minLength": 1, "maxLength": 2e3, "examples": ["Accept card and wallet payments in web and mobile checkout."] }, "url": { "description": "Link to the service's documentation (https, http or mailto).", "type": "string", "pattern": "^(https?:|mailto:)", "maxLength": 2e3, "examples": ["https://docs.acme.example/payments"] } } };
var schema57 = { "title": "Contact", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Who to contact.", "type": "string", "minLength": 1, "maxLength": 200 }, "email": { "description": "E-mail address.", "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+$", "maxLength": 320, "examples": ["payments-oncall@acme.example"] }, "url": { "description": "Link (https, http or mailto).", "type": "string", "pattern": "^(https?:|mailto:)", "maxLength": 2e3 }, "phone": { "description": "Telephone number.", "type": "string", "maxLength": 50 } } };
var func10 = Object.prototype.hasOwnProperty;
var pattern52 = new RegExp("^(https?:|mailto:)", "u");
var pattern10 = new RegExp("^[^@\\s]+@[^@\\s]+$", "u");
var schema35 = { "title": "Effective", "description": "When the SLA is in force.", "type": "object", "additionalProperties": false, "required": ["from"], "properties": { "from": { "$ref": "#/$defs/date", "description": "First day the SLA applies (ISO date)." }, "until": { "$ref": "#/$defs/date", "description": "Last day the SLA applies (ISO date). Omit for open-ended." } } };
var schema36 = { "description": "An ISO date, YYYY-MM-DD.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "examples": ["2026-06-15"] };
var pattern6 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate22(data, instancePath = "") {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.from === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema35.required, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "from" || key0 === "until")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      let data0 = data.from;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err2 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema36, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.until !== void 0) {
      let data1 = data.until;
      if (typeof data1 === "string") {
        if (!pattern6.test(data1)) {
          const err4 = { instancePath: instancePath + "/until", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema36, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/until", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema38 = { "title": "Review", "description": "How often the SLA is reviewed and when it last was.", "type": "object", "additionalProperties": false, "required": ["every", "lastReviewed"], "properties": { "every": { "description": 'Review cadence: "6 months", "1 year", "90 days", "2 weeks" or ISO 8601 ("P6M").', "type": "string", "minLength": 1, "examples": ["6 months", "1 year", "3 months", "90 days", "P6M"] }, "lastReviewed": { "$ref": "#/$defs/date", "description": "Date of the last review (ISO date)." } } };
function validate24(data, instancePath = "") {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.every === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "every" }, message: "must have required property 'every'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.lastReviewed === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lastReviewed" }, message: "must have required property 'lastReviewed'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "every" || key0 === "lastReviewed")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.every !== void 0) {
      let data0 = data.every;
      if (typeof data0 === "string") {
        if (data0.length < 1 && func13(data0) < 1) {
          const err3 = { instancePath: instancePath + "/every", schemaPath: "#/properties/every/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.every, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/every", schemaPath: "#/properties/every/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.every.type, parentSchema: schema38.properties.every, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.lastReviewed !== void 0) {
      let data1 = data.lastReviewed;
      if (typeof data1 === "string") {
        if (!pattern6.test(data1)) {
          const err5 = { instancePath: instancePath + "/lastReviewed", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema36, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/lastReviewed", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema40 = { "title": "Hours", "description": "A weekly schedule in a time zone.", "type": "object", "additionalProperties": false, "required": ["schedule"], "properties": { "timezone": { "$ref": "#/$defs/timezone" }, "schedule": { "$ref": "#/$defs/schedule" } } };
var schema41 = { "description": "An IANA time zone, e.g. UTC or Europe/Berlin.", "type": "string", "minLength": 1, "examples": ["UTC", "Europe/Berlin", "America/New_York"] };
var schema42 = { "description": '"24x7", or days and hours "Mon-Fri 08:00-18:00" (days like Mon-Fri or Sat,Sun), or a list of those.', "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }], "examples": ["24x7", "Mon-Fri 08:00-18:00", ["Mon-Fri 08:00-18:00", "Sat 10:00-14:00"]] };
function validate26(data, instancePath = "") {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schedule === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schedule" }, message: "must have required property 'schedule'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "timezone" || key0 === "schedule")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data0 = data.timezone;
      if (typeof data0 === "string") {
        if (data0.length < 1 && func13(data0) < 1) {
          const err2 = { instancePath: instancePath + "/timezone", schemaPath: "#/$defs/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/timezone", schemaPath: "#/$defs/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.schedule !== void 0) {
      let data1 = data.schedule;
      const _errs7 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs8 = errors;
      if (typeof data1 === "string") {
        if (data1.length < 1 && func13(data1) < 1) {
          const err4 = { instancePath: instancePath + "/schedule", schemaPath: "#/$defs/schedule/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.oneOf[0], data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/schedule", schemaPath: "#/$defs/schedule/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.oneOf[0].type, parentSchema: schema42.oneOf[0], data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs10 = errors;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err6 = { instancePath: instancePath + "/schedule", schemaPath: "#/$defs/schedule/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema42.oneOf[1], data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (data2.length < 1 && func13(data2) < 1) {
              const err7 = { instancePath: instancePath + "/schedule/" + i0, schemaPath: "#/$defs/schedule/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.oneOf[1].items, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/schedule/" + i0, schemaPath: "#/$defs/schedule/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.oneOf[1].items.type, parentSchema: schema42.oneOf[1].items, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/schedule", schemaPath: "#/$defs/schedule/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.oneOf[1].type, parentSchema: schema42.oneOf[1], data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err10 = { instancePath: instancePath + "/schedule", schemaPath: "#/$defs/schedule/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema42.oneOf, parentSchema: schema42, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema43 = { "title": "Objective", "description": "One service level objective.", "type": "object", "additionalProperties": false, "required": ["id", "title", "indicator", "target", "window"], "properties": { "id": { "description": "Identity of the objective within the SLA, kebab-case.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 100, "examples": ["uptime", "checkout-latency"] }, "title": { "description": "Customer-facing title.", "type": "string", "minLength": 1, "maxLength": 200, "examples": ["Monthly uptime"] }, "description": { "description": "Longer customer-facing explanation.", "type": "string", "maxLength": 2e3 }, "indicator": { "description": 'What is measured. It decides which way is better: availability, success-rate, durability, throughput are better higher; error-rate, latency, response-time, resolution-time, freshness better lower; custom declares it with "better". freshness is how old the data a service serves may be ("warehouse tables at most 15 min behind").', "enum": ["availability", "success-rate", "durability", "error-rate", "latency", "throughput", "response-time", "resolution-time", "freshness", "custom"], "examples": ["availability", "latency"] }, "target": { "description": 'The promised level: a percentage ("99.95%" or 99.95) for availability, success-rate, durability and error-rate; a duration ("300ms") for latency, response-time, resolution-time and freshness; a number with a unit ("1000 rps") for throughput.', "type": ["string", "number"], "examples": ["99.95%", "300ms", "1000 rps"] }, "percentile": { "description": "For latency: the percentile of requests that meet the target (95 means 95% of requests).", "type": "number", "examples": [95, 99] }, "window": { "description": 'Measurement window: a calendar week, month, quarter or year, or a rolling duration ("28d", "30 days").', "type": "string", "minLength": 1, "examples": ["month", "quarter", "year", "week", "28d", "30d", "7d", "90d"] }, "tolerance": { "$ref": "#/$defs/tolerance" }, "measurement": { "description": "How the indicator is measured, in words a customer can check.", "type": "string", "maxLength": 2e3, "examples": ["A minute counts as down when more than 5% of API calls fail with a server error."] }, "better": { "description": "For indicator custom only: whether a higher or a lower value is better.", "enum": ["higher", "lower"] }, "prometheus": { "$ref": "#/$defs/prometheus" } } };
var schema44 = { "title": "Tolerance", "description": "The customer's zone of tolerance (SERVQUAL): the desired level and the adequate (minimum acceptable) level. The target lies inside the band.", "type": "object", "additionalProperties": false, "required": ["desired", "adequate"], "properties": { "desired": { "description": "The level customers hope for.", "type": ["string", "number"], "examples": ["99.99%"] }, "adequate": { "description": "The lowest level customers accept.", "type": ["string", "number"], "examples": ["99.9%"] } } };
var schema45 = { "title": "Prometheus queries", "description": `How "slac measure" reads the objective's result for a period from Prometheus (or Thanos, Mimir, Cortex). A ratio indicator (availability, success-rate, error-rate, durability) takes "good" and "total"; any other indicator takes "value". "{{range}}" becomes the period's length in seconds ("2592000s" for a 30-day month). Never shown to customers.`, "type": "object", "additionalProperties": false, "properties": { "good": { "description": 'For availability, success-rate, error-rate and durability: PromQL counting the good events of the period, with "total" beside it. The value is good / total as a percentage (for error-rate the failed share, 100 - good / total x 100).', "type": "string", "examples": ['sum(increase(http_requests_total{job="payments",code!~"5.."}[{{range}}]))'] }, "total": { "description": 'For availability, success-rate, error-rate and durability: PromQL counting all events of the period, with "good" beside it.', "type": "string", "examples": ['sum(increase(http_requests_total{job="payments"}[{{range}}]))'] }, "value": { "description": "For latency, response-time, resolution-time, throughput and custom: PromQL giving the period's value as one number, in seconds for durations and in the target's unit otherwise.", "type": "string", "examples": ['histogram_quantile(0.95, sum by (le) (increase(http_request_duration_seconds_bucket{job="payments"}[{{range}}])))'] } } };
function validate28(data, instancePath = "") {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.indicator === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "indicator" }, message: "must have required property 'indicator'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.target === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.window === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "window" }, message: "must have required property 'window'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func10.call(schema43.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (data0.length > 100 && func13(data0) > 100) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema43.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern43.test(data0)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema43.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.id.type, parentSchema: schema43.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (data1.length > 200 && func13(data1) > 200) {
          const err9 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema43.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1.length < 1 && func13(data1) < 1) {
          const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema43.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.title.type, parentSchema: schema43.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === "string") {
        if (data2.length > 2e3 && func13(data2) > 2e3) {
          const err12 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema43.properties.description, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.description.type, parentSchema: schema43.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.indicator !== void 0) {
      let data3 = data.indicator;
      if (!(data3 === "availability" || data3 === "success-rate" || data3 === "durability" || data3 === "error-rate" || data3 === "latency" || data3 === "throughput" || data3 === "response-time" || data3 === "resolution-time" || data3 === "freshness" || data3 === "custom")) {
        const err14 = { instancePath: instancePath + "/indicator", schemaPath: "#/properties/indicator/enum", keyword: "enum", params: { allowedValues: schema43.properties.indicator.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.indicator.enum, parentSchema: schema43.properties.indicator, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.target !== void 0) {
      let data4 = data.target;
      if (typeof data4 !== "string" && !(typeof data4 == "number" && isFinite(data4))) {
        const err15 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: schema43.properties.target.type }, message: "must be string,number", schema: schema43.properties.target.type, parentSchema: schema43.properties.target, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.percentile !== void 0) {
      let data5 = data.percentile;
      if (!(typeof data5 == "number" && isFinite(data5))) {
        const err16 = { instancePath: instancePath + "/percentile", schemaPath: "#/properties/percentile/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema43.properties.percentile.type, parentSchema: schema43.properties.percentile, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.window !== void 0) {
      let data6 = data.window;
      if (typeof data6 === "string") {
        if (data6.length < 1 && func13(data6) < 1) {
          const err17 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema43.properties.window, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.window.type, parentSchema: schema43.properties.window, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.tolerance !== void 0) {
      let data7 = data.tolerance;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.desired === void 0) {
          const err19 = { instancePath: instancePath + "/tolerance", schemaPath: "#/$defs/tolerance/required", keyword: "required", params: { missingProperty: "desired" }, message: "must have required property 'desired'", schema: schema44.required, parentSchema: schema44, data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data7.adequate === void 0) {
          const err20 = { instancePath: instancePath + "/tolerance", schemaPath: "#/$defs/tolerance/required", keyword: "required", params: { missingProperty: "adequate" }, message: "must have required property 'adequate'", schema: schema44.required, parentSchema: schema44, data: data7 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key1 in data7) {
          if (!(key1 === "desired" || key1 === "adequate")) {
            const err21 = { instancePath: instancePath + "/tolerance", schemaPath: "#/$defs/tolerance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data7.desired !== void 0) {
          let data8 = data7.desired;
          if (typeof data8 !== "string" && !(typeof data8 == "number" && isFinite(data8))) {
            const err22 = { instancePath: instancePath + "/tolerance/desired", schemaPath: "#/$defs/tolerance/properties/desired/type", keyword: "type", params: { type: schema44.properties.desired.type }, message: "must be string,number", schema: schema44.properties.desired.type, parentSchema: schema44.properties.desired, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data7.adequate !== void 0) {
          let data9 = data7.adequate;
          if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9))) {
            const err23 = { instancePath: instancePath + "/tolerance/adequate", schemaPath: "#/$defs/tolerance/properties/adequate/type", keyword: "type", params: { type: schema44.properties.adequate.type }, message: "must be string,number", schema: schema44.properties.adequate.type, parentSchema: schema44.properties.adequate, data: data9 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/tolerance", schemaPath: "#/$defs/tolerance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data7 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.measurement !== void 0) {
      let data10 = data.measurement;
      if (typeof data10 === "string") {
        if (data10.length > 2e3 && func13(data10) > 2e3) {
          const err25 = { instancePath: instancePath + "/measurement", schemaPath: "#/properties/measurement/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema43.properties.measurement, data: data10 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/measurement", schemaPath: "#/properties/measurement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.measurement.type, parentSchema: schema43.properties.measurement, data: data10 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.better !== void 0) {
      let data11 = data.better;
      if (!(data11 === "higher" || data11 === "lower")) {
        const err27 = { instancePath: instancePath + "/better", schemaPath: "#/properties/better/enum", keyword: "enum", params: { allowedValues: schema43.properties.better.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.better.enum, parentSchema: schema43.properties.better, data: data11 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.prometheus !== void 0) {
      let data12 = data.prometheus;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key2 in data12) {
          if (!(key2 === "good" || key2 === "total" || key2 === "value")) {
            const err28 = { instancePath: instancePath + "/prometheus", schemaPath: "#/$defs/prometheus/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data: data12 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data12.good !== void 0) {
          let data13 = data12.good;
          if (typeof data13 !== "string") {
            const err29 = { instancePath: instancePath + "/prometheus/good", schemaPath: "#/$defs/prometheus/properties/good/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.good.type, parentSchema: schema45.properties.good, data: data13 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data12.total !== void 0) {
          let data14 = data12.total;
          if (typeof data14 !== "string") {
            const err30 = { instancePath: instancePath + "/prometheus/total", schemaPath: "#/$defs/prometheus/properties/total/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.total.type, parentSchema: schema45.properties.total, data: data14 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data12.value !== void 0) {
          let data15 = data12.value;
          if (typeof data15 !== "string") {
            const err31 = { instancePath: instancePath + "/prometheus/value", schemaPath: "#/$defs/prometheus/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.value.type, parentSchema: schema45.properties.value, data: data15 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/prometheus", schemaPath: "#/$defs/prometheus/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data: data12 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema46 = { "title": "Support", "description": "Support hours and response and resolution times by priority.", "type": "object", "additionalProperties": false, "properties": { "hours": { "$ref": "#/$defs/hours", "description": "When support is staffed." }, "priorities": { "description": "Incident priorities with their response and resolution times.", "type": "array", "items": { "$ref": "#/$defs/priority" } } } };
var schema47 = { "title": "Priority", "description": "One incident priority.", "type": "object", "additionalProperties": false, "required": ["level", "meaning", "response"], "properties": { "level": { "description": "Name of the priority.", "type": "string", "minLength": 1, "maxLength": 20, "examples": ["P1"] }, "meaning": { "description": "Which incidents get this priority.", "type": "string", "minLength": 1, "maxLength": 500, "examples": ["Payments fail for all customers"] }, "response": { "$ref": "#/$defs/duration", "description": "Time to first response." }, "resolution": { "$ref": "#/$defs/duration", "description": "Time to resolution or workaround." }, "hours": { "$ref": "#/$defs/schedule", "description": 'When the clock runs for this priority, if not the support hours ("24x7").' } } };
var schema48 = { "description": 'A duration: "15m", "4h", "1h30m", "2d", "300ms", "30 minutes" or ISO 8601 ("PT4H"). Months and years vary in length: write days.', "type": "string", "minLength": 1, "examples": ["15m", "4h", "1h30m", "PT4H"] };
function validate32(data, instancePath = "") {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.level === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.meaning === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "meaning" }, message: "must have required property 'meaning'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.response === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "response" }, message: "must have required property 'response'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "level" || key0 === "meaning" || key0 === "response" || key0 === "resolution" || key0 === "hours")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.level !== void 0) {
      let data0 = data.level;
      if (typeof data0 === "string") {
        if (data0.length > 20 && func13(data0) > 20) {
          const err4 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters", schema: 20, parentSchema: schema47.properties.level, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.length < 1 && func13(data0) < 1) {
          const err5 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.level, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.level.type, parentSchema: schema47.properties.level, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.meaning !== void 0) {
      let data1 = data.meaning;
      if (typeof data1 === "string") {
        if (data1.length > 500 && func13(data1) > 500) {
          const err7 = { instancePath: instancePath + "/meaning", schemaPath: "#/properties/meaning/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema47.properties.meaning, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1.length < 1 && func13(data1) < 1) {
          const err8 = { instancePath: instancePath + "/meaning", schemaPath: "#/properties/meaning/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.meaning, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/meaning", schemaPath: "#/properties/meaning/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.meaning.type, parentSchema: schema47.properties.meaning, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.response !== void 0) {
      let data2 = data.response;
      if (typeof data2 === "string") {
        if (data2.length < 1 && func13(data2) < 1) {
          const err10 = { instancePath: instancePath + "/response", schemaPath: "#/$defs/duration/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/response", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.resolution !== void 0) {
      let data3 = data.resolution;
      if (typeof data3 === "string") {
        if (data3.length < 1 && func13(data3) < 1) {
          const err12 = { instancePath: instancePath + "/resolution", schemaPath: "#/$defs/duration/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/resolution", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.hours !== void 0) {
      let data4 = data.hours;
      const _errs14 = errors;
      let valid4 = false;
      let passing0 = null;
      const _errs15 = errors;
      if (typeof data4 === "string") {
        if (data4.length < 1 && func13(data4) < 1) {
          const err14 = { instancePath: instancePath + "/hours", schemaPath: "#/$defs/schedule/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.oneOf[0], data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/hours", schemaPath: "#/$defs/schedule/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.oneOf[0].type, parentSchema: schema42.oneOf[0], data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid0 = _errs15 === errors;
      if (_valid0) {
        valid4 = true;
        passing0 = 0;
      }
      const _errs17 = errors;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err16 = { instancePath: instancePath + "/hours", schemaPath: "#/$defs/schedule/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema42.oneOf[1], data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (data5.length < 1 && func13(data5) < 1) {
              const err17 = { instancePath: instancePath + "/hours/" + i0, schemaPath: "#/$defs/schedule/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.oneOf[1].items, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/hours/" + i0, schemaPath: "#/$defs/schedule/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.oneOf[1].items.type, parentSchema: schema42.oneOf[1].items, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/hours", schemaPath: "#/$defs/schedule/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.oneOf[1].type, parentSchema: schema42.oneOf[1], data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid0 = _errs17 === errors;
      if (_valid0 && valid4) {
        valid4 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid4 = true;
          passing0 = 1;
        }
      }
      if (!valid4) {
        const err20 = { instancePath: instancePath + "/hours", schemaPath: "#/$defs/schedule/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema42.oneOf, parentSchema: schema42, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      } else {
        errors = _errs14;
        if (vErrors !== null) {
          if (_errs14) {
            vErrors.length = _errs14;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate30(data, instancePath = "") {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "hours" || key0 === "priorities")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.hours !== void 0) {
      if (!validate26(data.hours, instancePath + "/hours")) {
        if (vErrors === null) vErrors = validate26.errors;
        else for (const merged of validate26.errors) vErrors.push(merged);
        errors = vErrors.length;
      }
    }
    if (data.priorities !== void 0) {
      let data1 = data.priorities;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate32(data1[i0], instancePath + "/priorities/" + i0)) {
            if (vErrors === null) vErrors = validate32.errors;
            else for (const merged of validate32.errors) vErrors.push(merged);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/priorities", schemaPath: "#/properties/priorities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.priorities.type, parentSchema: schema46.properties.priorities, data: data1 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema51 = { "title": "Maintenance", "description": "Planned maintenance: advance notice and windows.", "type": "object", "additionalProperties": false, "properties": { "notice": { "$ref": "#/$defs/duration", "description": "Advance notice given before maintenance." }, "windows": { "description": "Recurring maintenance windows.", "type": "array", "items": { "$ref": "#/$defs/hours" } } } };
function validate35(data, instancePath = "") {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "notice" || key0 === "windows")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.notice !== void 0) {
      let data0 = data.notice;
      if (typeof data0 === "string") {
        if (data0.length < 1 && func13(data0) < 1) {
          const err1 = { instancePath: instancePath + "/notice", schemaPath: "#/$defs/duration/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/notice", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.windows !== void 0) {
      let data1 = data.windows;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate26(data1[i0], instancePath + "/windows/" + i0)) {
            if (vErrors === null) vErrors = validate26.errors;
            else for (const merged of validate26.errors) vErrors.push(merged);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/windows", schemaPath: "#/properties/windows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.properties.windows.type, parentSchema: schema51.properties.windows, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema53 = { "title": "Credits", "description": "Service credits paid when an availability objective is missed.", "type": "object", "additionalProperties": false, "required": ["objective", "tiers"], "properties": { "objective": { "description": "Id of the availability objective the credits are tied to.", "type": "string", "minLength": 1, "examples": ["uptime"] }, "tiers": { "description": "Credit tiers: when measured availability falls below a threshold, the customer gets the credit (a percentage of the fee for the window).", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/creditTier" } } } };
var schema54 = { "title": "CreditTier", "type": "object", "additionalProperties": false, "required": ["below", "credit"], "properties": { "below": { "$ref": "#/$defs/percentage", "description": "Availability below which this credit applies." }, "credit": { "$ref": "#/$defs/percentage", "description": "Credit as a percentage of the fee for the window." } } };
var schema55 = { "description": 'A percentage: "99.95%" or the number 99.95.', "type": ["string", "number"], "examples": ["99.95%", 99.95] };
function validate39(data, instancePath = "") {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.below === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "below" }, message: "must have required property 'below'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.credit === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "credit" }, message: "must have required property 'credit'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "below" || key0 === "credit")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.below !== void 0) {
      let data0 = data.below;
      if (typeof data0 !== "string" && !(typeof data0 == "number" && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/below", schemaPath: "#/$defs/percentage/type", keyword: "type", params: { type: schema55.type }, message: "must be string,number", schema: schema55.type, parentSchema: schema55, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.credit !== void 0) {
      let data1 = data.credit;
      if (typeof data1 !== "string" && !(typeof data1 == "number" && isFinite(data1))) {
        const err4 = { instancePath: instancePath + "/credit", schemaPath: "#/$defs/percentage/type", keyword: "type", params: { type: schema55.type }, message: "must be string,number", schema: schema55.type, parentSchema: schema55, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate38(data, instancePath = "") {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.objective === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "objective" }, message: "must have required property 'objective'", schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tiers === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tiers" }, message: "must have required property 'tiers'", schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "objective" || key0 === "tiers")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.objective !== void 0) {
      let data0 = data.objective;
      if (typeof data0 === "string") {
        if (data0.length < 1 && func13(data0) < 1) {
          const err3 = { instancePath: instancePath + "/objective", schemaPath: "#/properties/objective/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema53.properties.objective, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/objective", schemaPath: "#/properties/objective/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.objective.type, parentSchema: schema53.properties.objective, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.tiers !== void 0) {
      let data1 = data.tiers;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err5 = { instancePath: instancePath + "/tiers", schemaPath: "#/properties/tiers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema53.properties.tiers, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate39(data1[i0], instancePath + "/tiers/" + i0)) {
            if (vErrors === null) vErrors = validate39.errors;
            else for (const merged of validate39.errors) vErrors.push(merged);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/tiers", schemaPath: "#/properties/tiers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.properties.tiers.type, parentSchema: schema53.properties.tiers, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.type, parentSchema: schema53, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, instancePath = "") {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.service === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.effective === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "effective" }, message: "must have required property 'effective'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.objectives === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "objectives" }, message: "must have required property 'objectives'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func10.call(schema33.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data0 = data.service;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.name === void 0) {
          const err4 = { instancePath: instancePath + "/service", schemaPath: "#/$defs/service/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.summary === void 0) {
          const err5 = { instancePath: instancePath + "/service", schemaPath: "#/$defs/service/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema34.required, parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "name" || key1 === "summary" || key1 === "url")) {
            const err6 = { instancePath: instancePath + "/service", schemaPath: "#/$defs/service/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data1 = data0.name;
          if (typeof data1 === "string") {
            if (data1.length > 200 && func13(data1) > 200) {
              const err7 = { instancePath: instancePath + "/service/name", schemaPath: "#/$defs/service/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema34.properties.name, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data1.length < 1 && func13(data1) < 1) {
              const err8 = { instancePath: instancePath + "/service/name", schemaPath: "#/$defs/service/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.name, data: data1 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/service/name", schemaPath: "#/$defs/service/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.name.type, parentSchema: schema34.properties.name, data: data1 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.summary !== void 0) {
          let data2 = data0.summary;
          if (typeof data2 === "string") {
            if (data2.length > 2e3 && func13(data2) > 2e3) {
              const err10 = { instancePath: instancePath + "/service/summary", schemaPath: "#/$defs/service/properties/summary/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema34.properties.summary, data: data2 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data2.length < 1 && func13(data2) < 1) {
              const err11 = { instancePath: instancePath + "/service/summary", schemaPath: "#/$defs/service/properties/summary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.summary, data: data2 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/service/summary", schemaPath: "#/$defs/service/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.summary.type, parentSchema: schema34.properties.summary, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.url !== void 0) {
          let data3 = data0.url;
          if (typeof data3 === "string") {
            if (data3.length > 2e3 && func13(data3) > 2e3) {
              const err13 = { instancePath: instancePath + "/service/url", schemaPath: "#/$defs/service/properties/url/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema34.properties.url, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (!pattern52.test(data3)) {
              const err14 = { instancePath: instancePath + "/service/url", schemaPath: "#/$defs/service/properties/url/pattern", keyword: "pattern", params: { pattern: "^(https?:|mailto:)" }, message: 'must match pattern "^(https?:|mailto:)"', schema: "^(https?:|mailto:)", parentSchema: schema34.properties.url, data: data3 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/service/url", schemaPath: "#/$defs/service/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.url.type, parentSchema: schema34.properties.url, data: data3 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/service", schemaPath: "#/$defs/service/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.customers !== void 0) {
      let data4 = data.customers;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (data5.length > 200 && func13(data5) > 200) {
              const err17 = { instancePath: instancePath + "/customers/" + i0, schemaPath: "#/properties/customers/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema33.properties.customers.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data5.length < 1 && func13(data5) < 1) {
              const err18 = { instancePath: instancePath + "/customers/" + i0, schemaPath: "#/properties/customers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.customers.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/customers/" + i0, schemaPath: "#/properties/customers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.customers.items.type, parentSchema: schema33.properties.customers.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/customers", schemaPath: "#/properties/customers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.customers.type, parentSchema: schema33.properties.customers, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.effective !== void 0) {
      if (!validate22(data.effective, instancePath + "/effective")) {
        if (vErrors === null) vErrors = validate22.errors;
        else for (const merged of validate22.errors) vErrors.push(merged);
        errors = vErrors.length;
      }
    }
    if (data.review !== void 0) {
      if (!validate24(data.review, instancePath + "/review")) {
        if (vErrors === null) vErrors = validate24.errors;
        else for (const merged of validate24.errors) vErrors.push(merged);
        errors = vErrors.length;
      }
    }
    if (data.serviceHours !== void 0) {
      if (!validate26(data.serviceHours, instancePath + "/serviceHours")) {
        if (vErrors === null) vErrors = validate26.errors;
        else for (const merged of validate26.errors) vErrors.push(merged);
        errors = vErrors.length;
      }
    }
    if (data.objectives !== void 0) {
      let data9 = data.objectives;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err21 = { instancePath: instancePath + "/objectives", schemaPath: "#/properties/objectives/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties.objectives, data: data9 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate28(data9[i1], instancePath + "/objectives/" + i1)) {
            if (vErrors === null) vErrors = validate28.errors;
            else for (const merged of validate28.errors) vErrors.push(merged);
            errors = vErrors.length;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/objectives", schemaPath: "#/properties/objectives/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.objectives.type, parentSchema: schema33.properties.objectives, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.support !== void 0) {
      if (!validate30(data.support, instancePath + "/support")) {
        if (vErrors === null) vErrors = validate30.errors;
        else for (const merged of validate30.errors) vErrors.push(merged);
        errors = vErrors.length;
      }
    }
    if (data.maintenance !== void 0) {
      if (!validate35(data.maintenance, instancePath + "/maintenance")) {
        if (vErrors === null) vErrors = validate35.errors;
        else for (const merged of validate35.errors) vErrors.push(merged);
        errors = vErrors.length;
      }
    }
    if (data.exclusions !== void 0) {
      let data13 = data.exclusions;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (typeof data14 === "string") {
            if (data14.length > 500 && func13(data14) > 500) {
              const err23 = { instancePath: instancePath + "/exclusions/" + i2, schemaPath: "#/properties/exclusions/items/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema33.properties.exclusions.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data14.length < 1 && func13(data14) < 1) {
              const err24 = { instancePath: instancePath + "/exclusions/" + i2, schemaPath: "#/properties/exclusions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.exclusions.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/exclusions/" + i2, schemaPath: "#/properties/exclusions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.exclusions.items.type, parentSchema: schema33.properties.exclusions.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/exclusions", schemaPath: "#/properties/exclusions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.exclusions.type, parentSchema: schema33.properties.exclusions, data: data13 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.credits !== void 0) {
      if (!validate38(data.credits, instancePath + "/credits")) {
        if (vErrors === null) vErrors = validate38.errors;
        else for (const merged of validate38.errors) vErrors.push(merged);
        errors = vErrors.length;
      }
    }
    if (data.contacts !== void 0) {
      let data16 = data.contacts;
      if (Array.isArray(data16)) {
        const len3 = data16.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data17 = data16[i3];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.name === void 0) {
              const err27 = { instancePath: instancePath + "/contacts/" + i3, schemaPath: "#/$defs/contact/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema57.required, parentSchema: schema57, data: data17 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            for (const key2 in data17) {
              if (!(key2 === "name" || key2 === "email" || key2 === "url" || key2 === "phone")) {
                const err28 = { instancePath: instancePath + "/contacts/" + i3, schemaPath: "#/$defs/contact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data: data17 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data17.name !== void 0) {
              let data18 = data17.name;
              if (typeof data18 === "string") {
                if (data18.length > 200 && func13(data18) > 200) {
                  const err29 = { instancePath: instancePath + "/contacts/" + i3 + "/name", schemaPath: "#/$defs/contact/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema57.properties.name, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                if (data18.length < 1 && func13(data18) < 1) {
                  const err30 = { instancePath: instancePath + "/contacts/" + i3 + "/name", schemaPath: "#/$defs/contact/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.properties.name, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/contacts/" + i3 + "/name", schemaPath: "#/$defs/contact/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.name.type, parentSchema: schema57.properties.name, data: data18 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data17.email !== void 0) {
              let data19 = data17.email;
              if (typeof data19 === "string") {
                if (data19.length > 320 && func13(data19) > 320) {
                  const err32 = { instancePath: instancePath + "/contacts/" + i3 + "/email", schemaPath: "#/$defs/contact/properties/email/maxLength", keyword: "maxLength", params: { limit: 320 }, message: "must NOT have more than 320 characters", schema: 320, parentSchema: schema57.properties.email, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (!pattern10.test(data19)) {
                  const err33 = { instancePath: instancePath + "/contacts/" + i3 + "/email", schemaPath: "#/$defs/contact/properties/email/pattern", keyword: "pattern", params: { pattern: "^[^@\\s]+@[^@\\s]+$" }, message: 'must match pattern "^[^@\\s]+@[^@\\s]+$"', schema: "^[^@\\s]+@[^@\\s]+$", parentSchema: schema57.properties.email, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/contacts/" + i3 + "/email", schemaPath: "#/$defs/contact/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.email.type, parentSchema: schema57.properties.email, data: data19 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data17.url !== void 0) {
              let data20 = data17.url;
              if (typeof data20 === "string") {
                if (data20.length > 2e3 && func13(data20) > 2e3) {
                  const err35 = { instancePath: instancePath + "/contacts/" + i3 + "/url", schemaPath: "#/$defs/contact/properties/url/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema57.properties.url, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (!pattern52.test(data20)) {
                  const err36 = { instancePath: instancePath + "/contacts/" + i3 + "/url", schemaPath: "#/$defs/contact/properties/url/pattern", keyword: "pattern", params: { pattern: "^(https?:|mailto:)" }, message: 'must match pattern "^(https?:|mailto:)"', schema: "^(https?:|mailto:)", parentSchema: schema57.properties.url, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/contacts/" + i3 + "/url", schemaPath: "#/$defs/contact/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.url.type, parentSchema: schema57.properties.url, data: data20 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data17.phone !== void 0) {
              let data21 = data17.phone;
              if (typeof data21 === "string") {
                if (data21.length > 50 && func13(data21) > 50) {
                  const err38 = { instancePath: instancePath + "/contacts/" + i3 + "/phone", schemaPath: "#/$defs/contact/properties/phone/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema57.properties.phone, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/contacts/" + i3 + "/phone", schemaPath: "#/$defs/contact/properties/phone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.phone.type, parentSchema: schema57.properties.phone, data: data21 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/contacts/" + i3, schemaPath: "#/$defs/contact/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data: data17 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/contacts", schemaPath: "#/properties/contacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.contacts.type, parentSchema: schema33.properties.contacts, data: data16 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
  } else {
    const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate203(data, instancePath = "") {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate203.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema313.required, parentSchema: schema313, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema313.required, parentSchema: schema313, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema313.required, parentSchema: schema313, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema313.required, parentSchema: schema313, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema313, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("slac/v1" !== data0) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "slac/v1" }, message: "must be equal to constant", schema: "slac/v1", parentSchema: schema313.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("ServiceLevelAgreement" !== data1) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ServiceLevelAgreement" }, message: "must be equal to constant", schema: "ServiceLevelAgreement", parentSchema: schema313.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.id === void 0) {
          const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema322.required, parentSchema: schema322, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.title === void 0) {
          const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema322.required, parentSchema: schema322, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2.owner === void 0) {
          const err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema322.required, parentSchema: schema322, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "id" || key1 === "title" || key1 === "owner" || key1 === "tier" || key1 === "tags")) {
            const err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema322, data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.id !== void 0) {
          let data3 = data2.id;
          if (typeof data3 === "string") {
            if (data3.length > 100 && func13(data3) > 100) {
              const err11 = { instancePath: instancePath + "/metadata/id", schemaPath: "#/$defs/metadata/properties/id/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema322.properties.id, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (!pattern43.test(data3)) {
              const err12 = { instancePath: instancePath + "/metadata/id", schemaPath: "#/$defs/metadata/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema322.properties.id, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/metadata/id", schemaPath: "#/$defs/metadata/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.properties.id.type, parentSchema: schema322.properties.id, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.title !== void 0) {
          let data4 = data2.title;
          if (typeof data4 === "string") {
            if (data4.length > 200 && func13(data4) > 200) {
              const err14 = { instancePath: instancePath + "/metadata/title", schemaPath: "#/$defs/metadata/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema322.properties.title, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data4.length < 1 && func13(data4) < 1) {
              const err15 = { instancePath: instancePath + "/metadata/title", schemaPath: "#/$defs/metadata/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema322.properties.title, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/metadata/title", schemaPath: "#/$defs/metadata/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.properties.title.type, parentSchema: schema322.properties.title, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data2.owner !== void 0) {
          let data5 = data2.owner;
          if (typeof data5 === "string") {
            if (data5.length > 140 && func13(data5) > 140) {
              const err17 = { instancePath: instancePath + "/metadata/owner", schemaPath: "#/$defs/metadata/properties/owner/maxLength", keyword: "maxLength", params: { limit: 140 }, message: "must NOT have more than 140 characters", schema: 140, parentSchema: schema322.properties.owner, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data5.length < 1 && func13(data5) < 1) {
              const err18 = { instancePath: instancePath + "/metadata/owner", schemaPath: "#/$defs/metadata/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema322.properties.owner, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/metadata/owner", schemaPath: "#/$defs/metadata/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.properties.owner.type, parentSchema: schema322.properties.owner, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data2.tier !== void 0) {
          let data6 = data2.tier;
          if (typeof data6 === "string") {
            if (data6.length > 50 && func13(data6) > 50) {
              const err20 = { instancePath: instancePath + "/metadata/tier", schemaPath: "#/$defs/metadata/properties/tier/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema322.properties.tier, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data6.length < 1 && func13(data6) < 1) {
              const err21 = { instancePath: instancePath + "/metadata/tier", schemaPath: "#/$defs/metadata/properties/tier/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema322.properties.tier, data: data6 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/metadata/tier", schemaPath: "#/$defs/metadata/properties/tier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.properties.tier.type, parentSchema: schema322.properties.tier, data: data6 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data2.tags !== void 0) {
          let data7 = data2.tags;
          if (Array.isArray(data7)) {
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data8 = data7[i0];
              if (typeof data8 === "string") {
                if (data8.length > 50 && func13(data8) > 50) {
                  const err23 = { instancePath: instancePath + "/metadata/tags/" + i0, schemaPath: "#/$defs/metadata/properties/tags/items/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema322.properties.tags.items, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                if (data8.length < 1 && func13(data8) < 1) {
                  const err24 = { instancePath: instancePath + "/metadata/tags/" + i0, schemaPath: "#/$defs/metadata/properties/tags/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema322.properties.tags.items, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/metadata/tags/" + i0, schemaPath: "#/$defs/metadata/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.properties.tags.items.type, parentSchema: schema322.properties.tags.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            let i1 = data7.length;
            let j0;
            if (i1 > 1) {
              const indices0 = /* @__PURE__ */ new Map();
              for (; i1--; ) {
                let item0 = data7[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (indices0.has(item0)) {
                  j0 = indices0.get(item0);
                  const err26 = { instancePath: instancePath + "/metadata/tags", schemaPath: "#/$defs/metadata/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema322.properties.tags, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                  break;
                }
                indices0.set(item0, i1);
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/metadata/tags", schemaPath: "#/$defs/metadata/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema322.properties.tags.type, parentSchema: schema322.properties.tags, data: data7 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/metadata", schemaPath: "#/$defs/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema322.type, parentSchema: schema322, data: data2 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      if (!validate21(data.spec, instancePath + "/spec")) {
        if (vErrors === null) vErrors = validate21.errors;
        else for (const merged of validate21.errors) vErrors.push(merged);
        errors = vErrors.length;
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema313.type, parentSchema: schema313, data };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate203.errors = vErrors;
  return errors === 0;
}
validate203.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/validate/schema.ts
var VALIDATORS = { sla: sla_schema_generated_default, config: config_schema_generated_default, results: results_schema_generated_default };
function validator(schema) {
  return VALIDATORS[schema];
}
function checkSchema(source, schema) {
  const validate = validator(schema);
  if (validate(source.data)) return [];
  return mapErrors(source, validate.errors ?? [], schema);
}
function pathOf(instancePath) {
  if (instancePath === "") return [];
  return instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function describe(path) {
  if (path.length === 0) return "the file";
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function typeName(value) {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string")
    return `the text "${value.length > 40 ? value.slice(0, 37) + "..." : value}"`;
  return `the ${typeof value} ${String(value)}`;
}
function mapErrors(source, errors, schema) {
  const oneOfPaths = new Set(
    errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath)
  );
  const seen = /* @__PURE__ */ new Set();
  const { problems: out, explained } = commaSplits(source, errors);
  for (const e of errors) {
    if (explained.has(e)) continue;
    if (e.keyword !== "oneOf" && oneOfPaths.has(e.instancePath) && e.schemaPath.includes("/oneOf/")) {
      continue;
    }
    if (e.keyword === "propertyNames") continue;
    const mapped = mapError(e);
    if (schema === "sla" && mapped.part === "value" && VALUE_FORMS.has(e.keyword)) {
      const said = schemaValueMessage(describe(mapped.path), mapped.path, source.data);
      if (said) mapped.message = said;
    }
    const key = `${mapped.path.join("/")}|${mapped.rule}|${mapped.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pos = source.locate(mapped.path, mapped.part);
    out.push({
      file: source.file,
      line: pos.line,
      column: pos.column,
      rule: mapped.rule,
      message: mapped.message,
      severity: "error"
    });
  }
  return out;
}
var VALUE_FORMS = /* @__PURE__ */ new Set(["pattern", "anyOf", "oneOf"]);
function mapError(e) {
  const path = pathOf(e.instancePath);
  const where = describe(path);
  const parent = e.parentSchema;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {});
      const guess = closest(key, allowed);
      const hint = guess ? `did you mean "${guess}"?` : `allowed keys here: ${allowed.join(", ")}`;
      return {
        path: [...path, key],
        part: "key",
        rule: "schema-unknown-key",
        message: `unknown key "${key}" in ${where}; ${hint}`
      };
    }
    case "required": {
      const key = String(e.params.missingProperty);
      return {
        path,
        part: "key",
        rule: "schema-required",
        message: `${where} is missing the required key "${key}"; add it`
      };
    }
    case "type": {
      if (e.data === null) {
        return {
          path,
          part: "key",
          rule: "schema-type",
          message: `${where} is empty; give it a value${exampleHint(parent)}`
        };
      }
      const want = String(e.params.type).replace(",", " or ");
      const number = /number|integer/.test(want) ? numberFix(e.data) : void 0;
      return {
        path,
        part: "value",
        rule: "schema-type",
        message: `${where} must be ${article(want)}, not ${typeName(e.data)}` + (number === void 0 ? "" : `; write ${number}`)
      };
    }
    case "const":
    case "enum": {
      const allowed = e.keyword === "const" ? [e.params.allowedValue] : e.params.allowedValues;
      const names = allowed.map((a) => String(a));
      if (typeof e.data === "string" && isIndicatorPath(path)) {
        return {
          path,
          part: "value",
          rule: "schema-enum",
          message: `${where} "${e.data}" is not an indicator; ${indicatorHint(e.data)} Allowed: ${names.join(", ")}`
        };
      }
      const guess = typeof e.data === "string" ? closest(e.data, names) : void 0;
      return {
        path,
        part: "value",
        rule: "schema-enum",
        message: `${where} is ${typeName(e.data)}; allowed: ${names.join(", ")}` + (guess ? ` (did you mean "${guess}"?)` : "")
      };
    }
    case "pattern": {
      const propertyName = e.propertyName;
      if (propertyName !== void 0) {
        return {
          path: [...path, propertyName],
          part: "key",
          rule: "schema-pattern",
          message: `key "${propertyName}" in ${where} ${patternHint(String(e.params.pattern), propertyName)}`
        };
      }
      return {
        path,
        part: "value",
        rule: "schema-pattern",
        message: `${where} ${patternHint(String(e.params.pattern), e.data)}`
      };
    }
    case "oneOf":
    case "anyOf": {
      const help = parent?.description ? `; expected: ${parent.description}` : "";
      return {
        path,
        part: "value",
        rule: "schema-type",
        message: `${where} cannot be ${typeName(e.data)}${help}`
      };
    }
    case "minItems":
      return {
        path,
        part: "value",
        rule: "schema-min-items",
        message: `${where} must not be empty`
      };
    case "minLength": {
      const limit = e.params.limit;
      return {
        path,
        part: "value",
        rule: "schema-min-length",
        message: limit <= 1 || e.data === "" ? `${where} must not be empty` : `${where} is too short; write at least ${limit} characters`
      };
    }
    case "maxLength":
      return {
        path,
        part: "value",
        rule: "schema-max-length",
        message: `${where} is longer than ${e.params.limit} characters; shorten it`
      };
    case "uniqueItems":
      return {
        path,
        part: "value",
        rule: "schema-unique-items",
        message: `${where} lists the same item twice; remove one`
      };
    default:
      return {
        path,
        part: "value",
        rule: `schema-${e.keyword}`,
        message: `${where} ${e.message ?? "is invalid"}`
      };
  }
}
function patternHint(pattern, value) {
  const shown2 = typeName(value);
  if (pattern.startsWith("^[0-9]{4}(-")) {
    return `is ${shown2}, not a period; write a month 2026-11, a quarter 2026-Q4, an ISO week 2026-W47 or a year 2026`;
  }
  if (pattern.startsWith("^[0-9]{4}-")) {
    return `is ${shown2}, not a date; write YYYY-MM-DD, e.g. 2026-01-31`;
  }
  if (pattern.startsWith("^[a-z0-9]+(-[a-z0-9]+)*$")) {
    const kebab = String(value).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    return `is ${shown2}, not kebab-case (lowercase letters, digits and single hyphens)${kebab ? `; write e.g. "${kebab}"` : ""}`;
  }
  if (pattern.startsWith("^(https?:|mailto:)")) {
    return `is ${shown2}; a link starts with https://, http:// or mailto:`;
  }
  if (pattern.startsWith("^[^@\\s]+@")) {
    return `is ${shown2}, not an e-mail address; write e.g. team@example.com`;
  }
  if (pattern.startsWith("^@")) {
    return 'is not a GitHub team; write "@org/team-slug"';
  }
  return `is ${shown2}, which does not match ${pattern}`;
}
function exampleHint(parent) {
  const example = parent?.examples?.[0];
  return example === void 0 || typeof example === "object" ? "" : `, e.g. ${JSON.stringify(example)}`;
}
function article(word) {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

// src/validate/hints.ts
var KIND_OF_RULE = {
  "percent-format": "percent",
  "duration-format": "duration",
  "window-format": "window",
  "schedule-format": "schedule",
  "review-cadence": "cadence"
};
function withFix(rule, path, message, data) {
  const raw = valueAt2(data, path);
  return withEcho(message, fixFor(rule, path, raw, data));
}
function withMeasureFix(message, indicator, raw) {
  return withEcho(message, measureFix(indicator, raw));
}
function withEcho(message, fix) {
  if (fix === void 0) return message;
  const cut = message.search(/; (?:write|use|add) [^;]*$/);
  return `${cut < 0 ? message : message.slice(0, cut)}; write ${fix}`;
}
function fixFor(rule, path, raw, data) {
  if (rule === "owner-format") return typeof raw === "string" ? ownerFix(raw) : void 0;
  if (rule === "objective-target-type") {
    const indicator = valueAt2(data, [...path.slice(0, 3), "indicator"]);
    if (typeof indicator !== "string" || !INDICATOR_NAMES.includes(indicator)) {
      return void 0;
    }
    return measureFix(indicator, raw);
  }
  const kind = KIND_OF_RULE[rule];
  return kind === void 0 ? void 0 : fixedValue(kind, raw);
}
function measureFix(indicator, raw) {
  const kind = targetKindOf(indicator);
  return kind === "any" ? void 0 : fixedValue(kind, raw);
}
function valueAt2(data, path) {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
function schemaValueMessage(where, path, data) {
  const raw = valueAt2(data, path);
  if (typeof raw !== "string" && typeof raw !== "number") return void 0;
  if (path.length === 2 && path[0] === "metadata" && path[1] === "owner") {
    const fix2 = typeof raw === "string" ? ownerFix(raw) : void 0;
    return fix2 === void 0 ? void 0 : `${where} "${raw}" is not "@login" or "@org/team-slug"; write ${fix2}`;
  }
  const kind = valueKindAt(path, data);
  if (kind === void 0) return void 0;
  const parsed = PARSERS[kind](raw);
  if (parsed.ok) return void 0;
  const fix = fixedValue(kind, raw);
  const reason = fix === void 0 ? parsed.reason : withEcho(parsed.reason, fix);
  return `${where} ${reason}`;
}
function numberFix(raw) {
  if (typeof raw !== "string") return void 0;
  const m = /^(?:p\s*)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(?:th|%))?$/i.exec(raw.trim());
  if (!m) return void 0;
  return `${m[1].replace(/,/g, "")}${m[2] ?? ""}`;
}
function valueKindAt(path, data) {
  const [top, section, i, key] = path;
  if (top !== "spec") return void 0;
  if (section === "objectives" && typeof i === "number") {
    if (key === "window" && path.length === 4) return "window";
    if (key === "target" && path.length === 4 || key === "tolerance" && path.length === 5) {
      const indicator = valueAt2(data, ["spec", "objectives", i, "indicator"]);
      if (!INDICATOR_NAMES.includes(indicator)) return void 0;
      const kind = targetKindOf(indicator);
      return kind === "any" ? void 0 : kind;
    }
    return void 0;
  }
  if (section === "review" && i === "every" && path.length === 3) return "cadence";
  const hours = section === "support" && i === "priorities" && path[4] === "hours";
  if (path.includes("schedule") || hours) return "schedule";
  const last = path[path.length - 1];
  if (last === "response" || last === "resolution" || last === "notice") return "duration";
  if (section === "credits" && (last === "below" || last === "credit")) return "percent";
  return void 0;
}
var PARSERS = {
  percent: parsePercent,
  duration: parseDuration,
  window: parseWindow,
  schedule: parseSchedule,
  cadence: parseCadence,
  quantity: parseQuantity
};
function fixedValue(kind, raw) {
  const parse = PARSERS[kind];
  if (parse(raw).ok) return void 0;
  if (kind === "schedule" && Array.isArray(raw)) return scheduleListFix(raw);
  if (typeof raw !== "string" && typeof raw !== "number") return void 0;
  const text = String(raw).trim();
  if (text === "" || text.length > 200) return void 0;
  for (const candidate of CANDIDATES[kind](text)) {
    if (candidate !== text && parse(candidate).ok) return shown(kind, candidate);
  }
  return void 0;
}
function shown(kind, value) {
  return (kind === "schedule" || kind === "cadence") && /\s|,/.test(value) ? `"${value}"` : value;
}
function scheduleListFix(raw) {
  if (!raw.every((p) => typeof p === "string")) return void 0;
  const fixed = raw.map(
    (p) => parseSchedule(p).ok ? p : CANDIDATES.schedule(p.trim()).find((c) => parseSchedule(c).ok)
  );
  if (fixed.some((p) => p === void 0)) return void 0;
  return `[${fixed.map((p) => `"${p}"`).join(", ")}]`;
}
function decimalPoint(s) {
  return s.replace(/(\d),(\d{1,2}(?!\d))/g, "$1.$2");
}
var CANDIDATES = {
  percent(text) {
    const number = decimalPoint(text).replace(/^(?:>=|≥|>|at least|min(?:imum)?|%)\s*/i, "").replace(/\s*(?:%+|percent|per cent|pct)\s*$/i, "").trim();
    return /^-?\d+(?:\.\d+)?$/.test(number) ? [`${number}%`] : [];
  },
  duration(text) {
    const compact = decimalPoint(text).toLowerCase().replace(/^(?:<=|≤|<|within|at most|max(?:imum)?)\s*/, "");
    return [unitWords(compact, DURATION_WORDS), compact];
  },
  window(text) {
    const lower = text.toLowerCase().replace(/^(?:per|a|one|1|every|calendar|rolling)\s+/, "");
    const named = WINDOW_WORDS[lower];
    if (named) return [named];
    const m = /^(\d+)\s*(days?|d|weeks?|w|months?|mo|quarters?|years?|y|yr)$/.exec(lower);
    if (m) {
      const n = Number(m[1]);
      const unit = m[2][0];
      if (unit === "d") return [`${n}d`];
      if (unit === "w") return n === 1 ? ["week"] : [`${n * 7}d`];
      if (unit === "q") return n === 1 ? ["quarter"] : [`${n * 91}d`];
      if (unit === "y") return n === 1 ? ["year"] : [];
      return n === 1 ? ["month"] : n === 3 ? ["quarter"] : n === 12 ? ["year"] : [`${n * 30}d`];
    }
    return [unitWords(lower, DURATION_WORDS)];
  },
  schedule(text) {
    return [scheduleFix(text)];
  },
  cadence(text) {
    const lower = text.toLowerCase().replace(/^every\s+/, "");
    const named = CADENCE_WORDS[lower];
    if (named) return [named];
    const m = /^(\d+)\s*(d|days?|w|wks?|weeks?|m|mo|mos|mths?|months?|q|quarters?|y|yrs?|years?)$/.exec(
      lower
    );
    if (!m) return [];
    const n = Number(m[1]);
    const unit = { d: "day", w: "week", m: "month", q: "quarter", y: "year" }[m[2][0]];
    return [`${n} ${unit}${n === 1 ? "" : "s"}`];
  },
  quantity(text) {
    return [decimalPoint(text)];
  }
};
var DURATION_WORDS = [
  [/^(?:milli(?:second|sec)s?|msecs?)$/, "ms"],
  [/^(?:seconds?|secs?)$/, "s"],
  [/^(?:minutes?|mins?)$/, "m"],
  [/^(?:hours?|hrs?)$/, "h"],
  [/^(?:days?)$/, "d"],
  [/^(?:weeks?|wks?)$/, "w"]
];
function unitWords(text, words) {
  const pair = /(\d+(?:\.\d+)?)\s*([a-z]+)/g;
  const parts = [...text.matchAll(pair)];
  const rest = text.replace(pair, "").replace(/,|\band\b/g, "").trim();
  if (parts.length === 0 || rest !== "") return text;
  return parts.map(([, n, word]) => `${n}${words.find(([re]) => re.test(word))?.[1] ?? word}`).join("");
}
var WINDOW_WORDS = {
  weekly: "week",
  week: "week",
  monthly: "month",
  month: "month",
  "calendar month": "month",
  quarterly: "quarter",
  quarter: "quarter",
  yearly: "year",
  annually: "year",
  annual: "year",
  year: "year"
};
var CADENCE_WORDS = {
  weekly: "1 week",
  monthly: "1 month",
  quarterly: "3 months",
  "half-yearly": "6 months",
  "half yearly": "6 months",
  semiannually: "6 months",
  "semi-annually": "6 months",
  biannually: "6 months",
  "twice a year": "6 months",
  yearly: "1 year",
  annually: "1 year",
  annual: "1 year",
  "once a year": "1 year",
  year: "1 year",
  month: "1 month",
  quarter: "3 months"
};
var SCHEDULE_ALWAYS = /^(?:24\s*[x*×/]\s*7(?:\s*[x*×/]\s*365)?|always|around the clock|24 hours)$/i;
function scheduleFix(text) {
  if (SCHEDULE_ALWAYS.test(text)) return "24x7";
  const s = text.replace(/[\u2012-\u2015]/g, "-").replace(/\s+/g, " ");
  const m = /^(.*?)[\s,]*(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)\s*(?:-|to|until|till)\s*(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)$/i.exec(
    s
  );
  if (!m) return text;
  const start = clock(m[2]);
  const end = clock(m[3]);
  const days = dayWords(m[1].trim());
  if (start === void 0 || end === void 0 || days === void 0) return text;
  return `${days} ${start}-${end}`;
}
function clock(text) {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?\.?m?\.?$/i.exec(text.trim());
  if (!m) return void 0;
  let h = Number(m[1]);
  const mm = m[2] ?? "00";
  const half = m[3]?.toLowerCase();
  if (half === "p" && h < 12) h += 12;
  if (half === "a" && h === 12) h = 0;
  if (h > 24) return void 0;
  return `${String(h).padStart(2, "0")}:${mm}`;
}
var DAY_WORDS2 = {
  "": "Mon-Sun",
  daily: "Mon-Sun",
  "every day": "Mon-Sun",
  "all week": "Mon-Sun",
  weekdays: "Mon-Fri",
  "business days": "Mon-Fri",
  "working days": "Mon-Fri",
  weekends: "Sat,Sun",
  weekend: "Sat,Sun"
};
function dayWords(text) {
  const lower = text.toLowerCase().replace(/,$/, "").trim();
  if (lower in DAY_WORDS2) return DAY_WORDS2[lower];
  const pieces = lower.replace(/\s*(?:-|–|—|to|through|thru|until)\s*/g, "-").split(/\s*(?:,|&|\band\b|\s)\s*/).filter((p) => p !== "");
  const out = [];
  for (const piece of pieces) {
    const range = piece.split("-").map(dayName);
    if (range.length > 2 || range.some((d) => d === void 0)) return void 0;
    out.push(range.join("-"));
  }
  return out.length > 0 ? out.join(",") : void 0;
}
var DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
function dayName(word) {
  const w = word.replace(/\.$/, "");
  if (w.length < 2) return void 0;
  return DAYS.find((d) => `${d.toLowerCase()}${DAY_TAILS[d] ?? ""}`.startsWith(w));
}
var DAY_TAILS = {
  Mon: "day",
  Tue: "sday",
  Wed: "nesday",
  Thu: "rsday",
  Fri: "day",
  Sat: "urday",
  Sun: "day"
};
var OWNER = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$/;
function ownerFix(raw) {
  const s = raw.trim();
  const team = /^(?:https?:\/\/)?github\.com\/orgs\/([^/\s]+)\/teams\/([^/\s]+)\/?$/i.exec(s);
  const user = /^(?:https?:\/\/)?github\.com\/([^/\s]+)\/?$/i.exec(s);
  const candidate = team ? `@${team[1]}/${team[2]}` : user ? `@${user[1]}` : `@${s.replace(/^@+/, "").replace(/\s*\/\s*/, "/")}`;
  if (!OWNER.test(candidate)) return void 0;
  const both = !team && !user && !candidate.includes("/");
  return both ? `"${candidate}" for a user or "@org/${candidate.slice(1)}" for a team (with the quotes: YAML reserves @)` : `"${candidate}" (with the quotes: YAML reserves @)`;
}
var ZONE_ABBREVIATIONS = {
  cest: "Europe/Berlin",
  bst: "Europe/London",
  edt: "America/New_York",
  cdt: "America/Chicago",
  mdt: "America/Denver",
  pdt: "America/Los_Angeles",
  aest: "Australia/Sydney",
  aedt: "Australia/Sydney",
  jst: "Asia/Tokyo",
  kst: "Asia/Seoul",
  sgt: "Asia/Singapore",
  msk: "Europe/Moscow",
  z: "UTC",
  zulu: "UTC"
};
var REGIONS = [
  "Europe",
  "America",
  "Asia",
  "Africa",
  "Australia",
  "Pacific",
  "Atlantic",
  "Indian"
];
var zones;
function knownZones() {
  if (!zones) {
    const names = ["UTC", ...Intl.supportedValuesOf("timeZone")];
    const byCity = /* @__PURE__ */ new Map();
    for (const name of names) {
      const city = name.split("/").pop().toLowerCase();
      if (!byCity.has(city)) byCity.set(city, name);
    }
    zones = { names, byCity };
  }
  return zones;
}
function suggestTimeZone(zone) {
  const { names, byCity } = knownZones();
  const s = zone.trim();
  const lower = s.toLowerCase().replace(/\s+/g, "_");
  const exact = names.find((n) => n.toLowerCase() === lower);
  if (exact) return exact;
  const abbreviation = ZONE_ABBREVIATIONS[lower];
  if (abbreviation) return abbreviation;
  const offset = /^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?00)?$/i.exec(s);
  if (offset) {
    const hours = Number(offset[2]);
    if (hours === 0) return "UTC";
    const name = `Etc/GMT${offset[1] === "+" ? "-" : "+"}${hours}`;
    return isValidTimeZone(name) ? name : void 0;
  }
  for (const part of s.split(/\s*[,/]\s*/)) {
    const key = part.toLowerCase().replace(/\s+/g, "_");
    const city = byCity.get(key);
    if (city) return city;
    const name = key.replace(/(^|_)([a-z])/g, (_, sep, c) => sep + c.toUpperCase());
    const renamed = REGIONS.map((r) => `${r}/${name}`).find((n) => isValidTimeZone(n));
    if (renamed) return renamed;
  }
  const cityGuess = closest(lower.split("/").pop(), [...byCity.keys()]);
  if (cityGuess) return byCity.get(cityGuess);
  return closest(lower, names);
}
var INDICATOR_WORDS = {
  uptime: "availability",
  up: "availability",
  downtime: "availability",
  success: "success-rate",
  errors: "error-rate",
  "error-ratio": "error-rate",
  failures: "error-rate",
  "response-latency": "latency",
  duration: "latency",
  "request-duration": "latency",
  rps: "throughput",
  qps: "throughput",
  requests: "throughput",
  "first-response": "response-time",
  "time-to-respond": "response-time",
  "time-to-resolve": "resolution-time",
  "time-to-resolution": "resolution-time",
  mttr: "resolution-time",
  resolution: "resolution-time",
  staleness: "freshness",
  "data-age": "freshness",
  age: "freshness",
  lag: "freshness",
  "replication-lag": "freshness",
  delay: "freshness",
  recency: "freshness",
  "data-freshness": "freshness"
};
function indicatorHint(value) {
  const word = value.trim().toLowerCase().replace(/[\s_]+/g, "-");
  const misspelt = closest(word, INDICATOR_NAMES);
  if (misspelt) return `did you mean "${misspelt}"?`;
  const meant = INDICATOR_WORDS[word];
  const guess = meant ? `did you mean "${meant}"? ` : "";
  return `${guess}freshness is how old the data a service serves may be (a duration such as 15m); for any other measure use custom with better: higher or lower.`;
}
function isIndicatorPath(path) {
  return path.length === 4 && path[1] === "objectives" && path[3] === "indicator";
}
function commaSplits(source, errors) {
  const problems = [];
  const explained = /* @__PURE__ */ new Set();
  const byObject = /* @__PURE__ */ new Map();
  for (const e of errors) {
    if (e.keyword !== "additionalProperties") continue;
    const data = e.data;
    const key = e.params.additionalProperty;
    if (data === null || typeof data !== "object" || data[key] !== null) continue;
    const list = byObject.get(e.instancePath) ?? [];
    list.push(e);
    byObject.set(e.instancePath, list);
  }
  for (const [instancePath, list] of byObject) {
    const first = list[0];
    const data = first.data;
    const known = new Set(
      Object.keys(first.parentSchema?.properties ?? {})
    );
    const path = pointerPath(instancePath);
    const unknown = new Map(
      list.map((e) => [e.params.additionalProperty, e])
    );
    const keys = Object.keys(data).map((key) => ({ key, pos: source.locate([...path, key], "key") })).sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column);
    for (let i = 0; i < keys.length; i++) {
      const owner = keys[i];
      const value = data[owner.key];
      if (!known.has(owner.key) || typeof value !== "string" && typeof value !== "number") {
        continue;
      }
      const broken = ownerBroken([...path, owner.key], source.data);
      const run = [];
      for (let j = i + 1; j < keys.length; j++) {
        const next = keys[j];
        const comma = unknown.has(next.key) ? commaBefore(source, next.pos) : void 0;
        if (comma === void 0) break;
        if (comma === "spaced" && !broken && !/\s/.test(next.key)) break;
        run.push(next);
      }
      if (run.length === 0) continue;
      for (const r of run) explained.add(unknown.get(r.key));
      const ownerPointer = `${instancePath}/${owner.key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      for (const e of errors) if (e.instancePath === ownerPointer) explained.add(e);
      const at = source.locate([...path, owner.key], "value");
      const written2 = writtenValue(source, at, run, value);
      const whole = written2.length > 200 ? `${written2.slice(0, 180)}\u2026` : written2;
      const where = path.length === 0 ? "the file" : describePath(path);
      const names = run.slice(0, MAX_NAMED).map((r) => `"${r.key}"`).join(", ") + (run.length > MAX_NAMED ? ` and ${run.length - MAX_NAMED} more` : "");
      const decimal = /^\d+,\d{1,2}(?!\d)\s*[a-z%]*$/i.test(whole);
      const fix = decimal ? decimalPoint(whole).replace(/\s+/, "") : `"${whole}"`;
      problems.push({
        file: source.file,
        line: at.line,
        column: at.column,
        rule: "schema-unknown-key",
        message: `inside { } a comma ends a value: ${owner.key}: ${whole} was read as ${owner.key} "${String(value)}" and ${run.length === 1 ? "a key" : "keys"} ${names} of ${where}; ${decimal ? "write the decimal with a point" : "quote the value"}: ${owner.key}: ${fix}`,
        severity: "error"
      });
      i += run.length;
    }
  }
  return { problems, explained };
}
var MAX_NAMED = 5;
function commaBefore(source, pos) {
  const line = source.lineText(pos.line);
  let i = pos.column - 2;
  while (i >= 0 && (line[i] === " " || line[i] === "	")) i--;
  if (line[i] !== ",") return void 0;
  return i === pos.column - 2 ? "tight" : "spaced";
}
function ownerBroken(path, data) {
  const kind = valueKindAt(path, data);
  return kind !== void 0 && !PARSERS[kind](valueAt2(data, path)).ok;
}
function writtenValue(source, at, run, value) {
  const last = run[run.length - 1];
  if (last.pos.line === at.line) {
    const text = source.lineText(at.line).slice(at.column - 1, last.pos.column - 1 + last.key.length);
    if (text.startsWith(String(value))) return text.trim();
  }
  return [String(value), ...run.map((r) => r.key)].join(",");
}
function pointerPath(instancePath) {
  if (instancePath === "") return [];
  return instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function describePath(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}

export {
  require_dist,
  parseSimpleYaml,
  loadYaml,
  formatMeasure,
  allowedDowntimeSeconds,
  hoursPerWeekPhrase,
  MONTH_NAMES,
  durationWords,
  windowWords,
  hoursWords,
  joinList,
  measureFigure,
  closest,
  INDICATORS,
  INDICATOR_NAMES,
  directionOf,
  targetKindOf,
  isRatioIndicator,
  objectiveWords,
  performanceWords,
  hasDowntimeBudget,
  objectiveAllowance,
  budgetFormulaOf,
  withFix,
  withMeasureFix,
  suggestTimeZone,
  checkSchema
};
