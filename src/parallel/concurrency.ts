/**
 * How many threads to use, without loading worker threads: the lint API imports the pool
 * (`yaml-pool.ts`, which loads `node:worker_threads`) only when a run will start workers, so a run on
 * one thread (the default, and every `--cache` run) does not pay for loading it.
 */
import { availableParallelism } from 'node:os';

/** Below this much YAML, starting a worker costs more than it saves. */
export const PARALLEL_MIN_BYTES = 1_500_000;
/** The streaming pipeline starts workers for at least this many YAML files (each loads the bundle). */
export const PARALLEL_MIN_FILES = 200;

/**
 * Threads used when the user does not say. On two cores a worker that lints whole files does not pay:
 * it needs ~0.5 s to load and warm up, then shares the cores with the main thread (10k topics 1.77 s
 * with a worker against 1.39 s without; 100k 4.32 s against 4.37 s; docs/performance.md "Threads").
 * So one thread by default; `--concurrency N` still spreads linting over N threads, identically.
 */
export function defaultConcurrency(): number {
  return 1;
}

/** The most threads `--concurrency auto`-style callers may ask for on this machine. */
export function maxConcurrency(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

