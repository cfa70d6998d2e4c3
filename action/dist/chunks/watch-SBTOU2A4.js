import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  isTempFileFor
} from "./chunk-7YCOOR22.js";
import {
  RepoFiles
} from "./chunk-R2M2RDWI.js";
import "./chunk-T3EG56Z2.js";
import "./chunk-JRJOGWBZ.js";

// src/watch.ts
import { watch as fsWatch, statSync } from "node:fs";
import path from "node:path";
var DEFAULT_DEBOUNCE_MS = 200;
var DEFAULT_POLL_MS = 1e3;
function targetIdentity(target) {
  try {
    const s = statSync(target, { throwIfNoEntry: false });
    return s ? `${s.dev}:${s.ino}` : void 0;
  } catch {
    return void 0;
  }
}
var IGNORED_SEGMENTS = /* @__PURE__ */ new Set([".git", "node_modules", ".topiclint-cache"]);
function inIgnoredFolder(changed) {
  return changed.split(/[\\/]/).some((segment) => IGNORED_SEGMENTS.has(segment));
}
var nodeWatch = (target, onChange, onError) => {
  let isDir = false;
  try {
    isDir = statSync(target).isDirectory();
  } catch {
  }
  const base = isDir ? target : path.dirname(target);
  const w = fsWatch(target, { recursive: isDir, persistent: true }, (_event, filename) => {
    onChange(filename ? path.resolve(base, filename.toString()) : void 0);
  });
  w.on("error", onError);
  return { close: () => w.close() };
};
async function watchLoop(options) {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const watchFn = options.watch ?? nodeWatch;
  const onError = options.onError ?? (() => void 0);
  const identify = options.identify ?? targetIdentity;
  const onTarget = options.onTarget ?? (() => void 0);
  let runs = 0;
  let timer;
  let running = false;
  let again = false;
  let wake;
  const runOnce = async () => {
    if (options.signal.aborted) return;
    running = true;
    try {
      runs++;
      await options.run();
    } catch (e) {
      onError(e);
    } finally {
      running = false;
    }
    if (again && !options.signal.aborted) {
      again = false;
      schedule();
    }
    wake?.();
  };
  function schedule() {
    if (options.signal.aborted) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = void 0;
      if (running) again = true;
      else void runOnce();
    }, debounceMs);
  }
  const onChange = (changed) => {
    if (changed !== void 0 && (inIgnoredFolder(changed) || options.ignore?.(changed))) return;
    schedule();
  };
  const targets = options.targets.map((target) => ({ target }));
  const startWatching = (t) => {
    t.identity = identify(t.target);
    if (t.identity === void 0) return;
    try {
      t.watcher = watchFn(t.target, onChange, onError);
    } catch (e) {
      onError(e);
    }
  };
  const stopWatching = (t) => {
    t.watcher?.close();
    t.watcher = void 0;
    t.identity = void 0;
  };
  const checkTargets = () => {
    for (const t of targets) {
      const now = identify(t.target);
      if (now === t.identity) continue;
      const wasThere = t.identity !== void 0;
      stopWatching(t);
      if (now === void 0) {
        onTarget({ kind: "gone", target: t.target });
        continue;
      }
      startWatching(t);
      if (!wasThere) onTarget({ kind: "back", target: t.target });
      schedule();
    }
  };
  for (const t of targets) {
    startWatching(t);
    if (t.identity === void 0) onTarget({ kind: "gone", target: t.target });
  }
  const poll = setInterval(checkTargets, options.pollMs ?? DEFAULT_POLL_MS);
  const closeAll = () => {
    clearInterval(poll);
    for (const t of targets) stopWatching(t);
  };
  await runOnce();
  if (options.signal.aborted) {
    closeAll();
    return runs;
  }
  await new Promise((resolve) => {
    const stop = () => {
      if (timer) clearTimeout(timer);
      timer = void 0;
      closeAll();
      if (!running) resolve();
      else wake = resolve;
    };
    if (options.signal.aborted) stop();
    else options.signal.addEventListener("abort", stop, { once: true });
  });
  return runs;
}
var CLEAR_SCREEN = "\x1B[2J\x1B[3J\x1B[H";
function withoutWatchFlag(argv) {
  const end = argv.indexOf("--");
  const head = (end === -1 ? argv : argv.slice(0, end)).filter((a) => a !== "--watch");
  return end === -1 ? head : [...head, ...argv.slice(end)];
}
async function watchCommand(options) {
  const { io } = options;
  const argv = withoutWatchFlag(io.argv);
  const targets = (options.positionals.length ? options.positionals : ["."]).map((p) => path.resolve(io.cwd, p));
  const written = (options.writes ?? []).filter((w) => !!w).map((w) => path.resolve(io.cwd, w));
  const writtenFolders = (options.writtenFolders ?? []).filter((w) => !!w).map((w) => path.resolve(io.cwd, w));
  const ownWrite = (changed) => written.some((w) => isTempFileFor(w, changed)) || writtenFolders.some((f) => RepoFiles.within(f, changed));
  const shownPath = (target) => path.relative(io.cwd, target) || ".";
  let signal = options.signal;
  let detach = () => {
  };
  if (!signal) {
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once("SIGINT", onSigint);
    detach = () => process.off("SIGINT", onSigint);
    signal = controller.signal;
  }
  const shown = options.positionals.length ? options.positionals.join(" ") : ".";
  try {
    await watchLoop({
      targets,
      signal,
      ...options.watch ? { watch: options.watch } : {},
      ...options.debounceMs !== void 0 ? { debounceMs: options.debounceMs } : {},
      ...options.pollMs !== void 0 ? { pollMs: options.pollMs } : {},
      ...options.identify ? { identify: options.identify } : {},
      ignore: ownWrite,
      onError: (e) => io.stderr(`topiclint: watch: ${e.message ?? String(e)}
`),
      onTarget: ({ kind, target }) => io.stderr(
        kind === "gone" ? `topiclint: watch: ${shownPath(target)} is gone (deleted or moved); waiting for it to come back. Press Ctrl-C to stop.
` : `topiclint: watch: ${shownPath(target)} is back; linting it again.
`
      ),
      run: async () => {
        if (io.isTTY) io.stdout(CLEAR_SCREEN);
        io.stderr(`topiclint: linting ${shown}
`);
        await options.runCli(argv);
        io.stderr(`
topiclint: watching ${shown} for changes (${(/* @__PURE__ */ new Date()).toLocaleTimeString()}); press Ctrl-C to stop.
`);
      }
    });
  } finally {
    detach();
  }
  return 0;
}
export {
  CLEAR_SCREEN,
  DEFAULT_DEBOUNCE_MS,
  DEFAULT_POLL_MS,
  inIgnoredFolder,
  nodeWatch,
  targetIdentity,
  watchCommand,
  watchLoop,
  withoutWatchFlag
};
