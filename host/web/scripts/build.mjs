// Builds the static site in `dist/`: the report core and the built-in rule components
// transpiled with jco, the JavaScript host, the playground page and the examples.
//
//   node scripts/build.mjs [--test-guests]
//
// 1. `cargo run -p frt-web-export` writes the packs' components (the bytes `frt` embeds), their
//    manifest and the report core component into `build/components/`.
// 2. jco transpiles the core and every rule (`--instantiation async`, minified, no
//    TypeScript). Every rule implements the same world with the same bindings, so jco emits
//    the same glue for each: it is kept once (`dist/rule.js`) and each rule ships only its core
//    module (`dist/rules/*.core.wasm`), stripped of custom sections.
//    The inspector of added rules (`host/web/inspect-component`) is transpiled beside the
//    core and loaded only when a user adds a rule.
// 3. The jco transpiler itself (its browser build) and the WASI shims it needs are copied to
//    `dist/vendor/`, for rules a user adds in the page.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transpile } from '@bytecodealliance/jco';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(web, '../..');
const components = join(web, 'build/components');
const dist = join(web, 'dist');
const testGuests = process.argv.includes('--test-guests');

function log(message) {
  process.stderr.write(`build: ${message}\n`);
}

/** Drops custom sections (names, producers) from a core module: nothing runs on them. */
export function stripCustomSections(bytes) {
  const out = [bytes.subarray(0, 8)];
  let i = 8;
  const leb = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[i++];
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return result;
    }
  };
  while (i < bytes.length) {
    const start = i;
    const id = bytes[i++];
    const size = leb();
    const end = i + size;
    if (id !== 0) out.push(bytes.subarray(start, end));
    i = end;
  }
  return Buffer.concat(out);
}

async function transpileOne(bytes, name) {
  const { files } = await transpile(bytes, {
    name,
    instantiation: 'async',
    noTypescript: true,
    minify: true,
    nodejsCompat: false,
    quiet: true,
  });
  const out = {};
  for (const [file, content] of Object.entries(files)) out[file] = Buffer.from(content);
  return out;
}

// `$FRT_WEB_EXPORT` names an already built `frt-web-export` (the Rust test that runs these
// tests passes the workspace's), else cargo builds and runs it.
const exportArgs = [components, ...(testGuests ? ['--test-guests'] : [])];
if (process.env.FRT_WEB_EXPORT) {
  log(`exporting components (${process.env.FRT_WEB_EXPORT})`);
  execFileSync(process.env.FRT_WEB_EXPORT, exportArgs, { cwd: root, stdio: 'inherit' });
} else {
  log('exporting components (cargo run -p frt-web-export)');
  execFileSync('cargo', ['run', '-q', '-p', 'frt-web-export', '--', ...exportArgs], { cwd: root, stdio: 'inherit' });
}

await rm(dist, { recursive: true, force: true });
await mkdir(join(dist, 'rules'), { recursive: true });
await mkdir(join(dist, 'core'), { recursive: true });

log('transpiling the report core and the inspector');
for (const [component, name] of [['frt-web-core.wasm', 'core'], ['frt-web-inspect.wasm', 'inspect']]) {
  const files = await transpileOne(await readFile(join(components, component)), name);
  for (const [file, content] of Object.entries(files)) {
    if (file.endsWith('.d.ts')) continue;
    const body = file.endsWith('.wasm') ? stripCustomSections(content) : content;
    await writeFile(join(dist, 'core', file), body);
  }
}

log('transpiling the rules');
const manifest = JSON.parse(await readFile(join(components, 'packs.json'), 'utf8'));
let glue = null;
for (const pack of manifest.packs) {
  for (const rule of pack.rules) {
    const files = await transpileOne(await readFile(join(components, rule.file)), 'rule');
    const js = files['rule.js'];
    const modules = Object.keys(files).filter((f) => f.endsWith('.wasm'));
    if (modules.length !== 1 || modules[0] !== 'rule.core.wasm') {
      throw new Error(`rule \`${rule.package}\`: expected one core module, jco wrote ${modules.join(', ')}`);
    }
    if (glue === null) glue = js;
    else if (!glue.equals(js)) {
      throw new Error(`rule \`${rule.package}\`: jco wrote different glue than for the other rules; they cannot share \`rule.js\``);
    }
    rule.module = `rules/${rule.package}.core.wasm`;
    await writeFile(join(dist, rule.module), stripCustomSections(files['rule.core.wasm']));
    delete rule.file;
  }
}
await writeFile(join(dist, 'rule.js'), glue);
await writeFile(join(dist, 'packs.json'), JSON.stringify(manifest, null, 1));

log('copying the host, the page, the examples and the in-browser transpiler');
for (const file of await readdir(join(web, 'src'))) await cp(join(web, 'src', file), join(dist, file));
for (const file of await readdir(join(web, 'playground'))) await cp(join(web, 'playground', file), join(dist, file));
const examplesDir = join(root, 'examples/declarations');
const examples = (await readdir(examplesDir)).filter((f) => /\.(ya?ml|json)$/.test(f) && f !== 'expected.json').sort();
await mkdir(join(dist, 'examples'), { recursive: true });
for (const f of examples) await cp(join(examplesDir, f), join(dist, 'examples', f));
await writeFile(join(dist, 'examples/index.json'), JSON.stringify(examples));

const jcoVendor = join(web, 'node_modules/@bytecodealliance/jco-transpile/vendor');
// The WASI shims jco's browser build imports: its own copy when npm nested one, else the
// hoisted one.
const shim = [
  'node_modules/@bytecodealliance/jco-transpile/node_modules/@bytecodealliance/preview2-shim/dist/browser',
  'node_modules/@bytecodealliance/preview2-shim/dist/browser',
]
  .map((d) => join(web, d))
  .find((d) => existsSync(d));
if (!shim) throw new Error('the WASI shims of jco (`@bytecodealliance/preview2-shim`) are not installed; run `npm install`');
await mkdir(join(dist, 'vendor/jco'), { recursive: true });
for (const f of ['js-component-bindgen-component.core.wasm', 'js-component-bindgen-component.core2.wasm']) {
  await writeFile(join(dist, 'vendor/jco', f), stripCustomSections(await readFile(join(jcoVendor, f))));
}
const bindgen = (await readFile(join(jcoVendor, 'js-component-bindgen-component.js'), 'utf8')).replace(
  /'@bytecodealliance\/preview2-shim\/([a-z-]+)'/g,
  "'../preview2-shim/$1.js'",
);
await writeFile(join(dist, 'vendor/jco/js-component-bindgen-component.js'), bindgen);
await cp(shim, join(dist, 'vendor/preview2-shim'), { recursive: true, filter: (f) => !f.endsWith('.d.ts') });

const digest = createHash('sha256');
for (const pack of manifest.packs) for (const rule of pack.rules) digest.update(rule.digest);
log(`done: dist/ (${manifest.packs.reduce((n, p) => n + p.rules.length, 0)} rules, packs ${digest.digest('hex').slice(0, 12)})`);
