// The playground in headless Chromium (Debian's `chromium`, driven by playwright-core): open
// the page served as static files, load every example and compare its verdict and a finding
// with `frt check`, switch to Chinese, quote an article, highlight evidence, download the
// report (byte for byte the CLI's), add a rule file and have one that imports WASI refused
// with the native host's message, and keep screenshots in `test-artefacts/`.
//
// Prints the page's transfer size and the time to the first report.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';

import { serve } from '../scripts/serve.mjs';
import { dist, frtCheck, frtCheckStderr, root, web } from './helpers.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const artefacts = join(web, 'test-artefacts');
const guests = join(web, 'build/components/test-guests');
const examples = JSON.parse(await readFile(join(dist, 'examples/index.json'), 'utf8'));

let server;
let browser;
let url;

before(async () => {
  assert.ok(existsSync(CHROMIUM), `Chromium is missing at \`${CHROMIUM}\`; install it (apt-get install -y chromium, as .ci/run does) or set CHROMIUM`);
  await mkdir(artefacts, { recursive: true });
  server = await serve(dist);
  url = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const served = new Set();
  page.on('requestfinished', (r) => served.add(new URL(r.url()).pathname));
  await page.goto(url);
  await page.waitForSelector('body[data-first-report-ms]', { timeout: 120_000 });
  return { page, context, errors, served };
}

/** Clicks an example and waits for its report. */
async function loadExample(page, name) {
  const checks = Number(await page.getAttribute('body', 'data-checks'));
  await page.click(`#examples button[data-example="${name}"]`);
  await page.waitForFunction((n) => Number(document.body.dataset.checks) > n, checks);
}

async function nativeReport(file, args = []) {
  return frtCheck(['--format', 'json', ...args, file]);
}

test('the page loads the packs, shows the first report, and is small enough to say how small', async () => {
  const { page, context, errors, served } = await openPage();
  const firstReport = Number(await page.getAttribute('body', 'data-first-report-ms'));
  const rules = Number(await page.getAttribute('body', 'data-rules'));
  // Every built-in rule is loaded: as many as `frt check --all-packs` runs.
  const all = JSON.parse(await frtCheck(['--all-packs', '--format', 'json', join(root, 'examples/declarations/p01-hotel-lobby-kiosk.yaml')]));
  assert.equal(rules, all.rules.length);
  let raw = 0;
  let gzip = 0;
  for (const path of served) {
    const bytes = await readFile(join(dist, path === '/' ? 'index.html' : path));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
  const check = await page.getAttribute('body', 'data-last-check-ms');
  const rulesRun = await page.locator('[data-testid=finding]').evaluateAll((fs) => new Set(fs.map((f) => f.querySelector('.meta').textContent.split(' · ')[1])).size);
  console.log(`# page: ${served.size} files, ${kib(raw)} (${kib(gzip)} gzipped); first report ${firstReport} ms after navigation (the check itself, ${rulesRun} rules: ${check} ms)`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('every example: the verdict and a finding are the CLI\'s', async () => {
  const { page, context, errors } = await openPage();
  for (const name of examples) {
    await loadExample(page, name);
    const native = JSON.parse(await nativeReport(join(root, 'examples/declarations', name)));
    assert.equal(await page.getAttribute('[data-testid=verdict]', 'data-verdict'), native.verdict, name);
    const worst = native.findings.find((f) => f.status === 'violation') ?? native.findings[0];
    const shown = page.locator(`[data-testid=finding][data-obligation="${worst.obligation}"]`);
    assert.equal(await shown.getAttribute('data-status'), worst.status, `${name}: ${worst.obligation}`);
    assert.ok((await shown.innerText()).includes(worst.message.en), `${name}: the message of ${worst.obligation}`);
    if (name.startsWith('p04')) await page.screenshot({ path: join(artefacts, 'playground-desktop-en.png'), fullPage: true });
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('Chinese, the quoted article, the evidence in the editor and the download', async () => {
  const { page, context, errors } = await openPage();
  const name = examples.find((n) => n.startsWith('p04'));
  const file = join(root, 'examples/declarations', name);
  await loadExample(page, name);
  const native = await nativeReport(file);
  const report = JSON.parse(native);
  const violation = report.findings.find((f) => f.status === 'violation' && f.evidence.length);

  // Evidence: clicking the finding marks the line of its first pointer in the editor.
  await page.click(`[data-testid=finding][data-obligation="${violation.obligation}"]`);
  const field = violation.evidence[0].split('/').at(-1);
  const focused = await page.locator('#backdrop div.focus').allInnerTexts();
  assert.ok(focused.some((line) => line.includes(field)), `no highlighted line holds \`${field}\`: ${focused}`);

  // Chinese: the verdict and the finding's message switch; nothing is checked again.
  await page.click('[data-testid=lang]');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  const finding = page.locator(`[data-testid=finding][data-obligation="${violation.obligation}"]`);
  assert.ok((await finding.innerText()).includes(violation.message.zh));
  assert.match(await page.innerText('[data-testid=verdict]'), /不合规/);

  // The article's text, quoted on demand, is the rule's.
  const article = page.locator(`[data-testid=article][data-article="${violation.instrument} ${violation.article}"]`);
  await article.locator('details.quote summary').click();
  const quote = await article.locator('details.quote blockquote').innerText();
  assert.ok(quote.length > 20, `the quoted text is \`${quote}\``);
  await page.screenshot({ path: join(artefacts, 'playground-desktop-zh.png'), fullPage: false });

  // The download is the CLI's JSON, byte for byte.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download]')]);
  assert.equal(await readFile(await download.path(), 'utf8'), native);
  assert.deepEqual(errors, []);
  await context.close();
});

test('rule files added from disk: one runs, one that imports WASI is refused as natively', async () => {
  const { page, context, errors } = await openPage();
  const dir = await mkdtemp(join(tmpdir(), 'frt-web-e2e-'));
  await copyFile(join(guests, 'wasi-import.wasm'), join(dir, 'wasi-import.wasm'));

  await page.setInputFiles('[data-testid=rule-file]', join(guests, 'stateful-rule.wasm'));
  await page.waitForSelector('[data-testid=rule-added][data-rule]', { timeout: 120_000 });
  await page.waitForSelector('[data-testid=finding][data-obligation^="test-stateful"]');

  await page.setInputFiles('[data-testid=rule-file]', join(dir, 'wasi-import.wasm'));
  const refused = await page.waitForSelector('[data-testid=rule-added][data-refused]');
  const stderr = frtCheckStderr(['--rules', dir, join(root, 'examples/declarations', examples[0])]);
  const message = (await refused.innerText()).replace(/^[^:：]*[:：]\s*/, '');
  assert.match(message, /rules must import nothing/);
  const native = stderr.split('\n').find((l) => l.includes('rules must import nothing'));
  assert.equal(message.replace('`wasi-import.wasm`', `\`${join(dir, 'wasi-import.wasm')}\``), native.replace(/^\s*caused by: /, ''));
  await page.screenshot({ path: join(artefacts, 'playground-rules-added.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a declaration with a mistake: the error names the place, marks the line, offers the fix', async () => {
  const { page, context, errors } = await openPage();
  const name = examples[0];
  const text = await readFile(join(root, 'examples/declarations', name), 'utf8');
  const lines = text.split('\n');
  const at = lines.findIndex((l) => /\bvenue: hotel_lobby\b/.test(l));
  assert.ok(at >= 0, `${name} has no \`venue: hotel_lobby\``);
  lines[at] = lines[at].replace('hotel_lobby', 'hotel_loby');
  const checks = Number(await page.getAttribute('body', 'data-checks'));
  await page.fill('[data-testid=source]', lines.join('\n'));
  await page.waitForFunction((n) => Number(document.body.dataset.checks) > n, checks);
  const shown = await page.innerText('[data-testid=declaration-error]');
  assert.match(shown, /`\/siting\/venue`: unknown value `hotel_loby`/);
  assert.match(shown, /did you mean `hotel_lobby`\?/);
  assert.equal(await page.getAttribute('#backdrop div.error-line', 'data-line'), String(at + 1));
  assert.ok(await page.isDisabled('[data-testid=download]'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone-sized screen nothing overflows sideways', async () => {
  const { page, context, errors } = await openPage({ width: 375, height: 812 });
  await loadExample(page, examples.find((n) => n.startsWith('p04')));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
  await page.screenshot({ path: join(artefacts, 'playground-phone.png'), fullPage: false });
  assert.ok((await stat(join(artefacts, 'playground-phone.png'))).size > 0);
  assert.deepEqual(errors, []);
  await context.close();
});
