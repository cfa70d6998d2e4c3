import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  runCli
} from "./chunks/chunk-2JCBJBJ7.js";
import "./chunks/chunk-KUDT5L2X.js";
import "./chunks/chunk-GUZY6HZC.js";
import "./chunks/chunk-K3QJIJ4O.js";
import "./chunks/chunk-HMR2DMW7.js";
import "./chunks/chunk-7YCOOR22.js";
import {
  RepoFiles
} from "./chunks/chunk-R2M2RDWI.js";
import "./chunks/chunk-6MNQEI3M.js";
import "./chunks/chunk-T3EG56Z2.js";
import "./chunks/chunk-JRJOGWBZ.js";

// src/action.ts
import { realpathSync } from "node:fs";
import { appendFile, lstat, readFile, unlink } from "node:fs/promises";
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
async function removeCommittedReport(sarifPath, workspace) {
  const files = new RepoFiles(workspace);
  if (!RepoFiles.within(files.root, sarifPath)) return;
  try {
    if (!RepoFiles.within(files.realRoot, realpathSync(path.dirname(sarifPath)))) return;
    const st = await lstat(sarifPath);
    if (!st.isDirectory()) await unlink(sarifPath);
  } catch {
  }
}
async function runAction(io) {
  const { argv, sarifFile } = actionArguments(io.env);
  const sarifPath = path.resolve(io.cwd, sarifFile);
  await removeCommittedReport(sarifPath, io.cwd);
  const code = await runCli({ ...io, argv });
  let counts = { errors: 0, warnings: 0 };
  let written = false;
  try {
    if ((await lstat(sarifPath)).isFile()) {
      counts = countLevels(await readFile(sarifPath, "utf8"));
      written = true;
    }
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
