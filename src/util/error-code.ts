/** What to show of a file-system error in a message: its code (`ENOENT`, `EACCES`), else its message. */
export function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
}
