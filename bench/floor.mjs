// The parse floor: read every YAML file and parse it with the `yaml` package keeping source ranges
// and line positions — what any linter that reports lines must do at least. Single-threaded.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (/\.ya?ml$/.test(name)) yield p;
  }
}

let documents = 0;
for (const file of walk(process.argv[2])) {
  const lineCounter = new LineCounter();
  documents += parseAllDocuments(readFileSync(file, 'utf8'), { lineCounter }).length;
}
console.log(`${documents} documents`);
