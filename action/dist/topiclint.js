import { createRequire as __topiclintCreateRequire } from 'node:module'; const require = __topiclintCreateRequire(import.meta.url);
import {
  EXIT,
  onlyInFiles,
  pullRequestBase,
  runCli
} from "./chunks/chunk-TVI4XKYX.js";
import "./chunks/chunk-5IDPHALT.js";
import "./chunks/chunk-DJKGW5YC.js";
import "./chunks/chunk-G3QHWSXS.js";
import "./chunks/chunk-OSSDFLKS.js";
import "./chunks/chunk-NILZHVIJ.js";
import "./chunks/chunk-HDSKQYJZ.js";
import "./chunks/chunk-RS6SDBKD.js";
import "./chunks/chunk-P2AGJ2AA.js";
export {
  EXIT,
  onlyInFiles,
  pullRequestBase,
  runCli
};
