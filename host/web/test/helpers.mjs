// Shared by the tests: where things are, the scenario corpus, the native CLI.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const web = join(dirname(fileURLToPath(import.meta.url)), '..');
export const root = join(web, '../..');
export const dist = join(web, 'dist');

/** Every scenario of the corpus and every example declaration, as absolute paths. */
export function scenarios() {
  const dirs = ['tests/scenarios', 'tests/scenarios-packs', 'examples/declarations'];
  return dirs.flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => /\.(ya?ml|json)$/.test(f) && f !== 'expected.json')
      .sort()
      .map((f) => join(root, d, f)),
  );
}

/** The native `frt` binary: `$FRT_BIN`, else the workspace's debug build. */
export function frtBin() {
  const bin = process.env.FRT_BIN ?? join(root, 'target/debug/frt');
  if (!existsSync(bin)) {
    throw new Error(`the native \`frt\` binary is missing at \`${bin}\`; build it (cargo build --workspace) or set FRT_BIN`);
  }
  return bin;
}

/** What `frt check ARGS` prints on stdout, whatever its exit status (0 to 3). */
export function frtCheck(args) {
  return new Promise((resolve, reject) => {
    execFile(frtBin(), ['check', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error && !(typeof error.code === 'number' && error.code <= 3)) reject(new Error(`frt check ${args.join(' ')}: ${stderr}`));
      else resolve(stdout);
    });
  });
}

/** What `frt check ARGS` prints on stderr. */
export function frtCheckStderr(args) {
  try {
    execFileSync(frtBin(), ['check', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return '';
  } catch (e) {
    return e.stderr;
  }
}

/** The browser host, loaded in Node from `dist/`. */
export async function loadHost(options = {}) {
  const { load } = await import(pathToFileURL(join(dist, 'frt.js')).href);
  return load({ read: async (p) => new Uint8Array(await readFile(join(dist, p))), ...options });
}
