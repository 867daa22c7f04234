#!/usr/bin/env node
// The build's font subsetter (Rendering/FontSubsetter.cs carries it and runs it once a build, with
// NODE_PATH at the project's node_modules): reads
// {"jobs": [{"source": "….woff2", "codePoints": [20013, …], "output": "….woff2"}]} on stdin and
// writes each source font cut down to those characters, as WOFF2, to its output. subset-font is
// HarfBuzz's hb-subset compiled to wasm, pinned in package-lock.json; by default it keeps every
// OpenType layout feature (halt, chws, vert, kern, liga …) and the metrics tables, so that the
// browser compresses Chinese punctuation (text-spacing-trim) and sets lines as with the whole font.
// Each output is written beside itself and renamed into place, so that a reader never sees half a
// file. Prints {"written": N} on success; on failure, the reason on stderr and exit code 1.
'use strict';
const fs = require('fs');
const path = require('path');
const subsetFont = require('subset-font');

async function main() {
  const input = JSON.parse(fs.readFileSync(0, 'utf8'));
  let written = 0;
  for (const job of input.jobs) {
    const text = String.fromCodePoint(...job.codePoints);
    const subset = await subsetFont(fs.readFileSync(job.source), text, { targetFormat: 'woff2' });
    fs.mkdirSync(path.dirname(job.output), { recursive: true });
    const temporary = `${job.output}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, subset);
    fs.renameSync(temporary, job.output);
    written++;
  }
  process.stdout.write(JSON.stringify({ written }) + '\n');
}

main().catch((error) => {
  process.stderr.write(`${error && error.message ? error.message : error}\n`);
  process.exit(1);
});
