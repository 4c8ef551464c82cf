// Rules a user adds run under the same contract as in the native host: a component that
// imports anything is refused with the native message, one that implements another world is
// refused, and a rule that keeps state in its memory gets a fresh instance for every check,
// so its reports are the native host's byte for byte.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { transpile } from '@bytecodealliance/jco';

import { frtCheck, frtCheckStderr, loadHost, root, web } from './helpers.mjs';

const guests = join(web, 'build/components/test-guests');

async function nodeTranspile(bytes) {
  const { files } = await transpile(bytes, { name: 'rule', instantiation: 'async', noTypescript: true, nodejsCompat: false, quiet: true });
  return Object.entries(files);
}

async function rulesDir(...names) {
  const dir = await mkdtemp(join(tmpdir(), 'frt-web-rules-'));
  for (const n of names) await copyFile(join(guests, `${n}.wasm`), join(dir, `${n}.wasm`));
  return dir;
}

for (const guest of ['wasi-import', 'wasi-filesystem', 'wasi-sockets']) {
  test(`a component importing WASI (${guest}) is refused with the native host's message`, async () => {
    const dir = await rulesDir(guest);
    const path = join(dir, `${guest}.wasm`);
    const stderr = frtCheckStderr(['--rules', dir, join(root, 'examples/declarations/p01-hotel-lobby-kiosk.yaml')]);
    const frt = await loadHost({ builtin: false, transpile: nodeTranspile });
    await assert.rejects(frt.addRule(path, await readFile(path)), (e) => {
      assert.equal(e.name, 'LoadError');
      assert.match(e.message, /rules must import nothing/);
      assert.ok(stderr.includes(`caused by: ${e.message}\n`), `the native host said: ${stderr}`);
      return true;
    });
  });
}

test("a component of another world is refused with the native host's message", async () => {
  const dir = await rulesDir('rule-v1');
  const path = join(dir, 'rule-v1.wasm');
  const stderr = frtCheckStderr(['--rules', dir, join(root, 'examples/declarations/p01-hotel-lobby-kiosk.yaml')]);
  const frt = await loadHost({ builtin: false, transpile: nodeTranspile });
  await assert.rejects(frt.addRule(path, await readFile(path)), (e) => {
    assert.equal(e.name, 'LoadError');
    assert.ok(stderr.includes(`caused by: ${e.message}\n`), `the native host said: ${stderr}`);
    return true;
  });
});

test('an added rule that keeps state gets a fresh instance per check, as natively', async () => {
  const dir = await rulesDir('stateful-rule');
  const frt = await loadHost({ builtin: false, transpile: nodeTranspile });
  const description = await frt.addRule(join(dir, 'stateful-rule.wasm'), await readFile(join(dir, 'stateful-rule.wasm')));
  assert.equal(description.id, 'test-stateful');
  for (const example of ['p01-hotel-lobby-kiosk.yaml', 'p04-changing-room-camera.yaml', 'p01-hotel-lobby-kiosk.yaml']) {
    const file = join(root, 'examples/declarations', example);
    const native = await frtCheck(['--format', 'json', '--rules', dir, file]);
    const browser = await frt.checkJson(await readFile(file, 'utf8'), { rulesOnly: true });
    assert.equal(browser, native);
  }
});

test('an added rule joins the built-in packs and its findings are in the report', async () => {
  const frt = await loadHost({ transpile: nodeTranspile });
  const path = join(guests, 'stateful-rule.wasm');
  await frt.addRule('stateful-rule.wasm', await readFile(path));
  assert.deepEqual(frt.packs().at(-1).rules, ['test-stateful']);
  const report = await frt.check(await readFile(join(root, 'examples/declarations/p01-hotel-lobby-kiosk.yaml'), 'utf8'));
  assert.ok(report.rules.some((r) => r.id === 'test-stateful'));
  assert.ok(report.packs.some((p) => p.name === 'added'));
});

test('a declaration error carries the place and the help', async () => {
  const frt = await loadHost({ transpiler: false });
  await assert.rejects(frt.check('id: x\nsiting: { public_place: true, venue: hotel_loby }\n', { format: 'yaml' }), (e) => {
    assert.equal(e.name, 'DeclarationError');
    assert.equal(e.path, '/siting/venue');
    assert.equal(e.line, 2);
    assert.match(e.help, /did you mean `hotel_lobby`/);
    return true;
  });
});
