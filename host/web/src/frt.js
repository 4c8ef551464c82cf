// The frt browser host: runs the built-in rule components and rules a user adds, under the
// `frt:rule` contract, and assembles the `frt/report/v1` report with the report core compiled
// to a component (`host/web/core-component`): reading the declaration, choosing packs,
// checking what rules return and writing the JSON are the native host's own Rust code, so the
// report is byte for byte the one `frt check --format json` prints.
//
// What only a host can do is done here: fetch and compile the components, give every rule a
// fresh instance for every check (as the native host gives it a fresh store), call `describe`
// and `check`, and hash a component's bytes.

/** Thrown for a declaration that cannot be read; carries where the problem is. */
export class DeclarationError extends Error {
  constructor(detail) {
    super(detail.message);
    this.name = 'DeclarationError';
    this.path = detail.path;
    this.line = detail.line;
    this.column = detail.column;
    this.help = detail.help;
  }
}

/** Thrown when a component cannot be loaded as a rule; the message names the component. */
export class LoadError extends Error {
  constructor(message) {
    super(message);
    this.name = 'LoadError';
  }
}

/** Today's date in UTC, as the native host reads it when neither `--as-of` nor the
 * declaration gives one. */
export function todayUtc() {
  return new Date().toISOString().slice(0, 10);
}

/** The format of a declaration's source: JSON when it starts with `{`, else YAML. */
export function guessFormat(source) {
  return source.trimStart().startsWith('{') ? 'json' : 'yaml';
}

async function sha256(bytes) {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function choiceOf(options) {
  if (options.allPacks) return { tag: 'all' };
  if (options.packs && options.packs.length) return { tag: 'named', val: [...options.packs] };
  return { tag: 'by-jurisdiction' };
}

/** Fetches a file next to `base` (a URL), for browsers. */
function fetcher(base) {
  return async (path) => {
    const response = await fetch(new URL(path, base));
    if (!response.ok) throw new Error(`cannot fetch \`${path}\`: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

/** Imports an ES module given as source text. */
async function importSource(source) {
  const url = `data:text/javascript;base64,${btoa(
    Array.from(new TextEncoder().encode(source), (b) => String.fromCharCode(b)).join(''),
  )}`;
  return import(url);
}

/**
 * A rule ready to run: how to make an instance of it (the glue jco wrote, over its compiled
 * core modules), its self-description and digest.
 */
class LoadedRule {
  constructor({ name, instantiate, description, digest }) {
    this.name = name;
    this.instantiate = instantiate;
    this.description = description;
    this.digest = digest;
  }

  /** A fresh instance: nothing a rule keeps in memory survives from one check to the next.
   * Rules import nothing, so the imports are empty. */
  async instance() {
    return this.instantiate();
  }

  /** Runs `check` on `document` in a fresh instance; the outcome the report core expects. */
  async run(document) {
    let instance;
    try {
      instance = await this.instance();
    } catch (e) {
      return { tag: 'failed', val: `could not be instantiated: ${e.message ?? e}` };
    }
    try {
      return { tag: 'findings', val: instance.check(document) };
    } catch (e) {
      if (e && e.payload && (e.payload.tag === 'invalid-declaration' || e.payload.tag === 'internal')) {
        return { tag: 'rule-error', val: e.payload };
      }
      return { tag: 'failed', val: `trapped: ${e.message ?? e}` };
    }
  }

  get reference() {
    return { description: this.description, digest: this.digest };
  }
}

/** The browser host: packs of rules and the report core. Make one with {@link load}. */
export class Frt {
  constructor(core, packs, transpiler, inspector) {
    this.core = core;
    this.packList = packs;
    this.transpiler = transpiler;
    this.inspector = inspector;
  }

  /** The packs, in report order: name, title and rules. */
  packs() {
    return this.packList.map((p) => ({ name: p.name, title: p.title, rules: p.rules.map((r) => r.description.id) }));
  }

  /** Every loaded rule: its pack, digest and self-description (articles with their text). */
  rules() {
    return this.packList.flatMap((p) =>
      p.rules.map((r) => ({ pack: p.name, digest: r.digest, source: r.name, ...r.description })),
    );
  }

  corePacks() {
    return this.packList.map((p) => ({ name: p.name, rules: p.rules.map((r) => r.reference) }));
  }

  /**
   * Checks a declaration (YAML or JSON source, or an object) and returns the report's JSON
   * text, exactly as `frt check --format json` prints it.
   */
  async checkJson(declaration, options = {}) {
    const source = typeof declaration === 'string' ? declaration : JSON.stringify(declaration);
    const format = options.format ?? guessFormat(source);
    const packs = options.rulesOnly ? [] : this.corePacks();
    const choice = choiceOf(options);
    let plan;
    try {
      plan = this.core.plan(source, format, options.asOf ?? undefined, options.today ?? todayUtc(), packs, choice);
    } catch (e) {
      if (e && e.payload && typeof e.payload.message === 'string') throw new DeclarationError(e.payload);
      throw e;
    }
    if (options.rulesOnly) {
      // Every loaded rule, no pack selection: `frt check --rules DIR`.
      const rules = this.packList.flatMap((p) => p.rules);
      const outcomes = await Promise.all(rules.map((r) => r.run(plan.document)));
      return this.core.assembleRules(plan.document, rules.map((r) => r.reference), outcomes, Boolean(options.failOpen));
    }
    const outcomes = [];
    for (let p = 0; p < this.packList.length; p++) {
      const rules = this.packList[p].rules;
      // `list<u32>` arrives as a Uint32Array, whose `map` would make numbers of the promises.
      outcomes.push(await Promise.all(Array.from(plan.run[p], (i) => rules[i].run(plan.document))));
    }
    return this.core.assemble(plan.document, packs, choice, outcomes, Boolean(options.failOpen));
  }

  /** Checks a declaration and returns the `frt/report/v1` report as an object. */
  async check(declaration, options = {}) {
    return JSON.parse(await this.checkJson(declaration, options));
  }

  /** Where each JSON Pointer was written in `source` (line and column from 1); a missing
   * field gives its nearest written parent. Empty when the source cannot be read. */
  locate(source, pointers, format = guessFormat(source)) {
    return this.core.locate(source, format, pointers);
  }

  /**
   * Loads a rule component (its bytes; `name` is used in messages) under the same contract
   * as the native host: a component that imports anything is refused with the native host's
   * message, and so is one whose self-description is malformed. The component is transpiled
   * here with jco. The rule joins the pack `pack` (created at the end when new).
   */
  async addRule(name, bytes, pack = 'added') {
    const rule = await this.loadRule(name, bytes);
    let target = this.packList.find((p) => p.name === pack);
    if (!target) {
      target = { name: pack, title: { en: 'Rules added by the user', zh: '用户添加的规则' }, rules: [] };
      this.packList.push(target);
    }
    for (const p of this.packList) {
      const same = p.rules.find((r) => r.description.id === rule.description.id);
      if (same) {
        throw new LoadError(`two rules have the id \`${rule.description.id}\`: \`${same.name}\` and \`${name}\``);
      }
    }
    target.rules.push(rule);
    const order = this.core.order(target.rules.map((r) => r.description.id));
    target.rules = Array.from(order, (i) => target.rules[i]);
    return rule.description;
  }

  async loadRule(name, bytes) {
    bytes = new Uint8Array(bytes);
    if (!this.inspector) throw new LoadError('this host was made without an inspector; it cannot add rules');
    try {
      (await this.inspector()).refuseImports(name, bytes);
    } catch (e) {
      throw new LoadError(e.payload ?? e.message);
    }
    if (!this.transpiler) throw new LoadError('this host was made without a transpiler; it cannot add rules');
    let files;
    try {
      files = await this.transpiler(bytes, name);
    } catch (e) {
      throw new LoadError(`\`${name}\` is not a valid WebAssembly component: ${e.message ?? e}`);
    }
    const js = files.find(([f]) => f.endsWith('.js'));
    const glue = await importSource(new TextDecoder().decode(js[1]));
    const modules = new Map();
    for (const [file, content] of files) {
      if (file.endsWith('.wasm')) modules.set(file, await WebAssembly.compile(content));
    }
    const instantiate = () => glue.instantiate((f) => modules.get(f), {});
    let exports;
    try {
      exports = await instantiate();
    } catch (e) {
      throw new LoadError(`\`${name}\` could not be instantiated: ${e.message ?? e}`);
    }
    if (typeof exports.describe !== 'function' || typeof exports.check !== 'function') {
      throw new LoadError(
        `\`${name}\` does not implement the \`frt:rule@0.1.0\` world: it exports no \`describe\` and \`check\` functions`,
      );
    }
    let description;
    try {
      description = exports.describe();
    } catch (e) {
      throw new LoadError(`\`${name}\` failed to describe itself: ${e.message ?? e}`);
    }
    try {
      this.core.acceptRule(description);
    } catch (e) {
      throw new LoadError(`\`${name}\` describes itself wrongly: ${e.payload ?? e.message}`);
    }
    return new LoadedRule({ name, instantiate, description, digest: await sha256(bytes) });
  }
}

/**
 * Loads the report core and the built-in packs from a directory built by `npm run build`
 * (`dist/`).
 *
 * @param {object} [options]
 * @param {string|URL} [options.base] where `dist/` is served (default: next to this module)
 * @param {(path: string) => Promise<Uint8Array>} [options.read] reads a file of `dist/`
 *   (default: `fetch` relative to `base`)
 * @param {boolean} [options.builtin] load the built-in packs (default: true)
 * @param {boolean} [options.transpiler] load jco's transpiler on demand for `addRule`
 *   (default: true)
 * @param {(bytes: Uint8Array, name: string) => Promise<Array<[string, Uint8Array]>>}
 *   [options.transpile] transpiles a component instead of jco's in-browser build
 */
export async function load(options = {}) {
  const base = options.base ?? new URL('./', import.meta.url);
  const read = options.read ?? fetcher(base);
  const importModule = options.importModule ?? ((path) => import(new URL(path, base).href));
  const compile = async (path) => WebAssembly.compile(await read(path));

  const [coreGlue, coreModule, manifestBytes, ruleGlue] = await Promise.all([
    importModule('core/core.js'),
    compile('core/core.core.wasm'),
    read('packs.json'),
    importModule('rule.js'),
  ]);
  const core = await coreGlue.instantiate(() => coreModule, {});
  const manifest = JSON.parse(new TextDecoder().decode(manifestBytes));
  if (options.builtin === false) manifest.packs = [];

  const packs = await Promise.all(
    manifest.packs.map(async (pack) => {
      const rules = await Promise.all(
        pack.rules.map(async (entry) => {
          const module = await compile(entry.module);
          const rule = new LoadedRule({
            name: entry.package,
            instantiate: () => ruleGlue.instantiate(() => module, {}),
            description: null,
            digest: entry.digest,
          });
          rule.description = (await rule.instance()).describe();
          try {
            core.acceptRule(rule.description);
          } catch (e) {
            throw new LoadError(`\`${entry.package}\` describes itself wrongly: ${e.payload ?? e.message}`);
          }
          return rule;
        }),
      );
      const order = core.order(rules.map((r) => r.description.id));
      return { name: pack.name, title: pack.title, rules: Array.from(order, (i) => rules[i]) };
    }),
  );

  let transpiler = null;
  if (options.transpiler !== false) {
    let bindgen = null;
    transpiler =
      options.transpile ??
      (async (bytes, name) => {
        if (!bindgen) {
          bindgen = await importModule('vendor/jco/js-component-bindgen-component.js');
          await bindgen.$init;
        }
        const { files } = bindgen.generate(bytes, {
          name: 'rule',
          instantiation: { tag: 'async' },
          noTypescript: true,
          noNodejsCompat: true,
        });
        return files;
      });
  }
  // The inspector of added rules carries a WebAssembly validator: loaded on first use only.
  let inspect = null;
  const inspector = async () => {
    if (!inspect) {
      const [glue, module] = await Promise.all([importModule('core/inspect.js'), compile('core/inspect.core.wasm')]);
      inspect = await glue.instantiate(() => module, {});
    }
    return inspect;
  };
  return new Frt(core, packs, transpiler, inspector);
}
