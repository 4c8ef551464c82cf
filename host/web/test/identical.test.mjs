// The browser host's report is byte for byte the native `frt check --format json`, for every
// scenario of the corpus and every example (packs chosen by jurisdiction), and for a few of
// them with other pack choices, another date and the fail-open policy.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { test } from 'node:test';

import { frtCheck, loadHost, scenarios } from './helpers.mjs';

const frt = await loadHost({ transpiler: false });
const files = scenarios();

const variants = [{ name: 'packs by jurisdiction', args: [], options: {}, files }];
const some = files.filter((f) => /(p04|r02|r05|s12)-/.test(basename(f)));
variants.push(
  { name: 'every pack, as of 2025-05-31', args: ['--all-packs', '--as-of', '2025-05-31'], options: { allPacks: true, asOf: '2025-05-31' }, files: some },
  { name: 'the regional pack, fail open', args: ['--pack', 'cn-regional', '--fail-open'], options: { packs: ['cn-regional'], failOpen: true }, files: some },
);

test('the corpus is there', () => {
  assert.ok(files.length >= 30, `only ${files.length} scenario files found`);
  assert.equal(some.length, 4);
});

// The native CLI loads every rule per run; run two at a time (the machine has two cores).
const jobs = variants.flatMap((v) => v.files.map((file) => ({ v, file })));
const native = new Map();
async function worker() {
  while (jobs.length) {
    const { v, file } = jobs.shift();
    native.set(`${v.name}|${file}`, await frtCheck(['--format', 'json', ...v.args, file]));
  }
}
await Promise.all([worker(), worker()]);

for (const v of variants) {
  for (const file of v.files) {
    test(`${basename(file)}: ${v.name}`, async () => {
      const expected = native.get(`${v.name}|${file}`);
      const source = await readFile(file, 'utf8');
      const format = file.endsWith('.json') ? 'json' : 'yaml';
      const browser = await frt.checkJson(source, { format, ...v.options });
      assert.ok(expected.startsWith('{\n  "schema": "frt/report/v1"'), `the CLI printed no report for ${file}`);
      assert.equal(browser, expected);
    });
  }
}
