import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  BASE_LOCATION,
  CODEOWNERS_PATHS,
  LABEL_FOR_FIELD,
  OWNERSHIP_FIELDS,
  TOOL,
  YAML_EXTENSIONS,
  atBase,
  buildResult,
  changedTopics,
  clusterMatcher,
  collectUnknowns,
  compareCatalogs,
  defaultSources,
  deletionLocation,
  digestOf,
  drTierOf,
  fingerprintFindings,
  groupListings,
  isCandidatePath,
  keySet,
  knownValue,
  locateFindings,
  notLintableProblems,
  ownerOf,
  ownershipLabel,
  parseCodeowners,
  projectAdapterFor,
  readCatalog,
  readProjectFiles,
  readYamlFile,
  reuseUnchanged,
  ruleRunner,
  runRules,
  servesCluster,
  toFindings,
  typedOwnershipField,
  wildcardMatch,
  withClusters,
  withCodeowners
} from "./chunk-GUZY6HZC.js";
import {
  SettingsResolver,
  describeMs,
  didYouMean,
  globMatcher,
  isPlaceholder,
  parseRetention,
  safeRegex,
  sortFindings,
  spelling,
  suggester,
  toBoolean,
  toNumber
} from "./chunk-K3QJIJ4O.js";
import {
  defineRule
} from "./chunk-HMR2DMW7.js";
import {
  FOLDER_LINK_REASON,
  GIT_DIR_REASON,
  NOT_REGULAR_REASON,
  RepoFiles,
  errorCode,
  readRegularFile
} from "./chunk-R2M2RDWI.js";
import {
  toPosix
} from "./chunk-6MNQEI3M.js";
import {
  decodeFile
} from "./chunk-T3EG56Z2.js";
import {
  __commonJS,
  __toESM
} from "./chunk-JRJOGWBZ.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path6) => {
      const end = path6.length - 1;
      const index = path6.lastIndexOf(
        SLASH,
        path6[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path6 : path6.slice(index + 1);
    };
    var parentOf = (path6) => {
      if (path6.charCodeAt(0) === SLASH_CODE || path6.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path6.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path6.length - 1;
      const cut = path6.lastIndexOf(
        SLASH,
        path6.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path6.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path6) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path6)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path6, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path6) : path6;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path6
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path6, originalPath, doThrow) => {
      if (!isString(path6)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path6) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path6)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path6) => {
      const first = path6.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path6.length === 1) {
        return true;
      }
      const second = path6.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path6.length === 2 || path6.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path6) {
        checkPath(
          path6,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path6 ? this._t(path6, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path6 = convertPath(target);
        if (!path6 || path6.charCodeAt(path6.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path6);
        }
        const dir2 = this._t(path6, this._testCache);
        if (dir2.ignored) {
          return dir2;
        }
        const literal2 = this._rules.testLiteral(path6);
        return literal2.ignored || literal2.unignored ? literal2 : dir2;
      }
      _t(path6, cache) {
        if (path6 in cache) {
          return cache[path6];
        }
        const parentPath = parentOf(path6);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path6] = parent && parent.ignored ? parent : this._rules.test(path6, MODE_IGNORE);
      }
      ignores(path6) {
        return this._test(path6, this._ignoreCache, convertPath(path6)).ignored;
      }
      createFilter() {
        return (path6) => !this.ignores(path6);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path6) {
        return this._test(path6, this._testCache, convertPath(path6));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path6) => checkPath(convertPath(path6), path6, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path6) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path6) || isNotRelative(path6);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/rules/lib/report.ts
function nameLoc(entity) {
  return entity.name.loc ?? entity.loc;
}
function describeEntity(entity) {
  const name = entity.name.kind === "known" ? entity.name.value : entity.name.raw ?? "(unnamed)";
  const kind = entity.kind === "topic" ? "Topic" : entity.kind === "consumerGroup" ? "Consumer group" : entity.role === "unknown" ? "Client" : entity.role.charAt(0).toUpperCase() + entity.role.slice(1);
  return `${kind} "${name}"`;
}
function spelled(field) {
  return spelling(field);
}

// src/rules/cleanup-policy-change.ts
var cleanup_policy_change_default = defineRule({
  meta: {
    id: "cleanup-policy-change",
    level: "error",
    kind: "change",
    description: "A topic's cleanup policy is not changed.",
    rationale: 'Changing the cleanup policy is risky: "compaction/delete semantics differ greatly" (handbook 18.2). Compaction keeps the latest record per key indefinitely and needs every record keyed; delete drops records by age regardless of key. Consumers built for one break under the other.',
    tags: ["change", "retention", "contract"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const bf = b.cleanupPolicy;
      const hf = h.cleanupPolicy;
      if (!bf && !hf) continue;
      if (bf && bf.kind !== "known" || hf && hf.kind !== "known") continue;
      const from = bf ? bf.value.join(",") : "delete";
      const to = hf ? hf.value.join(",") : "delete";
      if (from === to) continue;
      const fromText = bf ? `${spelled(bf)} (at ${BASE_LOCATION})` : "unset (Kafka's default, delete)";
      const toText = hf ? spelled(hf) : "unset (Kafka's default, delete)";
      ctx.report({
        entity: h,
        field: "cleanupPolicy",
        loc: hf?.loc ?? nameLoc(h),
        message: `${describeEntity(h)} changes its cleanup policy from ${fromText} to ${toText}. Delete and compact semantics differ greatly: compaction keeps only the latest record per key (and needs every record keyed), delete drops records by age regardless of key, so consumers and replays see different data than they were built for. Keep the previous policy, or create a new topic with the new policy and migrate producers and consumers to it.`,
        ...bf ? { related: [atBase(base, bf.loc, `cleanup policy at ${base.ref}`)] } : {}
      });
    }
  }
});

// src/rules/code-topic-definition.ts
var code_topic_definition_default = defineRule({
  meta: {
    id: "code-topic-definition",
    level: "error",
    kind: "static",
    description: "Topics created from code (createTopics, TopicBuilder) have a replication factor of at least 3 and a min ISR.",
    rationale: "The durability invariant holds for every critical topic, wherever it is created: replication.factor >= 3 and min.insync.replicas >= 2. A topic created by application code bypasses catalog review, so its definition is checked where it is written.",
    tags: ["durability", "client"],
    optionsSchema: {
      type: "object",
      properties: {
        minimumReplicationFactor: { type: "integer", minimum: 1, description: "Smallest acceptable replication factor." },
        minimumInsyncReplicas: { type: "integer", minimum: 1, description: "Smallest acceptable min.insync.replicas." }
      },
      additionalProperties: false
    },
    defaultOptions: { minimumReplicationFactor: 3, minimumInsyncReplicas: 2 }
  },
  check(ctx) {
    for (const topic of ctx.catalog.topics) {
      if (topic.declaredIn !== "code") continue;
      const opts = ctx.options(topic);
      if (!opts) continue;
      const rf = topic.replicationFactor;
      if (rf?.kind === "known" && rf.value !== -1 && rf.value < opts.minimumReplicationFactor) {
        ctx.report({
          entity: topic,
          field: "replicationFactor",
          loc: rf.loc,
          ...rf.origin ? { related: [{ loc: rf.origin, message: "the value is defined here" }] } : {},
          message: `${describeEntity(topic)} is created from code with replication factor ${spelled(rf)}, below ${opts.minimumReplicationFactor}: one broker failure can lose acknowledged writes or make it unavailable. Create it with at least ${opts.minimumReplicationFactor} replicas (or declare it in the catalog).`
        });
      }
      const isrField = topic.minInsyncReplicas ?? topic.config["min.insync.replicas"];
      if (!isrField) {
        ctx.report({
          entity: topic,
          field: "minInsyncReplicas",
          loc: nameLoc(topic),
          message: `${describeEntity(topic)} is created from code without \`min.insync.replicas\`, so acks=all can succeed with a single replica in sync. Add \`min.insync.replicas\` = ${opts.minimumInsyncReplicas} to its config.`
        });
      } else if (isrField.kind === "known") {
        const n = typeof isrField.value === "number" ? isrField.value : toNumber(isrField.value);
        if (n !== void 0 && n < opts.minimumInsyncReplicas) {
          ctx.report({
            entity: topic,
            field: "minInsyncReplicas",
            loc: isrField.loc,
            ...isrField.origin ? { related: [{ loc: isrField.origin, message: "the value is defined here" }] } : {},
            message: `${describeEntity(topic)} is created from code with \`min.insync.replicas\` ${spelled(isrField)}, below ${opts.minimumInsyncReplicas}: acks=all can succeed with a single replica in sync. Set it to ${opts.minimumInsyncReplicas} or more.`
          });
        }
      }
    }
  }
});

// src/model/formats.ts
var OWNERSHIP = ["owner", "classification", "retention", "drTier", "contact", "schemaOwner"];
var EVERYTHING = /* @__PURE__ */ new Set([...OWNERSHIP, "key", "replay", "offsetRecovery"]);
var NOTHING = /* @__PURE__ */ new Set();
var FORMAT_FIELDS = {
  catalog: EVERYTHING,
  strimzi: NOTHING,
  cfk: NOTHING,
  nais: NOTHING,
  topicctl: NOTHING,
  julieops: NOTHING,
  "kafka-gitops": NOTHING,
  asyncapi: NOTHING,
  terraform: NOTHING,
  properties: NOTHING,
  spring: NOTHING,
  java: NOTHING,
  typescript: NOTHING
};
var OWNERSHIP_LABELS = Object.values(LABEL_FOR_FIELD).filter((l) => l !== LABEL_FOR_FIELD.owner);
function ownershipAdopted(entity) {
  if (OWNERSHIP_LABELS.some((l) => entity.labels[l] !== void 0)) return true;
  if (entity.kind !== "topic") return false;
  return entity.classification !== void 0 || entity.drTier !== void 0 || entity.contact !== void 0 || entity.schemaOwner !== void 0;
}
function expressibleFields(entity) {
  const base = FORMAT_FIELDS[entity.format] ?? EVERYTHING;
  if (base === EVERYTHING || !ownershipAdopted(entity)) return base;
  return /* @__PURE__ */ new Set([...base, ...OWNERSHIP]);
}
function canExpress(entity, field) {
  return expressibleFields(entity).has(field);
}

// src/rules/compacted-topic-key.ts
var compacted_topic_key_default = defineRule({
  meta: {
    id: "compacted-topic-key",
    level: "error",
    kind: "static",
    description: "A compacted topic (cleanup policy includes compact) declares its message key.",
    rationale: `Compaction keeps the latest record per key, so the key is the topic's contract: "change cleanup policy" is risky because "compaction/delete semantics differ greatly". Without a declared key, producers are free to send unkeyed records (which a compacted topic rejects) or to change the key, and compaction then deletes records that were still needed.`,
    tags: ["contract", "retention"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const [topic] of ctx.topics()) {
      const cp = topic.cleanupPolicy;
      if (cp?.kind !== "known" || !cp.value.includes("compact")) continue;
      if (topic.key || !canExpress(topic, "key")) continue;
      ctx.report({
        entity: topic,
        field: "key",
        loc: cp.loc,
        message: `${describeEntity(topic)} has cleanup policy ${spelled(cp)} but declares no key: compaction keeps only the latest record per key, so an unkeyed or re-keyed producer makes Kafka reject records or delete ones that are still needed. Declare the key (\`key: <field>\`).`
      });
    }
  }
});

// src/rules/lib/client-defaults.ts
var ALIASES = {
  "enable.idempotence": ["idempotent"],
  "max.in.flight.requests.per.connection": ["maxInFlightRequests"],
  retries: ["retry.retries"],
  "enable.auto.commit": ["autoCommit"],
  "session.timeout.ms": ["sessionTimeout"],
  "heartbeat.interval.ms": ["heartbeatInterval"],
  "transactional.id": ["transactionalId"],
  "group.id": ["groupId"]
};
var JAVA = {
  acks: "all",
  "enable.idempotence": true,
  "max.in.flight.requests.per.connection": 5,
  retries: 2147483647,
  "enable.auto.commit": true,
  "session.timeout.ms": 45e3,
  "heartbeat.interval.ms": 3e3,
  "max.poll.interval.ms": 3e5,
  "security.protocol": "PLAINTEXT",
  "processing.guarantee": "at_least_once"
};
var JAVA_LEGACY = { ...JAVA, acks: "1", "enable.idempotence": false, "session.timeout.ms": 1e4 };
var LIBRDKAFKA = {
  acks: "all",
  "enable.idempotence": false,
  "max.in.flight.requests.per.connection": 1e6,
  retries: 2147483647,
  "enable.auto.commit": true,
  "session.timeout.ms": 45e3,
  "heartbeat.interval.ms": 3e3,
  "max.poll.interval.ms": 3e5,
  "security.protocol": "PLAINTEXT"
};
var KAFKAJS = {
  acks: "all",
  "enable.idempotence": false,
  retries: 5,
  "session.timeout.ms": 3e4,
  "heartbeat.interval.ms": 3e3
};
var LABEL = {
  java: "the Java client",
  spring: "Spring Kafka",
  kafkajs: "KafkaJS",
  "confluent-js": "@confluentinc/kafka-javascript",
  librdkafka: "librdkafka"
};
function libraryLabel(library) {
  return LABEL[library] ?? library;
}
function libraryDefault(library, key, opts = {}) {
  let table;
  let who = libraryLabel(library);
  if (library === "java") table = opts.legacy ? JAVA_LEGACY : JAVA;
  else if (library === "spring") {
    if (key === "enable.auto.commit") return { value: false, note: "(default for Spring Kafka when unset)" };
    table = opts.legacy ? JAVA_LEGACY : JAVA;
    who = "the Java client Spring Boot uses";
  } else if (library === "kafkajs") table = KAFKAJS;
  else if (library === "confluent-js" || library === "librdkafka") table = LIBRDKAFKA;
  const value = table?.[key];
  if (value === void 0) return void 0;
  return { value, note: `(default for ${who} when unset)` };
}
function configEntry(client, key) {
  const direct = client.config[key];
  if (direct) return { key, field: direct };
  for (const alias of ALIASES[key] ?? []) {
    const f = client.config[alias];
    if (f) return { key: alias, field: f };
  }
  return void 0;
}
function resolve(client, key, read2, opts = {}) {
  const entry = configEntry(client, key);
  if (entry) {
    const f = entry.field;
    if (f.kind !== "known") return { state: "unknown" };
    const value2 = read2(f.value);
    if (value2 === void 0) return { state: "unknown" };
    return { state: "set", value: value2, field: f, key: entry.key, loc: f.loc };
  }
  const d = libraryDefault(client.library, key, opts);
  if (!d) return { state: "unknown" };
  const value = read2(d.value);
  if (value === void 0) return { state: "unknown" };
  return { state: "default", value, note: d.note, loc: nameLoc(client) };
}
function readAcks(v) {
  const s = String(v).trim().toLowerCase();
  if (s === "all" || s === "-1") return "all";
  if (s === "0" || s === "1") return s;
  return void 0;
}
var readBoolean = (v) => toBoolean(v);
var readNumber = (v) => toNumber(v);
var readString = (v) => v === null ? void 0 : String(v).trim();
function shown(key, r) {
  if (r.state === "set") {
    const raw = r.field.raw ?? String(r.field.value);
    return r.field.origin && raw !== String(r.field.value) ? `\`${r.key}\` ${raw} (= ${JSON.stringify(r.field.value)})` : `\`${r.key}\` ${raw}`;
  }
  if (r.state === "default") return `\`${key}\` ${String(r.value)}`;
  return `\`${key}\``;
}
function defaultNote(r) {
  return r.state === "default" ? ` ${r.note}` : "";
}
function describeClient(client) {
  const name = client.name.kind === "known" ? client.name.value : "(unnamed)";
  const role = client.role === "unknown" ? "Kafka client" : client.role === "connect-worker" ? "Connect worker" : client.role === "streams" ? "Streams app" : client.role.charAt(0).toUpperCase() + client.role.slice(1);
  return `${role} "${name}"${client.profile ? ` (profile ${client.profile})` : ""}`;
}

// src/rules/lib/client-report.ts
function onceReporter(ctx) {
  const seen = /* @__PURE__ */ new Set();
  return (d) => {
    const key = `${d.loc.file}\0${d.loc.start}\0${d.loc.end}\0${d.field ?? ""}\0${d.entity && d.entity.kind === "client" ? "" : d.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    const origin = d.related ? void 0 : d.entity?.kind === "client" ? originAt(d.entity, d.loc) : void 0;
    ctx.report(origin ? { ...d, related: [{ loc: origin, message: "the value is defined here" }] } : d);
  };
}
function originAt(client, loc) {
  for (const f of Object.values(client.config)) {
    if (f.kind === "known" && f.origin && f.loc.file === loc.file && f.loc.start === loc.start && f.loc.end === loc.end) return f.origin;
  }
  return void 0;
}
function judges(client, roles, r) {
  if (roles.includes(client.role)) return r.state !== "unknown";
  return client.role === "unknown" && r.state === "set";
}

// src/rules/connect-dead-letter-queue.ts
var connect_dead_letter_queue_default = defineRule({
  meta: {
    id: "connect-dead-letter-queue",
    level: "error",
    kind: "static",
    description: "Sink connectors that tolerate errors send failed records to a dead letter queue.",
    rationale: 'With errors.tolerance=all a connector skips records it cannot convert or transform; without errors.deadletterqueue.topic.name they are silently dropped. The Connect runbook asks "Is the DLQ useful or polluted?": there has to be one to look at.',
    tags: ["client", "connect", "durability"],
    defaultOptions: {}
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client] of ctx.clients()) {
      if (client.role !== "connector") continue;
      const tolerance = resolve(client, "errors.tolerance", (v) => readString(v)?.toLowerCase());
      if (tolerance.state !== "set" || tolerance.value !== "all") continue;
      const cls = client.config["connector.class"];
      if (cls?.kind === "known" && /source/i.test(String(cls.value)) && !/sink/i.test(String(cls.value))) continue;
      const dlq = configEntry(client, "errors.deadletterqueue.topic.name");
      if (dlq && (dlq.field.kind !== "known" || String(dlq.field.value ?? "").trim() !== "")) continue;
      report2({
        entity: client,
        field: "config.errors.deadletterqueue.topic.name",
        loc: tolerance.loc,
        message: `${describeClient(client)} sets ${shown("errors.tolerance", tolerance)} without \`errors.deadletterqueue.topic.name\`: records that fail conversion or transformation are skipped and silently lost. Set \`errors.deadletterqueue.topic.name\` (and \`errors.deadletterqueue.context.headers.enable=true\`), or use \`errors.tolerance=none\`.`
      });
    }
  }
});

// src/rules/connect-internal-topics.ts
var KEYS = ["config.storage.replication.factor", "offset.storage.replication.factor", "status.storage.replication.factor"];
var connect_internal_topics_default = defineRule({
  meta: {
    id: "connect-internal-topics",
    level: "error",
    kind: "static",
    description: "Connect workers create their config, offset and status topics with a replication factor of at least 3.",
    rationale: "A Connect cluster's internal config/offset/status topics are its memory: connector configs and source offsets. With fewer than three replicas one broker failure can lose them, and connectors restart from scratch or not at all.",
    tags: ["client", "connect", "durability"],
    optionsSchema: {
      type: "object",
      properties: { minimum: { type: "integer", minimum: 1, description: "Smallest acceptable replication factor." } },
      additionalProperties: false
    },
    defaultOptions: { minimum: 3 }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, { minimum }] of ctx.clients()) {
      if (client.role !== "connect-worker") continue;
      for (const key of KEYS) {
        const rf = resolve(client, key, readNumber);
        if (rf.state !== "set" || rf.value === -1 || rf.value >= minimum) continue;
        report2({
          entity: client,
          field: `config.${key}`,
          loc: rf.loc,
          message: `${describeClient(client)} sets ${shown(key, rf)}, below ${minimum}: one broker failure can lose the worker's ${key.split(".")[0]} topic (connector configs, source offsets or task status). Set it to ${minimum} or more; the default is 3.`
        });
      }
    }
  }
});

// src/rules/consumer-auto-commit.ts
var POLL_COMMIT = /* @__PURE__ */ new Set(["java", "spring", "librdkafka"]);
var CONTAINER_ACK = /* @__PURE__ */ new Set(["manual", "manualimmediate"]);
var consumer_auto_commit_default = defineRule({
  meta: {
    id: "consumer-auto-commit",
    level: "error",
    kind: "static",
    description: "Consumers do not auto-commit offsets before their work is done.",
    rationale: "The offset safety invariant: a consumer should commit an offset only after the side effect for all previous records in that partition is durably complete. Auto-commit commits whatever poll() returned on a timer, so a crash after the commit and before the work skips records for good.",
    tags: ["client", "offsets"],
    defaultOptions: {}
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client] of ctx.clients()) {
      if (!POLL_COMMIT.has(client.library)) continue;
      const ackMode = client.config["spring.kafka.listener.ack-mode"];
      if (ackMode?.kind === "known" && CONTAINER_ACK.has(String(ackMode.value).toLowerCase().replace(/[-_]/g, ""))) continue;
      const auto = resolve(client, "enable.auto.commit", readBoolean);
      if (!judges(client, ["consumer"], auto) || auto.state === "unknown" || !auto.value) continue;
      const fix = client.library === "spring" ? "Remove the setting so that the listener container commits after processing" : "Set `enable.auto.commit=false` and commit (commitSync) after the records are processed";
      report2({
        entity: client,
        field: "config.enable.auto.commit",
        loc: auto.loc,
        message: `${describeClient(client)} auto-commits offsets (${shown("enable.auto.commit", auto).replace(/^`enable.auto.commit` /, "enable.auto.commit=")})${defaultNote(auto)}: offsets are committed on a timer during poll(), before the records are processed, so a crash after a commit loses those records. A consumer must commit an offset only after the side effect of every earlier record in the partition is durably complete. ${fix}.`
      });
    }
  }
});

// src/rules/dr-tier.ts
var dr_tier_default = defineRule({
  meta: {
    id: "dr-tier",
    level: "warning",
    kind: "static",
    description: "A topic's DR tier (drTier or x-dr-tier) is one of the known tiers (tier-0 .. tier-3).",
    rationale: 'RTO and RPO are business inputs: "a regulatory audit pipeline, fraud decision pipeline, and marketing analytics pipeline do not need the same DR tier". The tier decides replication, offset recovery and failover order, so a tier nobody defined (`tier1`, `gold`) silently leaves the topic out of every DR plan.',
    tags: ["ownership", "disaster-recovery"],
    optionsSchema: {
      type: "object",
      properties: {
        tiers: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1, uniqueItems: true, description: "The DR tiers your platform defines." }
      },
      additionalProperties: false
    },
    defaultOptions: { tiers: ["tier-0", "tier-1", "tier-2", "tier-3"] }
  },
  check(ctx) {
    for (const [topic, { tiers }] of ctx.topics()) {
      const label = LABEL_FOR_FIELD.drTier;
      const f = drTierOf(topic);
      if (f?.kind !== "known" || tiers.includes(f.value)) continue;
      const near = didYouMean(f.value, tiers);
      const which = topic.drTier ? "DR tier" : label;
      ctx.report({
        entity: topic,
        field: "drTier",
        loc: f.loc,
        message: `${describeEntity(topic)} has ${which} ${spelled(f)}, which is not a tier the platform defines (${tiers.join(", ")}): the topic falls out of every DR plan, failover order and recovery test. ${near ? `Did you mean "${near}"? ` : ""}Use one of the defined tiers.`
      });
    }
  }
});

// src/rules/dr-tier-downgrade.ts
var tierNumber = (s) => {
  const m = /^tier-?(\d+)$/i.exec(s.trim());
  return m ? Number(m[1]) : void 0;
};
var dr_tier_downgrade_default = defineRule({
  meta: {
    id: "dr-tier-downgrade",
    level: "warning",
    kind: "change",
    description: "A topic's DR tier does not move to a less critical tier without review.",
    rationale: 'RTO and RPO are business inputs: "engineering cannot choose RTO/RPO alone", and the DR tier encodes that decision (handbook 24.3). Moving a topic to a less critical tier weakens its replication, failover and recovery commitments, which its consumers rely on.',
    tags: ["change", "disaster-recovery", "ownership"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const bf = drTierOf(b);
      const hf = drTierOf(h);
      if (!bf || !hf || bf.kind !== "known" || hf.kind !== "known") continue;
      const from = tierNumber(bf.value);
      const to = tierNumber(hf.value);
      if (from === void 0 || to === void 0 || to <= from) continue;
      ctx.report({
        entity: h,
        field: "drTier",
        loc: hf.loc,
        message: `${describeEntity(h)} moves from DR tier ${spelled(bf)} (at ${BASE_LOCATION}) to the less critical ${spelled(hf)}. Its recovery point and recovery time commitments, replication and failover priority weaken, and consumers that depend on the old tier lose them. RTO/RPO are business decisions: have the owner and the consuming teams approve the downgrade, or keep the tier.`,
        related: [atBase(base, bf.loc, `DR tier at ${base.ref}`)]
      });
    }
  }
});

// src/rules/duplicate-topic.ts
var duplicate_topic_default = defineRule({
  meta: {
    id: "duplicate-topic",
    level: "error",
    kind: "static",
    crossFile: true,
    description: "A topic is defined only once in the catalog.",
    rationale: "Two definitions of one topic disagree sooner or later, and whichever is applied last silently wins: ownership, retention and partitions stop being reviewable.",
    tags: ["ownership"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const named of ctx.index.repeatedNames()) {
      const definitions = named.filter((t) => t.declaredIn === "catalog" && ctx.options(t) !== void 0);
      const first = firstOnCluster(definitions);
      definitions.forEach((topic, i) => {
        const prior = first[i];
        if (prior !== void 0) report(ctx, topic, definitions[prior]);
      });
    }
  }
});
function firstOnCluster(defs) {
  const byCluster = /* @__PURE__ */ new Map();
  const byFile = /* @__PURE__ */ new Map();
  const unknownByFile = /* @__PURE__ */ new Map();
  return defs.map((t, i) => {
    const unknown = t.cluster?.kind === "unknown";
    const key = t.cluster?.kind === "known" ? `k:${t.cluster.value}` : "none";
    const candidates = unknown ? [byFile.get(t.file)] : [byCluster.get(key), unknownByFile.get(t.file)];
    const found = candidates.filter((c) => c !== void 0);
    if (!byFile.has(t.file)) byFile.set(t.file, i);
    if (unknown && !unknownByFile.has(t.file)) unknownByFile.set(t.file, i);
    if (!unknown && !byCluster.has(key)) byCluster.set(key, i);
    return found.length ? Math.min(...found) : void 0;
  });
}
function report(ctx, topic, prior) {
  ctx.report({
    entity: topic,
    field: `definition:${topic.file}`,
    loc: nameLoc(topic),
    message: `${describeEntity(topic)} is already defined in ${prior.file}${onCluster(topic)}. Keep one definition and delete this one, or rename it if it is a different topic.`,
    related: [{ loc: nameLoc(prior), message: "first definition" }]
  });
}
function onCluster(topic) {
  return topic.cluster?.kind === "known" ? ` on cluster \`${topic.cluster.value}\`` : "";
}

// src/rules/expired-waiver.ts
var expired_waiver_default = defineRule({
  meta: {
    id: "expired-waiver",
    level: "error",
    kind: "meta",
    description: "Waivers stop applying when they expire; one expiring within 14 days is a warning.",
    rationale: "Exceptions are recorded with an owner and an expiry so that they are revisited: an expired waiver means a risk accepted for a limited time is now unowned. The findings it covered are reported again.",
    tags: ["exceptions"],
    defaultOptions: {}
  },
  check() {
  }
});

// src/rules/key-change.ts
var key_change_default = defineRule({
  meta: {
    id: "key-change",
    level: "error",
    kind: "change",
    description: "The declared message key of an existing topic does not change.",
    rationale: 'The key decides the partition and with it the only ordering Kafka gives ("Kafka ordering is per partition"), and for compacted topics which records survive. The key is part of what the producing team owns and reviews (handbook 4: "schema, retention, compaction, key, SLA"); changing it on a live topic mixes two orderings and two compaction identities in one log.',
    tags: ["change", "ordering", "contract"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const bk = b.key;
      const hk = h.key;
      if (!bk || bk.kind !== "known" || bk.value.trim() === "") continue;
      if (hk && hk.kind !== "known") continue;
      if (hk && hk.value.trim() === bk.value.trim()) continue;
      const why = "The key decides which partition a record goes to, and so per-key ordering and, on compacted topics, which records survive: records keyed the old way and the new way interleave in one log. Keep the key, or publish the new keying on a new topic version and migrate consumers to it.";
      ctx.report({
        entity: h,
        field: "key",
        loc: hk?.loc ?? nameLoc(h),
        message: hk ? `${describeEntity(h)} changes its key from ${spelled(bk)} (at ${BASE_LOCATION}) to ${spelled(hk)}. ${why}` : `${describeEntity(h)} no longer declares its key ${spelled(bk)} (at ${BASE_LOCATION}). ${why}`,
        related: [atBase(base, bk.loc, `key at ${base.ref}`)]
      });
    }
  }
});

// src/rules/max-poll-interval.ts
var KEYS2 = ["max.poll.interval.ms", "consumer.max.poll.interval.ms", "main.consumer.max.poll.interval.ms"];
var max_poll_interval_default = defineRule({
  meta: {
    id: "max-poll-interval",
    level: "warning",
    kind: "static",
    description: "Consumers keep max.poll.interval.ms at or below 15 minutes.",
    rationale: "Increasing max.poll.interval.ms blindly can hide the problem: it may reduce rebalances but increases the time to detect a stuck consumer. Reduce processing time per poll (lower max.poll.records, a bounded worker pool) instead.",
    tags: ["client", "liveness"],
    optionsSchema: {
      type: "object",
      properties: { maximumMs: { type: "integer", minimum: 1, description: "Largest acceptable max.poll.interval.ms." } },
      additionalProperties: false
    },
    defaultOptions: { maximumMs: 9e5 }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, { maximumMs }] of ctx.clients()) {
      if (!["consumer", "streams", "unknown", "connect-worker"].includes(client.role)) continue;
      for (const key of KEYS2) {
        const r = resolve(client, key, readNumber);
        if (r.state !== "set" || r.value <= maximumMs) continue;
        report2({
          entity: client,
          field: `config.${key}`,
          loc: r.loc,
          message: `${describeClient(client)} sets ${shown(key, r)} (${describeMs(r.value)}), above ${describeMs(maximumMs)}: a consumer stuck in processing keeps its partitions that long before the group notices, and lag grows unseen. Lower it and make each poll cheaper (smaller \`max.poll.records\`, a bounded worker pool).`
        });
      }
    }
  }
});

// src/rules/metadata-consistency.ts
var COMPARED = ["owner", "classification", "drTier", "schemaOwner", "contact"];
var norm = (s) => s.trim().toLowerCase();
var metadata_consistency_default = defineRule({
  meta: {
    id: "metadata-consistency",
    level: "warning",
    kind: "static",
    description: "A typed ownership field and its x-label, when both are present, agree.",
    rationale: "The handbook encodes ownership as metadata (x-topic-owner, x-data-classification, x-dr-tier, x-schema-owner, x-contact). When an entry carries both the typed field and the x-label and they differ, tools and people read different owners, classifications or DR tiers, and incident response pages the wrong team.",
    tags: ["ownership"],
    defaultOptions: {}
  },
  check(ctx) {
    const visit = (entity) => {
      if (entity.kind === "client") return;
      for (const field of COMPARED) {
        if (entity.kind === "consumerGroup" && field !== "owner") continue;
        const t = entity[field];
        const label = LABEL_FOR_FIELD[field];
        const l = entity.labels[label];
        if (t?.kind !== "known" || l?.kind !== "known") continue;
        if (norm(t.value) === norm(l.value)) continue;
        ctx.report({
          entity,
          field: `labels.${label}`,
          loc: l.loc,
          related: [{ loc: t.loc, message: `${field} is ${spelled(t)} here` }],
          message: `${describeEntity(entity)} has ${label} ${spelled(l)} but ${field} ${spelled(t)}: tools and people reading one or the other disagree about the entry. Make them equal, or remove the label and keep the typed field.`
        });
      }
    };
    for (const [topic] of ctx.topics()) visit(topic);
    for (const [group] of ctx.consumerGroups()) visit(group);
  }
});

// src/rules/min-insync-replicas.ts
var min_insync_replicas_default = defineRule({
  meta: {
    id: "min-insync-replicas",
    level: "error",
    kind: "static",
    description: "Topics declare min.insync.replicas (typed field or topic config) of at least 2.",
    rationale: "The durability invariant asks for `min.insync.replicas >= 2` on critical topics: with `acks=all`, a write is then acknowledged only once at least two replicas have it, so an acknowledged write never depends on exactly one broker. With 1 (the broker default), `acks=all` degrades to a single copy whenever the ISR shrinks.",
    tags: ["durability"],
    optionsSchema: {
      type: "object",
      properties: { minimum: { type: "integer", minimum: 1, description: "Smallest acceptable min.insync.replicas." } },
      additionalProperties: false
    },
    defaultOptions: { minimum: 2 }
  },
  check(ctx) {
    for (const [topic, { minimum }] of ctx.topics()) {
      const isr = topic.minInsyncReplicas;
      if (!isr) {
        ctx.report({
          entity: topic,
          field: "minInsyncReplicas",
          loc: nameLoc(topic),
          message: `${describeEntity(topic)} declares no min.insync.replicas, so it gets the broker default (usually 1): with acks=all an acknowledged write can then live on a single broker. Set \`minInsyncReplicas: ${minimum}\` (or \`config: { min.insync.replicas: ${minimum} }\`).`
        });
      } else if (isr.kind === "known" && isr.value < minimum) {
        ctx.report({
          entity: topic,
          field: "minInsyncReplicas",
          loc: isr.loc,
          message: `${describeEntity(topic)} has min.insync.replicas ${spelled(isr)}, below the minimum of ${minimum}: an acks=all write is acknowledged as soon as fewer than ${minimum} replicas have it, so one broker failure can lose it. Raise it to at least ${minimum}.`
        });
      }
    }
  }
});

// src/rules/min-isr-change.ts
var KAFKA_DEFAULT = 1;
var min_isr_change_default = defineRule({
  meta: {
    id: "min-isr-change",
    level: "warning",
    kind: "change",
    description: "A change to a topic's min ISR is flagged for review; lowering it is the worse direction.",
    rationale: 'Changing min ISR is risky: it "changes the durability/availability trade-off" (handbook 18.2). Lowered, fewer replicas acknowledge an acks=all write, so fewer failures lose data ("do not reduce min.insync.replicas without explicit incident commander approval"); raised, producers get NotEnoughReplicas sooner when brokers fail.',
    tags: ["change", "durability"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      if (!b.minInsyncReplicas && !h.minInsyncReplicas) continue;
      if (b.minInsyncReplicas && b.minInsyncReplicas.kind !== "known" || h.minInsyncReplicas && h.minInsyncReplicas.kind !== "known") continue;
      const from = knownValue(b.minInsyncReplicas) ?? KAFKA_DEFAULT;
      const to = knownValue(h.minInsyncReplicas) ?? KAFKA_DEFAULT;
      if (from === to) continue;
      const fromText = b.minInsyncReplicas ? `${spelled(b.minInsyncReplicas)} (at ${BASE_LOCATION})` : `unset (the broker default, ${KAFKA_DEFAULT} unless the broker sets min.insync.replicas)`;
      const toText = h.minInsyncReplicas ? spelled(h.minInsyncReplicas) : `unset (the broker default, ${KAFKA_DEFAULT} unless the broker sets min.insync.replicas)`;
      const rf = knownValue(h.replicationFactor);
      const message = to < from ? `${describeEntity(h)} lowers min ISR from ${fromText} to ${toText}. Lowered is the worse direction: an acks=all write is acknowledged by fewer in-sync replicas, so fewer broker failures can lose acknowledged data. The handbook says not to reduce min.insync.replicas without explicit incident commander approval: keep the previous value, or record that approval in the pull request.` : `${describeEntity(h)} raises min ISR from ${fromText} to ${toText}. Raised is safer for durability but costs availability: acks=all producers get NotEnoughReplicas errors as soon as fewer than ${to} replicas are in sync` + (rf !== void 0 ? ` (with replication factor ${rf}, after ${Math.max(0, rf - to + 1)} broker failure${rf - to + 1 === 1 ? "" : "s"})` : "") + ". Check that the replication factor leaves headroom for maintenance and that producers handle the error before merging.";
      ctx.report({
        entity: h,
        field: "minInsyncReplicas",
        loc: h.minInsyncReplicas?.loc ?? nameLoc(h),
        message,
        ...b.minInsyncReplicas ? { related: [atBase(base, b.minInsyncReplicas.loc, `min ISR at ${base.ref}`)] } : {}
      });
    }
  }
});

// src/rules/min-isr-vs-replication.ts
var min_isr_vs_replication_default = defineRule({
  meta: {
    id: "min-isr-vs-replication",
    level: "error",
    kind: "static",
    description: "min.insync.replicas is lower than the replication factor.",
    rationale: "The durability invariant pairs `replication.factor >= 3` with `min.insync.replicas >= 2`: the gap between them is the number of brokers that may be down (maintenance, failure) while `acks=all` producers can still write. With min ISR equal to the replication factor, one broker down blocks every `acks=all` write (NotEnoughReplicas); above it, the topic can never be written with `acks=all`.",
    tags: ["durability", "availability"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const [topic] of ctx.topics()) {
      const isr = topic.minInsyncReplicas;
      const rf = topic.replicationFactor;
      if (isr?.kind !== "known" || rf?.kind !== "known") continue;
      if (isr.value < rf.value) continue;
      const equal = isr.value === rf.value;
      ctx.report({
        entity: topic,
        field: "minInsyncReplicas",
        loc: isr.loc,
        related: [{ loc: rf.loc, message: `replication factor ${spelled(rf)}` }],
        message: equal ? `${describeEntity(topic)} has min.insync.replicas ${spelled(isr)}, equal to its replication factor ${spelled(rf)}: a single broker down (failure or a rolling restart) blocks every acks=all write with NotEnoughReplicas. Keep min.insync.replicas below the replication factor: raise the replication factor to ${isr.value + 1}${rf.value - 1 >= 2 ? `, or lower min.insync.replicas to ${rf.value - 1}` : ""}.` : `${describeEntity(topic)} has min.insync.replicas ${spelled(isr)}, above its replication factor ${spelled(rf)}: there can never be that many in-sync replicas, so every acks=all write fails. Lower min.insync.replicas below the replication factor, or raise the replication factor.`
      });
    }
  }
});

// src/rules/offset-recovery.ts
function tierField(topic) {
  return drTierOf(topic);
}
var offset_recovery_default = defineRule({
  meta: {
    id: "offset-recovery",
    level: "warning",
    kind: "static",
    crossFile: true,
    description: "Consumer groups of tier-0/tier-1 topics declare an offsetRecovery strategy.",
    rationale: `"Consumer offsets are operational state. DR must decide how to handle them": replicate offsets, reset to earliest (duplicate side effects), reset to latest (data loss from the consumer's view), a domain checkpoint, or manual mapping. "For critical consumers, offset recovery must be tested with real application behavior", which starts with writing the strategy down.`,
    tags: ["disaster-recovery", "consumer"],
    optionsSchema: {
      type: "object",
      properties: {
        tiers: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true, description: "DR tiers whose consumer groups must declare offsetRecovery." }
      },
      additionalProperties: false
    },
    defaultOptions: { tiers: ["tier-0", "tier-1"] }
  },
  check(ctx) {
    for (const [group, { tiers }] of ctx.consumerGroups()) {
      if (group.offsetRecovery || !canExpress(group, "offsetRecovery")) continue;
      const consumed = /* @__PURE__ */ new Map();
      for (const f of group.topics) {
        if (f.kind !== "known") continue;
        const t = ctx.index.topicsNamed(f.value)[0];
        if (t) consumed.set(f.value, t);
      }
      if (group.name.kind === "known") {
        for (const t of ctx.index.topicsListing(group.name.value)) if (t.name.kind === "known") consumed.set(t.name.value, t);
      }
      const critical = [];
      for (const [name, t] of consumed) {
        const tier = tierField(t);
        if (tier?.kind === "known" && tiers.includes(tier.value)) critical.push({ name, tier });
      }
      if (critical.length === 0) continue;
      const related = critical.map((c) => ({ loc: c.tier.loc, message: `"${c.name}" is ${c.tier.value}` }));
      const list = critical.map((c) => `"${c.name}" (${c.tier.value})`).join(", ");
      ctx.report({
        entity: group,
        field: "offsetRecovery",
        loc: nameLoc(group),
        related,
        message: `${describeEntity(group)} consumes ${list} but declares no offsetRecovery: after a DR failover nobody knows whether it resumes from replicated offsets, replays from the earliest offset (duplicate side effects) or skips to the latest (lost records). Declare \`offsetRecovery:\` (replicate-offsets, reset-earliest, reset-latest, domain-checkpoint or manual) and test it in a DR drill.`
      });
    }
  }
});

// src/rules/ownership-change.ts
var ownership_change_default = defineRule({
  meta: {
    id: "ownership-change",
    level: "note",
    kind: "change",
    description: "A change of owner is pointed out so that both teams review it.",
    rationale: `Ownership must be encoded in metadata, because "if ownership lives only in people's heads, incident response becomes archaeology" (handbook 4). A new owner takes over schema, retention, compaction, key and SLA decisions and the on-call; both the old and the new team should approve the handover.`,
    tags: ["change", "ownership"],
    defaultOptions: {}
  },
  check(ctx) {
    const base = ctx.base;
    if (!base) return;
    const changes = compareCatalogs(base.catalog, ctx.catalog);
    const pairs = [...changes.topics, ...changes.groups];
    for (const { base: b, head: h } of pairs) {
      if (b === h || !ctx.options(h)) continue;
      const bf = ownerOf(b);
      const hf = ownerOf(h);
      if (!bf || !hf || bf.kind !== "known" || hf.kind !== "known" || bf.value.trim() === hf.value.trim()) continue;
      ctx.report({
        entity: h,
        field: "owner",
        loc: hf.loc,
        message: `${describeEntity(h)} changes owner from ${spelled(bf)} (at ${BASE_LOCATION}) to ${spelled(hf)}. The owner answers for its schema, retention, key and on-call; a handover nobody agreed to leaves an orphan. Have reviewers from both ${spelled(bf)} and ${spelled(hf)} approve this change.`,
        related: [atBase(base, bf.loc, `owner at ${base.ref}`)]
      });
    }
  }
});

// src/rules/ownership-metadata.ts
var ownership_metadata_default = defineRule({
  meta: {
    id: "ownership-metadata",
    level: "warning",
    kind: "static",
    description: "Topics declare owner, classification, retention, DR tier and contact; consumer groups declare an owner.",
    rationale: `"Kafka becomes dangerous when everyone can create topics but nobody owns them." The handbook requires ownership to be encoded in metadata (x-topic-owner, x-data-classification, x-retention-policy, x-dr-tier, x-contact): a topic belongs to its producing domain team, a consumer group to its consuming team. "If ownership lives only in people's heads, incident response becomes archaeology."`,
    tags: ["ownership"],
    optionsSchema: {
      type: "object",
      properties: {
        required: {
          type: "array",
          items: { enum: OWNERSHIP_FIELDS },
          uniqueItems: true,
          description: "Ownership fields every topic must declare, as a typed field or its x-label."
        }
      },
      additionalProperties: false
    },
    defaultOptions: { required: ["owner", "classification", "retention", "drTier", "contact"] }
  },
  check(ctx) {
    for (const [topic, { required }] of ctx.topics()) {
      const missing = required.filter((f) => canExpress(topic, f) && !typedOwnershipField(topic, f) && !ownershipLabel(topic, f) && !(f === "retention" && topic.config["retention.ms"]));
      if (missing.length === 0) continue;
      const list = missing.map((f) => `${f} (or ${LABEL_FOR_FIELD[f]})`).join(", ");
      ctx.report({
        entity: topic,
        field: "ownership",
        loc: nameLoc(topic),
        message: `${describeEntity(topic)} does not declare ${list}. Without them nobody can tell during an incident who owns the topic, how sensitive its data is, how long it must be kept or how it must be recovered. Add the missing field${missing.length === 1 ? "" : "s"} to the entry.`
      });
    }
    for (const [group] of ctx.consumerGroups()) {
      if (ownerOf(group) || !canExpress(group, "owner")) continue;
      ctx.report({
        entity: group,
        field: "owner",
        loc: nameLoc(group),
        message: `${describeEntity(group)} declares no owner (or ${LABEL_FOR_FIELD.owner}): nobody is on the hook for its lag, idempotency, retries and DLQ. Add \`owner: <consuming team>\`.`
      });
    }
  }
});

// src/rules/lib/problems.ts
function reportProblems(ctx, ruleId) {
  for (const p of ctx.catalog.problems) {
    if (p.ruleId !== ruleId) continue;
    if (ctx.options(p.loc.file) === void 0) continue;
    ctx.report({
      loc: p.loc,
      message: p.message,
      ...p.entityName !== void 0 ? { entityName: p.entityName } : {},
      ...p.field ? { field: p.field } : {}
    });
  }
}

// src/rules/parse-error.ts
var parse_error_default = defineRule({
  meta: {
    id: "parse-error",
    level: "error",
    kind: "meta",
    description: "A file cannot be parsed; the other files are still linted.",
    rationale: "A catalog file that does not parse is a catalog nobody can review or apply; it usually hides every other problem in it.",
    tags: ["input"],
    defaultOptions: {}
  },
  check(ctx) {
    reportProblems(ctx, "parse-error");
  }
});

// src/rules/partition-decrease.ts
var partition_decrease_default = defineRule({
  meta: {
    id: "partition-decrease",
    level: "error",
    kind: "change",
    description: "A topic's partition count is never decreased.",
    rationale: `Kafka cannot remove partitions from a topic: decreasing partitions is "no normal direct operation" and "requires new topic/migration pattern" (handbook 18.2). Tools react badly: Terraform's Kafka provider destroys and recreates the topic, losing its data and consumer offsets.`,
    tags: ["change", "availability"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const from = knownValue(b.partitions);
      const to = knownValue(h.partitions);
      if (from === void 0 || to === void 0 || to >= from || !h.partitions || !b.partitions) continue;
      ctx.report({
        entity: h,
        field: "partitions",
        loc: h.partitions.loc,
        message: `${describeEntity(h)} goes from ${spelled(b.partitions)} partitions (at ${BASE_LOCATION}) down to ${spelled(h.partitions)}. Kafka cannot remove partitions: the change fails, or a tool such as Terraform's Kafka provider destroys and recreates the topic, losing all its records and consumer offsets. Keep ${spelled(b.partitions)} partitions, or create a new topic with ${spelled(h.partitions)} partitions and migrate producers and consumers to it.`,
        related: [atBase(base, b.partitions.loc, `partitions at ${base.ref}`)]
      });
    }
  }
});

// src/rules/partition-increase-keyed.ts
var partition_increase_keyed_default = defineRule({
  meta: {
    id: "partition-increase-keyed",
    level: "error",
    kind: "change",
    description: "Partitions are not increased on a keyed or compacted topic.",
    rationale: 'Kafka ordering is per partition, and a key is placed by hashing it over the partition count. Increasing partitions changes future key distribution, so ordering assumptions break (handbook 18.2: "increase partitions: sometimes safe"; "do not increase partitions on a keyed topic without checking ordering and key distribution consequences").',
    tags: ["change", "ordering"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const from = knownValue(b.partitions);
      const to = knownValue(h.partitions);
      if (from === void 0 || to === void 0 || to <= from || !h.partitions || !b.partitions) continue;
      const key = h.key && h.key.kind !== "invalid" ? h.key : b.key && b.key.kind !== "invalid" ? b.key : void 0;
      const compacted = (knownValue(h.cleanupPolicy) ?? knownValue(b.cleanupPolicy) ?? []).includes("compact");
      if (!key && !compacted) continue;
      const what = [key ? `keyed by ${spelled(key)}` : "", compacted ? "compacted" : ""].filter(Boolean).join(" and ");
      ctx.report({
        entity: h,
        field: "partitions",
        loc: h.partitions.loc,
        message: `${describeEntity(h)} goes from ${spelled(b.partitions)} partitions (at ${BASE_LOCATION}) to ${spelled(h.partitions)}, and it is ${what}. Kafka places a key by hashing it over the partition count, so after the increase existing keys land on other partitions: per-key ordering breaks between old and new records${compacted ? ", and compaction keeps an old value of a key on its former partition beside the new one" : ""}. Keep ${spelled(b.partitions)} partitions, or create a new topic with ${spelled(h.partitions)} partitions and migrate producers and consumers to it; if ordering and key placement truly do not matter, have the owning team approve and suppress this finding with a reason.`,
        related: [atBase(base, b.partitions.loc, `partitions at ${base.ref}`)]
      });
    }
  }
});

// src/rules/plaintext-secret.ts
var SECRET_KEY = /(password|passwd|secret|api\.?key|user\.info$)/i;
var NOT_SECRET = /(\.(location|type|file|path|class|source|algorithm|provider|providers|enable|enabled)$|credentials\.source$)/i;
var JAAS_SECRET = /\b(password|secret|clientSecret|client_secret)\s*=\s*("([^"]*)"|'([^']*)'|([^\s;"']+))/gi;
function jaasLiteral(value) {
  for (const m of value.matchAll(JAAS_SECRET)) {
    const v = m[3] ?? m[4] ?? m[5] ?? "";
    if (v !== "" && !isPlaceholder(v)) return m[1];
  }
  return void 0;
}
function literal(field) {
  if (field.kind !== "known" || field.value === null || typeof field.value === "boolean") return void 0;
  const s = String(field.value).trim();
  return s === "" || isPlaceholder(s) ? void 0 : s;
}
var plaintext_secret_default = defineRule({
  meta: {
    id: "plaintext-secret",
    level: "error",
    kind: "static",
    description: "Client configs do not hold literal passwords, secrets or JAAS credentials.",
    rationale: 'Credentials are operational assets with an owner and a rotation plan ("Did credentials rotate?" is a standard Connect runbook question). A password committed to a config file is readable by everyone with repository access, survives in history, and turns every rotation into a code change.',
    tags: ["client", "security"],
    defaultOptions: {}
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client] of ctx.clients()) {
      for (const [key, field] of Object.entries(client.config)) {
        const value = literal(field);
        if (value === void 0 || field.kind !== "known") continue;
        let what;
        if (/(^|\.)sasl\.jaas\.config$/i.test(key)) {
          const opt = jaasLiteral(value);
          if (opt) what = `\`${key}\` has a literal \`${opt}\``;
        } else if (SECRET_KEY.test(key) && !NOT_SECRET.test(key)) {
          what = `\`${key}\` holds a literal value`;
        }
        if (!what) continue;
        report2({
          entity: client,
          field: `config.${key}`,
          loc: field.loc,
          message: `${describeClient(client)}: ${what}: anyone who can read the repository (or any copy of it) has the credential, and rotating it needs a code change. Read it from the environment or a secret store instead (\`\${KAFKA_PASSWORD}\`, a Connect config provider such as \`\${file:/secrets.properties:password}\`).`
        });
      }
    }
  }
});

// src/rules/plaintext-transport.ts
var PLAIN = /* @__PURE__ */ new Set(["PLAINTEXT", "SASL_PLAINTEXT"]);
var plaintext_transport_default = defineRule({
  meta: {
    id: "plaintext-transport",
    level: "warning",
    kind: "static",
    description: "Clients of confidential or restricted topics connect over TLS.",
    rationale: "Data classification (x-data-classification: confidential) is encoded in topic metadata so that it can be enforced. A client using PLAINTEXT or SASL_PLAINTEXT sends those records, and with SASL_PLAINTEXT its credentials, unencrypted over the network.",
    tags: ["client", "security"],
    crossFile: true,
    optionsSchema: {
      type: "object",
      properties: {
        classifications: { type: "array", items: { type: "string" }, minItems: 1, description: "Classifications that require an encrypted transport." }
      },
      additionalProperties: false
    },
    defaultOptions: { classifications: ["confidential", "restricted"] }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, { classifications }] of ctx.clients()) {
      const wanted = new Set(classifications.map((c) => c.toLowerCase()));
      const sensitive = [];
      for (const f of [...client.produces, ...client.consumes]) {
        if (f.kind !== "known") continue;
        const topic = ctx.index.topicsNamed(f.value)[0];
        const cls = topic?.classification;
        if (!topic || cls?.kind !== "known" || !wanted.has(cls.value.toLowerCase())) continue;
        if (sensitive.some((s) => s.name === f.value)) continue;
        sensitive.push({ name: f.value, classification: cls.value, related: { loc: cls.loc, message: `topic "${f.value}" is classified ${cls.value} here` } });
      }
      if (sensitive.length === 0) continue;
      const protocol = resolve(client, "security.protocol", (v) => readString(v)?.toUpperCase());
      if (protocol.state === "unknown" || !PLAIN.has(protocol.value)) continue;
      if (protocol.state === "default" && (client.library === "kafkajs" || client.library === "confluent-js")) continue;
      const list = sensitive.map((s) => `"${s.name}" (${s.classification})`).join(", ");
      report2({
        entity: client,
        field: "config.security.protocol",
        loc: protocol.loc,
        related: sensitive.map((s) => s.related),
        message: `${describeClient(client)} connects with ${shown("security.protocol", protocol)}${defaultNote(protocol)} but reads or writes ${list}: those records${protocol.value === "SASL_PLAINTEXT" ? " and the client's credentials" : ""} cross the network unencrypted. Use \`security.protocol=SSL\` or \`SASL_SSL\`.`
      });
    }
  }
});

// src/rules/policy-weakened.ts
var policy_weakened_default = defineRule({
  meta: {
    id: "policy-weakened",
    level: "error",
    kind: "change",
    description: "A pull request does not turn a rule off, lower its level, relax its options or add a waiver without a finding.",
    rationale: "A pull request must not be able to quietly weaken the policy that judges it. Policies, topic policies and compatibility rules are the contract plane of the platform; an exception has to be visible to the platform team that owns the policy, not hidden in the same diff as the change it excuses.",
    tags: ["change", "security", "policy"],
    defaultOptions: {}
  },
  // Findings come from `comparePolicies`, run by the lint API on topiclint's own files in --base mode.
  check() {
  }
});

// src/rules/producer-acks.ts
var producer_acks_default = defineRule({
  meta: {
    id: "producer-acks",
    level: "error",
    kind: "static",
    description: "Producers write with acks=all (-1).",
    rationale: "The durability invariant: producer.acks = all, so that a write acknowledged by the producer does not depend on exactly one broker. With acks=1 the leader alone acknowledges; with acks=0 nobody does, and a leader failure loses acknowledged records.",
    tags: ["client", "durability"],
    optionsSchema: {
      type: "object",
      properties: {
        legacyClientDefaults: { type: "boolean", description: "Judge Java and Spring clients by the defaults of Kafka clients before 3.0 (acks=1)." }
      },
      additionalProperties: false
    },
    defaultOptions: { legacyClientDefaults: false }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, opts] of ctx.clients()) {
      const acks = resolve(client, "acks", readAcks, { legacy: opts.legacyClientDefaults });
      if (!judges(client, ["producer"], acks) || acks.state === "unknown" || acks.value === "all") continue;
      const who = acks.value === "0" ? "no broker at all acknowledges a write" : "only the partition leader acknowledges a write";
      report2({
        entity: client,
        field: "config.acks",
        loc: acks.loc,
        message: `${describeClient(client)} writes with ${shown("acks", acks)}${defaultNote(acks)}: ${who}, so a leader failure before the followers copy it loses records the producer was told are written. Set \`acks\` to \`all\` (durability invariant: producer.acks = all).`
      });
    }
  }
});

// src/rules/producer-idempotence.ts
var producer_idempotence_default = defineRule({
  meta: {
    id: "producer-idempotence",
    level: "error",
    kind: "static",
    description: "Producers keep idempotence on, explicitly or through settings that do not silently turn it off.",
    rationale: 'Without idempotence a retried send can write a record twice and reorder records within a partition. The handbook: "Do not disable idempotence to reduce errors." The Java client (Kafka 3.0+) enables it by default but silently drops it when acks is not all, retries is 0 or more than 5 requests are in flight.',
    tags: ["client", "durability"],
    optionsSchema: {
      type: "object",
      properties: {
        legacyClientDefaults: { type: "boolean", description: "Judge Java and Spring clients by the defaults of Kafka clients before 3.0 (idempotence off)." },
        maxInFlight: { type: "integer", minimum: 1, description: "Most in-flight requests idempotence allows." }
      },
      additionalProperties: false
    },
    defaultOptions: { legacyClientDefaults: false, maxInFlight: 5 }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, opts] of ctx.clients()) {
      const legacy = { legacy: opts.legacyClientDefaults };
      const idem = resolve(client, "enable.idempotence", readBoolean, legacy);
      if (!judges(client, ["producer"], idem) || idem.state === "unknown") continue;
      const name = describeClient(client);
      if (!idem.value) {
        const fix = client.library === "kafkajs" ? "Set `idempotent: true` (with `acks: -1`)" : "Set `enable.idempotence=true`";
        report2({
          entity: client,
          field: "config.enable.idempotence",
          loc: idem.loc,
          message: idem.state === "set" ? `${name} turns idempotence off with ${shown("enable.idempotence", idem)}: a retried send can write a record twice and reorder records within a partition. Remove the setting or set it to true; do not disable idempotence to reduce errors.` : `${name} runs without idempotence${defaultNote(idem)}: a retried send can write a record twice and reorder records within a partition. ${fix}.`
        });
        continue;
      }
      const conditions = [];
      const acks = resolve(client, "acks", readAcks, legacy);
      if (acks.state === "set" && acks.value !== "all") conditions.push({ loc: acks.loc, what: shown("acks", acks) });
      const retries = resolve(client, "retries", readNumber, legacy);
      if (retries.state === "set" && retries.value === 0) conditions.push({ loc: retries.loc, what: shown("retries", retries) });
      const inflight = resolve(client, "max.in.flight.requests.per.connection", readNumber, legacy);
      if (inflight.state === "set" && inflight.value > opts.maxInFlight) conditions.push({ loc: inflight.loc, what: shown("max.in.flight.requests.per.connection", inflight) });
      for (const c of conditions) {
        if (idem.state === "default") {
          report2({
            entity: client,
            field: "config.enable.idempotence",
            loc: c.loc,
            message: `${name} sets ${c.what}, which silently turns off idempotence, otherwise on${defaultNote(idem)}: retried sends can then duplicate and reorder records. Use acks=all, retries above 0 and at most ${opts.maxInFlight} in-flight requests, or set \`enable.idempotence=true\` so that a conflict fails loudly.`
          });
        } else {
          report2({
            entity: client,
            field: "config.enable.idempotence",
            loc: c.loc,
            related: [{ loc: idem.loc, message: "idempotence is enabled here" }],
            message: `${name} sets ${c.what}, which conflicts with \`enable.idempotence\` true: ${libraryLabel(client.library)} refuses to start the producer (or drops the guarantee). Use acks=all, retries above 0 and at most ${opts.maxInFlight} in-flight requests.`
          });
        }
      }
    }
  }
});

// src/rules/producer-max-in-flight.ts
var producer_max_in_flight_default = defineRule({
  meta: {
    id: "producer-max-in-flight",
    level: "error",
    kind: "static",
    description: "Idempotent producers keep at most 5 requests in flight per connection.",
    rationale: "The broker deduplicates and orders only the last 5 batches of an idempotent producer. With more requests in flight the Java client silently turns idempotence off (when it is on by default) or refuses to start (when it is set), so retries can duplicate and reorder records.",
    tags: ["client", "durability", "ordering"],
    optionsSchema: {
      type: "object",
      properties: { maximum: { type: "integer", minimum: 1, description: "Most in-flight requests allowed with idempotence." } },
      additionalProperties: false
    },
    defaultOptions: { maximum: 5 }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, { maximum }] of ctx.clients()) {
      if (client.role !== "producer" && client.role !== "unknown") continue;
      const inflight = resolve(client, "max.in.flight.requests.per.connection", readNumber);
      if (inflight.state !== "set" || inflight.value <= maximum) continue;
      const idem = resolve(client, "enable.idempotence", readBoolean);
      if (idem.state === "unknown" || !idem.value) continue;
      const effect = idem.state === "default" ? `idempotence is on${defaultNote(idem)}, and this silently turns it off` : "idempotence is enabled, and the client refuses to start with this combination";
      report2({
        entity: client,
        field: "config.max.in.flight.requests.per.connection",
        loc: inflight.loc,
        message: `${describeClient(client)} allows ${shown("max.in.flight.requests.per.connection", inflight)} in-flight requests, more than the ${maximum} the broker tracks for an idempotent producer: ${effect}, so retries can duplicate and reorder records. Set it to ${maximum} or less.`
      });
    }
  }
});

// src/rules/producer-retries.ts
var producer_retries_default = defineRule({
  meta: {
    id: "producer-retries",
    level: "warning",
    kind: "static",
    description: "Producers do not set retries to 0.",
    rationale: "With retries=0 every transient error (a leader election, a request timeout, NotEnoughReplicas during a rolling restart) fails the send instead of being retried, and the Java client turns idempotence off. Delivery is bounded by delivery.timeout.ms, not by a retry count.",
    tags: ["client", "durability"],
    defaultOptions: {}
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client] of ctx.clients()) {
      if (client.role !== "producer" && client.role !== "unknown") continue;
      const retries = resolve(client, "retries", readNumber);
      if (retries.state !== "set" || retries.value !== 0) continue;
      report2({
        entity: client,
        field: "config.retries",
        loc: retries.loc,
        message: `${describeClient(client)} sets ${shown("retries", retries)}: any transient broker error (leader election, timeout) fails the send instead of being retried, and idempotence is turned off. Remove the setting (the client retries until \`delivery.timeout.ms\`) or bound delivery with \`delivery.timeout.ms\` instead.`
      });
    }
  }
});

// src/rules/replay-safety.ts
var replay_safety_default = defineRule({
  meta: {
    id: "replay-safety",
    level: "error",
    kind: "static",
    description: "Consumer groups are idempotent, or declare replay prohibited with a reason.",
    rationale: 'The replay safety invariant: "any consumer that can be replayed must be idempotent or must explicitly declare why replay is prohibited." Offset resets, DLQ replays, backfills and DR failovers all replay records; a consumer that is neither idempotent nor explicitly excluded produces duplicate side effects.',
    tags: ["replay", "consumer"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const [group] of ctx.consumerGroups()) {
      if (!canExpress(group, "replay")) continue;
      const { idempotent, replay, replayProhibitedReason: reason } = group;
      if (idempotent?.kind === "known" && idempotent.value) continue;
      if (idempotent?.kind === "unknown" || replay?.kind === "unknown" || reason?.kind === "unknown") continue;
      const prohibited = replay?.kind === "known" && replay.value.trim().toLowerCase() === "prohibited";
      if (prohibited && reason?.kind === "known" && reason.value.trim() !== "") continue;
      const what = describeEntity(group);
      if (prohibited) {
        ctx.report({
          entity: group,
          field: "replayProhibitedReason",
          loc: reason?.loc ?? replay.loc,
          message: `${what} declares replay ${spelled(replay)} but gives no reason: operators planning an offset reset, DLQ replay or DR failover cannot tell why replaying it is unsafe, or who decided. Add \`replayProhibitedReason: <why>\`, or make the consumer idempotent.`
        });
        continue;
      }
      const at = idempotent ?? replay;
      ctx.report({
        entity: group,
        field: "idempotent",
        loc: at?.loc ?? nameLoc(group),
        message: `${what} ${idempotent ? `has idempotent ${spelled(idempotent)}` : "does not declare itself idempotent"}${replay ? ` and replay ${spelled(replay)}` : ""}: an offset reset, DLQ replay or DR failover re-delivers records it already processed, and their side effects happen twice. Make the consumer idempotent and declare \`idempotent: true\`, or declare \`replay: prohibited\` with a \`replayProhibitedReason\`.`
      });
    }
  }
});

// src/rules/replication-factor.ts
var replication_factor_default = defineRule({
  meta: {
    id: "replication-factor",
    level: "error",
    kind: "static",
    description: "Topics declare a replication factor of at least 3.",
    rationale: "The durability invariant: with fewer than three replicas, one broker failure or maintenance leaves a single copy, and an acknowledged write can depend on exactly one broker.",
    tags: ["durability"],
    optionsSchema: {
      type: "object",
      properties: { minimum: { type: "integer", minimum: 1, description: "Smallest acceptable replication factor." } },
      additionalProperties: false
    },
    defaultOptions: { minimum: 3 }
  },
  check(ctx) {
    for (const [topic, { minimum }] of ctx.topics()) {
      const rf = topic.replicationFactor;
      if (!rf) {
        ctx.report({
          entity: topic,
          field: "replicationFactor",
          loc: nameLoc(topic),
          message: `${describeEntity(topic)} declares no replication factor, so it gets the broker default. Set \`replicationFactor: ${minimum}\` (or more) so that one broker failure cannot lose acknowledged writes.`
        });
      } else if (rf.kind === "known" && rf.value < minimum) {
        ctx.report({
          entity: topic,
          field: "replicationFactor",
          loc: rf.loc,
          message: `${describeEntity(topic)} has replication factor ${spelled(rf)}, below the minimum of ${minimum}: a single broker failure can lose acknowledged writes or make the topic unavailable. Raise it to at least ${minimum}.`
        });
      }
    }
  }
});

// src/rules/replication-factor-decrease.ts
var replication_factor_decrease_default = defineRule({
  meta: {
    id: "replication-factor-decrease",
    level: "warning",
    kind: "change",
    description: "A topic's replication factor is not lowered.",
    rationale: "Replication is the durability invariant (replication.factor >= 3): every replica removed is one broker failure less between the topic and lost acknowledged writes or offline partitions. Lowering it should be a deliberate, reviewed decision.",
    tags: ["change", "durability"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      if (!b.replicationFactor) continue;
      const from = knownValue(b.replicationFactor);
      if (from === void 0) continue;
      const related = [atBase(base, b.replicationFactor.loc, `replication factor at ${base.ref}`)];
      if (!h.replicationFactor) {
        if (from <= 1) continue;
        ctx.report({
          entity: h,
          field: "replicationFactor",
          loc: nameLoc(h),
          message: `${describeEntity(h)} no longer declares its replication factor (it was ${spelled(b.replicationFactor)} at ${BASE_LOCATION}), so it falls back to the broker's default.replication.factor (Kafka's own default is 1). Fewer replicas mean that fewer broker failures lose acknowledged writes or take partitions offline. Keep \`replicationFactor: ${spelled(b.replicationFactor)}\`.`,
          related
        });
        continue;
      }
      const to = knownValue(h.replicationFactor);
      if (to === void 0 || to >= from) continue;
      ctx.report({
        entity: h,
        field: "replicationFactor",
        loc: h.replicationFactor.loc,
        message: `${describeEntity(h)} lowers its replication factor from ${spelled(b.replicationFactor)} (at ${BASE_LOCATION}) to ${spelled(h.replicationFactor)}. Each replica removed is one broker failure less before acknowledged writes are lost or partitions go offline. Keep ${spelled(b.replicationFactor)}, or have the platform team approve the lower durability for this topic.`,
        related
      });
    }
  }
});

// src/rules/retention.ts
var same = (a, b) => a.loc.file === b.loc.file && a.loc.start === b.loc.start && a.loc.end === b.loc.end;
var retention_default = defineRule({
  meta: {
    id: "retention",
    level: "error",
    kind: "static",
    description: "Retention can be read, and agrees with retention.ms and x-retention-policy where those are also given.",
    rationale: `Retention is part of the topic's contract: the producing team reviews it, and consumers depend on it to recover ("reduce retention only after replay/audit need is satisfied"). A retention nobody can read, or two declarations that disagree, means the broker applies one value while reviewers, DR plans and consumers rely on another.`,
    tags: ["retention", "ownership"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const [topic] of ctx.topics()) {
      const r = topic.retentionMs;
      if (r?.kind === "invalid") {
        ctx.report({
          entity: topic,
          field: "retention",
          loc: r.loc,
          message: `${describeEntity(topic)} has retention ${r.raw}, which cannot be read: reviewers cannot tell how long records are kept, and the topic may be created with the broker default. Write ${r.expected}.`
        });
        continue;
      }
      const cfg = topic.config["retention.ms"];
      if (r?.kind === "known" && cfg?.kind === "known" && !same(r, cfg)) {
        const ms = parseRetention(cfg.value);
        if (ms === void 0) {
          ctx.report({
            entity: topic,
            field: "config.retention.ms",
            loc: cfg.loc,
            message: `${describeEntity(topic)} has retention.ms ${spelled(cfg)}, which is not a number of milliseconds: the broker rejects or ignores it. Remove it and keep \`retention: ${spelled(r)}\`, or write a number of milliseconds (-1 for infinite).`
          });
        } else if (ms !== r.value) {
          ctx.report({
            entity: topic,
            field: "config.retention.ms",
            loc: cfg.loc,
            related: [{ loc: r.loc, message: `retention ${spelled(r)} (${describeMs(r.value)})` }],
            message: `${describeEntity(topic)} has retention.ms ${spelled(cfg)} (${describeMs(ms)}) but retention ${spelled(r)} (${describeMs(r.value)}): the broker applies one while reviewers and consumers rely on the other. Keep one declaration, or make them equal.`
          });
        }
      }
      const label = LABEL_FOR_FIELD.retention;
      const l = topic.labels[label];
      if (l?.kind !== "known") continue;
      const lms = parseRetention(l.value);
      if (lms === void 0) {
        ctx.report({
          entity: topic,
          field: `labels.${label}`,
          loc: l.loc,
          message: `${describeEntity(topic)} has ${label} ${spelled(l)}, which cannot be read as a retention: reviewers and DR plans cannot tell how long records are kept. Write it as an ISO-8601 duration such as P90D, or -1 for infinite.`
        });
      } else if (r?.kind === "known" && lms !== r.value) {
        ctx.report({
          entity: topic,
          field: `labels.${label}`,
          loc: l.loc,
          related: [{ loc: r.loc, message: `retention ${spelled(r)} (${describeMs(r.value)})` }],
          message: `${describeEntity(topic)} has ${label} ${spelled(l)} (${describeMs(lms)}) but retention ${spelled(r)} (${describeMs(r.value)}): the policy people read is not what the broker applies. Make them equal, or remove the label and keep the typed field.`
        });
      }
    }
  }
});

// src/rules/retention-decrease.ts
var retention_decrease_default = defineRule({
  meta: {
    id: "retention-decrease",
    level: "warning",
    kind: "change",
    description: "A topic's retention is not shortened (including from infinite, or from unset to a value shorter than the broker default).",
    rationale: 'Reducing retention is risky: it "can remove replay history" (handbook 18.2), and records past the new limit are deleted as soon as the change applies. In the deprecation pattern, retention is reduced "only after replay/audit need is satisfied".',
    tags: ["change", "retention"],
    optionsSchema: {
      type: "object",
      properties: {
        brokerDefaultMs: { type: "integer", minimum: -1, description: "What an unset retention means on your brokers (log.retention.ms), in milliseconds; -1 for infinite. Kafka's default is 604800000 (7 days)." }
      },
      additionalProperties: false
    },
    defaultOptions: { brokerDefaultMs: 6048e5 }
  },
  check(ctx) {
    const length = (ms) => ms === -1 ? Infinity : ms;
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const options = ctx.options(h);
      const bf = b.retentionMs;
      const hf = h.retentionMs;
      if (!bf && !hf) continue;
      if (bf && bf.kind !== "known" || hf && hf.kind !== "known") continue;
      const def = options.brokerDefaultMs;
      const from = bf ? bf.value : def;
      const to = hf ? hf.value : def;
      if (length(to) >= length(from)) continue;
      const show = (f, ms) => {
        const human = describeMs(ms);
        const s = f ? spelled(f) : "";
        return f ? s === human ? s : `${s} (${human})` : `unset (the broker default, ${human})`;
      };
      const fromText = bf ? `${show(bf, from)} at ${BASE_LOCATION}` : show(void 0, from);
      ctx.report({
        entity: h,
        field: "retention",
        loc: hf?.loc ?? nameLoc(h),
        message: `${describeEntity(h)} shortens retention from ${fromText} to ${show(hf, to)}. Records older than ${describeMs(to)} are deleted as soon as this applies: consumers that lag or need to replay lose that history, and deleted records cannot be restored. Keep the previous retention, or shorten it only after the consumers' owners confirm that no replay or audit need depends on the older records.`,
        ...bf ? { related: [atBase(base, bf.loc, `retention at ${base.ref}`)] } : {}
      });
    }
  }
});

// src/rules/schema.ts
var schema_default = defineRule({
  meta: {
    id: "schema",
    level: "error",
    kind: "meta",
    description: "Catalog entries match the topic and consumer group JSON Schemas (schemas/).",
    rationale: "A misspelled key (`replicationFactr`) is silently ignored by every tool that reads the catalog, so the setting the author meant never applies.",
    tags: ["input"],
    defaultOptions: {}
  },
  check(ctx) {
    reportProblems(ctx, "schema");
  }
});

// src/rules/schema-compatibility.ts
var LEVELS = ["BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE", "NONE"];
function tierOf(topic) {
  const f = drTierOf(topic);
  return f?.kind === "known" ? f.value : void 0;
}
var schema_compatibility_default = defineRule({
  meta: {
    id: "schema-compatibility",
    level: "error",
    kind: "static",
    description: "schemaCompatibility is a Schema Registry level, and not NONE on tier-0/tier-1 topics.",
    rationale: 'The contract plane (schemas, compatibility rules) fails as "breaking schema" and "incompatible event semantics". "Replicating topic bytes is useless if consumers cannot deserialize them": with NONE, any producer deploy can publish a schema existing consumers cannot read, and for a tier-0/tier-1 topic that is an outage in every consuming domain. Changing compatibility needs "contract governance".',
    tags: ["contract"],
    optionsSchema: {
      type: "object",
      properties: {
        forbid: { type: "array", items: { enum: [...LEVELS] }, uniqueItems: true, description: "Compatibility levels not allowed on topics of the tiers in `tiers`." },
        tiers: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true, description: 'DR tiers the `forbid` list applies to; "*" for every topic.' }
      },
      additionalProperties: false
    },
    defaultOptions: { forbid: ["NONE"], tiers: ["tier-0", "tier-1"] }
  },
  check(ctx) {
    for (const [topic, { forbid, tiers }] of ctx.topics()) {
      const f = topic.schemaCompatibility;
      if (f?.kind !== "known") continue;
      const level = f.value.trim().toUpperCase();
      if (!LEVELS.includes(level)) {
        const near = didYouMean(level, LEVELS);
        ctx.report({
          entity: topic,
          field: "schemaCompatibility",
          loc: f.loc,
          message: `${describeEntity(topic)} has schemaCompatibility ${spelled(f)}, which is not a Schema Registry compatibility level: the registry rejects it or keeps its default, so nobody knows which schema changes are allowed. ${near ? `Did you mean ${near}? ` : ""}Use one of ${LEVELS.join(", ")}.`
        });
        continue;
      }
      if (!forbid.includes(level)) continue;
      const tier = tierOf(topic);
      if (!tiers.includes("*") && (tier === void 0 || !tiers.includes(tier))) continue;
      ctx.report({
        entity: topic,
        field: "schemaCompatibility",
        loc: f.loc,
        message: `${describeEntity(topic)} has schemaCompatibility ${spelled(f)}${tier ? `, not allowed on a ${tier} topic` : ", which the policy forbids"}: ${level === "NONE" ? "any producer deploy can publish a schema that existing consumers cannot deserialize" : "schema changes allowed by this level can break existing consumers or replays"}. Use BACKWARD_TRANSITIVE (or FULL_TRANSITIVE) and evolve the schema compatibly, or publish breaking changes to a new topic version.`
      });
    }
  }
});

// src/rules/schema-compatibility-change.ts
var LEVELS2 = {
  NONE: { backward: false, forward: false, transitive: false },
  BACKWARD: { backward: true, forward: false, transitive: false },
  BACKWARD_TRANSITIVE: { backward: true, forward: false, transitive: true },
  FORWARD: { backward: false, forward: true, transitive: false },
  FORWARD_TRANSITIVE: { backward: false, forward: true, transitive: true },
  FULL: { backward: true, forward: true, transitive: false },
  FULL_TRANSITIVE: { backward: true, forward: true, transitive: true }
};
var REGISTRY_DEFAULT = "BACKWARD";
function lostGuarantees(from, to) {
  const a = LEVELS2[from];
  const b = LEVELS2[to];
  if (!a || !b) return [];
  const lost = [];
  if (a.backward && !b.backward) lost.push("backward compatibility is no longer checked, so consumers on the new schema may fail on records already in the topic");
  if (a.forward && !b.forward) lost.push("forward compatibility is no longer checked, so consumers still on the old schema may fail on new records");
  if (a.transitive && !b.transitive && (b.backward || b.forward)) lost.push("only the latest schema version is checked instead of all earlier ones, so replays of old records may break");
  return lost;
}
var schema_compatibility_change_default = defineRule({
  meta: {
    id: "schema-compatibility-change",
    level: "warning",
    kind: "change",
    description: "A change to a topic's schema compatibility level is flagged for review, and a weakened one says what it stops checking.",
    rationale: 'Changing schema compatibility is risky: "contract governance required" (handbook 18.2). Schema compatibility is the contract between producers and every consumer; weakening it (FULL to BACKWARD, anything to NONE) lets producers register schemas that existing consumers cannot read.',
    tags: ["change", "contract"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const bf = b.schemaCompatibility;
      const hf = h.schemaCompatibility;
      if (!bf && !hf) continue;
      if (bf && bf.kind !== "known" || hf && hf.kind !== "known") continue;
      const from = bf ? bf.value.trim().toUpperCase() : REGISTRY_DEFAULT;
      const to = hf ? hf.value.trim().toUpperCase() : REGISTRY_DEFAULT;
      if (from === to || !LEVELS2[from] || !LEVELS2[to]) continue;
      const fromText = bf ? `${spelled(bf)} (at ${BASE_LOCATION})` : `unset (the Schema Registry default, ${REGISTRY_DEFAULT})`;
      const toText = hf ? spelled(hf) : `unset (the Schema Registry default, ${REGISTRY_DEFAULT})`;
      const lost = lostGuarantees(from, to);
      const message = lost.length > 0 ? `${describeEntity(h)} weakens its schema compatibility from ${fromText} to ${toText}: ${to === "NONE" ? "no compatibility check at all remains, so any schema can be registered and existing consumers can break" : lost.join("; ")}. Weakening the contract needs the schema owner and the consuming teams to approve; keep the previous level unless they have.` : `${describeEntity(h)} changes its schema compatibility from ${fromText} to ${toText} (stronger). Existing schema versions may not satisfy the new level, and registrations that passed before will be rejected. Contract governance applies: have the schema owner approve and check the registered versions first.`;
      ctx.report({
        entity: h,
        field: "schemaCompatibility",
        loc: hf?.loc ?? nameLoc(h),
        message,
        ...bf ? { related: [atBase(base, bf.loc, `schema compatibility at ${base.ref}`)] } : {}
      });
    }
  }
});

// src/rules/session-heartbeat.ts
var session_heartbeat_default = defineRule({
  meta: {
    id: "session-heartbeat",
    level: "warning",
    kind: "static",
    description: "Consumers send heartbeats at most every third of the session timeout.",
    rationale: "A heartbeat/session timeout mismatch is a common cause of rebalance storms: with heartbeat.interval.ms above a third of session.timeout.ms, one or two delayed heartbeats make the coordinator drop a healthy member.",
    tags: ["client", "liveness"],
    defaultOptions: {}
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client] of ctx.clients()) {
      if (!["consumer", "streams", "unknown"].includes(client.role)) continue;
      const hb = resolve(client, "heartbeat.interval.ms", readNumber);
      const st = resolve(client, "session.timeout.ms", readNumber);
      if (hb.state === "unknown" || st.state === "unknown") continue;
      if (hb.state !== "set" && st.state !== "set") continue;
      if (hb.value * 3 <= st.value) continue;
      const at = hb.state === "set" ? hb : st;
      const note = (r) => r.state === "default" ? ` ${r.note}` : "";
      report2({
        entity: client,
        field: `config.${at === hb ? "heartbeat.interval.ms" : "session.timeout.ms"}`,
        loc: at.loc,
        message: `${describeClient(client)} has ${shown("heartbeat.interval.ms", hb)}${note(hb)} and ${shown("session.timeout.ms", st)}${note(st)}: the heartbeat interval is above a third of the session timeout, so one or two late heartbeats get a healthy member removed and trigger a rebalance. Keep \`heartbeat.interval.ms\` at most a third of \`session.timeout.ms\`.`
      });
    }
  }
});

// src/rules/streams-processing-guarantee.ts
var streams_processing_guarantee_default = defineRule({
  meta: {
    id: "streams-processing-guarantee",
    level: "warning",
    kind: "static",
    description: "Kafka Streams apps writing to tier-0/tier-1 topics use processing.guarantee=exactly_once_v2.",
    rationale: "Duplicate output is a common Kafka Streams incident: in at-least-once mode a retry or restart re-emits records. Topics in the most critical DR tiers need exactly_once_v2 (the older exactly_once and exactly_once_beta are deprecated).",
    tags: ["client", "streams", "durability"],
    crossFile: true,
    optionsSchema: {
      type: "object",
      properties: { tiers: { type: "array", items: { type: "string" }, minItems: 1, description: "DR tiers whose writers need exactly-once." } },
      additionalProperties: false
    },
    defaultOptions: { tiers: ["tier-0", "tier-1"] }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, { tiers }] of ctx.clients()) {
      if (client.role !== "streams") continue;
      const wanted = new Set(tiers.map((t) => t.toLowerCase()));
      const critical = [];
      for (const f of client.produces) {
        if (f.kind !== "known" || critical.some((c) => c.name === f.value)) continue;
        const tier = ctx.index.topicsNamed(f.value)[0]?.drTier;
        if (tier?.kind !== "known" || !wanted.has(tier.value.toLowerCase())) continue;
        critical.push({ name: f.value, tier: tier.value, related: { loc: tier.loc, message: `topic "${f.value}" is ${tier.value} here` } });
      }
      if (critical.length === 0) continue;
      const pg = resolve(client, "processing.guarantee", (v) => readString(v)?.toLowerCase());
      if (pg.state === "unknown" || pg.value === "exactly_once_v2") continue;
      const deprecated = pg.value === "exactly_once" || pg.value === "exactly_once_beta";
      const list = critical.map((c) => `"${c.name}" (${c.tier})`).join(", ");
      report2({
        entity: client,
        field: "config.processing.guarantee",
        loc: pg.loc,
        related: critical.map((c) => c.related),
        message: deprecated ? `${describeClient(client)} uses ${shown("processing.guarantee", pg)}, deprecated and removed in Kafka 4.0, and writes to ${list}. Use \`processing.guarantee=exactly_once_v2\`.` : `${describeClient(client)} runs with ${shown("processing.guarantee", pg)}${defaultNote(pg)} and writes to ${list}: a retry or restart re-emits records, so those critical topics get duplicates. Set \`processing.guarantee=exactly_once_v2\`.`
      });
    }
  }
});

// src/rules/streams-replication-factor.ts
var streams_replication_factor_default = defineRule({
  meta: {
    id: "streams-replication-factor",
    level: "error",
    kind: "static",
    description: "Kafka Streams apps create their internal topics with a replication factor of at least 3.",
    rationale: `Changelog and repartition topics hold a Streams app's state; the handbook asks "Are Kafka Streams internal topics governed?". With replication.factor below 3, one broker failure can lose the changelog, and the app restores from nothing or stops.`,
    tags: ["client", "streams", "durability"],
    optionsSchema: {
      type: "object",
      properties: { minimum: { type: "integer", minimum: 1, description: "Smallest acceptable replication factor for internal topics." } },
      additionalProperties: false
    },
    defaultOptions: { minimum: 3 }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, { minimum }] of ctx.clients()) {
      if (client.role !== "streams") continue;
      const rf = resolve(client, "replication.factor", readNumber);
      if (rf.state !== "set" || rf.value === -1 || rf.value >= minimum) continue;
      report2({
        entity: client,
        field: "config.replication.factor",
        loc: rf.loc,
        message: `${describeClient(client)} sets ${shown("replication.factor", rf)} for its internal changelog and repartition topics, below ${minimum}: one broker failure can lose the app's state. Set \`replication.factor\` to ${minimum} or more (or -1 for the broker default, where that is ${minimum}).`
      });
    }
  }
});

// src/rules/suppression-reason.ts
var suppression_reason_default = defineRule({
  meta: {
    id: "suppression-reason",
    level: "warning",
    kind: "meta",
    description: "A suppression comment gives a reason after ` -- `.",
    rationale: "An exception nobody can explain is never revisited: the handbook's ownership model asks that every deviation from policy be owned and explained, so the next reader knows whether it still applies.",
    tags: ["exceptions"],
    defaultOptions: {}
  },
  check() {
  }
});

// src/rules/topic-deletion.ts
var topic_deletion_default = defineRule({
  meta: {
    id: "topic-deletion",
    level: "error",
    kind: "change",
    description: "A topic is deleted only after it was marked `deprecated: true` (and a rename is a deletion).",
    rationale: `Topic mistakes are long-lived. The handbook's deprecation pattern (18.3): mark the topic deprecated, identify producers and consumers, stop new producers, migrate consumers, reduce retention only after replay and audit needs are met, and "delete after explicit owner approval". Deleting a live topic loses its records and breaks everyone still using it.`,
    tags: ["change", "lifecycle"],
    defaultOptions: {}
  },
  check(ctx) {
    const base = ctx.base;
    if (!base) return;
    for (const { base: b, renamedTo } of compareCatalogs(base.catalog, ctx.catalog).deletedTopics) {
      if (!ctx.options(b)) continue;
      if (b.deprecated?.kind === "known" && b.deprecated.value) continue;
      const where = deletionLocation(b, base.catalog, ctx.catalog);
      const name = b.name.kind === "known" ? b.name.value : "";
      const readers = b.consumerGroups.filter((g) => g.kind === "known").map((g) => g.kind === "known" ? g.value : "");
      const readersText = readers.length ? ` (declared consumer groups: ${readers.join(", ")})` : "";
      const target = renamedTo?.name.kind === "known" ? renamedTo.name.value : void 0;
      const message = target ? `${describeEntity(b)} (defined at ${BASE_LOCATION}) is gone and "${target}" is new with exactly the same settings: this is a rename, and Kafka cannot rename a topic. "${target}" starts empty, and "${name}" with its records and consumer offsets is deleted, so every consumer${readersText} must migrate to "${target}" (and its offsets be reset or translated) before "${name}" goes. Keep "${name}" with \`deprecated: true\` until consumers have moved, then delete it with the owner's approval.` : `${describeEntity(b)} (defined at ${BASE_LOCATION}) is deleted, but it was not marked \`deprecated: true\` at ${base.ref}. Deleting a live topic loses its records and breaks every producer and consumer still using it${readersText}. Follow the deprecation pattern: mark it \`deprecated: true\` first, migrate producers and consumers, then delete it with the owner's approval.`;
      ctx.report({
        entity: b,
        field: "deleted",
        loc: where.loc,
        ...where.atBaseLine ? { atBaseLine: where.atBaseLine } : {},
        message,
        related: [
          atBase(base, nameLoc(b), `definition at ${base.ref}`),
          ...renamedTo ? [{ loc: nameLoc(renamedTo), message: `"${target}", the new name` }] : []
        ]
      });
    }
  }
});

// src/rules/topic-naming.ts
var DEFAULT_PATTERN = "^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+\\.v[0-9]+(\\.(dlq|retry))?$";
var topic_naming_default = defineRule({
  meta: {
    id: "topic-naming",
    level: "warning",
    kind: "static",
    description: "Topic names follow `<domain>.<event>.v<N>` (optionally `.dlq` / `.retry`).",
    rationale: "Ownership and contracts are reviewed per domain and per schema version: a name like `cpq.quote-priced.v1` says which domain owns the topic, what fact it carries, and which contract version it is, and makes a breaking change a new topic (`.v2`) instead of a silent rewrite. Names are long-lived: a topic cannot be renamed, only migrated.",
    tags: ["naming"],
    optionsSchema: {
      type: "object",
      properties: { pattern: { type: "string", minLength: 1, description: "Regular expression (JavaScript syntax; no lookahead, lookbehind or backreferences: it runs on RE2, in linear time) every topic name must match." } },
      additionalProperties: false
    },
    defaultOptions: { pattern: DEFAULT_PATTERN },
    regexOptions: ["pattern"]
  },
  check(ctx) {
    for (const [topic, { pattern }] of ctx.topics()) {
      if (topic.name.kind !== "known") continue;
      const re = safeRegex(pattern);
      if (!re || re.test(topic.name.value)) continue;
      const isDefault = pattern === DEFAULT_PATTERN;
      ctx.report({
        entity: topic,
        field: "name",
        loc: topic.name.loc,
        message: `${describeEntity(topic)} does not match the naming convention ${isDefault ? "`<domain>.<event>.v<N>` (lower case, dot-separated, a version suffix, optionally .dlq or .retry)" : `\`${pattern}\``}: the name no longer says which domain owns it and which contract version it carries. ${isDefault ? 'Rename it in that form (for example "cpq.quote-priced.v1"); a topic cannot be renamed in place, so do it before the topic is created, or create the new topic and migrate producers and consumers to it.' : "Rename it to match the pattern."}`
      });
    }
  }
});

// src/rules/transactional-id-unique.ts
function dir(path6) {
  const i = path6.lastIndexOf("/");
  return i < 0 ? "" : path6.slice(0, i);
}
function sameAppOtherProfile(a, b) {
  return dir(a.file) === dir(b.file) && a.format === b.format && (a.profile ?? "") !== (b.profile ?? "");
}
var transactional_id_unique_default = defineRule({
  meta: {
    id: "transactional-id-unique",
    level: "error",
    kind: "static",
    description: "No two producers share one transactional.id.",
    rationale: `A transactional.id identifies one producer instance. When a second producer starts with the same id it fences the first (ProducerFencedException: "duplicate transactional id / stale instance"), so two applications sharing an id keep aborting each other's transactions.`,
    tags: ["client", "transactions"],
    crossFile: true,
    defaultOptions: {}
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    const seen = /* @__PURE__ */ new Map();
    for (const [client] of ctx.clients()) {
      const entry = configEntry(client, "transactional.id");
      if (!entry || entry.field.kind !== "known" || entry.field.value === null) continue;
      const field = entry.field;
      const id = String(field.value).trim();
      if (id === "") continue;
      const earlier = seen.get(id) ?? [];
      const clash = earlier.find((e) => !(e.field.loc.file === field.loc.file && e.field.loc.start === field.loc.start) && !sameAppOtherProfile(e.client, client));
      if (clash) {
        report2({
          entity: client,
          field: "config.transactional.id",
          loc: field.loc,
          related: [{ loc: clash.field.loc, message: `${describeClient(clash.client)} uses the same transactional.id here` }],
          message: `${describeClient(client)} uses transactional.id "${id}", already used by ${describeClient(clash.client)}: whichever starts second fences the other (ProducerFencedException), so their transactions keep aborting. Give each producer its own transactional.id (or prefix).`
        });
      }
      earlier.push({ client, field });
      seen.set(id, earlier);
    }
  }
});

// src/rules/unclean-leader-election.ts
var KEY = "unclean.leader.election.enable";
var unclean_leader_election_default = defineRule({
  meta: {
    id: "unclean-leader-election",
    level: "error",
    kind: "static",
    description: "Topics do not enable unclean.leader.election.enable.",
    rationale: 'The durability invariant requires `unclean.leader.election.enable = false`. An unclean election makes a replica outside the ISR the leader, and the acknowledged writes it never received are lost. The handbook allows it only as an incident decision: "do not enable unclean leader election for critical topics unless data-loss trade-off is accepted".',
    tags: ["durability"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const [topic] of ctx.topics()) {
      const f = topic.config[KEY];
      if (f?.kind !== "known" || toBoolean(f.value) !== true) continue;
      ctx.report({
        entity: topic,
        field: `config.${KEY}`,
        loc: f.loc,
        message: `${describeEntity(topic)} sets ${KEY} to ${spelled(f)}: a replica that is not in sync can become leader, and acknowledged writes it never received are silently lost. Remove the setting (the default is false) or set it to false; enable it only during an incident, as a recorded decision that accepts the data loss.`
      });
    }
  }
});

// src/rules/unclean-leader-election-enabled.ts
var KEY2 = "unclean.leader.election.enable";
var unclean_leader_election_enabled_default = defineRule({
  meta: {
    id: "unclean-leader-election-enabled",
    level: "error",
    kind: "change",
    description: "Unclean leader election is not switched on for an existing topic.",
    rationale: 'Unclean leader election "can restore availability by electing a replica outside ISR, but it can lose acknowledged data". For critical topics it is "a last-resort business decision, not an engineering optimization", and the handbook says not to enable it unless the data-loss trade-off is accepted.',
    tags: ["change", "durability"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const hf = h.config[KEY2];
      if (!hf || hf.kind !== "known" || toBoolean(hf.value) !== true) continue;
      const bf = b.config[KEY2];
      if (bf && (bf.kind !== "known" || toBoolean(bf.value) !== false)) continue;
      ctx.report({
        entity: h,
        field: `config.${KEY2}`,
        loc: hf.loc,
        message: `${describeEntity(h)} switches ${KEY2} on (${spelled(hf)}; it was ${bf ? `${spelled(bf)} at ${BASE_LOCATION}` : "unset, which is false"}). A replica outside the ISR can then become leader, and acknowledged writes it never received are lost. Keep it off; enable it only as a recorded incident decision that accepts the data loss, and switch it back afterwards.`,
        ...bf ? { related: [atBase(base, bf.loc, `${KEY2} at ${base.ref}`)] } : {}
      });
    }
  }
});

// src/rules/unknown-consumer-group.ts
var unknown_consumer_group_default = defineRule({
  meta: {
    id: "unknown-consumer-group",
    level: "warning",
    kind: "static",
    crossFile: true,
    description: "Consumer groups a topic lists as its readers have a definition.",
    rationale: 'A consumer group belongs to its consuming team, which answers for "lag, idempotency, retry, DLQ". A group a topic names but nobody defines has no owner, no replay policy and no offset recovery strategy, so it is invisible to lag triage, replay checklists and DR plans.',
    tags: ["ownership"],
    defaultOptions: {}
  },
  check(ctx) {
    const defined = /* @__PURE__ */ new Set();
    const groupsOnly = /* @__PURE__ */ new Map();
    for (const g of ctx.catalog.consumerGroups) {
      if (g.name.kind !== "known") continue;
      defined.add(g.name.value);
      groupsOnly.set(g.name.value, [...groupsOnly.get(g.name.value) ?? [], g]);
    }
    for (const c of ctx.catalog.clients) {
      if (c.groupId?.kind !== "known") continue;
      defined.add(c.groupId.value);
      groupsOnly.delete(c.groupId.value);
    }
    if (defined.size === 0) return;
    const suggest = suggester(defined);
    for (const group of ctx.index.listedGroupNames()) {
      const onClusters = groupsOnly.get(group);
      if (defined.has(group) && !onClusters) continue;
      for (const topic of ctx.index.topicsListing(group)) {
        if (topic.declaredIn !== "catalog" || ctx.options(topic) === void 0) continue;
        if (onClusters?.some((g) => servesCluster(g, topic))) continue;
        for (const f of topic.consumerGroups) {
          if (f.kind !== "known" || f.value !== group) continue;
          const near = onClusters ? void 0 : suggest(f.value);
          ctx.report({
            entity: topic,
            field: `consumerGroups:${f.value}`,
            loc: f.loc,
            message: `${describeEntity(topic)} lists consumer group "${f.value}", ${onClusters ? "which is defined only on other clusters than this topic's" : "which has no definition"}: nobody owns its lag, replay safety or offset recovery. ${near ? `Did you mean "${near}"? ` : ""}Add a \`consumerGroup: ${f.value}\` entry with its owner, or remove it from the list.`
          });
        }
      }
    }
  }
});

// src/rules/lib/client-topics.ts
function checkClientTopics(ctx, catalogTopicNames) {
  if (catalogTopicNames.size === 0) return;
  const report2 = onceReporter(ctx);
  const suggest = suggester(catalogTopicNames);
  for (const [client] of ctx.clients()) {
    const uses = [...client.produces.map((f) => ({ f, verb: "writes to" })), ...client.consumes.map((f) => ({ f, verb: "reads from" }))];
    for (const { f, verb } of uses) {
      if (f.kind !== "known" || catalogTopicNames.has(f.value)) continue;
      const near = suggest(f.value);
      report2({
        entity: client,
        field: verb === "writes to" ? "produces" : "consumes",
        loc: f.loc,
        ...f.origin ? { related: [{ loc: f.origin, message: "the topic name is defined here" }] } : {},
        message: `${describeClient(client)} ${verb} topic "${f.value}", which the catalog does not define: the topic has no owner, no reviewed settings, and may be created with broker defaults (or not exist at all). ${near ? `Did you mean "${near}"? ` : ""}Add the topic to the catalog or fix the name.`
      });
    }
  }
}

// src/rules/unknown-topic.ts
function wildcard(name) {
  if (!name.includes("*")) return void 0;
  return (topic) => wildcardMatch(name, topic);
}
var unknown_topic_default = defineRule({
  meta: {
    id: "unknown-topic",
    level: "error",
    kind: "static",
    crossFile: true,
    description: "Consumer groups and clients only use topics the catalog defines.",
    rationale: '"Kafka becomes dangerous when everyone can create topics but nobody owns them." A topic that a consumer group or client uses but the catalog does not define has no owner, no reviewed retention, replication or schema rules, and is often a typo: with auto-creation it appears with broker defaults, without it the consumer silently reads nothing.',
    tags: ["ownership", "contract"],
    defaultOptions: {}
  },
  check(ctx) {
    const names = ctx.index.topicNames();
    if (names.size === 0) return;
    const suggest = suggester(names);
    for (const [group] of ctx.consumerGroups()) {
      for (const f of group.topics) {
        if (f.kind !== "known") continue;
        if (names.has(f.value)) {
          if (!ctx.index.topicsNamed(f.value).some((t) => servesCluster(t, group))) reportOtherCluster(ctx, group, f);
          continue;
        }
        const re = wildcard(f.value);
        if (re && [...names].some((n) => re(n))) continue;
        const near = re ? void 0 : suggest(f.value);
        ctx.report({
          entity: group,
          field: `topics:${f.value}`,
          loc: f.loc,
          message: `${describeEntity(group)} consumes topic "${f.value}", which the catalog does not define: the topic has no owner and no reviewed settings, and the group may read nothing at all. ${near ? `Did you mean "${near}"? ` : ""}Add the topic to the catalog or fix the name.`
        });
      }
    }
    checkClientTopics(ctx, names);
  }
});
function reportOtherCluster(ctx, group, f) {
  const cluster = group.cluster?.kind === "known" ? group.cluster.value : "";
  ctx.report({
    entity: group,
    field: `topics:${f.value}`,
    loc: f.loc,
    message: `${describeEntity(group)} consumes topic "${f.value}", which the catalog defines only on other clusters than \`${cluster}\`: on this cluster the topic has no owner and no reviewed settings, and the group may read nothing at all. Add the topic to this cluster's catalog or fix the cluster.`
  });
}

// src/rules/unused-suppression.ts
var unused_suppression_default = defineRule({
  meta: {
    id: "unused-suppression",
    level: "warning",
    kind: "meta",
    description: "A suppression comment or waiver hides a finding; one that suppresses nothing is removed.",
    rationale: "A suppression that hides nothing is a loaded gun: it silently hides the next real finding on that line. Stale exceptions also make the estate look more governed than it is.",
    tags: ["exceptions"],
    defaultOptions: {}
  },
  check() {
  }
});

// src/rules/index.ts
var builtinRules = [
  cleanup_policy_change_default,
  code_topic_definition_default,
  compacted_topic_key_default,
  connect_dead_letter_queue_default,
  connect_internal_topics_default,
  consumer_auto_commit_default,
  dr_tier_default,
  dr_tier_downgrade_default,
  duplicate_topic_default,
  expired_waiver_default,
  key_change_default,
  max_poll_interval_default,
  metadata_consistency_default,
  min_insync_replicas_default,
  min_isr_change_default,
  min_isr_vs_replication_default,
  offset_recovery_default,
  ownership_change_default,
  ownership_metadata_default,
  parse_error_default,
  partition_decrease_default,
  partition_increase_keyed_default,
  plaintext_secret_default,
  plaintext_transport_default,
  policy_weakened_default,
  producer_acks_default,
  producer_idempotence_default,
  producer_max_in_flight_default,
  producer_retries_default,
  replay_safety_default,
  replication_factor_default,
  replication_factor_decrease_default,
  retention_default,
  retention_decrease_default,
  schema_default,
  schema_compatibility_default,
  schema_compatibility_change_default,
  session_heartbeat_default,
  streams_processing_guarantee_default,
  streams_replication_factor_default,
  suppression_reason_default,
  topic_deletion_default,
  topic_naming_default,
  transactional_id_unique_default,
  unclean_leader_election_default,
  unclean_leader_election_enabled_default,
  unknown_consumer_group_default,
  unknown_topic_default,
  unused_suppression_default
];
var builtinRulesById = new Map(builtinRules.map((r) => [r.meta.id, r]));

// src/lint.ts
import { statSync as statSync3 } from "node:fs";
import path5 from "node:path";

// src/model/config.ts
var EMPTY_CONFIG = { rules: {}, overrides: [] };

// src/engine/packed-topics.ts
function slimTopic(t) {
  const tierLabel = t.labels[LABEL_FOR_FIELD.drTier];
  return {
    kind: "topic",
    name: t.name,
    loc: t.loc,
    format: t.format,
    file: t.file,
    declaredIn: t.declaredIn,
    consumerGroups: t.consumerGroups,
    config: EMPTY_MAP,
    labels: tierLabel ? { [LABEL_FOR_FIELD.drTier]: tierLabel } : EMPTY_MAP,
    ...t.drTier ? { drTier: t.drTier } : {},
    ...t.classification ? { classification: t.classification } : {},
    ...t.cluster ? { cluster: t.cluster } : {}
  };
}
var EMPTY_MAP = Object.freeze({});
var TOPIC_INTS = 20 /* Count */;
var TIER_LABEL = LABEL_FOR_FIELD.drTier;
function packable(f, file) {
  if (!f) return true;
  if (f.kind !== "known" || typeof f.value !== "string" || f.loc.file !== file || f.origin) return false;
  return f.raw === void 0 || f.raw === f.value;
}
function packTopics(topics) {
  const names = [];
  let groups = 0;
  const table = [];
  const groupInts = [];
  const ints = new Int32Array(topics.length * TOPIC_INTS + 1).fill(-1);
  const whole = {};
  const slot = (v) => {
    const at = table.indexOf(v);
    return at >= 0 ? at : table.push(v) - 1;
  };
  topics.forEach((t, i) => {
    const slim = slimTopic(t);
    const fields = [slim.name, slim.drTier, slim.classification, slim.labels[TIER_LABEL], slim.cluster];
    const base = i * TOPIC_INTS;
    ints[base + 3 /* GroupStart */] = groups;
    const fits = slim.name.kind === "known" && !slim.name.value.includes("\0") && slim.loc.file === slim.file && fields.every((f) => packable(f, slim.file)) && slim.consumerGroups.every((f) => packable(f, slim.file));
    if (!fits) {
      whole[i] = JSON.parse(JSON.stringify(slim));
      names.push(null);
      return;
    }
    names.push(slim.name.value);
    ints[base + 0 /* File */] = slot(slim.file);
    ints[base + 1 /* Format */] = slot(slim.format);
    ints[base + 4 /* LocStart */] = slim.loc.start;
    ints[base + 5 /* LocEnd */] = slim.loc.end;
    let flags = slim.declaredIn === "code" ? 1 : 0;
    fields.forEach((f, k) => {
      if (!f) return;
      const known = f;
      ints[base + 6 /* FieldStart */ + 2 * k] = known.loc.start;
      ints[base + 6 /* FieldStart */ + 2 * k + 1] = known.loc.end;
      if (k > 0) ints[base + 16 /* ValueStart */ + k - 1] = slot(known.value);
      if (known.raw !== void 0) flags |= 1 << k + 1;
    });
    ints[base + 2 /* Flags */] = flags;
    for (const g of slim.consumerGroups) {
      groups++;
      groupInts.push(slot(g.value), g.loc.start, g.loc.end, g.raw === void 0 ? 0 : 1);
    }
  });
  ints[topics.length * TOPIC_INTS] = groups;
  const all = new Int32Array(ints.length + groupInts.length);
  all.set(ints);
  all.set(groupInts, ints.length);
  const [flatNames, flatTable] = JSON.parse(JSON.stringify([names, table]));
  return { n: topics.length, names: flatNames, table: flatTable, ints: all, whole };
}
function unpack(c, i) {
  const whole = c.whole[i];
  if (whole) return whole;
  const int = (slot) => c.topicInt(i, slot);
  const file = c.table[int(0 /* File */)];
  const flags = int(2 /* Flags */);
  const field = (k, value) => {
    if (value === void 0) return void 0;
    const loc = { file, start: int(6 /* FieldStart */ + 2 * k), end: int(6 /* FieldStart */ + 2 * k + 1) };
    return flags & 1 << k + 1 ? { kind: "known", value, loc, raw: value } : { kind: "known", value, loc };
  };
  const valueOf = (k) => {
    const at = int(16 /* ValueStart */ + k - 1);
    return at < 0 ? void 0 : c.table[at];
  };
  const drTier = field(1, valueOf(1));
  const classification = field(2, valueOf(2));
  const label = field(3, valueOf(3));
  const cluster = field(4, valueOf(4));
  const consumerGroups = [];
  const [from, to] = groupRange(c, i);
  for (let g = from; g < to; g++) {
    const value = c.table[c.groupInt(g, 0)];
    const loc = { file, start: c.groupInt(g, 1), end: c.groupInt(g, 2) };
    consumerGroups.push(c.groupInt(g, 3) ? { kind: "known", value, loc, raw: value } : { kind: "known", value, loc });
  }
  return {
    kind: "topic",
    name: field(0, c.names[i]),
    loc: { file, start: int(4 /* LocStart */), end: int(5 /* LocEnd */) },
    format: c.table[int(1 /* Format */)],
    file,
    declaredIn: flags & 1 ? "code" : "catalog",
    consumerGroups,
    config: EMPTY_MAP,
    labels: label ? { [TIER_LABEL]: label } : EMPTY_MAP,
    ...drTier ? { drTier } : {},
    ...classification ? { classification } : {},
    ...cluster ? { cluster } : {}
  };
}
function groupRange(c, i) {
  return [c.topicInt(i, 3 /* GroupStart */), i + 1 < c.n ? c.topicInt(i + 1, 3 /* GroupStart */) : c.groups];
}
var PACKED_TOPIC_INTS = TOPIC_INTS;
var REMAPPED_SLOTS = [0 /* File */, 1 /* Format */, 16 /* ValueStart */, 16 /* ValueStart */ + 1, 16 /* ValueStart */ + 2, 16 /* ValueStart */ + 3];
var CHUNK_BITS = 12;
var CHUNK = 1 << CHUNK_BITS;
var GROUP_CHUNK_BITS = 14;
var GROUP_CHUNK = 1 << GROUP_CHUNK_BITS;
var TopicStore = class {
  n = 0;
  groups = 0;
  topicChunks = [];
  groupChunks = [];
  table = [];
  slots = /* @__PURE__ */ new Map();
  /** Each unit's names joined by NUL (one string per unit with topics); topics in `whole` have an empty entry. */
  nameChunks = [];
  whole = {};
  /**
   * A store whose string table starts as `table`: the stored topics of a previous run (`SavedTopics`)
   * that used the same table are then copied without remapping (`appendSaved`).
   */
  constructor(table = []) {
    for (const v of table) this.slot(v);
  }
  slot(v) {
    let at = this.slots.get(v);
    if (at === void 0) {
      at = this.table.push(v) - 1;
      this.slots.set(v, at);
    }
    return at;
  }
  /** The chunk holding topic i (a new chunk when i starts one); its offset is `(i & (CHUNK - 1)) * TOPIC_INTS`. */
  topicChunk(i) {
    const c = i >> CHUNK_BITS;
    if (c === this.topicChunks.length) this.topicChunks.push(new Int32Array(CHUNK * TOPIC_INTS));
    return this.topicChunks[c];
  }
  groupChunk(g) {
    const c = g >> GROUP_CHUNK_BITS;
    if (c === this.groupChunks.length) this.groupChunks.push(new Int32Array(GROUP_CHUNK * 4));
    return this.groupChunks[c];
  }
  append(p) {
    if (p.n === 0) return;
    const unitGroups = p.ints[p.n * TOPIC_INTS];
    const remap = p.table.map((v) => this.slot(v));
    for (let i = 0; i < p.n; i++) {
      const from = i * TOPIC_INTS;
      const chunk = this.topicChunk(this.n + i);
      const to = (this.n + i & CHUNK - 1) * TOPIC_INTS;
      for (let k = 0; k < TOPIC_INTS; k++) chunk[to + k] = p.ints[from + k];
      chunk[to + 3 /* GroupStart */] = this.groups + p.ints[from + 3 /* GroupStart */];
      if (p.names[i] === null) {
        this.whole[this.n + i] = p.whole[i];
        continue;
      }
      for (const k of REMAPPED_SLOTS) {
        const v = p.ints[from + k];
        chunk[to + k] = v < 0 ? v : remap[v];
      }
    }
    const groupsFrom = p.n * TOPIC_INTS + 1;
    for (let g = 0; g < unitGroups; g++) {
      const at = groupsFrom + 4 * g;
      const chunk = this.groupChunk(this.groups + g);
      const to = (this.groups + g & GROUP_CHUNK - 1) * 4;
      chunk[to] = remap[p.ints[at]];
      chunk[to + 1] = p.ints[at + 1];
      chunk[to + 2] = p.ints[at + 2];
      chunk[to + 3] = p.ints[at + 3];
    }
    this.nameChunks.push(p.names.map((x) => x ?? "").join("\0"));
    this.n += p.n;
    this.groups += unitGroups;
  }
  /**
   * Topics `from..to` (listing groups `groupFrom..groupTo`) of a previous run's store whose table this
   * store started with: integers copied as they are, only group starts shifted. `names` are the units'
   * name chunks, one per unit with topics.
   */
  appendSaved(saved, from, to, groupFrom, groupTo, names) {
    const shift = this.groups - groupFrom;
    for (let i = from; i < to; ) {
      const at = this.n + i - from;
      const chunk = this.topicChunk(at);
      const dest = (at & CHUNK - 1) * TOPIC_INTS;
      const count = Math.min(to - i, CHUNK - (at & CHUNK - 1));
      chunk.set(saved.topicInts.subarray(i * TOPIC_INTS, (i + count) * TOPIC_INTS), dest);
      for (let k = 0; k < count; k++) chunk[dest + k * TOPIC_INTS + 3 /* GroupStart */] += shift;
      i += count;
    }
    for (let g = groupFrom; g < groupTo; ) {
      const at = this.groups + g - groupFrom;
      const count = Math.min(groupTo - g, GROUP_CHUNK - (at & GROUP_CHUNK - 1));
      this.groupChunk(at).set(saved.groupInts.subarray(g * 4, (g + count) * 4), (at & GROUP_CHUNK - 1) * 4);
      g += count;
    }
    for (const key of saved.wholeIds) if (key >= from && key < to) this.whole[this.n + key - from] = saved.whole[key];
    for (const chunk of names) this.nameChunks.push(chunk);
    this.n += to - from;
    this.groups += groupTo - groupFrom;
  }
  /**
   * The stored topics in the form a later run copies from (`appendSaved`); before `finish`. Names are
   * per unit with topics, in order.
   */
  saved() {
    const topicInts = new Int32Array(this.n * TOPIC_INTS);
    this.topicChunks.forEach((c, k) => topicInts.set(c.subarray(0, Math.min(CHUNK, this.n - k * CHUNK) * TOPIC_INTS), k * CHUNK * TOPIC_INTS));
    const groupInts = new Int32Array(this.groups * 4);
    this.groupChunks.forEach((c, k) => groupInts.set(c.subarray(0, Math.min(GROUP_CHUNK, this.groups - k * GROUP_CHUNK) * 4), k * GROUP_CHUNK * 4));
    const remap = new Int32Array(this.table.length).fill(-1);
    const mark = (v) => {
      if (v >= 0) remap[v] = 0;
    };
    for (let i = 0; i < this.n; i++) for (const k of REMAPPED_SLOTS) mark(topicInts[i * TOPIC_INTS + k]);
    for (let g = 0; g < this.groups; g++) mark(groupInts[g * 4]);
    const table = [];
    this.table.forEach((v, at) => {
      if (remap[at] === 0) remap[at] = table.push(v) - 1;
    });
    const renumber = (ints, at) => {
      const v = ints[at];
      if (v >= 0) ints[at] = remap[v];
    };
    for (let i = 0; i < this.n; i++) for (const k of REMAPPED_SLOTS) renumber(topicInts, i * TOPIC_INTS + k);
    for (let g = 0; g < this.groups; g++) renumber(groupInts, g * 4);
    return { topicInts, groupInts, table, whole: this.whole, wholeIds: Object.keys(this.whole).map(Number), nameChunks: [...this.nameChunks] };
  }
  /** The stored topics as columns, read in place; the store is not appended to afterwards. */
  finish() {
    const names = [];
    for (const chunk of this.nameChunks.splice(0)) for (const name of chunk.split("\0")) names.push(this.whole[names.length] ? null : name);
    const topics = this.topicChunks;
    const groups = this.groupChunks;
    return {
      n: this.n,
      names,
      table: this.table,
      whole: this.whole,
      groups: this.groups,
      topicInt: (i, slot) => topics[i >> CHUNK_BITS][(i & CHUNK - 1) * TOPIC_INTS + slot],
      groupInt: (g, k) => groups[g >> GROUP_CHUNK_BITS][(g & GROUP_CHUNK - 1) * 4 + k]
    };
  }
};
var PackedIndex = class {
  constructor(packed) {
    this.packed = packed;
    this.topicCount = packed.n;
  }
  packed;
  topicCount;
  byName;
  byGroup;
  made = /* @__PURE__ */ new Map();
  topic(id) {
    let t = this.made.get(id);
    if (!t) this.made.set(id, t = unpack(this.packed, id));
    return t;
  }
  names() {
    if (this.byName) return this.byName;
    const byName = /* @__PURE__ */ new Map();
    const { names, whole } = this.packed;
    for (let id = 0; id < names.length; id++) {
      const packedName = names[id];
      const w = packedName === null ? whole[id] : void 0;
      const name = packedName ?? (w?.name.kind === "known" ? w.name.value : void 0);
      if (name === void 0) continue;
      const had = byName.get(name);
      if (had === void 0) byName.set(name, id);
      else if (typeof had === "number") byName.set(name, [had, id]);
      else had.push(id);
    }
    return this.byName = byName;
  }
  groups() {
    const p = this.packed;
    return this.byGroup ??= groupListings((visit) => {
      for (let id = 0; id < p.n; id++) {
        const w = p.whole[id];
        if (w) {
          for (const g of w.consumerGroups) if (g.kind === "known") visit(id, g.value);
          continue;
        }
        const [from, to] = groupRange(p, id);
        for (let g = from; g < to; g++) visit(id, p.table[p.groupInt(g, 0)]);
      }
    });
  }
  topicNames() {
    return keySet(this.names());
  }
  topicsNamed(name) {
    const ids = this.names().get(name);
    return ids === void 0 ? [] : typeof ids === "number" ? [this.topic(ids)] : ids.map((id) => this.topic(id));
  }
  *repeatedNames() {
    for (const ids of this.names().values()) if (typeof ids !== "number") yield ids.map((id) => this.topic(id));
  }
  listedGroupNames() {
    return keySet(this.groups());
  }
  topicsListing(group) {
    return (this.groups().get(group) ?? []).map((id) => this.topic(id));
  }
};

// src/engine/accumulated.ts
var isCount = (n) => Number.isInteger(n) && n >= 0;
var offsetsByUnits = /* @__PURE__ */ new WeakMap();
function offsetsOf(units) {
  const known = offsetsByUnits.get(units);
  if (known !== void 0) return known;
  const make = () => new Int32Array(units.length + 1);
  const o = { topics: make(), groups: make(), files: make(), consumerGroups: make(), clients: make(), unknowns: make(), suppressionFiles: make(), names: make() };
  let valid = true;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    valid &&= isCount(u.topics) && isCount(u.groups) && isCount(u.files) && isCount(u.consumerGroups) && isCount(u.clients) && isCount(u.unknowns) && isCount(u.suppressionFiles);
    o.topics[i + 1] = o.topics[i] + u.topics;
    o.groups[i + 1] = o.groups[i] + u.groups;
    o.files[i + 1] = o.files[i] + u.files;
    o.consumerGroups[i + 1] = o.consumerGroups[i] + u.consumerGroups;
    o.clients[i + 1] = o.clients[i] + u.clients;
    o.unknowns[i + 1] = o.unknowns[i] + u.unknowns;
    o.suppressionFiles[i + 1] = o.suppressionFiles[i] + u.suppressionFiles;
    o.names[i + 1] = o.names[i] + (u.topics > 0 ? 1 : 0);
  }
  const out = valid ? o : null;
  offsetsByUnits.set(units, out);
  return out;
}
function consistentState(s) {
  const o = offsetsOf(s.units);
  const end = s.units.length;
  return o !== null && o.topics[end] * PACKED_TOPIC_INTS === s.topicInts.length && o.groups[end] * 4 === s.groupInts.length && o.files[end] === s.files.length && o.consumerGroups[end] === s.consumerGroups.length && o.clients[end] === s.clients.length && o.unknowns[end] === s.unknowns.length && o.suppressionFiles[end] === s.suppressionFiles.length && o.names[end] === s.nameChunks.length && s.findings.length === end && s.wholeIds.every((id) => s.whole[id] !== void 0);
}
var Accumulated = class {
  /** `saved`: a previous run's state to copy unchanged units from; `keepShapes`: to save this run's. */
  constructor(saved, keepShapes = false) {
    this.saved = saved;
    this.topics = new TopicStore(saved?.table);
    const offsets = saved && offsetsOf(saved.units);
    if (offsets === null) throw new Error("a saved state whose counts are not whole numbers (check it with consistentState)");
    this.offsets = offsets;
    this.shapes = keepShapes ? [] : void 0;
  }
  saved;
  topics;
  files = [];
  consumerGroups = [];
  clients = [];
  unknowns = [];
  suppressionFiles = [];
  /** Findings as JSON, one string per unit ('' when none): one allocation instead of dozens of objects. */
  findingTexts = [];
  /** Each unit's shape, when the state is to be saved. */
  shapes;
  offsets;
  /** Saved units `[from, to)` waiting to be copied in one go. */
  run;
  closed = false;
  add(u, key = null) {
    this.flushRun();
    const groups = u.topics.n ? u.topics.ints[u.topics.n * PACKED_TOPIC_INTS] : 0;
    this.topics.append(u.topics);
    for (const f of u.files) this.files.push(f);
    for (const g of u.consumerGroups) this.consumerGroups.push(g);
    for (const c of u.clients) this.clients.push(c);
    for (const n of u.unknowns ?? []) this.unknowns.push(n);
    for (const p of u.suppressionFiles ?? []) this.suppressionFiles.push(p);
    this.findingTexts.push(u.findings.length ? JSON.stringify(u.findings) : "");
    this.shapes?.push({ key, topics: u.topics.n, groups, files: u.files.length, consumerGroups: u.consumerGroups.length, clients: u.clients.length, unknowns: u.unknowns?.length ?? 0, suppressionFiles: u.suppressionFiles?.length ?? 0 });
  }
  /** Unit `i` of the saved state, unchanged: copied with its neighbours when they come in order. */
  addSaved(i) {
    if (!this.saved || i < 0 || i >= this.saved.units.length) throw new Error(`no saved unit ${i}`);
    if (this.run && this.run.to === i) {
      this.run.to++;
      return;
    }
    this.flushRun();
    this.run = { from: i, to: i + 1 };
  }
  /** The files of saved unit `i` that have suppression comments. */
  savedSuppressionFiles(i) {
    const o = this.offsets;
    return this.saved.suppressionFiles.slice(o.suppressionFiles[i], o.suppressionFiles[i + 1]);
  }
  flushRun() {
    if (this.closed) throw new Error("units added after the accumulated state was closed");
    const run = this.run;
    if (!run) return;
    this.run = void 0;
    const s = this.saved;
    const o = this.offsets;
    const { from, to } = run;
    this.topics.appendSaved(s, o.topics[from], o.topics[to], o.groups[from], o.groups[to], s.nameChunks.slice(o.names[from], o.names[to]));
    const copy = (into, list, k) => {
      for (let j = o[k][from], end = o[k][to]; j < end; j++) into.push(list[j]);
    };
    copy(this.files, s.files, "files");
    copy(this.consumerGroups, s.consumerGroups, "consumerGroups");
    copy(this.clients, s.clients, "clients");
    copy(this.unknowns, s.unknowns, "unknowns");
    copy(this.suppressionFiles, s.suppressionFiles, "suppressionFiles");
    for (let i = from; i < to; i++) {
      this.findingTexts.push(s.findings[i]);
      this.shapes?.push(s.units[i]);
    }
  }
  /** No more units: copies what is pending. Call once, before reading anything below. */
  close() {
    this.flushRun();
    this.closed = true;
  }
  /** This run's state, for the next run (only with `keepShapes`); before `columns` and `takeFindings`. */
  state() {
    if (!this.closed || !this.shapes) throw new Error("state() needs a closed accumulator that kept its shapes");
    const topics = this.topics.saved();
    return {
      ...topics,
      units: this.shapes,
      files: [...this.files],
      consumerGroups: [...this.consumerGroups],
      clients: [...this.clients],
      unknowns: [...this.unknowns],
      suppressionFiles: [...this.suppressionFiles],
      findings: [...this.findingTexts]
    };
  }
  /** The stored topics as columns (see `TopicStore.finish`). */
  columns() {
    if (!this.closed) throw new Error("columns() before close()");
    return this.topics.finish();
  }
  /** The findings, once: the texts are released as they are parsed (the end of a run is its peak). */
  takeFindings() {
    if (!this.closed) throw new Error("takeFindings() before close()");
    const out = [];
    for (const text of this.findingTexts.splice(0)) if (text) for (const f of JSON.parse(text)) out.push(f);
    return out;
  }
};

// src/engine/stream.ts
function unitEnv(rules, data) {
  const perFile = rules.filter((r) => r.meta.kind !== "change" && !r.meta.crossFile);
  const resolver = new SettingsResolver(data.config, new Map(rules.map((r) => [r.meta.id, r])));
  return {
    run: ruleRunner({ rules: perFile, config: data.config, resolver }),
    codeowners: data.codeowners ? parseCodeowners(data.codeowners.path, data.codeowners.text) : void 0,
    codeownersFile: data.codeowners,
    clusterOf: clusterMatcher(data.config.clusters),
    collectUnknowns: data.collectUnknowns
  };
}
var SUPPRESSION_MARKER = "topiclint-disable";
function canStream(rules, config) {
  const cross = new Set(rules.filter((r) => r.meta.crossFile && r.meta.kind !== "change").map((r) => r.meta.id));
  if (rules.some((r) => r.meta.crossFile && r.meta.tags.includes("policy"))) return false;
  return !(config?.overrides ?? []).some((o) => o.when && Object.keys(o.rules).some((id) => cross.has(id)));
}
function lintUnit(output, unitTexts, env) {
  let texts = unitTexts;
  const plain = { topics: output.topics, consumerGroups: output.consumerGroups, clients: output.clients, files: output.files, problems: output.problems, suppressions: [] };
  const catalog = withClusters(withCodeowners(plain, env.codeowners), env.clusterOf);
  const suppressionFiles = [...texts].filter(([, text]) => text.includes(SUPPRESSION_MARKER)).map(([p]) => p);
  if (env.codeownersFile && catalog !== plain) texts = new Map([...texts, [env.codeownersFile.path, env.codeownersFile.text]]);
  const raw = env.run(catalog);
  return {
    files: catalog.files,
    findings: raw.length ? JSON.parse(JSON.stringify(locateFindings(raw, { texts }))) : [],
    topics: packTopics(catalog.topics),
    // Copies: what is kept after the file is linted must not keep its text alive (V8 keeps a whole file text behind a slice of it).
    consumerGroups: catalog.consumerGroups.length ? JSON.parse(JSON.stringify(catalog.consumerGroups)) : [],
    clients: catalog.clients.length ? JSON.parse(JSON.stringify(catalog.clients)) : [],
    ...env.collectUnknowns ? { unknowns: collectUnknowns(catalog, texts) } : {},
    ...suppressionFiles.length ? { suppressionFiles } : {}
  };
}
async function lintStream(items, options) {
  const registry = options.registry ?? defaultSources;
  const config = options.config ?? EMPTY_CONFIG;
  const active = options.rules.filter((r) => r.meta.kind !== "change");
  const env = unitEnv(options.rules, { config, collectUnknowns: options.collectUnknowns ?? false, ...options.codeowners ? { codeowners: options.codeowners } : {} });
  const cache = options.unitCache;
  const acc = new Accumulated(cache?.saved?.(), cache?.remember !== void 0);
  const projects = /* @__PURE__ */ new Map();
  const records = [];
  const kept = /* @__PURE__ */ new Map();
  if (options.codeowners) kept.set(options.codeowners.path, options.codeowners.text);
  const keepSuppressionTexts = (found, files) => {
    for (const p of "saved" in found ? acc.savedSuppressionFiles(found.saved) : found.unit.suppressionFiles ?? []) {
      const file = files.find((f) => f.path === p);
      if (file) kept.set(p, file.text);
    }
    return found;
  };
  const finishUnit = (files, output) => {
    const unit = lintUnit(output, new Map(files.map((f) => [f.path, f.text])), env);
    return keepSuppressionTexts({ unit, key: cache?.store(files, unit) ?? null }, files);
  };
  const push = (unit) => {
    if ("saved" in unit) acc.addSaved(unit.saved);
    else acc.add(unit.unit, unit.key);
  };
  let seen = 0;
  for (const item of items) {
    if (options.yieldEvery && ++seen % options.yieldEvery === 0) await new Promise((resolve2) => setImmediate(resolve2));
    if ("cached" in item) {
      push(item.cached);
      continue;
    }
    if ("record" in item) {
      records.push(item.record);
      continue;
    }
    const project = projectAdapterFor(item.path, registry);
    if (project) {
      const list = projects.get(project) ?? [];
      list.push(item);
      projects.set(project, list);
      continue;
    }
    if (!YAML_EXTENSIONS.test(item.path)) {
      push({ unit: { files: [{ path: item.path, status: "not-catalog", formats: [], reason: "no reader for this file type" }], findings: [], topics: packTopics([]), consumerGroups: [], clients: [] }, key: null });
      continue;
    }
    const cached = cache?.lookup([item]);
    push(cached ? keepSuppressionTexts(cached, [item]) : finishUnit([item], readYamlFile(item, registry)));
  }
  for (const [adapter, list] of projects) {
    const cached = cache?.lookup(list);
    push(cached ? keepSuppressionTexts(cached, list) : finishUnit(list, await readProjectFiles(adapter, list)));
  }
  if (records.length) {
    const output = { topics: [], consumerGroups: [], clients: [], problems: notLintableProblems(records), files: records };
    push({ unit: lintUnit(output, /* @__PURE__ */ new Map(), env), key: null });
  }
  acc.close();
  cache?.remember?.(() => acc.state());
  const texts = lazyTexts(kept, options.textOf);
  const unitFindings = acc.takeFindings();
  const { suppressionFiles } = acc;
  const unknowns = options.collectUnknowns ? acc.unknowns : void 0;
  const { catalog, cross, topicCount, index } = runCrossFileRules(acc, active.filter((r) => r.meta.crossFile), config, texts);
  const changes = options.changeFindings && await options.changeFindings({ files: acc.files, index, consumerGroups: acc.consumerGroups, clients: acc.clients, texts });
  for (const f of changes?.findings ?? []) cross.push(f);
  const order = new Map(options.rules.map((r, i) => [r.meta.id, i]));
  const rank = (f) => order.get(f.finding.ruleId) ?? order.size;
  const inRuleOrder = [...unitFindings, ...cross].map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
  const suppressionTexts = /* @__PURE__ */ new Map();
  for (const p of suppressionFiles) {
    const text = texts.get(p);
    if (text !== void 0) suppressionTexts.set(p, text);
  }
  return buildResult(catalog, fingerprintFindings(inRuleOrder), suppressionTexts, options, changes?.ref, unknowns, topicCount);
}
function runCrossFileRules(acc, rules, config, texts) {
  const index = new PackedIndex(acc.columns());
  const catalog = {
    // Cross-file rules read topics through the index; whole topics are not kept (see catalog-index.ts).
    get topics() {
      throw new Error("in the streaming pipeline, cross-file rules read topics through ctx.index");
    },
    consumerGroups: acc.consumerGroups,
    clients: acc.clients,
    files: acc.files,
    problems: [],
    suppressions: []
  };
  const cross = locateFindings(runRules(catalog, { rules, config, texts, index }), { texts });
  return { catalog, cross, topicCount: index.topicCount, index };
}
function lazyTexts(kept, textOf2) {
  return {
    get(path6) {
      let text = kept.get(path6);
      if (text === void 0 && textOf2) {
        text = textOf2(path6);
        if (text !== void 0) kept.set(path6, text);
      }
      return text;
    },
    has(path6) {
      return this.get(path6) !== void 0;
    }
  };
}

// src/engine/pipeline.ts
function byPath(files) {
  return [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function lintFiles(unordered, options) {
  const files = byPath(unordered);
  if (!options.base && !options.wholeCatalog && canStream(options.rules, options.config)) {
    const texts2 = new Map(files.map((f) => [f.path, f.text]));
    const records = (options.notLintable ?? []).map((record) => ({ path: record.path, record }));
    const { base: _base, notLintable: _n, yamlReader: _y, ...rest } = options;
    return lintStream([...files, ...records], { ...rest, textOf: (p) => texts2.get(p) });
  }
  const readOptions = { ...options.registry ? { registry: options.registry } : {}, ...options.yamlReader ? { yamlReader: options.yamlReader } : {} };
  const codeowners = options.codeowners ? parseCodeowners(options.codeowners.path, options.codeowners.text) : void 0;
  const clusterOf = clusterMatcher(options.config?.clusters);
  let catalog = withClusters(withCodeowners(await readCatalog(files, readOptions), codeowners), clusterOf);
  if (options.notLintable?.length) catalog = withNotLintable(catalog, options.notLintable);
  const texts = new Map(files.map((f) => [f.path, f.text]));
  if (options.codeowners) texts.set(options.codeowners.path, options.codeowners.text);
  let base;
  let baseTexts;
  if (options.base) {
    base = { ref: options.base.ref, catalog: withClusters(withCodeowners(await readCatalog(byPath(options.base.files), readOptions), codeowners), clusterOf) };
    baseTexts = new Map(options.base.files.map((f) => [f.path, f.text]));
  }
  return lintCatalogs(catalog, texts, options, base, baseTexts);
}
function withNotLintable(catalog, records) {
  return { ...catalog, files: [...catalog.files, ...records], problems: [...catalog.problems, ...notLintableProblems(records)] };
}
function lintCatalogs(catalog, texts, options, base, baseTexts) {
  const raw = runRules(catalog, { rules: options.rules, config: options.config ?? EMPTY_CONFIG, texts, ...base ? { base } : {} });
  const findings = toFindings(raw, { texts, ...baseTexts ? { baseTexts } : {} });
  return buildResult(catalog, findings, texts, options, base?.ref, options.collectUnknowns ? collectUnknowns(catalog, texts) : void 0);
}

// src/discover.ts
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import path2 from "node:path";

// src/util/gitignores.ts
var import_ignore = __toESM(require_ignore(), 1);
import path from "node:path";
var GITIGNORE_MAX_BYTES = 10 * 1024 * 1024;
var GitIgnores = class {
  constructor(root, files = new RepoFiles(root), maxSize = GITIGNORE_MAX_BYTES) {
    this.root = root;
    this.files = files;
    this.maxSize = maxSize;
  }
  root;
  files;
  maxSize;
  own = /* @__PURE__ */ new Map();
  /** Per folder, the .gitignore files that apply to what is in it: its own and those above it. */
  chains = /* @__PURE__ */ new Map();
  /** `.gitignore` files that exist but were not read safely (not applied); the caller reports them. */
  problems = [];
  forDir(dir2) {
    if (this.own.has(dir2)) return this.own.get(dir2);
    const file = path.join(dir2, ".gitignore");
    let ig = null;
    const read2 = this.files.readText(file, this.maxSize);
    if ("text" in read2) ig = (0, import_ignore.default)().add(read2.text);
    else if (!read2.missing) this.problems.push({ file, reason: `${read2.reason} (a .gitignore: its patterns were not applied)` });
    this.own.set(dir2, ig);
    return ig;
  }
  chain(dir2) {
    let chain = this.chains.get(dir2);
    if (chain) return chain;
    const inside = dir2 === this.root || dir2.startsWith(this.root + path.sep);
    const up = path.dirname(dir2);
    const above = inside && dir2 !== this.root && up !== dir2 ? this.chain(up) : [];
    const ig = inside ? this.forDir(dir2) : null;
    chain = ig ? [...above, { base: dir2, ig }] : above;
    this.chains.set(dir2, chain);
    return chain;
  }
  /** Is this folder excluded by a .gitignore above it (then nothing in it is read, as in git)? */
  ignoredDir(absolute) {
    return this.ignored(absolute, "/");
  }
  ignored(absolute, suffix = "") {
    for (const { base, ig } of this.chain(path.dirname(absolute))) {
      const rel = toPosix(path.relative(base, absolute));
      if (rel && !rel.startsWith("..") && ig.ignores(rel + suffix)) return true;
    }
    return false;
  }
};

// src/discover.ts
var NEVER_ENTERED = /* @__PURE__ */ new Set(["node_modules", ".git", ".topiclint-cache"]);
async function discover(opts) {
  const root = path2.resolve(opts.root);
  const repoFiles = new RepoFiles(root);
  const gitignores = new GitIgnores(root, repoFiles, opts.maxFileSize);
  const neverEnter = new Set((opts.neverEnter ?? []).map((d) => path2.resolve(d)));
  const out = /* @__PURE__ */ new Map();
  const problems = [];
  const prefix = root.endsWith(path2.sep) ? root : root + path2.sep;
  const rel = (abs) => (abs.startsWith(prefix) ? toPosix(abs.slice(prefix.length)) : toPosix(path2.relative(root, abs))) || path2.basename(abs);
  const included = opts.include?.length ? globMatcher(opts.include) : void 0;
  const excluded = opts.exclude?.length ? globMatcher(opts.exclude) : void 0;
  let ignoredSome = false;
  const ignoredDir = (dir2) => {
    if (!gitignores.ignoredDir(dir2)) return false;
    ignoredSome = true;
    return true;
  };
  const walked = [];
  const consider = (abs, explicit, viaLink = true, tracked = false) => {
    const r = rel(abs);
    if (excluded?.(r)) return;
    if (!explicit && included && !included(r)) return;
    if (!explicit && !opts.isCandidate(r)) return;
    if (!explicit && !tracked && gitignores.ignored(abs)) {
      ignoredSome = true;
      return;
    }
    if (!viaLink) {
      out.set(r, { path: r, absolute: abs });
      return;
    }
    const where = repoFiles.resolve(abs);
    if ("reason" in where) {
      problems.push({ path: r, reason: where.missing ? "cannot be resolved (ENOENT); a broken or looping symbolic link?" : where.reason });
      return;
    }
    out.set(r, { path: r, absolute: abs });
  };
  for (const p of opts.paths.length ? opts.paths : ["."]) {
    const abs = path2.resolve(opts.cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch (e) {
      problems.push({ path: toPosix(p), reason: `does not exist or cannot be read (${errorCode(e)})` });
      continue;
    }
    if (st.isFile()) {
      consider(abs, true);
      continue;
    }
    if (!st.isDirectory()) {
      problems.push({ path: rel(abs), reason: NOT_REGULAR_REASON });
      continue;
    }
    let realStart;
    try {
      realStart = realpathSync(abs);
    } catch {
    }
    if (repoFiles.inGitDir(abs, realStart)) {
      problems.push({ path: rel(abs), reason: GIT_DIR_REASON });
      continue;
    }
    const startIsReal = realStart === abs;
    walked.push(abs);
    walkFolder(
      abs,
      (dir2, name) => !NEVER_ENTERED.has(name) && !neverEnter.has(dir2) && !ignoredDir(dir2),
      // A file's path goes through a symbolic link only if the folder given is reached through one
      // (folder links are never entered) or the entry is a link itself.
      (file, isLink) => consider(file, false, isLink || !startIsReal),
      (dir2, code) => problems.push({ path: rel(dir2), reason: `folder cannot be read (${code}); nothing in it was linted` })
    );
  }
  if (ignoredSome) {
    const seen = /* @__PURE__ */ new Set([...out.keys(), ...problems.map((p) => p.path)]);
    await lintTracked(root, walked, neverEnter, (abs) => !seen.has(rel(abs)), (abs) => consider(abs, false, true, true));
  }
  problems.push(...gitignores.problems.map((p) => ({ path: rel(p.file), reason: p.reason })));
  const byPath2 = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  return { files: [...out.values()].sort(byPath2), problems: problems.sort(byPath2) };
}
async function lintTracked(root, walked, neverEnter, missing, consider) {
  if (!findGitRoot(root)) return;
  const { listTrackedFiles } = await import("./base-TLIUZW2T.js");
  const tracked = await listTrackedFiles(root);
  if (!tracked) return;
  const inside = (abs, dir2) => abs === dir2 || abs.startsWith(dir2.endsWith(path2.sep) ? dir2 : dir2 + path2.sep);
  for (const p of tracked) {
    const abs = path2.join(root, p);
    if (p.split("/").some((s) => NEVER_ENTERED.has(s)) || [...neverEnter].some((d) => inside(abs, d))) continue;
    if (!walked.some((d) => inside(abs, d)) || !missing(abs)) continue;
    try {
      const st = lstatSync(abs);
      if (!st.isFile() && !st.isSymbolicLink()) continue;
    } catch {
      continue;
    }
    consider(abs);
  }
}
function walkFolder(start, enter, onEntry, onUnreadable) {
  const pending = [start];
  for (let dir2 = pending.pop(); dir2 !== void 0; dir2 = pending.pop()) {
    let entries;
    try {
      entries = readdirSync(dir2, { withFileTypes: true });
    } catch (e) {
      onUnreadable(dir2, errorCode(e));
      continue;
    }
    if (dir2 !== start && looksLikeGitDir(entries)) continue;
    const prefix = dir2.endsWith(path2.sep) ? dir2 : dir2 + path2.sep;
    for (const entry of entries) {
      const full = prefix + entry.name;
      if (entry.isDirectory()) {
        if (enter(full, entry.name)) pending.push(full);
      } else onEntry(full, entry.isSymbolicLink());
    }
  }
}
function looksLikeGitDir(entries) {
  return entries.some((e) => e.name === "HEAD") && entries.some((e) => e.name === "objects" || e.name === "commondir");
}
function findGitRoot(dir2) {
  let d = path2.resolve(dir2);
  for (; ; ) {
    if (existsSync(path2.join(d, ".git"))) return d;
    const up = path2.dirname(d);
    if (up === d) return void 0;
    d = up;
  }
}

// src/cache/result-cache.ts
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path3 from "node:path";
var DEFAULT_CACHE_LOCATION = ".topiclint-cache";
var RESULT_FILE = "result-v1.json";
function resultKey(parts) {
  const h = createHash("sha256");
  const put = (s) => h.update(`${s.length}:${s}`);
  put(`${TOOL.name}@${TOOL.version}`);
  put(parts.salt);
  put(parts.root);
  for (const f of parts.files) {
    put(f.path);
    put(digestOf("sha1", f.text, "base64"));
  }
  put(JSON.stringify(parts.records));
  put(parts.codeowners ? `${parts.codeowners.path}
${parts.codeowners.text}` : "-");
  put(parts.baseCommit ?? "-");
  for (const f of parts.baseFiles ?? []) put(`${f.path}
${digestOf("sha1", f.text, "base64")}`);
  put(parts.ruleIds.join(","));
  put(JSON.stringify(parts.config ?? null));
  put(JSON.stringify(parts.options ?? null));
  return h.digest("hex");
}
async function readCachedResult(dir2, key) {
  try {
    const data = JSON.parse(await readFile(path3.join(dir2, RESULT_FILE), "utf8"));
    return data.key === key && data.result ? data.result : void 0;
  } catch {
    return void 0;
  }
}
async function writeCachedResult(dir2, key, result) {
  await mkdir(dir2, { recursive: true });
  const file = path3.join(dir2, RESULT_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify({ key, result }));
  await rename(tmp, file);
}

// src/cache/unit-cache.ts
import { createHash as createHash3 } from "node:crypto";
import { closeSync as closeSync3, existsSync as existsSync2, fstatSync, mkdirSync, openSync as openSync3, read, readFileSync as readFileSync2, rmSync, writeFileSync } from "node:fs";
import path4 from "node:path";

// src/cache/bytes.ts
import { isAscii } from "node:buffer";
function textOf(bytes, start = 0, end = bytes.length) {
  return isAscii(bytes.subarray(start, end)) ? bytes.toString("latin1", start, end) : bytes.toString("utf8", start, end);
}

// src/cache/state-file.ts
import { createHash as createHash2 } from "node:crypto";
import os from "node:os";
var STATE_FILE = "state-v1.bin";
var bytesOf = (ints) => Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength);
function encodeState(state, tag) {
  const body = {
    units: state.units.map((u) => [u.key, u.topics, u.groups, u.files, u.consumerGroups, u.clients, u.unknowns, u.suppressionFiles]),
    table: state.table,
    nameChunks: state.nameChunks,
    whole: state.wholeIds.map((id) => [id, state.whole[id]]),
    files: state.files,
    consumerGroups: state.consumerGroups,
    clients: state.clients,
    unknowns: state.unknowns,
    suppressionFiles: state.suppressionFiles,
    findingLengths: state.findings.map((text) => text.length)
  };
  const sections = [bytesOf(state.topicInts), bytesOf(state.groupInts), Buffer.from(JSON.stringify(body)), Buffer.from(state.findings.join(""))];
  const hash = createHash2("sha1");
  for (const s of sections) hash.update(s);
  const header = { tag, endian: os.endianness(), sha1: hash.digest("hex"), sizes: [sections[0].length, sections[1].length, sections[2].length, sections[3].length] };
  const line = JSON.stringify(header);
  return [Buffer.from(`${line.padEnd(line.length + (4 - (line.length + 1) % 4) % 4)}
`), ...sections];
}
function decodeState(bytes, tag) {
  try {
    const newline = bytes.indexOf(10);
    if (newline < 0) return void 0;
    const header = JSON.parse(textOf(bytes, 0, newline));
    if (header.tag !== tag || header.endian !== os.endianness() || !Array.isArray(header.sizes) || header.sizes.length !== 4) return void 0;
    const [topicBytes, groupBytes, jsonBytes, findingBytes] = header.sizes;
    const start = newline + 1;
    if (![topicBytes, groupBytes, jsonBytes, findingBytes].every((n) => Number.isInteger(n) && n >= 0) || topicBytes % 4 || groupBytes % 4) return void 0;
    if (start + topicBytes + groupBytes + jsonBytes + findingBytes !== bytes.length) return void 0;
    if (createHash2("sha1").update(bytes.subarray(start)).digest("hex") !== header.sha1) return void 0;
    const ints = (from, size) => {
      if ((bytes.byteOffset + from) % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset + from, size / 4);
      const out = new Int32Array(size / 4);
      new Uint8Array(out.buffer).set(bytes.subarray(from, from + size));
      return out;
    };
    const jsonAt = start + topicBytes + groupBytes;
    const body = JSON.parse(textOf(bytes, jsonAt, jsonAt + jsonBytes));
    const findingsAt = jsonAt + jsonBytes;
    const allFindings = textOf(bytes, findingsAt, findingsAt + findingBytes);
    let at = 0;
    const findings = body.findingLengths.map((n) => allFindings.slice(at, at += n));
    const whole = {};
    for (const [id, topic] of body.whole) whole[id] = topic;
    const state = {
      units: body.units.map(([key, topics, groups, files, consumerGroups, clients, unknowns, suppressionFiles]) => ({ key, topics, groups, files, consumerGroups, clients, unknowns, suppressionFiles })),
      topicInts: ints(start, topicBytes),
      groupInts: ints(start + topicBytes, groupBytes),
      table: body.table,
      nameChunks: body.nameChunks,
      whole,
      wholeIds: body.whole.map(([id]) => id),
      files: body.files,
      consumerGroups: body.consumerGroups,
      clients: body.clients,
      unknowns: body.unknowns,
      suppressionFiles: body.suppressionFiles,
      findings
    };
    return at === allFindings.length && consistentState(state) ? state : void 0;
  } catch {
    return void 0;
  }
}

// src/cache/units-file.ts
import { closeSync, openSync, readFileSync, readSync, statSync as statSync2 } from "node:fs";
var UNITS_FILE = "units-v3.txt";
var UNITS_DIRECTORY_FILE = "units-v3.dir.json";
var MAX_POSITIONED_READS = 32;
var UnitsFile = class _UnitsFile {
  constructor(file, directoryFile, header) {
    this.file = file;
    this.directoryFile = directoryFile;
    this.header = header;
  }
  file;
  directoryFile;
  header;
  /** The whole file, once read (not in directory mode until needed). */
  bytes;
  ranges = /* @__PURE__ */ new Map();
  lines = 0;
  size = 0;
  /** The file has the expected header and ends with a complete line: new lines can be appended. */
  appendable = false;
  positionedReads = 0;
  /**
   * Never throws: a missing or foreign file is an empty one (rewritten at the first `write`).
   * `directory`: the directory file's bytes if already read.
   */
  static open(file, directoryFile, header, directory) {
    const units = new _UnitsFile(file, directoryFile, header);
    if (!units.openWithDirectory(directory)) units.loadWhole();
    return units;
  }
  openWithDirectory(bytes) {
    try {
      const dir2 = JSON.parse(textOf(bytes ?? readFileSync(this.directoryFile)));
      if (dir2.header !== this.header || !Array.isArray(dir2.keys) || !Array.isArray(dir2.spans) || dir2.spans.length !== 2 * dir2.keys.length) return false;
      const size = statSync2(this.file).size;
      if (size !== dir2.size) return false;
      dir2.keys.forEach((key, i) => this.ranges.set(key, { start: dir2.spans[2 * i], end: dir2.spans[2 * i + 1] }));
      this.lines = dir2.lines;
      this.size = size;
      this.appendable = true;
      return true;
    } catch {
      return false;
    }
  }
  loadWhole() {
    this.ranges = /* @__PURE__ */ new Map();
    this.lines = 0;
    this.appendable = false;
    let bytes;
    try {
      bytes = readFileSync(this.file);
    } catch {
      this.bytes = Buffer.alloc(0);
      this.size = 0;
      return;
    }
    this.bytes = bytes;
    this.size = bytes.length;
    const head = Buffer.from(`${this.header}
`);
    if (!bytes.subarray(0, head.length).equals(head)) return;
    for (let start = head.length; start < bytes.length; ) {
      const end = bytes.indexOf(10, start);
      if (end < 0) break;
      const space = bytes.indexOf(32, start);
      if (space > start && space < end) this.ranges.set(bytes.toString("latin1", start, space), { start: space + 1, end });
      this.lines++;
      start = end + 1;
    }
    this.appendable = bytes[bytes.length - 1] === 10;
  }
  /** Whether the whole file has been read (rather than single lines by position, through the directory). */
  get readWhole() {
    return this.bytes !== void 0;
  }
  /** The unit's JSON, or undefined when there is none or its line is damaged. */
  text(key) {
    const r = this.ranges.get(key);
    if (!r) return void 0;
    if (!this.bytes && ++this.positionedReads > MAX_POSITIONED_READS) this.loadWhole();
    if (this.bytes) return this.bytes.length >= r.end ? textOf(this.bytes, r.start, r.end) : void 0;
    const line = this.readLine(key, r);
    if (line) return textOf(line, key.length + 1, line.length - 1);
    this.loadWhole();
    return this.text(key);
  }
  /** The key's whole line (key, space, JSON, newline), read by position; undefined unless it checks out. */
  readLine(key, r) {
    const from = r.start - key.length - 1;
    const line = Buffer.allocUnsafe(r.end + 1 - from);
    let fd;
    try {
      fd = openSync(this.file, "r");
      if (readSync(fd, line, 0, line.length, from) !== line.length) return void 0;
    } catch {
      return void 0;
    } finally {
      if (fd !== void 0) closeSync(fd);
    }
    return line.toString("latin1", 0, key.length + 1) === `${key} ` && line[line.length - 1] === 10 ? line : void 0;
  }
  /**
   * Write this run's units: `added` lines are appended, or, when the file holds more than twice the
   * units in use (or is not ours), it is rewritten with only the units `inUse` (their lines as they
   * were) and the added ones. Then the directory is written.
   */
  write(added, inUse, writes) {
    const rewrite = !this.appendable || this.lines > 2 * inUse.length + 64;
    if (rewrite) {
      if (!this.bytes) this.loadWhole();
      const pieces = [Buffer.from(`${this.header}
`)];
      const ranges = /* @__PURE__ */ new Map();
      let size = pieces[0].length;
      const put = (key, line) => {
        pieces.push(line);
        ranges.set(key, { start: size + key.length + 1, end: size + line.length - 1 });
        size += line.length;
      };
      for (const key of inUse) {
        const json = added.get(key);
        const r = this.ranges.get(key);
        if (json !== void 0) put(key, Buffer.from(`${key} ${json}
`));
        else if (r && this.bytes && this.bytes.length > r.end) put(key, this.bytes.subarray(r.start - key.length - 1, r.end + 1));
      }
      writes.atomically(this.file, pieces);
      this.bytes = void 0;
      this.ranges = ranges;
      this.lines = ranges.size;
      this.size = size;
    } else if (added.size) {
      const pieces = [];
      let size = this.size;
      for (const [key, json] of added) {
        const line = Buffer.from(`${key} ${json}
`);
        pieces.push(line);
        this.ranges.set(key, { start: size + key.length + 1, end: size + line.length - 1 });
        size += line.length;
        this.lines++;
      }
      writes.append(this.file, pieces);
      this.size = size;
      this.bytes = void 0;
    } else return;
    this.appendable = true;
    const keys = [...this.ranges.keys()];
    const spans = [];
    for (const key of keys) {
      const r = this.ranges.get(key);
      spans.push(r.start, r.end);
    }
    const dir2 = { header: this.header, size: this.size, lines: this.lines, keys, spans };
    writes.atomically(this.directoryFile, JSON.stringify(dir2));
  }
};

// src/cache/background-writes.ts
import { closeSync as closeSync2, openSync as openSync2, renameSync, unlinkSync, writeSync, writev } from "node:fs";
var BackgroundWrites = class {
  pending = [];
  /**
   * Replace `file` with `data`: bytes, or a text given as parts written one after the other (a text
   * joined from a long part would be copied whole, flattened, before its first slice is written).
   */
  atomically(file, data) {
    const tmp = `${file}.${process.pid}.tmp`;
    const text = typeof data === "string" ? [data] : !Buffer.isBuffer(data) && typeof data[0] === "string" ? data : void 0;
    this.pending.push(
      (text ? writeText(tmp, text) : writeAll(tmp, "w", data)).then(
        () => renameSync(tmp, file),
        (e) => {
          try {
            unlinkSync(tmp);
          } catch {
          }
          throw e;
        }
      )
    );
  }
  /** Add `data` at the end of `file`. */
  append(file, data) {
    this.pending.push(writeAll(file, "a", data));
  }
  async settled() {
    const results = await Promise.allSettled(this.pending.splice(0));
    const failed = results.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
  }
};
var TEXT_SLICE = 64 * 1024;
function writeText(file, parts) {
  try {
    const fd = openSync2(file, "w");
    try {
      for (const text of parts) {
        for (let at = 0; at < text.length; ) {
          let end = Math.min(at + TEXT_SLICE, text.length);
          const last = text.charCodeAt(end - 1);
          if (end < text.length && last >= 55296 && last <= 56319) end--;
          writeSync(fd, text.slice(at, end));
          at = end;
        }
      }
    } finally {
      closeSync2(fd);
    }
    return Promise.resolve();
  } catch (e) {
    return Promise.reject(e);
  }
}
function writeAll(file, flags, data) {
  const buffers = typeof data === "string" ? [Buffer.from(data)] : Buffer.isBuffer(data) ? [data] : data;
  let fd;
  try {
    fd = openSync2(file, flags);
  } catch (e) {
    return Promise.reject(e);
  }
  return new Promise((resolve2, reject) => {
    const finish = (error) => {
      try {
        closeSync2(fd);
      } catch (e) {
        error ??= e;
      }
      if (error) reject(error);
      else resolve2();
    };
    const rest = (list, at) => {
      let skip = at;
      const left = [];
      for (const b of list) {
        if (skip >= b.length) skip -= b.length;
        else {
          left.push(skip ? b.subarray(skip) : b);
          skip = 0;
        }
      }
      if (!left.length) return finish(void 0);
      writev(fd, left, (error, written) => error ? finish(error) : rest(left, written));
    };
    rest(buffers, 0);
  });
}

// src/cache/unit-cache.ts
var INDEX_FILE = "index-v3.json";
var RESULT_FILE2 = "result-v3.json";
var LEGACY_FILES = ["units-v1.json", "units-v2.txt", "result-v2.json"];
var CACHE_FORMAT = "packed-8";
var CACHE_VERSION = `${TOOL.version}/${CACHE_FORMAT}`;
var MIN_STATE_SLACK = 16;
var RACY_MS = 2e3;
function stampOf(path6, st) {
  return { path: path6, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
}
var singleKeys = /* @__PURE__ */ new WeakMap();
function unitKey(files) {
  const only = files.length === 1 ? files[0] : void 0;
  const known = only && singleKeys.get(only);
  if (known) return known;
  let key;
  if (only) key = digestOf("sha1", `${only.path.length}:${only.path}${only.text.length}:${only.text}`, "base64");
  else {
    const h = createHash3("sha1");
    for (const f of files) h.update(`${f.path.length}:${f.path}${f.text.length}:`).update(f.text);
    key = h.digest("base64");
  }
  if (only) singleKeys.set(only, key);
  return key;
}
function readBytes(file, ahead) {
  if (ahead) return ahead;
  try {
    return readFileSync2(file);
  } catch {
    return void 0;
  }
}
function readText(file, ahead) {
  const bytes = readBytes(file, ahead);
  return bytes && textOf(bytes);
}
async function prefetchRunCache(dir2) {
  const state = readAhead(path4.join(dir2, STATE_FILE));
  const directory = readAhead(path4.join(dir2, UNITS_DIRECTORY_FILE));
  const [index, result] = await Promise.all([INDEX_FILE, RESULT_FILE2].map((name) => readAhead(path4.join(dir2, name))));
  return { index, result, state, directory };
}
function readAhead(file) {
  let fd;
  let size;
  try {
    fd = openSync3(file, "r");
  } catch {
    return Promise.resolve(void 0);
  }
  try {
    size = fstatSync(fd).size;
  } catch {
    closeSync3(fd);
    return Promise.resolve(void 0);
  }
  const bytes = Buffer.allocUnsafeSlow(size);
  return new Promise((resolve2) => {
    read(fd, bytes, 0, size, 0, (error, n) => {
      closeSync3(fd);
      resolve2(error || n !== size ? void 0 : bytes);
    });
  });
}
function unitText(unit) {
  return JSON.stringify(unit.topics.ints instanceof Int32Array ? { ...unit, topics: { ...unit.topics, ints: Array.from(unit.topics.ints) } } : unit);
}
function openRunCache(dir2, fullSalt, startedAt = Date.now(), ahead = {}) {
  return new FolderRunCache(dir2, digestOf("sha256", fullSalt, "hex"), startedAt, ahead);
}
function readIndex(dir2, salt, ahead) {
  let index;
  const indexText = readText(path4.join(dir2, INDEX_FILE), ahead);
  try {
    const data = indexText === void 0 ? void 0 : JSON.parse(indexText);
    if (data && data.version === CACHE_VERSION && data.salt === salt && Array.isArray(data.files)) index = data;
  } catch {
    index = void 0;
  }
  let files = [];
  try {
    files = (index?.files ?? []).map(([p, size, mtimeMs, ino, key, blob]) => {
      if (typeof p !== "string" || typeof size !== "number" || typeof mtimeMs !== "number" || typeof ino !== "number") throw new Error("not an index entry");
      return { path: p, size, mtimeMs, ino, ...typeof key === "string" ? { key } : {}, ...typeof blob === "string" ? { blob } : {} };
    });
  } catch {
    index = void 0;
  }
  return { index, files };
}
var FolderRunCache = class {
  dir;
  /** A SHA-256 of the run's salt: every cache file names it. */
  salt;
  startedAt;
  ahead;
  index;
  files;
  before;
  // Opened only when a unit is first needed: a run that reuses the whole result never reads it.
  units;
  aheadState;
  aheadDirectory;
  // The keys of the units this run used, and the JSON of those linted this run (to be written).
  used = /* @__PURE__ */ new Set();
  added = /* @__PURE__ */ new Map();
  keys = /* @__PURE__ */ new Map();
  // Git object ids of current texts: noted by a --base run, carried over for files unchanged since.
  blobs = /* @__PURE__ */ new Map();
  reused = false;
  // The previous run's state, read when first needed (null: not yet), and the units of it this run copies.
  state = null;
  fromState = /* @__PURE__ */ new Set();
  remembered;
  constructor(dir2, salt, startedAt, ahead) {
    this.dir = dir2;
    this.salt = salt;
    this.startedAt = startedAt;
    this.ahead = ahead;
    const { index, files } = readIndex(dir2, salt, ahead.index);
    this.index = index;
    this.files = files;
    this.before = new Map(files.map((e) => [e.path, e]));
  }
  get stateTag() {
    return `${CACHE_VERSION}
${this.salt}`;
  }
  stored() {
    return this.units ??= UnitsFile.open(path4.join(this.dir, UNITS_FILE), path4.join(this.dir, UNITS_DIRECTORY_FILE), JSON.stringify({ version: CACHE_VERSION, salt: this.salt }), this.aheadDirectory);
  }
  loadState() {
    if (this.state !== null) return this.state;
    const bytes = readBytes(path4.join(this.dir, STATE_FILE), this.aheadState);
    const saved = bytes && decodeState(bytes, this.stateTag);
    const byKey = /* @__PURE__ */ new Map();
    saved?.units.forEach((u, i) => u.key !== null && byKey.set(u.key, i));
    return this.state = saved ? { saved, byKey } : void 0;
  }
  /** A unit by key: from the saved state, this run's new units or the units file (a damaged line: none). */
  take(key) {
    const saved = this.loadState()?.byKey.get(key);
    if (saved !== void 0) {
      this.fromState.add(key);
      return { key, saved };
    }
    const text = this.added.get(key) ?? this.stored().text(key);
    if (text === void 0) return void 0;
    try {
      const unit = JSON.parse(text);
      this.used.add(key);
      return { key, unit };
    } catch {
      return void 0;
    }
  }
  async readAhead() {
    [this.aheadState, this.aheadDirectory] = await Promise.all([this.ahead.state, this.ahead.directory]);
  }
  reusableResult(today, problems, paths, stamp) {
    const { index, files } = this;
    if (!index || !index.complete || index.today !== today || index.problems !== problems || files.length !== paths.length) return void 0;
    for (let i = 0; i < paths.length; i++) {
      const then = files[i];
      if (then.path !== paths[i]) return void 0;
      const now = stamp(then.path);
      if (!now || now.size !== then.size || now.mtimeMs !== then.mtimeMs || now.ino !== then.ino || now.mtimeMs >= index.startedAt - RACY_MS) return void 0;
    }
    const text = readText(path4.join(this.dir, RESULT_FILE2), this.ahead.result);
    try {
      const stored = text === void 0 ? void 0 : JSON.parse(text);
      if (stored?.startedAt !== index.startedAt || stored.salt !== this.salt) return void 0;
      this.reused = true;
      return stored.result;
    } catch {
      return void 0;
    }
  }
  unchanged(p, st) {
    const e = this.before.get(p);
    const index = this.index;
    return !!(st && e?.key && index && e.size === st.size && e.mtimeMs === st.mtimeMs && e.ino === st.ino && st.mtimeMs < index.startedAt - RACY_MS);
  }
  byStat(p, st) {
    if (!this.unchanged(p, st)) return void 0;
    const { key, blob } = this.before.get(p);
    const unit = this.take(key);
    if (unit) {
      this.keys.set(p, key);
      if (blob) this.blobs.set(p, blob);
    }
    return unit;
  }
  blobOf(p) {
    return this.blobs.get(p);
  }
  noteBlob(p, id) {
    this.blobs.set(p, id);
  }
  noteStat(f) {
    this.keys.set(f.path, unitKey([f]));
  }
  lookup(files) {
    return this.take(unitKey(files));
  }
  store(files, unit) {
    const key = unitKey(files);
    this.used.add(key);
    this.added.set(key, unitText(unit));
    return key;
  }
  saved() {
    return this.loadState()?.saved;
  }
  remember(state) {
    const loaded = this.loadState();
    const slack = Math.max(MIN_STATE_SLACK, this.used.size + this.fromState.size >> 4);
    if (!loaded || this.used.size > slack || loaded.saved.units.length - this.fromState.size > slack) this.remembered = state();
  }
  async save(run) {
    if (this.reused) return;
    const dir2 = this.dir;
    mkdirSync(dir2, { recursive: true });
    const ignoreFile = path4.join(dir2, ".gitignore");
    if (!existsSync2(ignoreFile)) writeFileSync(ignoreFile, "# Written by topiclint --cache: nothing in this folder belongs in git.\n*\n");
    const writes = new BackgroundWrites();
    this.stored().write(this.added, [.../* @__PURE__ */ new Set([...this.used, ...this.fromState])], writes);
    if (this.remembered) writes.atomically(path4.join(dir2, STATE_FILE), encodeState(this.remembered, this.stateTag));
    if (run.result) writes.atomically(path4.join(dir2, RESULT_FILE2), [`{"startedAt":${this.startedAt},"salt":${JSON.stringify(this.salt)},"result":`, JSON.stringify(run.result), "}"]);
    writes.atomically(path4.join(dir2, INDEX_FILE), JSON.stringify(this.nextIndex(run)));
    if (!this.index) for (const legacy of LEGACY_FILES) rmSync(path4.join(dir2, legacy), { force: true });
    await writes.settled();
  }
  /** The index for the next run: each file's stamp, unit key and git object id. */
  nextIndex(run) {
    const entries = (run.stamps ?? []).map((s) => {
      const key = this.keys.get(s.path);
      const blob = this.blobs.get(s.path);
      if (blob) return [s.path, s.size, s.mtimeMs, s.ino, key ?? null, blob];
      return key ? [s.path, s.size, s.mtimeMs, s.ino, key] : [s.path, s.size, s.mtimeMs, s.ino];
    });
    return { version: CACHE_VERSION, salt: this.salt, startedAt: this.startedAt, today: run.today, problems: run.problems, complete: run.stamps !== void 0 && run.result !== void 0, files: entries };
  }
};

// src/engine/test-files.ts
var DEFAULT_TEST_FILES = [
  "**/test/**",
  "**/tests/**",
  "**/src/integrationTest/**",
  "**/src/testFixtures/**",
  "**/__tests__/**",
  "**/testdata/**",
  "**/fixtures/**",
  "**/__fixtures__/**",
  "**/*.spec.*",
  "**/*.test.*",
  "**/*IT.java",
  "**/*Test.java",
  "**/*Tests.java",
  "**/*TestCase.java"
];
var CODE_FORMATS = /* @__PURE__ */ new Set(["java", "typescript", "properties", "spring"]);
var CODE_EXTENSION = /\.(?:java|kt|[cm]?[jt]s|[jt]sx|properties)$/i;
function isCode(record, path6) {
  if (record && record.formats.length) return record.formats.every((f) => CODE_FORMATS.has(f));
  return CODE_EXTENSION.test(path6);
}
function leaveOutTestFiles(result, globs) {
  const list = globs ?? DEFAULT_TEST_FILES;
  if (!list.length) return result;
  const matches = globMatcher(list);
  const records = new Map(result.files.map((f) => [f.path, f]));
  const verdicts = /* @__PURE__ */ new Map();
  const isTest = (path6) => {
    let v = verdicts.get(path6);
    if (v === void 0) {
      v = matches(path6) && isCode(records.get(path6), path6);
      verdicts.set(path6, v);
    }
    return v;
  };
  const read2 = result.files.filter((f) => (f.status === "linted" || f.status === "parse-error") && isTest(f.path));
  const findings = result.findings.filter((f) => !isTest(f.location.file));
  if (!read2.length && findings.length === result.findings.length) return result;
  const stats = {
    ...result.stats,
    parseErrors: result.stats.parseErrors - read2.filter((f) => f.status === "parse-error").length,
    suppressed: findings.filter((f) => f.suppression && f.baselineState !== "absent").length,
    testFilesLeftOut: read2.length
  };
  return { ...result, findings, stats };
}

// src/lint.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
function discoverFiles(options, root, cwd, registry) {
  const cacheDir = options.cacheLocation ? [path5.resolve(root, options.cacheLocation)] : [];
  return discover({ root, cwd, paths: options.paths ?? ["."], isCandidate: (p) => isCandidatePath(p, registry), neverEnter: cacheDir, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, ...options.include ? { include: options.include } : {}, ...options.exclude ? { exclude: options.exclude } : {} });
}
async function readInputs(options, yieldEvery) {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? rootFor(cwd, options.paths ?? []);
  const registry = options.registry ?? defaultSources;
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const { files: found, problems: discoveryProblems } = await discoverFiles(options, root, cwd, registry);
  const records = discoveryProblems.map((p) => ({ path: p.path, status: "not-lintable", formats: [], reason: p.reason }));
  const problems = [];
  const files = [];
  for (const [i, f] of found.entries()) {
    if (yieldEvery && i % yieldEvery === yieldEvery - 1) await new Promise((resolve2) => setImmediate(resolve2));
    const read2 = readOne(f.path, f.absolute, maxSize);
    if ("record" in read2) records.push(read2.record);
    else if ("file" in read2) files.push(read2.file);
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files, records, problems, root };
}
function readOne(rel, absolute, maxSize, onStat) {
  const read2 = readRegularFile(absolute, maxSize, onStat);
  if (!("bytes" in read2)) return { record: { path: rel, status: "not-lintable", formats: [], reason: read2.missing ? "cannot be read (ENOENT)" : read2.folder ? FOLDER_LINK_REASON : read2.reason } };
  const decoded = decodeFile(read2.bytes, rel);
  if (!decoded.ok) return { record: { path: rel, status: "not-lintable", formats: [], reason: decoded.reason } };
  return { file: { path: rel, text: decoded.text.charCodeAt(0) === 65279 ? decoded.text.slice(1) : decoded.text }, stats: read2.stats };
}
async function readCodeowners(root, maxSize = DEFAULT_MAX_FILE_SIZE) {
  const files = new RepoFiles(root);
  for (const rel of CODEOWNERS_PATHS) {
    const read2 = files.readText(path5.join(root, rel), maxSize);
    if ("text" in read2) return { file: { path: rel, text: read2.text } };
    if (!read2.missing) return { problem: { path: rel, reason: `${read2.reason} (CODEOWNERS: its owners were not applied)` } };
  }
  return {};
}
function rootFor(cwd, paths) {
  const first = path5.resolve(cwd, paths[0] ?? ".");
  let dir2 = first;
  try {
    if (!statSync3(first).isDirectory()) dir2 = path5.dirname(first);
  } catch {
    dir2 = cwd;
  }
  const root = findGitRoot(dir2);
  if (root) return root;
  const rel = path5.relative(cwd, dir2);
  return rel === "" || !rel.startsWith("..") && !path5.isAbsolute(rel) ? path5.resolve(cwd) : dir2;
}
var YIELD_EVERY = 64;
async function startBaseRef(options, root) {
  const { started, label, asUsageError } = await beginBase(options, root);
  return async (headFiles) => {
    const read2 = await asUsageError(started.finish(new Map(headFiles.map((f) => [f.path, f.text]))));
    return { ref: label ?? read2.ref, files: read2.files, commit: read2.commit, extra: read2.extra };
  };
}
async function beginBase(options, root) {
  const spec = typeof options.baseRef === "string" ? { ref: options.baseRef } : options.baseRef;
  const { startBaseRead, gitBlobId, BaseRefError } = await import("./base-TLIUZW2T.js");
  const { WELL_KNOWN_POLICY_FILES } = await import("./policy-files-IBJFYXGY.js");
  const registry = options.registry ?? defaultSources;
  const started = startBaseRead({
    root,
    cwd: options.cwd ?? process.cwd(),
    paths: options.paths ?? ["."],
    ref: spec.ref,
    ...spec.fallbacks ? { fallbacks: spec.fallbacks } : {},
    isCandidate: (p) => isCandidatePath(p, registry),
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    alsoRead: [...WELL_KNOWN_POLICY_FILES, ...options.policyFiles ?? [], ...options.baselineAtBase ? [options.baselineAtBase.path] : []]
  });
  const asUsageError = async (p) => {
    try {
      return await p;
    } catch (e) {
      if (e instanceof BaseRefError) throw new UsageError(e.message);
      throw e;
    }
  };
  return { started, label: spec.label, asUsageError, gitBlobId };
}
async function lint(given = {}) {
  return lintThrough(given, "as-fits");
}
async function lintThrough(given, pipeline) {
  const options = withTrustedCache(given);
  warnOneThread(options);
  const rules = options.rules ?? builtinRules;
  const result = pipeline === "as-fits" && !options.base && canStream(rules, options.config) ? await lintStreaming(options, rules) : await lintWholeCatalog(options, rules);
  return leaveOutTestFiles(result, options.testFiles);
}
function warnOneThread(options) {
  const asked = options.concurrency;
  if (asked === void 0 || !(asked > 1)) return;
  options.onWarning?.(
    `a concurrency of ${asked} was asked for, but topiclint lints on one thread: worker threads made runs slower on the machines measured (docs/performance.md, "Threads"). The result is complete; drop the option (\`--concurrency\`) to silence this note.`
  );
}
async function lintStreaming(options, rules) {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? rootFor(cwd, options.paths ?? []);
  const registry = options.registry ?? defaultSources;
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const base = options.baseRef ? await beginBase(options, root) : void 0;
  if (options.cache) await cacheWritesSettled();
  const cacheDir = options.cache && options.cacheSalt !== void 0 && !options.registry ? path5.resolve(root, options.cacheLocation ?? DEFAULT_CACHE_LOCATION) : void 0;
  const ahead = cacheDir ? prefetchRunCache(cacheDir) : void 0;
  const { files: sorted, problems } = await discoverFiles(options, root, cwd, registry);
  const owners = await readCodeowners(root, maxSize);
  const codeowners = owners.file;
  if (owners.problem) problems.push(owners.problem);
  const startedAt = Date.now();
  const absolute = new Map(sorted.map((f) => [f.path, f.absolute]));
  const readAgain = (p) => {
    const read2 = readOne(p, absolute.get(p) ?? path5.join(root, p), maxSize);
    return "file" in read2 ? read2.file.text : void 0;
  };
  const salt = JSON.stringify({ tool: TOOL.version, config: options.config ?? null, rules: rules.map((r) => r.meta), verbose: options.verbose ?? false, maxSize, codeowners: codeowners ?? null, salt: options.cacheSalt ?? null });
  const today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const problemsKey = JSON.stringify(problems);
  const stamps = cacheDir ? stampAll(sorted) : /* @__PURE__ */ new Map();
  const cache = cacheDir ? openRunCache(cacheDir, salt, startedAt, await ahead) : void 0;
  if (cache) {
    const whole = base ? void 0 : cache.reusableResult(today, problemsKey, sorted.map((f) => f.path), (p) => stamps.get(p));
    if (whole) return whole;
    await cache.readAhead();
  }
  const run = { options, rules, root, registry, maxSize, sorted, problems, codeowners, stamps, cache, base, headIds: /* @__PURE__ */ new Map(), readAgain, atBase: {} };
  const result = await lintStream(streamItems(run), {
    rules,
    ...options.config ? { config: options.config } : {},
    registry,
    ...codeowners ? { codeowners } : {},
    ...options.verbose ? { collectUnknowns: true } : {},
    ...options.postprocess ? { postprocess: options.postprocess } : {},
    ...cache ? { unitCache: cache } : {},
    ...base ? { yieldEvery: YIELD_EVERY, changeFindings: (view) => changeFindingsAtBase(run, base, view) } : {},
    // Texts dropped after their file was linted are read again for the few findings the cross-file
    // rules place in them (positions) and for suppression comments.
    textOf: readAgain
  });
  if (cache) saveInBackground(cache, cacheDir, options, { today, problems: problemsKey, stamps: sorted.every((f) => stamps.has(f.path)) ? sorted.map((f) => stamps.get(f.path)) : void 0, result: base ? void 0 : result });
  const { gitBase, baselineWeakened } = run.atBase;
  return gitBase ? withPolicyWeakened(result, options, rules, root, gitBase, baselineWeakened ?? []) : result;
}
function stampAll(sorted) {
  const stamps = /* @__PURE__ */ new Map();
  for (const f of sorted) {
    try {
      stamps.set(f.path, stampOf(f.path, statSync3(f.absolute)));
    } catch {
    }
  }
  return stamps;
}
function* streamItems(run) {
  const { cache, base, stamps } = run;
  const noteHeadId = (p, id) => {
    run.headIds.set(p, id);
    cache?.noteBlob(p, id);
  };
  const cacheable = (p) => cache !== void 0 && YAML_EXTENSIONS.test(p) && !projectAdapterFor(p, run.registry);
  const vouched = new Set(cache ? run.sorted.filter((f) => cacheable(f.path) && cache.unchanged(f.path, stamps.get(f.path))).map((f) => f.path) : []);
  for (const p of run.problems) yield { path: p.path, record: { path: p.path, status: "not-lintable", formats: [], reason: p.reason } };
  for (const f of run.sorted) {
    const stamp = vouched.has(f.path) ? stamps.get(f.path) : void 0;
    const cached = stamp && cache.byStat(f.path, stamp);
    if (cached) {
      if (base) {
        const id = cache.blobOf(f.path) ?? blobIdOf(base, run.readAgain(f.path));
        if (id) noteHeadId(f.path, id);
      }
      yield { path: f.path, cached };
      continue;
    }
    const read2 = readOne(f.path, f.absolute, run.maxSize, cache ? (st) => stamps.set(f.path, stampOf(f.path, st)) : void 0);
    if ("record" in read2) yield { path: f.path, record: read2.record };
    else {
      if (cacheable(f.path)) cache.noteStat(read2.file, read2.stats);
      if (base) noteHeadId(f.path, base.gitBlobId(read2.file.text));
      yield read2.file;
    }
  }
}
function blobIdOf(base, text) {
  return text === void 0 ? void 0 : base.gitBlobId(text);
}
async function changeFindingsAtBase(run, base, view) {
  const { options, rules, codeowners } = run;
  const read2 = await base.asUsageError(base.started.finishChanged(run.headIds));
  const gitBase = { ref: base.label ?? read2.ref, commit: read2.commit, extra: read2.extra, files: [...read2.files.map((f) => f.path), ...read2.unchanged, ...read2.skipped.map((s) => s.path)] };
  run.atBase.gitBase = gitBase;
  run.atBase.baselineWeakened = resolveBaselineAtBase(options, gitBase);
  const { changeFindings } = await import("./change-subset-3IKNT2Y4.js");
  const findings = await changeFindings({
    view,
    baseRef: gitBase.ref,
    changedBase: read2.files,
    unchanged: read2.unchanged,
    rules: rules.filter((r) => r.meta.kind === "change"),
    config: options.config ?? EMPTY_CONFIG,
    registry: run.registry,
    ...codeowners ? { codeowners: parseCodeowners(codeowners.path, codeowners.text) } : {},
    readText: run.readAgain
  });
  return { ref: gitBase.ref, findings };
}
function saveInBackground(cache, cacheDir, options, record) {
  const saving = cache.save(record).catch((e) => options.onWarning?.(cacheNotWritten(cacheDir, e))).finally(() => cacheWrites.delete(saving));
  cacheWrites.add(saving);
}
function withTrustedCache(options) {
  if (!options.cache || !(options.baseRef || options.untrustedCheckout)) return options;
  const root = path5.resolve(options.root ?? rootFor(options.cwd ?? process.cwd(), options.paths ?? []));
  const location = options.cacheLocation ?? DEFAULT_CACHE_LOCATION;
  const rel = path5.relative(root, path5.resolve(root, location));
  if (rel === ".." || rel.startsWith(`..${path5.sep}`) || path5.isAbsolute(rel)) return options;
  options.onWarning?.(
    `the cache folder ${toPosix(rel) || "."} is inside the repository, which a pull request can write to, so ${options.baseRef ? "a --base run" : "a run in CI"} does not use it (the result is complete; it is only not reused). To reuse results in CI, keep the cache outside the checkout with --cache-location and restore it only from runs of trusted code.`
  );
  return { ...options, cache: false };
}
var cacheWrites = /* @__PURE__ */ new Set();
async function cacheWritesSettled() {
  await Promise.all([...cacheWrites]);
}
async function lintWholeCatalog(options, rules) {
  const root = options.root ?? rootFor(options.cwd ?? process.cwd(), options.paths ?? []);
  const pendingBase = !options.base && options.baseRef ? await startBaseRef(options, root) : void 0;
  const inputs = await readInputs({ ...options, root }, pendingBase ? YIELD_EVERY : void 0);
  const gitBase = pendingBase ? await pendingBase(inputs.files) : void 0;
  const baselineWeakened = gitBase ? resolveBaselineAtBase(options, gitBase) : [];
  const base = options.base ?? (gitBase ? { ref: gitBase.ref, files: gitBase.files } : void 0);
  const owners = await readCodeowners(inputs.root, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  const codeowners = owners.file;
  if (owners.problem) inputs.records.push({ path: owners.problem.path, status: "not-lintable", formats: [], reason: owners.problem.reason });
  const cacheDir = path5.resolve(inputs.root, options.cacheLocation ?? DEFAULT_CACHE_LOCATION);
  const key = options.cache && options.cacheSalt !== void 0 ? resultKey({
    // Waivers expire: a result is reused only on the day it was made.
    salt: `${options.cacheSalt}
${(/* @__PURE__ */ new Date()).toISOString().slice(0, 10)}`,
    root: inputs.root,
    files: inputs.files,
    records: inputs.records,
    ...codeowners ? { codeowners } : {},
    ...gitBase ? { baseCommit: gitBase.commit } : {},
    ...base ? { baseFiles: base.files } : {},
    ruleIds: rules.map((r) => r.meta.id),
    config: options.config,
    options: { verbose: options.verbose ?? false, policyFiles: options.policyFiles ?? [] }
  }) : void 0;
  if (key) {
    const cached = await readCachedResult(cacheDir, key);
    if (cached) return cached;
  }
  const registry = options.registry ?? defaultSources;
  const yamlReader = base ? reuseUnchanged(async (files) => files.map((f) => readYamlFile(f, registry))) : void 0;
  let result = await lintFiles(inputs.files, {
    rules,
    wholeCatalog: true,
    // Topics that declare no owner anywhere get their file's CODEOWNERS owners (the last source).
    ...codeowners ? { codeowners } : {},
    ...options.config ? { config: options.config } : {},
    registry,
    ...yamlReader ? { yamlReader } : {},
    ...options.verbose ? { collectUnknowns: true } : {},
    ...options.postprocess ? { postprocess: options.postprocess } : {},
    ...base ? { base } : {},
    // Oversized, binary, non-UTF-8, unreadable files and symlinks out of the repo: listed and reported.
    ...inputs.records.length ? { notLintable: inputs.records } : {}
  });
  if (gitBase && !options.base) result = await withPolicyWeakened(result, options, rules, inputs.root, gitBase, baselineWeakened);
  if (key) await writeCachedResult(cacheDir, key, result).catch((e) => options.onWarning?.(cacheNotWritten(cacheDir, e)));
  return result;
}
function resolveBaselineAtBase(options, base) {
  const atBase2 = options.baselineAtBase;
  return atBase2 ? atBase2.resolve(base.extra.get(atBase2.path), base.ref) : [];
}
async function withPolicyWeakened(result, options, rules, root, base, alsoWeakened = []) {
  if (!rules.some((r) => r.meta.id === "policy-weakened")) return result;
  const { comparePolicyFiles } = await import("./policy-files-IBJFYXGY.js");
  const weakened = await comparePolicyFiles({
    root,
    commit: base.commit,
    ref: base.ref,
    rules,
    baseTexts: base.extra,
    baseFiles: base.files.map((f) => typeof f === "string" ? f : f.path),
    ...options.policyFiles ? { extraPaths: options.policyFiles } : {},
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
  });
  weakened.push(...alsoWeakened);
  return weakened.length ? { ...result, findings: sortFindings([...result.findings, ...weakened]) } : result;
}
function cacheNotWritten(dir2, e) {
  return `the cache could not be written to ${dir2} (${errorCode(e)}); this run's result is complete, but the next run cannot reuse it. Make the folder writable or choose another with --cache-location.`;
}

export {
  builtinRules,
  builtinRulesById,
  UsageError,
  rootFor,
  lint,
  cacheWritesSettled
};
