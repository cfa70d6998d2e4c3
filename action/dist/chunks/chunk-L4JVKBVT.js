import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);

// src/git/reuse.ts
function reuseUnchanged(reader) {
  const seen = /* @__PURE__ */ new Map();
  return async (files) => {
    const hits = files.map((f) => {
      const s = seen.get(f.path);
      return s && s.text === f.text ? s.out : void 0;
    });
    const missing = files.filter((_, i) => !hits[i]);
    const read = missing.length ? await reader(missing) : [];
    let k = 0;
    return files.map((f, i) => {
      const hit = hits[i];
      if (hit) return hit;
      const out = read[k++];
      seen.set(f.path, { text: f.text, out });
      return out;
    });
  };
}

export {
  reuseUnchanged
};
