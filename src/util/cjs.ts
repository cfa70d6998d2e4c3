/**
 * Named exports of a CommonJS package loaded with `import()`. Node exposes them on the namespace;
 * a bundle may only have them under `default`. Used for the lazily loaded parsers.
 */
export function cjsExports<T extends object>(mod: T, key: string): T {
  if ((mod as Record<string, unknown>)[key] !== undefined) return mod;
  const d = (mod as { default?: unknown }).default;
  return (d && typeof d === 'object' && (d as Record<string, unknown>)[key] !== undefined ? d : mod) as T;
}
