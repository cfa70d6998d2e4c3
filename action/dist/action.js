import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  runCli
} from "./chunks/chunk-ZCIBV67K.js";
import "./chunks/chunk-VJRYE3VP.js";
import "./chunks/chunk-63BZO4VB.js";
import "./chunks/chunk-GHNDIOJ3.js";
import "./chunks/chunk-L4JVKBVT.js";
import "./chunks/chunk-H53V44OU.js";
import "./chunks/chunk-S3ULFYUX.js";
import "./chunks/chunk-SZJHELW3.js";
import "./chunks/chunk-GRP5CIC5.js";
import "./chunks/chunk-HBCAVBBN.js";
import "./chunks/chunk-P7TYA3NW.js";
import "./chunks/chunk-3UC2GCC5.js";
import "./chunks/chunk-JRJOGWBZ.js";

// src/action.ts
import { appendFile, readFile } from "node:fs/promises";
import path from "node:path";
function splitList(input) {
  return (input ?? "").split(/[\s,]+/).filter((s) => s.length > 0);
}
function actionArguments(env) {
  const sarifFile = env["TOPICLINT_SARIF_FILE"] || "topiclint.sarif";
  const argv = ["--format", "sarif", "--output", sarifFile, "--fail-on", env["TOPICLINT_FAIL_ON"] || "error"];
  if ((env["TOPICLINT_ANNOTATIONS"] ?? "true") !== "false") argv.push("--annotations");
  if (env["TOPICLINT_CONFIG"]) argv.push("--config", env["TOPICLINT_CONFIG"]);
  const base = env["TOPICLINT_BASE_REF"];
  if (base === "none") argv.push("--no-base");
  else if (base) argv.push("--base", base);
  if (env["TOPICLINT_BASELINE"]) argv.push("--baseline", env["TOPICLINT_BASELINE"]);
  argv.push("--", ...splitList(env["TOPICLINT_PATHS"]).length ? splitList(env["TOPICLINT_PATHS"]) : ["."]);
  return { argv, sarifFile };
}
function countLevels(sarifText) {
  try {
    const sarif = JSON.parse(sarifText);
    const results = (sarif.runs ?? []).flatMap((r) => r.results ?? []).filter((r) => !r.suppressions || r.suppressions.length === 0);
    return { errors: results.filter((r) => r.level === "error").length, warnings: results.filter((r) => r.level === "warning").length };
  } catch {
    return { errors: 0, warnings: 0 };
  }
}
async function runAction(io) {
  const { argv, sarifFile } = actionArguments(io.env);
  const code = await runCli({ ...io, argv });
  const sarifPath = path.resolve(io.cwd, sarifFile);
  let counts = { errors: 0, warnings: 0 };
  let written = false;
  try {
    counts = countLevels(await readFile(sarifPath, "utf8"));
    written = true;
  } catch {
  }
  const outputFile = io.env["GITHUB_OUTPUT"];
  if (outputFile) {
    const append = io.appendFile ?? ((f, t) => appendFile(f, t));
    const safe = (v) => v.replace(/[\r\n]/g, "");
    await append(outputFile, [`sarif-file=${written ? safe(sarifFile) : ""}`, `errors=${counts.errors}`, `warnings=${counts.warnings}`, `exit-code=${code}`, ""].join("\n"));
  }
  return 0;
}
export {
  actionArguments,
  runAction,
  splitList
};
