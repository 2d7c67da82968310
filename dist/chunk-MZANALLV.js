import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  chartSvg,
  createReporter
} from "./chunk-HZENJBYJ.js";
import {
  mayBeUnread
} from "./chunk-LXGCDU7E.js";
import {
  openRepository
} from "./chunk-EFLG7UPR.js";
import {
  validationText
} from "./chunk-6VRBZ5LE.js";
import {
  diffSlas,
  listRevision
} from "./chunk-MBPLZRQR.js";
import {
  loadSla,
  loadedKey,
  validateSources
} from "./chunk-QEX64DGS.js";
import {
  gitBlobId
} from "./chunk-65PU66OT.js";
import {
  filesSharingIds
} from "./chunk-GANDJKIS.js";
import {
  periodKindOf,
  validateResults
} from "./chunk-HJ74UDHR.js";
import {
  listSelected,
  listWorkingTree,
  namedAsWritten,
  noSlaFiles,
  slaMatcher,
  templatesFolder
} from "./chunk-6XWFT2UC.js";
import {
  normalizeSla
} from "./chunk-B3JQOF2Z.js";
import {
  detached,
  ownString,
  sortProblems
} from "./chunk-D4OHMOMU.js";
import {
  INDICATORS,
  MONTH_NAMES,
  allowedDowntimeSeconds,
  durationWords,
  formatMeasure,
  hasDowntimeBudget,
  hoursWords,
  loadYaml,
  measureFigure,
  objectiveWords,
  performanceWords,
  windowWords
} from "./chunk-YRYJ7FDC.js";
import {
  MINUTES_PER_WEEK,
  addCadence,
  formatDuration,
  formatPercent,
  formatWindow,
  windowPhrase
} from "./chunk-IIUHSBYQ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-UXNRCORL.js";

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression2;
    exports.isEmpty = isEmpty2;
    exports.createFrame = createFrame2;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression2(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty2(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame2(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.10";
    exports.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty2(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty2 = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty2;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars3) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars3.noConflict = function() {
        if (globalThis.Handlebars === Handlebars3) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars3;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      Utils.extend(hb, base);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime;
      hb.template = function(spec) {
        return runtime.template(spec, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js
var require_ast = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var AST = {
      // Public API used to evaluate derived attributes regarding AST nodes
      helpers: {
        // a mustache is definitely a helper if:
        // * it is an eligible helper, and
        // * it has at least one parameter or hash segment
        helperExpression: function helperExpression(node) {
          return node.type === "SubExpression" || (node.type === "MustacheStatement" || node.type === "BlockStatement") && !!(node.params && node.params.length || node.hash);
        },
        scopedId: function scopedId(path) {
          return /^\.|this\b/.test(path.original);
        },
        // an ID is simple if it only has one part, and that part is not
        // `..` or `this`.
        simpleId: function simpleId(path) {
          return path.parts.length === 1 && !AST.helpers.scopedId(path) && !path.depth;
        }
      }
    };
    exports["default"] = AST;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js
var require_parser = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var handlebars = (function() {
      var parser = {
        trace: function trace() {
        },
        yy: {},
        symbols_: { "error": 2, "root": 3, "program": 4, "EOF": 5, "program_repetition0": 6, "statement": 7, "mustache": 8, "block": 9, "rawBlock": 10, "partial": 11, "partialBlock": 12, "content": 13, "COMMENT": 14, "CONTENT": 15, "openRawBlock": 16, "rawBlock_repetition0": 17, "END_RAW_BLOCK": 18, "OPEN_RAW_BLOCK": 19, "helperName": 20, "openRawBlock_repetition0": 21, "openRawBlock_option0": 22, "CLOSE_RAW_BLOCK": 23, "openBlock": 24, "block_option0": 25, "closeBlock": 26, "openInverse": 27, "block_option1": 28, "OPEN_BLOCK": 29, "openBlock_repetition0": 30, "openBlock_option0": 31, "openBlock_option1": 32, "CLOSE": 33, "OPEN_INVERSE": 34, "openInverse_repetition0": 35, "openInverse_option0": 36, "openInverse_option1": 37, "openInverseChain": 38, "OPEN_INVERSE_CHAIN": 39, "openInverseChain_repetition0": 40, "openInverseChain_option0": 41, "openInverseChain_option1": 42, "inverseAndProgram": 43, "INVERSE": 44, "inverseChain": 45, "inverseChain_option0": 46, "OPEN_ENDBLOCK": 47, "OPEN": 48, "mustache_repetition0": 49, "mustache_option0": 50, "OPEN_UNESCAPED": 51, "mustache_repetition1": 52, "mustache_option1": 53, "CLOSE_UNESCAPED": 54, "OPEN_PARTIAL": 55, "partialName": 56, "partial_repetition0": 57, "partial_option0": 58, "openPartialBlock": 59, "OPEN_PARTIAL_BLOCK": 60, "openPartialBlock_repetition0": 61, "openPartialBlock_option0": 62, "param": 63, "sexpr": 64, "OPEN_SEXPR": 65, "sexpr_repetition0": 66, "sexpr_option0": 67, "CLOSE_SEXPR": 68, "hash": 69, "hash_repetition_plus0": 70, "hashSegment": 71, "ID": 72, "EQUALS": 73, "blockParams": 74, "OPEN_BLOCK_PARAMS": 75, "blockParams_repetition_plus0": 76, "CLOSE_BLOCK_PARAMS": 77, "path": 78, "dataName": 79, "STRING": 80, "NUMBER": 81, "BOOLEAN": 82, "UNDEFINED": 83, "NULL": 84, "DATA": 85, "pathSegments": 86, "SEP": 87, "$accept": 0, "$end": 1 },
        terminals_: { 2: "error", 5: "EOF", 14: "COMMENT", 15: "CONTENT", 18: "END_RAW_BLOCK", 19: "OPEN_RAW_BLOCK", 23: "CLOSE_RAW_BLOCK", 29: "OPEN_BLOCK", 33: "CLOSE", 34: "OPEN_INVERSE", 39: "OPEN_INVERSE_CHAIN", 44: "INVERSE", 47: "OPEN_ENDBLOCK", 48: "OPEN", 51: "OPEN_UNESCAPED", 54: "CLOSE_UNESCAPED", 55: "OPEN_PARTIAL", 60: "OPEN_PARTIAL_BLOCK", 65: "OPEN_SEXPR", 68: "CLOSE_SEXPR", 72: "ID", 73: "EQUALS", 75: "OPEN_BLOCK_PARAMS", 77: "CLOSE_BLOCK_PARAMS", 80: "STRING", 81: "NUMBER", 82: "BOOLEAN", 83: "UNDEFINED", 84: "NULL", 85: "DATA", 87: "SEP" },
        productions_: [0, [3, 2], [4, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [13, 1], [10, 3], [16, 5], [9, 4], [9, 4], [24, 6], [27, 6], [38, 6], [43, 2], [45, 3], [45, 1], [26, 3], [8, 5], [8, 5], [11, 5], [12, 3], [59, 5], [63, 1], [63, 1], [64, 5], [69, 1], [71, 3], [74, 3], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [56, 1], [56, 1], [79, 2], [78, 1], [86, 3], [86, 1], [6, 0], [6, 2], [17, 0], [17, 2], [21, 0], [21, 2], [22, 0], [22, 1], [25, 0], [25, 1], [28, 0], [28, 1], [30, 0], [30, 2], [31, 0], [31, 1], [32, 0], [32, 1], [35, 0], [35, 2], [36, 0], [36, 1], [37, 0], [37, 1], [40, 0], [40, 2], [41, 0], [41, 1], [42, 0], [42, 1], [46, 0], [46, 1], [49, 0], [49, 2], [50, 0], [50, 1], [52, 0], [52, 2], [53, 0], [53, 1], [57, 0], [57, 2], [58, 0], [58, 1], [61, 0], [61, 2], [62, 0], [62, 1], [66, 0], [66, 2], [67, 0], [67, 1], [70, 1], [70, 2], [76, 1], [76, 2]],
        performAction: function anonymous(yytext, yyleng, yylineno, yy, yystate, $$, _$) {
          var $0 = $$.length - 1;
          switch (yystate) {
            case 1:
              return $$[$0 - 1];
              break;
            case 2:
              this.$ = yy.prepareProgram($$[$0]);
              break;
            case 3:
              this.$ = $$[$0];
              break;
            case 4:
              this.$ = $$[$0];
              break;
            case 5:
              this.$ = $$[$0];
              break;
            case 6:
              this.$ = $$[$0];
              break;
            case 7:
              this.$ = $$[$0];
              break;
            case 8:
              this.$ = $$[$0];
              break;
            case 9:
              this.$ = {
                type: "CommentStatement",
                value: yy.stripComment($$[$0]),
                strip: yy.stripFlags($$[$0], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 10:
              this.$ = {
                type: "ContentStatement",
                original: $$[$0],
                value: $$[$0],
                loc: yy.locInfo(this._$)
              };
              break;
            case 11:
              this.$ = yy.prepareRawBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 12:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1] };
              break;
            case 13:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], false, this._$);
              break;
            case 14:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], true, this._$);
              break;
            case 15:
              this.$ = { open: $$[$0 - 5], path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 16:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 17:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 18:
              this.$ = { strip: yy.stripFlags($$[$0 - 1], $$[$0 - 1]), program: $$[$0] };
              break;
            case 19:
              var inverse = yy.prepareBlock($$[$0 - 2], $$[$0 - 1], $$[$0], $$[$0], false, this._$), program = yy.prepareProgram([inverse], $$[$0 - 1].loc);
              program.chained = true;
              this.$ = { strip: $$[$0 - 2].strip, program, chain: true };
              break;
            case 20:
              this.$ = $$[$0];
              break;
            case 21:
              this.$ = { path: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 2], $$[$0]) };
              break;
            case 22:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 23:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 24:
              this.$ = {
                type: "PartialStatement",
                name: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                indent: "",
                strip: yy.stripFlags($$[$0 - 4], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 25:
              this.$ = yy.preparePartialBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 26:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 4], $$[$0]) };
              break;
            case 27:
              this.$ = $$[$0];
              break;
            case 28:
              this.$ = $$[$0];
              break;
            case 29:
              this.$ = {
                type: "SubExpression",
                path: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                loc: yy.locInfo(this._$)
              };
              break;
            case 30:
              this.$ = { type: "Hash", pairs: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 31:
              this.$ = { type: "HashPair", key: yy.id($$[$0 - 2]), value: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 32:
              this.$ = yy.id($$[$0 - 1]);
              break;
            case 33:
              this.$ = $$[$0];
              break;
            case 34:
              this.$ = $$[$0];
              break;
            case 35:
              this.$ = { type: "StringLiteral", value: $$[$0], original: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 36:
              this.$ = { type: "NumberLiteral", value: Number($$[$0]), original: Number($$[$0]), loc: yy.locInfo(this._$) };
              break;
            case 37:
              this.$ = { type: "BooleanLiteral", value: $$[$0] === "true", original: $$[$0] === "true", loc: yy.locInfo(this._$) };
              break;
            case 38:
              this.$ = { type: "UndefinedLiteral", original: void 0, value: void 0, loc: yy.locInfo(this._$) };
              break;
            case 39:
              this.$ = { type: "NullLiteral", original: null, value: null, loc: yy.locInfo(this._$) };
              break;
            case 40:
              this.$ = $$[$0];
              break;
            case 41:
              this.$ = $$[$0];
              break;
            case 42:
              this.$ = yy.preparePath(true, $$[$0], this._$);
              break;
            case 43:
              this.$ = yy.preparePath(false, $$[$0], this._$);
              break;
            case 44:
              $$[$0 - 2].push({ part: yy.id($$[$0]), original: $$[$0], separator: $$[$0 - 1] });
              this.$ = $$[$0 - 2];
              break;
            case 45:
              this.$ = [{ part: yy.id($$[$0]), original: $$[$0] }];
              break;
            case 46:
              this.$ = [];
              break;
            case 47:
              $$[$0 - 1].push($$[$0]);
              break;
            case 48:
              this.$ = [];
              break;
            case 49:
              $$[$0 - 1].push($$[$0]);
              break;
            case 50:
              this.$ = [];
              break;
            case 51:
              $$[$0 - 1].push($$[$0]);
              break;
            case 58:
              this.$ = [];
              break;
            case 59:
              $$[$0 - 1].push($$[$0]);
              break;
            case 64:
              this.$ = [];
              break;
            case 65:
              $$[$0 - 1].push($$[$0]);
              break;
            case 70:
              this.$ = [];
              break;
            case 71:
              $$[$0 - 1].push($$[$0]);
              break;
            case 78:
              this.$ = [];
              break;
            case 79:
              $$[$0 - 1].push($$[$0]);
              break;
            case 82:
              this.$ = [];
              break;
            case 83:
              $$[$0 - 1].push($$[$0]);
              break;
            case 86:
              this.$ = [];
              break;
            case 87:
              $$[$0 - 1].push($$[$0]);
              break;
            case 90:
              this.$ = [];
              break;
            case 91:
              $$[$0 - 1].push($$[$0]);
              break;
            case 94:
              this.$ = [];
              break;
            case 95:
              $$[$0 - 1].push($$[$0]);
              break;
            case 98:
              this.$ = [$$[$0]];
              break;
            case 99:
              $$[$0 - 1].push($$[$0]);
              break;
            case 100:
              this.$ = [$$[$0]];
              break;
            case 101:
              $$[$0 - 1].push($$[$0]);
              break;
          }
        },
        table: [{ 3: 1, 4: 2, 5: [2, 46], 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 1: [3] }, { 5: [1, 4] }, { 5: [2, 2], 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 13: 11, 14: [1, 12], 15: [1, 20], 16: 17, 19: [1, 23], 24: 15, 27: 16, 29: [1, 21], 34: [1, 22], 39: [2, 2], 44: [2, 2], 47: [2, 2], 48: [1, 13], 51: [1, 14], 55: [1, 18], 59: 19, 60: [1, 24] }, { 1: [2, 1] }, { 5: [2, 47], 14: [2, 47], 15: [2, 47], 19: [2, 47], 29: [2, 47], 34: [2, 47], 39: [2, 47], 44: [2, 47], 47: [2, 47], 48: [2, 47], 51: [2, 47], 55: [2, 47], 60: [2, 47] }, { 5: [2, 3], 14: [2, 3], 15: [2, 3], 19: [2, 3], 29: [2, 3], 34: [2, 3], 39: [2, 3], 44: [2, 3], 47: [2, 3], 48: [2, 3], 51: [2, 3], 55: [2, 3], 60: [2, 3] }, { 5: [2, 4], 14: [2, 4], 15: [2, 4], 19: [2, 4], 29: [2, 4], 34: [2, 4], 39: [2, 4], 44: [2, 4], 47: [2, 4], 48: [2, 4], 51: [2, 4], 55: [2, 4], 60: [2, 4] }, { 5: [2, 5], 14: [2, 5], 15: [2, 5], 19: [2, 5], 29: [2, 5], 34: [2, 5], 39: [2, 5], 44: [2, 5], 47: [2, 5], 48: [2, 5], 51: [2, 5], 55: [2, 5], 60: [2, 5] }, { 5: [2, 6], 14: [2, 6], 15: [2, 6], 19: [2, 6], 29: [2, 6], 34: [2, 6], 39: [2, 6], 44: [2, 6], 47: [2, 6], 48: [2, 6], 51: [2, 6], 55: [2, 6], 60: [2, 6] }, { 5: [2, 7], 14: [2, 7], 15: [2, 7], 19: [2, 7], 29: [2, 7], 34: [2, 7], 39: [2, 7], 44: [2, 7], 47: [2, 7], 48: [2, 7], 51: [2, 7], 55: [2, 7], 60: [2, 7] }, { 5: [2, 8], 14: [2, 8], 15: [2, 8], 19: [2, 8], 29: [2, 8], 34: [2, 8], 39: [2, 8], 44: [2, 8], 47: [2, 8], 48: [2, 8], 51: [2, 8], 55: [2, 8], 60: [2, 8] }, { 5: [2, 9], 14: [2, 9], 15: [2, 9], 19: [2, 9], 29: [2, 9], 34: [2, 9], 39: [2, 9], 44: [2, 9], 47: [2, 9], 48: [2, 9], 51: [2, 9], 55: [2, 9], 60: [2, 9] }, { 20: 25, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 36, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 37, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 4: 38, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 15: [2, 48], 17: 39, 18: [2, 48] }, { 20: 41, 56: 40, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 44, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 5: [2, 10], 14: [2, 10], 15: [2, 10], 18: [2, 10], 19: [2, 10], 29: [2, 10], 34: [2, 10], 39: [2, 10], 44: [2, 10], 47: [2, 10], 48: [2, 10], 51: [2, 10], 55: [2, 10], 60: [2, 10] }, { 20: 45, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 46, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 47, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 41, 56: 48, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [2, 78], 49: 49, 65: [2, 78], 72: [2, 78], 80: [2, 78], 81: [2, 78], 82: [2, 78], 83: [2, 78], 84: [2, 78], 85: [2, 78] }, { 23: [2, 33], 33: [2, 33], 54: [2, 33], 65: [2, 33], 68: [2, 33], 72: [2, 33], 75: [2, 33], 80: [2, 33], 81: [2, 33], 82: [2, 33], 83: [2, 33], 84: [2, 33], 85: [2, 33] }, { 23: [2, 34], 33: [2, 34], 54: [2, 34], 65: [2, 34], 68: [2, 34], 72: [2, 34], 75: [2, 34], 80: [2, 34], 81: [2, 34], 82: [2, 34], 83: [2, 34], 84: [2, 34], 85: [2, 34] }, { 23: [2, 35], 33: [2, 35], 54: [2, 35], 65: [2, 35], 68: [2, 35], 72: [2, 35], 75: [2, 35], 80: [2, 35], 81: [2, 35], 82: [2, 35], 83: [2, 35], 84: [2, 35], 85: [2, 35] }, { 23: [2, 36], 33: [2, 36], 54: [2, 36], 65: [2, 36], 68: [2, 36], 72: [2, 36], 75: [2, 36], 80: [2, 36], 81: [2, 36], 82: [2, 36], 83: [2, 36], 84: [2, 36], 85: [2, 36] }, { 23: [2, 37], 33: [2, 37], 54: [2, 37], 65: [2, 37], 68: [2, 37], 72: [2, 37], 75: [2, 37], 80: [2, 37], 81: [2, 37], 82: [2, 37], 83: [2, 37], 84: [2, 37], 85: [2, 37] }, { 23: [2, 38], 33: [2, 38], 54: [2, 38], 65: [2, 38], 68: [2, 38], 72: [2, 38], 75: [2, 38], 80: [2, 38], 81: [2, 38], 82: [2, 38], 83: [2, 38], 84: [2, 38], 85: [2, 38] }, { 23: [2, 39], 33: [2, 39], 54: [2, 39], 65: [2, 39], 68: [2, 39], 72: [2, 39], 75: [2, 39], 80: [2, 39], 81: [2, 39], 82: [2, 39], 83: [2, 39], 84: [2, 39], 85: [2, 39] }, { 23: [2, 43], 33: [2, 43], 54: [2, 43], 65: [2, 43], 68: [2, 43], 72: [2, 43], 75: [2, 43], 80: [2, 43], 81: [2, 43], 82: [2, 43], 83: [2, 43], 84: [2, 43], 85: [2, 43], 87: [1, 50] }, { 72: [1, 35], 86: 51 }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 52: 52, 54: [2, 82], 65: [2, 82], 72: [2, 82], 80: [2, 82], 81: [2, 82], 82: [2, 82], 83: [2, 82], 84: [2, 82], 85: [2, 82] }, { 25: 53, 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 54, 47: [2, 54] }, { 28: 59, 43: 60, 44: [1, 58], 47: [2, 56] }, { 13: 62, 15: [1, 20], 18: [1, 61] }, { 33: [2, 86], 57: 63, 65: [2, 86], 72: [2, 86], 80: [2, 86], 81: [2, 86], 82: [2, 86], 83: [2, 86], 84: [2, 86], 85: [2, 86] }, { 33: [2, 40], 65: [2, 40], 72: [2, 40], 80: [2, 40], 81: [2, 40], 82: [2, 40], 83: [2, 40], 84: [2, 40], 85: [2, 40] }, { 33: [2, 41], 65: [2, 41], 72: [2, 41], 80: [2, 41], 81: [2, 41], 82: [2, 41], 83: [2, 41], 84: [2, 41], 85: [2, 41] }, { 20: 64, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 65, 47: [1, 66] }, { 30: 67, 33: [2, 58], 65: [2, 58], 72: [2, 58], 75: [2, 58], 80: [2, 58], 81: [2, 58], 82: [2, 58], 83: [2, 58], 84: [2, 58], 85: [2, 58] }, { 33: [2, 64], 35: 68, 65: [2, 64], 72: [2, 64], 75: [2, 64], 80: [2, 64], 81: [2, 64], 82: [2, 64], 83: [2, 64], 84: [2, 64], 85: [2, 64] }, { 21: 69, 23: [2, 50], 65: [2, 50], 72: [2, 50], 80: [2, 50], 81: [2, 50], 82: [2, 50], 83: [2, 50], 84: [2, 50], 85: [2, 50] }, { 33: [2, 90], 61: 70, 65: [2, 90], 72: [2, 90], 80: [2, 90], 81: [2, 90], 82: [2, 90], 83: [2, 90], 84: [2, 90], 85: [2, 90] }, { 20: 74, 33: [2, 80], 50: 71, 63: 72, 64: 75, 65: [1, 43], 69: 73, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 72: [1, 79] }, { 23: [2, 42], 33: [2, 42], 54: [2, 42], 65: [2, 42], 68: [2, 42], 72: [2, 42], 75: [2, 42], 80: [2, 42], 81: [2, 42], 82: [2, 42], 83: [2, 42], 84: [2, 42], 85: [2, 42], 87: [1, 50] }, { 20: 74, 53: 80, 54: [2, 84], 63: 81, 64: 75, 65: [1, 43], 69: 82, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 83, 47: [1, 66] }, { 47: [2, 55] }, { 4: 84, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 47: [2, 20] }, { 20: 85, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 86, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 26: 87, 47: [1, 66] }, { 47: [2, 57] }, { 5: [2, 11], 14: [2, 11], 15: [2, 11], 19: [2, 11], 29: [2, 11], 34: [2, 11], 39: [2, 11], 44: [2, 11], 47: [2, 11], 48: [2, 11], 51: [2, 11], 55: [2, 11], 60: [2, 11] }, { 15: [2, 49], 18: [2, 49] }, { 20: 74, 33: [2, 88], 58: 88, 63: 89, 64: 75, 65: [1, 43], 69: 90, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 65: [2, 94], 66: 91, 68: [2, 94], 72: [2, 94], 80: [2, 94], 81: [2, 94], 82: [2, 94], 83: [2, 94], 84: [2, 94], 85: [2, 94] }, { 5: [2, 25], 14: [2, 25], 15: [2, 25], 19: [2, 25], 29: [2, 25], 34: [2, 25], 39: [2, 25], 44: [2, 25], 47: [2, 25], 48: [2, 25], 51: [2, 25], 55: [2, 25], 60: [2, 25] }, { 20: 92, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 31: 93, 33: [2, 60], 63: 94, 64: 75, 65: [1, 43], 69: 95, 70: 76, 71: 77, 72: [1, 78], 75: [2, 60], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 66], 36: 96, 63: 97, 64: 75, 65: [1, 43], 69: 98, 70: 76, 71: 77, 72: [1, 78], 75: [2, 66], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 22: 99, 23: [2, 52], 63: 100, 64: 75, 65: [1, 43], 69: 101, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 92], 62: 102, 63: 103, 64: 75, 65: [1, 43], 69: 104, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 105] }, { 33: [2, 79], 65: [2, 79], 72: [2, 79], 80: [2, 79], 81: [2, 79], 82: [2, 79], 83: [2, 79], 84: [2, 79], 85: [2, 79] }, { 33: [2, 81] }, { 23: [2, 27], 33: [2, 27], 54: [2, 27], 65: [2, 27], 68: [2, 27], 72: [2, 27], 75: [2, 27], 80: [2, 27], 81: [2, 27], 82: [2, 27], 83: [2, 27], 84: [2, 27], 85: [2, 27] }, { 23: [2, 28], 33: [2, 28], 54: [2, 28], 65: [2, 28], 68: [2, 28], 72: [2, 28], 75: [2, 28], 80: [2, 28], 81: [2, 28], 82: [2, 28], 83: [2, 28], 84: [2, 28], 85: [2, 28] }, { 23: [2, 30], 33: [2, 30], 54: [2, 30], 68: [2, 30], 71: 106, 72: [1, 107], 75: [2, 30] }, { 23: [2, 98], 33: [2, 98], 54: [2, 98], 68: [2, 98], 72: [2, 98], 75: [2, 98] }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 73: [1, 108], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 23: [2, 44], 33: [2, 44], 54: [2, 44], 65: [2, 44], 68: [2, 44], 72: [2, 44], 75: [2, 44], 80: [2, 44], 81: [2, 44], 82: [2, 44], 83: [2, 44], 84: [2, 44], 85: [2, 44], 87: [2, 44] }, { 54: [1, 109] }, { 54: [2, 83], 65: [2, 83], 72: [2, 83], 80: [2, 83], 81: [2, 83], 82: [2, 83], 83: [2, 83], 84: [2, 83], 85: [2, 83] }, { 54: [2, 85] }, { 5: [2, 13], 14: [2, 13], 15: [2, 13], 19: [2, 13], 29: [2, 13], 34: [2, 13], 39: [2, 13], 44: [2, 13], 47: [2, 13], 48: [2, 13], 51: [2, 13], 55: [2, 13], 60: [2, 13] }, { 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 111, 46: 110, 47: [2, 76] }, { 33: [2, 70], 40: 112, 65: [2, 70], 72: [2, 70], 75: [2, 70], 80: [2, 70], 81: [2, 70], 82: [2, 70], 83: [2, 70], 84: [2, 70], 85: [2, 70] }, { 47: [2, 18] }, { 5: [2, 14], 14: [2, 14], 15: [2, 14], 19: [2, 14], 29: [2, 14], 34: [2, 14], 39: [2, 14], 44: [2, 14], 47: [2, 14], 48: [2, 14], 51: [2, 14], 55: [2, 14], 60: [2, 14] }, { 33: [1, 113] }, { 33: [2, 87], 65: [2, 87], 72: [2, 87], 80: [2, 87], 81: [2, 87], 82: [2, 87], 83: [2, 87], 84: [2, 87], 85: [2, 87] }, { 33: [2, 89] }, { 20: 74, 63: 115, 64: 75, 65: [1, 43], 67: 114, 68: [2, 96], 69: 116, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 117] }, { 32: 118, 33: [2, 62], 74: 119, 75: [1, 120] }, { 33: [2, 59], 65: [2, 59], 72: [2, 59], 75: [2, 59], 80: [2, 59], 81: [2, 59], 82: [2, 59], 83: [2, 59], 84: [2, 59], 85: [2, 59] }, { 33: [2, 61], 75: [2, 61] }, { 33: [2, 68], 37: 121, 74: 122, 75: [1, 120] }, { 33: [2, 65], 65: [2, 65], 72: [2, 65], 75: [2, 65], 80: [2, 65], 81: [2, 65], 82: [2, 65], 83: [2, 65], 84: [2, 65], 85: [2, 65] }, { 33: [2, 67], 75: [2, 67] }, { 23: [1, 123] }, { 23: [2, 51], 65: [2, 51], 72: [2, 51], 80: [2, 51], 81: [2, 51], 82: [2, 51], 83: [2, 51], 84: [2, 51], 85: [2, 51] }, { 23: [2, 53] }, { 33: [1, 124] }, { 33: [2, 91], 65: [2, 91], 72: [2, 91], 80: [2, 91], 81: [2, 91], 82: [2, 91], 83: [2, 91], 84: [2, 91], 85: [2, 91] }, { 33: [2, 93] }, { 5: [2, 22], 14: [2, 22], 15: [2, 22], 19: [2, 22], 29: [2, 22], 34: [2, 22], 39: [2, 22], 44: [2, 22], 47: [2, 22], 48: [2, 22], 51: [2, 22], 55: [2, 22], 60: [2, 22] }, { 23: [2, 99], 33: [2, 99], 54: [2, 99], 68: [2, 99], 72: [2, 99], 75: [2, 99] }, { 73: [1, 108] }, { 20: 74, 63: 125, 64: 75, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 23], 14: [2, 23], 15: [2, 23], 19: [2, 23], 29: [2, 23], 34: [2, 23], 39: [2, 23], 44: [2, 23], 47: [2, 23], 48: [2, 23], 51: [2, 23], 55: [2, 23], 60: [2, 23] }, { 47: [2, 19] }, { 47: [2, 77] }, { 20: 74, 33: [2, 72], 41: 126, 63: 127, 64: 75, 65: [1, 43], 69: 128, 70: 76, 71: 77, 72: [1, 78], 75: [2, 72], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 24], 14: [2, 24], 15: [2, 24], 19: [2, 24], 29: [2, 24], 34: [2, 24], 39: [2, 24], 44: [2, 24], 47: [2, 24], 48: [2, 24], 51: [2, 24], 55: [2, 24], 60: [2, 24] }, { 68: [1, 129] }, { 65: [2, 95], 68: [2, 95], 72: [2, 95], 80: [2, 95], 81: [2, 95], 82: [2, 95], 83: [2, 95], 84: [2, 95], 85: [2, 95] }, { 68: [2, 97] }, { 5: [2, 21], 14: [2, 21], 15: [2, 21], 19: [2, 21], 29: [2, 21], 34: [2, 21], 39: [2, 21], 44: [2, 21], 47: [2, 21], 48: [2, 21], 51: [2, 21], 55: [2, 21], 60: [2, 21] }, { 33: [1, 130] }, { 33: [2, 63] }, { 72: [1, 132], 76: 131 }, { 33: [1, 133] }, { 33: [2, 69] }, { 15: [2, 12], 18: [2, 12] }, { 14: [2, 26], 15: [2, 26], 19: [2, 26], 29: [2, 26], 34: [2, 26], 47: [2, 26], 48: [2, 26], 51: [2, 26], 55: [2, 26], 60: [2, 26] }, { 23: [2, 31], 33: [2, 31], 54: [2, 31], 68: [2, 31], 72: [2, 31], 75: [2, 31] }, { 33: [2, 74], 42: 134, 74: 135, 75: [1, 120] }, { 33: [2, 71], 65: [2, 71], 72: [2, 71], 75: [2, 71], 80: [2, 71], 81: [2, 71], 82: [2, 71], 83: [2, 71], 84: [2, 71], 85: [2, 71] }, { 33: [2, 73], 75: [2, 73] }, { 23: [2, 29], 33: [2, 29], 54: [2, 29], 65: [2, 29], 68: [2, 29], 72: [2, 29], 75: [2, 29], 80: [2, 29], 81: [2, 29], 82: [2, 29], 83: [2, 29], 84: [2, 29], 85: [2, 29] }, { 14: [2, 15], 15: [2, 15], 19: [2, 15], 29: [2, 15], 34: [2, 15], 39: [2, 15], 44: [2, 15], 47: [2, 15], 48: [2, 15], 51: [2, 15], 55: [2, 15], 60: [2, 15] }, { 72: [1, 137], 77: [1, 136] }, { 72: [2, 100], 77: [2, 100] }, { 14: [2, 16], 15: [2, 16], 19: [2, 16], 29: [2, 16], 34: [2, 16], 44: [2, 16], 47: [2, 16], 48: [2, 16], 51: [2, 16], 55: [2, 16], 60: [2, 16] }, { 33: [1, 138] }, { 33: [2, 75] }, { 33: [2, 32] }, { 72: [2, 101], 77: [2, 101] }, { 14: [2, 17], 15: [2, 17], 19: [2, 17], 29: [2, 17], 34: [2, 17], 39: [2, 17], 44: [2, 17], 47: [2, 17], 48: [2, 17], 51: [2, 17], 55: [2, 17], 60: [2, 17] }],
        defaultActions: { 4: [2, 1], 54: [2, 55], 56: [2, 20], 60: [2, 57], 73: [2, 81], 82: [2, 85], 86: [2, 18], 90: [2, 89], 101: [2, 53], 104: [2, 93], 110: [2, 19], 111: [2, 77], 116: [2, 97], 119: [2, 63], 122: [2, 69], 135: [2, 75], 136: [2, 32] },
        parseError: function parseError(str, hash) {
          throw new Error(str);
        },
        parse: function parse(input) {
          var self = this, stack = [0], vstack = [null], lstack = [], table = this.table, yytext = "", yylineno = 0, yyleng = 0, recovering = 0, TERROR = 2, EOF = 1;
          this.lexer.setInput(input);
          this.lexer.yy = this.yy;
          this.yy.lexer = this.lexer;
          this.yy.parser = this;
          if (typeof this.lexer.yylloc == "undefined") this.lexer.yylloc = {};
          var yyloc = this.lexer.yylloc;
          lstack.push(yyloc);
          var ranges = this.lexer.options && this.lexer.options.ranges;
          if (typeof this.yy.parseError === "function") this.parseError = this.yy.parseError;
          function popStack(n) {
            stack.length = stack.length - 2 * n;
            vstack.length = vstack.length - n;
            lstack.length = lstack.length - n;
          }
          function lex() {
            var token;
            token = self.lexer.lex() || 1;
            if (typeof token !== "number") {
              token = self.symbols_[token] || token;
            }
            return token;
          }
          var symbol, preErrorSymbol, state, action, a, r, yyval = {}, p, len, newState, expected;
          while (true) {
            state = stack[stack.length - 1];
            if (this.defaultActions[state]) {
              action = this.defaultActions[state];
            } else {
              if (symbol === null || typeof symbol == "undefined") {
                symbol = lex();
              }
              action = table[state] && table[state][symbol];
            }
            if (typeof action === "undefined" || !action.length || !action[0]) {
              var errStr = "";
              if (!recovering) {
                expected = [];
                for (p in table[state]) if (this.terminals_[p] && p > 2) {
                  expected.push("'" + this.terminals_[p] + "'");
                }
                if (this.lexer.showPosition) {
                  errStr = "Parse error on line " + (yylineno + 1) + ":\n" + this.lexer.showPosition() + "\nExpecting " + expected.join(", ") + ", got '" + (this.terminals_[symbol] || symbol) + "'";
                } else {
                  errStr = "Parse error on line " + (yylineno + 1) + ": Unexpected " + (symbol == 1 ? "end of input" : "'" + (this.terminals_[symbol] || symbol) + "'");
                }
                this.parseError(errStr, { text: this.lexer.match, token: this.terminals_[symbol] || symbol, line: this.lexer.yylineno, loc: yyloc, expected });
              }
            }
            if (action[0] instanceof Array && action.length > 1) {
              throw new Error("Parse Error: multiple actions possible at state: " + state + ", token: " + symbol);
            }
            switch (action[0]) {
              case 1:
                stack.push(symbol);
                vstack.push(this.lexer.yytext);
                lstack.push(this.lexer.yylloc);
                stack.push(action[1]);
                symbol = null;
                if (!preErrorSymbol) {
                  yyleng = this.lexer.yyleng;
                  yytext = this.lexer.yytext;
                  yylineno = this.lexer.yylineno;
                  yyloc = this.lexer.yylloc;
                  if (recovering > 0) recovering--;
                } else {
                  symbol = preErrorSymbol;
                  preErrorSymbol = null;
                }
                break;
              case 2:
                len = this.productions_[action[1]][1];
                yyval.$ = vstack[vstack.length - len];
                yyval._$ = { first_line: lstack[lstack.length - (len || 1)].first_line, last_line: lstack[lstack.length - 1].last_line, first_column: lstack[lstack.length - (len || 1)].first_column, last_column: lstack[lstack.length - 1].last_column };
                if (ranges) {
                  yyval._$.range = [lstack[lstack.length - (len || 1)].range[0], lstack[lstack.length - 1].range[1]];
                }
                r = this.performAction.call(yyval, yytext, yyleng, yylineno, this.yy, action[1], vstack, lstack);
                if (typeof r !== "undefined") {
                  return r;
                }
                if (len) {
                  stack = stack.slice(0, -1 * len * 2);
                  vstack = vstack.slice(0, -1 * len);
                  lstack = lstack.slice(0, -1 * len);
                }
                stack.push(this.productions_[action[1]][0]);
                vstack.push(yyval.$);
                lstack.push(yyval._$);
                newState = table[stack[stack.length - 2]][stack[stack.length - 1]];
                stack.push(newState);
                break;
              case 3:
                return true;
            }
          }
          return true;
        }
      };
      var lexer = (function() {
        var lexer2 = {
          EOF: 1,
          parseError: function parseError(str, hash) {
            if (this.yy.parser) {
              this.yy.parser.parseError(str, hash);
            } else {
              throw new Error(str);
            }
          },
          setInput: function setInput(input) {
            this._input = input;
            this._more = this._less = this.done = false;
            this.yylineno = this.yyleng = 0;
            this.yytext = this.matched = this.match = "";
            this.conditionStack = ["INITIAL"];
            this.yylloc = { first_line: 1, first_column: 0, last_line: 1, last_column: 0 };
            if (this.options.ranges) this.yylloc.range = [0, 0];
            this.offset = 0;
            return this;
          },
          input: function input() {
            var ch = this._input[0];
            this.yytext += ch;
            this.yyleng++;
            this.offset++;
            this.match += ch;
            this.matched += ch;
            var lines = ch.match(/(?:\r\n?|\n).*/g);
            if (lines) {
              this.yylineno++;
              this.yylloc.last_line++;
            } else {
              this.yylloc.last_column++;
            }
            if (this.options.ranges) this.yylloc.range[1]++;
            this._input = this._input.slice(1);
            return ch;
          },
          unput: function unput(ch) {
            var len = ch.length;
            var lines = ch.split(/(?:\r\n?|\n)/g);
            this._input = ch + this._input;
            this.yytext = this.yytext.substr(0, this.yytext.length - len - 1);
            this.offset -= len;
            var oldLines = this.match.split(/(?:\r\n?|\n)/g);
            this.match = this.match.substr(0, this.match.length - 1);
            this.matched = this.matched.substr(0, this.matched.length - 1);
            if (lines.length - 1) this.yylineno -= lines.length - 1;
            var r = this.yylloc.range;
            this.yylloc = {
              first_line: this.yylloc.first_line,
              last_line: this.yylineno + 1,
              first_column: this.yylloc.first_column,
              last_column: lines ? (lines.length === oldLines.length ? this.yylloc.first_column : 0) + oldLines[oldLines.length - lines.length].length - lines[0].length : this.yylloc.first_column - len
            };
            if (this.options.ranges) {
              this.yylloc.range = [r[0], r[0] + this.yyleng - len];
            }
            return this;
          },
          more: function more() {
            this._more = true;
            return this;
          },
          less: function less(n) {
            this.unput(this.match.slice(n));
          },
          pastInput: function pastInput() {
            var past = this.matched.substr(0, this.matched.length - this.match.length);
            return (past.length > 20 ? "..." : "") + past.substr(-20).replace(/\n/g, "");
          },
          upcomingInput: function upcomingInput() {
            var next = this.match;
            if (next.length < 20) {
              next += this._input.substr(0, 20 - next.length);
            }
            return (next.substr(0, 20) + (next.length > 20 ? "..." : "")).replace(/\n/g, "");
          },
          showPosition: function showPosition() {
            var pre = this.pastInput();
            var c = new Array(pre.length + 1).join("-");
            return pre + this.upcomingInput() + "\n" + c + "^";
          },
          next: function next() {
            if (this.done) {
              return this.EOF;
            }
            if (!this._input) this.done = true;
            var token, match, tempMatch, index, col, lines;
            if (!this._more) {
              this.yytext = "";
              this.match = "";
            }
            var rules = this._currentRules();
            for (var i = 0; i < rules.length; i++) {
              tempMatch = this._input.match(this.rules[rules[i]]);
              if (tempMatch && (!match || tempMatch[0].length > match[0].length)) {
                match = tempMatch;
                index = i;
                if (!this.options.flex) break;
              }
            }
            if (match) {
              lines = match[0].match(/(?:\r\n?|\n).*/g);
              if (lines) this.yylineno += lines.length;
              this.yylloc = {
                first_line: this.yylloc.last_line,
                last_line: this.yylineno + 1,
                first_column: this.yylloc.last_column,
                last_column: lines ? lines[lines.length - 1].length - lines[lines.length - 1].match(/\r?\n?/)[0].length : this.yylloc.last_column + match[0].length
              };
              this.yytext += match[0];
              this.match += match[0];
              this.matches = match;
              this.yyleng = this.yytext.length;
              if (this.options.ranges) {
                this.yylloc.range = [this.offset, this.offset += this.yyleng];
              }
              this._more = false;
              this._input = this._input.slice(match[0].length);
              this.matched += match[0];
              token = this.performAction.call(this, this.yy, this, rules[index], this.conditionStack[this.conditionStack.length - 1]);
              if (this.done && this._input) this.done = false;
              if (token) return token;
              else return;
            }
            if (this._input === "") {
              return this.EOF;
            } else {
              return this.parseError("Lexical error on line " + (this.yylineno + 1) + ". Unrecognized text.\n" + this.showPosition(), { text: "", token: null, line: this.yylineno });
            }
          },
          lex: function lex() {
            var r = this.next();
            if (typeof r !== "undefined") {
              return r;
            } else {
              return this.lex();
            }
          },
          begin: function begin(condition) {
            this.conditionStack.push(condition);
          },
          popState: function popState() {
            return this.conditionStack.pop();
          },
          _currentRules: function _currentRules() {
            return this.conditions[this.conditionStack[this.conditionStack.length - 1]].rules;
          },
          topState: function topState() {
            return this.conditionStack[this.conditionStack.length - 2];
          },
          pushState: function begin(condition) {
            this.begin(condition);
          }
        };
        lexer2.options = {};
        lexer2.performAction = function anonymous(yy, yy_, $avoiding_name_collisions, YY_START) {
          function strip(start, end) {
            return yy_.yytext = yy_.yytext.substring(start, yy_.yyleng - end + start);
          }
          var YYSTATE = YY_START;
          switch ($avoiding_name_collisions) {
            case 0:
              if (yy_.yytext.slice(-2) === "\\\\") {
                strip(0, 1);
                this.begin("mu");
              } else if (yy_.yytext.slice(-1) === "\\") {
                strip(0, 1);
                this.begin("emu");
              } else {
                this.begin("mu");
              }
              if (yy_.yytext) return 15;
              break;
            case 1:
              return 15;
              break;
            case 2:
              this.popState();
              return 15;
              break;
            case 3:
              this.begin("raw");
              return 15;
              break;
            case 4:
              this.popState();
              if (this.conditionStack[this.conditionStack.length - 1] === "raw") {
                return 15;
              } else {
                strip(5, 9);
                return "END_RAW_BLOCK";
              }
              break;
            case 5:
              return 15;
              break;
            case 6:
              this.popState();
              return 14;
              break;
            case 7:
              return 65;
              break;
            case 8:
              return 68;
              break;
            case 9:
              return 19;
              break;
            case 10:
              this.popState();
              this.begin("raw");
              return 23;
              break;
            case 11:
              return 55;
              break;
            case 12:
              return 60;
              break;
            case 13:
              return 29;
              break;
            case 14:
              return 47;
              break;
            case 15:
              this.popState();
              return 44;
              break;
            case 16:
              this.popState();
              return 44;
              break;
            case 17:
              return 34;
              break;
            case 18:
              return 39;
              break;
            case 19:
              return 51;
              break;
            case 20:
              return 48;
              break;
            case 21:
              this.unput(yy_.yytext);
              this.popState();
              this.begin("com");
              break;
            case 22:
              this.popState();
              return 14;
              break;
            case 23:
              return 48;
              break;
            case 24:
              return 73;
              break;
            case 25:
              return 72;
              break;
            case 26:
              return 72;
              break;
            case 27:
              return 87;
              break;
            case 28:
              break;
            case 29:
              this.popState();
              return 54;
              break;
            case 30:
              this.popState();
              return 33;
              break;
            case 31:
              yy_.yytext = strip(1, 2).replace(/\\"/g, '"');
              return 80;
              break;
            case 32:
              yy_.yytext = strip(1, 2).replace(/\\'/g, "'");
              return 80;
              break;
            case 33:
              return 85;
              break;
            case 34:
              return 82;
              break;
            case 35:
              return 82;
              break;
            case 36:
              return 83;
              break;
            case 37:
              return 84;
              break;
            case 38:
              return 81;
              break;
            case 39:
              return 75;
              break;
            case 40:
              return 77;
              break;
            case 41:
              return 72;
              break;
            case 42:
              yy_.yytext = yy_.yytext.replace(/\\([\\\]])/g, "$1");
              return 72;
              break;
            case 43:
              return "INVALID";
              break;
            case 44:
              return 5;
              break;
          }
        };
        lexer2.rules = [/^(?:[^\x00]*?(?=(\{\{)))/, /^(?:[^\x00]+)/, /^(?:[^\x00]{2,}?(?=(\{\{|\\\{\{|\\\\\{\{|$)))/, /^(?:\{\{\{\{(?=[^\/]))/, /^(?:\{\{\{\{\/[^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=[=}\s\/.])\}\}\}\})/, /^(?:[^\x00]+?(?=(\{\{\{\{)))/, /^(?:[\s\S]*?--(~)?\}\})/, /^(?:\()/, /^(?:\))/, /^(?:\{\{\{\{)/, /^(?:\}\}\}\})/, /^(?:\{\{(~)?>)/, /^(?:\{\{(~)?#>)/, /^(?:\{\{(~)?#\*?)/, /^(?:\{\{(~)?\/)/, /^(?:\{\{(~)?\^\s*(~)?\}\})/, /^(?:\{\{(~)?\s*else\s*(~)?\}\})/, /^(?:\{\{(~)?\^)/, /^(?:\{\{(~)?\s*else\b)/, /^(?:\{\{(~)?\{)/, /^(?:\{\{(~)?&)/, /^(?:\{\{(~)?!--)/, /^(?:\{\{(~)?![\s\S]*?\}\})/, /^(?:\{\{(~)?\*?)/, /^(?:=)/, /^(?:\.\.)/, /^(?:\.(?=([=~}\s\/.)|])))/, /^(?:[\/.])/, /^(?:\s+)/, /^(?:\}(~)?\}\})/, /^(?:(~)?\}\})/, /^(?:"(\\["]|[^"])*")/, /^(?:'(\\[']|[^'])*')/, /^(?:@)/, /^(?:true(?=([~}\s)])))/, /^(?:false(?=([~}\s)])))/, /^(?:undefined(?=([~}\s)])))/, /^(?:null(?=([~}\s)])))/, /^(?:-?[0-9]+(?:\.[0-9]+)?(?=([~}\s)])))/, /^(?:as\s+\|)/, /^(?:\|)/, /^(?:([^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=([=~}\s\/.)|]))))/, /^(?:\[(\\\]|[^\]])*\])/, /^(?:.)/, /^(?:$)/];
        lexer2.conditions = { "mu": { "rules": [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44], "inclusive": false }, "emu": { "rules": [2], "inclusive": false }, "com": { "rules": [6], "inclusive": false }, "raw": { "rules": [3, 4, 5], "inclusive": false }, "INITIAL": { "rules": [0, 1, 44], "inclusive": true } };
        return lexer2;
      })();
      parser.lexer = lexer;
      function Parser() {
        this.yy = {};
      }
      Parser.prototype = parser;
      parser.Parser = Parser;
      return new Parser();
    })();
    exports["default"] = handlebars;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js
var require_node_types = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js"(exports) {
    "use strict";
    exports.__esModule = true;
    var NODE_TYPES = ["Program", "BlockStatement", "DecoratorBlock", "PartialStatement", "PartialBlockStatement", "Decorator", "MustacheStatement", "ContentStatement", "CommentStatement", "SubExpression", "PathExpression", "StringLiteral", "NumberLiteral", "BooleanLiteral", "UndefinedLiteral", "NullLiteral", "Hash", "HashPair"];
    exports.NODE_TYPES = NODE_TYPES;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js
var require_visitor = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _nodeTypes = require_node_types();
    function Visitor() {
      this.parents = [];
    }
    function isDispatchable(visitor, type) {
      return _utils.indexOf(_nodeTypes.NODE_TYPES, type) !== -1 || !(type in Visitor.prototype) && typeof visitor[type] === "function";
    }
    Visitor.prototype = {
      constructor: Visitor,
      mutating: false,
      // Visits a given value. If mutating, will replace the value if necessary.
      acceptKey: function acceptKey(node, name) {
        var value = this.accept(node[name]);
        if (this.mutating) {
          if (value && !isDispatchable(this, value.type)) {
            throw new _exception2["default"]('Unexpected node type "' + value.type + '" found when accepting ' + name + " on " + node.type);
          }
          node[name] = value;
        }
      },
      // Performs an accept operation with added sanity check to ensure
      // required keys are not removed.
      acceptRequired: function acceptRequired(node, name) {
        this.acceptKey(node, name);
        if (!node[name]) {
          throw new _exception2["default"](node.type + " requires " + name);
        }
      },
      // Traverses a given array. If mutating, empty respnses will be removed
      // for child elements.
      acceptArray: function acceptArray(array) {
        for (var i = 0, l = array.length; i < l; i++) {
          this.acceptKey(array, i);
          if (!array[i]) {
            array.splice(i, 1);
            i--;
            l--;
          }
        }
      },
      accept: function accept(object) {
        if (!object) {
          return;
        }
        if (!isDispatchable(this, object.type) || !this[object.type]) {
          throw new _exception2["default"]("Unknown type: " + object.type, object);
        }
        if (this.current) {
          this.parents.unshift(this.current);
        }
        this.current = object;
        var ret = this[object.type](object);
        this.current = this.parents.shift();
        if (!this.mutating || ret) {
          return ret;
        } else if (ret !== false) {
          return object;
        }
      },
      Program: function Program(program) {
        this.acceptArray(program.body);
      },
      MustacheStatement: visitSubExpression,
      Decorator: visitSubExpression,
      BlockStatement: visitBlock,
      DecoratorBlock: visitBlock,
      PartialStatement: visitPartial,
      PartialBlockStatement: function PartialBlockStatement(partial) {
        visitPartial.call(this, partial);
        this.acceptKey(partial, "program");
      },
      ContentStatement: function ContentStatement() {
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: visitSubExpression,
      PathExpression: function PathExpression() {
      },
      StringLiteral: function StringLiteral() {
      },
      NumberLiteral: function NumberLiteral() {
      },
      BooleanLiteral: function BooleanLiteral() {
      },
      UndefinedLiteral: function UndefinedLiteral() {
      },
      NullLiteral: function NullLiteral() {
      },
      Hash: function Hash(hash) {
        this.acceptArray(hash.pairs);
      },
      HashPair: function HashPair(pair) {
        this.acceptRequired(pair, "value");
      }
    };
    function visitSubExpression(mustache) {
      this.acceptRequired(mustache, "path");
      this.acceptArray(mustache.params);
      this.acceptKey(mustache, "hash");
    }
    function visitBlock(block) {
      visitSubExpression.call(this, block);
      this.acceptKey(block, "program");
      this.acceptKey(block, "inverse");
    }
    function visitPartial(partial) {
      this.acceptRequired(partial, "name");
      this.acceptArray(partial.params);
      this.acceptKey(partial, "hash");
    }
    exports["default"] = Visitor;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js
var require_whitespace_control = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function WhitespaceControl() {
      var options = arguments.length <= 0 || arguments[0] === void 0 ? {} : arguments[0];
      this.options = options;
    }
    WhitespaceControl.prototype = new _visitor2["default"]();
    WhitespaceControl.prototype.Program = function(program) {
      var doStandalone = !this.options.ignoreStandalone;
      var isRoot = !this.isRootSeen;
      this.isRootSeen = true;
      var body = program.body;
      for (var i = 0, l = body.length; i < l; i++) {
        var current = body[i], strip = this.accept(current);
        if (!strip) {
          continue;
        }
        var _isPrevWhitespace = isPrevWhitespace(body, i, isRoot), _isNextWhitespace = isNextWhitespace(body, i, isRoot), openStandalone = strip.openStandalone && _isPrevWhitespace, closeStandalone = strip.closeStandalone && _isNextWhitespace, inlineStandalone = strip.inlineStandalone && _isPrevWhitespace && _isNextWhitespace;
        if (strip.close) {
          omitRight(body, i, true);
        }
        if (strip.open) {
          omitLeft(body, i, true);
        }
        if (doStandalone && inlineStandalone) {
          omitRight(body, i);
          if (omitLeft(body, i)) {
            if (current.type === "PartialStatement") {
              current.indent = /(?:^|[^ \t])([ \t]+)$/.exec(body[i - 1].original)[1];
            }
          }
        }
        if (doStandalone && openStandalone) {
          omitRight((current.program || current.inverse).body);
          omitLeft(body, i);
        }
        if (doStandalone && closeStandalone) {
          omitRight(body, i);
          omitLeft((current.inverse || current.program).body);
        }
      }
      return program;
    };
    WhitespaceControl.prototype.BlockStatement = WhitespaceControl.prototype.DecoratorBlock = WhitespaceControl.prototype.PartialBlockStatement = function(block) {
      this.accept(block.program);
      this.accept(block.inverse);
      var program = block.program || block.inverse, inverse = block.program && block.inverse, firstInverse = inverse, lastInverse = inverse;
      if (inverse && inverse.chained) {
        firstInverse = inverse.body[0].program;
        while (lastInverse.chained) {
          lastInverse = lastInverse.body[lastInverse.body.length - 1].program;
        }
      }
      var strip = {
        open: block.openStrip.open,
        close: block.closeStrip.close,
        // Determine the standalone candiacy. Basically flag our content as being possibly standalone
        // so our parent can determine if we actually are standalone
        openStandalone: isNextWhitespace(program.body),
        closeStandalone: isPrevWhitespace((firstInverse || program).body)
      };
      if (block.openStrip.close) {
        omitRight(program.body, null, true);
      }
      if (inverse) {
        var inverseStrip = block.inverseStrip;
        if (inverseStrip.open) {
          omitLeft(program.body, null, true);
        }
        if (inverseStrip.close) {
          omitRight(firstInverse.body, null, true);
        }
        if (block.closeStrip.open) {
          omitLeft(lastInverse.body, null, true);
        }
        if (!this.options.ignoreStandalone && isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
          omitLeft(program.body);
          omitRight(firstInverse.body);
        }
      } else if (block.closeStrip.open) {
        omitLeft(program.body, null, true);
      }
      return strip;
    };
    WhitespaceControl.prototype.Decorator = WhitespaceControl.prototype.MustacheStatement = function(mustache) {
      return mustache.strip;
    };
    WhitespaceControl.prototype.PartialStatement = WhitespaceControl.prototype.CommentStatement = function(node) {
      var strip = node.strip || {};
      return {
        inlineStandalone: true,
        open: strip.open,
        close: strip.close
      };
    };
    function isPrevWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = body.length;
      }
      var prev = body[i - 1], sibling = body[i - 2];
      if (!prev) {
        return isRoot;
      }
      if (prev.type === "ContentStatement") {
        return (sibling || !isRoot ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(prev.original);
      }
    }
    function isNextWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = -1;
      }
      var next = body[i + 1], sibling = body[i + 2];
      if (!next) {
        return isRoot;
      }
      if (next.type === "ContentStatement") {
        return (sibling || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(next.original);
      }
    }
    function omitRight(body, i, multiple) {
      var current = body[i == null ? 0 : i + 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.rightStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /^\s+/ : /^[ \t]*\r?\n?/, "");
      current.rightStripped = current.value !== original;
    }
    function omitLeft(body, i, multiple) {
      var current = body[i == null ? body.length - 1 : i - 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.leftStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /(^|\S)\s+$/ : /(^|[^ \t])[ \t]+$/, "$1");
      current.leftStripped = current.value !== original;
      return current.leftStripped;
    }
    exports["default"] = WhitespaceControl;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js
var require_helpers2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.SourceLocation = SourceLocation;
    exports.id = id;
    exports.stripFlags = stripFlags;
    exports.stripComment = stripComment;
    exports.preparePath = preparePath;
    exports.prepareMustache = prepareMustache;
    exports.prepareRawBlock = prepareRawBlock;
    exports.prepareBlock = prepareBlock;
    exports.prepareProgram = prepareProgram;
    exports.preparePartialBlock = preparePartialBlock;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function validateClose(open, close) {
      close = close.path ? close.path.original : close;
      if (open.path.original !== close) {
        var errorNode = { loc: open.path.loc };
        throw new _exception2["default"](open.path.original + " doesn't match " + close, errorNode);
      }
    }
    function SourceLocation(source, locInfo) {
      this.source = source;
      this.start = {
        line: locInfo.first_line,
        column: locInfo.first_column
      };
      this.end = {
        line: locInfo.last_line,
        column: locInfo.last_column
      };
    }
    function id(token) {
      if (/^\[.*\]$/.test(token)) {
        return token.substring(1, token.length - 1);
      } else {
        return token;
      }
    }
    function stripFlags(open, close) {
      return {
        open: open.charAt(2) === "~",
        close: close.charAt(close.length - 3) === "~"
      };
    }
    function stripComment(comment) {
      return comment.replace(/^\{\{~?!-?-?/, "").replace(/-?-?~?\}\}$/, "");
    }
    function preparePath(data, parts, loc) {
      loc = this.locInfo(loc);
      var original = data ? "@" : "", dig = [], depth = 0;
      for (var i = 0, l = parts.length; i < l; i++) {
        var part = parts[i].part, isLiteral = parts[i].original !== part;
        original += (parts[i].separator || "") + part;
        if (!isLiteral && (part === ".." || part === "." || part === "this")) {
          if (dig.length > 0) {
            throw new _exception2["default"]("Invalid path: " + original, { loc });
          } else if (part === "..") {
            depth++;
          }
        } else {
          dig.push(part);
        }
      }
      return {
        type: "PathExpression",
        data,
        depth,
        parts: dig,
        original,
        loc
      };
    }
    function prepareMustache(path, params, hash, open, strip, locInfo) {
      var escapeFlag = open.charAt(3) || open.charAt(2), escaped = escapeFlag !== "{" && escapeFlag !== "&";
      var decorator = /\*/.test(open);
      return {
        type: decorator ? "Decorator" : "MustacheStatement",
        path,
        params,
        hash,
        escaped,
        strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareRawBlock(openRawBlock, contents, close, locInfo) {
      validateClose(openRawBlock, close);
      locInfo = this.locInfo(locInfo);
      var program = {
        type: "Program",
        body: contents,
        strip: {},
        loc: locInfo
      };
      return {
        type: "BlockStatement",
        path: openRawBlock.path,
        params: openRawBlock.params,
        hash: openRawBlock.hash,
        program,
        openStrip: {},
        inverseStrip: {},
        closeStrip: {},
        loc: locInfo
      };
    }
    function prepareBlock(openBlock, program, inverseAndProgram, close, inverted, locInfo) {
      if (close && close.path) {
        validateClose(openBlock, close);
      }
      var decorator = /\*/.test(openBlock.open);
      program.blockParams = openBlock.blockParams;
      var inverse = void 0, inverseStrip = void 0;
      if (inverseAndProgram) {
        if (decorator) {
          throw new _exception2["default"]("Unexpected inverse block on decorator", inverseAndProgram);
        }
        if (inverseAndProgram.chain) {
          inverseAndProgram.program.body[0].closeStrip = close.strip;
        }
        inverseStrip = inverseAndProgram.strip;
        inverse = inverseAndProgram.program;
      }
      if (inverted) {
        inverted = inverse;
        inverse = program;
        program = inverted;
      }
      return {
        type: decorator ? "DecoratorBlock" : "BlockStatement",
        path: openBlock.path,
        params: openBlock.params,
        hash: openBlock.hash,
        program,
        inverse,
        openStrip: openBlock.strip,
        inverseStrip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareProgram(statements, loc) {
      if (!loc && statements.length) {
        var firstLoc = statements[0].loc, lastLoc = statements[statements.length - 1].loc;
        if (firstLoc && lastLoc) {
          loc = {
            source: firstLoc.source,
            start: {
              line: firstLoc.start.line,
              column: firstLoc.start.column
            },
            end: {
              line: lastLoc.end.line,
              column: lastLoc.end.column
            }
          };
        }
      }
      return {
        type: "Program",
        body: statements,
        strip: {},
        loc
      };
    }
    function preparePartialBlock(open, program, close, locInfo) {
      validateClose(open, close);
      return {
        type: "PartialBlockStatement",
        name: open.path,
        params: open.params,
        hash: open.hash,
        program,
        openStrip: open.strip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/base.js
var require_base2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.parseWithoutProcessing = parseWithoutProcessing;
    exports.parse = parse;
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _parser = require_parser();
    var _parser2 = _interopRequireDefault(_parser);
    var _whitespaceControl = require_whitespace_control();
    var _whitespaceControl2 = _interopRequireDefault(_whitespaceControl);
    var _helpers = require_helpers2();
    var Helpers = _interopRequireWildcard(_helpers);
    var _utils = require_utils();
    exports.parser = _parser2["default"];
    var yy = {};
    _utils.extend(yy, Helpers);
    function parseWithoutProcessing(input, options) {
      if (input.type === "Program") {
        return input;
      }
      _parser2["default"].yy = yy;
      yy.locInfo = function(locInfo) {
        return new yy.SourceLocation(options && options.srcName, locInfo);
      };
      var ast = _parser2["default"].parse(input);
      return ast;
    }
    function parse(input, options) {
      var ast = parseWithoutProcessing(input, options);
      var strip = new _whitespaceControl2["default"](options);
      return strip.accept(ast);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js
var require_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.Compiler = Compiler;
    exports.precompile = precompile;
    exports.compile = compile;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _ast = require_ast();
    var _ast2 = _interopRequireDefault(_ast);
    var _nodeTypes = require_node_types();
    var slice = [].slice;
    function Compiler() {
    }
    Compiler.prototype = {
      compiler: Compiler,
      equals: function equals(other) {
        var len = this.opcodes.length;
        if (other.opcodes.length !== len) {
          return false;
        }
        for (var i = 0; i < len; i++) {
          var opcode = this.opcodes[i], otherOpcode = other.opcodes[i];
          if (opcode.opcode !== otherOpcode.opcode || !argEquals(opcode.args, otherOpcode.args)) {
            return false;
          }
        }
        len = this.children.length;
        for (var i = 0; i < len; i++) {
          if (!this.children[i].equals(other.children[i])) {
            return false;
          }
        }
        return true;
      },
      guid: 0,
      compile: function compile2(program, options) {
        this.sourceNode = [];
        this.opcodes = [];
        this.children = [];
        this.options = options;
        this.stringParams = options.stringParams;
        this.trackIds = options.trackIds;
        options.blockParams = options.blockParams || [];
        options.knownHelpers = _utils.extend(/* @__PURE__ */ Object.create(null), {
          helperMissing: true,
          blockHelperMissing: true,
          each: true,
          "if": true,
          unless: true,
          "with": true,
          log: true,
          lookup: true
        }, options.knownHelpers);
        return this.accept(program);
      },
      compileProgram: function compileProgram2(program) {
        var childCompiler = new this.compiler(), result = childCompiler.compile(program, this.options), guid = this.guid++;
        this.usePartial = this.usePartial || result.usePartial;
        this.children[guid] = result;
        this.useDepths = this.useDepths || result.useDepths;
        return guid;
      },
      accept: function accept(node) {
        if (_utils.indexOf(_nodeTypes.NODE_TYPES, node.type) === -1 || !this[node.type]) {
          throw new _exception2["default"]("Unknown type: " + node.type, node);
        }
        this.sourceNode.unshift(node);
        var ret = this[node.type](node);
        this.sourceNode.shift();
        return ret;
      },
      Program: function Program(program) {
        validateBlockParams(program);
        this.options.blockParams.unshift(program.blockParams);
        var body = program.body, bodyLength = body.length;
        for (var i = 0; i < bodyLength; i++) {
          this.accept(body[i]);
        }
        this.options.blockParams.shift();
        this.isSimple = bodyLength === 1;
        this.blockParams = program.blockParams ? program.blockParams.length : 0;
        return this;
      },
      BlockStatement: function BlockStatement(block) {
        transformLiteralToPath(block);
        var program = block.program, inverse = block.inverse;
        program = program && this.compileProgram(program);
        inverse = inverse && this.compileProgram(inverse);
        var type = this.classifySexpr(block);
        if (type === "helper") {
          this.helperSexpr(block, program, inverse);
        } else if (type === "simple") {
          this.simpleSexpr(block);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("blockValue", block.path.original);
        } else {
          this.ambiguousSexpr(block, program, inverse);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("ambiguousBlockValue");
        }
        this.opcode("append");
      },
      DecoratorBlock: function DecoratorBlock(decorator) {
        var program = decorator.program && this.compileProgram(decorator.program);
        var params = this.setupFullMustacheParams(decorator, program, void 0), path = decorator.path;
        this.useDecorators = true;
        this.opcode("registerDecorator", params.length, path.original);
      },
      PartialStatement: function PartialStatement(partial) {
        this.usePartial = true;
        var program = partial.program;
        if (program) {
          program = this.compileProgram(partial.program);
        }
        var params = partial.params;
        if (params.length > 1) {
          throw new _exception2["default"]("Unsupported number of partial arguments: " + params.length, partial);
        } else if (!params.length) {
          if (this.options.explicitPartialContext) {
            this.opcode("pushLiteral", "undefined");
          } else {
            params.push({ type: "PathExpression", parts: [], depth: 0 });
          }
        }
        var partialName = partial.name.original, isDynamic = partial.name.type === "SubExpression";
        if (isDynamic) {
          this.accept(partial.name);
        }
        this.setupFullMustacheParams(partial, program, void 0, true);
        var indent = partial.indent || "";
        if (this.options.preventIndent && indent) {
          this.opcode("appendContent", indent);
          indent = "";
        }
        this.opcode("invokePartial", isDynamic, partialName, indent);
        this.opcode("append");
      },
      PartialBlockStatement: function PartialBlockStatement(partialBlock) {
        this.PartialStatement(partialBlock);
      },
      MustacheStatement: function MustacheStatement(mustache) {
        this.SubExpression(mustache);
        if (mustache.escaped && !this.options.noEscape) {
          this.opcode("appendEscaped");
        } else {
          this.opcode("append");
        }
      },
      Decorator: function Decorator(decorator) {
        this.DecoratorBlock(decorator);
      },
      ContentStatement: function ContentStatement(content) {
        if (content.value != null && typeof content.value !== "string") {
          throw invalidAst(content, "value must be a string");
        }
        if (content.value) {
          this.opcode("appendContent", content.value);
        }
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: function SubExpression(sexpr) {
        transformLiteralToPath(sexpr);
        var type = this.classifySexpr(sexpr);
        if (type === "simple") {
          this.simpleSexpr(sexpr);
        } else if (type === "helper") {
          this.helperSexpr(sexpr);
        } else {
          this.ambiguousSexpr(sexpr);
        }
      },
      ambiguousSexpr: function ambiguousSexpr(sexpr, program, inverse) {
        var path = sexpr.path, name = path.parts[0], isBlock = program != null || inverse != null;
        this.opcode("getContext", validateDepth(path));
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        path.strict = true;
        this.accept(path);
        this.opcode("invokeAmbiguous", name, isBlock);
      },
      simpleSexpr: function simpleSexpr(sexpr) {
        var path = sexpr.path;
        path.strict = true;
        this.accept(path);
        this.opcode("resolvePossibleLambda");
      },
      helperSexpr: function helperSexpr(sexpr, program, inverse) {
        var params = this.setupFullMustacheParams(sexpr, program, inverse), path = sexpr.path, name = path.parts[0];
        if (this.options.knownHelpers[name]) {
          this.opcode("invokeKnownHelper", params.length, name);
        } else if (this.options.knownHelpersOnly) {
          throw new _exception2["default"]("You specified knownHelpersOnly, but used the unknown helper " + name, sexpr);
        } else {
          path.strict = true;
          path.falsy = true;
          this.accept(path);
          this.opcode("invokeHelper", params.length, path.original, _ast2["default"].helpers.simpleId(path));
        }
      },
      PathExpression: function PathExpression(path) {
        var depth = validateDepth(path);
        var parts = validateParts(path);
        this.addDepth(depth);
        this.opcode("getContext", depth);
        var name = parts[0], scoped = _ast2["default"].helpers.scopedId(path), blockParamId = !depth && !scoped && this.blockParamIndex(name);
        if (blockParamId) {
          this.opcode("lookupBlockParam", blockParamId, parts);
        } else if (!name) {
          this.opcode("pushContext");
        } else if (path.data) {
          this.options.data = true;
          this.opcode("lookupData", depth, parts, path.strict);
        } else {
          this.opcode("lookupOnContext", parts, path.falsy, path.strict, scoped);
        }
      },
      StringLiteral: function StringLiteral(string) {
        validateLiteral(string);
        this.opcode("pushString", string.value);
      },
      NumberLiteral: function NumberLiteral(number) {
        validateLiteral(number);
        this.opcode("pushLiteral", number.value);
      },
      BooleanLiteral: function BooleanLiteral(bool) {
        validateLiteral(bool);
        this.opcode("pushLiteral", bool.value);
      },
      UndefinedLiteral: function UndefinedLiteral() {
        this.opcode("pushLiteral", "undefined");
      },
      NullLiteral: function NullLiteral() {
        this.opcode("pushLiteral", "null");
      },
      Hash: function Hash(hash) {
        var pairs = hash.pairs, i = 0, l = void 0;
        if (!_utils.isArray(pairs)) {
          throw invalidAst(hash, "pairs must be an array");
        }
        l = pairs.length;
        for (var j = 0; j < l; j++) {
          if (!pairs[j] || typeof pairs[j].key !== "string") {
            throw invalidAst(hash, "pair keys must be strings");
          }
        }
        this.opcode("pushHash");
        for (; i < l; i++) {
          this.pushParam(pairs[i].value);
        }
        while (i--) {
          this.opcode("assignToHash", pairs[i].key);
        }
        this.opcode("popHash");
      },
      // HELPERS
      opcode: function opcode(name) {
        this.opcodes.push({
          opcode: name,
          args: slice.call(arguments, 1),
          loc: this.sourceNode[0].loc
        });
      },
      addDepth: function addDepth(depth) {
        if (!depth) {
          return;
        }
        this.useDepths = true;
      },
      classifySexpr: function classifySexpr(sexpr) {
        validateParts(sexpr.path);
        var isSimple = _ast2["default"].helpers.simpleId(sexpr.path);
        var isBlockParam = isSimple && !!this.blockParamIndex(sexpr.path.parts[0]);
        var isHelper = !isBlockParam && _ast2["default"].helpers.helperExpression(sexpr);
        var isEligible = !isBlockParam && (isHelper || isSimple);
        if (isEligible && !isHelper) {
          var _name = sexpr.path.parts[0], options = this.options;
          if (options.knownHelpers[_name]) {
            isHelper = true;
          } else if (options.knownHelpersOnly) {
            isEligible = false;
          }
        }
        if (isHelper) {
          return "helper";
        } else if (isEligible) {
          return "ambiguous";
        } else {
          return "simple";
        }
      },
      pushParams: function pushParams(params) {
        for (var i = 0, l = params.length; i < l; i++) {
          this.pushParam(params[i]);
        }
      },
      pushParam: function pushParam(val) {
        validateLiteral(val);
        var value = val.value != null ? val.value : val.original || "";
        var depth = validateDepth(val);
        if (this.stringParams) {
          if (typeof value !== "number" && typeof value !== "boolean") {
            value = String(value);
          }
          if (value.replace) {
            value = value.replace(/^(\.?\.\/)*/g, "").replace(/\//g, ".");
          }
          if (depth) {
            this.addDepth(depth);
          }
          this.opcode("getContext", depth);
          this.opcode("pushStringParam", value, val.type);
          if (val.type === "SubExpression") {
            this.accept(val);
          }
        } else {
          if (this.trackIds) {
            var blockParamIndex = void 0;
            if (val.parts && !_ast2["default"].helpers.scopedId(val) && !depth) {
              blockParamIndex = this.blockParamIndex(validateParts(val)[0]);
            }
            if (blockParamIndex) {
              var blockParamChild = val.parts.slice(1).join(".");
              this.opcode("pushId", "BlockParam", blockParamIndex, blockParamChild);
            } else {
              value = val.original || value;
              if (value.replace) {
                value = value.replace(/^this(?:\.|$)/, "").replace(/^\.\//, "").replace(/^\.$/, "");
              }
              this.opcode("pushId", val.type, value);
            }
          }
          this.accept(val);
        }
      },
      setupFullMustacheParams: function setupFullMustacheParams(sexpr, program, inverse, omitEmpty) {
        var params = sexpr.params;
        this.pushParams(params);
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        if (sexpr.hash) {
          this.accept(sexpr.hash);
        } else {
          this.opcode("emptyHash", omitEmpty);
        }
        return params;
      },
      blockParamIndex: function blockParamIndex(name) {
        for (var depth = 0, len = this.options.blockParams.length; depth < len; depth++) {
          var blockParams = this.options.blockParams[depth], param = blockParams && _utils.indexOf(blockParams, name);
          if (blockParams && param >= 0) {
            return [depth, param];
          }
        }
      }
    };
    function precompile(input, options, env) {
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.precompile. You passed " + input);
      }
      options = options || {};
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options);
      return new env.JavaScriptCompiler().compile(environment, options);
    }
    function compile(input, options, env) {
      if (options === void 0) options = {};
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.compile. You passed " + input);
      }
      options = _utils.extend({}, options);
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var compiled = void 0;
      function compileInput() {
        var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options), templateSpec = new env.JavaScriptCompiler().compile(environment, options, void 0, true);
        return env.template(templateSpec);
      }
      function ret(context, execOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled.call(this, context, execOptions);
      }
      ret._setup = function(setupOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._setup(setupOptions);
      };
      ret._child = function(i, data, blockParams, depths) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._child(i, data, blockParams, depths);
      };
      return ret;
    }
    function invalidAst(node, message) {
      return new _exception2["default"]("Invalid AST: " + node.type + " " + message, node);
    }
    function validateDepth(node) {
      var depth = node.depth;
      if (depth == null) {
        return 0;
      }
      if (typeof depth !== "number" || !isFinite(depth) || Math.floor(depth) !== depth || depth < 0) {
        throw invalidAst(node, "depth must be a non-negative integer");
      }
      return depth;
    }
    function validateLiteral(node) {
      var value = node.value;
      if (node.type === "StringLiteral" && typeof value !== "string") {
        throw invalidAst(node, "value must be a string");
      } else if (node.type === "NumberLiteral" && typeof value !== "number") {
        throw invalidAst(node, "value must be a number");
      } else if (node.type === "BooleanLiteral" && typeof value !== "boolean") {
        throw invalidAst(node, "value must be a boolean");
      }
    }
    function validateStringArray(node, value, name) {
      if (!_utils.isArray(value)) {
        throw invalidAst(node, name + " must be an array");
      }
      for (var i = 0; i < value.length; i++) {
        if (typeof value[i] !== "string") {
          throw invalidAst(node, name + " must only contain strings");
        }
      }
      return value;
    }
    function validateParts(path) {
      return validateStringArray(path, path.parts, "parts");
    }
    function validateBlockParams(program) {
      if (program.blockParams != null) {
        validateStringArray(program, program.blockParams, "blockParams");
      }
    }
    function argEquals(a, b) {
      if (a === b) {
        return true;
      }
      if (_utils.isArray(a) && _utils.isArray(b) && a.length === b.length) {
        for (var i = 0; i < a.length; i++) {
          if (!argEquals(a[i], b[i])) {
            return false;
          }
        }
        return true;
      }
    }
    function transformLiteralToPath(sexpr) {
      if (!sexpr.path.parts) {
        var literal = sexpr.path;
        sexpr.path = {
          type: "PathExpression",
          data: false,
          depth: 0,
          parts: [literal.original + ""],
          original: literal.original + "",
          loc: literal.loc
        };
      }
    }
  }
});

// node_modules/source-map/lib/base64.js
var require_base64 = __commonJS({
  "node_modules/source-map/lib/base64.js"(exports) {
    var intToCharMap = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("");
    exports.encode = function(number) {
      if (0 <= number && number < intToCharMap.length) {
        return intToCharMap[number];
      }
      throw new TypeError("Must be between 0 and 63: " + number);
    };
    exports.decode = function(charCode) {
      var bigA = 65;
      var bigZ = 90;
      var littleA = 97;
      var littleZ = 122;
      var zero = 48;
      var nine = 57;
      var plus = 43;
      var slash = 47;
      var littleOffset = 26;
      var numberOffset = 52;
      if (bigA <= charCode && charCode <= bigZ) {
        return charCode - bigA;
      }
      if (littleA <= charCode && charCode <= littleZ) {
        return charCode - littleA + littleOffset;
      }
      if (zero <= charCode && charCode <= nine) {
        return charCode - zero + numberOffset;
      }
      if (charCode == plus) {
        return 62;
      }
      if (charCode == slash) {
        return 63;
      }
      return -1;
    };
  }
});

// node_modules/source-map/lib/base64-vlq.js
var require_base64_vlq = __commonJS({
  "node_modules/source-map/lib/base64-vlq.js"(exports) {
    var base64 = require_base64();
    var VLQ_BASE_SHIFT = 5;
    var VLQ_BASE = 1 << VLQ_BASE_SHIFT;
    var VLQ_BASE_MASK = VLQ_BASE - 1;
    var VLQ_CONTINUATION_BIT = VLQ_BASE;
    function toVLQSigned(aValue) {
      return aValue < 0 ? (-aValue << 1) + 1 : (aValue << 1) + 0;
    }
    function fromVLQSigned(aValue) {
      var isNegative = (aValue & 1) === 1;
      var shifted = aValue >> 1;
      return isNegative ? -shifted : shifted;
    }
    exports.encode = function base64VLQ_encode(aValue) {
      var encoded = "";
      var digit;
      var vlq = toVLQSigned(aValue);
      do {
        digit = vlq & VLQ_BASE_MASK;
        vlq >>>= VLQ_BASE_SHIFT;
        if (vlq > 0) {
          digit |= VLQ_CONTINUATION_BIT;
        }
        encoded += base64.encode(digit);
      } while (vlq > 0);
      return encoded;
    };
    exports.decode = function base64VLQ_decode(aStr, aIndex, aOutParam) {
      var strLen = aStr.length;
      var result = 0;
      var shift = 0;
      var continuation, digit;
      do {
        if (aIndex >= strLen) {
          throw new Error("Expected more digits in base 64 VLQ value.");
        }
        digit = base64.decode(aStr.charCodeAt(aIndex++));
        if (digit === -1) {
          throw new Error("Invalid base64 digit: " + aStr.charAt(aIndex - 1));
        }
        continuation = !!(digit & VLQ_CONTINUATION_BIT);
        digit &= VLQ_BASE_MASK;
        result = result + (digit << shift);
        shift += VLQ_BASE_SHIFT;
      } while (continuation);
      aOutParam.value = fromVLQSigned(result);
      aOutParam.rest = aIndex;
    };
  }
});

// node_modules/source-map/lib/util.js
var require_util = __commonJS({
  "node_modules/source-map/lib/util.js"(exports) {
    function getArg(aArgs, aName, aDefaultValue) {
      if (aName in aArgs) {
        return aArgs[aName];
      } else if (arguments.length === 3) {
        return aDefaultValue;
      } else {
        throw new Error('"' + aName + '" is a required argument.');
      }
    }
    exports.getArg = getArg;
    var urlRegexp = /^(?:([\w+\-.]+):)?\/\/(?:(\w+:\w+)@)?([\w.-]*)(?::(\d+))?(.*)$/;
    var dataUrlRegexp = /^data:.+\,.+$/;
    function urlParse(aUrl) {
      var match = aUrl.match(urlRegexp);
      if (!match) {
        return null;
      }
      return {
        scheme: match[1],
        auth: match[2],
        host: match[3],
        port: match[4],
        path: match[5]
      };
    }
    exports.urlParse = urlParse;
    function urlGenerate(aParsedUrl) {
      var url = "";
      if (aParsedUrl.scheme) {
        url += aParsedUrl.scheme + ":";
      }
      url += "//";
      if (aParsedUrl.auth) {
        url += aParsedUrl.auth + "@";
      }
      if (aParsedUrl.host) {
        url += aParsedUrl.host;
      }
      if (aParsedUrl.port) {
        url += ":" + aParsedUrl.port;
      }
      if (aParsedUrl.path) {
        url += aParsedUrl.path;
      }
      return url;
    }
    exports.urlGenerate = urlGenerate;
    function normalize(aPath) {
      var path = aPath;
      var url = urlParse(aPath);
      if (url) {
        if (!url.path) {
          return aPath;
        }
        path = url.path;
      }
      var isAbsolute2 = exports.isAbsolute(path);
      var parts = path.split(/\/+/);
      for (var part, up = 0, i = parts.length - 1; i >= 0; i--) {
        part = parts[i];
        if (part === ".") {
          parts.splice(i, 1);
        } else if (part === "..") {
          up++;
        } else if (up > 0) {
          if (part === "") {
            parts.splice(i + 1, up);
            up = 0;
          } else {
            parts.splice(i, 2);
            up--;
          }
        }
      }
      path = parts.join("/");
      if (path === "") {
        path = isAbsolute2 ? "/" : ".";
      }
      if (url) {
        url.path = path;
        return urlGenerate(url);
      }
      return path;
    }
    exports.normalize = normalize;
    function join2(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      if (aPath === "") {
        aPath = ".";
      }
      var aPathUrl = urlParse(aPath);
      var aRootUrl = urlParse(aRoot);
      if (aRootUrl) {
        aRoot = aRootUrl.path || "/";
      }
      if (aPathUrl && !aPathUrl.scheme) {
        if (aRootUrl) {
          aPathUrl.scheme = aRootUrl.scheme;
        }
        return urlGenerate(aPathUrl);
      }
      if (aPathUrl || aPath.match(dataUrlRegexp)) {
        return aPath;
      }
      if (aRootUrl && !aRootUrl.host && !aRootUrl.path) {
        aRootUrl.host = aPath;
        return urlGenerate(aRootUrl);
      }
      var joined = aPath.charAt(0) === "/" ? aPath : normalize(aRoot.replace(/\/+$/, "") + "/" + aPath);
      if (aRootUrl) {
        aRootUrl.path = joined;
        return urlGenerate(aRootUrl);
      }
      return joined;
    }
    exports.join = join2;
    exports.isAbsolute = function(aPath) {
      return aPath.charAt(0) === "/" || urlRegexp.test(aPath);
    };
    function relative2(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      aRoot = aRoot.replace(/\/$/, "");
      var level = 0;
      while (aPath.indexOf(aRoot + "/") !== 0) {
        var index = aRoot.lastIndexOf("/");
        if (index < 0) {
          return aPath;
        }
        aRoot = aRoot.slice(0, index);
        if (aRoot.match(/^([^\/]+:\/)?\/*$/)) {
          return aPath;
        }
        ++level;
      }
      return Array(level + 1).join("../") + aPath.substr(aRoot.length + 1);
    }
    exports.relative = relative2;
    var supportsNullProto = (function() {
      var obj = /* @__PURE__ */ Object.create(null);
      return !("__proto__" in obj);
    })();
    function identity(s) {
      return s;
    }
    function toSetString(aStr) {
      if (isProtoString(aStr)) {
        return "$" + aStr;
      }
      return aStr;
    }
    exports.toSetString = supportsNullProto ? identity : toSetString;
    function fromSetString(aStr) {
      if (isProtoString(aStr)) {
        return aStr.slice(1);
      }
      return aStr;
    }
    exports.fromSetString = supportsNullProto ? identity : fromSetString;
    function isProtoString(s) {
      if (!s) {
        return false;
      }
      var length = s.length;
      if (length < 9) {
        return false;
      }
      if (s.charCodeAt(length - 1) !== 95 || s.charCodeAt(length - 2) !== 95 || s.charCodeAt(length - 3) !== 111 || s.charCodeAt(length - 4) !== 116 || s.charCodeAt(length - 5) !== 111 || s.charCodeAt(length - 6) !== 114 || s.charCodeAt(length - 7) !== 112 || s.charCodeAt(length - 8) !== 95 || s.charCodeAt(length - 9) !== 95) {
        return false;
      }
      for (var i = length - 10; i >= 0; i--) {
        if (s.charCodeAt(i) !== 36) {
          return false;
        }
      }
      return true;
    }
    function compareByOriginalPositions(mappingA, mappingB, onlyCompareOriginal) {
      var cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0 || onlyCompareOriginal) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByOriginalPositions = compareByOriginalPositions;
    function compareByGeneratedPositionsDeflated(mappingA, mappingB, onlyCompareGenerated) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0 || onlyCompareGenerated) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsDeflated = compareByGeneratedPositionsDeflated;
    function strcmp(aStr1, aStr2) {
      if (aStr1 === aStr2) {
        return 0;
      }
      if (aStr1 === null) {
        return 1;
      }
      if (aStr2 === null) {
        return -1;
      }
      if (aStr1 > aStr2) {
        return 1;
      }
      return -1;
    }
    function compareByGeneratedPositionsInflated(mappingA, mappingB) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsInflated = compareByGeneratedPositionsInflated;
    function parseSourceMapInput(str) {
      return JSON.parse(str.replace(/^\)]}'[^\n]*\n/, ""));
    }
    exports.parseSourceMapInput = parseSourceMapInput;
    function computeSourceURL(sourceRoot, sourceURL, sourceMapURL) {
      sourceURL = sourceURL || "";
      if (sourceRoot) {
        if (sourceRoot[sourceRoot.length - 1] !== "/" && sourceURL[0] !== "/") {
          sourceRoot += "/";
        }
        sourceURL = sourceRoot + sourceURL;
      }
      if (sourceMapURL) {
        var parsed = urlParse(sourceMapURL);
        if (!parsed) {
          throw new Error("sourceMapURL could not be parsed");
        }
        if (parsed.path) {
          var index = parsed.path.lastIndexOf("/");
          if (index >= 0) {
            parsed.path = parsed.path.substring(0, index + 1);
          }
        }
        sourceURL = join2(urlGenerate(parsed), sourceURL);
      }
      return normalize(sourceURL);
    }
    exports.computeSourceURL = computeSourceURL;
  }
});

// node_modules/source-map/lib/array-set.js
var require_array_set = __commonJS({
  "node_modules/source-map/lib/array-set.js"(exports) {
    var util = require_util();
    var has = Object.prototype.hasOwnProperty;
    var hasNativeMap = typeof Map !== "undefined";
    function ArraySet() {
      this._array = [];
      this._set = hasNativeMap ? /* @__PURE__ */ new Map() : /* @__PURE__ */ Object.create(null);
    }
    ArraySet.fromArray = function ArraySet_fromArray(aArray, aAllowDuplicates) {
      var set = new ArraySet();
      for (var i = 0, len = aArray.length; i < len; i++) {
        set.add(aArray[i], aAllowDuplicates);
      }
      return set;
    };
    ArraySet.prototype.size = function ArraySet_size() {
      return hasNativeMap ? this._set.size : Object.getOwnPropertyNames(this._set).length;
    };
    ArraySet.prototype.add = function ArraySet_add(aStr, aAllowDuplicates) {
      var sStr = hasNativeMap ? aStr : util.toSetString(aStr);
      var isDuplicate = hasNativeMap ? this.has(aStr) : has.call(this._set, sStr);
      var idx = this._array.length;
      if (!isDuplicate || aAllowDuplicates) {
        this._array.push(aStr);
      }
      if (!isDuplicate) {
        if (hasNativeMap) {
          this._set.set(aStr, idx);
        } else {
          this._set[sStr] = idx;
        }
      }
    };
    ArraySet.prototype.has = function ArraySet_has(aStr) {
      if (hasNativeMap) {
        return this._set.has(aStr);
      } else {
        var sStr = util.toSetString(aStr);
        return has.call(this._set, sStr);
      }
    };
    ArraySet.prototype.indexOf = function ArraySet_indexOf(aStr) {
      if (hasNativeMap) {
        var idx = this._set.get(aStr);
        if (idx >= 0) {
          return idx;
        }
      } else {
        var sStr = util.toSetString(aStr);
        if (has.call(this._set, sStr)) {
          return this._set[sStr];
        }
      }
      throw new Error('"' + aStr + '" is not in the set.');
    };
    ArraySet.prototype.at = function ArraySet_at(aIdx) {
      if (aIdx >= 0 && aIdx < this._array.length) {
        return this._array[aIdx];
      }
      throw new Error("No element indexed by " + aIdx);
    };
    ArraySet.prototype.toArray = function ArraySet_toArray() {
      return this._array.slice();
    };
    exports.ArraySet = ArraySet;
  }
});

// node_modules/source-map/lib/mapping-list.js
var require_mapping_list = __commonJS({
  "node_modules/source-map/lib/mapping-list.js"(exports) {
    var util = require_util();
    function generatedPositionAfter(mappingA, mappingB) {
      var lineA = mappingA.generatedLine;
      var lineB = mappingB.generatedLine;
      var columnA = mappingA.generatedColumn;
      var columnB = mappingB.generatedColumn;
      return lineB > lineA || lineB == lineA && columnB >= columnA || util.compareByGeneratedPositionsInflated(mappingA, mappingB) <= 0;
    }
    function MappingList() {
      this._array = [];
      this._sorted = true;
      this._last = { generatedLine: -1, generatedColumn: 0 };
    }
    MappingList.prototype.unsortedForEach = function MappingList_forEach(aCallback, aThisArg) {
      this._array.forEach(aCallback, aThisArg);
    };
    MappingList.prototype.add = function MappingList_add(aMapping) {
      if (generatedPositionAfter(this._last, aMapping)) {
        this._last = aMapping;
        this._array.push(aMapping);
      } else {
        this._sorted = false;
        this._array.push(aMapping);
      }
    };
    MappingList.prototype.toArray = function MappingList_toArray() {
      if (!this._sorted) {
        this._array.sort(util.compareByGeneratedPositionsInflated);
        this._sorted = true;
      }
      return this._array;
    };
    exports.MappingList = MappingList;
  }
});

// node_modules/source-map/lib/source-map-generator.js
var require_source_map_generator = __commonJS({
  "node_modules/source-map/lib/source-map-generator.js"(exports) {
    var base64VLQ = require_base64_vlq();
    var util = require_util();
    var ArraySet = require_array_set().ArraySet;
    var MappingList = require_mapping_list().MappingList;
    function SourceMapGenerator(aArgs) {
      if (!aArgs) {
        aArgs = {};
      }
      this._file = util.getArg(aArgs, "file", null);
      this._sourceRoot = util.getArg(aArgs, "sourceRoot", null);
      this._skipValidation = util.getArg(aArgs, "skipValidation", false);
      this._sources = new ArraySet();
      this._names = new ArraySet();
      this._mappings = new MappingList();
      this._sourcesContents = null;
    }
    SourceMapGenerator.prototype._version = 3;
    SourceMapGenerator.fromSourceMap = function SourceMapGenerator_fromSourceMap(aSourceMapConsumer) {
      var sourceRoot = aSourceMapConsumer.sourceRoot;
      var generator = new SourceMapGenerator({
        file: aSourceMapConsumer.file,
        sourceRoot
      });
      aSourceMapConsumer.eachMapping(function(mapping) {
        var newMapping = {
          generated: {
            line: mapping.generatedLine,
            column: mapping.generatedColumn
          }
        };
        if (mapping.source != null) {
          newMapping.source = mapping.source;
          if (sourceRoot != null) {
            newMapping.source = util.relative(sourceRoot, newMapping.source);
          }
          newMapping.original = {
            line: mapping.originalLine,
            column: mapping.originalColumn
          };
          if (mapping.name != null) {
            newMapping.name = mapping.name;
          }
        }
        generator.addMapping(newMapping);
      });
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var sourceRelative = sourceFile;
        if (sourceRoot !== null) {
          sourceRelative = util.relative(sourceRoot, sourceFile);
        }
        if (!generator._sources.has(sourceRelative)) {
          generator._sources.add(sourceRelative);
        }
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          generator.setSourceContent(sourceFile, content);
        }
      });
      return generator;
    };
    SourceMapGenerator.prototype.addMapping = function SourceMapGenerator_addMapping(aArgs) {
      var generated = util.getArg(aArgs, "generated");
      var original = util.getArg(aArgs, "original", null);
      var source = util.getArg(aArgs, "source", null);
      var name = util.getArg(aArgs, "name", null);
      if (!this._skipValidation) {
        this._validateMapping(generated, original, source, name);
      }
      if (source != null) {
        source = String(source);
        if (!this._sources.has(source)) {
          this._sources.add(source);
        }
      }
      if (name != null) {
        name = String(name);
        if (!this._names.has(name)) {
          this._names.add(name);
        }
      }
      this._mappings.add({
        generatedLine: generated.line,
        generatedColumn: generated.column,
        originalLine: original != null && original.line,
        originalColumn: original != null && original.column,
        source,
        name
      });
    };
    SourceMapGenerator.prototype.setSourceContent = function SourceMapGenerator_setSourceContent(aSourceFile, aSourceContent) {
      var source = aSourceFile;
      if (this._sourceRoot != null) {
        source = util.relative(this._sourceRoot, source);
      }
      if (aSourceContent != null) {
        if (!this._sourcesContents) {
          this._sourcesContents = /* @__PURE__ */ Object.create(null);
        }
        this._sourcesContents[util.toSetString(source)] = aSourceContent;
      } else if (this._sourcesContents) {
        delete this._sourcesContents[util.toSetString(source)];
        if (Object.keys(this._sourcesContents).length === 0) {
          this._sourcesContents = null;
        }
      }
    };
    SourceMapGenerator.prototype.applySourceMap = function SourceMapGenerator_applySourceMap(aSourceMapConsumer, aSourceFile, aSourceMapPath) {
      var sourceFile = aSourceFile;
      if (aSourceFile == null) {
        if (aSourceMapConsumer.file == null) {
          throw new Error(
            `SourceMapGenerator.prototype.applySourceMap requires either an explicit source file, or the source map's "file" property. Both were omitted.`
          );
        }
        sourceFile = aSourceMapConsumer.file;
      }
      var sourceRoot = this._sourceRoot;
      if (sourceRoot != null) {
        sourceFile = util.relative(sourceRoot, sourceFile);
      }
      var newSources = new ArraySet();
      var newNames = new ArraySet();
      this._mappings.unsortedForEach(function(mapping) {
        if (mapping.source === sourceFile && mapping.originalLine != null) {
          var original = aSourceMapConsumer.originalPositionFor({
            line: mapping.originalLine,
            column: mapping.originalColumn
          });
          if (original.source != null) {
            mapping.source = original.source;
            if (aSourceMapPath != null) {
              mapping.source = util.join(aSourceMapPath, mapping.source);
            }
            if (sourceRoot != null) {
              mapping.source = util.relative(sourceRoot, mapping.source);
            }
            mapping.originalLine = original.line;
            mapping.originalColumn = original.column;
            if (original.name != null) {
              mapping.name = original.name;
            }
          }
        }
        var source = mapping.source;
        if (source != null && !newSources.has(source)) {
          newSources.add(source);
        }
        var name = mapping.name;
        if (name != null && !newNames.has(name)) {
          newNames.add(name);
        }
      }, this);
      this._sources = newSources;
      this._names = newNames;
      aSourceMapConsumer.sources.forEach(function(sourceFile2) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile2);
        if (content != null) {
          if (aSourceMapPath != null) {
            sourceFile2 = util.join(aSourceMapPath, sourceFile2);
          }
          if (sourceRoot != null) {
            sourceFile2 = util.relative(sourceRoot, sourceFile2);
          }
          this.setSourceContent(sourceFile2, content);
        }
      }, this);
    };
    SourceMapGenerator.prototype._validateMapping = function SourceMapGenerator_validateMapping(aGenerated, aOriginal, aSource, aName) {
      if (aOriginal && typeof aOriginal.line !== "number" && typeof aOriginal.column !== "number") {
        throw new Error(
          "original.line and original.column are not numbers -- you probably meant to omit the original mapping entirely and only map the generated position. If so, pass null for the original mapping instead of an object with empty or null values."
        );
      }
      if (aGenerated && "line" in aGenerated && "column" in aGenerated && aGenerated.line > 0 && aGenerated.column >= 0 && !aOriginal && !aSource && !aName) {
        return;
      } else if (aGenerated && "line" in aGenerated && "column" in aGenerated && aOriginal && "line" in aOriginal && "column" in aOriginal && aGenerated.line > 0 && aGenerated.column >= 0 && aOriginal.line > 0 && aOriginal.column >= 0 && aSource) {
        return;
      } else {
        throw new Error("Invalid mapping: " + JSON.stringify({
          generated: aGenerated,
          source: aSource,
          original: aOriginal,
          name: aName
        }));
      }
    };
    SourceMapGenerator.prototype._serializeMappings = function SourceMapGenerator_serializeMappings() {
      var previousGeneratedColumn = 0;
      var previousGeneratedLine = 1;
      var previousOriginalColumn = 0;
      var previousOriginalLine = 0;
      var previousName = 0;
      var previousSource = 0;
      var result = "";
      var next;
      var mapping;
      var nameIdx;
      var sourceIdx;
      var mappings = this._mappings.toArray();
      for (var i = 0, len = mappings.length; i < len; i++) {
        mapping = mappings[i];
        next = "";
        if (mapping.generatedLine !== previousGeneratedLine) {
          previousGeneratedColumn = 0;
          while (mapping.generatedLine !== previousGeneratedLine) {
            next += ";";
            previousGeneratedLine++;
          }
        } else {
          if (i > 0) {
            if (!util.compareByGeneratedPositionsInflated(mapping, mappings[i - 1])) {
              continue;
            }
            next += ",";
          }
        }
        next += base64VLQ.encode(mapping.generatedColumn - previousGeneratedColumn);
        previousGeneratedColumn = mapping.generatedColumn;
        if (mapping.source != null) {
          sourceIdx = this._sources.indexOf(mapping.source);
          next += base64VLQ.encode(sourceIdx - previousSource);
          previousSource = sourceIdx;
          next += base64VLQ.encode(mapping.originalLine - 1 - previousOriginalLine);
          previousOriginalLine = mapping.originalLine - 1;
          next += base64VLQ.encode(mapping.originalColumn - previousOriginalColumn);
          previousOriginalColumn = mapping.originalColumn;
          if (mapping.name != null) {
            nameIdx = this._names.indexOf(mapping.name);
            next += base64VLQ.encode(nameIdx - previousName);
            previousName = nameIdx;
          }
        }
        result += next;
      }
      return result;
    };
    SourceMapGenerator.prototype._generateSourcesContent = function SourceMapGenerator_generateSourcesContent(aSources, aSourceRoot) {
      return aSources.map(function(source) {
        if (!this._sourcesContents) {
          return null;
        }
        if (aSourceRoot != null) {
          source = util.relative(aSourceRoot, source);
        }
        var key = util.toSetString(source);
        return Object.prototype.hasOwnProperty.call(this._sourcesContents, key) ? this._sourcesContents[key] : null;
      }, this);
    };
    SourceMapGenerator.prototype.toJSON = function SourceMapGenerator_toJSON() {
      var map = {
        version: this._version,
        sources: this._sources.toArray(),
        names: this._names.toArray(),
        mappings: this._serializeMappings()
      };
      if (this._file != null) {
        map.file = this._file;
      }
      if (this._sourceRoot != null) {
        map.sourceRoot = this._sourceRoot;
      }
      if (this._sourcesContents) {
        map.sourcesContent = this._generateSourcesContent(map.sources, map.sourceRoot);
      }
      return map;
    };
    SourceMapGenerator.prototype.toString = function SourceMapGenerator_toString() {
      return JSON.stringify(this.toJSON());
    };
    exports.SourceMapGenerator = SourceMapGenerator;
  }
});

// node_modules/source-map/lib/binary-search.js
var require_binary_search = __commonJS({
  "node_modules/source-map/lib/binary-search.js"(exports) {
    exports.GREATEST_LOWER_BOUND = 1;
    exports.LEAST_UPPER_BOUND = 2;
    function recursiveSearch(aLow, aHigh, aNeedle, aHaystack, aCompare, aBias) {
      var mid = Math.floor((aHigh - aLow) / 2) + aLow;
      var cmp = aCompare(aNeedle, aHaystack[mid], true);
      if (cmp === 0) {
        return mid;
      } else if (cmp > 0) {
        if (aHigh - mid > 1) {
          return recursiveSearch(mid, aHigh, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return aHigh < aHaystack.length ? aHigh : -1;
        } else {
          return mid;
        }
      } else {
        if (mid - aLow > 1) {
          return recursiveSearch(aLow, mid, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return mid;
        } else {
          return aLow < 0 ? -1 : aLow;
        }
      }
    }
    exports.search = function search(aNeedle, aHaystack, aCompare, aBias) {
      if (aHaystack.length === 0) {
        return -1;
      }
      var index = recursiveSearch(
        -1,
        aHaystack.length,
        aNeedle,
        aHaystack,
        aCompare,
        aBias || exports.GREATEST_LOWER_BOUND
      );
      if (index < 0) {
        return -1;
      }
      while (index - 1 >= 0) {
        if (aCompare(aHaystack[index], aHaystack[index - 1], true) !== 0) {
          break;
        }
        --index;
      }
      return index;
    };
  }
});

// node_modules/source-map/lib/quick-sort.js
var require_quick_sort = __commonJS({
  "node_modules/source-map/lib/quick-sort.js"(exports) {
    function swap(ary, x, y) {
      var temp = ary[x];
      ary[x] = ary[y];
      ary[y] = temp;
    }
    function randomIntInRange(low, high) {
      return Math.round(low + Math.random() * (high - low));
    }
    function doQuickSort(ary, comparator, p, r) {
      if (p < r) {
        var pivotIndex = randomIntInRange(p, r);
        var i = p - 1;
        swap(ary, pivotIndex, r);
        var pivot = ary[r];
        for (var j = p; j < r; j++) {
          if (comparator(ary[j], pivot) <= 0) {
            i += 1;
            swap(ary, i, j);
          }
        }
        swap(ary, i + 1, j);
        var q = i + 1;
        doQuickSort(ary, comparator, p, q - 1);
        doQuickSort(ary, comparator, q + 1, r);
      }
    }
    exports.quickSort = function(ary, comparator) {
      doQuickSort(ary, comparator, 0, ary.length - 1);
    };
  }
});

// node_modules/source-map/lib/source-map-consumer.js
var require_source_map_consumer = __commonJS({
  "node_modules/source-map/lib/source-map-consumer.js"(exports) {
    var util = require_util();
    var binarySearch = require_binary_search();
    var ArraySet = require_array_set().ArraySet;
    var base64VLQ = require_base64_vlq();
    var quickSort = require_quick_sort().quickSort;
    function SourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      return sourceMap.sections != null ? new IndexedSourceMapConsumer(sourceMap, aSourceMapURL) : new BasicSourceMapConsumer(sourceMap, aSourceMapURL);
    }
    SourceMapConsumer.fromSourceMap = function(aSourceMap, aSourceMapURL) {
      return BasicSourceMapConsumer.fromSourceMap(aSourceMap, aSourceMapURL);
    };
    SourceMapConsumer.prototype._version = 3;
    SourceMapConsumer.prototype.__generatedMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_generatedMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__generatedMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__generatedMappings;
      }
    });
    SourceMapConsumer.prototype.__originalMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_originalMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__originalMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__originalMappings;
      }
    });
    SourceMapConsumer.prototype._charIsMappingSeparator = function SourceMapConsumer_charIsMappingSeparator(aStr, index) {
      var c = aStr.charAt(index);
      return c === ";" || c === ",";
    };
    SourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      throw new Error("Subclasses must implement _parseMappings");
    };
    SourceMapConsumer.GENERATED_ORDER = 1;
    SourceMapConsumer.ORIGINAL_ORDER = 2;
    SourceMapConsumer.GREATEST_LOWER_BOUND = 1;
    SourceMapConsumer.LEAST_UPPER_BOUND = 2;
    SourceMapConsumer.prototype.eachMapping = function SourceMapConsumer_eachMapping(aCallback, aContext, aOrder) {
      var context = aContext || null;
      var order = aOrder || SourceMapConsumer.GENERATED_ORDER;
      var mappings;
      switch (order) {
        case SourceMapConsumer.GENERATED_ORDER:
          mappings = this._generatedMappings;
          break;
        case SourceMapConsumer.ORIGINAL_ORDER:
          mappings = this._originalMappings;
          break;
        default:
          throw new Error("Unknown order of iteration.");
      }
      var sourceRoot = this.sourceRoot;
      mappings.map(function(mapping) {
        var source = mapping.source === null ? null : this._sources.at(mapping.source);
        source = util.computeSourceURL(sourceRoot, source, this._sourceMapURL);
        return {
          source,
          generatedLine: mapping.generatedLine,
          generatedColumn: mapping.generatedColumn,
          originalLine: mapping.originalLine,
          originalColumn: mapping.originalColumn,
          name: mapping.name === null ? null : this._names.at(mapping.name)
        };
      }, this).forEach(aCallback, context);
    };
    SourceMapConsumer.prototype.allGeneratedPositionsFor = function SourceMapConsumer_allGeneratedPositionsFor(aArgs) {
      var line = util.getArg(aArgs, "line");
      var needle = {
        source: util.getArg(aArgs, "source"),
        originalLine: line,
        originalColumn: util.getArg(aArgs, "column", 0)
      };
      needle.source = this._findSourceIndex(needle.source);
      if (needle.source < 0) {
        return [];
      }
      var mappings = [];
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        binarySearch.LEAST_UPPER_BOUND
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (aArgs.column === void 0) {
          var originalLine = mapping.originalLine;
          while (mapping && mapping.originalLine === originalLine) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        } else {
          var originalColumn = mapping.originalColumn;
          while (mapping && mapping.originalLine === line && mapping.originalColumn == originalColumn) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        }
      }
      return mappings;
    };
    exports.SourceMapConsumer = SourceMapConsumer;
    function BasicSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sources = util.getArg(sourceMap, "sources");
      var names = util.getArg(sourceMap, "names", []);
      var sourceRoot = util.getArg(sourceMap, "sourceRoot", null);
      var sourcesContent = util.getArg(sourceMap, "sourcesContent", null);
      var mappings = util.getArg(sourceMap, "mappings");
      var file = util.getArg(sourceMap, "file", null);
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      if (sourceRoot) {
        sourceRoot = util.normalize(sourceRoot);
      }
      sources = sources.map(String).map(util.normalize).map(function(source) {
        return sourceRoot && util.isAbsolute(sourceRoot) && util.isAbsolute(source) ? util.relative(sourceRoot, source) : source;
      });
      this._names = ArraySet.fromArray(names.map(String), true);
      this._sources = ArraySet.fromArray(sources, true);
      this._absoluteSources = this._sources.toArray().map(function(s) {
        return util.computeSourceURL(sourceRoot, s, aSourceMapURL);
      });
      this.sourceRoot = sourceRoot;
      this.sourcesContent = sourcesContent;
      this._mappings = mappings;
      this._sourceMapURL = aSourceMapURL;
      this.file = file;
    }
    BasicSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    BasicSourceMapConsumer.prototype.consumer = SourceMapConsumer;
    BasicSourceMapConsumer.prototype._findSourceIndex = function(aSource) {
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      if (this._sources.has(relativeSource)) {
        return this._sources.indexOf(relativeSource);
      }
      var i;
      for (i = 0; i < this._absoluteSources.length; ++i) {
        if (this._absoluteSources[i] == aSource) {
          return i;
        }
      }
      return -1;
    };
    BasicSourceMapConsumer.fromSourceMap = function SourceMapConsumer_fromSourceMap(aSourceMap, aSourceMapURL) {
      var smc = Object.create(BasicSourceMapConsumer.prototype);
      var names = smc._names = ArraySet.fromArray(aSourceMap._names.toArray(), true);
      var sources = smc._sources = ArraySet.fromArray(aSourceMap._sources.toArray(), true);
      smc.sourceRoot = aSourceMap._sourceRoot;
      smc.sourcesContent = aSourceMap._generateSourcesContent(
        smc._sources.toArray(),
        smc.sourceRoot
      );
      smc.file = aSourceMap._file;
      smc._sourceMapURL = aSourceMapURL;
      smc._absoluteSources = smc._sources.toArray().map(function(s) {
        return util.computeSourceURL(smc.sourceRoot, s, aSourceMapURL);
      });
      var generatedMappings = aSourceMap._mappings.toArray().slice();
      var destGeneratedMappings = smc.__generatedMappings = [];
      var destOriginalMappings = smc.__originalMappings = [];
      for (var i = 0, length = generatedMappings.length; i < length; i++) {
        var srcMapping = generatedMappings[i];
        var destMapping = new Mapping();
        destMapping.generatedLine = srcMapping.generatedLine;
        destMapping.generatedColumn = srcMapping.generatedColumn;
        if (srcMapping.source) {
          destMapping.source = sources.indexOf(srcMapping.source);
          destMapping.originalLine = srcMapping.originalLine;
          destMapping.originalColumn = srcMapping.originalColumn;
          if (srcMapping.name) {
            destMapping.name = names.indexOf(srcMapping.name);
          }
          destOriginalMappings.push(destMapping);
        }
        destGeneratedMappings.push(destMapping);
      }
      quickSort(smc.__originalMappings, util.compareByOriginalPositions);
      return smc;
    };
    BasicSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(BasicSourceMapConsumer.prototype, "sources", {
      get: function() {
        return this._absoluteSources.slice();
      }
    });
    function Mapping() {
      this.generatedLine = 0;
      this.generatedColumn = 0;
      this.source = null;
      this.originalLine = null;
      this.originalColumn = null;
      this.name = null;
    }
    BasicSourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      var generatedLine = 1;
      var previousGeneratedColumn = 0;
      var previousOriginalLine = 0;
      var previousOriginalColumn = 0;
      var previousSource = 0;
      var previousName = 0;
      var length = aStr.length;
      var index = 0;
      var cachedSegments = {};
      var temp = {};
      var originalMappings = [];
      var generatedMappings = [];
      var mapping, str, segment, end, value;
      while (index < length) {
        if (aStr.charAt(index) === ";") {
          generatedLine++;
          index++;
          previousGeneratedColumn = 0;
        } else if (aStr.charAt(index) === ",") {
          index++;
        } else {
          mapping = new Mapping();
          mapping.generatedLine = generatedLine;
          for (end = index; end < length; end++) {
            if (this._charIsMappingSeparator(aStr, end)) {
              break;
            }
          }
          str = aStr.slice(index, end);
          segment = cachedSegments[str];
          if (segment) {
            index += str.length;
          } else {
            segment = [];
            while (index < end) {
              base64VLQ.decode(aStr, index, temp);
              value = temp.value;
              index = temp.rest;
              segment.push(value);
            }
            if (segment.length === 2) {
              throw new Error("Found a source, but no line and column");
            }
            if (segment.length === 3) {
              throw new Error("Found a source and line, but no column");
            }
            cachedSegments[str] = segment;
          }
          mapping.generatedColumn = previousGeneratedColumn + segment[0];
          previousGeneratedColumn = mapping.generatedColumn;
          if (segment.length > 1) {
            mapping.source = previousSource + segment[1];
            previousSource += segment[1];
            mapping.originalLine = previousOriginalLine + segment[2];
            previousOriginalLine = mapping.originalLine;
            mapping.originalLine += 1;
            mapping.originalColumn = previousOriginalColumn + segment[3];
            previousOriginalColumn = mapping.originalColumn;
            if (segment.length > 4) {
              mapping.name = previousName + segment[4];
              previousName += segment[4];
            }
          }
          generatedMappings.push(mapping);
          if (typeof mapping.originalLine === "number") {
            originalMappings.push(mapping);
          }
        }
      }
      quickSort(generatedMappings, util.compareByGeneratedPositionsDeflated);
      this.__generatedMappings = generatedMappings;
      quickSort(originalMappings, util.compareByOriginalPositions);
      this.__originalMappings = originalMappings;
    };
    BasicSourceMapConsumer.prototype._findMapping = function SourceMapConsumer_findMapping(aNeedle, aMappings, aLineName, aColumnName, aComparator, aBias) {
      if (aNeedle[aLineName] <= 0) {
        throw new TypeError("Line must be greater than or equal to 1, got " + aNeedle[aLineName]);
      }
      if (aNeedle[aColumnName] < 0) {
        throw new TypeError("Column must be greater than or equal to 0, got " + aNeedle[aColumnName]);
      }
      return binarySearch.search(aNeedle, aMappings, aComparator, aBias);
    };
    BasicSourceMapConsumer.prototype.computeColumnSpans = function SourceMapConsumer_computeColumnSpans() {
      for (var index = 0; index < this._generatedMappings.length; ++index) {
        var mapping = this._generatedMappings[index];
        if (index + 1 < this._generatedMappings.length) {
          var nextMapping = this._generatedMappings[index + 1];
          if (mapping.generatedLine === nextMapping.generatedLine) {
            mapping.lastGeneratedColumn = nextMapping.generatedColumn - 1;
            continue;
          }
        }
        mapping.lastGeneratedColumn = Infinity;
      }
    };
    BasicSourceMapConsumer.prototype.originalPositionFor = function SourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._generatedMappings,
        "generatedLine",
        "generatedColumn",
        util.compareByGeneratedPositionsDeflated,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._generatedMappings[index];
        if (mapping.generatedLine === needle.generatedLine) {
          var source = util.getArg(mapping, "source", null);
          if (source !== null) {
            source = this._sources.at(source);
            source = util.computeSourceURL(this.sourceRoot, source, this._sourceMapURL);
          }
          var name = util.getArg(mapping, "name", null);
          if (name !== null) {
            name = this._names.at(name);
          }
          return {
            source,
            line: util.getArg(mapping, "originalLine", null),
            column: util.getArg(mapping, "originalColumn", null),
            name
          };
        }
      }
      return {
        source: null,
        line: null,
        column: null,
        name: null
      };
    };
    BasicSourceMapConsumer.prototype.hasContentsOfAllSources = function BasicSourceMapConsumer_hasContentsOfAllSources() {
      if (!this.sourcesContent) {
        return false;
      }
      return this.sourcesContent.length >= this._sources.size() && !this.sourcesContent.some(function(sc) {
        return sc == null;
      });
    };
    BasicSourceMapConsumer.prototype.sourceContentFor = function SourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      if (!this.sourcesContent) {
        return null;
      }
      var index = this._findSourceIndex(aSource);
      if (index >= 0) {
        return this.sourcesContent[index];
      }
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      var url;
      if (this.sourceRoot != null && (url = util.urlParse(this.sourceRoot))) {
        var fileUriAbsPath = relativeSource.replace(/^file:\/\//, "");
        if (url.scheme == "file" && this._sources.has(fileUriAbsPath)) {
          return this.sourcesContent[this._sources.indexOf(fileUriAbsPath)];
        }
        if ((!url.path || url.path == "/") && this._sources.has("/" + relativeSource)) {
          return this.sourcesContent[this._sources.indexOf("/" + relativeSource)];
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + relativeSource + '" is not in the SourceMap.');
      }
    };
    BasicSourceMapConsumer.prototype.generatedPositionFor = function SourceMapConsumer_generatedPositionFor(aArgs) {
      var source = util.getArg(aArgs, "source");
      source = this._findSourceIndex(source);
      if (source < 0) {
        return {
          line: null,
          column: null,
          lastColumn: null
        };
      }
      var needle = {
        source,
        originalLine: util.getArg(aArgs, "line"),
        originalColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (mapping.source === needle.source) {
          return {
            line: util.getArg(mapping, "generatedLine", null),
            column: util.getArg(mapping, "generatedColumn", null),
            lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
          };
        }
      }
      return {
        line: null,
        column: null,
        lastColumn: null
      };
    };
    exports.BasicSourceMapConsumer = BasicSourceMapConsumer;
    function IndexedSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sections = util.getArg(sourceMap, "sections");
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      this._sources = new ArraySet();
      this._names = new ArraySet();
      var lastOffset = {
        line: -1,
        column: 0
      };
      this._sections = sections.map(function(s) {
        if (s.url) {
          throw new Error("Support for url field in sections not implemented.");
        }
        var offset = util.getArg(s, "offset");
        var offsetLine = util.getArg(offset, "line");
        var offsetColumn = util.getArg(offset, "column");
        if (offsetLine < lastOffset.line || offsetLine === lastOffset.line && offsetColumn < lastOffset.column) {
          throw new Error("Section offsets must be ordered and non-overlapping.");
        }
        lastOffset = offset;
        return {
          generatedOffset: {
            // The offset fields are 0-based, but we use 1-based indices when
            // encoding/decoding from VLQ.
            generatedLine: offsetLine + 1,
            generatedColumn: offsetColumn + 1
          },
          consumer: new SourceMapConsumer(util.getArg(s, "map"), aSourceMapURL)
        };
      });
    }
    IndexedSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    IndexedSourceMapConsumer.prototype.constructor = SourceMapConsumer;
    IndexedSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(IndexedSourceMapConsumer.prototype, "sources", {
      get: function() {
        var sources = [];
        for (var i = 0; i < this._sections.length; i++) {
          for (var j = 0; j < this._sections[i].consumer.sources.length; j++) {
            sources.push(this._sections[i].consumer.sources[j]);
          }
        }
        return sources;
      }
    });
    IndexedSourceMapConsumer.prototype.originalPositionFor = function IndexedSourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var sectionIndex = binarySearch.search(
        needle,
        this._sections,
        function(needle2, section2) {
          var cmp = needle2.generatedLine - section2.generatedOffset.generatedLine;
          if (cmp) {
            return cmp;
          }
          return needle2.generatedColumn - section2.generatedOffset.generatedColumn;
        }
      );
      var section = this._sections[sectionIndex];
      if (!section) {
        return {
          source: null,
          line: null,
          column: null,
          name: null
        };
      }
      return section.consumer.originalPositionFor({
        line: needle.generatedLine - (section.generatedOffset.generatedLine - 1),
        column: needle.generatedColumn - (section.generatedOffset.generatedLine === needle.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
        bias: aArgs.bias
      });
    };
    IndexedSourceMapConsumer.prototype.hasContentsOfAllSources = function IndexedSourceMapConsumer_hasContentsOfAllSources() {
      return this._sections.every(function(s) {
        return s.consumer.hasContentsOfAllSources();
      });
    };
    IndexedSourceMapConsumer.prototype.sourceContentFor = function IndexedSourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var content = section.consumer.sourceContentFor(aSource, true);
        if (content) {
          return content;
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + aSource + '" is not in the SourceMap.');
      }
    };
    IndexedSourceMapConsumer.prototype.generatedPositionFor = function IndexedSourceMapConsumer_generatedPositionFor(aArgs) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        if (section.consumer._findSourceIndex(util.getArg(aArgs, "source")) === -1) {
          continue;
        }
        var generatedPosition = section.consumer.generatedPositionFor(aArgs);
        if (generatedPosition) {
          var ret = {
            line: generatedPosition.line + (section.generatedOffset.generatedLine - 1),
            column: generatedPosition.column + (section.generatedOffset.generatedLine === generatedPosition.line ? section.generatedOffset.generatedColumn - 1 : 0)
          };
          return ret;
        }
      }
      return {
        line: null,
        column: null
      };
    };
    IndexedSourceMapConsumer.prototype._parseMappings = function IndexedSourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      this.__generatedMappings = [];
      this.__originalMappings = [];
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var sectionMappings = section.consumer._generatedMappings;
        for (var j = 0; j < sectionMappings.length; j++) {
          var mapping = sectionMappings[j];
          var source = section.consumer._sources.at(mapping.source);
          source = util.computeSourceURL(section.consumer.sourceRoot, source, this._sourceMapURL);
          this._sources.add(source);
          source = this._sources.indexOf(source);
          var name = null;
          if (mapping.name) {
            name = section.consumer._names.at(mapping.name);
            this._names.add(name);
            name = this._names.indexOf(name);
          }
          var adjustedMapping = {
            source,
            generatedLine: mapping.generatedLine + (section.generatedOffset.generatedLine - 1),
            generatedColumn: mapping.generatedColumn + (section.generatedOffset.generatedLine === mapping.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
            originalLine: mapping.originalLine,
            originalColumn: mapping.originalColumn,
            name
          };
          this.__generatedMappings.push(adjustedMapping);
          if (typeof adjustedMapping.originalLine === "number") {
            this.__originalMappings.push(adjustedMapping);
          }
        }
      }
      quickSort(this.__generatedMappings, util.compareByGeneratedPositionsDeflated);
      quickSort(this.__originalMappings, util.compareByOriginalPositions);
    };
    exports.IndexedSourceMapConsumer = IndexedSourceMapConsumer;
  }
});

// node_modules/source-map/lib/source-node.js
var require_source_node = __commonJS({
  "node_modules/source-map/lib/source-node.js"(exports) {
    var SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    var util = require_util();
    var REGEX_NEWLINE = /(\r?\n)/;
    var NEWLINE_CODE = 10;
    var isSourceNode = "$$$isSourceNode$$$";
    function SourceNode(aLine, aColumn, aSource, aChunks, aName) {
      this.children = [];
      this.sourceContents = {};
      this.line = aLine == null ? null : aLine;
      this.column = aColumn == null ? null : aColumn;
      this.source = aSource == null ? null : aSource;
      this.name = aName == null ? null : aName;
      this[isSourceNode] = true;
      if (aChunks != null) this.add(aChunks);
    }
    SourceNode.fromStringWithSourceMap = function SourceNode_fromStringWithSourceMap(aGeneratedCode, aSourceMapConsumer, aRelativePath) {
      var node = new SourceNode();
      var remainingLines = aGeneratedCode.split(REGEX_NEWLINE);
      var remainingLinesIndex = 0;
      var shiftNextLine = function() {
        var lineContents = getNextLine();
        var newLine = getNextLine() || "";
        return lineContents + newLine;
        function getNextLine() {
          return remainingLinesIndex < remainingLines.length ? remainingLines[remainingLinesIndex++] : void 0;
        }
      };
      var lastGeneratedLine = 1, lastGeneratedColumn = 0;
      var lastMapping = null;
      aSourceMapConsumer.eachMapping(function(mapping) {
        if (lastMapping !== null) {
          if (lastGeneratedLine < mapping.generatedLine) {
            addMappingWithCode(lastMapping, shiftNextLine());
            lastGeneratedLine++;
            lastGeneratedColumn = 0;
          } else {
            var nextLine = remainingLines[remainingLinesIndex] || "";
            var code = nextLine.substr(0, mapping.generatedColumn - lastGeneratedColumn);
            remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn - lastGeneratedColumn);
            lastGeneratedColumn = mapping.generatedColumn;
            addMappingWithCode(lastMapping, code);
            lastMapping = mapping;
            return;
          }
        }
        while (lastGeneratedLine < mapping.generatedLine) {
          node.add(shiftNextLine());
          lastGeneratedLine++;
        }
        if (lastGeneratedColumn < mapping.generatedColumn) {
          var nextLine = remainingLines[remainingLinesIndex] || "";
          node.add(nextLine.substr(0, mapping.generatedColumn));
          remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn);
          lastGeneratedColumn = mapping.generatedColumn;
        }
        lastMapping = mapping;
      }, this);
      if (remainingLinesIndex < remainingLines.length) {
        if (lastMapping) {
          addMappingWithCode(lastMapping, shiftNextLine());
        }
        node.add(remainingLines.splice(remainingLinesIndex).join(""));
      }
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          if (aRelativePath != null) {
            sourceFile = util.join(aRelativePath, sourceFile);
          }
          node.setSourceContent(sourceFile, content);
        }
      });
      return node;
      function addMappingWithCode(mapping, code) {
        if (mapping === null || mapping.source === void 0) {
          node.add(code);
        } else {
          var source = aRelativePath ? util.join(aRelativePath, mapping.source) : mapping.source;
          node.add(new SourceNode(
            mapping.originalLine,
            mapping.originalColumn,
            source,
            code,
            mapping.name
          ));
        }
      }
    };
    SourceNode.prototype.add = function SourceNode_add(aChunk) {
      if (Array.isArray(aChunk)) {
        aChunk.forEach(function(chunk) {
          this.add(chunk);
        }, this);
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        if (aChunk) {
          this.children.push(aChunk);
        }
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.prepend = function SourceNode_prepend(aChunk) {
      if (Array.isArray(aChunk)) {
        for (var i = aChunk.length - 1; i >= 0; i--) {
          this.prepend(aChunk[i]);
        }
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        this.children.unshift(aChunk);
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.walk = function SourceNode_walk(aFn) {
      var chunk;
      for (var i = 0, len = this.children.length; i < len; i++) {
        chunk = this.children[i];
        if (chunk[isSourceNode]) {
          chunk.walk(aFn);
        } else {
          if (chunk !== "") {
            aFn(chunk, {
              source: this.source,
              line: this.line,
              column: this.column,
              name: this.name
            });
          }
        }
      }
    };
    SourceNode.prototype.join = function SourceNode_join(aSep) {
      var newChildren;
      var i;
      var len = this.children.length;
      if (len > 0) {
        newChildren = [];
        for (i = 0; i < len - 1; i++) {
          newChildren.push(this.children[i]);
          newChildren.push(aSep);
        }
        newChildren.push(this.children[i]);
        this.children = newChildren;
      }
      return this;
    };
    SourceNode.prototype.replaceRight = function SourceNode_replaceRight(aPattern, aReplacement) {
      var lastChild = this.children[this.children.length - 1];
      if (lastChild[isSourceNode]) {
        lastChild.replaceRight(aPattern, aReplacement);
      } else if (typeof lastChild === "string") {
        this.children[this.children.length - 1] = lastChild.replace(aPattern, aReplacement);
      } else {
        this.children.push("".replace(aPattern, aReplacement));
      }
      return this;
    };
    SourceNode.prototype.setSourceContent = function SourceNode_setSourceContent(aSourceFile, aSourceContent) {
      this.sourceContents[util.toSetString(aSourceFile)] = aSourceContent;
    };
    SourceNode.prototype.walkSourceContents = function SourceNode_walkSourceContents(aFn) {
      for (var i = 0, len = this.children.length; i < len; i++) {
        if (this.children[i][isSourceNode]) {
          this.children[i].walkSourceContents(aFn);
        }
      }
      var sources = Object.keys(this.sourceContents);
      for (var i = 0, len = sources.length; i < len; i++) {
        aFn(util.fromSetString(sources[i]), this.sourceContents[sources[i]]);
      }
    };
    SourceNode.prototype.toString = function SourceNode_toString() {
      var str = "";
      this.walk(function(chunk) {
        str += chunk;
      });
      return str;
    };
    SourceNode.prototype.toStringWithSourceMap = function SourceNode_toStringWithSourceMap(aArgs) {
      var generated = {
        code: "",
        line: 1,
        column: 0
      };
      var map = new SourceMapGenerator(aArgs);
      var sourceMappingActive = false;
      var lastOriginalSource = null;
      var lastOriginalLine = null;
      var lastOriginalColumn = null;
      var lastOriginalName = null;
      this.walk(function(chunk, original) {
        generated.code += chunk;
        if (original.source !== null && original.line !== null && original.column !== null) {
          if (lastOriginalSource !== original.source || lastOriginalLine !== original.line || lastOriginalColumn !== original.column || lastOriginalName !== original.name) {
            map.addMapping({
              source: original.source,
              original: {
                line: original.line,
                column: original.column
              },
              generated: {
                line: generated.line,
                column: generated.column
              },
              name: original.name
            });
          }
          lastOriginalSource = original.source;
          lastOriginalLine = original.line;
          lastOriginalColumn = original.column;
          lastOriginalName = original.name;
          sourceMappingActive = true;
        } else if (sourceMappingActive) {
          map.addMapping({
            generated: {
              line: generated.line,
              column: generated.column
            }
          });
          lastOriginalSource = null;
          sourceMappingActive = false;
        }
        for (var idx = 0, length = chunk.length; idx < length; idx++) {
          if (chunk.charCodeAt(idx) === NEWLINE_CODE) {
            generated.line++;
            generated.column = 0;
            if (idx + 1 === length) {
              lastOriginalSource = null;
              sourceMappingActive = false;
            } else if (sourceMappingActive) {
              map.addMapping({
                source: original.source,
                original: {
                  line: original.line,
                  column: original.column
                },
                generated: {
                  line: generated.line,
                  column: generated.column
                },
                name: original.name
              });
            }
          } else {
            generated.column++;
          }
        }
      });
      this.walkSourceContents(function(sourceFile, sourceContent) {
        map.setSourceContent(sourceFile, sourceContent);
      });
      return { code: generated.code, map };
    };
    exports.SourceNode = SourceNode;
  }
});

// node_modules/source-map/source-map.js
var require_source_map = __commonJS({
  "node_modules/source-map/source-map.js"(exports) {
    exports.SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    exports.SourceMapConsumer = require_source_map_consumer().SourceMapConsumer;
    exports.SourceNode = require_source_node().SourceNode;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js
var require_code_gen = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.safeJsonLiteral = safeJsonLiteral;
    var _utils = require_utils();
    var NEEDS_ESCAPING = /[\x00-\x1f\\"\u2028\u2029<\ud800-\udfff]/;
    var SCRIPT_DELIMITERS = /<(?=!--|\/?script)/gi;
    function escapeScriptDelimiters(code) {
      return code.replace(SCRIPT_DELIMITERS, "\\u003C");
    }
    function escapeSurrogate(surrogate) {
      return "\\u" + surrogate.charCodeAt(0).toString(16);
    }
    function safeJsonLiteral(value) {
      return escapeScriptDelimiters(JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029").replace(/[\ud800-\udfff]/g, escapeSurrogate));
    }
    var SourceNode = void 0;
    try {
      if (typeof define !== "function" || !define.amd) {
        SourceMap = require_source_map();
        SourceNode = SourceMap.SourceNode;
      }
    } catch (err) {
    }
    var SourceMap;
    if (!SourceNode) {
      SourceNode = function(line, column, srcFile, chunks) {
        this.src = "";
        if (chunks) {
          this.add(chunks);
        }
      };
      SourceNode.prototype = {
        add: function add(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src += chunks;
        },
        prepend: function prepend(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src = chunks + this.src;
        },
        toStringWithSourceMap: function toStringWithSourceMap() {
          return { code: this.toString() };
        },
        toString: function toString() {
          return this.src;
        }
      };
    }
    function castChunk(chunk, codeGen, loc) {
      if (_utils.isArray(chunk)) {
        var ret = [];
        for (var i = 0, len = chunk.length; i < len; i++) {
          ret.push(codeGen.wrap(chunk[i], loc));
        }
        return ret;
      } else if (typeof chunk === "boolean" || typeof chunk === "number") {
        return chunk + "";
      }
      return chunk;
    }
    function CodeGen(srcFile) {
      this.srcFile = srcFile;
      this.source = [];
    }
    CodeGen.prototype = {
      isEmpty: function isEmpty2() {
        return !this.source.length;
      },
      prepend: function prepend(source, loc) {
        this.source.unshift(this.wrap(source, loc));
      },
      push: function push(source, loc) {
        this.source.push(this.wrap(source, loc));
      },
      merge: function merge() {
        var source = this.empty();
        this.each(function(line) {
          source.add(["  ", line, "\n"]);
        });
        return source;
      },
      each: function each2(iter) {
        for (var i = 0, len = this.source.length; i < len; i++) {
          iter(this.source[i]);
        }
      },
      empty: function empty() {
        var loc = this.currentLocation || { start: {} };
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile);
      },
      wrap: function wrap(chunk) {
        var loc = arguments.length <= 1 || arguments[1] === void 0 ? this.currentLocation || { start: {} } : arguments[1];
        if (chunk instanceof SourceNode) {
          return chunk;
        }
        chunk = castChunk(chunk, this, loc);
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile, chunk);
      },
      functionCall: function functionCall(fn, type, params) {
        params = this.generateList(params);
        return this.wrap([fn, type ? "." + type + "(" : "(", params, ")"]);
      },
      quotedString: function quotedString(str) {
        str = str + "";
        if (!NEEDS_ESCAPING.test(str)) {
          return '"' + str + '"';
        }
        return safeJsonLiteral(str);
      },
      objectLiteral: function objectLiteral(obj) {
        var _this = this;
        var pairs = [];
        Object.keys(obj).forEach(function(key) {
          var value = castChunk(obj[key], _this);
          if (value !== "undefined") {
            pairs.push([_this.quotedString(key), ":", value]);
          }
        });
        var ret = this.generateList(pairs);
        ret.prepend("{");
        ret.add("}");
        return ret;
      },
      generateList: function generateList(entries) {
        var ret = this.empty();
        for (var i = 0, len = entries.length; i < len; i++) {
          if (i) {
            ret.add(",");
          }
          ret.add(castChunk(entries[i], this));
        }
        return ret;
      },
      generateArray: function generateArray(entries) {
        var ret = this.generateList(entries);
        ret.prepend("[");
        ret.add("]");
        return ret;
      }
    };
    exports["default"] = CodeGen;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js
var require_javascript_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _base = require_base();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _codeGen = require_code_gen();
    var _codeGen2 = _interopRequireDefault(_codeGen);
    function Literal(value) {
      this.value = value;
    }
    function JavaScriptCompiler() {
    }
    JavaScriptCompiler.prototype = {
      // PUBLIC API: You can override these methods in a subclass to provide
      // alternative compiled forms for name lookup and buffering semantics
      nameLookup: function nameLookup(parent, name) {
        return this.internalNameLookup(parent, name);
      },
      depthedLookup: function depthedLookup(name) {
        return [this.aliasable("container.lookup"), "(depths, ", this.quotedString(name), ")"];
      },
      compilerInfo: function compilerInfo() {
        var revision = _base.COMPILER_REVISION, versions = _base.REVISION_CHANGES[revision];
        return [revision, versions];
      },
      appendToBuffer: function appendToBuffer(source, location, explicit) {
        if (!_utils.isArray(source)) {
          source = [source];
        }
        source = this.source.wrap(source, location);
        if (this.environment.isSimple) {
          return ["return ", source, ";"];
        } else if (explicit) {
          return ["buffer += ", source, ";"];
        } else {
          source.appendToBuffer = true;
          return source;
        }
      },
      initializeBuffer: function initializeBuffer() {
        return this.quotedString("");
      },
      // END PUBLIC API
      internalNameLookup: function internalNameLookup(parent, name) {
        this.lookupPropertyFunctionIsUsed = true;
        return ["lookupProperty(", parent, ",", this.quotedString(name), ")"];
      },
      lookupPropertyFunctionIsUsed: false,
      compile: function compile(environment, options, context, asObject) {
        this.environment = environment;
        this.options = options;
        this.stringParams = this.options.stringParams;
        this.trackIds = this.options.trackIds;
        this.precompile = !asObject;
        this.name = this.environment.name;
        this.isChild = !!context;
        this.context = context || {
          decorators: [],
          programs: [],
          environments: []
        };
        this.preamble();
        this.stackSlot = 0;
        this.stackVars = [];
        this.aliases = {};
        this.registers = { list: [] };
        this.hashes = [];
        this.compileStack = [];
        this.inlineStack = [];
        this.blockParams = [];
        this.compileChildren(environment, options);
        this.useDepths = this.useDepths || environment.useDepths || environment.useDecorators || this.options.compat;
        this.useBlockParams = this.useBlockParams || environment.useBlockParams;
        var opcodes = environment.opcodes, opcode = void 0, firstLoc = void 0, i = void 0, l = void 0;
        for (i = 0, l = opcodes.length; i < l; i++) {
          opcode = opcodes[i];
          this.source.currentLocation = opcode.loc;
          firstLoc = firstLoc || opcode.loc;
          this[opcode.opcode].apply(this, opcode.args);
        }
        this.source.currentLocation = firstLoc;
        this.pushSource("");
        if (this.stackSlot || this.inlineStack.length || this.compileStack.length) {
          throw new _exception2["default"]("Compile completed with content left on stack");
        }
        if (!this.decorators.isEmpty()) {
          this.useDecorators = true;
          this.decorators.prepend(["var decorators = container.decorators, ", this.lookupPropertyFunctionVarDeclaration(), ";\n"]);
          this.decorators.push("return fn;");
          if (asObject) {
            this.decorators = Function.apply(this, ["fn", "props", "container", "depth0", "data", "blockParams", "depths", this.decorators.merge()]);
          } else {
            this.decorators.prepend("function(fn, props, container, depth0, data, blockParams, depths) {\n");
            this.decorators.push("}\n");
            this.decorators = this.decorators.merge();
          }
        } else {
          this.decorators = void 0;
        }
        var fn = this.createFunctionContext(asObject);
        if (!this.isChild) {
          var ret = {
            compiler: this.compilerInfo(),
            main: fn
          };
          if (this.decorators) {
            ret.main_d = this.decorators;
            ret.useDecorators = true;
          }
          var _context = this.context;
          var programs = _context.programs;
          var decorators = _context.decorators;
          for (i = 0, l = programs.length; i < l; i++) {
            ret[i] = programs[i];
            if (decorators[i]) {
              ret[i + "_d"] = decorators[i];
              ret.useDecorators = true;
            }
          }
          if (this.environment.usePartial) {
            ret.usePartial = true;
          }
          if (this.options.data) {
            ret.useData = true;
          }
          if (this.useDepths) {
            ret.useDepths = true;
          }
          if (this.useBlockParams) {
            ret.useBlockParams = true;
          }
          if (this.options.compat) {
            ret.compat = true;
          }
          if (!asObject) {
            ret.compiler = JSON.stringify(ret.compiler);
            this.source.currentLocation = { start: { line: 1, column: 0 } };
            ret = this.objectLiteral(ret);
            if (options.srcName) {
              ret = ret.toStringWithSourceMap({ file: options.destName });
              ret.map = ret.map && ret.map.toString();
            } else {
              ret = ret.toString();
            }
          } else {
            ret.compilerOptions = this.options;
          }
          return ret;
        } else {
          return fn;
        }
      },
      preamble: function preamble() {
        this.lastContext = 0;
        this.source = new _codeGen2["default"](this.options.srcName);
        this.decorators = new _codeGen2["default"](this.options.srcName);
      },
      createFunctionContext: function createFunctionContext(asObject) {
        var _this = this;
        var varDeclarations = "";
        var locals = this.stackVars.concat(this.registers.list);
        if (locals.length > 0) {
          varDeclarations += ", " + locals.join(", ");
        }
        var aliasCount = 0;
        Object.keys(this.aliases).forEach(function(alias) {
          var node = _this.aliases[alias];
          if (node.children && node.referenceCount > 1) {
            varDeclarations += ", alias" + ++aliasCount + "=" + alias;
            node.children[0] = "alias" + aliasCount;
          }
        });
        if (this.lookupPropertyFunctionIsUsed) {
          varDeclarations += ", " + this.lookupPropertyFunctionVarDeclaration();
        }
        var params = ["container", "depth0", "helpers", "partials", "data"];
        if (this.useBlockParams || this.useDepths) {
          params.push("blockParams");
        }
        if (this.useDepths) {
          params.push("depths");
        }
        var source = this.mergeSource(varDeclarations);
        if (asObject) {
          params.push(source);
          return Function.apply(this, params);
        } else {
          return this.source.wrap(["function(", params.join(","), ") {\n  ", source, "}"]);
        }
      },
      mergeSource: function mergeSource(varDeclarations) {
        var isSimple = this.environment.isSimple, appendOnly = !this.forceBuffer, appendFirst = void 0, sourceSeen = void 0, bufferStart = void 0, bufferEnd = void 0;
        this.source.each(function(line) {
          if (line.appendToBuffer) {
            if (bufferStart) {
              line.prepend("  + ");
            } else {
              bufferStart = line;
            }
            bufferEnd = line;
          } else {
            if (bufferStart) {
              if (!sourceSeen) {
                appendFirst = true;
              } else {
                bufferStart.prepend("buffer += ");
              }
              bufferEnd.add(";");
              bufferStart = bufferEnd = void 0;
            }
            sourceSeen = true;
            if (!isSimple) {
              appendOnly = false;
            }
          }
        });
        if (appendOnly) {
          if (bufferStart) {
            bufferStart.prepend("return ");
            bufferEnd.add(";");
          } else if (!sourceSeen) {
            this.source.push('return "";');
          }
        } else {
          varDeclarations += ", buffer = " + (appendFirst ? "" : this.initializeBuffer());
          if (bufferStart) {
            bufferStart.prepend("return buffer + ");
            bufferEnd.add(";");
          } else {
            this.source.push("return buffer;");
          }
        }
        if (varDeclarations) {
          this.source.prepend("var " + varDeclarations.substring(2) + (appendFirst ? "" : ";\n"));
        }
        return this.source.merge();
      },
      lookupPropertyFunctionVarDeclaration: function lookupPropertyFunctionVarDeclaration() {
        return "\n      lookupProperty = container.lookupProperty || function(parent, propertyName) {\n        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {\n          return parent[propertyName];\n        }\n        return undefined\n    }\n    ".trim();
      },
      // [blockValue]
      //
      // On stack, before: hash, inverse, program, value
      // On stack, after: return value of blockHelperMissing
      //
      // The purpose of this opcode is to take a block of the form
      // `{{#this.foo}}...{{/this.foo}}`, resolve the value of `foo`, and
      // replace it on the stack with the result of properly
      // invoking blockHelperMissing.
      blockValue: function blockValue(name) {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs(name, 0, params);
        var blockName = this.popStack();
        params.splice(1, 0, blockName);
        this.push(this.source.functionCall(blockHelperMissing, "call", params));
      },
      // [ambiguousBlockValue]
      //
      // On stack, before: hash, inverse, program, value
      // Compiler value, before: lastHelper=value of last found helper, if any
      // On stack, after, if no lastHelper: same as [blockValue]
      // On stack, after, if lastHelper: value
      ambiguousBlockValue: function ambiguousBlockValue() {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs("", 0, params, true);
        this.flushInline();
        var current = this.topStack();
        params.splice(1, 0, current);
        this.pushSource(["if (!", this.lastHelper, ") { ", current, " = ", this.source.functionCall(blockHelperMissing, "call", params), "}"]);
      },
      // [appendContent]
      //
      // On stack, before: ...
      // On stack, after: ...
      //
      // Appends the string value of `content` to the current buffer
      appendContent: function appendContent(content) {
        if (this.pendingContent) {
          content = this.pendingContent + content;
        } else {
          this.pendingLocation = this.source.currentLocation;
        }
        this.pendingContent = content;
      },
      // [append]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Coerces `value` to a String and appends it to the current buffer.
      //
      // If `value` is truthy, or 0, it is coerced into a string and appended
      // Otherwise, the empty string is appended
      append: function append() {
        if (this.isInline()) {
          this.replaceStack(function(current) {
            return [" != null ? ", current, ' : ""'];
          });
          this.pushSource(this.appendToBuffer(this.popStack()));
        } else {
          var local = this.popStack();
          this.pushSource(["if (", local, " != null) { ", this.appendToBuffer(local, void 0, true), " }"]);
          if (this.environment.isSimple) {
            this.pushSource(["else { ", this.appendToBuffer("''", void 0, true), " }"]);
          }
        }
      },
      // [appendEscaped]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Escape `value` and append it to the buffer
      appendEscaped: function appendEscaped() {
        this.pushSource(this.appendToBuffer([this.aliasable("container.escapeExpression"), "(", this.popStack(), ")"]));
      },
      // [getContext]
      //
      // On stack, before: ...
      // On stack, after: ...
      // Compiler value, after: lastContext=depth
      //
      // Set the value of the `lastContext` compiler value to the depth
      getContext: function getContext(depth) {
        this.lastContext = depth;
      },
      // [pushContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext, ...
      //
      // Pushes the value of the current context onto the stack.
      pushContext: function pushContext() {
        this.pushStackLiteral(this.contextName(this.lastContext));
      },
      // [lookupOnContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext[name], ...
      //
      // Looks up the value of `name` on the current context and pushes
      // it onto the stack.
      lookupOnContext: function lookupOnContext(parts, falsy, strict, scoped) {
        var i = 0;
        if (!scoped && this.options.compat && !this.lastContext) {
          this.push(this.depthedLookup(parts[i++]));
        } else {
          this.pushContext();
        }
        this.resolvePath("context", parts, i, falsy, strict);
      },
      // [lookupBlockParam]
      //
      // On stack, before: ...
      // On stack, after: blockParam[name], ...
      //
      // Looks up the value of `parts` on the given block param and pushes
      // it onto the stack.
      lookupBlockParam: function lookupBlockParam(blockParamId, parts) {
        this.useBlockParams = true;
        this.push(["blockParams[", blockParamId[0], "][", blockParamId[1], "]"]);
        this.resolvePath("context", parts, 1);
      },
      // [lookupData]
      //
      // On stack, before: ...
      // On stack, after: data, ...
      //
      // Push the data lookup operator
      lookupData: function lookupData(depth, parts, strict) {
        if (!depth) {
          this.pushStackLiteral("data");
        } else {
          this.pushStackLiteral("container.data(data, " + depth + ")");
        }
        this.resolvePath("data", parts, 0, true, strict);
      },
      resolvePath: function resolvePath2(type, parts, startPartIndex, falsy, strict) {
        var _this2 = this;
        if (this.options.strict || this.options.assumeObjects) {
          this.push(strictLookup(this.options.strict && strict, this, parts, startPartIndex, type));
          return;
        }
        var len = parts.length;
        var _loop = function(i2) {
          _this2.replaceStack(function(current) {
            var lookup = _this2.nameLookup(current, parts[i2], type);
            if (!falsy) {
              return [" != null ? ", lookup, " : ", current];
            } else {
              return [" && ", lookup];
            }
          });
        };
        for (var i = startPartIndex; i < len; i++) {
          _loop(i);
        }
      },
      // [resolvePossibleLambda]
      //
      // On stack, before: value, ...
      // On stack, after: resolved value, ...
      //
      // If the `value` is a lambda, replace it on the stack by
      // the return value of the lambda
      resolvePossibleLambda: function resolvePossibleLambda() {
        this.push([this.aliasable("container.lambda"), "(", this.popStack(), ", ", this.contextName(0), ")"]);
      },
      // [pushStringParam]
      //
      // On stack, before: ...
      // On stack, after: string, currentContext, ...
      //
      // This opcode is designed for use in string mode, which
      // provides the string value of a parameter along with its
      // depth rather than resolving it immediately.
      pushStringParam: function pushStringParam(string, type) {
        this.pushContext();
        this.pushString(type);
        if (type !== "SubExpression") {
          if (typeof string === "string") {
            this.pushString(string);
          } else {
            this.pushStackLiteral(string);
          }
        }
      },
      emptyHash: function emptyHash(omitEmpty) {
        if (this.trackIds) {
          this.push("{}");
        }
        if (this.stringParams) {
          this.push("{}");
          this.push("{}");
        }
        this.pushStackLiteral(omitEmpty ? "undefined" : "{}");
      },
      pushHash: function pushHash() {
        if (this.hash) {
          this.hashes.push(this.hash);
        }
        this.hash = { values: {}, types: [], contexts: [], ids: [] };
      },
      popHash: function popHash() {
        var hash = this.hash;
        this.hash = this.hashes.pop();
        if (this.trackIds) {
          this.push(this.objectLiteral(hash.ids));
        }
        if (this.stringParams) {
          this.push(this.objectLiteral(hash.contexts));
          this.push(this.objectLiteral(hash.types));
        }
        this.push(this.objectLiteral(hash.values));
      },
      // [pushString]
      //
      // On stack, before: ...
      // On stack, after: quotedString(string), ...
      //
      // Push a quoted version of `string` onto the stack
      pushString: function pushString(string) {
        this.pushStackLiteral(this.quotedString(string));
      },
      // [pushLiteral]
      //
      // On stack, before: ...
      // On stack, after: value, ...
      //
      // Pushes a value onto the stack. This operation prevents
      // the compiler from creating a temporary variable to hold
      // it.
      pushLiteral: function pushLiteral(value) {
        this.pushStackLiteral(value);
      },
      // [pushProgram]
      //
      // On stack, before: ...
      // On stack, after: program(guid), ...
      //
      // Push a program expression onto the stack. This takes
      // a compile-time guid and converts it into a runtime-accessible
      // expression.
      pushProgram: function pushProgram(guid) {
        if (guid != null) {
          this.pushStackLiteral(this.programExpression(guid));
        } else {
          this.pushStackLiteral(null);
        }
      },
      // [registerDecorator]
      //
      // On stack, before: hash, program, params..., ...
      // On stack, after: ...
      //
      // Pops off the decorator's parameters, invokes the decorator,
      // and inserts the decorator into the decorators list.
      registerDecorator: function registerDecorator(paramSize, name) {
        var foundDecorator = this.nameLookup("decorators", name, "decorator"), options = this.setupHelperArgs(name, paramSize);
        this.decorators.push(["var decorator = ", foundDecorator, ";"]);
        this.decorators.push(['if (typeof decorator !== "function") { throw new Error(', this.quotedString('Missing decorator: "' + name + '"'), "); }"]);
        this.decorators.push(["fn = ", this.decorators.functionCall("decorator", "", ["fn", "props", "container", options]), " || fn;"]);
      },
      // [invokeHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // Pops off the helper's parameters, invokes the helper,
      // and pushes the helper's return value onto the stack.
      //
      // If the helper is not found, `helperMissing` is called.
      invokeHelper: function invokeHelper(paramSize, name, isSimple) {
        var nonHelper = this.popStack(), helper = this.setupHelper(paramSize, name);
        var possibleFunctionCalls = [];
        if (isSimple) {
          possibleFunctionCalls.push(helper.name);
        }
        possibleFunctionCalls.push(nonHelper);
        if (!this.options.strict) {
          possibleFunctionCalls.push(this.aliasable("container.hooks.helperMissing"));
        }
        var functionLookupCode = ["(", this.itemsSeparatedBy(possibleFunctionCalls, "||"), ")"];
        var functionCall = this.source.functionCall(functionLookupCode, "call", helper.callParams);
        this.push(functionCall);
      },
      itemsSeparatedBy: function itemsSeparatedBy(items, separator) {
        var result = [];
        result.push(items[0]);
        for (var i = 1; i < items.length; i++) {
          result.push(separator, items[i]);
        }
        return result;
      },
      // [invokeKnownHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // This operation is used when the helper is known to exist,
      // so a `helperMissing` fallback is not required.
      invokeKnownHelper: function invokeKnownHelper(paramSize, name) {
        var helper = this.setupHelper(paramSize, name);
        this.push(this.source.functionCall(helper.name, "call", helper.callParams));
      },
      // [invokeAmbiguous]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of disambiguation
      //
      // This operation is used when an expression like `{{foo}}`
      // is provided, but we don't know at compile-time whether it
      // is a helper or a path.
      //
      // This operation emits more code than the other options,
      // and can be avoided by passing the `knownHelpers` and
      // `knownHelpersOnly` flags at compile-time.
      invokeAmbiguous: function invokeAmbiguous(name, helperCall) {
        this.useRegister("helper");
        var nonHelper = this.popStack();
        this.emptyHash();
        var helper = this.setupHelper(0, name, helperCall);
        var helperName = this.lastHelper = this.nameLookup("helpers", name, "helper");
        var lookup = ["(", "(helper = ", helperName, " || ", nonHelper, ")"];
        if (!this.options.strict) {
          lookup[0] = "(helper = ";
          lookup.push(" != null ? helper : ", this.aliasable("container.hooks.helperMissing"));
        }
        this.push(["(", lookup, helper.paramsInit ? ["),(", helper.paramsInit] : [], "),", "(typeof helper === ", this.aliasable('"function"'), " ? ", this.source.functionCall("helper", "call", helper.callParams), " : helper))"]);
      },
      // [invokePartial]
      //
      // On stack, before: context, ...
      // On stack after: result of partial invocation
      //
      // This operation pops off a context, invokes a partial with that context,
      // and pushes the result of the invocation back.
      invokePartial: function invokePartial(isDynamic, name, indent) {
        var params = [], options = this.setupParams(name, 1, params);
        if (isDynamic) {
          name = this.popStack();
          delete options.name;
        }
        if (indent) {
          options.indent = this.quotedString(indent);
        }
        options.helpers = "helpers";
        options.partials = "partials";
        options.decorators = "container.decorators";
        if (!isDynamic) {
          params.unshift(this.nameLookup("partials", name, "partial"));
        } else {
          params.unshift(name);
        }
        if (this.options.compat) {
          options.depths = "depths";
        }
        options = this.objectLiteral(options);
        params.push(options);
        this.push(this.source.functionCall("container.invokePartial", "", params));
      },
      // [assignToHash]
      //
      // On stack, before: value, ..., hash, ...
      // On stack, after: ..., hash, ...
      //
      // Pops a value off the stack and assigns it to the current hash
      assignToHash: function assignToHash(key) {
        var value = this.popStack(), context = void 0, type = void 0, id = void 0;
        if (this.trackIds) {
          id = this.popStack();
        }
        if (this.stringParams) {
          type = this.popStack();
          context = this.popStack();
        }
        var hash = this.hash;
        if (context) {
          hash.contexts[key] = context;
        }
        if (type) {
          hash.types[key] = type;
        }
        if (id) {
          hash.ids[key] = id;
        }
        hash.values[key] = value;
      },
      pushId: function pushId(type, name, child) {
        if (type === "BlockParam") {
          this.pushStackLiteral("blockParams[" + name[0] + "].path[" + name[1] + "]" + (child ? " + " + this.quotedString("." + child) : ""));
        } else if (type === "PathExpression") {
          this.pushString(name);
        } else if (type === "SubExpression") {
          this.pushStackLiteral("true");
        } else {
          this.pushStackLiteral("null");
        }
      },
      // HELPERS
      compiler: JavaScriptCompiler,
      compileChildren: function compileChildren(environment, options) {
        var children = environment.children, child = void 0, compiler = void 0;
        for (var i = 0, l = children.length; i < l; i++) {
          child = children[i];
          compiler = new this.compiler();
          var existing = this.matchExistingProgram(child);
          if (existing == null) {
            var index = this.context.programs.push("") - 1;
            child.index = index;
            child.name = "program" + index;
            this.context.programs[index] = compiler.compile(child, options, this.context, !this.precompile);
            this.context.decorators[index] = compiler.decorators;
            this.context.environments[index] = child;
            this.useDepths = this.useDepths || compiler.useDepths;
            this.useBlockParams = this.useBlockParams || compiler.useBlockParams;
            child.useDepths = this.useDepths;
            child.useBlockParams = this.useBlockParams;
          } else {
            child.index = existing.index;
            child.name = "program" + existing.index;
            this.useDepths = this.useDepths || existing.useDepths;
            this.useBlockParams = this.useBlockParams || existing.useBlockParams;
          }
        }
      },
      matchExistingProgram: function matchExistingProgram(child) {
        for (var i = 0, len = this.context.environments.length; i < len; i++) {
          var environment = this.context.environments[i];
          if (environment && environment.equals(child)) {
            return environment;
          }
        }
      },
      programExpression: function programExpression(guid) {
        var child = this.environment.children[guid], programParams = [child.index, "data", child.blockParams];
        if (this.useBlockParams || this.useDepths) {
          programParams.push("blockParams");
        }
        if (this.useDepths) {
          programParams.push("depths");
        }
        return "container.program(" + programParams.join(", ") + ")";
      },
      useRegister: function useRegister(name) {
        if (!this.registers[name]) {
          this.registers[name] = true;
          this.registers.list.push(name);
        }
      },
      push: function push(expr) {
        if (!(expr instanceof Literal)) {
          expr = this.source.wrap(expr);
        }
        this.inlineStack.push(expr);
        return expr;
      },
      pushStackLiteral: function pushStackLiteral(item) {
        this.push(new Literal(item));
      },
      pushSource: function pushSource(source) {
        if (this.pendingContent) {
          this.source.push(this.appendToBuffer(this.source.quotedString(this.pendingContent), this.pendingLocation));
          this.pendingContent = void 0;
        }
        if (source) {
          this.source.push(source);
        }
      },
      replaceStack: function replaceStack(callback) {
        var prefix = ["("], stack = void 0, createdStack = void 0, usedLiteral = void 0;
        if (!this.isInline()) {
          throw new _exception2["default"]("replaceStack on non-inline");
        }
        var top2 = this.popStack(true);
        if (top2 instanceof Literal) {
          stack = [top2.value];
          prefix = ["(", stack];
          usedLiteral = true;
        } else {
          createdStack = true;
          var _name = this.incrStack();
          prefix = ["((", this.push(_name), " = ", top2, ")"];
          stack = this.topStack();
        }
        var item = callback.call(this, stack);
        if (!usedLiteral) {
          this.popStack();
        }
        if (createdStack) {
          this.stackSlot--;
        }
        this.push(prefix.concat(item, ")"));
      },
      incrStack: function incrStack() {
        this.stackSlot++;
        if (this.stackSlot > this.stackVars.length) {
          this.stackVars.push("stack" + this.stackSlot);
        }
        return this.topStackName();
      },
      topStackName: function topStackName() {
        return "stack" + this.stackSlot;
      },
      flushInline: function flushInline() {
        var inlineStack = this.inlineStack;
        this.inlineStack = [];
        for (var i = 0, len = inlineStack.length; i < len; i++) {
          var entry = inlineStack[i];
          if (entry instanceof Literal) {
            this.compileStack.push(entry);
          } else {
            var stack = this.incrStack();
            this.pushSource([stack, " = ", entry, ";"]);
            this.compileStack.push(stack);
          }
        }
      },
      isInline: function isInline() {
        return this.inlineStack.length;
      },
      popStack: function popStack(wrapped) {
        var inline = this.isInline(), item = (inline ? this.inlineStack : this.compileStack).pop();
        if (!wrapped && item instanceof Literal) {
          return item.value;
        } else {
          if (!inline) {
            if (!this.stackSlot) {
              throw new _exception2["default"]("Invalid stack pop");
            }
            this.stackSlot--;
          }
          return item;
        }
      },
      topStack: function topStack() {
        var stack = this.isInline() ? this.inlineStack : this.compileStack, item = stack[stack.length - 1];
        if (item instanceof Literal) {
          return item.value;
        } else {
          return item;
        }
      },
      contextName: function contextName(context) {
        if (this.useDepths && context) {
          return "depths[" + context + "]";
        } else {
          return "depth" + context;
        }
      },
      quotedString: function quotedString(str) {
        return this.source.quotedString(str);
      },
      objectLiteral: function objectLiteral(obj) {
        return this.source.objectLiteral(obj);
      },
      aliasable: function aliasable(name) {
        var ret = this.aliases[name];
        if (ret) {
          ret.referenceCount++;
          return ret;
        }
        ret = this.aliases[name] = this.source.wrap(name);
        ret.aliasable = true;
        ret.referenceCount = 1;
        return ret;
      },
      setupHelper: function setupHelper(paramSize, name, blockHelper) {
        var params = [], paramsInit = this.setupHelperArgs(name, paramSize, params, blockHelper);
        var foundHelper = this.nameLookup("helpers", name, "helper"), callContext = this.aliasable(this.contextName(0) + " != null ? " + this.contextName(0) + " : (container.nullContext || {})");
        return {
          params,
          paramsInit,
          name: foundHelper,
          callParams: [callContext].concat(params)
        };
      },
      setupParams: function setupParams(helper, paramSize, params) {
        var options = {}, contexts = [], types = [], ids = [], objectArgs = !params, param = void 0;
        if (objectArgs) {
          params = [];
        }
        options.name = this.quotedString(helper);
        options.hash = this.popStack();
        if (this.trackIds) {
          options.hashIds = this.popStack();
        }
        if (this.stringParams) {
          options.hashTypes = this.popStack();
          options.hashContexts = this.popStack();
        }
        var inverse = this.popStack(), program = this.popStack();
        if (program || inverse) {
          options.fn = program || "container.noop";
          options.inverse = inverse || "container.noop";
        }
        var i = paramSize;
        while (i--) {
          param = this.popStack();
          params[i] = param;
          if (this.trackIds) {
            ids[i] = this.popStack();
          }
          if (this.stringParams) {
            types[i] = this.popStack();
            contexts[i] = this.popStack();
          }
        }
        if (objectArgs) {
          options.args = this.source.generateArray(params);
        }
        if (this.trackIds) {
          options.ids = this.source.generateArray(ids);
        }
        if (this.stringParams) {
          options.types = this.source.generateArray(types);
          options.contexts = this.source.generateArray(contexts);
        }
        if (this.options.data) {
          options.data = "data";
        }
        if (this.useBlockParams) {
          options.blockParams = "blockParams";
        }
        return options;
      },
      setupHelperArgs: function setupHelperArgs(helper, paramSize, params, useRegister) {
        var options = this.setupParams(helper, paramSize, params);
        options.loc = locationLiteral(this);
        options = this.objectLiteral(options);
        if (useRegister) {
          this.useRegister("options");
          params.push("options");
          return ["options=", options];
        } else if (params) {
          params.push(options);
          return "";
        } else {
          return options;
        }
      }
    };
    (function() {
      var reservedWords = "break else new var case finally return void catch for switch while continue function this with default if throw delete in try do instanceof typeof abstract enum int short boolean export interface static byte extends long super char final native synchronized class float package throws const goto private transient debugger implements protected volatile double import public let yield await null true false".split(" ");
      var compilerWords = JavaScriptCompiler.RESERVED_WORDS = {};
      for (var i = 0, l = reservedWords.length; i < l; i++) {
        compilerWords[reservedWords[i]] = true;
      }
    })();
    JavaScriptCompiler.isValidJavaScriptVariableName = function(name) {
      return !JavaScriptCompiler.RESERVED_WORDS[name] && /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(name);
    };
    function locationLiteral(compiler) {
      var loc = compiler.source.currentLocation;
      return loc ? _codeGen.safeJsonLiteral(loc) : "undefined";
    }
    function strictLookup(requireTerminal, compiler, parts, startPartIndex, type) {
      var stack = compiler.popStack(), len = parts.length;
      if (requireTerminal) {
        len--;
      }
      for (var i = startPartIndex; i < len; i++) {
        stack = compiler.nameLookup(stack, parts[i], type);
      }
      if (requireTerminal) {
        return [compiler.aliasable("container.strict"), "(", stack, ", ", compiler.quotedString(parts[len]), ", ", locationLiteral(compiler), " )"];
      } else {
        return stack;
      }
    }
    exports["default"] = JavaScriptCompiler;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.js
var require_handlebars = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _handlebarsRuntime = require_handlebars_runtime();
    var _handlebarsRuntime2 = _interopRequireDefault(_handlebarsRuntime);
    var _handlebarsCompilerAst = require_ast();
    var _handlebarsCompilerAst2 = _interopRequireDefault(_handlebarsCompilerAst);
    var _handlebarsCompilerBase = require_base2();
    var _handlebarsCompilerCompiler = require_compiler();
    var _handlebarsCompilerJavascriptCompiler = require_javascript_compiler();
    var _handlebarsCompilerJavascriptCompiler2 = _interopRequireDefault(_handlebarsCompilerJavascriptCompiler);
    var _handlebarsCompilerVisitor = require_visitor();
    var _handlebarsCompilerVisitor2 = _interopRequireDefault(_handlebarsCompilerVisitor);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    var _create = _handlebarsRuntime2["default"].create;
    function create() {
      var hb = _create();
      hb.compile = function(input, options) {
        return _handlebarsCompilerCompiler.compile(input, options, hb);
      };
      hb.precompile = function(input, options) {
        return _handlebarsCompilerCompiler.precompile(input, options, hb);
      };
      hb.AST = _handlebarsCompilerAst2["default"];
      hb.Compiler = _handlebarsCompilerCompiler.Compiler;
      hb.JavaScriptCompiler = _handlebarsCompilerJavascriptCompiler2["default"];
      hb.Parser = _handlebarsCompilerBase.parser;
      hb.parse = _handlebarsCompilerBase.parse;
      hb.parseWithoutProcessing = _handlebarsCompilerBase.parseWithoutProcessing;
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst.Visitor = _handlebarsCompilerVisitor2["default"];
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js
var require_printer = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.print = print;
    exports.PrintVisitor = PrintVisitor;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function print(ast) {
      return new PrintVisitor().accept(ast);
    }
    function PrintVisitor() {
      this.padding = 0;
    }
    PrintVisitor.prototype = new _visitor2["default"]();
    PrintVisitor.prototype.pad = function(string) {
      var out = "";
      for (var i = 0, l = this.padding; i < l; i++) {
        out += "  ";
      }
      out += string + "\n";
      return out;
    };
    PrintVisitor.prototype.Program = function(program) {
      var out = "", body = program.body, i = void 0, l = void 0;
      if (program.blockParams) {
        var blockParams = "BLOCK PARAMS: [";
        for (i = 0, l = program.blockParams.length; i < l; i++) {
          blockParams += " " + program.blockParams[i];
        }
        blockParams += " ]";
        out += this.pad(blockParams);
      }
      for (i = 0, l = body.length; i < l; i++) {
        out += this.accept(body[i]);
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.MustacheStatement = function(mustache) {
      return this.pad("{{ " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.Decorator = function(mustache) {
      return this.pad("{{ DIRECTIVE " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.BlockStatement = PrintVisitor.prototype.DecoratorBlock = function(block) {
      var out = "";
      out += this.pad((block.type === "DecoratorBlock" ? "DIRECTIVE " : "") + "BLOCK:");
      this.padding++;
      out += this.pad(this.SubExpression(block));
      if (block.program) {
        out += this.pad("PROGRAM:");
        this.padding++;
        out += this.accept(block.program);
        this.padding--;
      }
      if (block.inverse) {
        if (block.program) {
          this.padding++;
        }
        out += this.pad("{{^}}");
        this.padding++;
        out += this.accept(block.inverse);
        this.padding--;
        if (block.program) {
          this.padding--;
        }
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.PartialStatement = function(partial) {
      var content = "PARTIAL:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.PartialBlockStatement = function(partial) {
      var content = "PARTIAL BLOCK:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      content += " " + this.pad("PROGRAM:");
      this.padding++;
      content += this.accept(partial.program);
      this.padding--;
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.ContentStatement = function(content) {
      return this.pad("CONTENT[ '" + content.value + "' ]");
    };
    PrintVisitor.prototype.CommentStatement = function(comment) {
      return this.pad("{{! '" + comment.value + "' }}");
    };
    PrintVisitor.prototype.SubExpression = function(sexpr) {
      var params = sexpr.params, paramStrings = [], hash = void 0;
      for (var i = 0, l = params.length; i < l; i++) {
        paramStrings.push(this.accept(params[i]));
      }
      params = "[" + paramStrings.join(", ") + "]";
      hash = sexpr.hash ? " " + this.accept(sexpr.hash) : "";
      return this.accept(sexpr.path) + " " + params + hash;
    };
    PrintVisitor.prototype.PathExpression = function(id) {
      var path = id.parts.join("/");
      return (id.data ? "@" : "") + "PATH:" + path;
    };
    PrintVisitor.prototype.StringLiteral = function(string) {
      return '"' + string.value + '"';
    };
    PrintVisitor.prototype.NumberLiteral = function(number) {
      return "NUMBER{" + number.value + "}";
    };
    PrintVisitor.prototype.BooleanLiteral = function(bool) {
      return "BOOLEAN{" + bool.value + "}";
    };
    PrintVisitor.prototype.UndefinedLiteral = function() {
      return "UNDEFINED";
    };
    PrintVisitor.prototype.NullLiteral = function() {
      return "NULL";
    };
    PrintVisitor.prototype.Hash = function(hash) {
      var pairs = hash.pairs, joinedPairs = [];
      for (var i = 0, l = pairs.length; i < l; i++) {
        joinedPairs.push(this.accept(pairs[i]));
      }
      return "HASH{" + joinedPairs.join(", ") + "}";
    };
    PrintVisitor.prototype.HashPair = function(pair) {
      return pair.key + "=" + this.accept(pair.value);
    };
  }
});

// node_modules/handlebars/lib/index.js
var require_lib = __commonJS({
  "node_modules/handlebars/lib/index.js"(exports, module) {
    var handlebars = require_handlebars()["default"];
    var printer = require_printer();
    handlebars.PrintVisitor = printer.PrintVisitor;
    handlebars.print = printer.print;
    module.exports = handlebars;
    function extension(module2, filename) {
      var fs = __require("fs");
      var templateString = fs.readFileSync(filename, "utf8");
      module2.exports = handlebars.compile(templateString);
    }
    if (typeof __require !== "undefined" && __require.extensions) {
      __require.extensions[".handlebars"] = extension;
      __require.extensions[".hbs"] = extension;
    }
  }
});

// src/render/load.ts
function loadValidSla(file, content) {
  const outcome = loadYaml(file, content);
  if (!outcome.ok || outcome.source.data === null || typeof outcome.source.data !== "object")
    throw new Error(`${file} could not be loaded again`);
  const raw = outcome.source.data;
  return { file, raw, sla: normalizeSla(raw).sla, source: outcome.source };
}

// src/render/history.ts
import { dirname } from "node:path/posix";

// src/render/words.ts
function budgetSeconds(targetPercent, window, minutesPerWeek = MINUTES_PER_WEEK) {
  return Math.round(allowedDowntimeSeconds(targetPercent, window, minutesPerWeek) * 1e3) / 1e3;
}
function dateWords(iso) {
  let words = dateSaid.get(iso);
  if (words === void 0) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    words = m ? `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : iso;
    if (iso.length > 12) return words;
    if (dateSaid.size >= 1e4) dateSaid.clear();
    dateSaid.set(iso, words);
  }
  return words;
}
var dateSaid = /* @__PURE__ */ new Map();
function toleranceBand(objective, serviceHours) {
  const t = objective.tolerance;
  if (!t) return void 0;
  const value = (m) => m.kind === "duration" ? m.seconds : m.value;
  const lo = value(t.adequate);
  const hi = value(t.desired);
  const span = hi - lo;
  const raw = span === 0 ? 50 : (value(objective.target) - lo) / span * 100;
  const position = Math.round(Math.min(100, Math.max(0, raw)) * 10) / 10;
  let sentence = `The least you should accept is ${measureFigure(t.adequate)}; we aim for ${measureFigure(t.desired)}; we commit to ${measureFigure(objective.target)}.`;
  const downtime = [];
  if (hasDowntimeBudget(objective) && t.adequate.kind === "percent" && t.desired.kind === "percent") {
    const minutes = serviceHours.schedule.minutesPerWeek;
    const down = (p) => {
      const seconds = allowedDowntimeSeconds(p, objective.window, minutes);
      downtime.push(seconds);
      return formatDuration(seconds);
    };
    sentence += ` In downtime: between ${down(t.desired.value)} and ${down(t.adequate.value)} ${windowPhrase(objective.window)}.`;
  }
  const sentenceParts = approximate(sentence, downtime);
  return {
    adequate: measureFigure(t.adequate),
    desired: measureFigure(t.desired),
    target: measureFigure(objective.target),
    position,
    sentence: phraseText(sentenceParts),
    sentenceParts
  };
}
function feeWords(window) {
  if (window?.kind !== "calendar") return "fee for the period";
  const adjective = { week: "weekly", month: "monthly", quarter: "quarterly", year: "yearly" };
  return `${adjective[window.unit]} fee`;
}
function creditRows(tiers, objective, serviceHours) {
  const fee = feeWords(objective?.window);
  const better = objective?.better ?? "higher";
  const sorted = [...tiers].sort(
    (a, b) => better === "higher" ? b.below - a.below : a.below - b.below
  );
  return sorted.map((tier) => {
    const row = {
      below: formatPercent(tier.below),
      credit: formatPercent(tier.credit),
      amount: `${formatPercent(tier.credit)} of the ${fee}`,
      sentence: `below ${formatPercent(tier.below)}: ${formatPercent(tier.credit)} of the ${fee}`
    };
    if (objective && hasDowntimeBudget(objective)) {
      const seconds = allowedDowntimeSeconds(
        tier.below,
        objective.window,
        serviceHours.schedule.minutesPerWeek
      );
      const parts = approximate(
        `more than ${formatDuration(seconds)} of downtime ${windowPhrase(objective.window)}`,
        [seconds]
      );
      row.downtime = phraseText(parts);
      row.downtimeParts = parts;
    }
    return row;
  });
}
function approxDuration(seconds) {
  let known = approximated.get(seconds);
  if (known === void 0) {
    known = approxDurationOnce(seconds);
    if (approximated.size >= 1e4) approximated.clear();
    approximated.set(seconds, known);
  }
  return { text: known.text, exact: known.exact };
}
var approximated = /* @__PURE__ */ new Map();
function approxDurationOnce(seconds) {
  const exact = formatDuration(seconds);
  const step = seconds < 60 ? 1 : seconds < 3600 ? 60 : seconds < 86400 ? 300 : 3600;
  const rounded = seconds < 1 ? seconds : Math.max(step, Math.round(seconds / step) * step);
  const text = formatDuration(rounded);
  return { text: text === exact ? exact : `about ${text}`, exact };
}
function approximate(text, seconds) {
  let parts = [{ text }];
  const figures = [];
  for (const s of seconds) {
    const figure = approxDuration(s);
    if (figure.text !== figure.exact) figures.push(figure);
  }
  if (figures.length > 1) figures.sort((a, b) => b.exact.length - a.exact.length);
  for (const figure of figures) {
    const next = [];
    for (const part of parts) {
      if (part.exact !== void 0 || !part.text.includes(figure.exact)) {
        next.push(part);
        continue;
      }
      const pieces = part.text.split(figure.exact);
      for (let i = 0; i < pieces.length; i++) {
        if (i > 0) next.push({ text: figure.text, exact: figure.exact });
        const piece = pieces[i];
        if (piece) next.push({ text: piece });
      }
    }
    parts = next;
  }
  return parts;
}
function phraseText(phrase) {
  return phrase.map((p) => p.text).join("");
}

// src/render/change-words.ts
var INTERNAL = /* @__PURE__ */ new Set(["owner-changed", "sla-removed"]);
function changeStatement(change, before, after, committed) {
  const kind = change.kind;
  if (INTERNAL.has(kind) || change.impact === "editorial") return null;
  const path = change.path;
  const objective = objectiveOf(path, before, after);
  const name = objective?.after?.title ?? objective?.before?.title ?? "";
  switch (kind) {
    case "sla-added":
      return after.effective.from > committed.slice(0, 10) ? "Agreement in effect" : "Agreement published";
    case "tier-changed":
      return stateOf("Service tier", after.tier, before?.tier);
    case "service-url-changed":
      return stateOf("Service page", after.service.url, before?.service.url);
    case "customers-changed":
      return stateOf("For", listOr(after.customers), listOr(before?.customers ?? []));
    case "contacts-changed":
      return stateOf("Contacts", textList(change.after), textList(change.before));
    case "effective-from-weakened":
    case "effective-from-strengthened":
      return `Agreement in effect from ${dateWords(after.effective.from)}${was(before && dateWords(before.effective.from))}`;
    case "effective-until-added":
    case "effective-until-weakened":
    case "effective-until-strengthened":
      return `Agreement in effect until ${dateWords(after.effective.until ?? "")}${was(before?.effective.until && dateWords(before.effective.until))}`;
    case "effective-until-removed":
      return `Agreement without an end date${was(before?.effective.until && `until ${dateWords(before.effective.until)}`)}`;
    case "review-added":
    case "review-cadence-weakened":
    case "review-cadence-strengthened":
      return `Reviewed with customers every ${after.review?.everyText ?? ""}${was(before?.review && `every ${before.review.everyText}`)}`;
    case "review-removed":
      return `No regular review${was(before?.review && `every ${before.review.everyText}`)}`;
    case "review-last-reviewed-changed":
      return after.review ? `Last reviewed with customers on ${dateWords(after.review.lastReviewed)}` : "No review date recorded";
    case "service-hours-added":
    case "service-hours-removed":
    case "service-hours-weakened":
    case "service-hours-strengthened":
    case "service-hours-moved":
      return hoursChange("Service hours", after.serviceHours, before?.serviceHours);
    case "support-hours-added":
    case "support-hours-removed":
    case "support-hours-weakened":
    case "support-hours-strengthened":
    case "support-hours-moved":
      return hoursChange("Support hours", after.support?.hours, before?.support?.hours);
    case "objective-added":
      return objective?.after ? `New commitment: ${name}, ${commitment(objective.after)}` : `New commitment: ${name}`;
    case "objective-removed":
      return objective?.before ? `${name} no longer committed to${was(commitment(objective.before))}` : `${name} no longer committed to`;
    case "objective-measurement-changed": {
      const text = objective?.after?.measurement;
      return text ? `How ${name} is measured: ${quote(text)}` : `${name}: how it is measured no longer described`;
    }
    case "objective-prometheus-changed":
      return `${name}: measured by updated monitoring`;
    case "objective-indicator-changed":
      return `${name} now measures ${objective?.after?.indicator ?? ""}${was(objective?.before?.indicator)}`;
    case "objective-better-changed":
      return `${name}: ${objective?.after?.better ?? ""} is now better${was(objective?.before?.better)}`;
    case "objective-target-weakened":
    case "objective-target-strengthened":
    case "objective-target-changed":
      return `${name} commitment ${String(change.after)}${was(String(change.before))}`;
    case "objective-percentile-weakened":
    case "objective-percentile-strengthened":
    case "objective-percentile-changed": {
      const p = (v) => typeof v === "number" ? `${formatPercent(v)} of requests` : null;
      return p(change.after) ? `${name} applies to ${p(change.after)}${was(p(change.before))}` : `${name} no longer limited to a share of requests${was(p(change.before))}`;
    }
    case "objective-window-changed":
      return objective?.after ? `${name} measured ${windowWords(objective.after.window)}${was(objective.before && windowWords(objective.before.window))}` : null;
    case "objective-tolerance-added":
    case "objective-tolerance-removed":
      return objective?.after?.tolerance ? `${name} zone of tolerance: ${band(objective.after)}` : `${name} without a zone of tolerance${was(objective?.before && band(objective.before))}`;
    case "objective-tolerance-weakened":
    case "objective-tolerance-strengthened":
    case "objective-tolerance-changed":
      return `${name}: ${path.endsWith(".desired") ? "level hoped for" : "least acceptable level"} ${String(change.after)}${was(String(change.before))}`;
    case "support-priority-added":
    case "support-priority-removed":
    case "support-priority-meaning-changed":
    case "support-response-added":
    case "support-response-removed":
    case "support-response-weakened":
    case "support-response-strengthened":
    case "support-resolution-added":
    case "support-resolution-removed":
    case "support-resolution-weakened":
    case "support-resolution-strengthened":
    case "support-priority-hours-weakened":
    case "support-priority-hours-strengthened":
    case "support-priority-hours-changed":
      return priorityChange(kind, path, before, after);
    case "maintenance-notice-added":
    case "maintenance-notice-removed":
    case "maintenance-notice-weakened":
    case "maintenance-notice-strengthened": {
      const notice = (s) => s?.maintenance?.notice !== void 0 ? durationWords(s.maintenance.notice) : null;
      const now = notice(after);
      return now ? `Maintenance announced at least ${now} in advance${was(notice(before))}` : `No advance notice of maintenance${was(notice(before) && `${notice(before)} in advance`)}`;
    }
    case "maintenance-window-added":
    case "maintenance-window-removed": {
      const key = path.slice(path.indexOf("[") + 1, -1);
      const windows = kind === "maintenance-window-added" ? after.maintenance : before?.maintenance;
      const w = windows?.windows.find((h) => `${h.text.join(", ")} ${h.timezone}` === key);
      const when = w ? hoursWords({ ...w, always: w.schedule.always }) : key;
      return kind === "maintenance-window-added" ? `Planned maintenance possible ${when}` : `No more planned maintenance ${when}`;
    }
    case "maintenance-window-weakened":
    case "maintenance-window-strengthened":
    case "maintenance-window-changed": {
      const when = (s, text) => {
        const w = s?.maintenance?.windows.find(
          (h) => `${h.text.join(", ")} ${h.timezone}` === text
        );
        return w ? hoursWords({ ...w, always: w.schedule.always }) : String(text);
      };
      return `Planned maintenance possible ${when(after, change.after)}${was(when(before, change.before))}`;
    }
    case "exclusion-added":
      return `Not covered: ${quote(String(change.after))}`;
    case "exclusion-removed":
      return `Now covered: ${quote(String(change.before))}`;
    case "credits-objective-changed": {
      const title = (s, id) => s?.objectives.find((o) => o.id === id)?.title ?? id ?? "";
      return `Service credits follow ${title(after, after.credits?.objective)}${was(title(before, before?.credits?.objective))}`;
    }
    case "credit-tier-added":
    case "credit-tier-removed":
    case "credit-tier-weakened":
    case "credit-tier-strengthened": {
      const below = /below ([^\]]+)\]$/.exec(path)?.[1] ?? "";
      const fee = feeWords(after.objectives.find((o) => o.id === after.credits?.objective)?.window);
      if (change.after === null)
        return `No service credit below ${below}${was(String(change.before))}`;
      return `Service credit below ${below}: ${String(change.after)} of the ${fee}${was(change.before === null ? null : String(change.before))}`;
    }
    case "credit-tier-threshold-raised":
    case "credit-tier-threshold-lowered": {
      const credit = /credit ([^\]]+)\]/.exec(path)?.[1] ?? "";
      const fee = feeWords(after.objectives.find((o) => o.id === after.credits?.objective)?.window);
      return `Service credit of ${credit} of the ${fee} below ${String(change.after)}${was(`below ${String(change.before)}`)}`;
    }
    default:
      return null;
  }
}
function was(before) {
  return before ? ` (was ${before})` : "";
}
function stateOf(what, now, then) {
  if (!now) return `No ${what.toLowerCase()}${was(then)}`;
  return `${what} ${now}${was(then)}`;
}
function listOr(items) {
  return items.length > 0 ? items.join(", ") : void 0;
}
function textList(value) {
  return Array.isArray(value) && value.length > 0 ? value.join("; ") : void 0;
}
function quote(text) {
  return `\u201C${text.replace(/\s+/g, " ").trim()}\u201D`;
}
function hoursChange(what, now, then) {
  const words = (h) => hoursWords({ ...h, always: h.schedule.always });
  if (!now) return `No set ${what.toLowerCase()}${then ? `, instead of ${words(then)}` : ""}`;
  return `${what} ${words(now)}${then ? `, instead of ${words(then)}` : ""}`;
}
function commitment(o) {
  const share = o.percentile !== void 0 ? ` for ${formatPercent(o.percentile)} of requests` : "";
  return `${measureFigure(o.target)}${share} ${windowWords(o.window)}`;
}
function band(o) {
  const t = o.tolerance;
  return t ? `least acceptable ${measureFigure(t.adequate)}, hoped for ${measureFigure(t.desired)}` : "";
}
function objectiveOf(path, before, after) {
  const m = /^spec\.objectives\.([^.]+)/.exec(path);
  if (!m) return void 0;
  const id = m[1];
  return {
    before: before?.objectives.find((o) => o.id === id),
    after: after.objectives.find((o) => o.id === id)
  };
}
function priorityChange(kind, path, before, after) {
  const prefix = "spec.support.priorities.";
  const named = (s) => s?.support?.priorities.find(
    (p) => path === prefix + p.level || path.startsWith(`${prefix}${p.level}.`)
  );
  const now = named(after);
  const then = named(before);
  const level = now?.level ?? then?.level ?? path.slice(prefix.length);
  const response = (p) => p ? `first response within ${durationWords(p.response)}` : null;
  const resolution = (p) => p?.resolution !== void 0 ? `resolution within ${durationWords(p.resolution)}` : null;
  switch (kind) {
    case "support-priority-added":
      return now ? `New support priority ${level} (${quote(now.meaning)}): ${[response(now), resolution(now)].filter(Boolean).join(", ")}` : `New support priority ${level}`;
    case "support-priority-removed":
      return `Support priority ${level} no longer offered`;
    case "support-priority-meaning-changed":
      return `Support priority ${level} covers ${quote(now?.meaning ?? "")}${was(then && quote(then.meaning))}`;
    case "support-response-added":
    case "support-response-weakened":
    case "support-response-strengthened":
    case "support-response-removed":
      return `${level}: ${response(now) ?? "no first response time"}${was(then && response(then)?.replace("first response ", ""))}`;
    case "support-resolution-added":
    case "support-resolution-weakened":
    case "support-resolution-strengthened":
    case "support-resolution-removed":
      return `${level}: ${resolution(now) ?? "no resolution time"}${was(then && resolution(then)?.replace("resolution ", ""))}`;
    default: {
      const hours = (s, p) => p?.hours ? hoursWords({
        text: p.hours.text,
        timezone: s?.support?.hours?.timezone ?? "UTC",
        always: p.hours.schedule.always
      }) : s?.support?.hours ? hoursWords({ ...s.support.hours, always: s.support.hours.schedule.always }) : "during support hours";
      return `${level} handled ${hours(after, now)}${then ? `, instead of ${hours(before, then)}` : ""}`;
    }
  }
}

// src/render/history.ts
async function buildHistory(git, headRef, options) {
  const head = await git.resolve(headRef);
  const listed = await listRevision(git, head);
  const folders = [...new Set(listed.slaEntries.map((f) => dirname(f.path)))].sort();
  const wanted = options.ids ? new Set(options.ids) : void 0;
  const history = /* @__PURE__ */ new Map();
  if (folders.length === 0) return history;
  const all = await git.log(head, folders);
  const commits = all.slice(0, options.commits ?? 50);
  if (commits.length === 0) return history;
  const chain = all.slice(0, commits.length + 1).map((c) => c.sha);
  const pairs = [];
  if (chain[0] !== head) pairs.push([head, chain[0]]);
  for (let i = 0; i + 1 < chain.length; i++)
    pairs.push([chain[i], chain[i + 1]]);
  const changes = await git.treeChanges(pairs);
  const isSla = slaMatcher(listed.config.slas);
  const selected = (mode) => mode === "100644" || mode === "100755";
  const stepBack = (files2, step) => {
    const changed = [];
    for (const c of step) {
      if (!isSla(c.path)) continue;
      changed.push(c);
      if (selected(c.older.mode)) files2.set(c.path, c.older.blob);
      else files2.delete(c.path);
    }
    return changed;
  };
  const files = new Map(listed.slaEntries.map((e) => [e.path, e.blob]));
  const steps = pairs.map((_, i) => changes[i] ?? []);
  if (chain[0] !== head) stepBack(files, steps.shift() ?? []);
  const loaded = options.loaded ?? /* @__PURE__ */ new Map();
  const read = options.read ?? /* @__PURE__ */ new Map();
  const needed = /* @__PURE__ */ new Map();
  const need = (path, blob) => {
    const key = loadedKey(blob, path);
    if (!loaded.has(key) && !read.has(key)) needed.set(key, { path, blob });
  };
  const others = wanted ? options.others : void 0;
  for (const [path, blob] of files) if (others?.get(path) !== blob) need(path, blob);
  for (const step of steps)
    for (const c of step) if (isSla(c.path) && selected(c.older.mode)) need(c.path, c.older.blob);
  const blobs = await git.readBlobs([...needed.values()].map((f) => f.blob));
  for (const [key, f] of needed) {
    const content = blobs.get(f.blob) ?? Buffer.alloc(0);
    loaded.set(key, loadSla({ path: f.path, blob: f.blob, content }));
  }
  let loading = /* @__PURE__ */ new Map();
  const slaAt = (path, blob) => {
    const key = loadedKey(blob, path);
    const outcome = loaded.get(key);
    if (outcome) return outcome.sla;
    const file = read.get(key);
    if (file?.id === void 0) return void 0;
    if (!loading.has(key)) loading.set(key, loadValidSla(path, file.content));
    return loading.get(key);
  };
  const idAt = (path, blob) => {
    const key = loadedKey(blob, path);
    const outcome = loaded.get(key);
    return outcome ? outcome.sla?.sla.id : read.get(key)?.id;
  };
  const pathsOf = /* @__PURE__ */ new Map();
  const index = (path, blob, add) => {
    const id = idAt(path, blob);
    if (id === void 0) return;
    let paths = pathsOf.get(id);
    if (!paths) pathsOf.set(id, paths = /* @__PURE__ */ new Set());
    if (add) paths.add(path);
    else paths.delete(path);
  };
  for (const [path, blob] of files) index(path, blob, true);
  const firstOf = (id) => {
    let first;
    for (const path of pathsOf.get(id) ?? []) if (first === void 0 || path < first) first = path;
    return first === void 0 ? void 0 : slaAt(first, files.get(first));
  };
  const record = (commit, d, before, after) => {
    if (wanted && !wanted.has(d.id)) return;
    const entries = history.get(d.id) ?? [];
    if (d.status === "added") {
      entries.push({
        date: commit.date,
        commit: commit.sha,
        impact: "added",
        message: "First published.",
        ...after && d.changes[0] ? {
          kind: d.changes[0].kind,
          statement: changeStatement(d.changes[0], void 0, after, commit.date),
          effective: after.effective.from
        } : {}
      });
    } else if (d.status === "removed") {
      return;
    } else {
      for (const change of d.changes) {
        if (change.impact === "editorial") continue;
        entries.push({
          date: commit.date,
          commit: commit.sha,
          impact: change.impact,
          message: change.message,
          ...after ? {
            kind: change.kind,
            statement: changeStatement(change, before, after, commit.date),
            effective: after.effective.from
          } : {}
        });
      }
    }
    if (entries.length > 0) history.set(ownString(d.id), detached(entries));
  };
  const addedLater = (commit, id) => {
    const paths = pathsOf.get(id);
    if (paths?.size !== 1) return false;
    const [path] = paths;
    const key = loadedKey(files.get(path), path);
    if (loaded.has(key) || read.get(key)?.id !== id) return false;
    const entry = detached({
      date: commit.date,
      commit: commit.sha,
      impact: "added",
      message: "First published."
    });
    const entries = history.get(id) ?? [];
    entries.push(entry);
    if (!history.has(id)) history.set(ownString(id), entries);
    const diff = options.diff;
    toSettle.set(entry, (sla) => {
      const change = diff([], [sla])[0]?.changes[0];
      if (!change) return;
      Object.assign(
        entry,
        detached({
          kind: change.kind,
          statement: changeStatement(change, void 0, sla.sla, commit.date),
          effective: sla.sla.effective.from
        })
      );
    });
    return true;
  };
  for (const [i, commit] of commits.entries()) {
    loading = /* @__PURE__ */ new Map();
    if (i + 1 < chain.length) {
      const step = steps[i] ?? [];
      const ids = /* @__PURE__ */ new Set();
      for (const c of step) {
        if (!isSla(c.path)) continue;
        for (const side of [c.older, c.newer]) {
          const id = selected(side.mode) ? idAt(c.path, side.blob) : void 0;
          if (id !== void 0) ids.add(id);
        }
      }
      if (wanted) {
        for (const id of ids) if (!wanted.has(id)) ids.delete(id);
      }
      const newer = [...ids].flatMap((id) => firstOf(id) ?? []);
      for (const c of step) {
        if (!isSla(c.path)) continue;
        const blob = files.get(c.path);
        if (blob !== void 0) index(c.path, blob, false);
      }
      for (const c of stepBack(files, step)) {
        const blob = files.get(c.path);
        if (blob !== void 0) index(c.path, blob, true);
      }
      const older = [...ids].flatMap((id) => firstOf(id) ?? []);
      const diffs = options.diff(older, newer);
      const slasBefore = diffs.length > 0 ? byId(older) : void 0;
      const slasAfter = diffs.length > 0 ? byId(newer) : void 0;
      for (const d of diffs) record(commit, d, slasBefore?.get(d.id), slasAfter?.get(d.id));
    } else {
      for (const id of [...pathsOf.keys()].sort()) {
        if (wanted && !wanted.has(id)) continue;
        loading = /* @__PURE__ */ new Map();
        if (addedLater(commit, id)) continue;
        const first = firstOf(id);
        if (!first) continue;
        let last = first.file;
        for (const path of pathsOf.get(id) ?? []) if (path > last) last = path;
        const after = last === first.file ? first : slaAt(last, files.get(last));
        for (const d of options.diff([], [first])) record(commit, d, void 0, after?.sla);
      }
    }
  }
  loading = /* @__PURE__ */ new Map();
  const perSla = options.perSla ?? 20;
  return new Map(
    [...history.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([id, entries]) => [id, entries.slice(0, perSla)])
  );
}
var toSettle = /* @__PURE__ */ new WeakMap();
function settleHistory(entries, loaded) {
  for (const entry of entries) {
    const settle = toSettle.get(entry);
    if (settle) {
      toSettle.delete(entry);
      settle(loaded);
    }
  }
  return entries;
}
function byId(list) {
  return new Map(list.map((s) => [s.sla.id, s.sla]));
}

// src/render/index.ts
var import_handlebars2 = __toESM(require_lib(), 1);

// src/render/compile.ts
var import_handlebars = __toESM(require_lib(), 1);
var Unsupported = class extends Error {
  constructor(what) {
    super(`not supported by the compiled templates: ${what}`);
    this.name = "Unsupported";
  }
};
var BUILTIN_HELPERS = /* @__PURE__ */ new Set([
  "helperMissing",
  "blockHelperMissing",
  "each",
  "if",
  "unless",
  "with",
  "log",
  "lookup"
]);
var NULL_CONTEXT = Object.seal({});
function compileTemplates(templates, partials) {
  const compiled = /* @__PURE__ */ new Map();
  const compileText = (key, text, indent = "") => {
    let program = compiled.get(key);
    if (program === void 0) {
      try {
        program = compileProgram(
          import_handlebars.default.parse(text),
          partial,
          indent,
          indent !== ""
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
  const partial = (name, indent) => {
    const text = partials.get(name);
    if (text === void 0) return void 0;
    const key = `partial ${name}\0${indent}`;
    const run = (context, data) => compileText(key, text, indent)(context, top(context), data);
    run.trimmed = () => compileText(key, text, indent).trimmed === true;
    return run;
  };
  return {
    render(name, context) {
      const text = templates[name];
      if (text === void 0) throw new Unsupported(`no template ${name}`);
      return compileText(name, text)(context, top(context), { root: context });
    }
  };
}
function top(context) {
  return { value: context, up: void 0 };
}
function enter(context, depths) {
  return context != depths.value && !(context === NULL_CONTEXT && depths.value === null) ? { value: context, up: depths } : depths;
}
function compileProgram(node, partials, indent = "", standalone = false) {
  if (node.blockParams?.length) throw new Unsupported("block parameters");
  const parts = [];
  for (const statement of node.body) {
    const part = compileStatement(statement, partials, indent);
    if (part === "") continue;
    const last = parts[parts.length - 1];
    if (typeof part === "string" && typeof last === "string") parts[parts.length - 1] = last + part;
    else parts.push(part);
  }
  const tail = parts[parts.length - 1];
  const trimmed = standalone && typeof tail === "string" && tail.length > indent.length && tail.endsWith(`
${indent}`);
  if (trimmed) parts[parts.length - 1] = tail.slice(0, tail.length - indent.length);
  const program = programOf(parts);
  if (!trimmed) return program;
  const marked = (context, depths, data) => program(context, depths, data);
  marked.trimmed = true;
  return marked;
}
function programOf(parts) {
  if (parts.length === 0) return () => "";
  if (parts.length === 1) {
    const only = parts[0];
    return typeof only === "string" ? () => only : only;
  }
  return (context, depths, data) => {
    let out = "";
    for (const part of parts) out += typeof part === "string" ? part : part(context, depths, data);
    return out;
  };
}
function compileStatement(node, partials, indent) {
  switch (node.type) {
    case "ContentStatement":
      return indented(node.value, indent);
    case "CommentStatement":
      return "";
    case "MustacheStatement":
      return withIndent(compileMustache(node), indent);
    case "BlockStatement":
      return compileBlock(node, partials, indent);
    case "PartialStatement":
    case "PartialBlockStatement":
      return withIndent(compilePartial(node, partials), indent);
    default:
      throw new Unsupported(node.type);
  }
}
function compileMustache(node) {
  if (node.params.length > 0 || node.hash) throw new Unsupported("a helper call");
  const value = compileValue(node.path);
  if (node.escaped)
    return (context, depths, data) => escapeExpression(value(context, depths, data));
  return (context, depths, data) => {
    const v = value(context, depths, data);
    return v == null ? "" : "" + v;
  };
}
function compileValue(node) {
  if (node.type !== "PathExpression") throw new Unsupported(`a ${node.type} as a value`);
  const path = node;
  if (isSimpleId(path) && BUILTIN_HELPERS.has(path.parts[0]))
    throw new Unsupported(`the helper ${path.original}`);
  const get = compileExpression(path);
  return (context, depths, data) => {
    const v = get(context, depths, data);
    if (typeof v === "function") throw new Unsupported("a value that is a function");
    return v;
  };
}
function isSimpleId(path) {
  return path.parts.length === 1 && !/^\.|this\b/.test(path.original) && !path.depth;
}
function compileExpression(node) {
  switch (node.type) {
    case "PathExpression": {
      const { data, depth, parts } = node;
      if (data) {
        if (parts[0] === "partial-block") throw new Unsupported("@partial-block as a value");
        return (_context, _depths, frame) => {
          let v = frame;
          for (let n = depth; v && n > 0; n--) v = v._parent;
          for (const part of parts) v = v && lookupProperty(v, part);
          return v;
        };
      }
      return (context, depths, _data) => {
        let v = context;
        if (depth > 0) {
          let at = depths;
          for (let n = depth; at && n > 0; n--) at = at.up;
          v = at?.value;
        }
        for (const part of parts) v = v != null ? lookupProperty(v, part) : v;
        return v;
      };
    }
    case "StringLiteral":
    case "NumberLiteral":
    case "BooleanLiteral": {
      const value = node.value;
      return () => value;
    }
    case "UndefinedLiteral":
      return () => void 0;
    case "NullLiteral":
      return () => null;
    default:
      throw new Unsupported(node.type);
  }
}
function lookupProperty(parent, name) {
  const result = parent[name];
  if (result == null) return result;
  if (Object.prototype.hasOwnProperty.call(parent, name) && !(name === "constructor" && typeof result === "function" && parent === result.prototype))
    return result;
  throw new Unsupported(`the inherited property ${name}`);
}
function compileBlock(node, partials, indent) {
  if (node.path.type !== "PathExpression") throw new Unsupported(`a ${node.path.type} block`);
  const path = node.path;
  const fn = node.program ? compileProgram(node.program, partials, indent) : void 0;
  const inverse = node.inverse ? compileProgram(node.inverse, partials, indent) : void 0;
  const yes = (context, depths, data) => fn ? fn(context, enter(context, depths), data) : "";
  const no = (context, depths, data) => inverse ? inverse(context, enter(context, depths), data) : "";
  if (node.params.length > 0 || node.hash) {
    const name = isSimpleId(path) ? path.parts[0] : "";
    if (node.hash || node.params.length !== 1 || !["if", "unless", "each", "with"].includes(name))
      throw new Unsupported(`the block helper ${path.original}`);
    const param = compileExpression(node.params[0]);
    const value2 = (context, depths, data) => {
      const v = param(context, depths, data);
      if (typeof v === "function") throw new Unsupported("a value that is a function");
      return v;
    };
    const self = (context) => context != null ? context : NULL_CONTEXT;
    switch (name) {
      case "if":
        return (context, depths, data) => isFalsy(value2(context, depths, data)) ? no(self(context), depths, data) : yes(self(context), depths, data);
      case "unless":
        return (context, depths, data) => isFalsy(value2(context, depths, data)) ? yes(self(context), depths, data) : no(self(context), depths, data);
      case "with":
        return (context, depths, data) => {
          const v = value2(context, depths, data);
          return isEmpty(v) ? no(self(context), depths, data) : yes(v, depths, data);
        };
      default:
        return (context, depths, data) => each(value2(context, depths, data), self(context), depths, data, yes, no);
    }
  }
  const value = compileValue(path);
  return (context, depths, data) => {
    const v = value(context, depths, data);
    if (v === true) return yes(context, depths, data);
    if (v === false || v == null) return no(context, depths, data);
    if (Array.isArray(v))
      return v.length > 0 ? each(v, void 0, depths, data, yes, no) : no(context, depths, data);
    return yes(v, depths, data);
  };
}
function isFalsy(value) {
  return !value || Array.isArray(value) && value.length === 0;
}
function isEmpty(value) {
  return !value && value !== 0 || Array.isArray(value) && value.length === 0;
}
function each(list, self, depths, data, yes, no) {
  let out = "";
  let i = 0;
  const frame = createFrame(data);
  const step = (key, index, last, value) => {
    frame.key = key;
    frame.index = index;
    frame.first = index === 0;
    frame.last = last;
    out += yes(value, depths, frame);
  };
  if (list && typeof list === "object") {
    if (Array.isArray(list)) {
      for (const n = list.length; i < n; i++) if (i in list) step(i, i, i === n - 1, list[i]);
    } else if (Symbol.iterator in list) {
      throw new Unsupported("an iterable that is not a list");
    } else {
      const keys = Object.keys(list);
      for (const key of keys) {
        step(key, i, i === keys.length - 1, list[key]);
        i++;
      }
    }
  }
  return i === 0 ? no(self, depths, data) : out;
}
function createFrame(data) {
  const frame = {};
  for (const key in data)
    if (Object.prototype.hasOwnProperty.call(data, key)) frame[key] = data[key];
  frame._parent = data;
  return frame;
}
function ownProperty(data, name) {
  return data && Object.prototype.hasOwnProperty.call(data, name) ? data[name] : void 0;
}
function compilePartial(node, partials) {
  if (node.hash) throw new Unsupported("a partial with a hash");
  if (node.params.length > 1) throw new Unsupported("a partial with several arguments");
  if (node.name.type !== "PathExpression" && node.name.type !== "StringLiteral")
    throw new Unsupported("a dynamic partial");
  const name = String(node.name.original);
  const param = node.params[0] ? compileExpression(node.params[0]) : void 0;
  const block = node.program ? compileProgram(node.program, partials) : void 0;
  const indent = node.indent ?? "";
  const found = name === "@partial-block" ? void 0 : partials(name, indent);
  let trimmed;
  return (context, depths, data) => {
    const target = param ? param(context, depths, data) : context;
    let partial = name === "@partial-block" ? ownProperty(data, "partial-block") : found;
    let frame = data;
    if (block) {
      const outer = ownProperty(data, "partial-block");
      frame = createFrame(data);
      const partialBlock = (c, d) => {
        const inner = createFrame(d);
        inner["partial-block"] = outer;
        return block(c, enter(c, depths), inner);
      };
      frame["partial-block"] = partialBlock;
      partial ??= partialBlock;
    }
    if (typeof partial !== "function") throw new Unsupported(`the missing partial ${name}`);
    const result = partial(target, frame);
    if (!indent) return result;
    if (partial !== found) return indentLines(result, indent);
    if (result === "") return result;
    if (trimmed ??= found.trimmed?.() ?? false) return indent + result;
    return indent + (result.endsWith(`
${indent}`) ? result.slice(0, -indent.length) : result);
  };
}
function indented(text, indent) {
  return indent && text.includes("\n") ? text.replaceAll("\n", `
${indent}`) : text;
}
function withIndent(program, indent) {
  if (!indent) return program;
  return (context, depths, data) => indented(program(context, depths, data), indent);
}
function indentLines(text, indent) {
  if (text === "") return text;
  const out = indent + text.replaceAll("\n", "\n" + indent);
  return text.endsWith("\n") ? out.slice(0, out.length - indent.length) : out;
}
var ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
  "`": "&#x60;",
  "=": "&#x3D;"
};
var BAD_CHARS = /[&<>"'`=]/g;
var POSSIBLE = /[&<>"'`=]/;
function escapeExpression(value) {
  let text;
  if (typeof value === "string") text = value;
  else {
    if (value && typeof value.toHTML === "function")
      throw new Unsupported("a value with toHTML");
    if (value == null) return "";
    if (!value) return "" + value;
    text = "" + value;
  }
  return POSSIBLE.test(text) ? text.replace(BAD_CHARS, (c) => ESCAPES[c]) : text;
}

// src/render/performance.ts
var ORDINALS = ["first", "second", "third", "fourth"];
var KIND_PLURAL = {
  week: "weeks",
  month: "months",
  quarter: "quarters",
  year: "years"
};
function performanceOf(results, config, today) {
  const day = today ?? dayAfterLatest(results);
  if (day === void 0) return noResults;
  const reporter = createReporter({
    results,
    config,
    today: day,
    selection: { last: config.report.periods }
  });
  const named = /* @__PURE__ */ new Map();
  const namesOf = (period) => {
    let names = named.get(period.id);
    if (!names) {
      names = { label: periodLabel(period), words: periodWords(period), short: shortLabel(period) };
      named.set(period.id, names);
    }
    return names;
  };
  return (sla) => {
    const objectives = reporter.attained(sla).map(({ objective, rows }) => objectivePerformance(sla, objective, rows, namesOf));
    return {
      hasResults: objectives.some((o) => o.hasResults),
      objectives,
      ...glanceOf(objectives)
    };
  };
}
function performanceEntries(performance) {
  if (!performance) return [];
  return performance.objectives.flatMap(
    (o) => o.hasResults ? o.rows.map((r) => ({ objective: o.id, period: r.period, value: r.value, met: r.met })) : []
  );
}
function noResults(sla) {
  return {
    hasResults: false,
    objectives: sla.objectives.map((o) => ({
      id: o.id,
      title: o.title,
      target: formatMeasure(o.target),
      hasResults: false,
      span: "",
      latest: "No results have been published for this objective yet.",
      latestParts: [{ text: "No results have been published for this objective yet." }],
      latestOutcome: "no-data",
      latestNote: null,
      summary: "",
      missed: [],
      chartSvg: null,
      caption: "",
      showDowntime: false,
      showNotes: false,
      rows: []
    })),
    glance: "No results yet",
    glanceMissed: false
  };
}
function objectivePerformance(sla, o, attained, namesOf) {
  const kind = periodKindOf(o.window);
  const target = formatMeasure(o.target);
  const amounts = [];
  const shortLabels = [];
  const rows = attained.map(({ period, measured, met: met2, downtimeSeconds }) => {
    const value = measured?.value;
    const names = namesOf(period);
    amounts.push(value && met2 !== null ? amount(value) : null);
    shortLabels.push(names.short);
    const seconds = downtimeSeconds;
    const downtime = seconds !== void 0 ? approxDuration(seconds) : void 0;
    const outcome = met2 === null ? "no-data" : met2 ? "met" : "missed";
    const sentence = sentenceOf(sla, o, names.words, value, downtime?.exact ?? null, outcome);
    const sentenceParts = downtime && downtime.text !== downtime.exact ? roundedIn(sentence, downtime) : [{ text: sentence }];
    return {
      period: period.id,
      label: names.label,
      value: value ? measureFigure(value) : null,
      met: met2,
      outcome,
      outcomeText: outcome === "met" ? "Met" : outcome === "missed" ? "Missed" : "No data",
      downtime: downtime?.text ?? null,
      downtimeExact: downtime && downtime.text !== downtime.exact ? downtime.exact : null,
      note: measured?.note ?? null,
      sentence: phraseText(sentenceParts),
      sentenceParts
    };
  });
  const hasResults = rows.some((r) => r.met !== null);
  const span = rows.length === 1 ? `the last ${kind}` : `the last ${rows.length} ${KIND_PLURAL[kind]}`;
  const none = rows.length === 0 ? "No results have been published for this objective yet." : `No results have been published for ${span} yet.`;
  if (!hasResults)
    return {
      id: o.id,
      title: o.title,
      target,
      hasResults,
      span,
      latest: none,
      latestParts: [{ text: none }],
      latestOutcome: "no-data",
      latestNote: null,
      summary: "",
      missed: [],
      chartSvg: null,
      caption: "",
      showDowntime: false,
      showNotes: false,
      rows
    };
  const latest = rows[rows.length - 1];
  const missedRows = rows.filter((r) => r.outcome === "missed");
  const noData = rows.filter((r) => r.outcome === "no-data");
  const met = rows.length - missedRows.length - noData.length;
  const parts = [`Met in ${met} of ${span}`];
  if (missedRows.length > 0)
    parts.push(`missed in ${missedRows.length} (${missedRows.map((r) => r.label).join(", ")})`);
  if (noData.length > 0)
    parts.push(`no data for ${noData.length} (${noData.map((r) => r.label).join(", ")})`);
  const caption = `${o.title}: results of ${span}`;
  return {
    id: o.id,
    title: o.title,
    target,
    hasResults,
    span,
    latest: latest.sentence,
    latestParts: latest.sentenceParts,
    latestOutcome: latest.outcome,
    latestNote: latest.note,
    summary: `${parts.join("; ")}.`,
    missed: missedRows.filter((r) => r !== latest).reverse().map((r) => ({ sentence: r.sentence, sentenceParts: r.sentenceParts, note: r.note })),
    chartSvg: chartOf(sla, o, rows, amounts, shortLabels, caption, [
      met,
      missedRows.length,
      noData.length
    ]),
    caption,
    showDowntime: rows.some((r) => r.downtime !== null),
    showNotes: rows.some((r) => r.note !== null),
    rows
  };
}
function roundedIn(sentence, figure) {
  if (!sentence.includes(figure.exact)) return [{ text: sentence }];
  return sentence.split(figure.exact).flatMap((piece, i) => [
    ...i > 0 ? [{ text: figure.text, exact: figure.exact }] : [],
    ...piece ? [{ text: piece }] : []
  ]);
}
function chartOf(sla, o, rows, amounts, shortLabels, title, [met, missed, noData]) {
  return chartSvg({
    id: `${sla.id}-${o.id}`,
    title,
    description: `The dashed line is the commitment, ${measureFigure(o.target)}${o.tolerance ? "; the shaded band is the zone of tolerance" : ""}. ${met} met, ${missed} missed (marked with a cross), ${noData} without data. The table below gives every figure.`,
    points: rows.map((r, i) => ({
      label: shortLabels[i],
      value: amounts[i] ?? null,
      met: r.met
    })),
    target: amount(o.target),
    ...o.tolerance ? { band: { desired: amount(o.tolerance.desired), adequate: amount(o.tolerance.adequate) } } : {},
    format: () => measureFigure(o.target)
  });
}
function amount(m) {
  return m.kind === "duration" ? m.seconds : m.value;
}
function sentenceOf(sla, o, when, value, downtime, outcome) {
  if (!value || outcome === "no-data") return `${when} we have no data.`;
  const hours = sla.serviceHours.schedule.minutesPerWeek < MINUTES_PER_WEEK;
  const { measured, commit } = performanceWords(o, value, { limitedHours: hours, downtime });
  return `${when} ${measured}; we commit to ${commit}: ${outcome === "met" ? "met" : "missed"}.`;
}
function periodWords(p) {
  const [year, n] = p.id.split(/-Q?W?/).map(Number);
  switch (p.kind) {
    case "month":
      return `In ${MONTH_NAMES[n - 1]} ${year}`;
    case "quarter":
      return `In the ${ORDINALS[n - 1]} quarter of ${year}`;
    case "week":
      return `In the week of ${dayWords(p.start)}`;
    case "year":
      return `In ${year}`;
  }
}
function periodLabel(p) {
  const [year, n] = p.id.split(/-Q?W?/).map(Number);
  switch (p.kind) {
    case "month":
      return `${MONTH_NAMES[n - 1]} ${year}`;
    case "quarter":
      return `Q${n} ${year}`;
    case "week":
      return `Week of ${dayWords(p.start, true)}`;
    case "year":
      return String(year);
  }
}
function shortLabel(p) {
  const [, n] = p.id.split(/-Q?W?/).map(Number);
  switch (p.kind) {
    case "month":
      return MONTH_NAMES[n - 1].slice(0, 3);
    case "quarter":
      return p.id.slice(5);
    case "week":
      return p.id.slice(5);
    case "year":
      return p.id;
  }
}
function dayWords(iso, short = false) {
  const [y, m, d] = iso.split("-").map(Number);
  const month = MONTH_NAMES[m - 1];
  return `${d} ${short ? month.slice(0, 3) : month} ${y}`;
}
function dayAfterLatest(results) {
  let end;
  for (const r of results) if (end === void 0 || r.period.end > end) end = r.period.end;
  if (end === void 0) return void 0;
  return new Date(Date.parse(`${end}T00:00:00Z`) + 864e5).toISOString().slice(0, 10);
}
function glanceOf(objectives) {
  const measured = objectives.filter((o) => o.hasResults);
  if (measured.length === 0) return { glance: "No results yet", glanceMissed: false };
  const latest = measured.map((o) => o.rows[o.rows.length - 1]);
  const labels = [...new Set(latest.map((r) => r.label))];
  const n = latest.length;
  const missed = latest.filter((r) => r.outcome === "missed").length;
  const noData = latest.filter((r) => r.outcome === "no-data").length;
  const met = n - missed - noData;
  const objectivesWord = n === 1 ? "objective" : "objectives";
  const parts = [];
  if (missed > 0) parts.push(`${missed} of ${n} ${objectivesWord} missed`);
  else if (noData === 0) parts.push(n === 1 ? "objective met" : `all ${n} objectives met`);
  else parts.push(`${met} of ${n} ${objectivesWord} met`);
  if (noData > 0) parts.push(`${noData} without data`);
  const when = labels.length === 1 ? labels[0] : `Latest results (${labels.join(", ")})`;
  return { glance: `${when}: ${parts.join(", ")}`, glanceMissed: missed > 0 };
}

// src/render/templates.generated.ts
var builtinTemplates = {
  "assets/search.js": "// Narrows the list of services as the reader types or picks a tier, owner or tag.\n// Without JavaScript the form stays hidden and the full list is shown.\n(function () {\n  'use strict';\n  var form = document.getElementById('filters');\n  var list = document.getElementById('services');\n  var count = document.getElementById('count');\n  var none = document.getElementById('no-match');\n  if (!form || !list || !count || !none) return;\n  var items = Array.prototype.slice.call(list.querySelectorAll('[data-service]'));\n  var names = ['q', 'tier', 'owner', 'tag'];\n\n  function field(name) {\n    return form.elements.namedItem(name);\n  }\n  function value(name) {\n    var el = field(name);\n    return el ? el.value : '';\n  }\n  function services(n) {\n    return n === 1 ? '1 service' : n + ' services';\n  }\n\n  function apply() {\n    var terms = value('q').toLowerCase().split(/\\s+/).filter(Boolean);\n    var tier = value('tier');\n    var owner = value('owner');\n    var tag = value('tag');\n    var shown = 0;\n    items.forEach(function (item) {\n      var text = item.getAttribute('data-search') || '';\n      var match =\n        terms.every(function (t) {\n          return text.indexOf(t) !== -1;\n        }) &&\n        (!tier || item.getAttribute('data-tier') === tier) &&\n        (!owner || item.getAttribute('data-owner') === owner) &&\n        (!tag || (item.getAttribute('data-tags') || '').indexOf('|' + tag + '|') !== -1);\n      item.hidden = !match;\n      if (match) shown++;\n    });\n    count.textContent =\n      shown === items.length ? services(items.length) : shown + ' of ' + services(items.length);\n    none.hidden = shown !== 0;\n  }\n\n  // A link such as index.html?tag=api opens the list already filtered.\n  var params = new URLSearchParams(window.location.search);\n  names.forEach(function (name) {\n    var el = field(name);\n    var given = params.get(name);\n    if (el && given) el.value = given;\n  });\n  form.hidden = false;\n  form.addEventListener('input', apply);\n  form.addEventListener('change', apply);\n  form.addEventListener('submit', function (event) {\n    event.preventDefault();\n    apply();\n  });\n  apply();\n})();\n",
  "assets/site.css": `/* The catalog's only stylesheet: system fonts, no requests to other hosts,
   light and dark color schemes, one column on a phone. */
:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1a1a1a;
  --muted: #4d4d4d;
  --card: #f6f7f9;
  --line: #d5d9e0;
  --link: #0b57d0;
  --badge-bg: #e4ebfa;
  --badge-fg: #1a3d8f;
  --flag-bg: #fbe3e3;
  --flag-fg: #8a1c1c;
  --good: #1e6b34;
  --bad: #a11d1d;
  --mid: #6b4e00;
  --band: linear-gradient(90deg, #f3c9c9, #f5e7b8 50%, #c6ebd1);
  --focus: #0b57d0;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121417;
    --fg: #e8e8e8;
    --muted: #b8bcc4;
    --card: #1b1f24;
    --line: #39404a;
    --link: #8ab4f8;
    --badge-bg: #22324f;
    --badge-fg: #d3e2ff;
    --flag-bg: #4a1d1d;
    --flag-fg: #ffd6d6;
    --good: #8fd9a4;
    --bad: #ff9e9e;
    --mid: #f0cf7a;
    --band: linear-gradient(90deg, #5a2a2a, #56491f 50%, #21492e);
    --focus: #8ab4f8;
  }
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  overflow-wrap: break-word;
}
a { color: var(--link); }
a:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.wrap { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 1; }
.site-header { border-bottom: 1px solid var(--line); padding: .75rem 0; }
.brand { font-weight: 700; font-size: 1.1rem; text-decoration: none; color: var(--fg); }
.site-footer { border-top: 1px solid var(--line); margin-top: 3rem; padding: 1rem 0; color: var(--muted); font-size: .9rem; }
main { padding-top: 1rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: .5rem 0; }
h2 { font-size: 1.35rem; line-height: 1.25; margin: 2rem 0 .75rem; }
h3 { font-size: 1.1rem; margin: 0 0 .35rem; }
.lead { font-size: 1.1rem; color: var(--muted); margin-top: 0; }
.meta { color: var(--muted); margin: .25rem 0; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.badge { background: var(--badge-bg); color: var(--badge-fg); border-radius: 999px; padding: 0 .6rem; font-size: .85rem; font-weight: 600; }
.flag { background: var(--flag-bg); color: var(--flag-fg); border-radius: .3rem; padding: 0 .4rem; font-size: .9rem; }

.filters { display: grid; grid-template-columns: 2fr repeat(3, 1fr); gap: .75rem; margin: 1.5rem 0 .5rem; }
.field { display: flex; flex-direction: column; gap: .2rem; }
.field label { font-weight: 600; font-size: .9rem; }
.field input, .field select {
  font: inherit; color: var(--fg); background: var(--bg);
  border: 1px solid var(--muted); border-radius: .35rem; padding: .45rem .5rem; min-height: 2.5rem; width: 100%;
}
.count { color: var(--muted); margin: .5rem 0; }
.no-match { font-weight: 600; }
.services { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(2, 1fr); gap: 1rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: 1rem 1.1rem; }
.card h2 { margin: 0 0 .25rem; font-size: 1.2rem; }
.card p { margin: .4rem 0; }
.headline { font-weight: 600; }
.tags { list-style: none; padding: 0; margin: .5rem 0 0; display: flex; flex-wrap: wrap; gap: .35rem; }
.tags li { border: 1px solid var(--line); border-radius: 999px; padding: 0 .55rem; font-size: .85rem; color: var(--muted); }

.crumbs { margin: .25rem 0 1rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: 1rem 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.section { margin-top: 1rem; }
.objective { background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: 1rem 1.1rem; margin: 0 0 1rem; }
.objective p { margin: .4rem 0; }
.words { font-size: 1.1rem; }
.figures { color: var(--muted); }
.figure { font-weight: 700; color: var(--fg); font-variant-numeric: tabular-nums; }
.measurement { font-size: .95rem; color: var(--muted); }
.tolerance { margin-top: .75rem; }
.tolerance p { margin: .3rem 0; }
.band { position: relative; height: .8rem; border-radius: 999px; background: var(--band); border: 1px solid var(--line); margin: 1.9rem .5rem .3rem; }
.band-marker { position: absolute; top: -.45rem; width: 3px; height: 1.6rem; margin-left: -1px; background: var(--fg); }
.band-label { position: absolute; bottom: 1.7rem; left: 50%; transform: translateX(-50%); font-weight: 700; font-size: .9rem; white-space: nowrap; }
.band-ends { display: flex; justify-content: space-between; gap: 1rem; font-size: .85rem; color: var(--muted); }

table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .4rem; }
th, td { text-align: left; vertical-align: top; padding: .5rem .6rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--muted); font-size: .9rem; }
th .meaning { display: block; font-weight: 400; color: var(--muted); }
.history { padding-left: 1.2rem; }
.history li { margin: .4rem 0; }
.history time { font-weight: 600; font-variant-numeric: tabular-nums; }

/* How we performed: the outcome is always in words; colour and the chart's crosses only repeat it. */
.glance { margin: .4rem 0; }
.glance-label { color: var(--muted); }
.glance-missed { color: var(--bad); font-weight: 600; }
.perf-latest { font-size: 1.05rem; }
.perf-latest.outcome-missed, .perf-missed li { color: var(--bad); }
.perf-missed { padding-left: 1.2rem; margin: .4rem 0; }
.perf-missed li { margin: .25rem 0; }
.perf-note { color: var(--muted); }
.chart-figure { margin: .75rem 0; }
.chart-figure figcaption { font-size: .85rem; color: var(--muted); }
.chart { display: block; width: 100%; height: auto; max-width: 40rem; color: var(--fg); overflow: visible; }
.chart .chart-missed { color: var(--bad); }
.chart .chart-met { color: var(--good); }
.chart .chart-band { color: var(--good); }
.table-scroll { overflow-x: auto; }
.perf-table { font-variant-numeric: tabular-nums; }
.perf-table th[scope="row"], .perf-table td { white-space: nowrap; }
.perf-table td.note { white-space: normal; min-width: 10rem; }
.perf-table .outcome-missed .outcome { color: var(--bad); font-weight: 700; }

@media (max-width: 40rem) {
  h1 { font-size: 1.6rem; }
  .filters { grid-template-columns: 1fr 1fr; }
  .field-search { grid-column: 1 / -1; }
  .services { grid-template-columns: 1fr; }
  .facts { grid-template-columns: 1fr; }
  .facts dd { margin-bottom: .5rem; }
  th, td { padding: .45rem .35rem; }
  /* The results table as one block per period: period, then figure, outcome and downtime on a
     line, then the note. The roles in the template keep it a table for screen readers. */
  .perf-table thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .perf-table, .perf-table tbody { display: block; }
  .perf-table caption { display: block; }
  .perf-table tr { display: flex; flex-wrap: wrap; gap: 0 .9rem; padding: .45rem 0; border-bottom: 1px solid var(--line); }
  .perf-table th[scope="row"] { flex-basis: 100%; }
  .perf-table th[scope="row"], .perf-table td { border: 0; padding: 0; white-space: normal; }
  .perf-table td.downtime::after { content: " of downtime"; color: var(--muted); }
  .perf-table td.note { flex-basis: 100%; min-width: 0; color: var(--muted); }
  .perf-table td.note:empty { display: none; }
  /* The chart's text at a size a phone can read (the drawing scales down to the screen). */
  .chart text { font-size: 16px; }
}
@media print {
  .filters, .skip { display: none; }
  .card, .objective { break-inside: avoid; }
  .chart, .chart .chart-missed, .chart .chart-met { color: #000; }
  .table-scroll { overflow: visible; }
}
.approx { text-decoration: underline dotted; text-underline-offset: .2em; }
`,
  "index.hbs": '{{#> layout}}\n<div class="wrap">\n  <h1>{{site.title}}</h1>\n  {{#if site.description}}<p class="lead">{{site.description}}</p>{{/if}}\n  {{> filters}}\n  <p id="count" class="count" aria-live="polite">{{countText}}</p>\n  <ul class="services" id="services">\n    {{#each services}}\n    {{> service-card}}\n    {{/each}}\n  </ul>\n  <p id="no-match" class="no-match" hidden>No service matches your search. Clear the search or choose another filter.</p>\n</div>\n{{/layout}}\n',
  "layout.hbs": '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n<title>{{pageTitle}}</title>\n{{#if site.description}}<meta name="description" content="{{site.description}}">\n{{/if}}\n<link rel="icon" href="data:,">\n<link rel="stylesheet" href="{{root}}assets/site.css">\n{{#if isIndex}}<script src="{{root}}assets/search.js" defer></script>\n{{/if}}\n</head>\n<body>\n<a class="skip" href="#main">Skip to content</a>\n{{> header}}\n<main id="main">\n{{> @partial-block}}\n</main>\n{{> footer}}\n</body>\n</html>\n',
  "partials/contacts.hbs": '{{#if contacts}}\n<section class="section" aria-labelledby="contacts-title">\n  <h2 id="contacts-title">Contacts</h2>\n  <ul class="contacts">\n    {{#each contacts}}\n    <li><strong>{{name}}</strong>{{#if email}}: <a href="{{email.href}}">{{email.text}}</a>{{/if}}{{#if url}}{{#if email}},{{else}}:{{/if}} <a href="{{url.href}}">{{url.text}}</a>{{/if}}{{#if plainUrl}} {{plainUrl}}{{/if}}{{#if phone}}, phone {{phone}}{{/if}}</li>\n    {{/each}}\n  </ul>\n</section>\n{{/if}}\n',
  "partials/credits.hbs": '{{#if credits}}\n<section class="section" aria-labelledby="credits-title">\n  <h2 id="credits-title">Service credits</h2>\n  <p>If {{credits.objective}} falls short, you receive a credit:</p>\n  <table>\n    <caption>Credits for {{credits.objective}}</caption>\n    <thead><tr><th scope="col">When it is</th><th scope="col">In downtime</th><th scope="col">You receive</th></tr></thead>\n    <tbody>\n      {{#each credits.rows}}\n      <tr><th scope="row">below {{below}}</th><td>{{#if downtime}}{{> phrase downtimeParts}}{{else}}\u2014{{/if}}</td><td>{{amount}}</td></tr>\n      {{/each}}\n    </tbody>\n  </table>\n</section>\n{{/if}}\n',
  "partials/dates.hbs": '<section class="section" aria-labelledby="dates-title">\n  <h2 id="dates-title">Dates</h2>\n  <dl class="facts">\n    <dt>In effect</dt>\n    <dd>from {{dates.from}}{{#if dates.until}} until {{dates.until}}{{/if}}{{#if dates.expired}} <strong class="flag">No longer in effect</strong>{{/if}}{{#if dates.upcoming}} <strong class="flag">Not yet in effect: these commitments apply from {{dates.from}}</strong>{{/if}}</dd>\n    {{#with dates.review}}\n    <dt>Reviewed</dt>\n    <dd>every {{every}}, last on {{last}}</dd>\n    <dt>Next review</dt>\n    <dd>{{next}}{{#if overdue}} <strong class="flag">Review overdue</strong>{{/if}}</dd>\n    {{/with}}\n  </dl>\n</section>\n',
  "partials/exclusions.hbs": '{{#if exclusions}}\n<section class="section" aria-labelledby="exclusions-title">\n  <h2 id="exclusions-title">What is not covered</h2>\n  <ul>{{#each exclusions}}<li>{{this}}</li>{{/each}}</ul>\n</section>\n{{/if}}\n',
  "partials/filters.hbs": '<form id="filters" class="filters" role="search" aria-label="Find a service" hidden>\n  <div class="field field-search">\n    <label for="filter-q">Search</label>\n    <input id="filter-q" name="q" type="search" autocomplete="off" placeholder="Name, owner, tag\u2026">\n  </div>\n  <div class="field">\n    <label for="filter-tier">Tier</label>\n    <select id="filter-tier" name="tier">\n      <option value="">All tiers</option>\n      {{#each filters.tiers}}<option value="{{this}}">{{this}}</option>{{/each}}\n    </select>\n  </div>\n  <div class="field">\n    <label for="filter-owner">Owner</label>\n    <select id="filter-owner" name="owner">\n      <option value="">All owners</option>\n      {{#each filters.owners}}<option value="{{this}}">{{this}}</option>{{/each}}\n    </select>\n  </div>\n  <div class="field">\n    <label for="filter-tag">Tag</label>\n    <select id="filter-tag" name="tag">\n      <option value="">All tags</option>\n      {{#each filters.tags}}<option value="{{this}}">{{this}}</option>{{/each}}\n    </select>\n  </div>\n</form>\n',
  "partials/footer.hbs": `<footer class="site-footer">
  <div class="wrap">
    <p>Every commitment on these pages comes from the service's SLA file. <a href="{{root}}catalog.json">The catalog as JSON</a>.</p>
  </div>
</footer>
`,
  "partials/header.hbs": '<header class="site-header">\n  <div class="wrap">\n    <a class="brand" href="{{root}}index.html">{{site.title}}</a>\n  </div>\n</header>\n',
  "partials/history.hbs": '<section class="section" aria-labelledby="history-title">\n  <h2 id="history-title">History of commitment changes</h2>\n  {{#if history}}\n  <ol class="history">\n    {{#each history}}\n    <li>{{when}} <time datetime="{{date}}">{{dateText}}</time>: {{message}}</li>\n    {{/each}}\n  </ol>\n  {{else}}\n  <p>No changes recorded.</p>\n  {{/if}}\n</section>\n',
  "partials/maintenance.hbs": '{{#if maintenance}}\n<section class="section" aria-labelledby="maintenance-title">\n  <h2 id="maintenance-title">Planned maintenance</h2>\n  {{#if maintenance.windows}}\n  <p>Maintenance may take place:</p>\n  <ul>{{#each maintenance.windows}}<li>{{this}}</li>{{/each}}</ul>\n  {{/if}}\n  {{#if maintenance.notice}}<p>{{maintenance.notice}}</p>{{/if}}\n</section>\n{{/if}}\n',
  "partials/objectives.hbs": '<section class="section" aria-labelledby="objectives-title">\n  <h2 id="objectives-title">What we commit to</h2>\n  {{#each objectives}}\n  <article class="objective" id="objective-{{id}}">\n    <h3>{{title}}</h3>\n    <p class="words">{{> phrase wordsParts}}</p>\n    <p class="figures"><span class="figure">{{figure}}</span> <span class="window">measured {{windowWords}}</span></p>\n    {{#if description}}<p>{{description}}</p>{{/if}}\n    {{#if tolerance}}{{> tolerance tolerance}}{{/if}}\n    {{#if measurement}}<p class="measurement"><strong>How it is measured:</strong> {{measurement}}</p>{{/if}}\n  </article>\n  {{else}}\n  <p>This service has no measurable objectives yet.</p>\n  {{/each}}\n</section>\n',
  "partials/performance.hbs": '<section class="section performance" aria-labelledby="performance-title">\n  <h2 id="performance-title">How we performed</h2>\n  {{#if performance.hasResults}}\n  <p>What we measured, period by period, against what we commit to. A period without a published result is shown as \u201Cno data\u201D, never as met.</p>\n  {{#each performance.objectives}}\n  <article class="objective perf" id="performance-{{id}}">\n    <h3>{{title}}</h3>\n    <p class="perf-latest outcome-{{latestOutcome}}">{{> phrase latestParts}}{{#if latestNote}} <span class="perf-note">{{latestNote}}</span>{{/if}}</p>\n    {{#if hasResults}}\n    <p class="perf-summary">{{summary}}</p>\n    {{#if missed}}\n    <ul class="perf-missed" aria-label="Periods missed before the latest">\n      {{#each missed}}<li>{{> phrase sentenceParts}}{{#if note}} <span class="perf-note">{{note}}</span>{{/if}}</li>{{/each}}\n    </ul>\n    {{/if}}\n    <figure class="chart-figure">\n      {{{chartSvg}}}\n      <figcaption>Dashed line: our commitment ({{target}}). Dots: met. Crosses: missed. A dash: no data.</figcaption>\n    </figure>\n    <div class="table-scroll">\n    <table class="perf-table" role="table">\n      <caption>{{caption}}</caption>\n      <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Period</th><th scope="col" role="columnheader">Measured</th><th scope="col" role="columnheader">Outcome</th>{{#if showDowntime}}<th scope="col" role="columnheader">Downtime</th>{{/if}}{{#if showNotes}}<th scope="col" role="columnheader">Note</th>{{/if}}</tr></thead>\n      <tbody role="rowgroup">\n        {{#each rows}}\n        <tr role="row" class="outcome-{{outcome}}"><th scope="row" role="rowheader">{{label}}</th><td role="cell">{{#if value}}{{value}}{{else}}\u2014{{/if}}</td><td role="cell" class="outcome">{{outcomeText}}</td>{{#if ../showDowntime}}<td role="cell"{{#if downtime}} class="downtime"{{/if}}{{#if downtimeExact}} title="{{downtimeExact}}"{{/if}}>{{#if downtime}}{{downtime}}{{else}}\u2014{{/if}}</td>{{/if}}{{#if ../showNotes}}<td role="cell" class="note">{{note}}</td>{{/if}}</tr>\n        {{/each}}\n      </tbody>\n    </table>\n    </div>\n    {{/if}}\n  </article>\n  {{/each}}\n  {{else}}\n  <p>No results have been published for this service yet.</p>\n  {{/if}}\n</section>\n',
  "partials/phrase.hbs": '{{#each this}}{{#if exact}}<span class="approx" title="{{exact}}">{{text}}</span>{{else}}{{text}}{{/if}}{{/each}}',
  "partials/service-card.hbs": '<li class="card" data-service="{{id}}" data-search="{{search}}" data-tier="{{tier}}" data-owner="{{owner}}" data-tags="|{{#each tags}}{{this}}|{{/each}}">\n  <h2><a href="{{page}}">{{title}}</a></h2>\n  <p class="meta">{{#if tier}}<span class="badge">{{tier}}</span> {{/if}}<span>Owner: {{owner}}</span>{{#if dates.review.overdue}} <strong class="flag">Review overdue</strong>{{/if}}</p>\n  <p>{{summary}}</p>\n  <p class="headline">{{> phrase headlineParts}}</p>\n  <p class="glance{{#if performance.glanceMissed}} glance-missed{{/if}}"><span class="glance-label">How we performed:</span> {{performance.glance}}</p>\n  {{#if tags}}<ul class="tags" aria-label="Tags of {{title}}">{{#each tags}}<li>{{this}}</li>{{/each}}</ul>{{/if}}\n</li>\n',
  "partials/summary.hbs": '<div class="service-head">\n  <h1>{{title}}</h1>\n  <p class="meta">{{#if tier}}<span class="badge">{{tier}}</span> {{/if}}<span>Owner: {{owner}}</span></p>\n  <p class="lead">{{summary}}</p>\n  <dl class="facts">\n    <dt>Service</dt>\n    <dd>{{#if url}}<a href="{{url.href}}">{{name}}</a>{{else}}{{name}}{{#if plainUrl}} ({{plainUrl}}){{/if}}{{/if}}</dd>\n    {{#if customers}}<dt>For</dt>\n    <dd>{{#each customers}}{{this}}{{#unless @last}}, {{/unless}}{{/each}}</dd>{{/if}}\n    <dt>Service hours</dt>\n    <dd>{{serviceHours}}</dd>\n    {{#if tags}}<dt>Tags</dt>\n    <dd>{{#each tags}}{{this}}{{#unless @last}}, {{/unless}}{{/each}}</dd>{{/if}}\n  </dl>\n</div>\n',
  "partials/support.hbs": '{{#if support}}\n<section class="section" aria-labelledby="support-title">\n  <h2 id="support-title">Support</h2>\n  {{#if support.hours}}<p>Support hours: {{support.hours}}.</p>{{/if}}\n  {{#if support.priorities}}\n  <table>\n    <caption>Response and resolution times by priority</caption>\n    <thead><tr><th scope="col">Priority</th><th scope="col">First response</th><th scope="col">Resolution</th></tr></thead>\n    <tbody>\n      {{#each support.priorities}}\n      <tr><th scope="row">{{level}} <span class="meaning">{{meaning}}</span></th><td>{{response}}</td><td>{{#if resolution}}{{resolution}}{{else}}no commitment{{/if}}</td></tr>\n      {{/each}}\n    </tbody>\n  </table>\n  {{/if}}\n</section>\n{{/if}}\n',
  "partials/tolerance.hbs": '<div class="tolerance">\n  <p class="tolerance-title"><strong>Zone of tolerance</strong></p>\n  <div class="band" aria-hidden="true">\n    <span class="band-marker" style="left: {{position}}%"><span class="band-label">{{target}}</span></span>\n  </div>\n  <p class="band-ends" aria-hidden="true"><span>{{adequate}} least acceptable</span><span>{{desired}} hoped for</span></p>\n  <p>{{> phrase sentenceParts}}</p>\n</div>\n',
  "service.hbs": '{{#> layout}}\n<div class="wrap">\n  <nav class="crumbs" aria-label="Breadcrumb"><a href="../index.html">All services</a></nav>\n  {{#with service}}\n  {{> summary}}\n  {{> objectives}}\n  {{> performance}}\n  {{> support}}\n  {{> maintenance}}\n  {{> exclusions}}\n  {{> credits}}\n  {{> contacts}}\n  {{> dates}}\n  {{> history}}\n  {{/with}}\n</div>\n{{/layout}}\n'
};

// src/render/view.ts
var SAFE_PROTOCOLS = /* @__PURE__ */ new Set(["https:", "http:", "mailto:"]);
function safeLink(href, text) {
  if (!href) return null;
  const trimmed = href.trim();
  if (/[\s\u0000-\u001f\u007f]/.test(trimmed)) return null;
  let url;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  return { href: trimmed, text: text ?? trimmed };
}
function historyView(history) {
  const shownInCommit = /* @__PURE__ */ new Map();
  for (const h of history) {
    if (h.statement !== null) shownInCommit.set(h.commit, (shownInCommit.get(h.commit) ?? 0) + 1);
  }
  const lines = [];
  for (const [order, h] of history.entries()) {
    if (h.statement === null) continue;
    const movedStart = h.kind === "effective-from-weakened" || h.kind === "effective-from-strengthened";
    if (movedStart && (shownInCommit.get(h.commit) ?? 0) > 1) continue;
    const committed = h.date.slice(0, 10);
    const effective = h.effective?.slice(0, 10);
    const date = effective && effective > committed ? effective : committed;
    lines.push({
      date,
      dateText: dateWords(date),
      when: date > committed ? "From" : "Since",
      message: h.statement ?? h.message,
      committed: h.date,
      order
    });
  }
  lines.sort(
    (a, b) => a.date !== b.date ? a.date < b.date ? 1 : -1 : a.committed !== b.committed ? a.committed < b.committed ? 1 : -1 : a.order - b.order
  );
  return lines.map(({ date, dateText, when, message }) => ({ date, dateText, when, message }));
}
function servicePage(id) {
  return `services/${id}.html`;
}
function serviceView(loaded, history, today, performance) {
  const sla = loaded.sla;
  const hours = sla.serviceHours;
  const objectives = sla.objectives.map((o, i) => {
    const raw = loaded.raw.spec.objectives[i];
    const downtime = hasDowntimeBudget(o) ? [allowedDowntimeSeconds(o.target.value, o.window, hours.schedule.minutesPerWeek)] : [];
    const wordsParts = approximate(objectiveWords(o, hours), downtime);
    return {
      id: o.id,
      title: o.title,
      description: o.description ?? null,
      indicator: o.indicator,
      figure: figureOf(o),
      window: raw ? String(raw.window) : formatWindow(o.window),
      windowWords: windowWords(o.window),
      words: phraseText(wordsParts),
      wordsParts,
      measurement: o.measurement ?? null,
      tolerance: toleranceBand(o, hours) ?? null
    };
  });
  const supportHours = sla.support?.hours ? hoursWords(alwaysOr(sla.support.hours)) : null;
  const url = safeLink(sla.service.url);
  const view = {
    id: sla.id,
    title: sla.title,
    owner: sla.owner,
    tier: sla.tier ?? null,
    tags: [...sla.tags],
    name: sla.service.name,
    summary: sla.service.summary,
    url,
    plainUrl: unsafeText(sla.service.url, url),
    customers: [...sla.customers],
    page: servicePage(sla.id),
    ...headlineOf(sla, objectives),
    search: [
      sla.title,
      sla.service.name,
      sla.service.summary,
      sla.owner,
      sla.tier ?? "",
      ...sla.tags
    ].join(" ").toLowerCase(),
    serviceHours: hoursWords(alwaysOr(hours)),
    objectives,
    support: sla.support ? {
      hours: supportHours,
      priorities: sla.support.priorities.map((p) => {
        const when = p.hours ? hoursWords({
          text: p.hours.text,
          timezone: sla.support?.hours?.timezone ?? "UTC",
          always: p.hours.schedule.always
        }) : supportHours;
        return {
          level: p.level,
          meaning: p.meaning,
          response: `within ${durationWords(p.response)}${when ? `, ${when}` : ""}`,
          resolution: p.resolution !== void 0 ? `within ${durationWords(p.resolution)}` : null
        };
      })
    } : null,
    maintenance: sla.maintenance ? {
      notice: sla.maintenance.notice !== void 0 ? `Announced at least ${durationWords(sla.maintenance.notice)} in advance.` : null,
      windows: sla.maintenance.windows.map((w) => hoursWords(alwaysOr(w)))
    } : null,
    exclusions: [...sla.exclusions],
    credits: creditsOf(sla),
    contacts: sla.contacts.map((c) => {
      const link = safeLink(c.url);
      return {
        name: c.name,
        email: c.email ? safeLink(`mailto:${c.email}`, c.email) : null,
        url: link,
        plainUrl: unsafeText(c.url, link),
        phone: c.phone ?? null
      };
    }),
    dates: datesOf(sla, today),
    history: historyView(history),
    performance
  };
  return view;
}
function unsafeText(href, link) {
  return href && !link ? href : null;
}
function alwaysOr(h) {
  return { text: h.text, timezone: h.timezone, always: h.schedule.always };
}
function figureOf(o) {
  const figure = measureFigure(o.target);
  return INDICATORS[o.indicator].figure?.(o, figure) ?? figure;
}
function headlineOf(sla, objectives) {
  const index = sla.objectives.findIndex((o) => INDICATORS[o.indicator].allowance === "downtime");
  const chosen = objectives[index === -1 ? 0 : index];
  const parts = chosen ? [{ text: `${chosen.title}: ` }, ...chosen.wordsParts] : [{ text: "No measurable objectives yet." }];
  return { headline: phraseText(parts), headlineParts: parts };
}
function creditsOf(sla) {
  if (!sla.credits) return null;
  const objective = sla.objectives.find((o) => o.id === sla.credits?.objective);
  return {
    objective: objective?.title ?? sla.credits.objective,
    rows: creditRows(sla.credits.tiers, objective, sla.serviceHours)
  };
}
function datesOf(sla, today) {
  const day = today?.slice(0, 10);
  const until = sla.effective.until;
  const dates = {
    from: dateWords(sla.effective.from),
    until: until ? dateWords(until) : null,
    expired: Boolean(until && day && until < day),
    upcoming: Boolean(day && sla.effective.from > day),
    review: null
  };
  if (sla.review) {
    const next = addCadence(sla.review.lastReviewed, sla.review.every);
    dates.review = {
      every: sla.review.everyText,
      last: dateWords(sla.review.lastReviewed),
      next: dateWords(next),
      overdue: Boolean(day && next < day)
    };
  }
  return dates;
}
function catalogEntry(loaded, baseUrl, performance) {
  const sla = loaded.sla;
  return {
    id: sla.id,
    title: sla.title,
    owner: sla.owner,
    tier: sla.tier ?? null,
    page: joinUrl(baseUrl, servicePage(sla.id)),
    objectives: sla.objectives.map((o, i) => {
      const raw = loaded.raw.spec.objectives[i];
      const window = raw ? String(raw.window) : formatWindow(o.window);
      const entry = {
        id: o.id,
        title: o.title,
        indicator: o.indicator,
        target: raw ? String(raw.target) : formatPercent(0),
        window
      };
      if (hasDowntimeBudget(o)) {
        entry.budget = {
          seconds: budgetSeconds(
            o.target.value,
            o.window,
            sla.serviceHours.schedule.minutesPerWeek
          ),
          window
        };
      }
      return entry;
    }),
    performance: performanceEntries(performance)
  };
}
function joinUrl(base, path) {
  if (base === "") return path;
  return base.endsWith("/") ? `${base}${path}` : `${base}/${path}`;
}

// src/render/index.ts
var TemplateError = class extends Error {
  constructor(template, message) {
    super(`template ${template}: ${message}`);
    this.template = template;
    this.name = "TemplateError";
  }
  template;
};
function partialUsers(templates, missing) {
  const name = missing.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const uses = new RegExp(`\\{\\{~?\\s*#?>\\s*${name}(?=[\\s}~])`);
  const users = Object.keys(templates).filter((path) => uses.test(templates[path])).sort();
  return users.length > 0 ? users.join(", ") : void 0;
}
function prepareCatalog(input) {
  const templates = { ...builtinTemplates, ...input.templates ?? {} };
  const hbs = import_handlebars2.default.create();
  const partials = /* @__PURE__ */ new Map();
  for (const [path, text] of Object.entries(templates)) {
    const partial = /^partials\/(.+)\.hbs$/.exec(path);
    if (!partial) continue;
    try {
      hbs.parse(text);
    } catch (err) {
      throw new TemplateError(path, err instanceof Error ? err.message : String(err));
    }
    hbs.registerPartial(partial[1], text);
    partials.set(partial[1], text);
  }
  hbs.registerPartial("layout", required(templates, "layout.hbs"));
  partials.set("layout", required(templates, "layout.hbs"));
  const compiled = compileTemplates(templates, partials);
  const compile = (name) => {
    const template = hbs.compile(required(templates, name), { noEscape: false });
    return (context) => {
      try {
        return compiled.render(name, context);
      } catch {
      }
      try {
        return template(context);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const missing = /^The partial (.+) could not be found$/.exec(message)?.[1];
        const users = missing === void 0 ? void 0 : partialUsers(templates, missing);
        if (users === void 0) throw new TemplateError(name, message);
        throw new TemplateError(
          users,
          `${message}: add partials/${missing}.hbs to the templates folder, or correct the name`
        );
      }
    };
  };
  const indexPage = compile("index.hbs");
  const servicePage2 = compile("service.hbs");
  const catalog = catalogOf(input, templates, { indexPage, servicePage: servicePage2 });
  return { warnings: unusedOverrides(input.templates ?? {}, templates), ...catalog };
}
function catalogOf(input, templates, pages) {
  const baseUrl = input.baseUrl ?? input.config.site.baseUrl;
  const history = new Map(input.history ?? []);
  const today = input.today ?? latestDate(history);
  const reload = input.reload;
  const given = /* @__PURE__ */ new Map();
  const slas = [
    ...input.slas.map((loaded) => ({
      file: loaded.file,
      id: loaded.sla.id,
      title: loaded.sla.title,
      loaded
    })),
    ...reload ? input.services ?? [] : []
  ].sort(byTitle);
  if (reload) input.slas.length = 0;
  else for (const loaded of input.slas) given.set(loaded.file, loaded);
  const performanceFor = performanceOf(input.results ?? [], input.config, today);
  const site = {
    title: input.config.site.title,
    description: input.config.site.description ?? null
  };
  const viewOf = (loaded, performance = performanceFor(loaded.sla)) => serviceView(
    loaded,
    settleHistory(history.get(loaded.sla.id) ?? [], loaded),
    today,
    performance
  );
  const load = (file) => given.get(file) ?? reload(file);
  let recent;
  const again = (file) => {
    if (recent?.file !== file) recent = { file, view: viewOf(load(file)) };
    return recent.view;
  };
  const indexOf = (services) => pages.indexPage({
    site,
    root: "",
    pageTitle: site.title,
    isIndex: true,
    services,
    filters: filtersOf(services),
    countText: services.length === 1 ? "1 service" : `${services.length} services`
  });
  const pageOf = (service) => pages.servicePage({
    site,
    root: "../",
    pageTitle: `${service.title} \u2014 ${site.title}`,
    isIndex: false,
    service
  });
  const renderPages = (from, to, write) => {
    const part = { cards: [], entries: [] };
    for (let i = from; i < to; i++) {
      const next = slas[i];
      if (reload) slas[i] = void 0;
      const loaded = next.loaded ?? reload(next.file);
      const performance = performanceFor(loaded.sla);
      const service = viewOf(loaded, performance);
      const page = pageOf(service);
      const card = input.handOver ? handedOver(loaded.file, service) : cardKept(ownString(loaded.file), service, again);
      write(service.page, page);
      const entry = catalogEntry(loaded, baseUrl, performance);
      write(`services/${service.id}.json`, json({ ...entry, details: serviceDetails(service) }));
      const indented2 = JSON.stringify(entry, null, 2).replace(/\n/g, "\n    ");
      part.entries.push(input.handOver ? indented2 : Buffer.from(indented2, "utf8"));
      part.cards.push(card);
    }
    return part;
  };
  const renderIndex = (parts, write) => {
    for (const part of parts)
      for (const [id, entries] of part.history ?? []) history.set(id, entries);
    const cards = parts.flatMap(
      (part) => part.cards.map((card) => card.card ?? cardOf(card, () => again(card.file)))
    );
    write("index.html", indexOf(cards));
    write("catalog.json", catalogJson(parts.flatMap((part) => part.entries)));
    for (const [path, text] of Object.entries(templates)) {
      if (path.startsWith("assets/")) write(path, text);
    }
  };
  const tryFirst = () => {
    const first = slas[0];
    if (!first) return;
    first.loaded ??= load(first.file);
    const service = viewOf(first.loaded);
    pageOf(service);
    indexOf([cardKept(first.file, service, () => service).card]);
  };
  return {
    count: slas.length,
    tryFirst,
    renderPages,
    renderIndex,
    render: (write) => {
      tryFirst();
      renderIndex([renderPages(0, slas.length, write)], write);
    }
  };
}
var LARGE = /* @__PURE__ */ new Set([
  "objectives",
  "support",
  "maintenance",
  "credits",
  "contacts",
  "history"
]);
function cardKept(file, view, again) {
  const data = { file, view };
  const card = cardOf(data, () => again(file), detached);
  return { file, view: card, card };
}
function handedOver(file, view) {
  const kept = {};
  for (const key in view) {
    const value = view[key];
    if (key === "performance") {
      const performance = {};
      for (const k in view.performance)
        performance[k] = k === "objectives" ? void 0 : view.performance[k];
      kept[key] = performance;
    } else kept[key] = LARGE.has(key) ? void 0 : value;
  }
  return { file, view: kept };
}
function cardOf(data, full, copy = (value) => value) {
  if (hasViewKeys(data.view)) return viewCard(data.view, full, copy);
  const card = {};
  for (const [key, value] of Object.entries(data.view)) {
    if (key === "performance") {
      const performance = {};
      for (const [k, v] of Object.entries(value)) {
        if (k === "objectives") later(performance, k, full, "performance");
        else keep(performance, k, copy(v));
      }
      keep(card, key, performance);
    } else if (LARGE.has(key)) {
      later(card, key, full, "card");
    } else keep(card, key, copy(value));
  }
  return card;
}
var VIEW_KEYS = [
  "id",
  "title",
  "owner",
  "tier",
  "tags",
  "name",
  "summary",
  "url",
  "plainUrl",
  "customers",
  "page",
  "headline",
  "headlineParts",
  "search",
  "serviceHours",
  "objectives",
  "support",
  "maintenance",
  "exclusions",
  "credits",
  "contacts",
  "dates",
  "history",
  "performance"
];
var PERFORMANCE_KEYS = ["hasResults", "objectives", "glance", "glanceMissed"];
function hasViewKeys(view) {
  let i = 0;
  for (const key in view) if (key !== VIEW_KEYS[i++]) return false;
  if (i !== VIEW_KEYS.length) return false;
  i = 0;
  for (const key in view.performance) if (key !== PERFORMANCE_KEYS[i++]) return false;
  return i === PERFORMANCE_KEYS.length;
}
function viewCard(view, full, copy) {
  const performance = {
    hasResults: copy(view.performance.hasResults),
    [FULL]: full
  };
  laterOne(performance, "objectives", "performance");
  performance.glance = copy(view.performance.glance);
  performance.glanceMissed = copy(view.performance.glanceMissed);
  const card = {
    id: copy(view.id),
    title: copy(view.title),
    owner: copy(view.owner),
    tier: copy(view.tier),
    tags: copy(view.tags),
    name: copy(view.name),
    summary: copy(view.summary),
    url: copy(view.url),
    plainUrl: copy(view.plainUrl),
    customers: copy(view.customers),
    page: copy(view.page),
    headline: copy(view.headline),
    headlineParts: copy(view.headlineParts),
    search: copy(view.search),
    serviceHours: copy(view.serviceHours),
    [FULL]: full
  };
  laterOne(card, "objectives", "card");
  laterOne(card, "support", "card");
  laterOne(card, "maintenance", "card");
  card.exclusions = copy(view.exclusions);
  laterOne(card, "credits", "card");
  laterOne(card, "contacts", "card");
  card.dates = copy(view.dates);
  laterOne(card, "history", "card");
  card.performance = performance;
  return card;
}
function keep(object, key, value) {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  });
}
var FULL = /* @__PURE__ */ Symbol("full");
var getters = /* @__PURE__ */ new Map();
function later(object, key, full, of) {
  if (!Object.prototype.hasOwnProperty.call(object, FULL))
    Object.defineProperty(object, FULL, { value: full });
  laterOne(object, key, of);
}
function laterOne(object, key, of) {
  const name = `${of} ${key}`;
  let getter = getters.get(name);
  if (!getter) {
    getter = of === "card" ? function() {
      return this[FULL]?.()?.[key];
    } : function() {
      return this[FULL]?.().performance?.[key];
    };
    getters.set(name, getter);
  }
  Object.defineProperty(object, key, { enumerable: true, get: getter });
}
function unusedOverrides(overrides, templates) {
  const texts = Object.values(templates).join("\n");
  const warnings = [];
  for (const path of Object.keys(overrides).sort(compareText)) {
    if (path in builtinTemplates || path.startsWith("assets/")) continue;
    const partial = /^partials\/(.+)\.hbs$/.exec(path);
    if (partial && new RegExp(`{{~?#?>\\s*${escapeRegExp(partial[1])}[\\s}~]`).test(texts))
      continue;
    const defaults = Object.keys(builtinTemplates).filter((p) => p.endsWith(".hbs"));
    warnings.push(
      `template ${path} replaces no default template and no template uses it; check its name (defaults: ${defaults.join(", ")})`
    );
  }
  return warnings;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function required(templates, name) {
  const text = templates[name];
  if (text === void 0) throw new TemplateError(name, "is missing; run `npm run gen`");
  return text;
}
function filtersOf(services) {
  const distinct = (values) => [...new Set(values.filter((v) => Boolean(v)))].sort(compareText);
  return {
    tiers: distinct(services.map((s) => s.tier)),
    owners: distinct(services.map((s) => s.owner)),
    tags: distinct(services.flatMap((s) => s.tags))
  };
}
function serviceDetails(service) {
  const { search: _search, performance, ...rest } = service;
  const objectives = performance.objectives.map(({ chartSvg: _chart, ...o }) => o);
  return { ...rest, performance: { ...performance, objectives } };
}
function latestDate(history) {
  let latest;
  for (const entries of history.values()) {
    for (const e of entries) if (latest === void 0 || e.date > latest) latest = e.date;
  }
  return latest?.slice(0, 10);
}
function catalogJson(entries) {
  if (entries.length === 0) return json({ services: [] });
  const bytes = [Buffer.from('{\n  "services": [\n    ')];
  const between = Buffer.from(",\n    ");
  entries.forEach((entry, i) => {
    if (i > 0) bytes.push(between);
    bytes.push(typeof entry === "string" ? Buffer.from(entry, "utf8") : entry);
  });
  bytes.push(Buffer.from("\n  ]\n}\n"));
  return bytes;
}
function json(value) {
  return JSON.stringify(value, null, 2) + "\n";
}
function byTitle(a, b) {
  return compareText(a.title, b.title) || compareText(a.id, b.id);
}
function compareText(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

// src/node/site-files.ts
import { closeSync, constants, ftruncateSync, openSync, writeSync } from "node:fs";
var PIECE = 1 << 16;
var scratch = Buffer.allocUnsafe(3 * PIECE);
function writeInPlace(path, content) {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT, 438);
  try {
    let length = 0;
    const put = (bytes, size) => {
      let done = 0;
      while (done < size) done += writeSync(fd, bytes, done, size - done);
      length += size;
    };
    if (Array.isArray(content)) {
      let held = 0;
      for (const piece of content) {
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
    else if (typeof content === "string")
      for (let at = 0; at < content.length; ) {
        let end = Math.min(content.length, at + PIECE);
        const last = content.charCodeAt(end - 1);
        if (end < content.length && last >= 55296 && last <= 56319) end--;
        put(scratch, scratch.write(content.slice(at, end), 0, "utf8"));
        at = end;
      }
    ftruncateSync(fd, length);
  } finally {
    closeSync(fd);
  }
}

// src/app/render-site.ts
import { existsSync, mkdirSync as mkdirSync2, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { readFile, readdir, stat } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";

// src/node/read-ahead.ts
import { closeSync as closeSync2, openSync as openSync2, readSync } from "node:fs";
import { Worker } from "node:worker_threads";
var PUBLISHED = 0;
var TAKEN = 1;
var RELEASED = 2;
var STOP = 3;
var WANTED = 4;
var HEADER = 5;
var SLOTS = 4;
var SLOT_BYTES = 1 << 20;
var MIN_ROOM = 64 * 1024;
function readerThread(load) {
  const { workerData } = load("node:worker_threads");
  const fs = load("node:fs");
  const d = workerData;
  const { PUBLISHED: PUBLISHED2, TAKEN: TAKEN2, RELEASED: RELEASED2, STOP: STOP2, WANTED: WANTED2, HEADER: HEADER3 } = d.layout;
  const ctl = new Int32Array(d.ctl);
  const data = new Uint8Array(d.data);
  const slotEnd = new Array(d.slots).fill(0);
  let slot = 0;
  let at = 0;
  for (let i = 0; i < d.paths.length; i++) {
    if (Atomics.load(ctl, STOP2) !== 0) return;
    let offset = -1;
    let length = -1;
    if (Atomics.load(ctl, TAKEN2) <= i) {
      if (d.slotBytes - at < d.minRoom) {
        if (d.keep) return;
        slotEnd[slot] = i;
        slot = (slot + 1) % d.slots;
        at = 0;
        const wanted = slotEnd[slot];
        Atomics.store(ctl, WANTED2, wanted);
        for (; ; ) {
          const released = Atomics.load(ctl, RELEASED2);
          if (released >= wanted) break;
          if (Atomics.load(ctl, STOP2) !== 0) return;
          Atomics.wait(ctl, RELEASED2, released, 1e3);
        }
        Atomics.store(ctl, WANTED2, 0);
      }
      const start = slot * d.slotBytes + at;
      const end = (slot + 1) * d.slotBytes;
      try {
        const fd = fs.openSync(d.paths[i], "r");
        try {
          let p = start;
          for (; ; ) {
            const n = fs.readSync(fd, data, p, end - p, null);
            if (n === 0) break;
            p += n;
            if (p === end) break;
          }
          if (p < end) {
            offset = start;
            length = p - start;
            at += length;
          }
        } finally {
          fs.closeSync(fd);
        }
      } catch {
      }
    }
    ctl[HEADER3 + 2 * i] = offset;
    ctl[HEADER3 + 2 * i + 1] = length;
    Atomics.store(ctl, PUBLISHED2, i + 1);
  }
}
var ReadAhead = class {
  ctl;
  data;
  worker;
  /**
   * `keep`: the files are read into that many bytes and stay there (content() stays valid,
   * nothing is released), and the reader stops once they are full. Memory is taken only as
   * files are read into it.
   */
  constructor(paths, keep2) {
    const ctl = new SharedArrayBuffer(4 * (HEADER + 2 * paths.length));
    this.ctl = new Int32Array(ctl);
    this.data = new SharedArrayBuffer(keep2 ?? SLOTS * SLOT_BYTES);
    const workerData = {
      paths: [...paths],
      ctl,
      data: this.data,
      layout: { PUBLISHED, TAKEN, RELEASED, STOP, WANTED, HEADER },
      slots: keep2 === void 0 ? SLOTS : 1,
      slotBytes: keep2 ?? SLOT_BYTES,
      minRoom: MIN_ROOM,
      keep: keep2 !== void 0
    };
    this.worker = new Worker(`(${readerThread.toString()})(require)`, { eval: true, workerData });
    this.worker.on("error", () => this.stop());
    this.worker.unref();
  }
  /**
   * The bytes of file i when the reader has them, valid until release(); undefined when
   * this thread must read the file itself (files are asked for in order).
   */
  content(i) {
    if (Atomics.load(this.ctl, PUBLISHED) > i) {
      const length = this.ctl[HEADER + 2 * i + 1];
      if (length < 0) return void 0;
      return Buffer.from(this.data, this.ctl[HEADER + 2 * i], length);
    }
    Atomics.store(this.ctl, TAKEN, i + 1);
    return void 0;
  }
  /** This thread is done with the files before `end`: the reader may reuse their room. */
  release(end) {
    Atomics.store(this.ctl, RELEASED, end);
    const wanted = Atomics.load(this.ctl, WANTED);
    if (wanted !== 0 && end >= wanted) Atomics.notify(this.ctl, RELEASED);
  }
  /** Ends the reader (it may be waiting for room). */
  stop() {
    Atomics.store(this.ctl, STOP, 1);
    Atomics.notify(this.ctl, RELEASED);
  }
};
var KEPT_BYTES = 4 << 20;
var KEPT_A_FILE = 6 << 10;
var KeptFiles = class {
  /** `ahead`: read on another thread (see ReadAhead); else every file is read here. */
  constructor(paths, ahead) {
    this.paths = paths;
    this.reader = ahead ? startReadAhead(paths, KEPT_A_FILE * paths.length) : void 0;
  }
  paths;
  arena;
  at = 0;
  reader;
  /**
   * File i's bytes, kept for good (files are asked for in order, each once); reading it
   * throws as readFileSync would.
   */
  content(i) {
    const read = this.reader?.content(i);
    if (read) return read;
    const fd = openSync2(this.paths[i], "r");
    try {
      let arena2 = this.arena ??= Buffer.allocUnsafeSlow(KEPT_BYTES);
      let start = this.at;
      for (; ; ) {
        if (this.at === arena2.length) {
          const bigger = Buffer.allocUnsafeSlow(Math.max(KEPT_BYTES, 2 * (this.at - start)));
          arena2.copy(bigger, 0, start, this.at);
          this.arena = arena2 = bigger;
          this.at -= start;
          start = 0;
        }
        const n = readSync(fd, arena2, this.at, arena2.length - this.at, null);
        if (n === 0) break;
        this.at += n;
      }
      return arena2.subarray(start, this.at);
    } finally {
      closeSync2(fd);
    }
  }
  /** Ends the reader thread, if any (the files it read stay). */
  stop() {
    this.reader?.stop();
  }
};
function startReadAhead(paths, keep2) {
  try {
    return new ReadAhead(paths, keep2);
  } catch {
    return void 0;
  }
}

// src/node/parallel.ts
import { fileURLToPath } from "node:url";
var READ_AHEAD_FROM = 1e3;
var WORKER = fileURLToPath(new URL("./worker.js", import.meta.url));
var ARENA_BYTES = 1 << 20;
var arena = Buffer.allocUnsafe(ARENA_BYTES);

// src/node/site-writer.ts
import { mkdirSync } from "node:fs";
import { dirname as dirname2 } from "node:path";
import { Worker as Worker2 } from "node:worker_threads";
function inThreadWriter() {
  const made = /* @__PURE__ */ new Set();
  return {
    write(path, content) {
      const dir = dirname2(path);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeInPlace(path, content);
    },
    done: () => Promise.resolve()
  };
}
var RING_BYTES = 8 * 1024 * 1024;
var LARGE_FILE = 1 << 20;
var WAIT_AT_MOST_MS = 6e4;
var TEXT = 0;
var BYTES = 1;
var SKIP = 2;
var END = 3;
var HEADER2 = 16;
var USED = 0;
var WAITS = 1;
var SLEEP_MS = 3;
var WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const { ring: shared, control } = workerData;
const ring = Buffer.from(shared);
const words = new Int32Array(shared);
const size = shared.byteLength;
const made = new Set();
let failure = null;
let scratch = Buffer.allocUnsafe(1 << 16);
let at = 0;
for (;;) {
  if (Atomics.load(control, ${USED}) === 0) {
    Atomics.wait(control, ${USED}, 0, ${SLEEP_MS});
    continue;
  }
  const record = words[at >> 2];
  const kind = words[(at >> 2) + 1];
  if (kind === ${END}) break;
  if (kind !== ${SKIP} && failure === null) {
    const pathEnd = at + ${HEADER2} + 2 * words[(at >> 2) + 2];
    write(ring.toString('utf16le', at + ${HEADER2}, pathEnd), kind, pathEnd, pathEnd + words[(at >> 2) + 3]);
  }
  at = kind === ${SKIP} ? 0 : (at + record) % size;
  Atomics.sub(control, ${USED}, record);
  if (Atomics.load(control, ${WAITS}) !== 0) Atomics.notify(control, ${USED});
}
parentPort.postMessage(failure);
function write(file, kind, from, to) {
  try {
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    let bytes = ring;
    let start = from;
    let length = to - from;
    if (kind === ${TEXT}) {
      // Through a string of this thread's heap: ICU's transcode would make a buffer outside it
      // for each file, which its collector, seeing little garbage, lets pile up (+40 MB).
      const text = ring.toString('utf16le', from, to);
      if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafe(text.length * 3);
      start = 0;
      length = scratch.write(text, 0, 'utf8');
      bytes = scratch;
    }
    const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT, 0o666);
    try {
      let done = 0;
      while (done < length) done += fs.writeSync(fd, bytes, start + done, length - done);
      fs.ftruncateSync(fd, length);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
}
`;
function startWriter(ringBytes = RING_BYTES) {
  const shared = new SharedArrayBuffer(ringBytes);
  const control = new Int32Array(new SharedArrayBuffer(8));
  let worker;
  try {
    worker = new Worker2(WRITER, { eval: true, workerData: { ring: shared, control } });
  } catch {
    return inThreadWriter();
  }
  const here = inThreadWriter();
  const ring = Buffer.from(shared);
  const words = new Int32Array(shared);
  let crashed;
  worker.on("error", (error) => crashed = error);
  let at = 0;
  let stalled = false;
  const room = (bytes) => {
    const until = Date.now() + WAIT_AT_MOST_MS;
    while (!stalled) {
      const used = Atomics.load(control, USED);
      if (ringBytes - used >= bytes) return true;
      if (Date.now() > until) stalled = true;
      else {
        Atomics.store(control, WAITS, 1);
        Atomics.wait(control, USED, used, 100);
        Atomics.store(control, WAITS, 0);
      }
    }
    return false;
  };
  const put = (kind, path, content) => {
    const length = typeof content === "string" ? 2 * content.length : content.byteLength;
    const record = HEADER2 + 2 * path.length + length + 7 & ~7;
    if (record > ringBytes) return false;
    if (at + record > ringBytes) {
      if (!room(ringBytes - at)) return false;
      words[(at >> 2) + 1] = SKIP;
      publish(ringBytes - at, false);
      at = 0;
    }
    if (!room(record)) return false;
    const word = at >> 2;
    words[word] = record;
    words[word + 1] = kind;
    words[word + 2] = path.length;
    words[word + 3] = length;
    ring.write(path, at + HEADER2, "utf16le");
    const from = at + HEADER2 + 2 * path.length;
    if (typeof content === "string") ring.write(content, from, "utf16le");
    else ring.set(content, from);
    publish(record, kind === END);
    at = (at + record) % ringBytes;
    return true;
  };
  const publish = (record, last) => {
    words[at >> 2] = record;
    Atomics.add(control, USED, record);
    if (last) Atomics.notify(control, USED);
  };
  return {
    write: (path, content) => {
      if (Array.isArray(content)) return here.write(path, content);
      const one = content;
      const length = typeof one === "string" ? one.length : one.byteLength;
      if (length > LARGE_FILE || !put(typeof one === "string" ? TEXT : BYTES, path, one))
        here.write(path, one);
    },
    done: () => new Promise((resolve, reject) => {
      const fail = (reason) => {
        void worker.terminate();
        reject(new Error(`writing the site failed: ${String(reason)}`));
      };
      if (crashed) return fail(crashed.message);
      if (!put(END, "", "")) return fail("the writing thread stopped");
      worker.once("error", (error) => fail(error.message));
      worker.once("exit", () => fail("the writing thread stopped"));
      worker.once("message", (failure) => {
        if (failure !== null) return fail(failure);
        worker.removeAllListeners("exit");
        void worker.terminate();
        resolve();
      });
    })
  };
}

// src/app/render-site.ts
var TemplatesNotFoundError = class extends Error {
  constructor(dir) {
    super(
      `templates folder not found: ${dir} (looked for under its name exactly as written, in letter case too)`
    );
    this.dir = dir;
    this.name = "TemplatesNotFoundError";
  }
  dir;
};
async function renderSite(options) {
  const { root } = options;
  const tree = await listWorkingTree(root);
  const threads = options.threads?.pages(tree.slaPaths.length) ?? [];
  try {
    return await renderTree(options, tree, threads);
  } finally {
    await Promise.all(threads.map((thread) => thread.stop()));
  }
}
async function renderTree(options, tree, threads) {
  const { root } = options;
  const paths = [...tree.slaPaths].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  let kept = threads.length === 0 ? new KeptFiles(
    paths.map((path) => join(root, path)),
    paths.length >= READ_AHEAD_FROM && availableParallelism() >= 2
  ) : void 0;
  const git = await openRepository(root).catch(() => void 0);
  const today = options.today ?? (git ? await latestCommitDate(git) : void 0);
  if (!today) await Promise.all(threads.splice(0).map((thread) => thread.stop()));
  const validateOptions = { today: today ?? options.clock(), warnings: false };
  let files;
  const readAll = () => {
    if (files) return files;
    const from = kept ??= new KeptFiles(
      paths.map((path) => join(root, path)),
      false
    );
    return files = paths.map((path, i) => ({ path, content: from.content(i) }));
  };
  const resultLinks = [];
  const resultPaths = listSelected(root, tree.config.results, resultLinks);
  const withTargets = resultPaths.length > 0;
  const onThreads = threads.length > 0 ? await validateOnThreads(root, paths, validateOptions.today, withTargets, threads).catch(
    (error) => {
      options.warn(`the page threads stopped (${error.message}); rendering on one thread`);
      return void 0;
    }
  ) : void 0;
  if (!onThreads) await Promise.all(threads.splice(0).map((thread) => thread.stop()));
  let validated;
  if (onThreads) validated = onThreads;
  else {
    const from = kept ??= new KeptFiles(
      paths.map((path) => join(root, path)),
      false
    );
    files = [];
    try {
      validated = await validateHere(paths, from, files, validateOptions.today, withTargets);
    } finally {
      from.stop();
    }
  }
  const { services, targets } = validated;
  const noFiles = paths.length === 0 && tree.configProblems.length === 0;
  const resultFiles = await Promise.all(
    resultPaths.map(async (path) => ({
      path,
      content: await readFile(join(root, path))
    }))
  );
  const clock = options.clock();
  const resultsToday = today !== void 0 && today > clock ? today : clock;
  const measured = validateResults(resultFiles, targets, resultsToday, void 0, {
    warnings: false
  });
  measured.errors.unshift(...resultLinks);
  if (services.length < paths.length || tree.configProblems.some((p) => p.rule.startsWith("file-")))
    mayBeUnread(measured.errors);
  const invalid = validated.results.some((r) => r.problems.some((p) => p.severity === "error")) || filesSharingIds(validated.results).size > 0;
  if (tree.configProblems.length > 0 || noFiles || invalid || measured.errors.length > 0) {
    const result = validateSources(readAll(), validateOptions);
    const errors = [
      ...sortProblems(tree.configProblems),
      ...noFiles ? [noSlaFiles(tree.config, tree.hasConfig)] : [],
      ...result.errors,
      ...measured.errors
    ];
    const { warnings } = validateSources(readAll(), { today: validateOptions.today });
    const texts = new Map([...readAll(), ...resultFiles].map((f) => [f.path, f.content]));
    const lineOf = (file, line) => {
      const content = texts.get(file);
      if (content === void 0) return void 0;
      const text = typeof content === "string" ? content : Buffer.from(content).toString("utf8");
      return text.split(/\r?\n/)[line - 1];
    };
    const report = validationText(
      {
        files: result.files + measured.files,
        errors,
        warnings: [...warnings, ...validateResults(resultFiles, targets, resultsToday).warnings]
      },
      lineOf
    );
    return { rendered: false, report };
  }
  targets.length = 0;
  resultFiles.length = 0;
  const templatesDir = options.templates ?? tree.config.templates;
  const configured = options.templates === void 0 ? templatesFolder(tree.config) : void 0;
  if (configured !== void 0 && configured !== "." && !namedAsWritten(root, configured))
    throw new TemplatesNotFoundError(resolvePath(root, configured));
  const templates = templatesDir ? await readTemplates(resolvePath(root, templatesDir)) : {};
  const out = resolvePath(root, options.out);
  const job = {
    out,
    config: tree.config,
    templates,
    results: measured.results,
    ...options.baseUrl !== void 0 ? { baseUrl: options.baseUrl } : {},
    today: today ?? ""
  };
  const byPath = new Map(files?.map((f) => [f.path, f.content]));
  const contentOf = (file) => {
    const known = byPath.get(file);
    if (known) return known;
    const content = readFileSync(join(root, file));
    const blob = validated.blobs.get(file);
    if (blob !== void 0 && gitBlobId(content) !== blob)
      throw new Error(`${file} changed while the site was rendered: render again`);
    return content;
  };
  const reload = (file) => loadValidSla(file, contentOf(file));
  const catalogOf2 = (history2) => prepareCatalog({
    config: tree.config,
    templates,
    ...options.baseUrl !== void 0 ? { baseUrl: options.baseUrl } : {},
    slas: [],
    services,
    results: measured.results,
    reload,
    ...history2 ? { history: history2 } : {},
    ...today ? { today } : {}
  });
  let warned = false;
  const warnOf = (catalog2) => {
    if (!warned) for (const warning of catalog2.warnings) options.warn(warning);
    warned = true;
    return catalog2;
  };
  if (threads.length > 0) {
    const catalog2 = warnOf(catalogOf2(void 0));
    const prepared = await prepareSite(out);
    const written = await renderOnThreads(
      threads,
      job,
      validated,
      Boolean(git),
      catalog2,
      prepared,
      options.warn
    );
    if (written) return { rendered: true, services: services.length, out };
  }
  const read = /* @__PURE__ */ new Map();
  for (const r of validated.results) {
    const content = contentOf(r.file);
    const blob = validated.blobs.get(r.file) ?? gitBlobId(content);
    read.set(loadedKey(blob, r.file), { content, ...r.id !== void 0 ? { id: r.id } : {} });
  }
  let history;
  if (git) {
    history = await buildHistory(git, "HEAD", { diff: diffSlas, read }).catch(() => void 0);
  }
  read.clear();
  const catalog = warnOf(catalogOf2(history));
  await writeSite(await prepareSite(out), catalog);
  return { rendered: true, services: services.length, out };
}
async function validateHere(paths, read, files, today, withTargets) {
  const { fileResult, loadSla: loadSla2, targetOf } = await import("./chunk-XWFWSY6M.js");
  const options = { today, warnings: false };
  const services = [];
  const targets = [];
  const results = paths.map((path, i) => {
    const content = read.content(i);
    files.push({ path, content });
    const outcome = loadSla2({ path, content }, options);
    const sla = outcome.sla?.sla;
    if (sla) {
      services.push({ file: path, id: ownString(sla.id), title: ownString(sla.title) });
      if (withTargets) targets.push(targetOf(sla));
    }
    return fileResult(path, outcome, options);
  });
  return { results, services, targets, blobs: /* @__PURE__ */ new Map() };
}
async function validateOnThreads(root, paths, today, withTargets, threads) {
  const runs = await Promise.all(
    threads.map(
      (thread, i) => thread.validate({
        root,
        today,
        targets: withTargets,
        paths: paths.slice(
          Math.round(paths.length * i / threads.length),
          Math.round(paths.length * (i + 1) / threads.length)
        )
      })
    )
  );
  return {
    results: runs.flatMap((r) => r.results),
    services: runs.flatMap((r) => r.services),
    targets: runs.flatMap((r) => r.targets),
    blobs: new Map(runs.flatMap((r) => [...r.blobs]))
  };
}
async function renderOnThreads(threads, job, validated, history, catalog, site, warn) {
  const files = validated.results;
  const ids = threads.map(() => /* @__PURE__ */ new Set());
  const owner = /* @__PURE__ */ new Map();
  threads.forEach((_, i) => {
    const to = Math.round(files.length * (i + 1) / threads.length);
    for (let n = Math.round(files.length * i / threads.length); n < to; n++) {
      const r = files[n];
      owner.set(r.file, i);
      if (r.id !== void 0) ids[i]?.add(r.id);
    }
  });
  let failure;
  const parts = await (async () => {
    await Promise.all(
      threads.map(
        (thread, i) => thread.render(
          { ...job, results: job.results.filter((r) => ids[i]?.has(r.sla)) },
          [...validated.blobs].filter(([path]) => owner.get(path) !== i),
          history
        )
      )
    );
    for (const thread of threads) thread.go();
    return Promise.all(threads.map((thread) => thread.part()));
  })().catch((error) => {
    failure = error;
    return void 0;
  });
  await Promise.all(threads.map((thread) => thread.stop()));
  if (failure) {
    if (failure.reported && (failure.name === "TemplateError" || failure.code !== void 0))
      throw failure;
    warn(`the page threads stopped (${failure.message}); rendering on one thread`);
  }
  if (!parts) return false;
  for (const part of parts)
    for (const card of part.cards) {
      const page = card.view.page;
      site.written.add(page);
      site.written.add(page.replace(/\.html$/, ".json"));
    }
  const merged = {
    cards: [],
    entries: [],
    history: parts.flatMap((p) => p.history ?? [])
  };
  const order = parts.flatMap((p) => p.cards.map((card, i) => ({ card, entry: p.entries[i] }))).sort(
    (a, b) => byTitle(
      { id: a.card.view.id, title: a.card.view.title },
      { id: b.card.view.id, title: b.card.view.title }
    )
  );
  for (const { card, entry } of order) {
    merged.cards.push(card);
    merged.entries.push(entry);
  }
  parts.length = 0;
  order.length = 0;
  const writer = inThreadWriter();
  catalog.renderIndex([merged], (path, content) => {
    writer.write(join(site.out, ...path.split("/")), content);
    site.written.add(path);
  });
  removeStale(site);
  return true;
}
function renderedText(root, result) {
  const shown = relative(root, result.out) || ".";
  const where = shown.startsWith("..") ? result.out : shown;
  return `Rendered ${result.services} ${result.services === 1 ? "service" : "services"} into ${where.split(sep).join("/")}/.
Open ${join(where, "index.html").split(sep).join("/")} in a browser to read the catalog.
`;
}
function resolvePath(cwd, path) {
  return isAbsolute(path) ? path : join(cwd, path);
}
async function latestCommitDate(git) {
  const head = await git.resolve("HEAD").catch(() => void 0);
  if (!head) return void 0;
  const [latest] = await git.log(head, ["."]);
  return latest?.date.slice(0, 10);
}
async function readTemplates(dir) {
  const info = await stat(dir).catch(() => void 0);
  if (!info?.isDirectory()) throw new TemplatesNotFoundError(dir);
  const out = {};
  const walk = async (at) => {
    for (const entry of (await readdir(at, { withFileTypes: true })).sort(
      (a, b) => a.name < b.name ? -1 : 1
    )) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && /\.(hbs|css|js)$/.test(entry.name)) {
        out[relative(dir, full).split(sep).join("/")] = await readFile(full, "utf8");
      }
    }
  };
  await walk(dir);
  return out;
}
async function prepareSite(out) {
  const services = join(out, "services");
  if (existsSync(services) && !statSync(services).isDirectory()) rmSync(services);
  mkdirSync2(services, { recursive: true });
  return { out, written: /* @__PURE__ */ new Set() };
}
function removeStale(site) {
  for (const name of readdirSync(join(site.out, "services"))) {
    if (!site.written.has(`services/${name}`))
      rmSync(join(site.out, "services", name), { recursive: true, force: true });
  }
}
async function writeSite(site, catalog) {
  const writer = startWriter();
  try {
    catalog.render((path, content) => {
      writer.write(join(site.out, ...path.split("/")), content);
      site.written.add(path);
    });
  } finally {
    await writer.done();
  }
  removeStale(site);
}

export {
  loadValidSla,
  buildHistory,
  prepareCatalog,
  writeInPlace,
  TemplatesNotFoundError,
  renderSite,
  renderedText
};
