import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  LineIndex,
  SettingsResolver,
  ajvRegExp,
  append,
  boundQuoted,
  didYouMean,
  excerpt,
  get,
  getPair,
  globMatcher,
  hasKey,
  invalid,
  isPlaceholder,
  known,
  mapField,
  parseCleanupPolicy,
  parseRetention,
  parseYaml,
  regionOf,
  sortFindings,
  toBoolean,
  toJS,
  toNumber,
  unknown
} from "./chunk-K3QJIJ4O.js";
import {
  __commonJS,
  __toESM
} from "./chunk-JRJOGWBZ.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr2 = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr2.push(plus);
        addCodeArg(expr2, args[i]);
        expr2.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr2);
      return new _Code(expr2);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr2) {
      let i = 1;
      while (i < expr2.length - 1) {
        if (expr2[i] === plus) {
          const res = mergeExprItems(expr2[i - 1], expr2[i + 1]);
          if (res !== void 0) {
            expr2.splice(i - 1, 3, res);
            continue;
          }
          expr2[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes2 = []) {
        super();
        this.nodes = nodes2;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes: nodes2 } = this;
        let i = nodes2.length;
        while (i--) {
          const n = nodes2[i].optimizeNodes();
          if (Array.isArray(n))
            nodes2.splice(i, 1, ...n);
          else if (n)
            nodes2[i] = n;
          else
            nodes2.splice(i, 1);
        }
        return nodes2.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes: nodes2 } = this;
        let i = nodes2.length;
        while (i--) {
          const n = nodes2[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes2.splice(i, 1);
        }
        return nodes2.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes2) {
        super(nodes2);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node2, forBody) {
        this._blockNode(node2);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node2 = new Return();
        this._blockNode(node2);
        this.code(value);
        if (node2.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node2 = new Try();
        this._blockNode(node2);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node2.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node2.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body2, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body2)
          this.code(body2).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node2) {
        this._currNode.nodes.push(node2);
        return this;
      }
      _blockNode(node2) {
        this._currNode.nodes.push(node2);
        this._nodes.push(node2);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node2) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node2;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node2) {
        const ns = this._nodes;
        ns[ns.length - 1] = node2;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr2, names, constants) {
      if (expr2 instanceof code_1.Name)
        return replaceName(expr2);
      if (!canOptimize(expr2))
        return expr2;
      return new code_1._Code(expr2._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props2 = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props2, ps);
      return props2;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props2, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props2}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group2 = self.RULES.types[type];
      return group2 && group2 !== true && shouldUseGroup(schema, group2);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group2) {
      return group2.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr2) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr2));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count2 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count2++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count2 += countKeys(sch));
        }
        if (count2 === Infinity)
          return Infinity;
      }
      return count2;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body2) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body2);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body2));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props: props2, items }) {
      if (props2 instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props2);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group2 of RULES.rules)
          groupKeywords(group2);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group2) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group2))
          return;
        if (group2.type) {
          gen.if((0, dataType_2.checkDataType)(group2.type, data, opts.strictNumbers));
          iterateKeywords(it, group2);
          if (types.length === 1 && types[0] === group2.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group2);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group2) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group2.type);
      gen.block(() => {
        for (const rule of group2.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group2.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append2, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append2, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append2, errorPaths);
      }
      _error(append2, errorPaths) {
        ;
        (append2 ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr2 = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr2 = (0, codegen_1._)`${expr2} && ${data}`;
        }
      }
      return expr2;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema2(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props: props2, items } = schemaCxt;
          validate.evaluated = {
            props: props2 instanceof codegen_1.Name ? void 0 : props2,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props2 instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema2;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema2.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema2.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last2 = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last2; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last2;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError2 = getParseError(parsed, matches);
        if (parseError2 !== void 0) {
          parsed.error = parsed.error || parseError2;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group2 of RULES.rules) {
          const i = group2.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group2.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text2, msg) => text2 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props2 = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props2, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid2 = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid2}))`);
      }
    };
    exports.default = def;
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

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props2 = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props2 === null || props2 === void 0 ? void 0 : props2[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count2 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count2)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count2) {
          gen.code((0, codegen_1._)`${count2}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count2} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props2 = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props2.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props2.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props2.length) {
            definedProp = (0, codegen_1.or)(...props2.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props: props2 } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props2 !== true) {
                gen.assign((0, codegen_1._)`${props2}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/model/tool.ts
var TOOL = {
  name: "topiclint",
  version: "0.1.0",
  informationUri: "https://github.com/topiclint/topiclint"
};

// src/model/labels.ts
var LABEL_FOR_FIELD = {
  owner: "x-topic-owner",
  classification: "x-data-classification",
  retention: "x-retention-policy",
  drTier: "x-dr-tier",
  schemaOwner: "x-schema-owner",
  contact: "x-contact"
};
var OWNERSHIP_FIELDS = Object.keys(LABEL_FOR_FIELD);
function typedOwnershipField(topic2, field) {
  return field === "retention" ? topic2.retentionMs : topic2[field];
}
function ownershipLabel(entity, field) {
  return entity.labels[LABEL_FOR_FIELD[field]];
}
function ownerOf(entity) {
  return entity.owner ?? entity.labels[LABEL_FOR_FIELD.owner];
}
function drTierOf(topic2) {
  return topic2.drTier ?? topic2.labels[LABEL_FOR_FIELD.drTier];
}

// src/model/change.ts
var BASE_LOCATION = "\0base-location\0";
var memo = /* @__PURE__ */ new WeakMap();
function* changedTopics(ctx) {
  const at = ctx.base;
  if (!at) return;
  for (const { base, head } of compareCatalogs(at.catalog, ctx.catalog).topics) {
    if (base !== head && ctx.options(head) !== void 0) yield { base, head, at };
  }
}
function compareCatalogs(base, head) {
  const hit = memo.get(head);
  if (hit && hit.base === base) return hit.changes;
  const t = matchByName(
    base.topics.filter((x) => x.declaredIn === "catalog"),
    head.topics.filter((x) => x.declaredIn === "catalog")
  );
  const g = matchByName(base.consumerGroups, head.consumerGroups);
  const deletedTopics = detectRenames(t.deleted, t.added);
  const changes = { topics: t.pairs, deletedTopics, addedTopics: t.added, groups: g.pairs, deletedGroups: g.deleted, addedGroups: g.added };
  memo.set(head, { base, changes });
  return changes;
}
function nameOf(e) {
  return e.name.kind === "known" && e.name.value !== "" ? e.name.value : void 0;
}
function matchByName(base, head) {
  const headByName = /* @__PURE__ */ new Map();
  for (const h of head) {
    const n = nameOf(h);
    if (n === void 0) continue;
    const list = headByName.get(n);
    if (list) list.push(h);
    else headByName.set(n, [h]);
  }
  const baseByName = /* @__PURE__ */ new Map();
  for (const b of base) {
    const n = nameOf(b);
    if (n === void 0) continue;
    const list = baseByName.get(n);
    if (list) list.push(b);
    else baseByName.set(n, [b]);
  }
  const pairs = [];
  const deleted = [];
  for (const [name, bases] of baseByName) {
    const heads = headByName.get(name);
    if (!heads) {
      deleted.push(bases[0]);
      continue;
    }
    const free = [...heads];
    const unpaired = [];
    for (const b of bases) {
      const i = free.findIndex((h) => h.file === b.file);
      if (i >= 0) pairs.push({ base: b, head: free.splice(i, 1)[0], moved: false });
      else unpaired.push(b);
    }
    for (const b of unpaired) {
      const h = free.shift();
      if (h) pairs.push({ base: b, head: h, moved: h.file !== b.file });
    }
  }
  const added = head.filter((h) => {
    const n = nameOf(h);
    return n !== void 0 && !baseByName.has(n);
  });
  return { pairs, deleted, added };
}
function detectRenames(deleted, added) {
  if (deleted.length === 0 || added.length === 0) return deleted.map((base) => ({ base }));
  const bySignature = /* @__PURE__ */ new Map();
  for (const a of added) {
    const s = topicSignature(a);
    if (s === void 0) continue;
    const list = bySignature.get(s);
    if (list) list.push(a);
    else bySignature.set(s, [a]);
  }
  return deleted.map((base) => {
    const s = topicSignature(base);
    const candidates = s === void 0 ? void 0 : bySignature.get(s);
    const to = candidates?.shift();
    return to ? { base, renamedTo: to } : { base };
  });
}
var TYPED_CONFIG_KEYS = /* @__PURE__ */ new Set(["retention.ms", "cleanup.policy", "min.insync.replicas"]);
function norm(f) {
  if (!f) return "";
  if (f.kind === "known") return Array.isArray(f.value) ? f.value.map(String).join(",") : String(f.value);
  return f.kind === "unknown" ? `?${f.raw ?? f.reason}` : `!${f.raw}`;
}
function topicSignature(t) {
  const parts = [];
  const add = (k, f) => {
    if (f) parts.push(`${k}=${norm(f)}`);
  };
  add("key", t.key);
  add("partitions", t.partitions);
  add("replicationFactor", t.replicationFactor);
  add("minInsyncReplicas", t.minInsyncReplicas);
  add("cleanupPolicy", t.cleanupPolicy);
  add("retentionMs", t.retentionMs);
  add("schemaCompatibility", t.schemaCompatibility);
  add("drTier", drTierOf(t));
  add("owner", ownerOf(t));
  add("classification", t.classification);
  add("contact", t.contact);
  add("schemaOwner", t.schemaOwner);
  if (t.consumerGroups.length) parts.push(`consumerGroups=${t.consumerGroups.map(norm).sort().join(",")}`);
  for (const k of Object.keys(t.config).sort()) if (!TYPED_CONFIG_KEYS.has(k)) parts.push(`config.${k}=${norm(t.config[k])}`);
  if (parts.length === 0) return void 0;
  return parts.join("\n");
}
function atBase(base, loc, message) {
  return { loc, message, atBase: true, external: { ref: base.ref, path: loc.file, line: 1 } };
}
function knownValue(f) {
  return f && f.kind === "known" ? f.value : void 0;
}
function deletionLocation(entity, base, head) {
  const at = (file) => ({ file, start: 0, end: 0 });
  if (head.files.some((f) => f.path === entity.file)) return { loc: at(entity.file), atBaseLine: entity.name.loc ?? entity.loc };
  const names = /* @__PURE__ */ new Set();
  for (const e of [...base.topics, ...base.consumerGroups]) if (e.file === entity.file && nameOf(e) !== void 0) names.add(`${e.kind}:${nameOf(e)}`);
  const votes = /* @__PURE__ */ new Map();
  for (const e of [...head.topics, ...head.consumerGroups]) {
    const n = nameOf(e);
    if (n !== void 0 && names.has(`${e.kind}:${n}`)) votes.set(e.file, (votes.get(e.file) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best) return { loc: at(best[0]) };
  const dir = entity.file.includes("/") ? entity.file.slice(0, entity.file.lastIndexOf("/") + 1) : "";
  const linted = head.files.filter((f) => f.status === "linted").map((f) => f.path).sort();
  const sameDir = linted.find((p) => p.startsWith(dir) && !p.slice(dir.length).includes("/"));
  if (sameDir) return { loc: at(sameDir) };
  if (linted[0]) return { loc: at(linted[0]) };
  return { loc: at(entity.file) };
}

// src/model/catalog-index.ts
function groupListings(each) {
  const out = /* @__PURE__ */ new Map();
  each((id, group2) => {
    const ids = out.get(group2);
    if (!ids) out.set(group2, [id]);
    else if (ids[ids.length - 1] !== id) ids.push(id);
  });
  return out;
}
var built = /* @__PURE__ */ new WeakMap();
function indexOfCatalog(catalog) {
  let index = built.get(catalog);
  if (!index) {
    index = fromTopics(catalog.topics);
    built.set(catalog, index);
  }
  return index;
}
function fromTopics(topics) {
  let byName;
  const names = () => {
    if (!byName) {
      byName = /* @__PURE__ */ new Map();
      for (const t of topics) {
        if (t.name.kind !== "known") continue;
        const list = byName.get(t.name.value);
        if (list) list.push(t);
        else byName.set(t.name.value, [t]);
      }
    }
    return byName;
  };
  let byGroup;
  const groups = () => byGroup ??= groupListings(
    (visit) => topics.forEach((t, i) => {
      for (const g of t.consumerGroups) if (g.kind === "known") visit(i, g.value);
    })
  );
  return {
    topicCount: topics.length,
    topicNames: () => keySet(names()),
    topicsNamed: (name) => names().get(name) ?? [],
    *repeatedNames() {
      for (const list of names().values()) if (list.length > 1) yield list;
    },
    listedGroupNames: () => keySet(groups()),
    topicsListing: (group2) => (groups().get(group2) ?? []).map((i) => topics[i])
  };
}
function keySet(map) {
  const set = {
    get size() {
      return map.size;
    },
    has: (k) => map.has(k),
    keys: () => map.keys(),
    values: () => map.keys(),
    // Not used by rules; a copy is fine.
    entries: () => new Set(map.keys()).entries(),
    forEach(fn, thisArg) {
      for (const k of map.keys()) fn.call(thisArg, k, k, set);
    },
    [Symbol.iterator]: () => map.keys()
  };
  return set;
}
function servesCluster(definition, from) {
  return from.cluster?.kind !== "known" || definition.cluster?.kind !== "known" || definition.cluster.value === from.cluster.value;
}

// src/util/digest.ts
import crypto from "node:crypto";
var oneShot = crypto.hash;
function digestOf(algorithm, text2, encoding) {
  return oneShot ? oneShot(algorithm, text2, encoding) : crypto.createHash(algorithm).update(text2).digest(encoding);
}

// src/engine/engine.ts
function entityName(e) {
  return e.name.kind === "known" ? e.name.value : void 0;
}
function runRules(catalog, opts) {
  return ruleRunner(opts)(catalog);
}
function ruleRunner(opts) {
  const resolver = opts.resolver ?? new SettingsResolver(opts.config, new Map(opts.rules.map((r) => [r.meta.id, r])));
  let catalog = { topics: [], consumerGroups: [], clients: [], files: [], problems: [], suppressions: [] };
  let out = [];
  let declared;
  const catalogTopics = () => declared ??= catalog.topics.filter((t) => t.declaredIn === "catalog");
  const bound = opts.rules.filter((rule) => rule.meta.kind !== "change" || opts.base).map((rule) => {
    const id = rule.meta.id;
    const options = (target) => {
      const s = resolver.resolve(id, target);
      return s.level === "off" ? void 0 : s.options;
    };
    function* each(list) {
      for (const e of list) {
        const o = options(e);
        if (o !== void 0) yield [e, o];
      }
    }
    const ctx = {
      get catalog() {
        return catalog;
      },
      get index() {
        return opts.index ?? indexOfCatalog(catalog);
      },
      base: opts.base,
      options,
      topics: () => each(catalogTopics()),
      consumerGroups: () => each(catalog.consumerGroups),
      clients: () => each(catalog.clients),
      report(d) {
        const target = d.entity ?? d.loc.file;
        const s = resolver.resolve(id, target);
        if (s.level === "off") return;
        out.push({ ruleId: id, level: d.level ?? s.level, descriptor: d });
      }
    };
    return { rule, id, ctx };
  });
  return (next) => {
    catalog = next;
    declared = void 0;
    const found = out = [];
    for (const { rule, id, ctx } of bound) {
      try {
        rule.check(ctx);
      } catch (e) {
        found.push({
          ruleId: "internal-error",
          level: "error",
          descriptor: { message: `Rule ${id} failed: ${e.message}. Please report this bug.`, loc: { file: catalog.files[0]?.path ?? ".", start: 0, end: 0 } }
        });
      }
    }
    return found;
  };
}
function toFindings(raw, opts) {
  return fingerprintFindings(locateFindings(raw, opts));
}
function fingerprintFindings(located) {
  const seen = /* @__PURE__ */ new Map();
  const findings = located.map(({ finding, key }) => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const fingerprint = digestOf("sha256", n === 0 ? key : `${key}#${n}`, "hex").slice(0, 32);
    const { profile, ...rest } = finding;
    return { ...rest, fingerprint, ...profile ? { profile } : {} };
  });
  return sortFindings(findings);
}
function locateFindings(raw, opts) {
  const indexes = /* @__PURE__ */ new Map();
  const indexOf = (file) => {
    let idx = indexes.get(file);
    if (!idx) {
      idx = new LineIndex(opts.texts.get(file) ?? "");
      indexes.set(file, idx);
    }
    return idx;
  };
  const baseIndexes = /* @__PURE__ */ new Map();
  const baseIndexOf = (file) => {
    let idx = baseIndexes.get(file);
    if (idx === void 0) {
      const text2 = opts.baseTexts?.get(file);
      idx = text2 === void 0 ? null : new LineIndex(text2);
      baseIndexes.set(file, idx);
    }
    return idx ?? void 0;
  };
  return raw.map((r) => {
    const d = r.descriptor;
    let region = regionOf(indexOf(d.loc.file), d.loc.start, d.loc.end);
    const related = (d.related ?? []).map((rel) => {
      const bidx = rel.atBase ? baseIndexOf(rel.loc.file) : void 0;
      if (rel.atBase) {
        const p = bidx?.position(rel.loc.start) ?? { line: 1, column: 1 };
        return { message: rel.message, external: { ref: rel.external?.ref ?? "base", path: rel.loc.file, line: p.line, column: p.column } };
      }
      return rel.external ? { message: rel.message, external: rel.external } : { message: rel.message, location: { file: rel.loc.file, region: regionOf(indexOf(rel.loc.file), rel.loc.start, rel.loc.end) } };
    });
    if (d.atBaseLine && opts.texts.has(d.loc.file)) {
      const line = baseIndexOf(d.atBaseLine.file)?.position(d.atBaseLine.start).line ?? 1;
      const idx = indexOf(d.loc.file);
      const l = Math.min(line, idx.lineCount);
      const text2 = opts.texts.get(d.loc.file);
      let start = idx.lineStart(l);
      const end = idx.lineEnd(l);
      while (start < end && (text2.charCodeAt(start) === 32 || text2.charCodeAt(start) === 9)) start++;
      region = regionOf(idx, start, end);
    }
    const baseAt = related[(d.related ?? []).findIndex((x) => x.atBase)];
    const message = baseAt?.external && d.message.includes(BASE_LOCATION) ? d.message.split(BASE_LOCATION).join(`${baseAt.external.ref}:${baseAt.external.path}:${baseAt.external.line}`) : d.message;
    const name = d.entity ? entityName(d.entity) : d.entityName;
    const kind = d.entity?.kind ?? (d.entityName ? "topic" : void 0);
    const key = name !== void 0 ? `${r.ruleId}|${kind}|${name}|${d.field ?? ""}` : `${r.ruleId}|${d.loc.file}|${d.field ?? d.message}`;
    const profile = d.entity && d.entity.kind === "client" ? d.entity.profile : void 0;
    return {
      key,
      finding: {
        ruleId: r.ruleId,
        level: r.level,
        message,
        location: { file: d.loc.file, region },
        related,
        ...kind ? { entityKind: kind } : {},
        ...name !== void 0 ? { entityName: name } : {},
        ...d.field ? { field: d.field } : {},
        ...profile ? { profile } : {}
      }
    };
  });
}

// src/schemas/catalog.ts
var topicSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://topiclint.dev/schemas/topic.schema.json",
  "title": "topiclint topic entry",
  "description": "One Kafka topic in the topiclint native catalog format.",
  "type": "object",
  "required": [
    "topic"
  ],
  "properties": {
    "topic": {
      "type": "string",
      "minLength": 1,
      "description": "Topic name, e.g. cpq.quote-priced.v1"
    },
    "owner": {
      "type": "string",
      "description": "Producing domain team that owns the topic"
    },
    "classification": {
      "enum": [
        "public",
        "internal",
        "confidential",
        "restricted"
      ]
    },
    "key": {
      "type": "string",
      "description": "Message key field; absent means unkeyed"
    },
    "partitions": {
      "type": "integer",
      "minimum": 1
    },
    "replicationFactor": {
      "type": "integer",
      "minimum": 1
    },
    "minInsyncReplicas": {
      "type": "integer",
      "minimum": 1
    },
    "cleanupPolicy": {
      "anyOf": [
        {
          "type": "string"
        },
        {
          "type": "array",
          "items": {
            "enum": [
              "compact",
              "delete"
            ]
          },
          "minItems": 1
        }
      ]
    },
    "retention": {
      "type": [
        "string",
        "integer"
      ],
      "description": "ISO-8601 duration (P90D), -1 or infinite"
    },
    "schemaCompatibility": {
      "type": "string"
    },
    "drTier": {
      "type": "string"
    },
    "contact": {
      "type": "string"
    },
    "schemaOwner": {
      "type": "string"
    },
    "deprecated": {
      "type": "boolean"
    },
    "description": {
      "type": "string"
    },
    "consumerGroups": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "config": {
      "type": "object",
      "additionalProperties": {
        "type": [
          "string",
          "number",
          "boolean",
          "null",
          "array"
        ]
      }
    },
    "labels": {
      "type": "object",
      "additionalProperties": {
        "type": [
          "string",
          "number",
          "boolean"
        ]
      }
    }
  },
  "patternProperties": {
    "^x-": {}
  },
  "additionalProperties": false
};
var consumerGroupSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://topiclint.dev/schemas/consumer-group.schema.json",
  "title": "topiclint consumer group entry",
  "description": "One Kafka consumer group in the topiclint native catalog format.",
  "type": "object",
  "required": [
    "consumerGroup"
  ],
  "properties": {
    "consumerGroup": {
      "type": "string",
      "minLength": 1
    },
    "owner": {
      "type": "string"
    },
    "description": {
      "type": "string"
    },
    "topics": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "idempotent": {
      "type": "boolean"
    },
    "replay": {
      "enum": [
        "allowed",
        "prohibited"
      ]
    },
    "replayProhibitedReason": {
      "type": "string"
    },
    "offsetRecovery": {
      "enum": [
        "replicate-offsets",
        "reset-earliest",
        "reset-latest",
        "domain-checkpoint",
        "manual"
      ]
    },
    "dlq": {
      "type": "string"
    },
    "freshnessSlo": {
      "type": "string",
      "pattern": "^P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"
    },
    "config": {
      "type": "object",
      "additionalProperties": {
        "type": [
          "string",
          "number",
          "boolean",
          "null",
          "array"
        ]
      }
    },
    "labels": {
      "type": "object",
      "additionalProperties": {
        "type": [
          "string",
          "number",
          "boolean"
        ]
      }
    }
  },
  "patternProperties": {
    "^x-": {}
  },
  "additionalProperties": false
};

// src/sources/common/fields.ts
function locOf(file, node2) {
  return { file, start: node2.start, end: node2.end };
}
function scalarSpelling(node2) {
  if (node2.type !== "scalar") return node2.type === "map" ? "{...}" : "[...]";
  return node2.quoted ? JSON.stringify(node2.raw) : node2.raw;
}
function placeholder(file, node2) {
  if (node2.type === "scalar" && typeof node2.value === "string" && isPlaceholder(node2.value)) {
    return unknown(locOf(file, node2), "placeholder", scalarSpelling(node2));
  }
  return void 0;
}
function stringField(file, node2) {
  if (!node2) return void 0;
  const ph = placeholder(file, node2);
  if (ph) return ph;
  if (node2.type !== "scalar" || node2.value === null) return invalid(locOf(file, node2), scalarSpelling(node2), "a string");
  return known(String(node2.value), locOf(file, node2), scalarSpelling(node2));
}
function numberField(file, node2, expected = "a whole number") {
  if (!node2) return void 0;
  const ph = placeholder(file, node2);
  if (ph) return ph;
  const n = node2.type === "scalar" ? toNumber(node2.value) : void 0;
  if (n === void 0) return invalid(locOf(file, node2), scalarSpelling(node2), expected);
  return known(n, locOf(file, node2), scalarSpelling(node2));
}
function booleanField(file, node2) {
  if (!node2) return void 0;
  const ph = placeholder(file, node2);
  if (ph) return ph;
  const b = node2.type === "scalar" ? toBoolean(node2.value) : void 0;
  if (b === void 0) return invalid(locOf(file, node2), scalarSpelling(node2), "true or false");
  return known(b, locOf(file, node2), scalarSpelling(node2));
}
function configValueField(file, node2, pair) {
  if (!node2) return known(null, locOf(file, pair ?? { start: 0, end: 0 }), "");
  const ph = placeholder(file, node2);
  if (ph) return ph;
  if (node2.type === "scalar") return known(node2.value, locOf(file, node2), scalarSpelling(node2));
  if (node2.type === "seq" && node2.items.every((i) => i.type === "scalar")) {
    const joined = node2.items.map((i) => String(i.value)).join(",");
    return known(joined, locOf(file, node2), `[${node2.items.map(scalarSpelling).join(", ")}]`);
  }
  return invalid(locOf(file, node2), scalarSpelling(node2), "a scalar config value");
}
function configMap(file, node2) {
  const out = {};
  if (!node2 || node2.type !== "map") return out;
  for (const p of node2.pairs) out[p.key] = configValueField(file, p.value, p);
  return out;
}
function labelMap(file, node2, filter) {
  const out = {};
  if (!node2 || node2.type !== "map") return out;
  for (const p of node2.pairs) {
    if (filter && !filter(p.key)) continue;
    const f = stringField(file, p.value);
    if (f) out[p.key] = f;
  }
  return out;
}
function stringList(file, node2) {
  if (!node2) return [];
  if (node2.type === "seq") return node2.items.map((i) => stringField(file, i)).filter(Boolean);
  const one = stringField(file, node2);
  return one ? [one] : [];
}

// src/sources/common/topic-config.ts
var MIN_INSYNC_REPLICAS_EXPECTED = "a whole number";
var RETENTION_MS_EXPECTED = "a number of milliseconds, or -1 for infinite";
var CLEANUP_POLICY_EXPECTED = "`delete`, `compact` or `compact,delete`";
function minInsyncReplicasFrom(value) {
  return mapField(value, (v) => toNumber(v), MIN_INSYNC_REPLICAS_EXPECTED);
}
function retentionMsFrom(value) {
  return mapField(value, (v) => parseRetention(v), RETENTION_MS_EXPECTED);
}
function cleanupPolicyFrom(value) {
  return mapField(value, (v) => parseCleanupPolicy(v), CLEANUP_POLICY_EXPECTED);
}
function typedFromConfig(config, whenAbsent) {
  const out = {};
  const isr = config["min.insync.replicas"];
  const retention = config["retention.ms"];
  const cleanup = config["cleanup.policy"];
  if (isr || whenAbsent) out.minInsyncReplicas = isr ? minInsyncReplicasFrom(isr) : whenAbsent;
  if (retention || whenAbsent) out.retentionMs = retention ? retentionMsFrom(retention) : whenAbsent;
  if (cleanup || whenAbsent) out.cleanupPolicy = cleanup ? cleanupPolicyFrom(cleanup) : whenAbsent;
  return out;
}

// src/yaml/validate.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/schemas/validators.generated.ts
var __ns_ucs2length = __toESM(require_ucs2length(), 1);
var __fn = (ns) => typeof ns.default === "function" ? ns.default : ns.default.default;
var __runtime_ucs2length = { default: __fn(__ns_ucs2length) };
var topic = validate0;
var schema0 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://topiclint.dev/schemas/topic.schema.json", "title": "topiclint topic entry", "description": "One Kafka topic in the topiclint native catalog format.", "type": "object", "required": ["topic"], "properties": { "topic": { "type": "string", "minLength": 1, "description": "Topic name, e.g. cpq.quote-priced.v1" }, "owner": { "type": "string", "description": "Producing domain team that owns the topic" }, "classification": { "enum": ["public", "internal", "confidential", "restricted"] }, "key": { "type": "string", "description": "Message key field; absent means unkeyed" }, "partitions": { "type": "integer", "minimum": 1 }, "replicationFactor": { "type": "integer", "minimum": 1 }, "minInsyncReplicas": { "type": "integer", "minimum": 1 }, "cleanupPolicy": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "enum": ["compact", "delete"] }, "minItems": 1 }] }, "retention": { "type": ["string", "integer"], "description": "ISO-8601 duration (P90D), -1 or infinite" }, "schemaCompatibility": { "type": "string" }, "drTier": { "type": "string" }, "contact": { "type": "string" }, "schemaOwner": { "type": "string" }, "deprecated": { "type": "boolean" }, "description": { "type": "string" }, "consumerGroups": { "type": "array", "items": { "type": "string" } }, "config": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean", "null", "array"] } }, "labels": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] } } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var func0 = Object.prototype.hasOwnProperty;
var func1 = __runtime_ucs2length.default;
var pattern0 = new RegExp("^x-", "u");
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.topic === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "topic" }, message: "must have required property 'topic'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func0.call(schema0.properties, key0) || pattern0.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.topic !== void 0) {
      let data0 = data.topic;
      if (typeof data0 !== "string") {
        let dataType0 = typeof data0;
        let coerced0 = void 0;
        if (!(coerced0 !== void 0)) {
          if (dataType0 == "number" || dataType0 == "boolean") {
            coerced0 = "" + data0;
          } else if (data0 === null) {
            coerced0 = "";
          } else {
            const err2 = { instancePath: instancePath + "/topic", schemaPath: "#/properties/topic/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (coerced0 !== void 0) {
          data0 = coerced0;
          if (data !== void 0) {
            data["topic"] = coerced0;
          }
        }
      }
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/topic", schemaPath: "#/properties/topic/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.owner !== void 0) {
      let data1 = data.owner;
      if (typeof data1 !== "string") {
        let dataType1 = typeof data1;
        let coerced1 = void 0;
        if (!(coerced1 !== void 0)) {
          if (dataType1 == "number" || dataType1 == "boolean") {
            coerced1 = "" + data1;
          } else if (data1 === null) {
            coerced1 = "";
          } else {
            const err4 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (coerced1 !== void 0) {
          data1 = coerced1;
          if (data !== void 0) {
            data["owner"] = coerced1;
          }
        }
      }
    }
    if (data.classification !== void 0) {
      let data2 = data.classification;
      if (!(data2 === "public" || data2 === "internal" || data2 === "confidential" || data2 === "restricted")) {
        const err5 = { instancePath: instancePath + "/classification", schemaPath: "#/properties/classification/enum", keyword: "enum", params: { allowedValues: schema0.properties.classification.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data3 = data.key;
      if (typeof data3 !== "string") {
        let dataType2 = typeof data3;
        let coerced2 = void 0;
        if (!(coerced2 !== void 0)) {
          if (dataType2 == "number" || dataType2 == "boolean") {
            coerced2 = "" + data3;
          } else if (data3 === null) {
            coerced2 = "";
          } else {
            const err6 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (coerced2 !== void 0) {
          data3 = coerced2;
          if (data !== void 0) {
            data["key"] = coerced2;
          }
        }
      }
    }
    if (data.partitions !== void 0) {
      let data4 = data.partitions;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        let dataType3 = typeof data4;
        let coerced3 = void 0;
        if (!(coerced3 !== void 0)) {
          if (dataType3 === "boolean" || data4 === null || dataType3 === "string" && data4 && data4 == +data4 && !(data4 % 1)) {
            coerced3 = +data4;
          } else {
            const err7 = { instancePath: instancePath + "/partitions", schemaPath: "#/properties/partitions/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (coerced3 !== void 0) {
          data4 = coerced3;
          if (data !== void 0) {
            data["partitions"] = coerced3;
          }
        }
      }
      if (typeof data4 == "number") {
        if (data4 < 1 || isNaN(data4)) {
          const err8 = { instancePath: instancePath + "/partitions", schemaPath: "#/properties/partitions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.replicationFactor !== void 0) {
      let data5 = data.replicationFactor;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
        let dataType4 = typeof data5;
        let coerced4 = void 0;
        if (!(coerced4 !== void 0)) {
          if (dataType4 === "boolean" || data5 === null || dataType4 === "string" && data5 && data5 == +data5 && !(data5 % 1)) {
            coerced4 = +data5;
          } else {
            const err9 = { instancePath: instancePath + "/replicationFactor", schemaPath: "#/properties/replicationFactor/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (coerced4 !== void 0) {
          data5 = coerced4;
          if (data !== void 0) {
            data["replicationFactor"] = coerced4;
          }
        }
      }
      if (typeof data5 == "number") {
        if (data5 < 1 || isNaN(data5)) {
          const err10 = { instancePath: instancePath + "/replicationFactor", schemaPath: "#/properties/replicationFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.minInsyncReplicas !== void 0) {
      let data6 = data.minInsyncReplicas;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
        let dataType5 = typeof data6;
        let coerced5 = void 0;
        if (!(coerced5 !== void 0)) {
          if (dataType5 === "boolean" || data6 === null || dataType5 === "string" && data6 && data6 == +data6 && !(data6 % 1)) {
            coerced5 = +data6;
          } else {
            const err11 = { instancePath: instancePath + "/minInsyncReplicas", schemaPath: "#/properties/minInsyncReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (coerced5 !== void 0) {
          data6 = coerced5;
          if (data !== void 0) {
            data["minInsyncReplicas"] = coerced5;
          }
        }
      }
      if (typeof data6 == "number") {
        if (data6 < 1 || isNaN(data6)) {
          const err12 = { instancePath: instancePath + "/minInsyncReplicas", schemaPath: "#/properties/minInsyncReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.cleanupPolicy !== void 0) {
      let data7 = data.cleanupPolicy;
      const _errs16 = errors;
      let valid1 = false;
      const _errs17 = errors;
      if (typeof data7 !== "string") {
        let dataType6 = typeof data7;
        let coerced6 = void 0;
        if (!(coerced6 !== void 0)) {
          if (dataType6 == "number" || dataType6 == "boolean") {
            coerced6 = "" + data7;
          } else if (data7 === null) {
            coerced6 = "";
          } else {
            const err13 = { instancePath: instancePath + "/cleanupPolicy", schemaPath: "#/properties/cleanupPolicy/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (coerced6 !== void 0) {
          data7 = coerced6;
          if (data !== void 0) {
            data["cleanupPolicy"] = coerced6;
          }
        }
      }
      var _valid0 = _errs17 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs19 = errors;
        if (Array.isArray(data7)) {
          if (data7.length < 1) {
            const err14 = { instancePath: instancePath + "/cleanupPolicy", schemaPath: "#/properties/cleanupPolicy/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          const len0 = data7.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data8 = data7[i0];
            if (!(data8 === "compact" || data8 === "delete")) {
              const err15 = { instancePath: instancePath + "/cleanupPolicy/" + i0, schemaPath: "#/properties/cleanupPolicy/anyOf/1/items/enum", keyword: "enum", params: { allowedValues: schema0.properties.cleanupPolicy.anyOf[1].items.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        } else {
          const err16 = { instancePath: instancePath + "/cleanupPolicy", schemaPath: "#/properties/cleanupPolicy/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        var _valid0 = _errs19 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err17 = { instancePath: instancePath + "/cleanupPolicy", schemaPath: "#/properties/cleanupPolicy/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.retention !== void 0) {
      let data9 = data.retention;
      if (typeof data9 !== "string" && !(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
        let dataType7 = typeof data9;
        let coerced7 = void 0;
        if (!(coerced7 !== void 0)) {
          if (dataType7 == "number" || dataType7 == "boolean") {
            coerced7 = "" + data9;
          } else if (data9 === null) {
            coerced7 = "";
          } else if (dataType7 === "boolean" || data9 === null || dataType7 === "string" && data9 && data9 == +data9 && !(data9 % 1)) {
            coerced7 = +data9;
          } else {
            const err18 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/type", keyword: "type", params: { type: schema0.properties.retention.type }, message: "must be string,integer" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (coerced7 !== void 0) {
          data9 = coerced7;
          if (data !== void 0) {
            data["retention"] = coerced7;
          }
        }
      }
    }
    if (data.schemaCompatibility !== void 0) {
      let data10 = data.schemaCompatibility;
      if (typeof data10 !== "string") {
        let dataType8 = typeof data10;
        let coerced8 = void 0;
        if (!(coerced8 !== void 0)) {
          if (dataType8 == "number" || dataType8 == "boolean") {
            coerced8 = "" + data10;
          } else if (data10 === null) {
            coerced8 = "";
          } else {
            const err19 = { instancePath: instancePath + "/schemaCompatibility", schemaPath: "#/properties/schemaCompatibility/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (coerced8 !== void 0) {
          data10 = coerced8;
          if (data !== void 0) {
            data["schemaCompatibility"] = coerced8;
          }
        }
      }
    }
    if (data.drTier !== void 0) {
      let data11 = data.drTier;
      if (typeof data11 !== "string") {
        let dataType9 = typeof data11;
        let coerced9 = void 0;
        if (!(coerced9 !== void 0)) {
          if (dataType9 == "number" || dataType9 == "boolean") {
            coerced9 = "" + data11;
          } else if (data11 === null) {
            coerced9 = "";
          } else {
            const err20 = { instancePath: instancePath + "/drTier", schemaPath: "#/properties/drTier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (coerced9 !== void 0) {
          data11 = coerced9;
          if (data !== void 0) {
            data["drTier"] = coerced9;
          }
        }
      }
    }
    if (data.contact !== void 0) {
      let data12 = data.contact;
      if (typeof data12 !== "string") {
        let dataType10 = typeof data12;
        let coerced10 = void 0;
        if (!(coerced10 !== void 0)) {
          if (dataType10 == "number" || dataType10 == "boolean") {
            coerced10 = "" + data12;
          } else if (data12 === null) {
            coerced10 = "";
          } else {
            const err21 = { instancePath: instancePath + "/contact", schemaPath: "#/properties/contact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (coerced10 !== void 0) {
          data12 = coerced10;
          if (data !== void 0) {
            data["contact"] = coerced10;
          }
        }
      }
    }
    if (data.schemaOwner !== void 0) {
      let data13 = data.schemaOwner;
      if (typeof data13 !== "string") {
        let dataType11 = typeof data13;
        let coerced11 = void 0;
        if (!(coerced11 !== void 0)) {
          if (dataType11 == "number" || dataType11 == "boolean") {
            coerced11 = "" + data13;
          } else if (data13 === null) {
            coerced11 = "";
          } else {
            const err22 = { instancePath: instancePath + "/schemaOwner", schemaPath: "#/properties/schemaOwner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (coerced11 !== void 0) {
          data13 = coerced11;
          if (data !== void 0) {
            data["schemaOwner"] = coerced11;
          }
        }
      }
    }
    if (data.deprecated !== void 0) {
      let data14 = data.deprecated;
      if (typeof data14 !== "boolean") {
        let coerced12 = void 0;
        if (!(coerced12 !== void 0)) {
          if (data14 === "false" || data14 === 0 || data14 === null) {
            coerced12 = false;
          } else if (data14 === "true" || data14 === 1) {
            coerced12 = true;
          } else {
            const err23 = { instancePath: instancePath + "/deprecated", schemaPath: "#/properties/deprecated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (coerced12 !== void 0) {
          data14 = coerced12;
          if (data !== void 0) {
            data["deprecated"] = coerced12;
          }
        }
      }
    }
    if (data.description !== void 0) {
      let data15 = data.description;
      if (typeof data15 !== "string") {
        let dataType13 = typeof data15;
        let coerced13 = void 0;
        if (!(coerced13 !== void 0)) {
          if (dataType13 == "number" || dataType13 == "boolean") {
            coerced13 = "" + data15;
          } else if (data15 === null) {
            coerced13 = "";
          } else {
            const err24 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (coerced13 !== void 0) {
          data15 = coerced13;
          if (data !== void 0) {
            data["description"] = coerced13;
          }
        }
      }
    }
    if (data.consumerGroups !== void 0) {
      let data16 = data.consumerGroups;
      if (Array.isArray(data16)) {
        const len1 = data16.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data17 = data16[i1];
          if (typeof data17 !== "string") {
            let dataType14 = typeof data17;
            let coerced14 = void 0;
            if (!(coerced14 !== void 0)) {
              if (dataType14 == "number" || dataType14 == "boolean") {
                coerced14 = "" + data17;
              } else if (data17 === null) {
                coerced14 = "";
              } else {
                const err25 = { instancePath: instancePath + "/consumerGroups/" + i1, schemaPath: "#/properties/consumerGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (coerced14 !== void 0) {
              data17 = coerced14;
              if (data16 !== void 0) {
                data16[i1] = coerced14;
              }
            }
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/consumerGroups", schemaPath: "#/properties/consumerGroups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.config !== void 0) {
      let data18 = data.config;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key1 in data18) {
          let data19 = data18[key1];
          if (typeof data19 !== "string" && !(typeof data19 == "number") && typeof data19 !== "boolean" && data19 !== null && !Array.isArray(data19)) {
            let dataType15 = typeof data19;
            let coerced15 = void 0;
            if (!(coerced15 !== void 0)) {
              if (dataType15 == "number" || dataType15 == "boolean") {
                coerced15 = "" + data19;
              } else if (data19 === null) {
                coerced15 = "";
              } else if (dataType15 == "boolean" || data19 === null || dataType15 == "string" && data19 && data19 == +data19) {
                coerced15 = +data19;
              } else if (data19 === "false" || data19 === 0 || data19 === null) {
                coerced15 = false;
              } else if (data19 === "true" || data19 === 1) {
                coerced15 = true;
              } else if (data19 === "" || data19 === 0 || data19 === false) {
                coerced15 = null;
              } else {
                const err27 = { instancePath: instancePath + "/config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/config/additionalProperties/type", keyword: "type", params: { type: schema0.properties.config.additionalProperties.type }, message: "must be string,number,boolean,null,array" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (coerced15 !== void 0) {
              data19 = coerced15;
              if (data18 !== void 0) {
                data18[key1] = coerced15;
              }
            }
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data20 = data.labels;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key2 in data20) {
          let data21 = data20[key2];
          if (typeof data21 !== "string" && !(typeof data21 == "number") && typeof data21 !== "boolean") {
            let dataType16 = typeof data21;
            let coerced16 = void 0;
            if (!(coerced16 !== void 0)) {
              if (dataType16 == "number" || dataType16 == "boolean") {
                coerced16 = "" + data21;
              } else if (data21 === null) {
                coerced16 = "";
              } else if (dataType16 == "boolean" || data21 === null || dataType16 == "string" && data21 && data21 == +data21) {
                coerced16 = +data21;
              } else if (data21 === "false" || data21 === 0 || data21 === null) {
                coerced16 = false;
              } else if (data21 === "true" || data21 === 1) {
                coerced16 = true;
              } else {
                const err29 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: schema0.properties.labels.additionalProperties.type }, message: "must be string,number,boolean" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (coerced16 !== void 0) {
              data21 = coerced16;
              if (data20 !== void 0) {
                data20[key2] = coerced16;
              }
            }
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
var consumerGroup = validate1;
var schema1 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://topiclint.dev/schemas/consumer-group.schema.json", "title": "topiclint consumer group entry", "description": "One Kafka consumer group in the topiclint native catalog format.", "type": "object", "required": ["consumerGroup"], "properties": { "consumerGroup": { "type": "string", "minLength": 1 }, "owner": { "type": "string" }, "description": { "type": "string" }, "topics": { "type": "array", "items": { "type": "string" } }, "idempotent": { "type": "boolean" }, "replay": { "enum": ["allowed", "prohibited"] }, "replayProhibitedReason": { "type": "string" }, "offsetRecovery": { "enum": ["replicate-offsets", "reset-earliest", "reset-latest", "domain-checkpoint", "manual"] }, "dlq": { "type": "string" }, "freshnessSlo": { "type": "string", "pattern": "^P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$" }, "config": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean", "null", "array"] } }, "labels": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] } } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var pattern2 = new RegExp("^P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$", "u");
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.consumerGroup === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "consumerGroup" }, message: "must have required property 'consumerGroup'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func0.call(schema1.properties, key0) || pattern0.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.consumerGroup !== void 0) {
      let data0 = data.consumerGroup;
      if (typeof data0 !== "string") {
        let dataType0 = typeof data0;
        let coerced0 = void 0;
        if (!(coerced0 !== void 0)) {
          if (dataType0 == "number" || dataType0 == "boolean") {
            coerced0 = "" + data0;
          } else if (data0 === null) {
            coerced0 = "";
          } else {
            const err2 = { instancePath: instancePath + "/consumerGroup", schemaPath: "#/properties/consumerGroup/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (coerced0 !== void 0) {
          data0 = coerced0;
          if (data !== void 0) {
            data["consumerGroup"] = coerced0;
          }
        }
      }
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err3 = { instancePath: instancePath + "/consumerGroup", schemaPath: "#/properties/consumerGroup/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.owner !== void 0) {
      let data1 = data.owner;
      if (typeof data1 !== "string") {
        let dataType1 = typeof data1;
        let coerced1 = void 0;
        if (!(coerced1 !== void 0)) {
          if (dataType1 == "number" || dataType1 == "boolean") {
            coerced1 = "" + data1;
          } else if (data1 === null) {
            coerced1 = "";
          } else {
            const err4 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (coerced1 !== void 0) {
          data1 = coerced1;
          if (data !== void 0) {
            data["owner"] = coerced1;
          }
        }
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        let dataType2 = typeof data2;
        let coerced2 = void 0;
        if (!(coerced2 !== void 0)) {
          if (dataType2 == "number" || dataType2 == "boolean") {
            coerced2 = "" + data2;
          } else if (data2 === null) {
            coerced2 = "";
          } else {
            const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (coerced2 !== void 0) {
          data2 = coerced2;
          if (data !== void 0) {
            data["description"] = coerced2;
          }
        }
      }
    }
    if (data.topics !== void 0) {
      let data3 = data.topics;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 !== "string") {
            let dataType3 = typeof data4;
            let coerced3 = void 0;
            if (!(coerced3 !== void 0)) {
              if (dataType3 == "number" || dataType3 == "boolean") {
                coerced3 = "" + data4;
              } else if (data4 === null) {
                coerced3 = "";
              } else {
                const err6 = { instancePath: instancePath + "/topics/" + i0, schemaPath: "#/properties/topics/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (coerced3 !== void 0) {
              data4 = coerced3;
              if (data3 !== void 0) {
                data3[i0] = coerced3;
              }
            }
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/topics", schemaPath: "#/properties/topics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.idempotent !== void 0) {
      let data5 = data.idempotent;
      if (typeof data5 !== "boolean") {
        let coerced4 = void 0;
        if (!(coerced4 !== void 0)) {
          if (data5 === "false" || data5 === 0 || data5 === null) {
            coerced4 = false;
          } else if (data5 === "true" || data5 === 1) {
            coerced4 = true;
          } else {
            const err8 = { instancePath: instancePath + "/idempotent", schemaPath: "#/properties/idempotent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (coerced4 !== void 0) {
          data5 = coerced4;
          if (data !== void 0) {
            data["idempotent"] = coerced4;
          }
        }
      }
    }
    if (data.replay !== void 0) {
      let data6 = data.replay;
      if (!(data6 === "allowed" || data6 === "prohibited")) {
        const err9 = { instancePath: instancePath + "/replay", schemaPath: "#/properties/replay/enum", keyword: "enum", params: { allowedValues: schema1.properties.replay.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.replayProhibitedReason !== void 0) {
      let data7 = data.replayProhibitedReason;
      if (typeof data7 !== "string") {
        let dataType5 = typeof data7;
        let coerced5 = void 0;
        if (!(coerced5 !== void 0)) {
          if (dataType5 == "number" || dataType5 == "boolean") {
            coerced5 = "" + data7;
          } else if (data7 === null) {
            coerced5 = "";
          } else {
            const err10 = { instancePath: instancePath + "/replayProhibitedReason", schemaPath: "#/properties/replayProhibitedReason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (coerced5 !== void 0) {
          data7 = coerced5;
          if (data !== void 0) {
            data["replayProhibitedReason"] = coerced5;
          }
        }
      }
    }
    if (data.offsetRecovery !== void 0) {
      let data8 = data.offsetRecovery;
      if (!(data8 === "replicate-offsets" || data8 === "reset-earliest" || data8 === "reset-latest" || data8 === "domain-checkpoint" || data8 === "manual")) {
        const err11 = { instancePath: instancePath + "/offsetRecovery", schemaPath: "#/properties/offsetRecovery/enum", keyword: "enum", params: { allowedValues: schema1.properties.offsetRecovery.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.dlq !== void 0) {
      let data9 = data.dlq;
      if (typeof data9 !== "string") {
        let dataType6 = typeof data9;
        let coerced6 = void 0;
        if (!(coerced6 !== void 0)) {
          if (dataType6 == "number" || dataType6 == "boolean") {
            coerced6 = "" + data9;
          } else if (data9 === null) {
            coerced6 = "";
          } else {
            const err12 = { instancePath: instancePath + "/dlq", schemaPath: "#/properties/dlq/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (coerced6 !== void 0) {
          data9 = coerced6;
          if (data !== void 0) {
            data["dlq"] = coerced6;
          }
        }
      }
    }
    if (data.freshnessSlo !== void 0) {
      let data10 = data.freshnessSlo;
      if (typeof data10 !== "string") {
        let dataType7 = typeof data10;
        let coerced7 = void 0;
        if (!(coerced7 !== void 0)) {
          if (dataType7 == "number" || dataType7 == "boolean") {
            coerced7 = "" + data10;
          } else if (data10 === null) {
            coerced7 = "";
          } else {
            const err13 = { instancePath: instancePath + "/freshnessSlo", schemaPath: "#/properties/freshnessSlo/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (coerced7 !== void 0) {
          data10 = coerced7;
          if (data !== void 0) {
            data["freshnessSlo"] = coerced7;
          }
        }
      }
      if (typeof data10 === "string") {
        if (!pattern2.test(data10)) {
          const err14 = { instancePath: instancePath + "/freshnessSlo", schemaPath: "#/properties/freshnessSlo/pattern", keyword: "pattern", params: { pattern: "^P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$" }, message: 'must match pattern "^P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.config !== void 0) {
      let data11 = data.config;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key1 in data11) {
          let data12 = data11[key1];
          if (typeof data12 !== "string" && !(typeof data12 == "number") && typeof data12 !== "boolean" && data12 !== null && !Array.isArray(data12)) {
            let dataType8 = typeof data12;
            let coerced8 = void 0;
            if (!(coerced8 !== void 0)) {
              if (dataType8 == "number" || dataType8 == "boolean") {
                coerced8 = "" + data12;
              } else if (data12 === null) {
                coerced8 = "";
              } else if (dataType8 == "boolean" || data12 === null || dataType8 == "string" && data12 && data12 == +data12) {
                coerced8 = +data12;
              } else if (data12 === "false" || data12 === 0 || data12 === null) {
                coerced8 = false;
              } else if (data12 === "true" || data12 === 1) {
                coerced8 = true;
              } else if (data12 === "" || data12 === 0 || data12 === false) {
                coerced8 = null;
              } else {
                const err15 = { instancePath: instancePath + "/config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/config/additionalProperties/type", keyword: "type", params: { type: schema1.properties.config.additionalProperties.type }, message: "must be string,number,boolean,null,array" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (coerced8 !== void 0) {
              data12 = coerced8;
              if (data11 !== void 0) {
                data11[key1] = coerced8;
              }
            }
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data13 = data.labels;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key2 in data13) {
          let data14 = data13[key2];
          if (typeof data14 !== "string" && !(typeof data14 == "number") && typeof data14 !== "boolean") {
            let dataType9 = typeof data14;
            let coerced9 = void 0;
            if (!(coerced9 !== void 0)) {
              if (dataType9 == "number" || dataType9 == "boolean") {
                coerced9 = "" + data14;
              } else if (data14 === null) {
                coerced9 = "";
              } else if (dataType9 == "boolean" || data14 === null || dataType9 == "string" && data14 && data14 == +data14) {
                coerced9 = +data14;
              } else if (data14 === "false" || data14 === 0 || data14 === null) {
                coerced9 = false;
              } else if (data14 === "true" || data14 === 1) {
                coerced9 = true;
              } else {
                const err17 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: schema1.properties.labels.additionalProperties.type }, message: "must be string,number,boolean" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (coerced9 !== void 0) {
              data14 = coerced9;
              if (data13 !== void 0) {
                data13[key2] = coerced9;
              }
            }
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate1.errors = vErrors;
  return errors === 0;
}

// src/yaml/validate.ts
var ajvInstances = /* @__PURE__ */ new Map();
function getAjv(coerce = true, from = "builtin") {
  const key = `${coerce ? "coerce" : "strict"}/${from}`;
  let ajv = ajvInstances.get(key);
  if (!ajv) {
    const user = from === "user" ? { validateSchema: true, code: { regExp: ajvRegExp } } : { validateSchema: false };
    ajv = new import_ajv.Ajv({ allErrors: true, strict: false, coerceTypes: coerce, useDefaults: false, ...user });
    ajvInstances.set(key, ajv);
  }
  return ajv;
}
var compiled = /* @__PURE__ */ new WeakMap();
var builtAhead = /* @__PURE__ */ new Map([
  [topicSchema, topic],
  [consumerGroupSchema, consumerGroup]
]);
function compileSchema(schema, coerce = true) {
  if (coerce) {
    const ahead = builtAhead.get(schema);
    if (ahead) return ahead;
  }
  let fn = compiled.get(schema);
  if (!fn) {
    fn = getAjv(coerce).compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
}
function nodeAtPointer(root, pointer) {
  const segments = pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node2 = root;
  let keyNode;
  for (const seg of segments) {
    if (node2.type === "map") {
      const pair = node2.pairs.find((p) => p.key === seg);
      if (!pair) return { node: node2, exact: false };
      keyNode = pair.keyNode;
      if (!pair.value) return { node: pair.keyNode, keyNode, exact: false };
      node2 = pair.value;
    } else if (node2.type === "seq") {
      const item = node2.items[Number(seg)];
      if (!item) return { node: node2, exact: false };
      keyNode = void 0;
      node2 = item;
    } else return { node: node2, exact: false };
  }
  return { node: node2, ...keyNode ? { keyNode } : {}, exact: true };
}
function propertyNames(schema, pointer) {
  let s = schema;
  const segments = pointer === "" ? [] : pointer.slice(1).split("/");
  for (const seg of segments) {
    if (!s) break;
    const props2 = s["properties"];
    if (props2 && props2[seg]) s = props2[seg];
    else if (s["items"]) s = s["items"];
    else if (typeof s["additionalProperties"] === "object") s = s["additionalProperties"];
    else return [];
  }
  return Object.keys(s?.["properties"] ?? {});
}
var KEY_EXCERPT_MAX = 64;
function describe(err, schema) {
  const field = err.instancePath === "" ? "the entry" : `\`${err.instancePath.slice(1).replace(/\//g, ".")}\``;
  switch (err.keyword) {
    case "additionalProperty":
    case "additionalProperties": {
      const key = String(err.params.additionalProperty);
      const suggestion = didYouMean(key, propertyNames(schema, err.instancePath));
      return `Unknown key \`${excerpt(key, KEY_EXCERPT_MAX)}\`${err.instancePath ? ` in ${field}` : ""}.${suggestion ? ` Did you mean \`${suggestion}\`?` : " Remove it, or prefix custom metadata with `x-`."}`;
    }
    case "required":
      return `Missing required key \`${err.params.missingProperty}\`${err.instancePath ? ` in ${field}` : ""}.`;
    case "enum":
      return `${field} must be one of ${(err.params.allowedValues ?? []).map((v) => `\`${String(v)}\``).join(", ")}.`;
    case "type":
      return `${field} must be ${articleType(String(err.params.type))}.`;
    default:
      return `${field} ${err.message ?? "is invalid"}.`;
  }
}
function articleType(t) {
  const names = { integer: "a whole number", number: "a number", string: "a string", boolean: "true or false", array: "a list", object: "a mapping" };
  return t.split(",").map((x) => names[x] ?? x).join(" or ");
}
function validateNode(root, schema, coerce = true) {
  const validate = compileSchema(schema, coerce);
  const data = toJS(root);
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const summaries = new Set(errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf").map((e) => e.instancePath));
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const err of errors) {
    if (err.keyword !== "anyOf" && err.keyword !== "oneOf" && summaries.has(err.instancePath)) continue;
    let pointer = err.instancePath;
    if (err.keyword === "additionalProperties") pointer += `/${String(err.params.additionalProperty).replace(/~/g, "~0").replace(/\//g, "~1")}`;
    const at = nodeAtPointer(root, pointer);
    const target = err.keyword === "additionalProperties" ? at.keyNode ?? at.node : at.node;
    const message = err.keyword === "anyOf" || err.keyword === "oneOf" ? `${err.instancePath ? `\`${err.instancePath.slice(1).replace(/\//g, ".")}\`` : "The entry"} has an unsupported shape.` : describe(err, schema);
    const key = `${target.start}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ message, start: target.start, end: target.end, path: pointer.slice(1).replace(/\//g, ".") });
  }
  return out;
}

// src/sources/catalog/index.ts
var RETENTION_EXPECTED = "an ISO-8601 duration such as P7D, or -1 / infinite";
var isMap = (n) => n?.type === "map";
var FOREIGN_KEYS = ["connector.class", "tasks.max", "key.converter", "value.converter", "bootstrap.servers", "schema.registry.url"];
var hasName = (n, key) => {
  if (!isMap(n)) return false;
  const pair = getPair(n, key);
  if (!pair || pair.value !== void 0 && pair.value.type !== "scalar") return false;
  return !FOREIGN_KEYS.some((k) => getPair(n, k) !== void 0);
};
function entries(root) {
  const topics = [];
  const groups = [];
  const take = (n) => {
    if (!isMap(n)) return;
    if (hasName(n, "topic")) topics.push(n);
    else if (hasName(n, "consumerGroup")) groups.push(n);
  };
  if (root.type === "seq") root.items.forEach(take);
  else if (isMap(root)) {
    if (hasName(root, "topic") || hasName(root, "consumerGroup")) take(root);
    else {
      const t = get(root, "topics");
      if (t?.type === "seq") {
        for (const i of t.items) if (isMap(i)) topics.push(i);
      }
      const g = get(root, "consumerGroups");
      if (g?.type === "seq") {
        for (const i of g.items) if (isMap(i)) groups.push(i);
      }
    }
  }
  return { topics, groups };
}
function isCatalogDocument(root) {
  if (root.type === "seq") return root.items.some((i) => hasName(i, "topic") || hasName(i, "consumerGroup"));
  if (!isMap(root)) return false;
  if (hasName(root, "topic") || hasName(root, "consumerGroup")) return true;
  const t = get(root, "topics");
  if (t?.type === "seq" && t.items.some((i) => hasName(i, "topic"))) return true;
  const g = get(root, "consumerGroups");
  return g?.type === "seq" && g.items.some((i) => hasName(i, "consumerGroup"));
}
function labelsOf(file, node2) {
  return { ...labelMap(file, get(node2, "labels")), ...labelMap(file, node2, (k) => k.startsWith("x-")) };
}
function readTopic(file, node2) {
  const config = configMap(file, get(node2, "config"));
  const fromConfig = typedFromConfig(config);
  const cleanupNode = get(node2, "cleanupPolicy");
  let cleanupPolicy;
  if (cleanupNode) {
    const raw = cleanupNode.type === "seq" ? cleanupNode.items.map((i) => i.type === "scalar" ? String(i.value) : "?") : cleanupNode.type === "scalar" ? String(cleanupNode.value) : void 0;
    const parsed = parseCleanupPolicy(raw);
    const spelled3 = cleanupNode.type === "seq" ? `[${raw.join(", ")}]` : String(raw);
    cleanupPolicy = parsed ? known(parsed, locOf(file, cleanupNode), spelled3) : invalid(locOf(file, cleanupNode), spelled3, CLEANUP_POLICY_EXPECTED);
  } else cleanupPolicy = fromConfig.cleanupPolicy;
  const retentionNode = get(node2, "retention");
  let retentionMs;
  if (retentionNode) {
    const f = stringField(file, retentionNode);
    retentionMs = f && f.kind === "known" ? mapField(f, (v) => parseRetention(v), RETENTION_EXPECTED) : f;
  } else retentionMs = fromConfig.retentionMs;
  const nameNode = get(node2, "topic");
  return {
    kind: "topic",
    format: "catalog",
    file,
    declaredIn: "catalog",
    loc: locOf(file, node2),
    name: stringField(file, nameNode) ?? known("", locOf(file, node2)),
    owner: stringField(file, get(node2, "owner")),
    classification: stringField(file, get(node2, "classification")),
    key: stringField(file, get(node2, "key")),
    partitions: numberField(file, get(node2, "partitions")),
    replicationFactor: numberField(file, get(node2, "replicationFactor")),
    minInsyncReplicas: numberField(file, get(node2, "minInsyncReplicas")) ?? fromConfig.minInsyncReplicas,
    cleanupPolicy,
    retentionMs,
    schemaCompatibility: stringField(file, get(node2, "schemaCompatibility")),
    drTier: stringField(file, get(node2, "drTier")),
    contact: stringField(file, get(node2, "contact")),
    schemaOwner: stringField(file, get(node2, "schemaOwner")),
    deprecated: booleanField(file, get(node2, "deprecated")),
    consumerGroups: stringList(file, get(node2, "consumerGroups")),
    config,
    labels: labelsOf(file, node2)
  };
}
function readGroup(file, node2) {
  return {
    kind: "consumerGroup",
    format: "catalog",
    file,
    loc: locOf(file, node2),
    name: stringField(file, get(node2, "consumerGroup")) ?? known("", locOf(file, node2)),
    owner: stringField(file, get(node2, "owner")),
    topics: stringList(file, get(node2, "topics")),
    idempotent: booleanField(file, get(node2, "idempotent")),
    replay: stringField(file, get(node2, "replay")),
    replayProhibitedReason: stringField(file, get(node2, "replayProhibitedReason")),
    offsetRecovery: stringField(file, get(node2, "offsetRecovery")),
    dlq: stringField(file, get(node2, "dlq")),
    freshnessSlo: stringField(file, get(node2, "freshnessSlo")),
    config: configMap(file, get(node2, "config")),
    labels: labelsOf(file, node2)
  };
}
function schemaProblems(file, node2, schema, nameKey) {
  const nameNode = get(node2, nameKey);
  const entityName2 = nameNode?.type === "scalar" ? String(nameNode.value) : void 0;
  return validateNode(node2, schema).map((e) => ({
    ruleId: "schema",
    message: e.message,
    loc: { file, start: e.start, end: e.end },
    ...entityName2 !== void 0 ? { entityName: entityName2 } : {},
    field: e.path
  }));
}
var catalogAdapter = {
  id: "catalog",
  detect: (root) => isCatalogDocument(root),
  read(doc, path) {
    const out = { topics: [], consumerGroups: [], problems: [] };
    if (!doc.root) return out;
    const { topics, groups } = entries(doc.root);
    for (const t of topics) {
      for (const p of schemaProblems(path, t, topicSchema, "topic")) out.problems.push(p);
      if (hasName(t, "topic")) out.topics.push(readTopic(path, t));
    }
    for (const g of groups) {
      for (const p of schemaProblems(path, g, consumerGroupSchema, "consumerGroup")) out.problems.push(p);
      if (hasName(g, "consumerGroup")) out.consumerGroups.push(readGroup(path, g));
    }
    return out;
  }
};

// src/sources/common/cluster.ts
function writtenCluster(path, node2) {
  const f = stringField(path, node2);
  if (!f || f.kind === "invalid") return void 0;
  return f;
}
function pathCluster(path, value) {
  return known(value, { file: path, start: 0, end: 0 });
}
function unknownCluster(f, reason) {
  return unknown(f.loc, reason, f.raw);
}
var NAIS_CLUSTER_FOLDER = /^(dev|prod)-(gcp|fss|sbs)$/;
function naisFolderCluster(path) {
  const dirs = path.split("/").slice(0, -1);
  for (let i = dirs.length - 1; i >= 0; i--) if (NAIS_CLUSTER_FOLDER.test(dirs[i])) return dirs[i];
  return void 0;
}

// src/util/wildcard.ts
function wildcardMatch(pattern, text2, options = {}) {
  const { question = false, separator } = options;
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text2.length) {
    const c = pattern[p];
    if (c === "*") {
      starP = p++;
      starT = t;
    } else if (c !== void 0 && (question && c === "?" ? text2[t] !== separator : c === text2[t])) {
      p++;
      t++;
    } else if (starP >= 0 && text2[starT] !== separator) {
      p = starP + 1;
      t = ++starT;
    } else return false;
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}
var last = { path: "", segments: [""] };
function segmentsOf(path) {
  if (last.path !== path) last = { path, segments: path.split("/") };
  return last.segments;
}
var ANY_SEGMENTS = /* @__PURE__ */ Symbol("any segments");
function pathMatch(tokens, path) {
  const segments = typeof path === "string" ? segmentsOf(path) : path;
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < segments.length) {
    const token = tokens[p];
    if (token === ANY_SEGMENTS) {
      starP = p++;
      starT = t;
    } else if (token !== void 0 && wildcardMatch(token, segments[t], { question: true })) {
      p++;
      t++;
    } else if (starP >= 0) {
      p = starP + 1;
      t = ++starT;
    } else return false;
  }
  while (tokens[p] === ANY_SEGMENTS) p++;
  return p === tokens.length;
}

// src/sources/common/ownership.ts
var DEFAULT_OWNERSHIP_ORDER = ["labels", "annotations", "team-label", "codeowners"];
var OWNERSHIP_KEYS = {
  owner: [LABEL_FOR_FIELD.owner, "topiclint.io/owner", "owner"],
  contact: [LABEL_FOR_FIELD.contact, "topiclint.io/contact", "contact"],
  classification: [LABEL_FOR_FIELD.classification, "topiclint.io/classification", "data-classification", "classification"],
  drTier: [LABEL_FOR_FIELD.drTier, "topiclint.io/dr-tier", "dr-tier"],
  schemaOwner: [LABEL_FOR_FIELD.schemaOwner, "topiclint.io/schema-owner", "schema-owner"]
};
var DEFAULT_TEAM_LABEL_KEYS = ["team"];
var DROPPED_ANNOTATIONS = /* @__PURE__ */ new Set(["kubectl.kubernetes.io/last-applied-configuration"]);
var FIELDS = Object.keys(OWNERSHIP_KEYS);
function resolveOwnership(input, options = {}) {
  const order = options.order ?? DEFAULT_OWNERSHIP_ORDER;
  const teamKeys = options.teamLabelKeys ?? DEFAULT_TEAM_LABEL_KEYS;
  const labels = input.labels ?? {};
  const annotations = input.annotations ?? {};
  const chosen = {};
  const tryMap = (source, map, field, keys) => {
    if (chosen[field]) return;
    for (const key of keys) {
      const f = map[key];
      if (f) {
        chosen[field] = { source, key, field: f };
        return;
      }
    }
  };
  for (const source of order) {
    for (const field of FIELDS) {
      if (source === "labels") tryMap(source, labels, field, OWNERSHIP_KEYS[field]);
      else if (source === "annotations") tryMap(source, annotations, field, OWNERSHIP_KEYS[field]);
      else if (source === "team-label" && field === "owner") {
        tryMap(source, labels, field, teamKeys);
        tryMap(source, annotations, field, teamKeys);
      } else if (source === "codeowners" && field === "owner" && options.codeowners && !chosen.owner) {
        const f = codeownersOwner(options.codeowners, input.filePath);
        if (f) chosen.owner = { source, key: "CODEOWNERS", field: f };
      }
    }
  }
  const out = { labels: mergeLabels(labels, annotations, order), sources: {} };
  for (const field of FIELDS) {
    const c = chosen[field];
    if (!c) continue;
    out.sources[field] = { source: c.source, key: c.key };
    if (!c.key.startsWith("x-")) out[field] = c.field;
  }
  return out;
}
function mergeLabels(labels, annotations, order) {
  const li = order.indexOf("labels");
  const ai = order.indexOf("annotations");
  const annotationsFirst = ai !== -1 && (li === -1 || ai < li);
  const cleanAnnotations = {};
  for (const [k, v] of Object.entries(annotations)) if (!DROPPED_ANNOTATIONS.has(k)) cleanAnnotations[k] = v;
  return annotationsFirst ? { ...labels, ...cleanAnnotations } : { ...cleanAnnotations, ...labels };
}
function ownershipFields(own) {
  return {
    ...own.owner ? { owner: own.owner } : {},
    ...own.contact ? { contact: own.contact } : {},
    ...own.classification ? { classification: own.classification } : {},
    ...own.drTier ? { drTier: own.drTier } : {},
    ...own.schemaOwner ? { schemaOwner: own.schemaOwner } : {}
  };
}
function kubernetesOwnership(file, metadata, options) {
  return resolveOwnership(
    { labels: labelMap(file, get(metadata, "labels")), annotations: labelMap(file, get(metadata, "annotations")), filePath: file },
    options
  );
}
var CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function parseCodeowners(path, text2) {
  const rules = [];
  let offset = 0;
  const lines = text2.split(/\r\n|\n|\r/);
  const breaks = text2.match(/\r\n|\n|\r/g) ?? [];
  for (let i = 0; i < lines.length; i++) {
    const lineText = lines[i];
    const lineStart = offset;
    offset += lineText.length + (breaks[i]?.length ?? 0);
    const tokens = tokenize(lineText);
    if (tokens.length === 0) continue;
    const first = tokens[0];
    if (/^\^?\[[^\]]*\]/.test(first.text)) continue;
    if (first.text.startsWith("!")) continue;
    const pattern = first.text.replace(/\\(.)/g, "$1");
    const matches = compilePattern(pattern);
    if (!matches) continue;
    const ownerTokens = tokens.slice(1);
    const span2 = ownerTokens.length > 0 ? { start: ownerTokens[0].start, end: ownerTokens[ownerTokens.length - 1].end } : first;
    rules.push({
      pattern,
      owners: ownerTokens.map((t) => t.text),
      line: i + 1,
      start: lineStart + span2.start,
      end: lineStart + span2.end,
      matches
    });
  }
  return { path, rules };
}
function tokenize(line) {
  const out = [];
  const re = /(?:\\.|[^\s\\])+/g;
  let m;
  while ((m = re.exec(line)) !== null) {
    if (m[0].startsWith("#")) break;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
function compilePattern(pattern) {
  let p = pattern.trim();
  if (p === "" || /[[\]]/.test(p)) return void 0;
  let anchored = false;
  if (p.startsWith("/")) {
    anchored = true;
    p = p.slice(1);
  }
  let dirOnly = false;
  if (p.endsWith("/")) {
    dirOnly = true;
    let end = p.length;
    while (end > 0 && p[end - 1] === "/") end--;
    p = p.slice(0, end);
  }
  if (p === "") return () => true;
  if (p.includes("/")) anchored = true;
  const segments = p.split("/");
  const tokens = anchored ? [] : [ANY_SEGMENTS];
  segments.forEach((seg, i) => {
    const last2 = i === segments.length - 1;
    if (seg !== "**") tokens.push(seg);
    else if (last2) tokens.push("*", ANY_SEGMENTS);
    else tokens.push(ANY_SEGMENTS);
  });
  const lastSeg = segments[segments.length - 1];
  if (dirOnly) tokens.push("*", ANY_SEGMENTS);
  else if (lastSeg !== "*" && lastSeg !== "**") tokens.push(ANY_SEGMENTS);
  return (path) => pathMatch(tokens, path.startsWith("/") || path.startsWith("./") ? path.replace(/^\.\//, "").replace(/^\/+/, "") : path);
}
function codeownersRuleFor(codeowners, filePath) {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i];
    if (rule.matches(filePath)) return rule;
  }
  return void 0;
}
function codeownersOwner(codeowners, filePath) {
  const rule = codeownersRuleFor(codeowners, filePath);
  if (!rule || rule.owners.length === 0) return void 0;
  const loc = { file: codeowners.path, start: rule.start, end: rule.end };
  const value = rule.owners.join(" ");
  return known(value, loc, value);
}

// src/sources/strimzi/index.ts
var STRIMZI_API = /^kafka\.strimzi\.io\/(v1beta1|v1beta2|v1)$/;
function scalarString(node2) {
  return node2 && node2.type === "scalar" && typeof node2.value === "string" ? node2.value : void 0;
}
function isStrimziTopic(node2) {
  return scalarString(get(node2, "kind")) === "KafkaTopic" && STRIMZI_API.test(scalarString(get(node2, "apiVersion")) ?? "");
}
function isList(node2) {
  const items = get(node2, "items");
  return (scalarString(get(node2, "kind")) ?? "").endsWith("List") && items !== void 0 && items.type === "seq" && items.items.some(isStrimziTopic);
}
function kubernetesTopic(path, node2, name, metadata, spec, shape2, options) {
  const config = configMap(path, get(spec, shape2.configKey));
  const own = kubernetesOwnership(path, metadata, options);
  const partitions = numberField(path, get(spec, shape2.partitionsKey));
  const replicationFactor = numberField(path, get(spec, "replicas"));
  return {
    kind: "topic",
    name,
    loc: locOf(path, node2),
    format: shape2.format,
    file: path,
    declaredIn: "catalog",
    consumerGroups: [],
    config,
    labels: own.labels,
    ...partitions ? { partitions } : {},
    ...replicationFactor ? { replicationFactor } : {},
    ...typedFromConfig(config),
    ...ownershipFields(own)
  };
}
function readStrimziTopic(node2, path, options) {
  const metadata = get(node2, "metadata");
  const spec = get(node2, "spec");
  const name = stringField(path, get(spec, "topicName")) ?? stringField(path, get(metadata, "name"));
  if (!name) {
    return {
      problem: {
        ruleId: "schema",
        message: "This KafkaTopic has neither `spec.topicName` nor `metadata.name`, so its topic has no name. Add `metadata.name`.",
        loc: locOf(path, metadata ?? node2)
      }
    };
  }
  const topic2 = kubernetesTopic(path, node2, name, metadata, spec, { format: "strimzi", configKey: "config", partitionsKey: "partitions" }, options);
  const cluster = writtenCluster(path, get(get(metadata, "labels"), "strimzi.io/cluster"));
  return { topic: cluster ? { ...topic2, cluster } : topic2 };
}
function createStrimziAdapter(options) {
  return {
    id: "strimzi",
    detect(root) {
      return root.type === "map" && (isStrimziTopic(root) || isList(root));
    },
    read(doc, path) {
      const root = doc.root;
      if (!root) return {};
      const nodes2 = isStrimziTopic(root) ? [root] : get(root, "items")?.items.filter(isStrimziTopic) ?? [];
      const topics = [];
      const problems = [];
      for (const n of nodes2) {
        const r = readStrimziTopic(n, path, options);
        if (r.topic) topics.push(r.topic);
        if (r.problem) problems.push(r.problem);
      }
      return { topics, problems };
    }
  };
}
var strimziAdapter = createStrimziAdapter();

// src/sources/cfk/index.ts
function cfkCluster(path, spec) {
  const ref = (key, prefix) => {
    const name = writtenCluster(path, get(get(spec, key), "name"));
    if (name?.kind !== "known") return name;
    const ns = writtenCluster(path, get(get(spec, key), "namespace"));
    if (ns && ns.kind !== "known") return ns;
    return known(`${prefix}${ns ? `${ns.value}/` : ""}${name.value}`, name.loc);
  };
  return ref("kafkaClusterRef", "") ?? ref("kafkaRestClassRef", "rest:") ?? writtenCluster(path, get(get(spec, "kafkaRest"), "kafkaClusterID"));
}
function scalarString2(node2) {
  return node2 && node2.type === "scalar" && typeof node2.value === "string" ? node2.value : void 0;
}
function isCfkTopic(node2) {
  return scalarString2(get(node2, "kind")) === "KafkaTopic" && /^platform\.confluent\.io\/v1(beta1)?$/.test(scalarString2(get(node2, "apiVersion")) ?? "");
}
function createCfkAdapter(options) {
  return {
    id: "cfk",
    detect: (root) => root.type === "map" && isCfkTopic(root),
    read(doc, path) {
      const node2 = doc.root;
      if (!node2) return {};
      const metadata = get(node2, "metadata");
      const spec = get(node2, "spec");
      const name = stringField(path, get(spec, "name")) ?? stringField(path, get(metadata, "name"));
      if (!name) {
        const problem = {
          ruleId: "schema",
          message: "This KafkaTopic has neither `spec.name` nor `metadata.name`, so its topic has no name. Add `metadata.name`.",
          loc: locOf(path, metadata ?? node2)
        };
        return { problems: [problem] };
      }
      const topic2 = kubernetesTopic(path, node2, name, metadata, spec, { format: "cfk", configKey: "configs", partitionsKey: "partitionCount" }, options);
      const cluster = cfkCluster(path, spec);
      return { topics: [cluster ? { ...topic2, cluster } : topic2] };
    }
  };
}
var cfkAdapter = createCfkAdapter();

// src/sources/nais/index.ts
var HOUR_MS = 36e5;
function scalarString3(node2) {
  return node2 && node2.type === "scalar" && typeof node2.value === "string" ? node2.value : void 0;
}
function isNaisTopic(node2) {
  return scalarString3(get(node2, "kind")) === "Topic" && scalarString3(get(node2, "apiVersion")) === "kafka.nais.io/v1";
}
function spelled(key, node2) {
  return node2.type === "scalar" ? `${key}: ${node2.quoted ? JSON.stringify(node2.raw) : node2.raw}` : `${key}: ...`;
}
function hoursField(path, config, key) {
  const node2 = get(config, key);
  const n = numberField(path, node2, "a whole number of hours, or -1 for infinite");
  if (!n || !node2) return n;
  if (n.kind === "unknown") return { ...n, raw: spelled(key, node2) };
  if (n.kind === "invalid") return invalid(n.loc, spelled(key, node2), n.expected);
  if (!Number.isInteger(n.value) || n.value < -1) return invalid(n.loc, spelled(key, node2), "a whole number of hours, or -1 for infinite");
  return known(n.value === -1 ? -1 : n.value * HOUR_MS, n.loc, spelled(key, node2));
}
function rawNumber(path, config, key) {
  const node2 = get(config, key);
  const n = numberField(path, node2);
  if (!n || !node2) return void 0;
  return n.kind === "known" ? known(n.value, n.loc, spelled(key, node2)) : n;
}
function topicName(path, metadata) {
  const nameNode = get(metadata, "name");
  const name = stringField(path, nameNode);
  if (!name || name.kind !== "known" || !nameNode) return name;
  const ns = stringField(path, get(metadata, "namespace"));
  if (!ns) {
    return unknown(name.loc, "NAIS prefixes the topic name with the team namespace, and `metadata.namespace` is not set in this file", name.raw);
  }
  if (ns.kind !== "known") return unknown(name.loc, "the namespace that prefixes the topic name is not known statically", name.raw);
  return known(`${ns.value}.${name.value}`, name.loc);
}
function naisCluster(path, spec) {
  const pool = writtenCluster(path, get(spec, "pool"));
  if (pool?.kind === "known") return pool;
  const folder = naisFolderCluster(path);
  if (folder) return pathCluster(path, folder);
  return pool ? unknownCluster(pool, "the NAIS pool is templated") : void 0;
}
function createNaisAdapter(options) {
  return {
    id: "nais",
    detect: (root) => root.type === "map" && isNaisTopic(root),
    read(doc, path) {
      const node2 = doc.root;
      if (!node2) return {};
      const metadata = get(node2, "metadata");
      const spec = get(node2, "spec");
      const name = topicName(path, metadata);
      if (!name) {
        return {
          problems: [{ ruleId: "schema", message: "This NAIS Topic has no `metadata.name`, so its topic has no name. Add `metadata.name`.", loc: locOf(path, metadata ?? node2) }]
        };
      }
      const cfg = get(spec, "config");
      const config = {};
      const retentionBytes = rawNumber(path, cfg, "retentionBytes");
      if (retentionBytes) config["retention.bytes"] = retentionBytes;
      const maxMessageBytes = rawNumber(path, cfg, "maxMessageBytes");
      if (maxMessageBytes) config["max.message.bytes"] = maxMessageBytes;
      const segment = hoursField(path, cfg, "segmentHours");
      if (segment) config["segment.ms"] = segment;
      const localRetention = hoursField(path, cfg, "localRetentionHours");
      if (localRetention) config["local.retention.ms"] = localRetention;
      const own = kubernetesOwnership(path, metadata, options);
      const labels = { ...own.labels };
      const acl = get(spec, "acl");
      if (acl?.type === "seq") {
        for (const entry of acl.items) {
          const team = scalarString3(get(entry, "team"));
          const app = scalarString3(get(entry, "application"));
          const access = stringField(path, get(entry, "access"));
          if (team !== void 0 && app !== void 0 && access) labels[`acl.${team}.${app}`] = access;
        }
      }
      const partitions = numberField(path, get(cfg, "partitions"));
      const replicationFactor = numberField(path, get(cfg, "replication"));
      const minInsyncReplicas = numberField(path, get(cfg, "minimumInSyncReplicas"));
      const retentionMs = hoursField(path, cfg, "retentionHours");
      const cpNode = get(cfg, "cleanupPolicy");
      const cp = stringField(path, cpNode);
      const cleanupPolicy = cp && cpNode ? mapField({ ...cp, ...cp.kind === "known" ? { raw: spelled("cleanupPolicy", cpNode) } : {} }, (v) => parseCleanupPolicy(v), "`delete`, `compact` or `compact,delete`") : void 0;
      const topic2 = {
        kind: "topic",
        name,
        loc: locOf(path, node2),
        format: "nais",
        file: path,
        declaredIn: "catalog",
        consumerGroups: [],
        config,
        labels,
        ...partitions ? { partitions } : {},
        ...replicationFactor ? { replicationFactor } : {},
        ...minInsyncReplicas ? { minInsyncReplicas } : {},
        ...retentionMs ? { retentionMs } : {},
        ...cleanupPolicy ? { cleanupPolicy } : {},
        ...ownershipFields(own)
      };
      const cluster = naisCluster(path, spec);
      if (cluster) return { topics: [{ ...topic2, cluster }] };
      return { topics: [topic2] };
    }
  };
}
var naisAdapter = createNaisAdapter();

// src/sources/asyncapi/index.ts
function scalarString4(node2) {
  return node2 && node2.type === "scalar" && node2.value !== null ? String(node2.value) : void 0;
}
function asyncApiVersion(root) {
  const v = scalarString4(get(root, "asyncapi"));
  if (!v) return void 0;
  if (/^2\./.test(v)) return 2;
  if (/^3\./.test(v)) return 3;
  return void 0;
}
function extensions(path, node2) {
  const out = {};
  if (node2?.type !== "map") return out;
  for (const p of node2.pairs) {
    if (!p.key.startsWith("x-") || p.value?.type !== "scalar" || p.value.value === null) continue;
    out[p.key] = stringField(path, p.value);
  }
  return out;
}
function allServersKafka(root) {
  const servers = get(root, "servers");
  if (servers?.type !== "map" || servers.pairs.length === 0) return false;
  return servers.pairs.every((p) => /^kafka(-secure)?$/i.test(scalarString4(get(p.value, "protocol")) ?? ""));
}
var PARAM = /\{[^}]+\}/;
function nameField(path, node2, what) {
  const f = stringField(path, node2);
  if (f.kind === "known" && PARAM.test(f.value)) {
    return unknown(f.loc, `the ${what} \`${f.value}\` has parameters (${f.value.match(/\{[^}]+\}/g).join(", ")}) filled in at runtime`, f.raw);
  }
  return f;
}
function literal(path, node2) {
  if (!node2) return void 0;
  if (node2.type === "scalar") return node2.value === null ? void 0 : stringField(path, node2);
  const c = get(node2, "const");
  if (c?.type === "scalar" && c.value !== null) return stringField(path, c);
  const e = get(node2, "enum");
  if (e?.type === "seq" && e.items.length === 1 && e.items[0].type === "scalar") return stringField(path, e.items[0]);
  return void 0;
}
function hasKafkaChannels(root) {
  const channels = get(root, "channels");
  if (channels?.type !== "map" || channels.pairs.length === 0) return false;
  return allServersKafka(root) || channels.pairs.some((p) => get(get(p.value, "bindings"), "kafka") !== void 0);
}
function createAsyncApiAdapter(options) {
  return {
    id: "asyncapi",
    detect: (root) => root.type === "map" && asyncApiVersion(root) !== void 0 && hasKafkaChannels(root),
    read(doc, path) {
      const root = doc.root;
      if (!root || root.type !== "map") return {};
      const version = asyncApiVersion(root);
      const info = get(root, "info");
      const infoLabels = extensions(path, info);
      const contactNode = get(get(info, "contact"), "email") ?? get(get(info, "contact"), "name");
      const kafkaEverywhere = allServersKafka(root);
      const channels = get(root, "channels");
      const topics = [];
      for (const p of channels?.type === "map" ? channels.pairs : []) {
        const ch = p.value;
        const binding = get(get(ch, "bindings"), "kafka");
        if (!binding && !kafkaEverywhere) continue;
        let name;
        const explicit = get(binding, "topic");
        if (explicit && explicit.type === "scalar" && explicit.value !== null) name = nameField(path, explicit, "topic");
        else if (version === 2) name = nameField(path, p.keyNode, "channel");
        else {
          const address = get(ch, "address");
          if (address && address.type === "scalar" && address.value !== null) name = nameField(path, address, "address");
          else {
            const at = address ?? p.keyNode;
            name = unknown(locOf(path, at), `channel \`${p.key}\` has ${address ? "a null" : "no"} address: AsyncAPI leaves it to be known at runtime`, p.key);
          }
        }
        const config = { ...configMap(path, get(binding, "topicConfiguration")) };
        const own = resolveOwnership({ labels: { ...infoLabels, ...extensions(path, ch), ...extensions(path, binding) }, filePath: path }, options);
        const fields = { ...ownershipFields(own) };
        if (!fields.contact && !own.sources.contact && contactNode) {
          const c = stringField(path, contactNode);
          if (c) fields.contact = c;
        }
        const partitions = numberField(path, get(binding, "partitions"));
        const replicationFactor = numberField(path, get(binding, "replicas"));
        topics.push({
          id: p.key,
          topic: {
            kind: "topic",
            name,
            loc: locOf(path, { start: p.start, end: p.end }),
            format: "asyncapi",
            file: path,
            declaredIn: "catalog",
            consumerGroups: [],
            config,
            labels: own.labels,
            ...partitions ? { partitions } : {},
            ...replicationFactor ? { replicationFactor } : {},
            ...typedFromConfig(config),
            ...fields
          }
        });
      }
      const groups = /* @__PURE__ */ new Map();
      const addGroup = (op, channelId) => {
        const kb = get(get(op, "bindings"), "kafka");
        const gid = literal(path, get(kb, "groupId"));
        const target = topics.find((t) => t.id === channelId);
        if (!gid || !target || !op) return;
        const key = gid.kind === "known" ? gid.value : `?${gid.loc.start}`;
        const existing = groups.get(key);
        if (existing) {
          existing.topics.push(target.topic.name);
          return;
        }
        const clientId = literal(path, get(kb, "clientId"));
        groups.set(key, {
          kind: "consumerGroup",
          name: gid,
          loc: locOf(path, op),
          format: "asyncapi",
          file: path,
          topics: [target.topic.name],
          config: clientId ? { "client.id": clientId.kind === "known" ? known(clientId.value, clientId.loc, clientId.raw) : clientId } : {},
          labels: extensions(path, op)
        });
      };
      if (version === 3) {
        const ops = get(root, "operations");
        for (const p of ops?.type === "map" ? ops.pairs : []) {
          const ref = scalarString4(get(get(p.value, "channel"), "$ref"));
          const m = ref ? /^#\/channels\/(.+)$/.exec(ref) : null;
          addGroup(p.value, m ? decodePointer(m[1]) : void 0);
        }
      } else {
        for (const p of channels.pairs) {
          for (const verb of ["publish", "subscribe"]) addGroup(get(p.value, verb), p.key);
        }
      }
      return { topics: topics.map((t) => t.topic), consumerGroups: [...groups.values()] };
    }
  };
}
function decodePointer(s) {
  return s.replace(/~1/g, "/").replace(/~0/g, "~");
}
var asyncApiAdapter = createAsyncApiAdapter();

// src/sources/topicctl/index.ts
var TOPIC_SPEC_KEYS = ["partitions", "replicationFactor", "retentionMinutes", "settings", "placement"];
var CLUSTER_SPEC_KEYS = ["bootstrapAddrs", "zkAddrs", "zkLockPath", "clusterID", "versionMajor", "defaultRetentionDropStepDuration"];
function isMap2(node2) {
  return node2 !== void 0 && node2.type === "map";
}
function shape(root) {
  if (root.type !== "map" || hasKey(root, "apiVersion") || hasKey(root, "kind")) return void 0;
  const meta = get(root, "meta");
  const spec = get(root, "spec");
  if (!isMap2(meta) || !isMap2(spec) || !hasKey(meta, "name")) return void 0;
  if (TOPIC_SPEC_KEYS.some((k) => hasKey(spec, k))) return "topic";
  if (CLUSTER_SPEC_KEYS.some((k) => hasKey(spec, k))) return "cluster";
  return void 0;
}
function retentionMinutes(path, spec) {
  const node2 = get(spec, "retentionMinutes");
  const n = numberField(path, node2, "a whole number of minutes");
  if (!n || !node2) return n;
  const raw = `retentionMinutes: ${node2.type === "scalar" ? node2.quoted ? JSON.stringify(node2.raw) : node2.raw : "..."}`;
  if (n.kind === "unknown") return { ...n, raw };
  if (n.kind === "invalid" || !Number.isInteger(n.value) || n.value < 0) return invalid(n.loc, raw, "a whole number of minutes");
  return known(n.value * 6e4, n.loc, raw);
}
function createTopicctlAdapter(options) {
  return {
    id: "topicctl",
    detect: (root) => shape(root) !== void 0,
    read(doc, path) {
      const root = doc.root;
      if (!root) return {};
      if (shape(root) === "cluster") return {};
      const meta = get(root, "meta");
      const spec = get(root, "spec");
      const name = stringField(path, get(meta, "name"));
      if (!name) return {};
      const config = { ...configMap(path, get(spec, "settings")) };
      const own = resolveOwnership({ labels: labelMap(path, get(meta, "labels")), filePath: path }, options);
      const partitions = numberField(path, get(spec, "partitions"));
      const replicationFactor = numberField(path, get(spec, "replicationFactor"));
      const retentionMs = retentionMinutes(path, spec);
      const cluster = writtenCluster(path, get(meta, "cluster"));
      const topic2 = {
        kind: "topic",
        name,
        loc: locOf(path, root),
        format: "topicctl",
        file: path,
        declaredIn: "catalog",
        consumerGroups: stringList(path, get(meta, "consumers")),
        config,
        labels: own.labels,
        ...partitions ? { partitions } : {},
        ...replicationFactor ? { replicationFactor } : {},
        ...typedFromConfig(config),
        ...retentionMs ? { retentionMs } : {},
        ...ownershipFields(own),
        ...cluster ? { cluster } : {}
      };
      return { topics: [topic2] };
    }
  };
}
var topicctlAdapter = createTopicctlAdapter();

// src/sources/julieops/index.ts
var NOT_PREFIX = /* @__PURE__ */ new Set(["projects", "context", "platform", "special_topics"]);
function isScalar(node2) {
  return node2 !== void 0 && node2.type === "scalar";
}
function isJulieOpsDescriptor(root) {
  if (root.type !== "map") return false;
  const projects = get(root, "projects");
  return (projects === void 0 || projects.type === "seq") && (isScalar(get(root, "context")) || isScalar(get(root, "team"))) && (projects !== void 0 || get(root, "special_topics") !== void 0);
}
function prefixParts(path, root) {
  const parts = [];
  const ctx = get(root, "context");
  if (ctx) {
    parts.push(stringField(path, ctx));
    for (const p of root.pairs) {
      if (NOT_PREFIX.has(p.key) || !p.value) continue;
      parts.push(stringField(path, p.value));
    }
  } else {
    parts.push(stringField(path, get(root, "team")));
    const source = get(root, "source");
    if (source) parts.push(stringField(path, source));
  }
  return parts;
}
function compose(parts, loc) {
  const bad = parts.find((p) => p.kind !== "known");
  if (bad) {
    const spelled3 = parts.map((p) => p.kind === "known" ? p.value : (p.raw ?? "?").replace(/^"(.*)"$/, "$1")).join(".");
    return unknown(loc, `JulieOps composes this name from parts that are not known statically (${spelled3})`, spelled3);
  }
  return known(parts.map((p) => p.value).join("."), loc);
}
function collectConsumers(path, node2, topics, groups) {
  if (!node2 || node2.type !== "seq") return;
  for (const c of node2.items) {
    const group2 = stringField(path, get(c, "group"));
    if (!group2 || group2.kind === "known" && group2.value.trim() === "*") continue;
    const key = group2.kind === "known" ? group2.value : `?${group2.loc.start}`;
    let acc = groups.get(key);
    if (!acc) {
      acc = { name: group2, loc: locOf(path, c), topics: [] };
      const principal = stringField(path, get(c, "principal"));
      if (principal) acc.principal = principal;
      groups.set(key, acc);
    }
    for (const t of topics) {
      if (!acc.topics.some((x) => x.kind === "known" && t.kind === "known" && x.value === t.value)) acc.topics.push(t);
    }
  }
}
function createJulieOpsAdapter(options) {
  function readTopic2(path, node2, prefix, problems) {
    const nameNode = get(node2, "name");
    const bare = stringField(path, nameNode);
    if (!bare || !nameNode) {
      problems.push({ ruleId: "schema", message: "This JulieOps topic has no `name`. Add `name:` with the topic name.", loc: locOf(path, node2) });
      return void 0;
    }
    const dataType = stringField(path, get(node2, "dataType"));
    const name = prefix ? compose([...prefix, bare, ...dataType ? [dataType] : []], bare.loc) : bare;
    const rawConfig = configMap(path, get(node2, "config"));
    const config = {};
    for (const [k, v] of Object.entries(rawConfig)) if (k !== "replication.factor" && k !== "num.partitions") config[k] = v;
    const cfgNode = get(node2, "config");
    const partitions = numberField(path, get(cfgNode, "num.partitions"));
    const replicationFactor = numberField(path, get(cfgNode, "replication.factor"));
    const own = resolveOwnership({ labels: labelMap(path, get(node2, "metadata")), filePath: path }, options);
    return {
      kind: "topic",
      name,
      loc: locOf(path, node2),
      format: "julieops",
      file: path,
      declaredIn: "catalog",
      consumerGroups: [],
      config,
      labels: own.labels,
      ...partitions ? { partitions } : {},
      ...replicationFactor ? { replicationFactor } : {},
      ...typedFromConfig(config),
      ...ownershipFields(own)
    };
  }
  return {
    id: "julieops",
    detect: (root) => isJulieOpsDescriptor(root),
    read(doc, path) {
      const root = doc.root;
      if (!root || root.type !== "map") return {};
      const prefix = prefixParts(path, root);
      const topics = [];
      const problems = [];
      const groups = /* @__PURE__ */ new Map();
      const projects = get(root, "projects");
      for (const project of projects?.type === "seq" ? projects.items : []) {
        const pname = stringField(path, get(project, "name"));
        if (!pname) {
          problems.push({ ruleId: "schema", message: "This JulieOps project has no `name`, so its topics have no names. Add `name:`.", loc: locOf(path, project) });
          continue;
        }
        const projectTopics = [];
        const tnode = get(project, "topics");
        for (const t of tnode?.type === "seq" ? tnode.items : []) {
          const topic2 = readTopic2(path, t, [...prefix, pname], problems);
          if (!topic2) continue;
          projectTopics.push(topic2);
          collectConsumers(path, get(t, "consumers"), [topic2.name], groups);
        }
        append(topics, projectTopics);
        collectConsumers(path, get(project, "consumers"), projectTopics.map((t) => t.name), groups);
      }
      const special = get(root, "special_topics");
      for (const t of special?.type === "seq" ? special.items : []) {
        const topic2 = readTopic2(path, t, void 0, problems);
        if (topic2) topics.push(topic2);
      }
      const consumerGroups = [...groups.values()].map((g) => ({
        kind: "consumerGroup",
        name: g.name,
        loc: g.loc,
        format: "julieops",
        file: path,
        topics: g.topics,
        config: {},
        labels: g.principal ? { principal: g.principal } : {}
      }));
      return { topics, consumerGroups, problems };
    }
  };
}
var julieOpsAdapter = createJulieOpsAdapter();

// src/sources/kafka-gitops/index.ts
var SERVICE_TYPES = /* @__PURE__ */ new Set(["application", "kafka-streams", "kafka-connect"]);
var TOPIC_KEYS = ["partitions", "replication", "configs"];
var SETTINGS_KEYS = ["files", "ccloud", "confluent", "topics", "services"];
function scalarString5(node2) {
  return node2 && node2.type === "scalar" && typeof node2.value === "string" ? node2.value : void 0;
}
function looksLikeTopicsMap(node2) {
  return node2?.type === "map" && node2.pairs.length > 0 && node2.pairs.every((p) => p.value === void 0 || p.value.type === "map") && node2.pairs.some((p) => p.value?.type === "map" && p.value.pairs.some((q) => TOPIC_KEYS.includes(q.key))) && // `partitions: 6` and `replication: 3` are numbers in kafka-gitops; librdkafka's statistics JSON has
  // a `topics` map whose `partitions` are maps (issue #17, class C: karafka's fixture read as ours).
  node2.pairs.every((p) => p.value === void 0 || NUMBER_KEYS.every((k) => isScalarOrAbsent(get(p.value, k))));
}
var NUMBER_KEYS = ["partitions", "replication"];
var isScalarOrAbsent = (n) => n === void 0 || n.type === "scalar";
function looksLikeServicesMap(node2) {
  return node2?.type === "map" && node2.pairs.length > 0 && node2.pairs.every((p) => SERVICE_TYPES.has(scalarString5(get(p.value, "type")) ?? ""));
}
function looksLikeSettings(node2) {
  return node2?.type === "map" && node2.pairs.length > 0 && node2.pairs.every((p) => SETTINGS_KEYS.includes(p.key));
}
function isKafkaGitops(root) {
  if (root.type !== "map" || hasKey(root, "apiVersion") || hasKey(root, "kind")) return false;
  const topics = get(root, "topics");
  const services = get(root, "services");
  const settings = get(root, "settings");
  if (topics !== void 0 && !looksLikeTopicsMap(topics)) return false;
  if (services !== void 0 && !looksLikeServicesMap(services)) return false;
  if (settings !== void 0 && !looksLikeSettings(settings)) return false;
  return topics !== void 0 || services !== void 0 || settings !== void 0;
}
function readTopics(path, topics, defaultReplication, problems) {
  const out = [];
  const def = numberField(path, defaultReplication);
  for (const p of topics.pairs) {
    const name = stringField(path, p.keyNode);
    const body2 = p.value;
    if (body2?.type === "map") {
      for (const q of body2.pairs) {
        if (TOPIC_KEYS.includes(q.key)) continue;
        const close = TOPIC_KEYS.find((k) => k.startsWith(q.key.slice(0, 4)));
        problems.push({
          ruleId: "schema",
          message: `Unknown key \`${q.key}\` in kafka-gitops topic \`${p.key}\`: kafka-gitops reads only ${TOPIC_KEYS.map((k) => `\`${k}\``).join(", ")}${close ? `; did you mean \`${close}\`?` : "."}`,
          loc: locOf(path, q.keyNode),
          entityName: p.key,
          field: q.key
        });
      }
    }
    const partitions = numberField(path, get(body2, "partitions"));
    let replicationFactor = numberField(path, get(body2, "replication"));
    if (!replicationFactor && def) {
      replicationFactor = def.kind === "known" ? known(def.value, name.loc, def.raw, def.loc) : { ...def, loc: name.loc };
    }
    const config = configMap(path, get(body2, "configs"));
    out.push({
      kind: "topic",
      name,
      loc: locOf(path, { start: p.start, end: p.end }),
      format: "kafka-gitops",
      file: path,
      declaredIn: "catalog",
      consumerGroups: [],
      config,
      labels: {},
      ...partitions ? { partitions } : {},
      ...replicationFactor ? { replicationFactor } : {},
      ...typedFromConfig(config)
    });
  }
  return out;
}
function group(path, name, loc, topics, labels) {
  return { kind: "consumerGroup", name, loc: locOf(path, loc), format: "kafka-gitops", file: path, topics, config: {}, labels };
}
function readServices(path, services) {
  const out = [];
  for (const p of services.pairs) {
    const body2 = p.value;
    const type = scalarString5(get(body2, "type"));
    const serviceName2 = stringField(path, p.keyNode);
    const labels = {};
    const typeField = stringField(path, get(body2, "type"));
    if (typeField) labels["kafka-gitops.service-type"] = typeField;
    const principal = stringField(path, get(body2, "principal"));
    if (principal) labels["principal"] = principal;
    if (type === "application" || type === "kafka-streams") {
      const consumes = stringList(path, get(body2, "consumes"));
      if (consumes.length === 0) continue;
      const override = stringField(path, get(body2, type === "application" ? "group-id" : "application-id"));
      out.push(group(path, override ?? serviceName2, p, consumes, labels));
    } else if (type === "kafka-connect") {
      const connectors = get(body2, "connectors");
      if (connectors?.type !== "map") continue;
      for (const c of connectors.pairs) {
        const consumes = stringList(path, get(c.value, "consumes"));
        if (consumes.length === 0) continue;
        const cname = stringField(path, c.keyNode);
        const name = cname.kind === "known" ? known(`connect-${cname.value}`, cname.loc) : cname;
        out.push(group(path, name, c, consumes, labels));
      }
    }
  }
  return out;
}
function createKafkaGitopsAdapter() {
  return {
    id: "kafka-gitops",
    detect: (root) => isKafkaGitops(root),
    read(doc, path) {
      const root = doc.root;
      if (!root || root.type !== "map") return {};
      const topics = get(root, "topics");
      const services = get(root, "services");
      if (topics?.type !== "map" && services?.type !== "map") return {};
      const defaultReplication = get(get(get(get(root, "settings"), "topics"), "defaults"), "replication");
      const problems = [];
      return {
        topics: topics?.type === "map" ? readTopics(path, topics, defaultReplication, problems) : [],
        consumerGroups: services?.type === "map" ? readServices(path, services) : [],
        problems
      };
    }
  };
}
var kafkaGitopsAdapter = createKafkaGitopsAdapter();

// src/sources/template.ts
var GO_TEMPLATE = /^-?\s*(?:\.|\$|\(|"|(?:if|else|end|range|with|define|template|include|block|toYaml|tpl|required|default|quote|printf|lookup|nindent|indent|not|and|or|eq|ne)\b)/;
var MAX_QUOTE = 40;
function detectTemplate(text2) {
  return detectTemplateAt(text2)?.reason;
}
function detectTemplateAt(text2) {
  if (!text2.includes("{{") && !text2.includes("{%") && !text2.includes("{#")) return void 0;
  const re = /\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}|\{#([\s\S]*?)#\}/g;
  let m;
  while ((m = re.exec(text2)) !== null) {
    if (inComment(text2, m.index)) continue;
    const expr2 = m[0];
    const line = lineOf(text2, m.index);
    const quoted = expr2.length > MAX_QUOTE ? `${expr2.slice(0, MAX_QUOTE - 3)}...` : expr2;
    const at = { start: m.index, end: m.index + expr2.length };
    if (m[1] !== void 0) {
      const inner = m[1];
      if (GO_TEMPLATE.test(inner)) {
        return { kind: "helm", reason: `Helm template syntax \`${oneLine(quoted)}\` (line ${line})`, ...at };
      }
      if (/^\s*[A-Za-z_][\w.]*(?:\s*\|[\s\S]*)?\s*$/.test(inner) || /^-?\s*[\w.]+\s*\|/.test(inner)) {
        return { kind: "jinja", reason: `Jinja/Mustache template expression \`${oneLine(quoted)}\` (line ${line})`, ...at };
      }
      continue;
    }
    return { kind: "jinja", reason: `Jinja template syntax \`${oneLine(quoted)}\` (line ${line})`, ...at };
  }
  return void 0;
}
function inComment(text2, offset) {
  let lineStart = offset;
  while (lineStart > 0 && text2[lineStart - 1] !== "\n" && text2[lineStart - 1] !== "\r") lineStart--;
  const before = text2.slice(lineStart, offset);
  return /(^|\s)#/.test(before) && !/^\s*\{/.test(before);
}
function lineOf(text2, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text2.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13 && text2.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}
function oneLine(s) {
  return s.replace(/\s*[\r\n]+\s*/g, " ");
}

// src/sources/formats.ts
function createYamlFormatAdapters(ownership) {
  return [
    createStrimziAdapter(ownership),
    createCfkAdapter(ownership),
    createNaisAdapter(ownership),
    createAsyncApiAdapter(ownership),
    createTopicctlAdapter(ownership),
    createJulieOpsAdapter(ownership),
    createKafkaGitopsAdapter()
  ];
}
var yamlFormatAdapters = createYamlFormatAdapters();

// src/sources/types.ts
function emptyOutput() {
  return { topics: [], consumerGroups: [], clients: [], problems: [], files: [] };
}

// src/sources/java/cst.ts
function isTok(e) {
  return e.image !== void 0;
}
function nodes(n, key) {
  const k = n?.children[key];
  if (!k) return [];
  const out = [];
  for (const x of k) if (x.image === void 0) out.push(x);
  return out;
}
function node(n, key) {
  const k = n?.children[key];
  if (!k) return void 0;
  for (const x of k) if (x.image === void 0) return x;
  return void 0;
}
function toks(n, key) {
  const k = n?.children[key];
  if (!k) return [];
  const out = [];
  for (const x of k) if (x.image !== void 0) out.push(x);
  return out;
}
function tok(n, key) {
  const k = n?.children[key];
  if (!k) return void 0;
  for (const x of k) if (x.image !== void 0) return x;
  return void 0;
}
var spanOfTok = (t) => ({ start: t.startOffset, end: t.endOffset + 1 });
var spanOf = (n) => ({ start: n.location.startOffset, end: n.location.endOffset + 1 });
function unescapeJava(body2) {
  return body2.replace(/\\(u+[0-9a-fA-F]{4}|[0-7]{1,3}|.)/gs, (_m, e) => {
    if (e.startsWith("u")) return String.fromCharCode(parseInt(e.replace(/^u+/, ""), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    switch (e) {
      case "n":
        return "\n";
      case "t":
        return "	";
      case "r":
        return "\r";
      case "b":
        return "\b";
      case "f":
        return "\f";
      case "s":
        return " ";
      case "\n":
        return "";
      default:
        return e;
    }
  });
}
function textBlockValue(image) {
  const inner = image.slice(3, -3).replace(/^[ \t]*\r?\n/, "");
  const lines = inner.split(/\r?\n/);
  const indents = lines.filter((l, i) => l.trim().length > 0 || i === lines.length - 1).map((l) => /^[ \t]*/.exec(l)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return unescapeJava(lines.map((l) => l.slice(cut).replace(/[ \t]+$/, "")).join("\n"));
}
function numberValue(image) {
  let s = image.replace(/_/g, "");
  if (/^0[xX]/.test(s)) return Number.parseInt(s.replace(/[lL]$/, "").slice(2), 16);
  if (/^0[bB]/.test(s)) return Number.parseInt(s.replace(/[lL]$/, "").slice(2), 2);
  if (/^0[0-7]+[lL]?$/.test(s)) return Number.parseInt(s.replace(/[lL]$/, ""), 8);
  s = s.replace(/[lLfFdD]$/, "");
  const n = Number(s);
  return Number.isFinite(n) ? n : void 0;
}
function literal2(n) {
  const sp = spanOf(n);
  const str = tok(n, "StringLiteral");
  if (str) return { t: "lit", kind: "string", value: unescapeJava(str.image.slice(1, -1)), ...sp };
  const tb = tok(n, "TextBlock");
  if (tb) return { t: "lit", kind: "string", value: textBlockValue(tb.image), ...sp };
  const ch = tok(n, "CharLiteral");
  if (ch) return { t: "lit", kind: "char", value: unescapeJava(ch.image.slice(1, -1)), ...sp };
  if (tok(n, "Null")) return { t: "lit", kind: "null", value: null, ...sp };
  const b = node(n, "booleanLiteral");
  if (b) return { t: "lit", kind: "boolean", value: tok(b, "True") !== void 0, ...sp };
  const num = node(n, "integerLiteral") ?? node(n, "floatingPointLiteral");
  const numTok = num ? Object.values(num.children).flat().find(isTok) : void 0;
  const v = numTok ? numberValue(numTok.image) : void 0;
  if (v !== void 0) return { t: "lit", kind: "number", value: v, ...sp };
  return { t: "other", what: "literal", inner: [], ...sp };
}
var Converter = class {
  constructor(walkNested) {
    this.walkNested = walkNested;
  }
  walkNested;
  nextAnon = 1;
  expression(n, ctx) {
    const lambda = node(n, "lambdaExpression");
    if (lambda) {
      const body2 = node(lambda, "lambdaBody");
      if (body2) this.walkNested(body2, ctx);
      return { t: "other", what: "lambda", inner: [], ...spanOf(n) };
    }
    const cond = node(n, "conditionalExpression");
    return cond ? this.conditional(cond, ctx) : { t: "other", what: "expression", inner: [], ...spanOf(n) };
  }
  conditional(n, ctx) {
    const bins = nodes(n, "binaryExpression");
    if (tok(n, "QuestionMark")) {
      const inner = [...bins.map((b2) => this.binary(b2, ctx)), ...nodes(n, "expression").map((e) => this.expression(e, ctx))];
      return { t: "other", what: "conditional expression", inner, ...spanOf(n) };
    }
    const b = bins[0];
    return b ? this.binary(b, ctx) : { t: "other", what: "expression", inner: [], ...spanOf(n) };
  }
  binary(n, ctx) {
    const unaries = nodes(n, "unaryExpression").map((u) => this.unary(u, ctx));
    const assign = tok(n, "AssignmentOperator");
    const rhs = node(n, "expression");
    if (assign && rhs && unaries[0]) {
      const value = this.expression(rhs, ctx);
      if (assign.image === "=") return { t: "assign", target: unaries[0], value, ...spanOf(n) };
      return { t: "other", what: "compound assignment", inner: [unaries[0], value], ...spanOf(n) };
    }
    const ops = toks(n, "BinaryOperator");
    const extra = nodes(n, "expression").map((e) => this.expression(e, ctx));
    if (ops.length === 0 && unaries.length === 1 && extra.length === 0 && !tok(n, "Instanceof")) return unaries[0];
    if (ops.length > 0 && ops.every((o) => o.image === "+") && unaries.length === ops.length + 1 && extra.length === 0 && !n.children["shiftOperator"]) {
      return { t: "concat", parts: unaries, ...spanOf(n) };
    }
    return { t: "other", what: "expression", inner: [...unaries, ...extra], ...spanOf(n) };
  }
  unary(n, ctx) {
    const prim = node(n, "primary");
    const inner = prim ? this.primary(prim, ctx) : { t: "other", what: "expression", inner: [], ...spanOf(n) };
    const pre = toks(n, "UnaryPrefixOperator").concat(toks(n, "UnaryPrefixOperatorNotPlusMinus"));
    if (toks(n, "UnarySuffixOperator").length > 0) return { t: "other", what: "increment", inner: [inner], ...spanOf(n) };
    if (pre.length === 0) return inner;
    if (pre.length === 1 && pre[0].image === "-") return { t: "neg", operand: inner, ...spanOf(n) };
    if (pre.length === 1 && pre[0].image === "+") return inner;
    return { t: "other", what: "unary expression", inner: [inner], ...spanOf(n) };
  }
  args(suffix, ctx) {
    const list = node(suffix, "argumentList");
    return nodes(list, "expression").map((e) => this.expression(e, ctx));
  }
  newExpr(n, ctx) {
    const uq = node(n, "unqualifiedClassInstanceCreationExpression");
    if (uq) return this.instanceCreation(uq, ctx);
    const arr = node(n, "arrayCreationExpression");
    const init = node(node(arr, "arrayCreationWithInitializerSuffix"), "arrayInitializer");
    if (init) return this.arrayInit(init, ctx);
    return { t: "other", what: "array creation", inner: [], ...spanOf(n) };
  }
  instanceCreation(uq, ctx) {
    const type = toks(node(uq, "classOrInterfaceTypeToInstantiate"), "Identifier");
    const args = this.args(uq, ctx);
    const body2 = node(uq, "classBody");
    let anon;
    if (body2) {
      anon = this.nextAnon++;
      this.walkNested(body2, { classes: ctx.classes, ...ctx.method !== void 0 ? { method: ctx.method } : {}, anon });
    }
    return { t: "new", type: type[type.length - 1]?.image ?? "?", args, ...anon !== void 0 ? { anon } : {}, ...spanOf(uq) };
  }
  arrayInit(n, ctx) {
    const items = nodes(node(n, "variableInitializerList"), "variableInitializer").map((v) => this.variableInitializer(v, ctx));
    return { t: "array", items, ...spanOf(n) };
  }
  variableInitializer(n, ctx) {
    const e = node(n, "expression");
    if (e) return this.expression(e, ctx);
    const a = node(n, "arrayInitializer");
    if (a) return this.arrayInit(a, ctx);
    return { t: "other", what: "initializer", inner: [], ...spanOf(n) };
  }
  elementValue(n, ctx) {
    const c = node(n, "conditionalExpression");
    if (c) return this.conditional(c, ctx);
    const arr = node(n, "elementValueArrayInitializer");
    if (arr) {
      const items = nodes(node(arr, "elementValueList"), "elementValue").map((v) => this.elementValue(v, ctx));
      return { t: "array", items, ...spanOf(n) };
    }
    return { t: "other", what: "annotation", inner: [], ...spanOf(n) };
  }
  primary(n, ctx) {
    const prefix = node(n, "primaryPrefix");
    const start = n.location.startOffset;
    let cur;
    let names = [];
    const nameTok = (t) => ({ name: t.image, ...spanOfTok(t) });
    const flush = () => {
      if (names.length === 0) return;
      const last2 = names[names.length - 1];
      cur = { t: "name", ...cur ? { base: cur } : {}, parts: names, start: cur ? cur.start : names[0].start, end: last2.end };
      names = [];
    };
    if (prefix) {
      const lit = node(prefix, "literal");
      const fqn = node(prefix, "fqnOrRefType");
      const cast = node(prefix, "castExpression");
      const paren = node(prefix, "parenthesisExpression");
      const nw = node(prefix, "newExpression");
      if (lit) cur = literal2(lit);
      else if (tok(prefix, "This")) cur = { t: "this", ...spanOf(prefix) };
      else if (fqn) {
        const parts = [...nodes(fqn, "fqnOrRefTypePartFirst"), ...nodes(fqn, "fqnOrRefTypePartRest")];
        for (const p of parts) {
          const common = node(p, "fqnOrRefTypePartCommon");
          const id = tok(common, "Identifier") ?? tok(common, "Super");
          if (id) names.push(nameTok(id));
        }
        names.sort((a, b) => a.start - b.start);
      } else if (cast) {
        const c = node(cast, "primitiveCastExpression") ?? node(cast, "referenceTypeCastExpression");
        const u = node(c, "unaryExpression") ?? node(c, "unaryExpressionNotPlusMinus");
        cur = u ? this.unary(u, ctx) : { t: "other", what: "cast", inner: [], ...spanOf(prefix) };
      } else if (paren) {
        const e = node(paren, "expression");
        cur = e ? this.expression(e, ctx) : { t: "other", what: "expression", inner: [], ...spanOf(prefix) };
      } else if (nw) cur = this.newExpr(nw, ctx);
      else cur = { t: "other", what: "expression", inner: [], ...spanOf(prefix) };
    }
    for (const s of nodes(n, "primarySuffix")) {
      const inv = node(s, "methodInvocationSuffix");
      const id = tok(s, "Identifier");
      if (inv) {
        const method = names.pop();
        flush();
        const args = this.args(inv, ctx);
        if (!method) {
          cur = { t: "other", what: "call", inner: cur ? [cur, ...args] : args, start, end: spanOf(inv).end };
        } else {
          cur = { t: "call", ...cur ? { target: cur } : {}, name: method, args, start, end: spanOf(inv).end };
        }
      } else if (id && tok(s, "Dot")) {
        names.push(nameTok(id));
      } else if (node(s, "classLiteralSuffix")) {
        const type = names.map((x) => x.name).join(".");
        names = [];
        cur = { t: "classlit", type, start, end: spanOf(s).end };
      } else {
        flush();
        const uq = node(s, "unqualifiedClassInstanceCreationExpression");
        const inner = uq ? [this.instanceCreation(uq, ctx)] : [];
        cur = { t: "other", what: "expression", inner: cur ? [cur, ...inner] : inner, start, end: spanOf(s).end };
      }
    }
    flush();
    return cur ?? { t: "other", what: "expression", inner: [], ...spanOf(n) };
  }
};
function annotationsOf(mods, conv, ctx) {
  const out = [];
  for (const m of mods) {
    for (const a of nodes(m, "annotation")) out.push(annotation(a, conv, ctx));
  }
  return out;
}
function annotation(a, conv, ctx) {
  const ids = toks(node(a, "typeName"), "Identifier");
  const name = ids[ids.length - 1]?.image ?? "?";
  const pairs = [];
  for (const p of nodes(node(a, "elementValuePairList"), "elementValuePair")) {
    const id = tok(p, "Identifier");
    const v = node(p, "elementValue");
    if (id && v) pairs.push({ name: { name: id.image, ...spanOfTok(id) }, value: conv.elementValue(v, ctx) });
  }
  const single = node(a, "elementValue");
  if (single) pairs.push({ name: { name: "value", ...spanOf(single) }, value: conv.elementValue(single, ctx) });
  return { name, pairs, ...spanOf(a) };
}
function typeName(unannType) {
  if (!unannType) return void 0;
  const ct = node(node(node(unannType, "unannReferenceType"), "unannClassOrInterfaceType"), "unannClassType");
  const ids = toks(ct, "Identifier");
  return ids[ids.length - 1]?.image;
}
var INTERESTING_BODY = /\.put(All|IfAbsent)?\s*\(|\bput\s*\(|setProperty|Kafka|ProducerRecord|subscribe\s*\(|\.send\w*\s*\(|TopicBuilder|NewTopic|Map\.of|Map\s*<|Map\s*\(|Properties|\.to\s*\(|\.(stream|table|globalTable)\s*\(\s*[^)\s]|Admin|Config\b|Config\./;
function collectFacts(cu, text2) {
  const collector = new FactCollector(text2);
  collector.walk(cu, { classes: [] });
  return collector.facts;
}
var FactCollector = class {
  facts = {
    decls: [],
    exprs: [],
    returns: [],
    methods: [],
    classes: [],
    staticImports: /* @__PURE__ */ new Map(),
    staticStarImports: []
  };
  conv = new Converter((n, ctx) => this.walk(n, ctx));
  text;
  constructor(text2) {
    this.text = text2;
  }
  walk(n, ctx) {
    switch (n.name) {
      case "importDeclaration":
        return this.staticImport(n);
      case "classDeclaration":
      case "interfaceDeclaration":
        return this.typeDeclaration(n, ctx);
      case "fieldDeclaration":
        return this.fieldDeclaration(n, ctx);
      case "constantDeclaration": {
        const type = typeName(node(n, "unannType"));
        return this.declarators(node(n, "variableDeclaratorList"), ctx, { field: true, staticFinal: true, final: true, ...type ? { type } : {}, annotations: [] });
      }
      case "localVariableDeclaration":
        return this.localVariableDeclaration(n, ctx);
      case "methodDeclaration":
      case "interfaceMethodDeclaration":
        return this.methodDeclaration(n, ctx);
      case "constructorDeclaration": {
        for (const b of nodes(n, "constructorBody")) if (this.interesting(b)) this.walk(b, { classes: ctx.classes, method: "<init>" });
        return;
      }
      case "returnStatement":
        return this.returnStatement(n, ctx);
      case "expression": {
        this.facts.exprs.push({ e: this.conv.expression(n, ctx), ctx });
        return;
      }
      case "annotation":
        return;
      default:
        for (const list of Object.values(n.children)) {
          for (const c of list) if (!isTok(c)) this.walk(c, ctx);
        }
    }
  }
  /** Whether a method body is worth converting (`INTERESTING_BODY`); every body is when the text is not given. */
  interesting(b) {
    return this.text === void 0 || INTERESTING_BODY.test(this.text.slice(b.location.startOffset, b.location.endOffset + 1));
  }
  /** `import static a.B.c;` and `import static a.B.*;` (ordinary imports name no constant). */
  staticImport(n) {
    if (!tok(n, "Static")) return;
    const ids = toks(node(n, "packageOrTypeName"), "Identifier");
    if (tok(n, "Star")) {
      const cls = ids[ids.length - 1];
      if (cls) this.facts.staticStarImports.push(cls.image);
    } else if (ids.length >= 2) {
      this.facts.staticImports.set(ids[ids.length - 1].image, ids[ids.length - 2].image);
    }
  }
  /** A class, enum, record, interface or annotation interface: recorded, then its body walked inside it. */
  typeDeclaration(n, ctx) {
    const isClass = n.name === "classDeclaration";
    const mods = nodes(n, isClass ? "classModifier" : "interfaceModifier");
    const kinds = isClass ? [["normalClassDeclaration", "classBody"], ["enumDeclaration", "enumBody"], ["recordDeclaration", "recordBody"]] : [["normalInterfaceDeclaration", "interfaceBody"], ["annotationInterfaceDeclaration", "annotationInterfaceBody"]];
    for (const [declKey, bodyKey] of kinds) {
      const decl = node(n, declKey);
      if (decl) return this.classBody(decl, node(decl, "typeIdentifier"), mods, ctx, bodyKey);
    }
  }
  classBody(decl, nameNode, mods, ctx, bodyKey) {
    const id = tok(nameNode, "Identifier");
    if (!id) return;
    const classes = [...ctx.classes, id.image];
    const inner = { classes };
    this.facts.classes.push({ name: { name: id.image, ...spanOfTok(id) }, annotations: annotationsOf(mods, this.conv, inner), classes, span: spanOf(decl) });
    for (const b of nodes(decl, bodyKey)) this.walk(b, inner);
  }
  fieldDeclaration(n, ctx) {
    const mods = nodes(n, "fieldModifier");
    const isStatic = mods.some((m) => tok(m, "Static"));
    const isFinal = mods.some((m) => tok(m, "Final"));
    const type = typeName(node(n, "unannType"));
    this.declarators(node(n, "variableDeclaratorList"), ctx, {
      field: true,
      staticFinal: isStatic && isFinal,
      final: isFinal,
      ...type ? { type } : {},
      annotations: annotationsOf(mods, this.conv, ctx)
    });
  }
  localVariableDeclaration(n, ctx) {
    const mods = nodes(n, "variableModifier");
    const type = typeName(node(node(n, "localVariableType"), "unannType"));
    this.declarators(node(n, "variableDeclaratorList"), ctx, {
      field: false,
      staticFinal: false,
      final: mods.some((m) => tok(m, "Final")),
      ...type ? { type } : {},
      annotations: []
    });
  }
  declarators(list, ctx, mods) {
    for (const d of nodes(list, "variableDeclarator")) {
      const id = tok(node(d, "variableDeclaratorId"), "Identifier");
      const init = node(d, "variableInitializer");
      const e = init ? this.conv.variableInitializer(init, ctx) : void 0;
      if (!id) continue;
      this.facts.decls.push({ name: { name: id.image, ...spanOfTok(id) }, ...e ? { init: e } : {}, ...mods, ctx });
      if (e) this.facts.exprs.push({ e, ctx });
    }
  }
  /** A method: recorded with its annotations; its body walked when it may hold anything of Kafka's. */
  methodDeclaration(n, ctx) {
    const mods = nodes(n, n.name === "methodDeclaration" ? "methodModifier" : "interfaceMethodModifier");
    const header = node(n, "methodHeader");
    const id = tok(node(header, "methodDeclarator"), "Identifier");
    const mctx = { classes: ctx.classes, ...id ? { method: id.image } : {} };
    if (id) this.facts.methods.push({ name: { name: id.image, ...spanOfTok(id) }, annotations: annotationsOf(mods, this.conv, mctx), ctx: mctx, span: spanOf(n) });
    for (const b of nodes(n, "methodBody")) if (this.interesting(b)) this.walk(b, mctx);
  }
  returnStatement(n, ctx) {
    const e = node(n, "expression");
    if (!e) return;
    const x = this.conv.expression(e, ctx);
    this.facts.returns.push({ e: x, ctx });
    this.facts.exprs.push({ e: x, ctx });
  }
};
function* subExpressions(e) {
  yield e;
  switch (e.t) {
    case "name":
      if (e.base) yield* subExpressions(e.base);
      break;
    case "call":
      if (e.target) yield* subExpressions(e.target);
      for (const a of e.args) yield* subExpressions(a);
      break;
    case "new":
      for (const a of e.args) yield* subExpressions(a);
      break;
    case "concat":
      for (const a of e.parts) yield* subExpressions(a);
      break;
    case "neg":
      yield* subExpressions(e.operand);
      break;
    case "assign":
      yield* subExpressions(e.target);
      yield* subExpressions(e.value);
      break;
    case "array":
      for (const a of e.items) yield* subExpressions(a);
      break;
    case "other":
      for (const a of e.inner) yield* subExpressions(a);
      break;
    default:
      break;
  }
}

// src/sources/java/kafka-names.ts
var CONFIG_CLASSES = {
  ProducerConfig: "producer",
  ConsumerConfig: "consumer",
  StreamsConfig: "streams",
  AdminClientConfig: "admin",
  CommonClientConfigs: void 0,
  SaslConfigs: void 0,
  SslConfigs: void 0,
  TopicConfig: void 0,
  AbstractKafkaSchemaSerDeConfig: void 0,
  KafkaAvroSerializerConfig: void 0,
  KafkaAvroDeserializerConfig: void 0,
  AbstractKafkaAvroSerDeConfig: void 0
};
var EXCEPTIONS = {
  MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION: "max.in.flight.requests.per.connection",
  SASL_JAAS_CONFIG: "sasl.jaas.config",
  SASL_CLIENT_CALLBACK_HANDLER_CLASS: "sasl.client.callback.handler.class",
  SASL_LOGIN_CALLBACK_HANDLER_CLASS: "sasl.login.callback.handler.class",
  SASL_LOGIN_CLASS: "sasl.login.class",
  MIN_IN_SYNC_REPLICAS_CONFIG: "min.insync.replicas",
  LOCAL_LOG_RETENTION_MS_CONFIG: "local.retention.ms",
  LOCAL_LOG_RETENTION_BYTES_CONFIG: "local.retention.bytes",
  REMOTE_LOG_STORAGE_ENABLE_CONFIG: "remote.storage.enable",
  FLUSH_MESSAGES_INTERVAL_CONFIG: "flush.messages",
  TRANSACTION_TIMEOUT_CONFIG: "transaction.timeout.ms",
  DEFAULT_DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG: "default.deserialization.exception.handler",
  DEFAULT_PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG: "default.production.exception.handler",
  DEFAULT_TIMESTAMP_EXTRACTOR_CLASS_CONFIG: "default.timestamp.extractor",
  DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG: "deserialization.exception.handler",
  PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG: "processing.exception.handler",
  PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG: "production.exception.handler",
  DEFAULT_KEY_SERDE_CLASS_CONFIG: "default.key.serde",
  DEFAULT_VALUE_SERDE_CLASS_CONFIG: "default.value.serde",
  USER_INFO_CONFIG: "basic.auth.user.info",
  SCHEMA_REGISTRY_USER_INFO_CONFIG: "schema.registry.basic.auth.user.info",
  CACHE_MAX_BYTES_BUFFERING_CONFIG: "cache.max.bytes.buffering"
};
function configKeyOf(field) {
  const ex = EXCEPTIONS[field];
  if (ex) return ex;
  if (!/^[A-Z][A-Z0-9_]*_CONFIG$/.test(field) || field.endsWith("_DOC_CONFIG")) return void 0;
  return field.slice(0, -"_CONFIG".length).toLowerCase().replace(/_/g, ".");
}
var KEY_PREFIX_METHODS = {
  producerPrefix: "producer.",
  consumerPrefix: "consumer.",
  mainConsumerPrefix: "main.consumer.",
  restoreConsumerPrefix: "restore.consumer.",
  globalConsumerPrefix: "global.consumer.",
  adminClientPrefix: "admin.",
  topicPrefix: "topic."
};
var VALUE_CONSTANTS = {
  "StreamsConfig.EXACTLY_ONCE_V2": "exactly_once_v2",
  "StreamsConfig.EXACTLY_ONCE": "exactly_once",
  "StreamsConfig.EXACTLY_ONCE_BETA": "exactly_once_beta",
  "StreamsConfig.AT_LEAST_ONCE": "at_least_once",
  "StreamsConfig.OPTIMIZE": "all",
  "StreamsConfig.NO_OPTIMIZATION": "none",
  "TopicConfig.CLEANUP_POLICY_COMPACT": "compact",
  "TopicConfig.CLEANUP_POLICY_DELETE": "delete",
  "Boolean.TRUE": true,
  "Boolean.FALSE": false,
  "Integer.MAX_VALUE": 2147483647,
  "Short.MAX_VALUE": 32767
};
var NAME_ENUMS = /* @__PURE__ */ new Set(["SecurityProtocol", "IsolationLevel", "OffsetResetStrategy", "CompressionType", "AutoOffsetResetStrategy"]);
var PRODUCER_KEYS = /* @__PURE__ */ new Set([
  "acks",
  "enable.idempotence",
  "transactional.id",
  "max.in.flight.requests.per.connection",
  "linger.ms",
  "batch.size",
  "compression.type",
  "delivery.timeout.ms",
  "key.serializer",
  "value.serializer",
  "buffer.memory",
  "max.block.ms",
  "partitioner.class",
  "transaction.timeout.ms",
  "max.request.size"
]);
var CONSUMER_KEYS = /* @__PURE__ */ new Set([
  "group.id",
  "enable.auto.commit",
  "auto.offset.reset",
  "max.poll.interval.ms",
  "max.poll.records",
  "session.timeout.ms",
  "heartbeat.interval.ms",
  "key.deserializer",
  "value.deserializer",
  "isolation.level",
  "auto.commit.interval.ms",
  "fetch.min.bytes",
  "fetch.max.wait.ms",
  "group.instance.id",
  "partition.assignment.strategy",
  "group.protocol"
]);
var STREAMS_KEYS = /* @__PURE__ */ new Set([
  "application.id",
  "processing.guarantee",
  "num.stream.threads",
  "num.standby.replicas",
  "default.key.serde",
  "default.value.serde",
  "state.dir",
  "commit.interval.ms",
  "topology.optimization",
  "statestore.cache.max.bytes"
]);
var COMMON_KEYS = /* @__PURE__ */ new Set([
  "bootstrap.servers",
  "client.id",
  "security.protocol",
  "retries",
  "request.timeout.ms",
  "retry.backoff.ms",
  "sasl.mechanism",
  "sasl.jaas.config",
  "ssl.truststore.location",
  "ssl.truststore.password",
  "ssl.keystore.location",
  "ssl.keystore.password",
  "ssl.key.password",
  "schema.registry.url",
  "basic.auth.user.info",
  "basic.auth.credentials.source"
]);
function isKnownClientKey(key) {
  const bare = key.replace(/^(producer|consumer|main\.consumer|restore\.consumer|global\.consumer|admin)\./, "");
  return PRODUCER_KEYS.has(bare) || CONSUMER_KEYS.has(bare) || STREAMS_KEYS.has(bare) || COMMON_KEYS.has(bare) || /^(sasl|ssl)\./.test(bare);
}

// src/util/cjs.ts
function cjsExports(mod, key) {
  if (mod[key] !== void 0) return mod;
  const d = mod.default;
  return d && typeof d === "object" && d[key] !== void 0 ? d : mod;
}

// src/sources/java/index.ts
var FORMAT = "java";
var MENTIONS_KAFKA = /kafka/i;
var DECLARES_TYPE = /\b(?:class|interface|enum|record)\s+([A-Za-z_$][\w$]*)/g;
var MAP_TYPES = /* @__PURE__ */ new Set(["HashMap", "Properties", "LinkedHashMap", "TreeMap", "ConcurrentHashMap", "Hashtable"]);
var LIST_FACTORIES = /* @__PURE__ */ new Set(["List.of", "Arrays.asList", "Collections.singletonList", "Set.of", "Collections.singleton", "Stream.of", "ImmutableList.of", "Lists.newArrayList"]);
var USES = {
  KafkaProducer: { role: "producer", library: "java" },
  KafkaConsumer: { role: "consumer", library: "java" },
  KafkaStreams: { role: "streams", library: "java" },
  StreamsConfig: { role: "streams", library: "java" },
  DefaultKafkaProducerFactory: { role: "producer", library: "spring" },
  DefaultKafkaConsumerFactory: { role: "consumer", library: "spring" },
  KafkaStreamsConfiguration: { role: "streams", library: "spring" },
  KafkaAdmin: { role: "admin", library: "spring" }
};
var TEMPLATE_TYPES = /* @__PURE__ */ new Set(["KafkaTemplate", "ReactiveKafkaProducerTemplate", "RoutingKafkaTemplate", "ReplyingKafkaTemplate"]);
var MAX_DEPTH = 12;
function parseError(unit, e) {
  const msg = e instanceof Error ? e.message : String(e);
  const m = /line: (\d+), column: (\d+)/.exec(msg);
  const lines = unit.lines ??= new LineIndex(unit.file.text);
  const start = m ? Math.min(unit.file.text.length, lines.lineStart(Number(m[1])) + Number(m[2]) - 1) : 0;
  const found = /but found:? (?:--> )?'([^']*)'/.exec(msg);
  const second = msg.split("\n")[1]?.replace(/[!:.]$/, "").trim();
  const expected = /Expecting --> '([^']*)' <-- but found --> '([^']*)' <--/.exec(msg);
  const detail = expected ? `expected '${expected[1]}' but found '${expected[2]}'` : found ? `unexpected '${found[1]}'` : /unexpected character/.test(msg) ? "unexpected character" : second && second.length < 120 && !/one of these/.test(second) ? second : "the parser stopped here";
  const len = found ? Math.max(1, found[1].length) : 1;
  return { message: `Java syntax error: ${boundQuoted(detail)}. topiclint cannot read Kafka settings from this file until it compiles.`, start, end: Math.min(unit.file.text.length, start + len) };
}
function innermost(ctx) {
  return ctx.classes.join(".");
}
var JavaProject = class {
  constructor(files, parse) {
    this.parse = parse;
    this.units = files.map((file, index) => ({ file, index, kafka: MENTIONS_KAFKA.test(file.text), parsed: false }));
    for (const u of this.units) {
      for (const m of u.file.text.matchAll(DECLARES_TYPE)) {
        const name = m[1];
        const list = this.byClass.get(name) ?? [];
        if (!list.includes(u)) list.push(u);
        this.byClass.set(name, list);
      }
    }
  }
  parse;
  units;
  byClass = /* @__PURE__ */ new Map();
  /** `Class.FIELD` -> declaration, for parsed units. */
  fields = /* @__PURE__ */ new Map();
  /** Assignments per scope key, to tell effectively final locals and fields. */
  assigned = /* @__PURE__ */ new Map();
  usedFiles = /* @__PURE__ */ new Set();
  ensure(unit) {
    if (unit.parsed) return unit.facts;
    unit.parsed = true;
    try {
      const cst = this.parse(unit.file.text);
      unit.facts = collectFacts(cst, unit.file.text);
    } catch (e) {
      unit.error = parseError(unit, e);
      return void 0;
    }
    const assigned = /* @__PURE__ */ new Set();
    for (const d of unit.facts.decls) {
      if (d.field) this.fields.set(`${d.ctx.classes[d.ctx.classes.length - 1] ?? ""}.${d.name.name}`, { decl: d, unit });
    }
    for (const { e, ctx } of unit.facts.exprs) {
      for (const s of subExpressions(e)) {
        if (s.t !== "assign" && !(s.t === "other" && (s.what === "increment" || s.what === "compound assignment"))) continue;
        const target = s.t === "assign" ? s.target : s.inner[0];
        if (target?.t !== "name") continue;
        const first = target.parts[0].name;
        if (target.base?.t === "this" || target.parts.length === 1) {
          const n = target.base?.t === "this" ? first : first;
          assigned.add(`${innermost(ctx)}#${ctx.method ?? ""}#${n}`);
          assigned.add(`${innermost(ctx)}##${n}`);
        }
      }
    }
    this.assigned.set(unit, assigned);
    return unit.facts;
  }
  /** A field `Class.FIELD` anywhere in the project (parsing the file that declares the class if needed). */
  field(cls, name) {
    const key = `${cls}.${name}`;
    const hit = this.fields.get(key);
    if (hit) return hit;
    for (const u of this.byClass.get(cls) ?? []) {
      if (!u.parsed) this.ensure(u);
    }
    return this.fields.get(key);
  }
  isAssigned(unit, key) {
    return this.assigned.get(unit)?.has(key) ?? false;
  }
};
var UnitReader = class _UnitReader {
  constructor(project, unit) {
    this.project = project;
    this.unit = unit;
    this.facts = unit.facts;
    this.path = unit.file.path;
    for (const d of this.facts.decls) if (!d.field) this.locals.set(`${innermost(d.ctx)}#${d.ctx.method ?? ""}#${d.name.name}`, d);
  }
  project;
  unit;
  facts;
  path;
  locals = /* @__PURE__ */ new Map();
  loc(s) {
    return { file: this.path, start: s.start, end: s.end };
  }
  raw(s) {
    return this.unit.file.text.slice(s.start, s.end);
  }
  local(ctx, name) {
    return this.locals.get(`${innermost(ctx)}#${ctx.method ?? ""}#${name}`);
  }
  /** The declaration of a simple name as a field of the class chain (innermost first). */
  classField(ctx, name) {
    for (let i = ctx.classes.length; i > 0; i--) {
      const hit = this.project.field(ctx.classes[i - 1], name);
      if (hit && hit.unit === this.unit) return hit;
    }
    return void 0;
  }
  field(e, ctx) {
    if (!e) return void 0;
    const r = this.resolve(e, ctx, this.unit, 0);
    if (!r.ok) return unknown(this.loc(e), r.reason, this.raw(e));
    if (r.origin) this.project.usedFiles.add(r.origin.file);
    return known(r.value, this.loc(e), this.raw(e), r.origin);
  }
  /** Resolve an expression written in `unit` (which may be another file, for constants). */
  resolve(e, ctx, unit, depth) {
    if (depth > MAX_DEPTH) return { ok: false, reason: "constant defined in terms of itself" };
    const reader = unit === this.unit ? this : new _UnitReader(this.project, unit);
    switch (e.t) {
      case "lit":
        if (typeof e.value === "string" && isPlaceholder(e.value)) return { ok: false, reason: "placeholder" };
        return { ok: true, value: e.value };
      case "neg": {
        const r = this.resolve(e.operand, ctx, unit, depth + 1);
        if (r.ok && typeof r.value === "number") return { ...r, value: -r.value };
        return r.ok ? { ok: false, reason: "expression" } : r;
      }
      case "concat": {
        let out = "";
        let origin;
        for (const p of e.parts) {
          const r = this.resolve(p, ctx, unit, depth + 1);
          if (!r.ok) return r;
          out += String(r.value);
          origin ??= r.origin;
        }
        if (isPlaceholder(out)) return { ok: false, reason: "placeholder" };
        return { ok: true, value: out, ...origin ? { origin } : {} };
      }
      case "classlit":
        return { ok: true, value: e.type };
      case "name":
        return reader.resolveName(e, ctx, depth);
      case "call":
        return reader.resolveCall(e, ctx, depth);
      case "new":
        return { ok: false, reason: "object creation" };
      case "array":
        return { ok: false, reason: "array" };
      case "assign":
        return { ok: false, reason: "assignment" };
      case "this":
        return { ok: false, reason: "this" };
      case "other":
        return { ok: false, reason: e.what };
    }
  }
  fromDecl(hit, depth, staticOnly) {
    const { decl, unit } = hit;
    if (decl.annotations.some((a) => a.name === "Value")) return { ok: false, reason: "injected value (@Value)" };
    if (staticOnly && !decl.staticFinal) return { ok: false, reason: decl.final ? "instance field" : "non-final field" };
    const effectivelyFinal = decl.final || !decl.field && !this.project.isAssigned(unit, `${innermost(decl.ctx)}#${decl.ctx.method ?? ""}#${decl.name.name}`);
    if (!effectivelyFinal) return { ok: false, reason: decl.field ? "non-final field" : "variable assigned more than once" };
    if (!decl.init) return { ok: false, reason: decl.field ? "field set at run time" : "variable set at run time" };
    const reader = unit === this.unit ? this : new _UnitReader(this.project, unit);
    const r = reader.resolve(decl.init, decl.ctx, unit, depth + 1);
    if (!r.ok) return r;
    return { ok: true, value: r.value, origin: r.origin ?? { file: unit.file.path, start: decl.init.start, end: decl.init.end } };
  }
  resolveName(e, ctx, depth) {
    const parts = e.parts.map((p) => p.name);
    const last2 = parts[parts.length - 1];
    if (e.base) {
      if (e.base.t === "this" && parts.length === 1) {
        const hit = this.classField(ctx, last2);
        return hit ? this.fromDecl(hit, depth, false) : { ok: false, reason: "field" };
      }
      return { ok: false, reason: "field of an expression" };
    }
    if (parts.length === 1) {
      const loc = this.local(ctx, last2);
      if (loc) return this.fromDecl({ decl: loc, unit: this.unit }, depth, false);
      const hit = this.classField(ctx, last2);
      if (hit) return this.fromDecl(hit, depth, false);
      const imported = this.facts.staticImports.get(last2);
      for (const cls2 of imported ? [imported] : this.facts.staticStarImports) {
        const v2 = VALUE_CONSTANTS[`${cls2}.${last2}`];
        if (v2 !== void 0) return { ok: true, value: v2 };
        const h2 = this.project.field(cls2, last2);
        if (h2) return this.fromDecl(h2, depth, true);
      }
      return { ok: false, reason: "variable" };
    }
    const cls = parts[parts.length - 2];
    const v = VALUE_CONSTANTS[`${cls}.${last2}`];
    if (v !== void 0) return { ok: true, value: v };
    if (parts.length >= 3 && last2 === "name" && NAME_ENUMS.has(parts[parts.length - 3])) return { ok: true, value: cls };
    if (NAME_ENUMS.has(cls)) return { ok: false, reason: "enum constant" };
    if (CONFIG_CLASSES[cls] !== void 0 || cls in CONFIG_CLASSES) {
      const key = configKeyOf(last2);
      if (key) return { ok: true, value: key };
    }
    const h = this.project.field(cls, last2);
    if (h) return this.fromDecl(h, depth, true);
    return { ok: false, reason: `constant ${cls}.${last2} not found in the files read` };
  }
  resolveCall(e, ctx, depth) {
    const target = e.target?.t === "name" && !e.target.base ? e.target.parts.map((p) => p.name).join(".") : void 0;
    const m = e.name.name;
    if (target === "System" && m === "getenv") return { ok: false, reason: "environment variable" };
    if (target === "System" && m === "getProperty") return { ok: false, reason: "system property" };
    if (m === "getProperty" || m === "getRequiredProperty") return { ok: false, reason: "environment property" };
    if ((m === "name" || m === "toString") && e.args.length === 0 && e.target?.t === "name" && !e.target.base) {
      const parts = e.target.parts.map((p) => p.name);
      if (parts.length >= 2 && NAME_ENUMS.has(parts[parts.length - 2])) return { ok: true, value: parts[parts.length - 1] };
    }
    if (e.args.length === 1 && (target === "String" && m === "valueOf" || ["Integer", "Long", "Boolean", "Short"].includes(target ?? "") && m === "toString")) {
      const r = this.resolve(e.args[0], ctx, this.unit, depth + 1);
      return r.ok ? { ...r, value: String(r.value) } : r;
    }
    if (target === "StreamsConfig" && KEY_PREFIX_METHODS[m] && e.args.length === 1) {
      const r = this.resolve(e.args[0], ctx, this.unit, depth + 1);
      return r.ok ? { ...r, value: KEY_PREFIX_METHODS[m] + String(r.value) } : r;
    }
    return { ok: false, reason: "method call" };
  }
  /** A config key: `ProducerConfig.ACKS_CONFIG` (with the client kind it implies), `"acks"`, a project constant. */
  key(e, ctx) {
    if (e.t === "name" && !e.base) {
      const parts = e.parts.map((p) => p.name);
      const last2 = parts[parts.length - 1];
      const cls = parts.length >= 2 ? parts[parts.length - 2] : this.facts.staticImports.get(last2) ?? this.facts.staticStarImports.find((c) => c in CONFIG_CLASSES);
      if (cls && cls in CONFIG_CLASSES) {
        const key = configKeyOf(last2);
        const hint = CONFIG_CLASSES[cls];
        if (key) return { key, ...hint ? { hint } : {}, constant: true };
      }
    }
    if (e.t === "call" && e.target?.t === "name" && e.target.parts.map((p) => p.name).join(".") === "StreamsConfig" && KEY_PREFIX_METHODS[e.name.name] && e.args[0]) {
      const inner = this.key(e.args[0], ctx);
      return inner ? { key: KEY_PREFIX_METHODS[e.name.name] + inner.key, hint: "streams", constant: inner.constant } : void 0;
    }
    const r = this.resolve(e, ctx, this.unit, 0);
    if (r.ok && typeof r.value === "string") return { key: r.value, constant: e.t !== "lit" && isKnownClientKey(r.value) };
    return void 0;
  }
  stringField(e, ctx) {
    const f = this.field(e, ctx);
    return mapField(f, (v) => typeof v === "string" ? v : void 0, "a string");
  }
  numberField(e, ctx) {
    return mapField(this.field(e, ctx), (v) => toNumber(v), "a whole number");
  }
};
var dotted = (e) => e?.t === "name" && !e.base ? e.parts.map((p) => p.name).join(".") : void 0;
var UnitAnalysis = class {
  constructor(r) {
    this.r = r;
  }
  r;
  bags = /* @__PURE__ */ new Map();
  anonBags = /* @__PURE__ */ new Map();
  methodBags = /* @__PURE__ */ new Map();
  clientVars = /* @__PURE__ */ new Map();
  extras = /* @__PURE__ */ new Map();
  consumedNews = /* @__PURE__ */ new Set();
  topics = [];
  seenChains = /* @__PURE__ */ new Set();
  declTypes = /* @__PURE__ */ new Map();
  varKey(ctx, e) {
    if (!e || e.t !== "name") return void 0;
    if (e.base?.t === "this" && e.parts.length === 1) return `${innermost(ctx)}##${e.parts[0].name}`;
    if (e.base || e.parts.length !== 1) return void 0;
    const n = e.parts[0].name;
    if (this.r.local(ctx, n)) return `${innermost(ctx)}#${ctx.method ?? ""}#${n}`;
    return `${innermost(ctx)}##${n}`;
  }
  declKey(d) {
    return d.field ? `${innermost(d.ctx)}##${d.name.name}` : `${innermost(d.ctx)}#${d.ctx.method ?? ""}#${d.name.name}`;
  }
  newBag(id, ctx, name, span2) {
    const bag = {
      id,
      reader: this.r,
      cls: innermost(ctx),
      name,
      span: span2,
      entries: /* @__PURE__ */ new Map(),
      bases: [],
      hints: /* @__PURE__ */ new Set(),
      evidence: false,
      absorbed: false,
      usedDirectly: false,
      produces: [],
      consumes: []
    };
    this.bags.set(id, bag);
    return bag;
  }
  put(bag, k, v, ctx) {
    const key = this.r.key(k, ctx);
    if (!key || !v) return;
    if (key.hint) bag.hints.add(key.hint);
    if (key.constant || isKnownClientKey(key.key)) bag.evidence = true;
    bag.entries.set(key.key, this.r.field(v, ctx));
  }
  /** A map built in one expression (`Map.of`, `new HashMap<>()`, double brace): fills `bag`. Returns false if not map-like. */
  fillFromInit(bag, init, ctx) {
    if (init.t === "call") {
      const t = dotted(init.target);
      if ((t === "Map" || t === "ImmutableMap") && init.name.name === "of") {
        for (let i = 0; i + 1 < init.args.length; i += 2) this.put(bag, init.args[i], init.args[i + 1], ctx);
        return true;
      }
      if (t === "Map" && init.name.name === "ofEntries") {
        for (const a of init.args) {
          if (a.t === "call" && a.name.name === "entry" && a.args.length === 2) this.put(bag, a.args[0], a.args[1], ctx);
        }
        return true;
      }
      return false;
    }
    if (init.t === "new" && MAP_TYPES.has(init.type)) {
      if (init.anon !== void 0) this.anonBags.set(init.anon, bag);
      const base = init.args[0];
      if (base) {
        if (!this.fillFromInit(bag, base, ctx)) {
          const other = this.bagOf(base, ctx);
          if (other) {
            bag.bases.push(other);
            other.absorbed = true;
          }
        }
      }
      return true;
    }
    return false;
  }
  /** The config map an expression stands for: a variable, a call to a method of this class, an inline map. */
  bagOf(e, ctx, nameFor) {
    const key = this.varKey(ctx, e);
    if (key) return this.bags.get(key);
    if (e.t === "call" && (!e.target || e.target.t === "this")) return this.methodBags.get(`${innermost(ctx)}#${e.name.name}`);
    if (e.t === "call" || e.t === "new") {
      const id = `inline@${e.start}`;
      const existing = this.bags.get(id);
      if (existing) return existing;
      const name = nameFor ?? { name: ctx.method ?? ctx.classes[ctx.classes.length - 1] ?? "config", start: e.start, end: e.end };
      const bag = this.newBag(id, ctx, name, e);
      if (this.fillFromInit(bag, e, ctx)) return bag;
      this.bags.delete(id);
    }
    return void 0;
  }
  run() {
    const f = this.r.facts;
    for (const d of f.decls) if (d.type) this.declTypes.set(this.declKey(d), d.type);
    for (const d of f.decls) {
      if (!d.init) continue;
      const id = this.declKey(d);
      const bag = this.newBag(id, d.ctx, d.name, { start: d.name.start, end: d.init.end });
      if (!this.fillFromInit(bag, d.init, d.ctx)) this.bags.delete(id);
    }
    for (const { e, ctx } of f.exprs) {
      for (const s of subExpressions(e)) {
        if (s.t !== "call") continue;
        const m = s.name.name;
        if (m !== "put" && m !== "setProperty" && m !== "putIfAbsent" && m !== "putAll") continue;
        let bag;
        if (!s.target && ctx.anon !== void 0) bag = this.anonBags.get(ctx.anon);
        else {
          const key = this.varKey(ctx, s.target);
          if (!key) continue;
          bag = this.bags.get(key);
          const k = !bag && m !== "putAll" && s.args[0] ? this.r.key(s.args[0], ctx) : void 0;
          if (k && (k.constant || isKnownClientKey(k.key))) {
            const target = s.target;
            const decl = f.decls.find((d) => this.declKey(d) === key);
            const name = decl?.name ?? target.parts[target.parts.length - 1];
            bag = this.newBag(key, ctx, name, decl ? { start: decl.name.start, end: decl.init?.end ?? decl.name.end } : s);
          }
        }
        if (!bag) continue;
        if (m === "putAll") {
          const other = s.args[0] ? this.bagOf(s.args[0], ctx) : void 0;
          if (other && other !== bag) {
            bag.bases.push(other);
            other.absorbed = true;
          }
          continue;
        }
        if (s.args.length === 2) this.put(bag, s.args[0], s.args[1], ctx);
      }
    }
    for (const { e, ctx } of f.returns) {
      if (!ctx.method || ctx.anon !== void 0) continue;
      const method = f.methods.find((m) => m.name.name === ctx.method && innermost(m.ctx) === innermost(ctx));
      const bag = this.bagOf(e, ctx, method?.name);
      if (!bag) continue;
      if (method) bag.name = method.name;
      this.methodBags.set(`${innermost(ctx)}#${ctx.method}`, bag);
    }
    for (const { e, ctx } of f.exprs) {
      for (const s of subExpressions(e)) {
        let use;
        let args = [];
        if (s.t === "new" && USES[s.type]) {
          use = USES[s.type];
          args = s.args;
        } else if (s.t === "call" && s.name.name === "create" && (dotted(s.target) === "AdminClient" || dotted(s.target) === "Admin")) {
          use = { role: "admin", library: "java" };
          args = s.args;
        }
        if (!use) continue;
        let bag;
        for (const a of args) {
          bag = this.bagOf(a, ctx);
          if (bag) break;
        }
        if (!bag) continue;
        bag.use = use;
        bag.usedDirectly = true;
        this.bindClientVar(s, bag, ctx);
      }
    }
    for (const { e, ctx } of f.exprs) this.topicsOf(e, ctx);
    for (const m of f.methods) this.listener(m.annotations, m.name, m.ctx);
  }
  /** `KafkaProducer<..> producer = new KafkaProducer<>(props)` / `this.producer = new ..`: the variable's client. */
  bindClientVar(creation, bag, ctx) {
    for (const d of this.r.facts.decls) if (d.init === creation) this.clientVars.set(this.declKey(d), bag);
    for (const { e, ctx: c } of this.r.facts.exprs) {
      for (const s of subExpressions(e)) {
        if (s.t === "assign" && s.value === creation) {
          const key = this.varKey(c, s.target);
          if (key) this.clientVars.set(key, bag);
        }
      }
    }
    void ctx;
  }
  bagsInClass(ctx, role) {
    return [...new Set(this.bags.values())].filter((b) => b.cls === innermost(ctx) && !b.absorbed && roleOf(b) === role);
  }
  /** The client a topic use belongs to: the target variable's, the class's only one of that role, else an implicit one. */
  clientFor(ctx, role, target, library, implicitName) {
    const key = this.varKey(ctx, target);
    const viaVar = key ? this.clientVars.get(key) : void 0;
    if (viaVar) return viaVar;
    const inClass = this.bagsInClass(ctx, role);
    if (inClass.length === 1) return inClass[0];
    const id = `${innermost(ctx)}#${role}#${implicitName.name}`;
    let x = this.extras.get(id);
    if (!x) {
      x = { reader: this.r, name: implicitName, span: implicitName, role, library, config: /* @__PURE__ */ new Map(), produces: [], consumes: [] };
      this.extras.set(id, x);
    }
    return x;
  }
  classNameTok(ctx, at) {
    const c = this.r.facts.classes.find((k) => k.classes.join(".") === innermost(ctx));
    return c ? c.name : { name: ctx.classes[ctx.classes.length - 1] ?? "client", start: at.start, end: at.end };
  }
  topicList(e, ctx) {
    if (e.t === "array") return e.items.flatMap((i) => this.topicList(i, ctx));
    if (e.t === "call" && LIST_FACTORIES.has(`${dotted(e.target) ?? ""}.${e.name.name}`)) return e.args.flatMap((a) => this.topicList(a, ctx));
    if (e.t === "call" && dotted(e.target) === "Pattern" && e.name.name === "compile") return [unknown(this.r.loc(e), "topic pattern", this.r.raw(e))];
    return [this.r.stringField(e, ctx)];
  }
  topicsOf(root, ctx) {
    const streamsFile = this.r.unit.file.text.includes("StreamsBuilder");
    for (const s of subExpressions(root)) {
      if (this.seenChains.has(s)) continue;
      if (s.t === "call" || s.t === "new") {
        const t = this.topicDefinition(s, ctx);
        if (t) {
          this.topics.push(t);
          continue;
        }
      }
      if (s.t === "call") {
        const m = s.name.name;
        const targetKey = this.varKey(ctx, s.target);
        const targetType = targetKey ? this.declTypes.get(targetKey) : void 0;
        const targetName = s.target?.t === "name" ? s.target.parts[s.target.parts.length - 1].name : void 0;
        const isTemplate = targetType !== void 0 && TEMPLATE_TYPES.has(targetType) || targetType === void 0 && targetName !== void 0 && /template/i.test(targetName);
        if ((m === "send" || m === "sendAndReceive") && s.args[0]) {
          const first = s.args[0];
          if (first.t === "new" && first.type === "ProducerRecord") {
            this.consumedNews.add(first);
            const c = isTemplate ? this.clientFor(ctx, "producer", void 0, "spring", { name: targetName, start: s.target.start, end: s.target.end }) : this.clientFor(ctx, "producer", s.target, "java", this.classNameTok(ctx, s));
            if (first.args[0]) c.produces.push(this.r.stringField(first.args[0], ctx));
          } else if (isTemplate && s.args.length >= 2 && !(first.t === "call" && /build|MessageBuilder/.test(this.r.raw(first)))) {
            const c = this.clientFor(ctx, "producer", void 0, "spring", { name: targetName, start: s.target.start, end: s.target.end });
            c.produces.push(this.r.stringField(first, ctx));
          }
        } else if (m === "subscribe" && s.args[0]) {
          const a = s.args[0];
          const isClient = targetKey !== void 0 && (this.clientVars.has(targetKey) || targetType === "KafkaConsumer" || targetType === "Consumer");
          const listLike = a.t === "lit" || a.t === "array" || a.t === "call" && (LIST_FACTORIES.has(`${dotted(a.target) ?? ""}.${a.name.name}`) || dotted(a.target) === "Pattern");
          if (isClient || listLike) {
            const c = this.clientFor(ctx, "consumer", s.target, "java", this.classNameTok(ctx, s));
            append(c.consumes, this.topicList(a, ctx));
          }
        } else if (streamsFile && (m === "stream" || m === "table" || m === "globalTable") && s.args[0] && (targetType === "StreamsBuilder" || targetType === void 0 && /builder/i.test(targetName ?? ""))) {
          const c = this.clientFor(ctx, "streams", void 0, "java", this.classNameTok(ctx, s));
          append(c.consumes, this.topicList(s.args[0], ctx));
        } else if (streamsFile && m === "to" && s.args[0] && s.target && (s.args[0].t === "lit" || s.args[0].t === "name")) {
          const c = this.clientFor(ctx, "streams", void 0, "java", this.classNameTok(ctx, s));
          c.produces.push(this.r.stringField(s.args[0], ctx));
        }
      }
      if (s.t === "new" && s.type === "ProducerRecord" && !this.consumedNews.has(s) && s.args[0]) {
        this.consumedNews.add(s);
        const c = this.clientFor(ctx, "producer", void 0, "java", this.classNameTok(ctx, s));
        c.produces.push(this.r.stringField(s.args[0], ctx));
      }
    }
  }
  /** `TopicBuilder.name(..)...build()` or `new NewTopic(..)...`, processed once at the outermost call of the chain. */
  topicDefinition(outer, ctx) {
    const chain = [];
    let cur = outer;
    while (cur?.t === "call") {
      chain.unshift(cur);
      cur = cur.target;
    }
    let rootNew;
    let calls = chain;
    if (cur?.t === "new" && cur.type === "NewTopic") rootNew = cur;
    else if (chain[0] && chain[0].name.name === "name" && dotted(chain[0].target) === "TopicBuilder") calls = chain.slice(1);
    else return void 0;
    for (const c of chain) this.seenChains.add(c);
    if (rootNew) this.seenChains.add(rootNew);
    const r = this.r;
    const config = {};
    let name;
    let partitions;
    let replicas;
    const optional = (e) => {
      if (e?.t === "call" && dotted(e.target) === "Optional") return e.name.name === "empty" ? null : e.args[0];
      return e;
    };
    if (rootNew) {
      const [n, p, rf] = rootNew.args;
      if (!n) return void 0;
      name = r.stringField(n, ctx);
      const pp = optional(p);
      const rr = optional(rf);
      if (rootNew.args.length === 3) {
        if (pp) partitions = r.numberField(pp, ctx);
        if (rr) replicas = r.numberField(rr, ctx);
      } else if (p && rootNew.args.length === 2) {
        partitions = unknown(r.loc(p), "replica assignment", r.raw(p));
      }
    } else {
      const n = chain[0].args[0];
      if (!n) return void 0;
      name = r.stringField(n, ctx);
    }
    for (const c of calls) {
      const [a, b] = c.args;
      switch (c.name.name) {
        case "partitions":
          if (a) partitions = r.numberField(a, ctx);
          break;
        case "replicas":
          if (a) replicas = r.numberField(a, ctx);
          break;
        case "config":
          if (a && b) {
            const k = r.key(a, ctx);
            if (k) config[k.key] = r.field(b, ctx);
          }
          break;
        case "configs":
          if (a) {
            const tmp = this.newBag(`topic-config@${a.start}`, ctx, c.name, a);
            this.bags.delete(tmp.id);
            if (this.fillFromInit(tmp, a, ctx)) for (const [k, v] of tmp.entries) config[k] = v;
          }
          break;
        case "compact":
          config["cleanup.policy"] = known("compact", r.loc({ start: c.name.start, end: c.end }), r.raw({ start: c.name.start, end: c.end }));
          break;
        default:
          break;
      }
    }
    const loc = r.loc(outer);
    return {
      kind: "topic",
      name,
      loc,
      format: FORMAT,
      file: r.path,
      ...partitions ? { partitions } : {},
      ...replicas ? { replicationFactor: replicas } : {},
      ...typedFromConfig(config),
      consumerGroups: [],
      config,
      labels: {},
      declaredIn: "code"
    };
  }
  /** `@KafkaListener(topics = .., groupId = .., properties = {"k=v"})` on a method. */
  listener(annotations, method, ctx) {
    const r = this.r;
    for (const a of annotations) {
      if (a.name !== "KafkaListener") continue;
      const pair = (n) => a.pairs.find((p) => p.name.name === n)?.value;
      const topics = [];
      const t = pair("topics");
      if (t) append(topics, this.topicList(t, ctx));
      const pattern = pair("topicPattern");
      if (pattern) topics.push(unknown(r.loc(pattern), "topic pattern", r.raw(pattern)));
      const partitions = pair("topicPartitions");
      if (partitions) topics.push(unknown(r.loc(partitions), "topic partitions", r.raw(partitions)));
      const g = pair("groupId");
      const id = pair("id");
      const idIsGroup = pair("idIsGroup");
      const groupExpr = g ?? (id && !(idIsGroup?.t === "lit" && idIsGroup.value === false) ? id : void 0);
      const groupId = groupExpr ? r.stringField(groupExpr, ctx) : void 0;
      const config = /* @__PURE__ */ new Map();
      const props2 = pair("properties");
      for (const p of props2 ? props2.t === "array" ? props2.items : [props2] : []) {
        const f = r.field(p, ctx);
        if (f.kind !== "known" || typeof f.value !== "string") continue;
        const m = /^\s*([^=:\s]+)\s*[=:]\s*(.*?)\s*$/.exec(f.value);
        if (!m) continue;
        const value = m[2];
        config.set(m[1], isPlaceholder(value) ? unknown(f.loc, "placeholder", f.raw) : { ...f, value });
      }
      const inClass = this.bagsInClass(ctx, "consumer");
      if (inClass.length === 1) {
        const bag = inClass[0];
        append(bag.consumes, topics);
        if (groupId) bag.groupId = groupId;
        continue;
      }
      if (groupId) config.set("group.id", groupId);
      this.extras.set(`${innermost(ctx)}#listener#${method.name}@${a.start}`, {
        reader: r,
        name: method,
        span: { start: a.start, end: a.end },
        role: "consumer",
        library: "spring",
        config,
        produces: [],
        consumes: topics,
        ...groupId ? { groupId } : {}
      });
    }
  }
  clients() {
    const out = [];
    const r = this.r;
    for (const [id, bag] of this.bags) {
      if (id !== bag.id) continue;
      if (bag.absorbed && !bag.usedDirectly) continue;
      if (!bag.use && !bag.evidence) continue;
      const config = {};
      const addAll = (b, depth) => {
        if (depth > 5) return;
        for (const base of b.bases) addAll(base, depth + 1);
        for (const [k, v] of b.entries) config[k] = v;
      };
      addAll(bag, 0);
      const g = config["group.id"];
      const groupId = bag.groupId ?? (g ? mapField(g, (v) => typeof v === "string" ? v : void 0, "a string") : void 0);
      out.push({
        kind: "client",
        name: known(clientName(bag), r.loc(bag.name)),
        loc: r.loc(bag.span),
        format: FORMAT,
        file: r.path,
        role: roleOf(bag),
        library: bag.use?.library ?? "java",
        config,
        produces: bag.produces,
        consumes: bag.consumes,
        ...groupId ? { groupId } : {}
      });
    }
    for (const x of this.extras.values()) {
      out.push({
        kind: "client",
        name: known(x.name.name, r.loc(x.name)),
        loc: r.loc(x.span),
        format: FORMAT,
        file: r.path,
        role: x.role,
        library: x.library,
        config: Object.fromEntries(x.config),
        produces: x.produces,
        consumes: x.consumes,
        ...x.groupId ? { groupId: x.groupId } : {}
      });
    }
    return out;
  }
};
function roleOf(bag) {
  if (bag.use) return bag.use.role;
  const keys = /* @__PURE__ */ new Set();
  const collect = (b, d) => {
    if (d > 5) return;
    for (const k of b.entries.keys()) keys.add(k);
    for (const base of b.bases) collect(base, d + 1);
  };
  collect(bag, 0);
  const hints = new Set(bag.hints);
  for (const b of bag.bases) for (const h of b.hints) hints.add(h);
  if (hints.has("streams") || [...keys].some((k) => STREAMS_KEYS.has(k))) return "streams";
  const p = hints.has("producer") || [...keys].some((k) => PRODUCER_KEYS.has(k));
  const c = hints.has("consumer") || [...keys].some((k) => CONSUMER_KEYS.has(k));
  if (p && !c) return "producer";
  if (c && !p) return "consumer";
  if (hints.has("admin")) return "admin";
  return "unknown";
}
async function read(files) {
  const out = emptyOutput();
  const claimed = files.filter((f) => javaAdapter.claims(f.path));
  if (claimed.length === 0) return out;
  if (!claimed.some((f) => MENTIONS_KAFKA.test(f.text))) {
    append(out.files, claimed.map((f) => ({ path: f.path, status: "not-catalog", formats: [], reason: "does not mention Kafka" })));
    return out;
  }
  let parse;
  try {
    const mod = cjsExports(await import("./src-53LDGNMR.js"), "parse");
    parse = mod.parse;
  } catch (e) {
    const reason = `the Java parser could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
    append(out.files, claimed.map((f) => ({ path: f.path, status: "not-lintable", formats: [], reason })));
    return out;
  }
  const project = new JavaProject(claimed, parse);
  const problems = [];
  const found = /* @__PURE__ */ new Set();
  for (const unit of project.units) {
    if (!unit.kafka) continue;
    if (!project.ensure(unit)) continue;
    const analysis = new UnitAnalysis(new UnitReader(project, unit));
    analysis.run();
    const clients = analysis.clients();
    append(out.clients, clients);
    append(out.topics, analysis.topics);
    if (clients.length > 0 || analysis.topics.length > 0) found.add(unit.file.path);
  }
  for (const unit of project.units) {
    const path = unit.file.path;
    if (unit.error && unit.kafka) {
      problems.push({ ruleId: "parse-error", message: unit.error.message, loc: { file: path, start: unit.error.start, end: unit.error.end } });
      out.files.push({ path, status: "parse-error", formats: [], reason: unit.error.message });
    } else if (found.has(path) || project.usedFiles.has(path)) {
      out.files.push({ path, status: "linted", formats: [FORMAT] });
    } else {
      out.files.push({ path, status: "not-catalog", formats: [], reason: unit.kafka ? "no Kafka client, topic or config map found" : "does not mention Kafka" });
    }
  }
  append(out.problems, problems);
  return out;
}
var javaAdapter = {
  id: FORMAT,
  claims: (path) => path.endsWith(".java"),
  declaresCatalogEntities: false,
  read
};
var GENERIC_NAMES = /^(props|properties|config|configs|conf|cfg|settings|map|params|kafkaprops|kafkaproperties|kafkaconfig|producerprops|consumerprops|p|m)$/i;
function clientName(bag) {
  return GENERIC_NAMES.test(bag.name.name) && bag.cls ? `${bag.cls}.${bag.name.name}` : bag.name.name;
}

// src/sources/properties/parse.ts
var isWs = (c) => c === " " || c === "	" || c === "\f";
var isEol = (c) => c === "\n" || c === "\r";
function parseProperties(text2) {
  const entries2 = [];
  const comments = [];
  const problems = [];
  const n = text2.length;
  let i = 0;
  if (text2.charCodeAt(0) === 65279) i = 1;
  const skipEol = (p) => text2[p] === "\r" && text2[p + 1] === "\n" ? p + 2 : p + 1;
  while (i < n) {
    while (i < n && isWs(text2[i])) i++;
    if (i >= n) break;
    if (isEol(text2[i])) {
      i = skipEol(i);
      continue;
    }
    if (text2[i] === "#" || text2[i] === "!") {
      const start2 = i;
      while (i < n && !isEol(text2[i])) i++;
      comments.push({ text: text2.slice(start2, i), start: start2, end: i });
      continue;
    }
    const chars = [];
    const start = i;
    let end = i;
    while (i < n) {
      const c = text2[i];
      if (isEol(c)) break;
      if (c === "\\") {
        let j = i;
        while (j < n && text2[j] === "\\") j++;
        const run = j - i;
        if (isEol(text2[j]) || j >= n) {
          for (let k = 0; k < run - run % 2; k++) chars.push({ c: "\\", at: i + k });
          if (run % 2 === 1) {
            if (j >= n) {
              i = j;
              end = j;
              break;
            }
            i = skipEol(j);
            while (i < n && isWs(text2[i])) i++;
            continue;
          }
          i = j;
          end = j;
          continue;
        }
        for (let k = 0; k < run; k++) chars.push({ c: "\\", at: i + k });
        i = j;
        end = j;
        continue;
      }
      chars.push({ c, at: i });
      i++;
      end = i;
    }
    parseLogicalLine(text2, chars, start, end, entries2, problems);
  }
  return { entries: entries2, comments, problems };
}
function parseLogicalLine(text2, chars, start, end, entries2, problems) {
  if (chars.length === 0) return;
  let k = 0;
  let escaped = false;
  while (k < chars.length) {
    const c = chars[k].c;
    if (escaped) escaped = false;
    else if (c === "\\") escaped = true;
    else if (c === "=" || c === ":" || isWs(c)) break;
    k++;
  }
  const keyChars = chars.slice(0, k);
  let v = k;
  while (v < chars.length && isWs(chars[v].c)) v++;
  if (v < chars.length && (chars[v].c === "=" || chars[v].c === ":")) {
    v++;
    while (v < chars.length && isWs(chars[v].c)) v++;
  }
  const valueChars = chars.slice(v);
  const key = unescape(keyChars, problems);
  const value = unescape(valueChars, problems);
  const keyStart = keyChars[0]?.at ?? start;
  const keyEnd = keyChars.length ? keyChars[keyChars.length - 1].at + 1 : keyStart;
  let last2 = valueChars.length - 1;
  while (last2 >= 0 && isWs(valueChars[last2].c) && !(last2 > 0 && valueChars[last2 - 1].c === "\\" && isEscapeAt(valueChars, last2 - 1))) last2--;
  const afterSep = v > 0 && v <= chars.length ? chars[v - 1].at + 1 : keyEnd;
  const valueStart = valueChars.length && last2 >= 0 ? valueChars[0].at : afterSep;
  const valueEnd = last2 >= 0 ? valueChars[last2].at + 1 : valueStart;
  entries2.push({ key, value, keyStart, keyEnd, valueStart, valueEnd, raw: text2.slice(valueStart, valueEnd), start, end });
}
function isEscapeAt(chars, idx) {
  let run = 0;
  for (let j = idx; j >= 0 && chars[j].c === "\\"; j--) run++;
  return run % 2 === 1;
}
function unescape(chars, problems) {
  let out = "";
  for (let p = 0; p < chars.length; p++) {
    const c = chars[p].c;
    if (c !== "\\") {
      out += c;
      continue;
    }
    const next = chars[p + 1];
    if (!next) break;
    p++;
    switch (next.c) {
      case "t":
        out += "	";
        break;
      case "n":
        out += "\n";
        break;
      case "r":
        out += "\r";
        break;
      case "f":
        out += "\f";
        break;
      case "u": {
        const hex = chars.slice(p + 1, p + 5).map((h) => h.c).join("");
        if (/^[0-9a-fA-F]{4}$/.test(hex)) {
          out += String.fromCharCode(parseInt(hex, 16));
          p += 4;
        } else {
          const at = chars[p - 1].at;
          problems.push({ message: `Malformed \\uXXXX escape \`\\u${hex}\` (Java refuses to load this file)`, start: at, end: (chars[Math.min(p + 4, chars.length - 1)]?.at ?? at) + 1 });
          out += "u" + hex;
          p += hex.length;
        }
        break;
      }
      default:
        out += next.c;
    }
  }
  return out;
}

// src/sources/properties/index.ts
var SPRING_PROPERTIES = /(^|\/)application(-[^/]*)?\.properties$/i;
function entryField(file, e) {
  const loc = { file, start: e.valueStart, end: e.valueEnd };
  const value = e.value.trim();
  if (isPlaceholder(value)) return unknown(loc, "placeholder", e.raw);
  return known(value, loc, e.raw);
}
function keyLoc(file, e) {
  return { file, start: e.keyStart, end: e.keyEnd };
}
var PRODUCER_KEYS2 = /* @__PURE__ */ new Set([
  "acks",
  "key.serializer",
  "value.serializer",
  "enable.idempotence",
  "transactional.id",
  "transaction.timeout.ms",
  "linger.ms",
  "batch.size",
  "buffer.memory",
  "max.in.flight.requests.per.connection",
  "compression.type",
  "delivery.timeout.ms",
  "max.block.ms",
  "partitioner.class",
  "max.request.size"
]);
var CONSUMER_KEYS2 = /* @__PURE__ */ new Set([
  "group.id",
  "group.instance.id",
  "key.deserializer",
  "value.deserializer",
  "enable.auto.commit",
  "auto.commit.interval.ms",
  "auto.offset.reset",
  "max.poll.records",
  "max.poll.interval.ms",
  "session.timeout.ms",
  "heartbeat.interval.ms",
  "fetch.min.bytes",
  "fetch.max.bytes",
  "fetch.max.wait.ms",
  "max.partition.fetch.bytes",
  "isolation.level",
  "partition.assignment.strategy",
  "group.protocol"
]);
var STREAMS_KEYS2 = /* @__PURE__ */ new Set([
  "application.id",
  "processing.guarantee",
  "num.stream.threads",
  "state.dir",
  "default.key.serde",
  "default.value.serde",
  "num.standby.replicas",
  "commit.interval.ms",
  "replication.factor",
  "topology.optimization",
  "statestore.cache.max.bytes",
  "cache.max.bytes.buffering"
]);
var WORKER_KEYS = ["config.storage.topic", "offset.storage.topic", "status.storage.topic", "offset.storage.file.filename", "plugin.path"];
var COMMON_KEYS2 = /* @__PURE__ */ new Set([
  "bootstrap.servers",
  "client.id",
  "security.protocol",
  "request.timeout.ms",
  "retries",
  "retry.backoff.ms",
  "metadata.max.age.ms",
  "schema.registry.url",
  "client.dns.lookup",
  "connections.max.idle.ms",
  "receive.buffer.bytes",
  "send.buffer.bytes",
  "reconnect.backoff.ms",
  "default.api.timeout.ms",
  "basic.auth.credentials.source",
  "basic.auth.user.info"
]);
var LIBRDKAFKA_KEYS = /* @__PURE__ */ new Set([
  "queue.buffering.max.ms",
  "queue.buffering.max.messages",
  "queue.buffering.max.kbytes",
  "batch.num.messages",
  "message.timeout.ms",
  "socket.keepalive.enable",
  "enable.auto.offset.store",
  "statistics.interval.ms",
  "enable.partition.eof",
  "topic.metadata.refresh.interval.ms",
  "sasl.username",
  "sasl.password",
  "message.send.max.retries",
  "debug",
  "api.version.request",
  "enable.ssl.certificate.verification",
  "ssl.ca.location",
  "ssl.certificate.location",
  "ssl.key.location"
]);
var KAFKA_PREFIXES = /^(sasl|ssl|producer|consumer|admin|main\.consumer|restore\.consumer|global\.consumer|key\.converter|value\.converter|header\.converter|schema\.registry|basic\.auth|config\.providers|topic\.creation|exactly\.once\.source|errors\.deadletterqueue)\./;
function isKafkaKey(key) {
  return PRODUCER_KEYS2.has(key) || CONSUMER_KEYS2.has(key) || STREAMS_KEYS2.has(key) || COMMON_KEYS2.has(key) || LIBRDKAFKA_KEYS.has(key) || WORKER_KEYS.includes(key) || key === "connector.class" || KAFKA_PREFIXES.test(key);
}
var GENERIC_KEYS = /* @__PURE__ */ new Set([
  "retries",
  "debug",
  "client.id",
  "request.timeout.ms",
  "retry.backoff.ms",
  "batch.size",
  "buffer.memory",
  "compression.type",
  "state.dir",
  "plugin.path",
  "replication.factor",
  "connections.max.idle.ms",
  "receive.buffer.bytes",
  "send.buffer.bytes",
  "reconnect.backoff.ms",
  "metadata.max.age.ms",
  "default.api.timeout.ms",
  "session.timeout.ms",
  "heartbeat.interval.ms",
  "client.dns.lookup",
  "commit.interval.ms",
  "max.request.size"
]);
var NOT_KAFKA_FILES = /(^|\/)(gradle-wrapper|maven-wrapper|gradle|local|sonar-project|lombok\.config|log4j2?|logging|simplelogger|messages(_[\w-]+)?)\.properties$/i;
function hasKafkaEvidence(keys, path) {
  if (NOT_KAFKA_FILES.test(path)) return false;
  for (const k of keys) if (k === "topics" || isKafkaKey(k) && !GENERIC_KEYS.has(k)) return true;
  return false;
}
function roleFromName(path) {
  const base = path.split("/").pop().toLowerCase();
  if (/^connect-(distributed|standalone)|worker/.test(base)) return "connect-worker";
  if (/connector|(sink|source)\.properties$/.test(base)) return "connector";
  if (/stream/.test(base)) return "streams";
  if (/producer/.test(base)) return "producer";
  if (/consumer/.test(base)) return "consumer";
  if (/admin/.test(base)) return "admin";
  return void 0;
}
function classify(keys, path) {
  if (keys.has("connector.class")) return "connector";
  if (WORKER_KEYS.some((k) => keys.has(k)) || keys.has("group.id") && (keys.has("key.converter") || keys.has("value.converter"))) return "connect-worker";
  if (keys.has("application.id") || keys.has("processing.guarantee")) return "streams";
  let producer = 0;
  let consumer = 0;
  for (const k of keys) {
    if (PRODUCER_KEYS2.has(k)) producer++;
    if (CONSUMER_KEYS2.has(k)) consumer++;
  }
  const byName = roleFromName(path);
  if (producer > 0 && consumer === 0) return "producer";
  if (consumer > 0 && producer === 0) return "consumer";
  if (byName) return byName;
  if (producer > consumer) return "producer";
  if (consumer > producer) return "consumer";
  return "unknown";
}
function baseName(path) {
  return path.split("/").pop().replace(/\.properties$/i, "");
}
function splitList(file, e) {
  const f = entryField(file, e);
  if (f.kind !== "known") return [f];
  const out = [];
  const re = /[^,\s\\]+/g;
  let m;
  while (m = re.exec(e.raw)) {
    const loc = { file, start: e.valueStart + m.index, end: e.valueStart + m.index + m[0].length };
    out.push(known(m[0], loc, m[0]));
  }
  return out;
}
function readKafkaProperties(path, text2, parsed = parseProperties(text2)) {
  const problems = parsed.problems.map((p) => ({
    ruleId: "parse-error",
    message: `Properties syntax error: ${p.message}. Fix the escape; Java fails to load the file.`,
    loc: { file: path, start: p.start, end: p.end }
  }));
  const byKey = /* @__PURE__ */ new Map();
  for (const e of parsed.entries) byKey.set(e.key, e);
  const keys = new Set(byKey.keys());
  if (!hasKafkaEvidence(keys, path)) {
    const reason = !parsed.entries.length ? "empty properties file" : NOT_KAFKA_FILES.test(path) ? "a properties file of another tool" : "no Kafka client settings in this properties file";
    return { problems, record: { path, status: problems.length ? "parse-error" : "not-catalog", formats: [], reason } };
  }
  const role = classify(keys, path);
  const config = {};
  for (const [k, e] of byKey) config[k] = entryField(path, e);
  const library = [...keys].some((k) => LIBRDKAFKA_KEYS.has(k)) ? "librdkafka" : "java";
  const nameKey = role === "connector" ? "name" : role === "streams" ? "application.id" : role === "connect-worker" ? "group.id" : "client.id";
  const nameEntry = byKey.get(nameKey) ?? byKey.get("client.id");
  const first = parsed.entries.find((e) => isKafkaKey(e.key)) ?? parsed.entries[0];
  let name;
  if (nameEntry) {
    const f = entryField(path, nameEntry);
    name = f.kind === "known" ? known(String(f.value), f.loc, f.raw) : f;
  } else {
    name = known(baseName(path), keyLoc(path, first));
  }
  const produces = [];
  const consumes = [];
  if (role === "connector") {
    const topics = byKey.get("topics");
    if (topics) append(consumes, splitList(path, topics));
    const dlq = byKey.get("errors.deadletterqueue.topic.name");
    if (dlq && dlq.value.trim() !== "") produces.push(...splitList(path, dlq));
  }
  const groupEntry = role === "consumer" ? byKey.get("group.id") : void 0;
  const groupId = groupEntry ? entryField(path, groupEntry) : void 0;
  const lastEntry = parsed.entries[parsed.entries.length - 1];
  const client = {
    kind: "client",
    name,
    loc: { file: path, start: parsed.entries[0].start, end: lastEntry.end },
    format: "properties",
    file: path,
    role,
    library,
    config,
    produces,
    consumes,
    ...groupId ? { groupId } : {}
  };
  return { client, problems, record: { path, status: problems.length ? "parse-error" : "linted", formats: ["properties"] } };
}
var propertiesAdapter = {
  id: "properties",
  claims: (path) => /\.properties$/i.test(path) && !SPRING_PROPERTIES.test(path),
  declaresCatalogEntities: false,
  async read(files) {
    const out = { topics: [], consumerGroups: [], clients: [], problems: [], files: [] };
    for (const f of files) {
      const r = readKafkaProperties(f.path, f.text);
      if (r.client) out.clients.push(r.client);
      append(out.problems, r.problems);
      out.files.push(r.record);
    }
    return out;
  }
};

// src/sources/spring/keys.ts
function canon(s) {
  return s.toLowerCase().replace(/[-_.]/g, "");
}
var SSL = {
  keypassword: "ssl.key.password",
  keystorelocation: "ssl.keystore.location",
  keystorepassword: "ssl.keystore.password",
  keystoretype: "ssl.keystore.type",
  keystorekey: "ssl.keystore.key",
  keystorecertificatechain: "ssl.keystore.certificate.chain",
  truststorelocation: "ssl.truststore.location",
  truststorepassword: "ssl.truststore.password",
  truststoretype: "ssl.truststore.type",
  truststorecertificates: "ssl.truststore.certificates",
  protocol: "ssl.protocol",
  bundle: "spring.kafka.ssl.bundle"
};
var COMMON = {
  bootstrapservers: "bootstrap.servers",
  clientid: "client.id",
  securityprotocol: "security.protocol"
};
var TYPED = {
  producer: {
    ...COMMON,
    acks: "acks",
    batchsize: "batch.size",
    buffermemory: "buffer.memory",
    compressiontype: "compression.type",
    keyserializer: "key.serializer",
    valueserializer: "value.serializer",
    retries: "retries",
    transactionidprefix: "transactional.id"
  },
  consumer: {
    ...COMMON,
    autocommitinterval: { key: "auto.commit.interval.ms", duration: true },
    autooffsetreset: "auto.offset.reset",
    enableautocommit: "enable.auto.commit",
    fetchmaxwait: { key: "fetch.max.wait.ms", duration: true },
    fetchminsize: "fetch.min.bytes",
    groupid: "group.id",
    heartbeatinterval: { key: "heartbeat.interval.ms", duration: true },
    isolationlevel: "isolation.level",
    keydeserializer: "key.deserializer",
    valuedeserializer: "value.deserializer",
    maxpollrecords: "max.poll.records",
    maxpollinterval: { key: "max.poll.interval.ms", duration: true }
  },
  streams: {
    ...COMMON,
    applicationid: "application.id",
    replicationfactor: "replication.factor",
    statedir: "state.dir",
    cachemaxsizebuffering: "cache.max.bytes.buffering",
    statestorecachemaxsize: "statestore.cache.max.bytes",
    autostartup: "spring.kafka.streams.auto-startup"
  },
  admin: {
    ...COMMON,
    failfast: "spring.kafka.admin.fail-fast",
    operationtimeout: "spring.kafka.admin.operation-timeout",
    closetimeout: "spring.kafka.admin.close-timeout"
  }
};
function fromTable(table, name, section) {
  const hit = table[canon(name)];
  if (hit === void 0) return void 0;
  return typeof hit === "string" ? { section, layer: "typed", kafkaKey: hit } : { section, layer: "typed", kafkaKey: hit.key, duration: true };
}
var SECTIONS = /* @__PURE__ */ new Set(["producer", "consumer", "streams", "admin"]);
function mapSpringKafka(rest) {
  const head = rest[0];
  if (head === void 0) return void 0;
  const h = canon(head);
  if (SECTIONS.has(h)) {
    const section = h;
    const tail = rest.slice(1);
    return { section, ...mapWithin(section, tail, TYPED[section]) };
  }
  if (h === "template") {
    const name = canon(rest.slice(1).join("."));
    if (name === "defaulttopic") return { section: "producer", key: { section: "producer", layer: "typed", kafkaKey: "spring.kafka.template.default-topic", defaultTopic: true } };
    if (name === "transactionidprefix") return { section: "producer", key: { section: "producer", layer: "typed", kafkaKey: "transactional.id" } };
    return { section: "producer" };
  }
  if (h === "listener") {
    const name = rest.slice(1).join(".");
    if (canon(name) === "ackmode") return { section: "consumer", key: { section: "consumer", layer: "typed", kafkaKey: "spring.kafka.listener.ack-mode" } };
    return { section: "consumer" };
  }
  if (h === "jaas") {
    const tail = rest.slice(1);
    if (tail.length === 0) return void 0;
    const first = canon(tail[0]);
    const kafkaKey = first === "options" ? `spring.kafka.jaas.options.${tail.slice(1).join(".")}` : `spring.kafka.jaas.${tail.map((t) => t.toLowerCase()).join(".")}`;
    return { section: "common", key: { section: "common", layer: "typed", kafkaKey } };
  }
  if (["properties", "ssl", "security", "bootstrapservers", "clientid"].includes(h)) {
    return { section: "common", ...mapWithin("common", rest, COMMON) };
  }
  return void 0;
}
function mapWithin(section, tail, table) {
  const first = tail[0];
  if (first === void 0) return {};
  const c = canon(first);
  if (c === "properties") {
    if (tail.length < 2) return {};
    return { key: { section, layer: "props", kafkaKey: tail.slice(1).join(".") } };
  }
  if (c === "ssl") {
    const k2 = fromTable(SSL, tail.slice(1).join("."), section);
    return k2 ? { key: k2 } : {};
  }
  const k = fromTable(table, tail.join("."), section);
  return k ? { key: k } : {};
}
function springDurationMs(v) {
  if (typeof v === "number") return Number.isFinite(v) ? v : void 0;
  if (typeof v !== "string") return void 0;
  const s = v.trim();
  const m = /^([-+]?\d+)\s*(ns|us|ms|s|m|h|d)?$/i.exec(s);
  if (m) {
    const n = Number(m[1]);
    const unit = (m[2] ?? "ms").toLowerCase();
    const factor = { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
    return Math.round(n * factor[unit]);
  }
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(s);
  if (iso && s.length > 1 && !/T$/i.test(s)) {
    const [, d, h, mi, sec] = iso;
    return Number(d ?? 0) * 864e5 + Number(h ?? 0) * 36e5 + Number(mi ?? 0) * 6e4 + Math.round(Number(sec ?? 0) * 1e3);
  }
  return void 0;
}

// src/sources/spring/index.ts
var SPRING_FILE = /(^|\/)application(?:-([^/]+?))?\.(ya?ml|properties)$/i;
function fileProfile(path) {
  return SPRING_FILE.exec(path)?.[2];
}
function splitKey(key) {
  const out = [];
  const re = /\[([^\]]*)\]|[^.[\]]+/g;
  let m;
  while (m = re.exec(key)) out.push({ seg: m[1] ?? m[0], offset: m.index, length: m[0].length });
  return out;
}
function keySegments(file, key, start, end, exact) {
  const parts = splitKey(key);
  return {
    segments: parts.map((p) => p.seg),
    locs: parts.map((p) => exact ? { file, start: start + p.offset, end: start + p.offset + p.length } : { file, start, end })
  };
}
function flattenYaml(file, node2, prefix, prefixLocs, out) {
  if (!node2 || node2.type !== "map") return;
  for (const p of node2.pairs) {
    const kn = p.keyNode;
    const exact = kn.type === "scalar" && !kn.quoted && kn.raw === p.key;
    const { segments, locs } = keySegments(file, p.key, kn.start, kn.end, exact);
    const segs = [...prefix, ...segments];
    const segLocs = [...prefixLocs, ...locs];
    if (p.value && p.value.type === "map") {
      flattenYaml(file, p.value, segs, segLocs, out);
      continue;
    }
    const list = p.value?.type === "seq" ? p.value.items.filter((i) => i.type === "scalar").map((i) => String(i.value)) : void 0;
    out.push({ segments: segs, segmentLocs: segLocs, field: configValueField(file, p.value, p), ...list ? { list } : {} });
  }
}
function isSpringKafka(e) {
  return e.segments.length > 2 && canon(e.segments[0]) === "spring" && canon(e.segments[1]) === "kafka";
}
function docProfiles(entries2, fromFile) {
  let marker;
  for (const e of entries2) {
    const c = e.segments.map(canon).join(".");
    if (c === "spring.config.activate.onprofile" || c === "spring.profiles") marker = e;
  }
  let names = [];
  if (marker) {
    const raw = marker.list ?? (marker.field.kind === "known" && marker.field.value !== null ? [String(marker.field.value)] : marker.field.raw ? [marker.field.raw] : []);
    for (const r of raw) {
      if (/[&!()]/.test(r)) names.push(r.trim());
      else for (const n of r.split(/[|,]/)) if (n.trim()) names.push(n.trim());
    }
  }
  if (fromFile) names = names.length ? names.map((n) => `${fromFile} & ${n}`) : [fromFile];
  return names;
}
var ROLE_OF = {
  producer: "producer",
  consumer: "consumer",
  streams: "streams",
  admin: "admin"
};
function mapEntry(e) {
  const m = mapSpringKafka(e.segments.slice(2));
  if (!m) return void 0;
  return { entry: e, section: m.section, ...m.key ? { layer: m.key.layer, kafkaKey: m.key.kafkaKey, ...m.key.duration ? { duration: true } : {}, ...m.key.defaultTopic ? { defaultTopic: true } : {} } : {} };
}
function valueField(m) {
  const f = m.entry.field;
  if (f.kind === "known" && typeof f.value === "string" && isPlaceholder(f.value)) return unknown(f.loc, "placeholder", f.raw);
  if (m.duration && f.kind === "known") {
    const ms = springDurationMs(f.value);
    if (ms !== void 0) return known(ms, f.loc, f.raw ?? String(f.value));
  }
  return f;
}
var LAYER_ORDER = (m) => (m.section === "common" ? 0 : 2) + (m.layer === "props" ? 1 : 0);
function buildClients(path, appName, merged, own, profile) {
  const present = new Set(merged.map((m) => m.section));
  const ownSections = new Set(own.map((m) => m.section));
  let roles = ["producer", "consumer", "streams", "admin"].filter((s) => present.has(s));
  if (!ownSections.has("common")) roles = roles.filter((r) => ownSections.has(r));
  const clients = [];
  const targets = roles.length ? roles : ownSections.has("common") && !["producer", "consumer", "streams", "admin"].some((s) => present.has(s)) ? ["unknown"] : [];
  for (const role of targets) {
    const relevant = merged.filter((m) => m.section === "common" || m.section === role);
    const ordered = [...relevant].sort((a, b) => LAYER_ORDER(a) - LAYER_ORDER(b));
    const config = {};
    const produces = [];
    for (const m of ordered) {
      if (!m.kafkaKey) continue;
      const f = valueField(m);
      config[m.kafkaKey] = f;
      if (m.defaultTopic) {
        if (f.kind === "known" && f.value !== null && f.value !== "") produces.splice(0, produces.length, known(String(f.value), f.loc, f.raw));
        else if (f.kind !== "known") produces.splice(0, produces.length, f);
      }
    }
    const ownForRole = own.filter((m) => m.section === role).sort((a, b) => Number(canon(b.entry.segments[2] ?? "") === role) - Number(canon(a.entry.segments[2] ?? "") === role));
    const anchor = ownForRole[0] ?? own.find((m) => m.section === "common") ?? own[0] ?? merged[0];
    const sectionIdx = role === "unknown" ? 1 : 2;
    const loc = anchor.entry.segmentLocs[Math.min(sectionIdx, anchor.entry.segmentLocs.length - 1)];
    const derived = appName?.kind === "known" ? appName.value : serviceName(path);
    const name = known(derived, loc);
    const group2 = config["group.id"];
    clients.push({
      kind: "client",
      name,
      loc,
      format: "spring",
      file: path,
      role: role === "unknown" ? "unknown" : ROLE_OF[role],
      library: "spring",
      ...profile !== void 0 ? { profile } : {},
      config,
      produces,
      consumes: [],
      ...role === "consumer" && group2 ? { groupId: group2 } : {}
    });
  }
  return clients;
}
function serviceName(path) {
  const parts = path.split("/");
  const idx = parts.findIndex((p, i) => p === "src" && parts[i + 1] === "main");
  if (idx > 0) return parts[idx - 1];
  return parts.length > 1 ? parts[parts.length - 2] : "application";
}
function clientsFromDocs(path, docs) {
  let appName;
  for (const d of docs) {
    for (const e of d.entries) {
      if (e.segments.map(canon).join(".") === "spring.application.name" && e.field.kind === "known" && e.field.value !== null) {
        if (d.profiles.length === 0 || !appName) appName = known(String(e.field.value), e.field.loc, e.field.raw);
      }
    }
  }
  const mappedOf = (d) => d.entries.filter(isSpringKafka).map(mapEntry).filter((m) => m !== void 0);
  const defaults = docs.filter((d) => d.profiles.length === 0).flatMap(mappedOf);
  const clients = [];
  if (defaults.length) for (const c of buildClients(path, appName, overrideMerge(defaults), defaults, void 0)) clients.push(c);
  const docsOf = /* @__PURE__ */ new Map();
  for (const d of docs) {
    for (const p of new Set(d.profiles)) {
      const list = docsOf.get(p);
      if (list) list.push(d);
      else docsOf.set(p, [d]);
    }
  }
  const mapped = new Map(docs.map((d) => [d, mappedOf(d)]));
  for (const [p, profileDocs] of docsOf) {
    const own = [];
    for (const d of profileDocs) for (const m of mapped.get(d)) own.push(m);
    if (own.length === 0) continue;
    for (const c of buildClients(path, appName, overrideMerge([...defaults, ...own]), own, p)) clients.push(c);
  }
  return clients;
}
function overrideMerge(list) {
  const byKey = /* @__PURE__ */ new Map();
  let anon = 0;
  for (const m of list) {
    const k = m.kafkaKey ? `${m.section}|${m.layer}|${m.kafkaKey}` : `#${anon++}`;
    byKey.delete(k);
    byKey.set(k, m);
  }
  return [...byKey.values()];
}
var springYamlAdapter = {
  id: "spring",
  // By content: any YAML with Spring Kafka settings (`spring: kafka:` or flat `spring.kafka.*` keys),
  // whatever the file is called; the file name only gives the profile (`application-prod.yml`).
  claims: (path) => /\.ya?ml$/i.test(path),
  read(file, path) {
    const mentionsSpring = file.documents.some((d) => d.root?.type === "map" && d.root.pairs.some((p) => p.key === "spring" || p.key.startsWith("spring.")));
    if (!mentionsSpring) return void 0;
    const fromFile = fileProfile(path);
    const docs = file.documents.map((d) => {
      const entries2 = [];
      flattenYaml(path, d.root, [], [], entries2);
      return { entries: entries2, profiles: docProfiles(entries2, fromFile) };
    });
    if (!docs.some((d) => d.entries.some(isSpringKafka))) return void 0;
    return { clients: clientsFromDocs(path, docs) };
  }
};
function propertiesDocs(path, text2) {
  const parsed = parseProperties(text2);
  const problems = parsed.problems.map((p) => ({
    ruleId: "parse-error",
    message: `Properties syntax error: ${p.message}. Fix the escape; Spring fails to load the file.`,
    loc: { file: path, start: p.start, end: p.end }
  }));
  const separators = parsed.comments.filter((c) => /^[#!]---\s*$/.test(c.text)).map((c) => c.start);
  const groups = [[]];
  let s = 0;
  for (const e of parsed.entries) {
    while (s < separators.length && separators[s] < e.start) {
      groups.push([]);
      s++;
    }
    groups[groups.length - 1].push(e);
  }
  const fromFile = fileProfile(path);
  const docs = groups.map((g) => {
    const entries2 = g.map((e) => {
      const exact = text2.slice(e.keyStart, e.keyEnd) === e.key;
      const { segments, locs } = keySegments(path, e.key, e.keyStart, e.keyEnd, exact);
      return { segments, segmentLocs: locs, field: entryField(path, e) };
    });
    return { entries: entries2, profiles: docProfiles(entries2, fromFile) };
  });
  return { docs, problems };
}
var springPropertiesAdapter = {
  id: "spring",
  claims: (path) => /(^|\/)application(-[^/]+)?\.properties$/i.test(path),
  declaresCatalogEntities: false,
  async read(files) {
    const out = { topics: [], consumerGroups: [], clients: [], problems: [], files: [] };
    for (const f of files) {
      const { docs, problems } = propertiesDocs(f.path, f.text);
      for (const p of problems) out.problems.push(p);
      if (!docs.some((d) => d.entries.some(isSpringKafka))) {
        out.files.push({ path: f.path, status: problems.length ? "parse-error" : "not-catalog", formats: [], reason: "no spring.kafka settings in this Spring configuration" });
        continue;
      }
      for (const c of clientsFromDocs(f.path, docs)) out.clients.push(c);
      out.files.push({ path: f.path, status: problems.length ? "parse-error" : "linted", formats: ["spring"] });
    }
    return out;
  }
};

// src/sources/terraform/evaluate.ts
var locIn = (src, s) => ({ file: src.path, start: s.start, end: s.end });
var rawIn = (src, s) => src.text.slice(s.start, s.end);
var MAX_RAW = 80;
function shortRaw(src, s) {
  const raw = rawIn(src, s).replace(/\s+/g, " ");
  return raw.length > MAX_RAW ? `${raw.slice(0, MAX_RAW - 3)}...` : raw;
}
function unknownVal(src, s, reason) {
  return { t: "unknown", reason, loc: locIn(src, s), raw: rawIn(src, s) };
}
var ROOT_REASONS = {
  module: "a module output (modules are not read)",
  data: "a data source, known only when Terraform runs",
  path: "a filesystem path known only when Terraform runs",
  terraform: "the Terraform workspace, known only when Terraform runs",
  self: "a reference to the resource itself"
};
function describeSteps(steps) {
  return steps.map((s) => s.k === "attr" ? `.${s.name}` : s.k === "splat" ? "[*]" : "[...]").join("");
}
var Evaluator = class {
  constructor(src) {
    this.src = src;
  }
  src;
  eval(e, scope) {
    const src = this.src;
    switch (e.k) {
      case "lit":
        return { t: "scalar", value: e.value, loc: locIn(src, e), raw: rawIn(src, e) };
      case "template":
        return this.template(e, scope);
      case "tuple":
        return { t: "list", items: e.items.map((i) => this.eval(i, scope)), loc: locIn(src, e), raw: rawIn(src, e) };
      case "object": {
        const entries2 = /* @__PURE__ */ new Map();
        for (const entry of e.entries) {
          let name = entry.name;
          if (name === void 0) {
            const k = this.eval(entry.key, scope);
            if (k.t !== "scalar" || k.value === null) {
              return unknownVal(src, e, `the key ${shortRaw(src, entry.key)} is ${k.t === "unknown" ? k.reason : "not a string"}`);
            }
            name = String(k.value);
          }
          entries2.set(name, { keyLoc: locIn(src, entry.key), keyRaw: rawIn(src, entry.key), value: this.eval(entry.value, scope) });
        }
        return { t: "map", entries: entries2, loc: locIn(src, e), raw: rawIn(src, e) };
      }
      case "var":
        return this.reference(e, e.name, [], scope);
      case "get":
        if (e.base.k === "var") return this.reference(e, e.base.name, e.steps, scope);
        return this.steps(this.eval(e.base, scope), e.steps, e, scope);
      case "call":
        return this.call(e, scope);
      case "cond": {
        const c = this.eval(e.cond, scope);
        if (c.t === "scalar" && typeof c.value === "boolean") return this.eval(c.value ? e.then : e.else, scope);
        return unknownVal(src, e, c.t === "unknown" ? `a condition on ${c.reason}` : `a condition that is not a known boolean (${shortRaw(src, e.cond)})`);
      }
      case "for":
        return this.forExpr(e, scope);
      case "other":
        return unknownVal(src, e, `${e.what} (${shortRaw(src, e)}), not evaluated statically`);
    }
  }
  template(e, scope) {
    let out = "";
    for (const p of e.parts) {
      if (typeof p === "string") {
        out += p;
        continue;
      }
      const v = this.eval(p, scope);
      if (v.t !== "scalar" || v.value === null) {
        const why = v.t === "unknown" ? v.reason : "not a string";
        return unknownVal(this.src, e, `the interpolation \${${shortRaw(this.src, p)}} is ${why}`);
      }
      out += String(v.value);
    }
    return { t: "scalar", value: out, loc: locIn(this.src, e), raw: rawIn(this.src, e) };
  }
  reference(e, root, steps, scope) {
    const src = this.src;
    const iter = scope.iter?.get(root);
    if (iter) return this.steps(iter, steps, e, scope);
    const first = steps[0];
    const name = first?.k === "attr" ? first.name : void 0;
    const rest = steps.slice(1);
    switch (root) {
      case "var":
      case "local": {
        if (name === void 0) return unknownVal(src, e, `${root} without an attribute name`);
        const v = root === "var" ? scope.env.variable(name) : scope.env.local(name);
        if (!v) {
          return unknownVal(src, e, root === "var" ? `var.${name} has no default and no .tfvars value` : `local.${name} is not defined`);
        }
        return this.steps(v, rest, e, scope);
      }
      case "each": {
        if (!scope.each) return unknownVal(src, e, "each.* outside a for_each resource");
        if (name === "key") return this.steps(scope.each.key, rest, e, scope);
        if (name === "value") return this.steps(scope.each.value, rest, e, scope);
        return unknownVal(src, e, `each${describeSteps(steps)} is not each.key or each.value`);
      }
      case "count": {
        if (!scope.count) return unknownVal(src, e, "count.index outside a count resource");
        if (name === "index") return this.steps(scope.count, rest, e, scope);
        return unknownVal(src, e, `count${describeSteps(steps)} is not count.index`);
      }
      default: {
        const why = ROOT_REASONS[root] ?? (name !== void 0 ? `an attribute of resource ${root}.${name}, known only when Terraform runs` : `the name ${root}`);
        return unknownVal(src, e, why);
      }
    }
  }
  /** Apply `.attr`, `[index]` steps to a value; unknown stays unknown. */
  steps(v, steps, e, scope) {
    let cur = v;
    for (const s of steps) {
      if (cur.t === "unknown") return cur;
      if (s.k === "splat") return unknownVal(this.src, e, `a splat expression (${shortRaw(this.src, e)})`);
      let key;
      if (s.k === "attr") key = s.name;
      else {
        const i = this.eval(s.index, scope);
        if (i.t !== "scalar" || typeof i.value !== "string" && typeof i.value !== "number") {
          return unknownVal(this.src, e, `the index in ${shortRaw(this.src, e)} is ${i.t === "unknown" ? i.reason : "not a key"}`);
        }
        key = i.value;
      }
      if (cur.t === "map") {
        const entry = cur.entries.get(String(key));
        if (!entry) return unknownVal(this.src, e, `${shortRaw(this.src, e)}: no key ${JSON.stringify(String(key))} in the value`);
        cur = entry.value;
      } else if (cur.t === "list" && typeof key === "number") {
        const item = cur.items[key];
        if (!item) return unknownVal(this.src, e, `${shortRaw(this.src, e)}: index ${key} is out of range`);
        cur = item;
      } else {
        return unknownVal(this.src, e, `${shortRaw(this.src, e)}: cannot take ${JSON.stringify(String(key))} of ${cur.t === "scalar" ? "a scalar" : "a list"}`);
      }
    }
    return cur;
  }
  call(e, scope) {
    const src = this.src;
    const opaque = () => unknownVal(src, e, `the function call ${e.name}(...), not evaluated statically`);
    if (e.expand) return opaque();
    const args = e.args.map((a) => this.eval(a, scope));
    const bad = args.find((a) => a.t === "unknown");
    if (bad && e.name !== "lookup") return unknownVal(src, e, `${e.name}(...) of ${bad.reason}`);
    const loc = locIn(src, e);
    const raw = rawIn(src, e);
    switch (e.name) {
      case "tolist":
      case "tomap":
        return args.length === 1 ? { ...args[0], loc, raw } : opaque();
      case "toset": {
        const a = args[0];
        if (args.length !== 1 || a?.t !== "list") return opaque();
        const seen = /* @__PURE__ */ new Set();
        const items = a.items.filter((i) => {
          if (i.t !== "scalar") return true;
          const k = JSON.stringify(i.value);
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        });
        return { t: "list", items, loc, raw };
      }
      case "merge": {
        if (!args.every((a) => a.t === "map")) return opaque();
        const entries2 = /* @__PURE__ */ new Map();
        for (const a of args) if (a.t === "map") for (const [k, v] of a.entries) entries2.set(k, v);
        return { t: "map", entries: entries2, loc, raw };
      }
      case "concat": {
        if (!args.every((a) => a.t === "list")) return opaque();
        return { t: "list", items: args.flatMap((a) => a.t === "list" ? a.items : []), loc, raw };
      }
      case "lookup": {
        const [m, k, d] = args;
        if (!m || !k || m.t === "unknown") return m?.t === "unknown" ? unknownVal(src, e, `lookup(...) of ${m.reason}`) : opaque();
        if (m.t !== "map" || k.t !== "scalar") return opaque();
        const hit = m.entries.get(String(k.value));
        if (hit) return hit.value;
        return d ?? unknownVal(src, e, `lookup(...): no key ${JSON.stringify(String(k.value))} and no default`);
      }
      default:
        return opaque();
    }
  }
  forExpr(e, scope) {
    const src = this.src;
    const coll = this.eval(e.collection, scope);
    if (coll.t === "unknown") return unknownVal(src, e, `a for expression over ${coll.reason}`);
    if (coll.t === "scalar") return unknownVal(src, e, `a for expression over a scalar (${shortRaw(src, e.collection)})`);
    if (e.grouped) return unknownVal(src, e, "a grouping for expression (...)");
    const pairs = coll.t === "list" ? coll.items.map((v, i) => [{ t: "scalar", value: i, loc: v.loc, raw: String(i) }, v]) : [...coll.entries].map(([k, en]) => [{ t: "scalar", value: k, loc: en.keyLoc, raw: en.keyRaw }, en.value]);
    const items = [];
    const entries2 = /* @__PURE__ */ new Map();
    for (const [k, v] of pairs) {
      const iter = new Map(scope.iter ?? []);
      if (e.keyVar !== void 0) iter.set(e.keyVar, k);
      iter.set(e.valueVar, v);
      const inner = { ...scope, iter };
      if (e.cond) {
        const c = this.eval(e.cond, inner);
        if (c.t !== "scalar" || typeof c.value !== "boolean") {
          return unknownVal(src, e, `a for expression whose condition ${shortRaw(src, e.cond)} is ${c.t === "unknown" ? c.reason : "not a known boolean"}`);
        }
        if (!c.value) continue;
      }
      const value = this.eval(e.value, inner);
      if (e.object && e.key) {
        const key = this.eval(e.key, inner);
        if (key.t !== "scalar" || key.value === null) {
          return unknownVal(src, e, `a for expression whose key ${shortRaw(src, e.key)} is ${key.t === "unknown" ? key.reason : "not a string"}`);
        }
        entries2.set(String(key.value), { keyLoc: key.loc, keyRaw: key.raw, value });
      } else items.push(value);
    }
    const loc = locIn(src, e);
    const raw = rawIn(src, e);
    return e.object ? { t: "map", entries: entries2, loc, raw } : { t: "list", items, loc, raw };
  }
};
var EMPTY_ENV = { variable: () => void 0, local: () => void 0 };

// src/sources/terraform/hcl.ts
var span = (n) => ({ start: n.startIndex, end: n.endIndex });
var text = "";
function kids(n) {
  return n.namedChildren.filter((c) => c.type !== "comment" && c.type !== "ERROR");
}
var ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function unescapeLiteral(s, quoted) {
  let out = s.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
  if (quoted) {
    out = out.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (m, e) => {
      if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
      return ESCAPES[e] ?? m;
    });
  }
  return out;
}
function templateParts(n) {
  const children = n.children;
  const quoted = n.type !== "heredoc_template";
  let from;
  let to;
  let indent = 0;
  if (quoted) {
    const open = children.find((c) => c.type === "quoted_template_start");
    const close = children.find((c) => c.type === "quoted_template_end");
    from = open ? open.endIndex : n.startIndex;
    to = close && !close.isMissing ? close.startIndex : n.endIndex;
  } else {
    const ids = children.filter((c) => c.type === "heredoc_identifier");
    const afterOpen = ids[0] ? text.indexOf("\n", ids[0].endIndex) : -1;
    from = afterOpen < 0 ? n.endIndex : afterOpen + 1;
    const closeId = ids.length > 1 ? ids[ids.length - 1] : void 0;
    to = closeId ? text.lastIndexOf("\n", closeId.startIndex - 1) + 1 : n.endIndex;
    if (to < from) to = from;
    if (children.some((c) => c.type === "heredoc_start" && c.text === "<<-")) {
      const lines = text.slice(from, to).split("\n").filter((l) => l.trim().length > 0);
      indent = lines.length ? Math.min(...lines.map((l) => /^[ \t]*/.exec(l)[0].length)) : 0;
    }
  }
  const parts = [];
  const literal4 = (a, b) => {
    if (b <= a) return;
    let s = unescapeLiteral(text.slice(a, b), quoted);
    if (indent > 0) {
      const strip = new RegExp(`(^|\\n)[ \\t]{0,${indent}}`, "g");
      s = a === from ? s.replace(strip, "$1") : s.replace(strip, (m, nl) => nl ? nl : m);
    }
    const last2 = parts[parts.length - 1];
    if (typeof last2 === "string") parts[parts.length - 1] = last2 + s;
    else parts.push(s);
  };
  let at = from;
  for (const c of children) {
    if (c.type !== "template_interpolation" && c.type !== "template_directive") continue;
    literal4(at, c.startIndex);
    if (c.type === "template_interpolation") {
      const e = c.namedChildren.find((x) => x.type === "expression");
      parts.push(e ? expr(e) : { k: "other", what: "an empty interpolation", ...span(c) });
    } else parts.push({ k: "other", what: "a template directive (%{ ... })", ...span(c) });
    at = c.endIndex;
  }
  literal4(at, to);
  return parts;
}
function template(n) {
  const parts = templateParts(n);
  if (parts.every((p) => typeof p === "string")) return { k: "lit", value: parts.join(""), ...span(n) };
  return { k: "template", parts, ...span(n) };
}
function literal3(n) {
  const c = kids(n)[0];
  if (!c) return { k: "other", what: "an incomplete literal", ...span(n) };
  switch (c.type) {
    case "numeric_lit":
      return { k: "lit", value: Number(text ? text.slice(c.startIndex, c.endIndex) : c.text), ...span(n) };
    case "bool_lit":
      return { k: "lit", value: c.text === "true", ...span(n) };
    case "null_lit":
      return { k: "lit", value: null, ...span(n) };
    case "string_lit":
      return template(c);
    default:
      return { k: "other", what: c.type, ...span(n) };
  }
}
function step(n) {
  switch (n.type) {
    case "get_attr": {
      const id = kids(n)[0];
      return id ? { k: "attr", name: id.text } : void 0;
    }
    case "index": {
      const c = kids(n)[0];
      if (c?.type === "legacy_index") return { k: "index", index: { k: "lit", value: Number(c.text.slice(1)), ...span(c) } };
      const e = c ? kids(c)[0] : void 0;
      return e ? { k: "index", index: expr(e) } : void 0;
    }
    case "splat":
      return { k: "splat" };
    default:
      return void 0;
  }
}
function forExpr(n) {
  const f = kids(n)[0];
  if (!f) return { k: "other", what: "a for expression", ...span(n) };
  const object = f.type === "for_object_expr";
  const parts = kids(f);
  const intro = parts.find((p) => p.type === "for_intro");
  const ids = intro ? kids(intro).filter((p) => p.type === "identifier") : [];
  const coll = intro ? kids(intro).find((p) => p.type === "expression") : void 0;
  const bodies = parts.filter((p) => p.type === "expression");
  const condNode = parts.find((p) => p.type === "for_cond");
  const condExpr = condNode ? kids(condNode)[0] : void 0;
  const value = bodies[object ? 1 : 0];
  if (!coll || ids.length === 0 || !value || object && !bodies[0]) return { k: "other", what: "a for expression", ...span(n) };
  const two = ids.length > 1;
  return {
    k: "for",
    object,
    ...two ? { keyVar: ids[0].text } : {},
    valueVar: ids[two ? 1 : 0].text,
    collection: expr(coll),
    ...object ? { key: expr(bodies[0]) } : {},
    value: expr(value),
    grouped: f.children.some((c) => c.type === "ellipsis"),
    ...condExpr ? { cond: expr(condExpr) } : {},
    ...span(n)
  };
}
function primary(n) {
  switch (n.type) {
    case "expression":
      return expr(n);
    case "literal_value":
      return literal3(n);
    case "template_expr": {
      const t = kids(n)[0];
      if (!t) return { k: "other", what: "a template", ...span(n) };
      return template(t);
    }
    case "variable_expr":
      return { k: "var", name: n.text, ...span(n) };
    case "collection_value": {
      const c = kids(n)[0];
      if (c?.type === "tuple") return { k: "tuple", items: kids(c).filter((x) => x.type === "expression").map(expr), ...span(n) };
      if (c?.type === "object") return { k: "object", entries: kids(c).filter((x) => x.type === "object_elem").map(objectEntry), ...span(n) };
      return { k: "other", what: "a collection", ...span(n) };
    }
    case "function_call": {
      const parts = kids(n);
      const args = parts.find((p) => p.type === "function_arguments");
      return {
        k: "call",
        name: parts[0]?.text ?? "",
        args: args ? kids(args).filter((a) => a.type === "expression").map(expr) : [],
        expand: args ? args.children.some((a) => a.type === "ellipsis") : false,
        ...span(n)
      };
    }
    case "conditional": {
      const [c, t, e] = kids(n);
      if (!c || !t || !e) return { k: "other", what: "a conditional", ...span(n) };
      return { k: "cond", cond: expr(c), then: expr(t), else: expr(e), ...span(n) };
    }
    case "for_expr":
      return forExpr(n);
    case "operation": {
      const u = kids(n)[0];
      const operand = u?.type === "unary_operation" ? kids(u)[0] : void 0;
      if (u && operand?.type === "literal_value" && u.text.trimStart().startsWith("-")) {
        const lit = literal3(operand);
        if (lit.k === "lit" && typeof lit.value === "number") return { k: "lit", value: -lit.value, ...span(n) };
      }
      return { k: "other", what: "an operator expression", ...span(n) };
    }
    default:
      return { k: "other", what: n.type, ...span(n) };
  }
}
function expr(n) {
  if (n.type !== "expression") return primary(n);
  const parts = kids(n);
  const first = parts[0];
  if (!first) return { k: "other", what: "an incomplete expression", ...span(n) };
  const base = primary(first);
  if (parts.length === 1) return n.text.startsWith("(") ? { ...base, start: n.startIndex, end: n.endIndex } : base;
  const steps = [];
  for (const p of parts.slice(1)) {
    const s = step(p);
    if (!s) return { k: "other", what: "an expression", ...span(n) };
    steps.push(s);
  }
  return { k: "get", base, steps, ...span(n) };
}
function objectEntry(n) {
  const [keyNode, valNode] = kids(n).filter((c) => c.type === "expression");
  const key = keyNode ? expr(keyNode) : { k: "other", what: "a missing key", ...span(n) };
  const value = valNode ? expr(valNode) : { k: "other", what: "a missing value", ...span(n) };
  const parenthesised = keyNode?.text.startsWith("(") ?? false;
  const name = parenthesised ? void 0 : key.k === "var" ? key.name : key.k === "lit" && typeof key.value === "string" ? key.value : void 0;
  return { ...name !== void 0 ? { name } : {}, key, value, ...span(n) };
}
function markBroken(attributes, errors) {
  for (const err of errors) {
    for (let i = attributes.length - 1; i >= 0; i--) {
      const a = attributes[i];
      if (a.end > err.startIndex) continue;
      if (!/[\r\n]/.test(text.slice(a.end, err.startIndex))) attributes[i] = { ...a, broken: true };
      break;
    }
  }
}
function body(n, trailingErrors = []) {
  const attributes = [];
  const blocks = [];
  if (!n) return { attributes, blocks };
  for (const c of n.namedChildren) {
    if (c.type === "attribute") {
      const parts = kids(c);
      const id = parts[0];
      const e = parts.find((p) => p.type === "expression");
      if (!id) continue;
      attributes.push({
        name: id.text,
        nameSpan: span(id),
        expr: e ? expr(e) : { k: "other", what: "a syntax error", ...span(c) },
        broken: c.hasError || !e,
        ...span(c)
      });
    } else if (c.type === "block") {
      const parts = c.namedChildren.filter((p) => p.type !== "comment");
      const id = parts[0];
      if (!id || id.type !== "identifier") continue;
      const labels = parts.slice(1).filter((p) => p.type === "string_lit" || p.type === "identifier").map((p) => ({ value: p.type === "string_lit" ? templateParts(p).filter((x) => typeof x === "string").join("") : p.text, ...span(p) }));
      const errors = parts.filter((p) => p.type === "ERROR");
      blocks.push({ type: id.text, labels, body: body(parts.find((p) => p.type === "body"), errors), ...span(c) });
    }
  }
  markBroken(attributes, [...n.namedChildren.filter((c) => c.type === "ERROR"), ...trailingErrors]);
  return { attributes, blocks };
}
function firstError(root, text2) {
  const visit = (n) => {
    if (n.isMissing) {
      return { message: `HCL syntax error: missing ${JSON.stringify(n.type)}`, start: n.startIndex, end: n.startIndex };
    }
    if (n.isError) {
      const lineEnd = text2.slice(n.startIndex, n.endIndex).search(/[\r\n]/);
      const end = lineEnd < 0 ? n.endIndex : n.startIndex + lineEnd;
      const snippet = excerpt(text2.slice(n.startIndex, Math.min(end, n.startIndex + 40)).trim());
      return { message: `HCL syntax error: unexpected ${snippet ? `"${snippet}"` : "input"}`, start: n.startIndex, end: Math.max(end, n.startIndex) };
    }
    for (const c of n.children) {
      if (c.hasError || c.isMissing) {
        const found = visit(c);
        if (found) return found;
      }
    }
    return void 0;
  };
  return root.hasError ? visit(root) : void 0;
}
var EXPONENT_INTEGER = /(?<![\w."$])\d+[eE][+-]?\d+(?![\w.])/g;
function hclParseText(source) {
  return /\d[eE][+-]?\d/.test(source) ? source.replace(EXPONENT_INTEGER, (m) => "0".repeat(m.length)) : source;
}
function parseHcl(parser, source) {
  const tree = parser.parse(hclParseText(source));
  if (!tree) return { body: { attributes: [], blocks: [] }, error: { message: "HCL syntax error: the file could not be parsed", start: 0, end: 0 } };
  text = source;
  try {
    const root = tree.rootNode;
    const error = firstError(root, source);
    const b = kids(root).find((c) => c.type === "body");
    return { body: body(b), ...error ? { error } : {} };
  } finally {
    text = "";
    tree.delete();
  }
}

// src/sources/terraform/module.ts
function baseName2(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function dirName(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}
var isAutoTfvars = (path) => {
  const b = baseName2(path);
  return b === "terraform.tfvars" || b.endsWith(".auto.tfvars");
};
var Module = class {
  constructor(tf, vars) {
    this.tf = tf;
    this.vars = vars;
    for (const f of tf) {
      for (const b of f.hcl.body.blocks) {
        if (b.type === "variable" && b.labels[0]) {
          const d = b.body.attributes.find((a) => a.name === "default");
          this.defaults.set(b.labels[0].value, d ? { file: f, attr: d } : null);
        } else if (b.type === "locals") {
          for (const a of b.body.attributes) this.locals.set(a.name, { file: f, attr: a });
        }
      }
    }
    const auto = vars.filter((v) => isAutoTfvars(v.src.path)).sort((a, b) => rank(a.src.path) - rank(b.src.path) || (a.src.path < b.src.path ? -1 : 1));
    for (const f of auto) for (const a of f.hcl.body.attributes) this.tfvars.set(a.name, { file: f, attr: a });
    const explicit = /* @__PURE__ */ new Map();
    for (const f of vars.filter((v) => !isAutoTfvars(v.src.path))) {
      for (const a of f.hcl.body.attributes) explicit.set(a.name, [...explicit.get(a.name) ?? [], { file: f, attr: a }]);
    }
    for (const [name, defs] of explicit) this.tfvars.set(name, defs.length === 1 ? defs[0] : { ambiguous: defs });
  }
  tf;
  vars;
  defaults = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Map();
  tfvars = /* @__PURE__ */ new Map();
  cache = /* @__PURE__ */ new Map();
  evaluating = /* @__PURE__ */ new Set();
  evaluators = /* @__PURE__ */ new Map();
  /** `file\0name` of each tfvars value that a topic resource read. */
  consumed = /* @__PURE__ */ new Set();
  /** Files whose variable defaults, locals or tfvars values were read. */
  usedFiles = /* @__PURE__ */ new Set();
  evaluator(file) {
    let ev = this.evaluators.get(file.src.path);
    if (!ev) {
      ev = new Evaluator(file.src);
      this.evaluators.set(file.src.path, ev);
    }
    return ev;
  }
  evalDef(def, env) {
    if (def.attr.broken) return unknownVal(def.file.src, def.attr.expr, "a value with a syntax error");
    return this.evaluator(def.file).eval(def.attr.expr, { env });
  }
  cached(key, compute) {
    if (this.cache.has(key)) return this.cache.get(key);
    const v = compute();
    this.cache.set(key, v);
    return v;
  }
  variable(name) {
    const set = this.tfvars.get(name);
    if (set && !("ambiguous" in set)) {
      this.consumed.add(`${set.file.src.path}\0${name}`);
      this.usedFiles.add(set.file.src.path);
    } else if (!set) {
      const d = this.defaults.get(name);
      if (d) this.usedFiles.add(d.file.src.path);
    }
    return this.cached(`var\0${name}`, () => {
      if (set && "ambiguous" in set) {
        const first = set.ambiguous[0];
        const files = set.ambiguous.map((d2) => baseName2(d2.file.src.path)).join(", ");
        return unknownVal(first.file.src, first.attr.expr, `var.${name} is set by several .tfvars files (${files}); the value depends on the -var-file used`);
      }
      if (set) return this.evalDef(set, EMPTY_ENV);
      const d = this.defaults.get(name);
      return d ? this.evalDef(d, EMPTY_ENV) : void 0;
    });
  }
  local(name) {
    const def = this.locals.get(name);
    if (!def) return void 0;
    this.usedFiles.add(def.file.src.path);
    const key = `local\0${name}`;
    if (this.evaluating.has(key)) return unknownVal(def.file.src, def.attr.expr, `local.${name} refers to itself`);
    return this.cached(key, () => {
      this.evaluating.add(key);
      try {
        return this.evalDef(def, this);
      } finally {
        this.evaluating.delete(key);
      }
    });
  }
};
function rank(path) {
  return baseName2(path) === "terraform.tfvars" ? 0 : 1;
}

// src/sources/terraform/cluster.ts
var RESOURCE_REF = /^(data\.)?(?!(var|local|each|count|module|path|terraform)\.)[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+(\[[^\]]*\])?\.[a-z_]+$/;
function identity(f, file) {
  if (!f || f.kind === "invalid") return void 0;
  if (f.kind === "known") return known(f.value, f.loc.file === file ? f.loc : { file, start: 0, end: 0 });
  const raw = f.raw?.trim();
  if (raw && RESOURCE_REF.test(raw)) return known(`${dirName(file) || "."}: ${raw}`, f.loc);
  return unknown(f.loc, `the cluster (${f.reason})`, f.raw);
}
function rootModuleCluster(file) {
  return pathCluster(file, dirName(file) || ".");
}
function resourceCluster(resourceType, file, attrs) {
  if (resourceType === "aiven_kafka_topic") {
    const service = identity(attrs.service, file);
    const project = identity(attrs.project, file);
    if (!service) return rootModuleCluster(file);
    if (service.kind !== "known") return service;
    if (project?.kind === "known") return known(`${project.value}/${service.value}`, service.loc);
    if (project?.kind === "unknown" && !service.value.includes(": ")) return known(`${dirName(file) || "."}: ${service.value}`, service.loc);
    return service;
  }
  if (resourceType === "confluent_kafka_topic") return identity(attrs.clusterId, file) ?? rootModuleCluster(file);
  return rootModuleCluster(file);
}

// src/sources/terraform/topics.ts
var TOPIC_RESOURCES = {
  kafka_topic: { name: "name", partitions: "partitions", replication: "replication_factor", config: "attribute" },
  confluent_kafka_topic: { name: "topic_name", partitions: "partitions_count", config: "attribute" },
  aiven_kafka_topic: { name: "topic_name", partitions: "partitions", replication: "replication", config: "block" }
};
var inside = (inner, outer) => inner.file === outer.file && inner.start >= outer.start && inner.end <= outer.end;
function settle(s) {
  const { val, via } = s;
  if (!via || inside(val.loc, via.loc)) return { val };
  if (val.t === "unknown") return { val: { ...val, loc: via.loc, raw: via.raw } };
  return { val, origin: via.loc };
}
function spelled2(val) {
  return val.raw.length > 0 ? val.raw : val.t;
}
function stringField2(s, expected = "a string") {
  if (!s) return void 0;
  const { val, origin } = settle(s);
  if (val.t === "unknown") return unknown(val.loc, val.reason, val.raw);
  if (val.t !== "scalar" || val.value === null) return invalid(val.loc, spelled2(val), expected);
  return known(String(val.value), val.loc, val.raw, origin);
}
function numberField2(s) {
  if (!s) return void 0;
  const { val, origin } = settle(s);
  if (val.t === "unknown") return unknown(val.loc, val.reason, val.raw);
  const n = val.t === "scalar" ? toNumber(val.value) : void 0;
  if (n === void 0) return invalid(val.loc, spelled2(val), "a whole number");
  return known(n, val.loc, val.raw, origin);
}
function configField(s) {
  const { val, origin } = settle(s);
  if (val.t === "unknown") return unknown(val.loc, val.reason, val.raw);
  if (val.t === "scalar") return known(val.value, val.loc, val.raw, origin);
  if (val.t === "list" && val.items.every((i) => i.t === "scalar")) {
    const joined = val.items.map((i) => i.t === "scalar" ? String(i.value) : "").join(",");
    return known(joined, val.loc, val.raw, origin);
  }
  return invalid(val.loc, spelled2(val), "a scalar config value");
}
var dotted2 = (key) => key.replace(/_/g, ".");
var LABEL_FIELDS = {
  owner: ["owner", "team"],
  classification: ["classification", "data-classification", "data_classification"],
  drTier: ["dr-tier", "dr_tier"],
  contact: ["contact"],
  schemaOwner: ["schema-owner", "schema_owner"]
};
function fromLabels(labels, names) {
  for (const n of names) if (labels[n]) return labels[n];
  return void 0;
}
function buildTopic(p) {
  const optional = (key, v) => v === void 0 ? {} : { [key]: v };
  return {
    kind: "topic",
    format: "terraform",
    declaredIn: "catalog",
    file: p.file,
    loc: p.loc,
    name: p.name,
    ...optional("partitions", p.partitions),
    ...optional("replicationFactor", p.replicationFactor),
    ...typedFromConfig(p.config, p.configUnknown),
    ...optional("owner", p.owner ?? fromLabels(p.labels, LABEL_FIELDS.owner)),
    ...optional("classification", fromLabels(p.labels, LABEL_FIELDS.classification)),
    ...optional("drTier", fromLabels(p.labels, LABEL_FIELDS.drTier)),
    ...optional("contact", fromLabels(p.labels, LABEL_FIELDS.contact)),
    ...optional("schemaOwner", fromLabels(p.labels, LABEL_FIELDS.schemaOwner)),
    consumerGroups: [],
    config: p.config,
    labels: p.labels,
    ...optional("cluster", p.cluster)
  };
}
function configFromMap(s, rename) {
  const config = {};
  const { val } = settle(s);
  if (val.t === "unknown") return { config, configUnknown: unknown(val.loc, `config ${val.reason}`, val.raw) };
  if (val.t !== "map") return { config, configUnknown: invalid(val.loc, spelled2(val), "a map of topic configs") };
  for (const [k, entry] of val.entries) config[rename(k)] = configField({ val: entry.value, ...s.via ? { via: s.via } : {} });
  return { config };
}
function labelsFromMap(s) {
  const out = {};
  if (!s) return out;
  const { val } = settle(s);
  if (val.t !== "map") return out;
  for (const [k, entry] of val.entries) {
    const f = stringField2({ val: entry.value, ...s.via ? { via: s.via } : {} });
    if (f) out[k] = f;
  }
  return out;
}
function instances(block, ev, src, scope) {
  const forEach = block.body.attributes.find((a) => a.name === "for_each");
  const count2 = block.body.attributes.find((a) => a.name === "count");
  if (forEach) {
    const v = forEach.broken ? unknownVal(src, forEach.expr, "a value with a syntax error") : ev.eval(forEach.expr, scope);
    const at = locIn(src, forEach.expr);
    const whole = (reason) => {
      const u = { t: "unknown", reason, loc: at, raw: rawIn(src, forEach.expr) };
      return [{ scope: { ...scope, each: { key: u, value: u } } }];
    };
    if (v.t === "unknown") return whole(`each.* comes from for_each = ${rawIn(src, forEach.expr)}, which is ${v.reason}`);
    if (v.t === "map") return [...v.entries].map(([k, e]) => ({ scope: { ...scope, each: { key: keyVal(k, e), value: e.value } } }));
    if (v.t === "list" && v.items.every((i) => i.t === "scalar" && typeof i.value === "string")) {
      return v.items.map((i) => ({ scope: { ...scope, each: { key: i, value: i } } }));
    }
    return whole(`for_each = ${rawIn(src, forEach.expr)} is not a map or a set of strings`);
  }
  if (count2) {
    const v = count2.broken ? unknownVal(src, count2.expr, "a value with a syntax error") : ev.eval(count2.expr, scope);
    const n = v.t === "scalar" ? toNumber(v.value) : void 0;
    if (n !== void 0 && Number.isInteger(n) && n >= 0 && n <= 1e4) {
      return Array.from({ length: n }, (_, i) => ({ scope: { ...scope, count: { t: "scalar", value: i, loc: locIn(src, count2.expr), raw: String(i) } } }));
    }
    const reason = v.t === "unknown" ? v.reason : "not a whole number";
    const u = { t: "unknown", reason: `count = ${rawIn(src, count2.expr)} is ${reason}`, loc: locIn(src, count2.expr), raw: rawIn(src, count2.expr) };
    return [{ scope: { ...scope, count: u } }];
  }
  return [{ scope }];
}
function keyVal(k, e) {
  return { t: "scalar", value: k, loc: e.keyLoc, raw: e.keyRaw };
}
function resourceTopics(block, spec, ev, src, scope) {
  const attrs = new Map(block.body.attributes.map((a) => [a.name, a]));
  const loc = locIn(src, block);
  return instances(block, ev, src, scope).map(({ scope: sc }) => {
    const read4 = (a) => {
      if (!a) return void 0;
      const via = { loc: locIn(src, a.expr), raw: rawIn(src, a.expr) };
      if (a.broken) return { val: unknownVal(src, a.expr, "a value with a syntax error"), via };
      return { val: ev.eval(a.expr, sc), via };
    };
    const readEntries = (e) => {
      if (e.k !== "object" || !e.entries.every((en) => en.name !== void 0)) return void 0;
      const entries2 = /* @__PURE__ */ new Map();
      for (const en of e.entries) entries2.set(en.name, { keyLoc: locIn(src, en.key), keyRaw: rawIn(src, en.key), value: ev.eval(en.value, sc) });
      return { val: { t: "map", entries: entries2, loc: locIn(src, e), raw: rawIn(src, e) } };
    };
    const nameAttr = attrs.get(spec.name);
    const firstLabel = block.labels[0] ?? block;
    const name = stringField2(read4(nameAttr), "a topic name") ?? invalid(locIn(src, firstLabel), "", `a topic name in \`${spec.name}\``);
    let configParts = { config: {} };
    if (spec.config === "attribute") {
      const c = attrs.get("config");
      if (c) {
        const perEntry = !c.broken ? readEntries(c.expr) : void 0;
        if (perEntry && perEntry.val.t === "map") {
          const config = {};
          const obj = c.expr;
          for (const en of obj.entries) {
            const entry = perEntry.val.entries.get(en.name);
            config[en.name] = configField({ val: entry.value, via: { loc: locIn(src, en.value), raw: rawIn(src, en.value) } });
          }
          configParts = { config };
        } else configParts = configFromMap(read4(c), (k) => k);
      }
    } else {
      const config = {};
      for (const b of block.body.blocks.filter((x) => x.type === "config")) {
        for (const a of b.body.attributes) config[dotted2(a.name)] = configField(read4(a));
      }
      configParts = { config };
    }
    const labels = { ...labelsFromMap(read4(attrs.get("labels"))), ...labelsFromMap(read4(attrs.get("tags"))) };
    for (const tag of block.body.blocks.filter((b) => b.type === "tag")) {
      const t = new Map(tag.body.attributes.map((a) => [a.name, a]));
      const key = stringField2(read4(t.get("key")));
      const value = stringField2(read4(t.get("value")));
      if (key?.kind === "known" && value) labels[key.value] = value;
    }
    const clusterBlock = block.body.blocks.find((b) => b.type === "kafka_cluster");
    const cluster = resourceCluster(block.labels[0]?.value ?? "", src.path, {
      ...optionalField("project", stringField2(read4(attrs.get("project")))),
      ...optionalField("service", stringField2(read4(attrs.get("service_name")))),
      ...optionalField("clusterId", stringField2(read4(clusterBlock?.body.attributes.find((a) => a.name === "id"))))
    });
    return buildTopic({
      file: src.path,
      loc,
      name,
      cluster,
      ...optionalField("partitions", numberField2(read4(attrs.get(spec.partitions)))),
      ...optionalField("replicationFactor", spec.replication ? numberField2(read4(attrs.get(spec.replication))) : void 0),
      ...configParts,
      labels
    });
  });
}
function optionalField(key, v) {
  return v === void 0 ? {} : { [key]: v };
}
var NAME_KEYS = ["name", "topic_name", "topic"];
var PARTITION_KEYS = ["partitions", "partitions_count", "partition_count", "num_partitions"];
var REPLICATION_KEYS = ["replication_factor", "replication", "replicas"];
var CONFIG_KEYS = ["config", "configs", "topic_config"];
var TOPIC_KEYS2 = [...PARTITION_KEYS, ...REPLICATION_KEYS, ...CONFIG_KEYS];
function pick(m, keys) {
  for (const k of keys) {
    const e = m.entries.get(k);
    if (e) return e.value;
  }
  return void 0;
}
var looksLikeTopic = (v) => v.t === "map" && TOPIC_KEYS2.some((k) => v.entries.has(k));
var hasName2 = (v) => v.t === "map" && NAME_KEYS.some((k) => v.entries.has(k));
function collectionTopics(val) {
  let objects;
  if (val.t === "list") {
    if (val.items.length === 0 || !val.items.every(hasName2)) return void 0;
    objects = val.items.map((obj) => ({ obj }));
  } else if (val.t === "map") {
    const entries2 = [...val.entries];
    if (entries2.length === 0 || !entries2.every(([, e]) => e.value.t === "map")) return void 0;
    objects = entries2.map(([name, e]) => ({ obj: e.value, key: { ...e, name } }));
  } else return void 0;
  if (!objects.some((o) => looksLikeTopic(o.obj))) return void 0;
  return objects.map(({ obj, key }) => {
    const named = pick(obj, NAME_KEYS);
    const name = (named ? stringField2({ val: named }, "a topic name") : void 0) ?? known(key?.name ?? "", key?.keyLoc ?? obj.loc, key?.keyRaw);
    const config = pick(obj, CONFIG_KEYS);
    const labels = { ...labelsFromMap(wrap(pick(obj, ["labels"]))), ...labelsFromMap(wrap(pick(obj, ["tags"]))) };
    const owner = pick(obj, ["owner", "team"]);
    return buildTopic({
      file: obj.loc.file,
      loc: obj.loc,
      name,
      ...optionalField("partitions", numberField2(wrap(pick(obj, PARTITION_KEYS)))),
      ...optionalField("replicationFactor", numberField2(wrap(pick(obj, REPLICATION_KEYS)))),
      ...config ? configFromMap({ val: config }, (k) => k) : { config: {} },
      labels,
      ...optionalField("owner", owner ? stringField2({ val: owner }) : void 0)
    });
  });
}
var wrap = (v) => v ? { val: v } : void 0;

// src/sources/terraform/index.ts
var CLAIMED = /\.(tf|tfvars)$/;
var NO_RESOURCES = "no kafka_topic, confluent_kafka_topic or aiven_kafka_topic resource";
var NO_TFVARS_TOPICS = "no topic values: nothing in this .tfvars feeds a topic resource or looks like a list or map of topics";
function resourceBlocks(blocks, deep) {
  const out = [];
  for (const b of blocks) {
    if (b.type === "resource") out.push(b);
    if (deep) append(out, resourceBlocks(b.body.blocks, true));
  }
  return out;
}
function filesOf(t) {
  const files = /* @__PURE__ */ new Set([t.file]);
  const add = (f) => {
    if (!f) return;
    files.add(f.loc.file);
    if (f.kind === "known" && f.origin) files.add(f.origin.file);
  };
  for (const f of [t.name, t.partitions, t.replicationFactor, t.minInsyncReplicas, t.cleanupPolicy, t.retentionMs, t.owner]) add(f);
  for (const f of Object.values(t.config)) add(f);
  for (const f of Object.values(t.labels)) add(f);
  return files;
}
function safeParse(parser, text2) {
  try {
    return parseHcl(parser, text2);
  } catch (e) {
    const message = `HCL syntax error: the parser failed (${e instanceof Error ? e.message : String(e)})`;
    return { body: { attributes: [], blocks: [] }, error: { message, start: 0, end: 0 } };
  }
}
async function read2(files) {
  const out = emptyOutput();
  const claimed = files.filter((f) => CLAIMED.test(f.path));
  if (claimed.length === 0) return out;
  let parser;
  try {
    const { hclParser } = await import("./parser-FMQA4E26.js");
    parser = await hclParser();
  } catch (e) {
    const reason = `the HCL parser could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
    append(out.files, claimed.map((f) => ({ path: f.path, status: "not-lintable", formats: [], reason })));
    return out;
  }
  const parsed = claimed.map((f) => ({ src: f, kind: f.path.endsWith(".tfvars") ? "tfvars" : "tf", hcl: safeParse(parser, f.text) }));
  const problems = [];
  for (const f of parsed) {
    if (f.hcl.error) problems.push({ ruleId: "parse-error", message: f.hcl.error.message, loc: { file: f.src.path, start: f.hcl.error.start, end: f.hcl.error.end } });
  }
  const byDir = /* @__PURE__ */ new Map();
  for (const f of parsed) byDir.set(dirName(f.src.path), [...byDir.get(dirName(f.src.path)) ?? [], f]);
  const topics = [];
  const hasResources = /* @__PURE__ */ new Set();
  const contributing = /* @__PURE__ */ new Set();
  for (const group2 of byDir.values()) {
    const mod = new Module(
      group2.filter((f) => f.kind === "tf"),
      group2.filter((f) => f.kind === "tfvars")
    );
    for (const f of mod.tf) {
      for (const block of resourceBlocks(f.hcl.body.blocks, f.hcl.error !== void 0)) {
        const spec = TOPIC_RESOURCES[block.labels[0]?.value ?? ""];
        if (!spec) continue;
        hasResources.add(f.src.path);
        const before = new Set(mod.consumed);
        const found = resourceTopics(block, spec, mod.evaluator(f), f.src, { env: mod });
        if (found.every((t) => t.name.kind !== "known")) {
          for (const k of mod.consumed) if (!before.has(k)) mod.consumed.delete(k);
        }
        append(topics, found);
      }
    }
    for (const file of mod.usedFiles) contributing.add(file);
    for (const f of mod.vars) {
      for (const a of f.hcl.body.attributes) {
        if (a.broken || mod.consumed.has(`${f.src.path}\0${a.name}`)) continue;
        const found = collectionTopics(mod.evaluator(f).eval(a.expr, { env: EMPTY_ENV }));
        if (found) append(topics, found.map((t) => t.cluster ? t : { ...t, cluster: rootModuleCluster(f.src.path) }));
      }
    }
  }
  for (const t of topics) for (const file of filesOf(t)) contributing.add(file);
  for (const f of parsed) {
    const path = f.src.path;
    const read4 = contributing.has(path) || hasResources.has(path);
    const formats = read4 ? ["terraform"] : [];
    if (f.hcl.error) out.files.push({ path, status: "parse-error", formats, reason: f.hcl.error.message });
    else if (read4) out.files.push({ path, status: "linted", formats });
    else out.files.push({ path, status: "not-catalog", formats, reason: f.kind === "tf" ? NO_RESOURCES : NO_TFVARS_TOPICS });
  }
  out.topics = topics;
  out.problems = problems;
  return out;
}
var terraformAdapter = {
  id: "terraform",
  claims: (path) => CLAIMED.test(path),
  read: read2
};

// src/sources/typescript/resolve.ts
function virtualPath(path) {
  return "/project/" + path.replace(/^\/+/, "").split("/").map((s) => s === ".." ? "__up__" : s === "." ? "__here__" : s).join("/");
}
function nodeAt(ts, sf, start, end) {
  let found;
  const visit = (n) => {
    if (found) return;
    if (n.end < end || n.pos > start) return;
    if (n.getStart(sf) === start && n.end === end) {
      found = n;
      return;
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(sf, visit);
  return found;
}
async function resolveAll(files, requests) {
  if (requests.length === 0) return [];
  let tm;
  try {
    tm = cjsExports(await import("./ts-morph-274CHM2W.js"), "Project");
  } catch (e) {
    return requests.map(() => ({ ok: false, reason: `ts-morph could not be loaded: ${e instanceof Error ? e.message : String(e)}` }));
  }
  const { Project, ts } = tm;
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    compilerOptions: {
      allowJs: true,
      checkJs: false,
      noLib: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
      types: []
    }
  });
  const fs = project.getFileSystem();
  const pathOf = /* @__PURE__ */ new Map();
  for (const f of files) {
    const vp = virtualPath(f.path);
    fs.writeFileSync(vp, f.text);
    pathOf.set(vp, f.path);
  }
  const roots = new Set(requests.map((r) => r.file));
  for (const f of files) if (roots.has(f.path)) project.addSourceFileAtPath(virtualPath(f.path));
  project.resolveSourceFileDependencies();
  const program = project.getProgram().compilerObject;
  const checker = program.getTypeChecker();
  const locOf2 = (n) => {
    const sf = n.getSourceFile();
    const file = pathOf.get(sf.fileName);
    return file === void 0 ? void 0 : { file, start: n.getStart(sf), end: n.end };
  };
  const skipWrappers = (n) => {
    let cur = n;
    while (ts.isAsExpression(cur) || ts.isSatisfiesExpression(cur) || ts.isParenthesizedExpression(cur) || ts.isTypeAssertionExpression(cur)) cur = cur.expression;
    return cur;
  };
  const originOf = (n, depth) => {
    if (depth > 8) return void 0;
    const at = ts.isPropertyAccessExpression(n) ? n.name : ts.isElementAccessExpression(n) ? n.argumentExpression : n;
    let sym = checker.getSymbolAtLocation(at);
    if (!sym) return void 0;
    if (sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
    const decl = sym.valueDeclaration ?? sym.declarations?.[0];
    if (!decl) return void 0;
    let init;
    if (ts.isVariableDeclaration(decl) || ts.isPropertyAssignment(decl) || ts.isPropertyDeclaration(decl) || ts.isEnumMember(decl)) init = decl.initializer;
    if (!init) return locOf2(decl);
    init = skipWrappers(init);
    if (ts.isIdentifier(init) || ts.isPropertyAccessExpression(init)) return originOf(init, depth + 1) ?? locOf2(init);
    return locOf2(init);
  };
  return requests.map((req) => {
    const sf = program.getSourceFile(virtualPath(req.file));
    const node2 = sf ? nodeAt(ts, sf, req.start, req.end) : void 0;
    if (!node2) return { ok: false, reason: "expression" };
    try {
      const type = checker.getTypeAtLocation(node2);
      let value;
      if (type.flags & ts.TypeFlags.BooleanLiteral) value = checker.typeToString(type) === "true";
      else if (type.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral)) {
        const v = type.value;
        if (typeof v === "string" || typeof v === "number") value = v;
      }
      if (value === void 0) {
        if (type.flags & ts.TypeFlags.Any) return { ok: false, reason: "value from outside the files read" };
        return { ok: false, reason: "variable" };
      }
      const origin = originOf(node2, 0);
      return origin ? { ok: true, value, origin } : { ok: true, value };
    } catch (e) {
      return { ok: false, reason: `could not resolve: ${e instanceof Error ? e.message : String(e)}` };
    }
  });
}

// src/sources/typescript/index.ts
var FORMAT2 = "typescript";
var CLAIMED2 = /\.(ts|tsx|js|mjs|cjs|mts|cts)$/;
var MENTIONS = ["kafkajs", "@confluentinc/kafka-javascript", ".producer(", ".consumer(", "createTopics"];
var PRODUCER_OPTIONS = {
  idempotent: "enable.idempotence",
  maxInFlightRequests: "max.in.flight.requests.per.connection",
  transactionalId: "transactional.id",
  transactionTimeout: "transaction.timeout.ms",
  allowAutoTopicCreation: "allow.auto.create.topics",
  acks: "acks",
  compression: "compression.type",
  "retry.retries": "retries"
};
var CONSUMER_OPTIONS = {
  groupId: "group.id",
  sessionTimeout: "session.timeout.ms",
  heartbeatInterval: "heartbeat.interval.ms",
  rebalanceTimeout: "rebalance.timeout.ms",
  maxPollInterval: "max.poll.interval.ms",
  maxWaitTimeInMs: "fetch.max.wait.ms",
  maxBytes: "fetch.max.bytes",
  minBytes: "fetch.min.bytes",
  maxBytesPerPartition: "max.partition.fetch.bytes",
  autoCommit: "enable.auto.commit",
  autoCommitInterval: "auto.commit.interval.ms",
  allowAutoTopicCreation: "allow.auto.create.topics",
  "retry.retries": "retries"
};
var INSTANCE_OPTIONS = {
  clientId: "client.id",
  brokers: "bootstrap.servers",
  requestTimeout: "request.timeout.ms",
  connectionTimeout: "socket.connection.setup.timeout.ms",
  "sasl.mechanism": "sasl.mechanism",
  "sasl.username": "sasl.username",
  "sasl.password": "sasl.password",
  "sasl.accessKeyId": "sasl.access.key.id",
  "sasl.secretAccessKey": "sasl.secret.access.key",
  "sasl.sessionToken": "sasl.session.token",
  "retry.retries": "retries"
};
var RUN_OPTIONS = {
  autoCommit: "enable.auto.commit",
  autoCommitInterval: "auto.commit.interval.ms",
  autoCommitThreshold: "auto.commit.threshold"
};
function propName(p) {
  if (!p.computed && p.key.type === "Identifier") return p.key.name;
  if (p.key.type === "Literal" && (typeof p.key.value === "string" || typeof p.key.value === "number")) return String(p.key.value);
  return void 0;
}
function props(n) {
  const out = /* @__PURE__ */ new Map();
  const obj = unwrap(n);
  if (obj?.type !== "ObjectExpression") return out;
  for (const p of obj.properties) {
    if (p.type !== "Property") continue;
    const k = propName(p);
    if (k !== void 0) out.set(k, p);
  }
  return out;
}
function unwrap(n) {
  let cur = n;
  while (cur && (cur.type === "TSAsExpression" || cur.type === "TSSatisfiesExpression" || cur.type === "TSNonNullExpression" || cur.type === "TSTypeAssertion" || cur.type === "AwaitExpression")) {
    cur = cur.type === "AwaitExpression" ? cur.argument : cur.expression;
  }
  return cur;
}
function bindingOf(n, parents) {
  let cur = n;
  let parent = parents.get(cur);
  while (parent && (parent.type === "AwaitExpression" || parent.type === "TSAsExpression" || parent.type === "TSNonNullExpression")) {
    cur = parent;
    parent = parents.get(cur);
  }
  if (!parent) return void 0;
  if (parent.type === "VariableDeclarator" && parent.id.type === "Identifier") return { name: parent.id.name, span: [parent.id.range[0], parent.id.range[0] + parent.id.name.length] };
  if (parent.type === "AssignmentExpression" && parent.right === cur) {
    const l = parent.left;
    if (l.type === "Identifier") return { name: l.name, span: l.range };
    if (l.type === "MemberExpression" && !l.computed && l.property.type === "Identifier") return { name: l.property.name, span: l.property.range };
  }
  if ((parent.type === "PropertyDefinition" || parent.type === "Property") && !parent.computed && parent.key.type === "Identifier") return { name: parent.key.name, span: parent.key.range };
  return void 0;
}
function refName(n) {
  const u = unwrap(n);
  if (u?.type === "Identifier") return u.name;
  if (u?.type === "MemberExpression" && !u.computed && u.property.type === "Identifier") return u.property.name;
  return void 0;
}
function isProcessEnv(n) {
  if (n.type !== "MemberExpression") return false;
  const o = n.object;
  if (o.type === "MemberExpression" && !o.computed && o.property.type === "Identifier" && o.property.name === "env") {
    const base = o.object;
    if (base.type === "Identifier" && (base.name === "process" || base.name === "Deno" || base.name === "Bun")) return true;
    if (base.type === "MetaProperty") return true;
  }
  return false;
}
var UnitReader2 = class {
  constructor(unit, pending) {
    this.unit = unit;
    this.pending = pending;
  }
  unit;
  pending;
  clients = [];
  instances = /* @__PURE__ */ new Map();
  topics = [];
  byName = /* @__PURE__ */ new Map();
  orphans = /* @__PURE__ */ new Map();
  /** typescript-estree's `parse` does not link parents; the walk records them. */
  parents = /* @__PURE__ */ new Map();
  loc(r) {
    return { file: this.unit.file.path, start: r[0], end: r[1] };
  }
  raw(n) {
    return this.unit.file.text.slice(n.range[0], n.range[1]);
  }
  /** Read a value now when it is a literal; else unknown now, or resolved later by ts-morph. */
  value(node2, apply) {
    const n = unwrap(node2);
    const loc = this.loc(node2.range);
    const raw = this.raw(node2);
    const lit = this.literal(n);
    if (lit !== void 0) {
      apply(typeof lit === "string" && isPlaceholder(lit) ? unknown(loc, "placeholder", raw) : known(lit, loc, raw));
      return;
    }
    switch (n.type) {
      case "Identifier":
        if (n.name === "undefined") return apply(unknown(loc, "undefined", raw));
        break;
      case "MemberExpression":
        if (isProcessEnv(n)) return apply(unknown(loc, "environment variable", raw));
        if (n.computed && n.property.type !== "Literal") return apply(unknown(loc, "computed property", raw));
        break;
      case "Literal":
        return apply(unknown(loc, "regex" in n && n.regex ? "regular expression" : "literal", raw));
      case "CallExpression":
      case "NewExpression":
        return apply(unknown(loc, "function call", raw));
      case "ConditionalExpression":
        return apply(unknown(loc, "conditional expression", raw));
      case "TemplateLiteral":
        return apply(unknown(loc, "template string", raw));
      default:
        return apply(unknown(loc, "expression", raw));
    }
    apply(unknown(loc, "variable", raw));
    this.pending.push({ unit: this.unit, file: this.unit.file.path, start: n.range[0], end: n.range[1], raw, apply });
  }
  literal(n) {
    switch (n.type) {
      case "Literal":
        if ("regex" in n && n.regex) return void 0;
        if (typeof n.value === "bigint") return Number(n.value);
        return n.value;
      case "TemplateLiteral":
        return n.expressions.length === 0 ? n.quasis[0]?.value.cooked ?? void 0 : void 0;
      case "UnaryExpression": {
        const inner = unwrap(n.argument);
        const v = inner ? this.literal(inner) : void 0;
        if (typeof v !== "number") return void 0;
        return n.operator === "-" ? -v : n.operator === "+" ? v : void 0;
      }
      case "ArrayExpression": {
        const items = n.elements.map((e) => e && e.type !== "SpreadElement" ? this.literal(unwrap(e)) : void 0);
        return items.every((i) => typeof i === "string" || typeof i === "number") ? items.join(",") : void 0;
      }
      case "BinaryExpression": {
        if (n.operator !== "+") return void 0;
        const l = this.literal(unwrap(n.left));
        const r = this.literal(unwrap(n.right));
        return typeof l === "string" && typeof r === "string" ? l + r : void 0;
      }
      default:
        return void 0;
    }
  }
  stringInto(list, node2) {
    const i = list.length;
    list.push(unknown(this.loc(node2.range), "pending"));
    this.value(node2, (f) => {
      list[i] = mapField(f, (v) => typeof v === "string" ? v : void 0, "a topic name");
    });
  }
  configInto(config, key, node2) {
    this.value(node2, (f) => {
      config[key] = f;
    });
  }
  /** Options object -> dotted keys by a mapping; dotted string keys (librdkafka style) are kept as written. */
  options(obj, mapping, config, prefix = "") {
    for (const [k, p] of props(obj)) {
      const path = prefix + k;
      if (k === "kafkaJS" && prefix === "") {
        this.options(p.value, mapping, config);
        continue;
      }
      const v = unwrap(p.value);
      if (v?.type === "ObjectExpression" && (k === "retry" || k === "sasl")) {
        this.options(v, mapping, config, `${k}.`);
        continue;
      }
      const key = mapping[path] ?? (prefix === "" && k.includes(".") ? k : void 0);
      if (key) this.configInto(config, key, p.value);
    }
  }
  libraryOf(obj) {
    return props(obj).has("kafkaJS") ? "confluent-js" : this.unit.library;
  }
  instance(n) {
    const arg = n.arguments[0];
    const binding = bindingOf(n, this.parents) ?? { name: "kafka", span: [n.range[0], n.range[0] + 3] };
    const config = {};
    const inst = { name: binding.name, nameSpan: binding.span, span: n.range, library: this.libraryOf(arg), config, used: false };
    this.options(arg, INSTANCE_OPTIONS, config);
    const all = new Map([...props(arg), ...props(props(arg).get("kafkaJS")?.value)]);
    const ssl = all.get("ssl");
    const sasl = all.get("sasl");
    if (ssl) {
      const v = unwrap(ssl.value);
      const on = v.type === "ObjectExpression" ? true : v.type === "Literal" && typeof v.value === "boolean" ? v.value : void 0;
      const loc = this.loc(ssl.range);
      if (on === void 0) config["security.protocol"] = unknown(loc, "ssl option not known statically", this.raw(ssl));
      else config["security.protocol"] = known(on ? sasl ? "SASL_SSL" : "SSL" : sasl ? "SASL_PLAINTEXT" : "PLAINTEXT", loc, this.raw(ssl));
    } else if (sasl) {
      const loc = this.loc([sasl.range[0], sasl.key.range[1]]);
      config["security.protocol"] = known("SASL_PLAINTEXT", loc, "sasl without ssl");
    }
    this.instances.set(inst.name, inst);
  }
  client(call, role, target) {
    const arg = call.arguments[0];
    const inst = target ? this.instances.get(target) : void 0;
    const binding = bindingOf(call, this.parents) ?? { name: role, span: [call.range[0], call.range[1]] };
    const c = {
      unit: this.unit,
      name: binding.name,
      nameSpan: binding.span,
      span: call.range,
      role,
      library: inst?.library === "confluent-js" ? "confluent-js" : this.libraryOf(arg),
      config: {},
      sendAcks: [],
      produces: [],
      consumes: [],
      ...inst ? { instance: inst } : {}
    };
    if (inst) inst.used = true;
    if (role === "producer") this.options(arg, PRODUCER_OPTIONS, c.config);
    if (role === "consumer") this.options(arg, CONSUMER_OPTIONS, c.config);
    this.clients.push(c);
    this.byName.set(c.name, c);
  }
  /** The client a call's target names; else the file's only client of that role; else an orphan. */
  clientFor(target, role) {
    const name = refName(target) ?? role;
    const direct = this.byName.get(name);
    if (direct && direct.role === role) return direct;
    const ofRole = this.clients.filter((c) => c.role === role);
    if (ofRole.length === 1) return ofRole[0];
    let o = this.orphans.get(`${role}:${name}`);
    if (!o) {
      o = { unit: this.unit, name, nameSpan: target.range, span: target.range, role, library: this.unit.library, config: {}, sendAcks: [], produces: [], consumes: [] };
      this.orphans.set(`${role}:${name}`, o);
    }
    return o;
  }
  acks(c, opts) {
    const a = opts.get("acks");
    if (!a) return;
    const i = c.sendAcks.length;
    c.sendAcks.push(unknown(this.loc(a.value.range), "pending"));
    this.value(a.value, (f) => {
      c.sendAcks[i] = f;
    });
  }
  topicsOf(node2, list) {
    const n = unwrap(node2);
    if (!n) return;
    if (n.type === "ArrayExpression") {
      for (const e of n.elements) if (e && e.type !== "SpreadElement") this.topicsOf(e, list);
      return;
    }
    if (n.type === "Literal" && "regex" in n && n.regex) {
      list.push(unknown(this.loc(n.range), "topic pattern", this.raw(n)));
      return;
    }
    this.stringInto(list, n);
  }
  createTopics(call) {
    const topics = unwrap(props(call.arguments[0]).get("topics")?.value);
    if (topics?.type !== "ArrayExpression") return;
    for (const el of topics.elements) {
      const t = unwrap(el ?? void 0);
      if (!t || t.type !== "ObjectExpression") continue;
      const p = props(t);
      const nameProp = p.get("topic");
      if (!nameProp) continue;
      const topic2 = { name: unknown(this.loc(nameProp.value.range), "pending"), config: {} };
      this.value(nameProp.value, (f) => {
        topic2.name = mapField(f, (v) => typeof v === "string" ? v : void 0, "a topic name");
      });
      const num = (key, prop) => {
        const q = p.get(prop);
        if (q) this.value(q.value, (f) => topic2[key] = mapField(f, (v) => toNumber(v), "a whole number"));
      };
      num("partitions", "numPartitions");
      num("replicationFactor", "replicationFactor");
      const entries2 = unwrap(p.get("configEntries")?.value);
      if (entries2?.type === "ArrayExpression") {
        for (const e of entries2.elements) {
          const ep = props(e ?? void 0);
          const k = unwrap(ep.get("name")?.value);
          const v = ep.get("value");
          if (k?.type === "Literal" && typeof k.value === "string" && v) {
            const key = k.value;
            this.value(v.value, (f) => {
              topic2.config[key] = f;
              Object.assign(topic2, typedFromConfig({ [key]: f }));
            });
          }
        }
      }
      const file = this.unit.file.path;
      this.topics.push(
        Object.assign(topic2, {
          kind: "topic",
          loc: this.loc(t.range),
          format: FORMAT2,
          file,
          consumerGroups: [],
          labels: {},
          declaredIn: "code"
        })
      );
    }
  }
  onCall(call) {
    const callee = unwrap(call.callee);
    if (callee?.type !== "MemberExpression" || callee.computed || callee.property.type !== "Identifier") return;
    const m = callee.property.name;
    const target = callee.object;
    const arg = call.arguments[0];
    const opts = props(arg);
    switch (m) {
      case "producer":
      case "consumer":
        if (call.arguments.length <= 1 && (!arg || unwrap(arg)?.type === "ObjectExpression")) this.client(call, m, refName(target));
        return;
      case "admin":
        if (call.arguments.length <= 1) this.client(call, "admin", refName(target));
        return;
      case "transaction": {
        const b = bindingOf(call, this.parents);
        const c = this.byName.get(refName(target) ?? "");
        if (b && c) this.byName.set(b.name, c);
        return;
      }
      case "send":
        if (opts.has("topic") && opts.has("messages")) {
          const c = this.clientFor(target, "producer");
          this.topicsOf(opts.get("topic").value, c.produces);
          this.acks(c, opts);
        }
        return;
      case "sendBatch":
        if (opts.has("topicMessages")) {
          const c = this.clientFor(target, "producer");
          const tm = unwrap(opts.get("topicMessages").value);
          if (tm?.type === "ArrayExpression") for (const e of tm.elements) this.topicsOf(props(e ?? void 0).get("topic")?.value, c.produces);
          this.acks(c, opts);
        }
        return;
      case "subscribe":
        if (opts.has("topic") || opts.has("topics")) {
          const c = this.clientFor(target, "consumer");
          this.topicsOf((opts.get("topic") ?? opts.get("topics")).value, c.consumes);
        }
        return;
      case "run":
        if (opts.has("eachMessage") || opts.has("eachBatch")) {
          const c = this.clientFor(target, "consumer");
          this.options(arg, RUN_OPTIONS, c.config);
        }
        return;
      case "createTopics":
        this.createTopics(call);
        return;
      default:
        return;
    }
  }
  walk(root) {
    const visit = (n) => {
      if (n.type === "NewExpression") {
        const callee = unwrap(n.callee);
        const name = callee?.type === "Identifier" ? callee.name : callee?.type === "MemberExpression" && callee.property.type === "Identifier" ? callee.property.name : void 0;
        if (name === "Kafka" && n.arguments.length <= 1) this.instance(n);
      }
      for (const key in n) {
        if (key === "parent" || key === "range" || key === "loc") continue;
        const v = n[key];
        if (Array.isArray(v)) {
          for (const c of v) {
            if (c && typeof c === "object" && typeof c.type === "string") {
              this.parents.set(c, n);
              visit(c);
            }
          }
        } else if (v && typeof v === "object" && typeof v.type === "string") {
          this.parents.set(v, n);
          visit(v);
        }
      }
      if (n.type === "CallExpression") this.onCall(n);
    };
    visit(root);
    this.parents.clear();
  }
  output() {
    const out = [];
    const all = [...this.clients, ...this.orphans.values()];
    for (const c of all) {
      const config = { ...c.instance?.config ?? {}, ...c.config };
      if (c.sendAcks.length > 0) {
        const weak = c.sendAcks.find((f) => f.kind === "known" && f.value !== -1 && f.value !== "-1" && String(f.value).toLowerCase() !== "all");
        config["acks"] = weak ?? c.sendAcks.find((f) => f.kind !== "known") ?? c.sendAcks[0];
      }
      const g = config["group.id"];
      const groupId = g ? mapField(g, (v) => typeof v === "string" ? v : void 0, "a string") : void 0;
      out.push({
        kind: "client",
        name: known(c.name, this.loc(c.nameSpan)),
        loc: this.loc(c.span),
        format: FORMAT2,
        file: this.unit.file.path,
        role: c.role,
        library: c.library,
        config,
        produces: c.produces,
        consumes: c.consumes,
        ...groupId ? { groupId } : {}
      });
    }
    for (const inst of this.instances.values()) {
      if (inst.used) continue;
      out.push({
        kind: "client",
        name: known(inst.name, this.loc(inst.nameSpan)),
        loc: this.loc(inst.span),
        format: FORMAT2,
        file: this.unit.file.path,
        role: "unknown",
        library: inst.library,
        config: { ...inst.config },
        produces: [],
        consumes: []
      });
    }
    return out;
  }
};
async function read3(files) {
  const out = emptyOutput();
  const claimed = files.filter((f) => typescriptAdapter.claims(f.path));
  if (claimed.length === 0) return out;
  const candidates = claimed.filter((f) => MENTIONS.some((m) => f.text.includes(m)));
  let parse;
  if (candidates.length > 0) {
    try {
      parse = cjsExports(await import("./dist-O3SVTDN7.js"), "parse").parse;
    } catch (e) {
      const reason = `the TypeScript parser could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
      append(out.files, claimed.map((f) => ({ path: f.path, status: "not-lintable", formats: [], reason })));
      return out;
    }
  }
  const pending = [];
  const readers = [];
  const problems = [];
  const errors = /* @__PURE__ */ new Map();
  for (const f of candidates) {
    const unit = { file: f, library: f.text.includes("@confluentinc/kafka-javascript") ? "confluent-js" : "kafkajs" };
    let ast;
    try {
      ast = parse(f.text, { range: true, loc: false, comment: false, jsx: /\.(tsx|jsx)$/.test(f.path) });
    } catch (e) {
      const err = e;
      const start = err.location?.start?.offset ?? 0;
      const end = Math.min(f.text.length, Math.max(start + 1, err.location?.end?.offset ?? start));
      const message = `Syntax error: ${boundQuoted(err.message ?? String(e)).replace(/\.$/, "")}. topiclint cannot read Kafka settings from this file until it parses.`;
      problems.push({ ruleId: "parse-error", message, loc: { file: f.path, start, end } });
      errors.set(f.path, message);
      continue;
    }
    const reader = new UnitReader2(unit, pending);
    reader.walk(ast);
    readers.push(reader);
  }
  const usedFiles = /* @__PURE__ */ new Set();
  if (pending.length > 0) {
    const results = await resolveAll(claimed.filter((f) => !f.path.endsWith(".d.ts")), pending);
    pending.forEach((p, i) => {
      const r = results[i];
      const loc = { file: p.file, start: p.start, end: p.end };
      if (r.ok) {
        if (r.origin) usedFiles.add(r.origin.file);
        p.apply(typeof r.value === "string" && isPlaceholder(r.value) ? unknown(loc, "placeholder", p.raw) : known(r.value, loc, p.raw, r.origin));
      } else p.apply(unknown(loc, r.reason, p.raw));
    });
  }
  const found = /* @__PURE__ */ new Set();
  for (const r of readers) {
    const clients = r.output();
    append(out.clients, clients);
    append(out.topics, r.topics);
    if (clients.length > 0 || r.topics.length > 0) found.add(r.unit.file.path);
  }
  for (const f of claimed) {
    const err = errors.get(f.path);
    if (err) out.files.push({ path: f.path, status: "parse-error", formats: [], reason: err });
    else if (found.has(f.path) || usedFiles.has(f.path)) out.files.push({ path: f.path, status: "linted", formats: [FORMAT2] });
    else out.files.push({ path: f.path, status: "not-catalog", formats: [], reason: candidates.includes(f) ? "no Kafka client or topic found" : "does not mention Kafka" });
  }
  append(out.problems, problems);
  return out;
}
var typescriptAdapter = {
  id: FORMAT2,
  claims: (path) => CLAIMED2.test(path) && !/\.d\.[cm]?ts$/.test(path) && !/(^|\/)node_modules\//.test(path),
  declaresCatalogEntities: false,
  read: read3
};

// src/yaml/scan.ts
var NULL_RE = /^(?:~|null|Null|NULL)?$/;
var BOOL_RE = /^(?:true|True|TRUE|false|False|FALSE)$/;
var INT_RE = /^[-+]?[0-9]+$/;
var FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
function resolvePlain(s) {
  const c = s.charCodeAt(0);
  if (s.length > 0 && !(c === 45 || c === 43 || c === 46 || c >= 48 && c <= 57 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70)) return s;
  if (NULL_RE.test(s)) return null;
  if (BOOL_RE.test(s)) return s[0] === "t" || s[0] === "T";
  if (INT_RE.test(s)) return Number.parseInt(s, 10);
  if (/^0o[0-7]+$/.test(s)) return Number.parseInt(s.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return Number.parseInt(s.slice(2), 16);
  if (FLOAT_RE.test(s)) return Number.parseFloat(s);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(s)) return s[0] === "-" ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(s)) return NaN;
  return s;
}
var StepAside = class extends Error {
};
var STEP = new StepAside();
function stepAside() {
  throw STEP;
}
var UNSUPPORTED_CHARS = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)/;
var CR = 13;
var SPACE = 32;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var DOT = 46;
var DQUOTE = 34;
var SQUOTE = 39;
var BACKSLASH = 92;
var COMMA = 44;
var LBRACKET = 91;
var RBRACKET = 93;
var LBRACE = 123;
var RBRACE = 125;
var CONTENT = 0;
var DOC_START = 1;
var DOC_END = 2;
var EOF = 3;
var MAX_KEY = 1e3;
var MAX_DEPTH2 = 100;
function isIndicator(c) {
  switch (c) {
    case COMMA:
    case LBRACKET:
    case RBRACKET:
    case LBRACE:
    case RBRACE:
    case HASH:
    case 38:
    // &
    case 42:
    // *
    case 33:
    // !
    case 124:
    // |
    case 62:
    // >
    case SQUOTE:
    case DQUOTE:
    case 37:
    // %
    case 64:
    // @
    case 96:
      return true;
    default:
      return false;
  }
}
function isPlainSafeInFlow(c) {
  return c !== SPACE && c !== COMMA && c !== LBRACKET && c !== RBRACKET && c !== LBRACE && c !== RBRACE && c !== COLON && c !== HASH;
}
var Scanner = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  /** Current significant line: its start, end (index of its CRLF or LF, or the text length), indent and kind; nl starts the next line. */
  ls = 0;
  le = 0;
  nl = 0;
  ind = 0;
  kind = EOF;
  /** Moves to the first line at or after `from` (a line start) that is not blank or a comment. */
  nextLine(from) {
    const text2 = this.text;
    const len = text2.length;
    let i = from;
    while (i < len) {
      let j = i;
      while (text2.charCodeAt(j) === SPACE) j++;
      let n = text2.indexOf("\n", j);
      if (n < 0) n = len;
      const e = n > j && text2.charCodeAt(n - 1) === CR ? n - 1 : n;
      const c = text2.charCodeAt(j);
      if (j === e || c === HASH) {
        i = n + 1;
        continue;
      }
      this.ls = i;
      this.le = e;
      this.nl = n + 1;
      this.ind = j - i;
      this.kind = CONTENT;
      if (j === i && (c === DASH || c === DOT) && text2.charCodeAt(i + 1) === c && text2.charCodeAt(i + 2) === c && (i + 3 === e || text2.charCodeAt(i + 3) === SPACE)) {
        this.kind = c === DASH ? DOC_START : DOC_END;
      }
      return;
    }
    this.ls = len;
    this.le = len;
    this.nl = len + 1;
    this.ind = 0;
    this.kind = EOF;
  }
  /** After position p on the current line: only spaces, then the end of the line or a comment. */
  expectLineEnd(p) {
    const text2 = this.text;
    const le = this.le;
    if (p === le) return;
    if (text2.charCodeAt(p) !== SPACE) stepAside();
    while (p < le && text2.charCodeAt(p) === SPACE) p++;
    if (p < le && text2.charCodeAt(p) !== HASH) stepAside();
  }
  isSeqItemAt(p) {
    return this.text.charCodeAt(p) === DASH && (p + 1 === this.le || this.text.charCodeAt(p + 1) === SPACE);
  }
  /** A block node whose first character is at p (column col) on the current line: a map or a sequence. */
  blockNode(col, p, depth) {
    if (depth > MAX_DEPTH2) stepAside();
    if (this.isSeqItemAt(p)) return this.seq(col, p, depth);
    if (this.keyEnd(p) >= 0) return this.map(col, p, depth);
    return void 0;
  }
  /**
   * If a block mapping key starts at p, the position of its `:` indicator; otherwise -1.
   * Steps aside for keys the subset does not cover.
   */
  keyEnd(p) {
    const text2 = this.text;
    const le = this.le;
    const c = text2.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const e = this.quotedEnd(p);
      if (text2.charCodeAt(e) === COLON && (e + 1 === le || text2.charCodeAt(e + 1) === SPACE)) return e;
      return -1;
    }
    if (isIndicator(c)) return -1;
    if ((c === DASH || c === COLON || c === 63) && (p + 1 === le || text2.charCodeAt(p + 1) === SPACE)) return -1;
    for (let i = p; i < le; i++) {
      const d = text2.charCodeAt(i);
      if (d === COLON) {
        if (i + 1 === le || text2.charCodeAt(i + 1) === SPACE) return i;
      } else if (d === HASH && text2.charCodeAt(i - 1) === SPACE) return -1;
    }
    return -1;
  }
  map(col, p, depth) {
    const text2 = this.text;
    const pairs = [];
    const seen = /* @__PURE__ */ new Set();
    for (; ; ) {
      const colon = this.keyEnd(p);
      if (colon < 0) stepAside();
      if (colon - p > MAX_KEY) stepAside();
      let keyNode;
      const c = text2.charCodeAt(p);
      if (c === DQUOTE || c === SQUOTE) {
        keyNode = this.quoted(p);
      } else {
        let e = colon;
        while (text2.charCodeAt(e - 1) === SPACE) e--;
        const raw = text2.slice(p, e);
        keyNode = { type: "scalar", value: resolvePlain(raw), raw, quoted: false, start: p, end: e };
      }
      const key = String(keyNode.value ?? "");
      if (seen.has(key) || key === "<<") stepAside();
      seen.add(key);
      const value = this.valueAfter(col, colon + 1, false, depth);
      pairs.push({ key, keyNode, value, start: keyNode.start, end: value.end });
      if (this.kind !== CONTENT || this.ind < col) break;
      if (this.ind > col) stepAside();
      p = this.ls + this.ind;
      if (this.isSeqItemAt(p)) stepAside();
    }
    return { type: "map", pairs, start: pairs[0].start, end: pairs[pairs.length - 1].end };
  }
  seq(col, p, depth) {
    const items = [];
    const start = p;
    for (; ; ) {
      items.push(this.valueAfter(col, p + 1, true, depth));
      if (this.kind !== CONTENT || this.ind < col) break;
      if (this.ind > col) stepAside();
      p = this.ls + this.ind;
      if (!this.isSeqItemAt(p)) break;
    }
    return { type: "seq", items, start, end: items[items.length - 1].end };
  }
  /**
   * The value after a `:` (map) or `-` (sequence) indicator that ends at `after`, in a collection at
   * column col. Leaves the scanner on the next significant line after the value.
   */
  valueAfter(col, after, inSeq, depth) {
    const text2 = this.text;
    const le = this.le;
    let q = after;
    while (q < le && text2.charCodeAt(q) === SPACE) q++;
    if (q === le || text2.charCodeAt(q) === HASH) {
      this.nextLine(this.nl);
      if (this.kind === CONTENT) {
        const p = this.ls + this.ind;
        if (this.ind > col) {
          const n = this.blockNode(this.ind, p, depth + 1);
          if (!n) stepAside();
          return n;
        }
        if (this.ind === col && !inSeq && this.isSeqItemAt(p)) return this.seq(col, p, depth + 1);
      }
      return { type: "scalar", value: null, raw: "", quoted: false, start: q, end: q };
    }
    if (inSeq) {
      const n = this.blockNode(q - this.ls, q, depth + 1);
      if (n) return n;
    }
    const v = this.inline(q);
    this.nextLine(this.nl);
    if (this.kind === CONTENT && this.ind > col) stepAside();
    return v;
  }
  /** A scalar or flow collection that starts at q and must end the current line. */
  inline(q) {
    const text2 = this.text;
    const c = text2.charCodeAt(q);
    let n;
    if (c === DQUOTE || c === SQUOTE) n = this.quoted(q);
    else if (c === LBRACKET || c === LBRACE) n = this.flow(q);
    else n = this.plainBlock(q);
    this.expectLineEnd(n.end);
    return n;
  }
  plainBlock(q) {
    const text2 = this.text;
    const le = this.le;
    const c = text2.charCodeAt(q);
    if (isIndicator(c)) stepAside();
    if ((c === DASH || c === COLON || c === 63) && (q + 1 === le || text2.charCodeAt(q + 1) === SPACE)) stepAside();
    let i = q;
    for (; i < le; i++) {
      const d = text2.charCodeAt(i);
      if (d === COLON) {
        if (i + 1 === le || text2.charCodeAt(i + 1) === SPACE) stepAside();
      } else if (d === HASH && text2.charCodeAt(i - 1) === SPACE) break;
    }
    while (text2.charCodeAt(i - 1) === SPACE) i--;
    const raw = text2.slice(q, i);
    return { type: "scalar", value: resolvePlain(raw), raw, quoted: false, start: q, end: i };
  }
  /** End (after the closing quote) of a single-line quoted scalar starting at p. */
  quotedEnd(p) {
    const text2 = this.text;
    const le = this.le;
    const quote = text2.charCodeAt(p);
    for (let i = p + 1; i < le; i++) {
      const d = text2.charCodeAt(i);
      if (d === quote) {
        if (quote === SQUOTE && text2.charCodeAt(i + 1) === SQUOTE) {
          i++;
          continue;
        }
        return i + 1;
      }
      if (d === BACKSLASH && quote === DQUOTE) i++;
    }
    return stepAside();
  }
  quoted(p) {
    const text2 = this.text;
    const end = this.quotedEnd(p);
    const inner = text2.slice(p + 1, end - 1);
    let value;
    if (text2.charCodeAt(p) === SQUOTE) value = inner.includes("'") ? inner.replaceAll("''", "'") : inner;
    else value = inner.includes("\\") ? unescape2(inner) : inner;
    return { type: "scalar", value, raw: value, quoted: true, start: p, end };
  }
  skipSpaces(i) {
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }
  /** A single-line flow sequence or map of scalars starting at p. */
  flow(p) {
    const text2 = this.text;
    const isMap3 = text2.charCodeAt(p) === LBRACE;
    const close = isMap3 ? RBRACE : RBRACKET;
    let i = this.skipSpaces(p + 1);
    const items = [];
    const pairs = [];
    const seen = /* @__PURE__ */ new Set();
    if (text2.charCodeAt(i) !== close) {
      for (; ; ) {
        const item = this.flowScalar(i, isMap3);
        i = this.skipSpaces(item.end);
        if (isMap3) {
          if (text2.charCodeAt(i) !== COLON || text2.charCodeAt(i + 1) !== SPACE) stepAside();
          i = this.skipSpaces(i + 1);
          const value = this.flowScalar(i, false);
          const key = String(item.value ?? "");
          if (seen.has(key) || key === "<<") stepAside();
          seen.add(key);
          pairs.push({ key, keyNode: item, value, start: item.start, end: value.end });
          i = this.skipSpaces(value.end);
        } else items.push(item);
        const d = text2.charCodeAt(i);
        if (d === close) break;
        if (d !== COMMA) stepAside();
        i = this.skipSpaces(i + 1);
        if (text2.charCodeAt(i) === close) stepAside();
      }
    }
    if (i >= this.le) stepAside();
    const end = i + 1;
    return isMap3 ? { type: "map", pairs, start: p, end } : { type: "seq", items, start: p, end };
  }
  /** A scalar inside a flow collection; `asKey` allows it to end at a `: `. */
  flowScalar(q, asKey) {
    const text2 = this.text;
    const le = this.le;
    if (q >= le) stepAside();
    const c = text2.charCodeAt(q);
    if (c === DQUOTE || c === SQUOTE) return this.quoted(q);
    if (isIndicator(c) || c === COLON || c === 63) stepAside();
    if (c === DASH && (q + 1 === le || !isPlainSafeInFlow(text2.charCodeAt(q + 1)))) stepAside();
    let i = q;
    for (; i < le; i++) {
      const d = text2.charCodeAt(i);
      if (d === COMMA || d === RBRACKET || d === RBRACE) break;
      if (d === LBRACKET || d === LBRACE || d === HASH) stepAside();
      if (d === COLON) {
        if (asKey && text2.charCodeAt(i + 1) === SPACE) break;
        stepAside();
      }
    }
    if (i >= le) stepAside();
    while (text2.charCodeAt(i - 1) === SPACE) i--;
    const raw = text2.slice(q, i);
    return { type: "scalar", value: resolvePlain(raw), raw, quoted: false, start: q, end: i };
  }
};
var SIMPLE_ESCAPES = {
  "\\": "\\",
  '"': '"',
  "/": "/",
  n: "\n",
  t: "	",
  r: "\r",
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  v: "\v",
  " ": " "
};
function unescape2(s) {
  let out = "";
  let from = 0;
  for (let i = s.indexOf("\\"); i >= 0; i = s.indexOf("\\", from)) {
    out += s.slice(from, i);
    const e = s[i + 1];
    if (e === void 0) return stepAside();
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== void 0) {
      out += simple;
      from = i + 2;
      continue;
    }
    const digits = e === "x" ? 2 : e === "u" ? 4 : 0;
    if (digits === 0) return stepAside();
    const hex = s.slice(i + 2, i + 2 + digits);
    if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) return stepAside();
    out += String.fromCharCode(Number.parseInt(hex, 16));
    from = i + 2 + digits;
  }
  return out + s.slice(from);
}
function parseYamlScan(text2) {
  if (UNSUPPORTED_CHARS.test(text2)) return void 0;
  try {
    const s = new Scanner(text2);
    const documents = [];
    s.nextLine(0);
    if (s.kind === EOF) return void 0;
    let first = true;
    for (; ; ) {
      let start;
      if (s.kind === DOC_START) {
        start = s.ls;
        s.expectLineEnd(s.ls + 3);
        s.nextLine(s.nl);
      } else if (s.kind === CONTENT && first) {
        start = s.ls;
      } else return void 0;
      first = false;
      let root;
      if (s.kind === CONTENT) {
        root = s.blockNode(s.ind, s.ls + s.ind, 0);
        if (!root || s.kind === CONTENT) return void 0;
      }
      if (s.kind === DOC_END) {
        s.expectLineEnd(s.ls + 3);
        documents.push({ root, start, end: s.ls + 3 });
        s.nextLine(s.nl);
        if (s.kind === EOF) break;
        if (s.kind !== DOC_START) return void 0;
      } else if (s.kind === DOC_START) {
        documents.push({ root, start, end: s.ls });
      } else {
        documents.push({ root, start, end: text2.length });
        break;
      }
    }
    return { documents, errors: [] };
  } catch (e) {
    if (e instanceof StepAside) return void 0;
    return void 0;
  }
}

// src/sources/evidence.ts
var CATALOG_PATH = /(^|[/._-])(topics?|kafka[-_]?topics?|topiclint|asyncapi|kafka-?(user|connector|acl)s?)([/._-]|$)|(^|\/)(kafka|strimzi|julie|topicctl|kafka-gitops)[^/]*\.(ya?ml|json)$/i;
var SPRING_CONFIG = /(^|\/)(application|bootstrap)(-[^/]*)?\.(ya?ml|properties)$/i;
var OTHER_TOOLS = /(^|\/)((docker-)?compose[^/]*\.ya?ml|\.gitlab-ci\.ya?ml|\.github\/workflows\/[^/]+|\.rubocop[^/]*\.ya?ml|package(-lock)?\.json|\.pre-commit-config\.ya?ml)$/i;
var YAML_EVIDENCE = [
  /\bkind:\s*["']?Kafka[A-Z]\w*/,
  /\b(kafka\.nais\.io|kafka\.strimzi\.io|platform\.confluent\.io)\//,
  /(?:^|\u0085)[\s{[,-]*["']?(asyncapi|topics?|topicName|consumerGroups?|replicationFactor|replication[._-]factor|minInsyncReplicas|min\.insync\.replicas|partitions|numPartitions|cleanup\.policy|bootstrap[._-]servers|group\.id)["']?\s*:/m
];
var CODE_EVIDENCE = [
  /['"](kafkajs|@confluentinc\/kafka-javascript|node-rdkafka|kafka-node|@platformatic\/kafka|@nestjs\/microservices)['"]/,
  /\b(org\.apache\.kafka|org\.springframework\.kafka|io\.confluent\.)/
];
var HCL_EVIDENCE = [/\b(resource|data|module)\s+"[\w-]*(kafka|topic)[\w-]*"/i];
var PROPERTIES_EVIDENCE = [/^\s*(bootstrap\.servers|group\.id|key\.(de)?serializer|value\.(de)?serializer|connector\.class|topics|application\.id|acks|enable\.idempotence|transactional\.id)\s*[=:]/m];
function textEvidence(path, text2) {
  const head = text2.length > 262144 ? text2.slice(0, 262144) : text2;
  const tests = /\.(ya?ml|json)$/i.test(path) ? YAML_EVIDENCE : /\.(tf|tfvars|hcl)$/i.test(path) ? HCL_EVIDENCE : /\.properties$/i.test(path) ? PROPERTIES_EVIDENCE : CODE_EVIDENCE;
  return tests.some((re) => re.test(head));
}
function kafkaEvidence(path, text2, recognised) {
  if (recognised) return "a reader recognised Kafka content in it";
  if (CATALOG_PATH.test(path)) return "its name or folder is a catalog\u2019s";
  if (SPRING_CONFIG.test(path) && text2 !== void 0 && /kafka/i.test(text2)) return "a Spring configuration with Kafka settings";
  if (text2 !== void 0 && !OTHER_TOOLS.test(path) && textEvidence(path, text2)) return "it holds Kafka keys";
  return void 0;
}
var isBug = (p) => p.message.includes("This is a topiclint bug");
function firstOf(errors) {
  const first = errors[0];
  if (errors.length === 1) return first;
  const more = errors.length - 1;
  return { ...first, message: `${first.message} (and ${more} more parse error${more === 1 ? "" : "s"} in this file)` };
}
function settleParseErrors(out, files) {
  const failed = out.files.filter((f) => f.status === "parse-error");
  if (failed.length === 0) return;
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const byFile = /* @__PURE__ */ new Map();
  for (const p of out.problems) {
    if (p.ruleId !== "parse-error" || isBug(p)) continue;
    const list = byFile.get(p.loc.file);
    if (list) list.push(p);
    else byFile.set(p.loc.file, [p]);
  }
  const drop = /* @__PURE__ */ new Set();
  const add = [];
  const records = /* @__PURE__ */ new Map();
  for (const record of failed) {
    const errors = byFile.get(record.path);
    if (!errors?.length) continue;
    const path = record.path;
    const recognised = record.formats.length > 0 || out.topics.some((t) => t.file === path) || out.clients.some((c) => c.file === path) || out.consumerGroups.some((g) => g.file === path) || out.problems.some((p) => p.loc.file === path && p.ruleId !== "parse-error");
    for (const e of errors) drop.add(e);
    const first = firstOf(errors);
    if (kafkaEvidence(path, texts.get(path), recognised)) {
      add.push(first);
      continue;
    }
    const reason = `cannot be parsed and nothing in it is Kafka: ${first.message.replace(/\. Fix the syntax at this position; the rest of the catalog is still linted\./, "").replace(/ topiclint cannot read Kafka settings from this file until it parses\./, "")}`;
    records.set(path, { path, status: "not-lintable", formats: [], reason });
  }
  if (drop.size === 0) return;
  const kept = out.problems.filter((p) => !drop.has(p));
  out.problems.length = 0;
  out.problems.push(...kept, ...add);
  for (let i = 0; i < out.files.length; i++) {
    const r = records.get(out.files[i].path);
    if (r && out.files[i].status === "parse-error") out.files[i] = r;
  }
}

// src/sources/jsonc.ts
var JSONC_FILES = /(^|\/)((tsconfig|jsconfig)([.-][^/]*)?\.json|\.vscode\/[^/]*\.(json|code-workspace)|[^/]*\.code-workspace|\.?devcontainer\.json|\.devcontainer\/[^/]*\.json|\.eslintrc(\.json)?|\.babelrc(\.json)?|\.swcrc|tslint\.json|\.jshintrc|api-extractor\.json|typedoc\.json|turbo\.json|deno\.jsonc?|[^/]*\.jsonc)$/i;
function isJsoncPath(path) {
  return JSONC_FILES.test(path);
}
function blankJsonComments(text2) {
  const out = text2.split("");
  const n = text2.length;
  let i = 0;
  let lastComma = -1;
  while (i < n) {
    const c = text2[i];
    if (c === '"') {
      lastComma = -1;
      i++;
      while (i < n && text2[i] !== '"' && text2[i] !== "\n") i += text2[i] === "\\" ? 2 : 1;
      i++;
    } else if (c === "/" && text2[i + 1] === "/") {
      while (i < n && text2[i] !== "\n") out[i++] = " ";
    } else if (c === "/" && text2[i + 1] === "*") {
      const end = text2.indexOf("*/", i + 2);
      const stop = end < 0 ? n : end + 2;
      for (; i < stop; i++) if (text2[i] !== "\n" && text2[i] !== "\r") out[i] = " ";
    } else if (c === ",") {
      lastComma = i++;
    } else if (c === "}" || c === "]") {
      if (lastComma >= 0) out[lastComma] = " ";
      lastComma = -1;
      i++;
    } else {
      if (!/\s/.test(c)) lastComma = -1;
      i++;
    }
  }
  return out.join("");
}

// src/sources/index.ts
var YAML_EXTENSIONS = /\.(ya?ml|json)$/i;
var defaultSources = {
  yamlFileAdapters: [springYamlAdapter],
  // Kubernetes resources, AsyncAPI and the other tools' shapes first; each detector is exclusive.
  yamlDocumentAdapters: [...yamlFormatAdapters, catalogAdapter],
  // Order matters only for paths two adapters could claim (Spring's application*.properties first).
  projectAdapters: [springPropertiesAdapter, propertiesAdapter, terraformAdapter, javaAdapter, typescriptAdapter],
  detectTemplate
};
function isCandidatePath(path, registry = defaultSources) {
  return YAML_EXTENSIONS.test(path) || registry.projectAdapters.some((a) => a.claims(path));
}
function merge(into, part) {
  append(into.topics, part.topics);
  append(into.consumerGroups, part.consumerGroups);
  append(into.clients, part.clients);
  append(into.problems, part.problems);
  append(into.files, part.files);
}
function count(part) {
  return (part.topics?.length ?? 0) + (part.consumerGroups?.length ?? 0) + (part.clients?.length ?? 0);
}
function strictJsonError(text2) {
  try {
    JSON.parse(text2);
    return void 0;
  } catch (e) {
    const message = e.message;
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Math.min(Number(at[1]), Math.max(0, text2.length - 1)) : 0;
    return { message: boundQuoted(message.replace(/ in JSON at position \d+.*$/, "").replace(/, ".*" is not valid JSON$/s, "")), offset };
  }
}
function parseYamlSource(text2) {
  return parseYamlScan(text2) ?? parseYaml(text2);
}
function anyBetween(sorted, lo, hi) {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = a + b >> 1;
    if (sorted[mid] < lo) a = mid + 1;
    else b = mid;
  }
  return a < sorted.length && sorted[a] <= hi;
}
function readYamlFile(file, registry = defaultSources) {
  const out = readYamlFileRaw(file, registry);
  settleParseErrors(out, [file]);
  return out;
}
function readYamlFileRaw(file, registry) {
  const out = { topics: [], consumerGroups: [], clients: [], problems: [], files: [] };
  const { path } = file;
  const text2 = isJsoncPath(path) ? blankJsonComments(file.text) : file.text;
  if (text2.trim() === "") {
    out.files.push({ path, status: "not-catalog", formats: [], reason: "empty file" });
    return out;
  }
  const template2 = registry.detectTemplate?.(text2);
  if (template2) {
    out.files.push({ path, status: "not-lintable", formats: [], reason: template2 });
    return out;
  }
  const parsed = parseYamlSource(text2);
  const own = (code) => code === "UNUSUAL_LINE_BREAK" || code === "DEEP_NESTING" || code === "ALIAS_BOMB" ? 0 : 1;
  const ordered = [...parsed.errors].sort((a, b) => own(a.code) - own(b.code) || a.start - b.start);
  const errors = ordered.map((e) => ({
    ruleId: "parse-error",
    message: `${/\.json$/i.test(path) ? "JSON" : "YAML"} syntax error: ${e.message}. Fix the syntax at this position; the rest of the catalog is still linted.`,
    loc: { file: path, start: e.start, end: Math.max(e.end, e.start) }
  }));
  if (errors.length === 0 && /\.json$/i.test(path)) {
    const jsonError = strictJsonError(text2);
    if (jsonError) errors.push({ ruleId: "parse-error", message: `JSON syntax error: ${jsonError.message}. Fix the syntax at this position; the rest of the catalog is still linted.`, loc: { file: path, start: jsonError.offset, end: jsonError.offset + 1 } });
  }
  for (const fa of registry.yamlFileAdapters) {
    if (!fa.claims(path)) continue;
    const part = fa.read(parsed, path, text2);
    if (part) {
      merge(out, { ...part, files: [] });
      append(out.problems, errors);
      out.files.push({ path, status: errors.length ? "parse-error" : "linted", formats: [fa.id] });
      return out;
    }
  }
  const formats = /* @__PURE__ */ new Set();
  let recognised = false;
  const errorStarts = parsed.errors.map((e) => e.start).sort((a, b) => a - b);
  for (const doc of parsed.documents) {
    if (!doc.root) continue;
    if (anyBetween(errorStarts, doc.start, Math.max(doc.end, doc.start + 1))) continue;
    for (const adapter of registry.yamlDocumentAdapters) {
      if (!adapter.detect(doc.root, path)) continue;
      recognised = true;
      try {
        const part = adapter.read(doc, path, parsed);
        merge(out, part);
        if (count(part) > 0 || (part.problems?.length ?? 0) > 0) formats.add(adapter.id);
        else formats.add(adapter.id);
      } catch (e) {
        out.problems.push({ ruleId: "parse-error", message: `The ${adapter.id} reader failed on this document: ${e.message}. This is a topiclint bug; please report it.`, loc: { file: path, start: doc.start, end: doc.start } });
      }
      break;
    }
  }
  append(out.problems, errors);
  const status = errors.length ? "parse-error" : recognised ? "linted" : "not-catalog";
  out.files.push({ path, status, formats: [...formats], ...status === "not-catalog" ? { reason: "no known catalog or client format in this file" } : {} });
  return out;
}
async function readCatalog(files, options = {}) {
  const registry = options.registry ?? defaultSources;
  const out = { topics: [], consumerGroups: [], clients: [], problems: [], files: [] };
  const byAdapter = /* @__PURE__ */ new Map();
  const yamlFiles = [];
  for (const f of files) {
    const project = projectAdapterFor(f.path, registry);
    if (project) {
      const list = byAdapter.get(project) ?? [];
      list.push(f);
      byAdapter.set(project, list);
    } else if (YAML_EXTENSIONS.test(f.path)) {
      yamlFiles.push(f);
    } else {
      out.files.push({ path: f.path, status: "not-catalog", formats: [], reason: "no reader for this file type" });
    }
  }
  const yamlOutputs = options.yamlReader ? await options.yamlReader(yamlFiles) : yamlFiles.map((f) => readYamlFile(f, registry));
  for (const part of yamlOutputs) merge(out, part);
  for (const [adapter, list] of byAdapter) merge(out, await readProjectFiles(adapter, list));
  return { topics: out.topics, consumerGroups: out.consumerGroups, clients: out.clients, problems: out.problems, files: out.files, suppressions: [] };
}
function projectAdapterFor(path, registry = defaultSources) {
  return registry.projectAdapters.find((a) => a.claims(path));
}
async function readProjectFiles(adapter, files) {
  try {
    const part = await adapter.read(files);
    const out = { topics: part.topics ?? [], consumerGroups: part.consumerGroups ?? [], clients: part.clients ?? [], problems: part.problems ?? [], files: part.files ?? [] };
    settleParseErrors(out, files);
    return out;
  } catch (e) {
    const out = { topics: [], consumerGroups: [], clients: [], problems: [], files: [] };
    for (const f of files) {
      out.files.push({ path: f.path, status: "parse-error", formats: [], reason: `${adapter.id} reader failed: ${e.message}` });
      out.problems.push({ ruleId: "parse-error", message: `The ${adapter.id} reader failed: ${e.message}. This is a topiclint bug; please report it.`, loc: { file: f.path, start: 0, end: 0 } });
    }
    return out;
  }
}

// src/engine/assemble.ts
function withCodeowners(catalog, codeowners) {
  if (!codeowners) return catalog;
  let changed = false;
  const topics = catalog.topics.map((t) => {
    if (ownerOf(t)) return t;
    const owner = codeownersOwner(codeowners, t.file);
    if (!owner) return t;
    changed = true;
    return { ...t, owner };
  });
  return changed ? { ...catalog, topics } : catalog;
}
function withClusters(catalog, clusterOf) {
  if (!clusterOf) return catalog;
  let changed = false;
  const give = (e) => {
    if (e.cluster) return e;
    const value = clusterOf(e.file);
    if (value === void 0) return e;
    changed = true;
    return { ...e, cluster: known(value, { file: e.file, start: 0, end: 0 }) };
  };
  const topics = catalog.topics.map(give);
  const consumerGroups = catalog.consumerGroups.map(give);
  return changed ? { ...catalog, topics, consumerGroups } : catalog;
}
function clusterMatcher(clusters) {
  if (!clusters || Object.keys(clusters).length === 0) return void 0;
  const matchers = Object.entries(clusters).map(([name, globs]) => [name, globMatcher(globs)]);
  return (file) => matchers.find(([, m]) => m(file))?.[0];
}
function notLintableProblems(records) {
  return records.map((r) => ({
    ruleId: "parse-error",
    message: `This file was not linted: ${r.reason ?? "it cannot be read"}. Until it is, topiclint cannot check what it defines.`,
    loc: { file: r.path, start: 0, end: 0 }
  }));
}
function buildResult(catalog, located, texts, options, baseRef, unknowns, topicCount) {
  let findings = located;
  for (const step2 of options.postprocess ?? []) findings = step2(findings, { catalog, texts });
  const files = [...catalog.files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const stats = {
    filesScanned: files.length,
    filesLinted: files.filter((f) => f.status === "linted").length,
    notCatalog: files.filter((f) => f.status === "not-catalog").length,
    notLintable: files.filter((f) => f.status === "not-lintable").length,
    parseErrors: files.filter((f) => f.status === "parse-error").length,
    topics: topicCount ?? catalog.topics.length,
    consumerGroups: catalog.consumerGroups.length,
    clients: catalog.clients.length,
    suppressed: findings.filter((f) => f.suppression && f.baselineState !== "absent").length,
    // With a baseline every finding has a state; `absent` ones are baselined findings that are fixed.
    ...findings.some((f) => f.baselineState) ? { baselineFixed: findings.filter((f) => f.baselineState === "absent").length } : {}
  };
  return {
    toolName: TOOL.name,
    toolVersion: TOOL.version,
    informationUri: TOOL.informationUri,
    rules: options.rules.map((r) => r.meta),
    findings,
    files,
    stats,
    ...baseRef !== void 0 ? { baseRef } : {},
    ...unknowns ? { unknowns: sortUnknowns(unknowns) } : {}
  };
}
function sortUnknowns(notes) {
  return notes.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);
}
function collectUnknowns(catalog, texts) {
  const notes = [];
  const indexes = /* @__PURE__ */ new Map();
  const visit = (entity) => {
    const name = entity.name.kind === "known" ? entity.name.value : "(unnamed)";
    const walk = (what, v) => {
      if (!v || typeof v !== "object") return;
      if (Array.isArray(v)) return v.forEach((x, i) => walk(`${what}[${i}]`, x));
      const f = v;
      if (f.kind === "unknown") {
        let idx = indexes.get(f.loc.file);
        if (!idx) indexes.set(f.loc.file, idx = new LineIndex(texts.get(f.loc.file) ?? ""));
        const p = idx.position(f.loc.start);
        notes.push({ file: f.loc.file, line: p.line, column: p.column, what: `${name} ${what}`, reason: f.reason });
      }
    };
    for (const [k, v] of Object.entries(entity)) {
      if (k === "loc" || k === "kind" || k === "format" || k === "file") continue;
      if ((k === "config" || k === "labels") && v && typeof v === "object") for (const [ck, cv] of Object.entries(v)) walk(`${k}.${ck}`, cv);
      else walk(k, v);
    }
  };
  [...catalog.topics, ...catalog.consumerGroups, ...catalog.clients].forEach(visit);
  return notes;
}

// src/git/reuse.ts
function reuseUnchanged(reader) {
  const seen = /* @__PURE__ */ new Map();
  return async (files) => {
    const hits = files.map((f) => {
      const s = seen.get(f.path);
      return s && s.text === f.text ? s.out : void 0;
    });
    const missing = files.filter((_, i) => !hits[i]);
    const read4 = missing.length ? await reader(missing) : [];
    let k = 0;
    return files.map((f, i) => {
      const hit = hits[i];
      if (hit) return hit;
      const out = read4[k++];
      seen.set(f.path, { text: f.text, out });
      return out;
    });
  };
}

export {
  TOOL,
  LABEL_FOR_FIELD,
  OWNERSHIP_FIELDS,
  typedOwnershipField,
  ownershipLabel,
  ownerOf,
  drTierOf,
  BASE_LOCATION,
  changedTopics,
  compareCatalogs,
  atBase,
  knownValue,
  deletionLocation,
  groupListings,
  keySet,
  servesCluster,
  digestOf,
  runRules,
  ruleRunner,
  toFindings,
  fingerprintFindings,
  locateFindings,
  getAjv,
  validateNode,
  wildcardMatch,
  CODEOWNERS_PATHS,
  parseCodeowners,
  YAML_EXTENSIONS,
  defaultSources,
  isCandidatePath,
  readYamlFile,
  readCatalog,
  projectAdapterFor,
  readProjectFiles,
  withCodeowners,
  withClusters,
  clusterMatcher,
  notLintableProblems,
  buildResult,
  collectUnknowns,
  reuseUnchanged
};
