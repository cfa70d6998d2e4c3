/**
 * `topiclint --watch`: lint, then lint again whenever a file under the watched paths changes, until
 * stopped (Ctrl-C). Findings never end the loop. The loop is independent of `fs.watch` and of the
 * CLI, so a test can drive it with a fake watcher and stop it after a number of runs.
 *
 * - Changes are debounced (200 ms by default): an editor's save, which often writes several files or
 *   writes a file twice, gives one run.
 * - Runs never overlap: a change during a run schedules one more run after it.
 * - Paths the caller ignores (the report written with --output, `.git/`, `node_modules/`, the
 *   cache) trigger nothing, so writing the report cannot start the next run.
 * - A watched folder that is deleted or moved away is reported, and watched again (with a run) when
 *   it comes back; the watch never ends on its own. Each target is checked once a second: that
 *   check also keeps Node's event loop alive. Without it, a deleted folder's watcher closed, nothing
 *   was left to wait for, and Node ended the process with exit code 13 (a top-level await that never
 *   settled).
 */
import { watch as fsWatch, statSync } from 'node:fs';
import path from 'node:path';
import { RepoFiles } from './util/repo-file.js';
import { isTempFileFor } from './util/safe-write.js';

/** A running watcher on one path. */
export interface Watcher {
  close(): void;
}

/**
 * Starts watching `target` (an absolute file or folder) and calls `onChange` with the absolute path
 * that changed (or `undefined` when the platform does not say which).
 */
export type WatchFactory = (target: string, onChange: (changed: string | undefined) => void, onError: (error: Error) => void) => Watcher;

export interface WatchLoopOptions {
  /** Absolute files or folders to watch. */
  readonly targets: readonly string[];
  /** One lint-and-report. Errors are passed to `onError` and the loop goes on. */
  readonly run: () => Promise<void>;
  /** Ends the loop: the watchers are closed and the promise resolves after the current run. */
  readonly signal: AbortSignal;
  /** Default: `fs.watch`, recursive on folders. */
  readonly watch?: WatchFactory;
  readonly debounceMs?: number;
  /** Changes to these absolute paths are ignored. */
  readonly ignore?: (changed: string) => boolean;
  readonly onError?: (error: unknown) => void;
  /** A target went missing (deleted, moved) or came back. The loop goes on either way. */
  readonly onTarget?: (event: TargetEvent) => void;
  /** How often each target is checked for being gone, back or replaced. Default 1000 ms. */
  readonly pollMs?: number;
  /** What a target is on disk (device and inode), or undefined when it is missing. Default: `targetIdentity`. */
  readonly identify?: (target: string) => string | undefined;
}

export interface TargetEvent {
  readonly kind: 'gone' | 'back';
  /** The absolute path, as given in `targets`. */
  readonly target: string;
}

export const DEFAULT_DEBOUNCE_MS = 200;
export const DEFAULT_POLL_MS = 1000;

/**
 * Device and inode of a path, or undefined when it is missing or cannot be looked at. A folder deleted
 * and made again between two checks has a new inode: its old watcher sees nothing of the new one.
 */
export function targetIdentity(target: string): string | undefined {
  try {
    const s = statSync(target, { throwIfNoEntry: false });
    return s ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/** Folders whose changes never affect a lint result. */
const IGNORED_SEGMENTS = new Set(['.git', 'node_modules', '.topiclint-cache']);

/** Whether a changed path lies in `.git/`, `node_modules/` or the cache folder. */
export function inIgnoredFolder(changed: string): boolean {
  return changed.split(/[\\/]/).some((segment) => IGNORED_SEGMENTS.has(segment));
}

/** `fs.watch`, recursive on folders (Node 20 supports recursive watching on Linux, macOS and Windows). */
export const nodeWatch: WatchFactory = (target, onChange, onError) => {
  let isDir = false;
  try {
    isDir = statSync(target).isDirectory();
  } catch {
    /* a missing path: watch fails below and reports it */
  }
  const base = isDir ? target : path.dirname(target);
  const w = fsWatch(target, { recursive: isDir, persistent: true }, (_event, filename) => {
    onChange(filename ? path.resolve(base, filename.toString()) : undefined);
  });
  w.on('error', onError);
  return { close: () => w.close() };
};

interface WatchedTarget {
  readonly target: string;
  watcher?: Watcher;
  identity?: string | undefined;
}

/** Runs `run` once, then once per burst of changes, until `signal` aborts. Resolves with the number of runs. */
export async function watchLoop(options: WatchLoopOptions): Promise<number> {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const watchFn = options.watch ?? nodeWatch;
  const onError = options.onError ?? (() => undefined);
  const identify = options.identify ?? targetIdentity;
  const onTarget = options.onTarget ?? (() => undefined);
  let runs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let wake: (() => void) | undefined;

  const runOnce = async (): Promise<void> => {
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

  function schedule(): void {
    if (options.signal.aborted) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (running) again = true;
      else void runOnce();
    }, debounceMs);
  }

  const onChange = (changed: string | undefined) => {
    if (changed !== undefined && (inIgnoredFolder(changed) || options.ignore?.(changed))) return;
    schedule();
  };

  /** Each target, its watcher while it exists, and what it was on disk when the watcher started. */
  const targets: WatchedTarget[] = options.targets.map((target) => ({ target }));
  const startWatching = (t: WatchedTarget): void => {
    t.identity = identify(t.target);
    if (t.identity === undefined) return;
    try {
      t.watcher = watchFn(t.target, onChange, onError);
    } catch (e) {
      onError(e);
    }
  };
  const stopWatching = (t: WatchedTarget): void => {
    t.watcher?.close();
    t.watcher = undefined;
    t.identity = undefined;
  };
  /** Once per `pollMs`: a target gone is reported; one back (or replaced) is watched again and linted. */
  const checkTargets = (): void => {
    for (const t of targets) {
      const now = identify(t.target);
      if (now === t.identity) continue;
      const wasThere = t.identity !== undefined;
      stopWatching(t);
      if (now === undefined) {
        onTarget({ kind: 'gone', target: t.target });
        continue;
      }
      startWatching(t);
      if (!wasThere) onTarget({ kind: 'back', target: t.target });
      schedule();
    }
  };

  // Watch before the first run: a change saved while it runs (or right after its "watching" line)
  // must not be missed.
  for (const t of targets) {
    startWatching(t);
    if (t.identity === undefined) onTarget({ kind: 'gone', target: t.target });
  }
  // Never unref'd: while the loop waits, this is what keeps the process alive (see the module comment).
  const poll = setInterval(checkTargets, options.pollMs ?? DEFAULT_POLL_MS);
  const closeAll = (): void => {
    clearInterval(poll);
    for (const t of targets) stopWatching(t);
  };
  await runOnce();
  if (options.signal.aborted) {
    closeAll();
    return runs;
  }
  await new Promise<void>((resolve) => {
    const stop = () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      closeAll();
      // Let a run in progress finish its report before resolving.
      if (!running) resolve();
      else wake = resolve;
    };
    if (options.signal.aborted) stop();
    else options.signal.addEventListener('abort', stop, { once: true });
  });
  return runs;
}

/** The ANSI sequence that clears a terminal and its scroll-back, cursor to the top left. */
export const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';

export interface WatchCommandOptions {
  readonly io: {
    readonly argv: readonly string[];
    readonly cwd: string;
    readonly isTTY: boolean;
    readonly stdout: (s: string) => void;
    readonly stderr: (s: string) => void;
  };
  /** The paths given on the command line (default: the working folder). */
  readonly positionals: readonly string[];
  /**
   * Files the run itself writes (--output, --summary, --write-baseline): their changes, and those of
   * the temporary files they are written through, never trigger a run.
   */
  readonly writes?: readonly (string | undefined)[];
  /** Folders the run itself writes into (a --cache-location): changes inside never trigger a run. */
  readonly writtenFolders?: readonly (string | undefined)[];
  /** One ordinary CLI run with these arguments (the CLI's own `runCli`). */
  readonly runCli: (argv: string[]) => Promise<number>;
  /** Default: ends on SIGINT (Ctrl-C). */
  readonly signal?: AbortSignal;
  readonly watch?: WatchFactory;
  readonly debounceMs?: number;
  readonly pollMs?: number;
  readonly identify?: (target: string) => string | undefined;
}

/** The arguments without `--watch` (an operand after `--` is left alone). */
export function withoutWatchFlag(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  const head = (end === -1 ? argv : argv.slice(0, end)).filter((a) => a !== '--watch');
  return end === -1 ? head : [...head, ...argv.slice(end)];
}

/** `topiclint --watch [options] [paths]`: the CLI's run, again on every change. Exit code 0 when stopped. */
export async function watchCommand(options: WatchCommandOptions): Promise<number> {
  const { io } = options;
  const argv = withoutWatchFlag(io.argv);
  const targets = (options.positionals.length ? options.positionals : ['.']).map((p) => path.resolve(io.cwd, p));
  const written = (options.writes ?? []).filter((w): w is string => !!w).map((w) => path.resolve(io.cwd, w));
  const writtenFolders = (options.writtenFolders ?? []).filter((w): w is string => !!w).map((w) => path.resolve(io.cwd, w));
  const ownWrite = (changed: string) => written.some((w) => isTempFileFor(w, changed)) || writtenFolders.some((f) => RepoFiles.within(f, changed));
  const shownPath = (target: string) => path.relative(io.cwd, target) || '.';
  let signal = options.signal;
  let detach = () => {};
  if (!signal) {
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    detach = () => process.off('SIGINT', onSigint);
    signal = controller.signal;
  }
  const shown = options.positionals.length ? options.positionals.join(' ') : '.';
  try {
    await watchLoop({
      targets,
      signal,
      ...(options.watch ? { watch: options.watch } : {}),
      ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
      ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
      ...(options.identify ? { identify: options.identify } : {}),
      ignore: ownWrite,
      onError: (e) => io.stderr(`topiclint: watch: ${(e as Error).message ?? String(e)}\n`),
      onTarget: ({ kind, target }) =>
        io.stderr(
          kind === 'gone'
            ? `topiclint: watch: ${shownPath(target)} is gone (deleted or moved); waiting for it to come back. Press Ctrl-C to stop.\n`
            : `topiclint: watch: ${shownPath(target)} is back; linting it again.\n`,
        ),
      run: async () => {
        // Clear only a terminal: a log file or a pipe keeps every report.
        if (io.isTTY) io.stdout(CLEAR_SCREEN);
        // First and last lines of each run: what an editor's background task watches for (docs/ide.md).
        io.stderr(`topiclint: linting ${shown}\n`);
        await options.runCli(argv);
        io.stderr(`\ntopiclint: watching ${shown} for changes (${new Date().toLocaleTimeString()}); press Ctrl-C to stop.\n`);
      },
    });
  } finally {
    detach();
  }
  return 0;
}
