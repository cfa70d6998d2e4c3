/**
 * Appends items one by one: `push(...items)` passes each item as an argument, and a file with ~150,000
 * entries goes past V8's argument limit ("Maximum call stack size exceeded"), which a user's file must
 * never reach (issue #15).
 */
export function append<T>(into: T[], items: Iterable<T> | undefined): void {
  if (items) for (const item of items) into.push(item);
}
