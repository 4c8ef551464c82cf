// The playground: a declaration editor, the report grouped by article, the law quoted on
// demand, evidence highlighted in the editor, English and Chinese, and the JSON report to
// download. Everything runs in the page through the browser host (`frt.js`).
import { DeclarationError, guessFormat, load } from './frt.js';

const UI = {
  en: {
    title: 'frt: facial recognition checks',
    lede: 'Describe a deployment and see the report before the camera is switched on. Everything runs in this page: nothing is sent anywhere.',
    examples: 'Examples:',
    addRule: 'Add a rule (.wasm)…',
    download: 'Download JSON report',
    declaration: 'Declaration',
    formats: '(YAML or JSON)',
    report: 'Report',
    loading: 'Loading the rules…',
    footer: 'The rules are the same WebAssembly components the frt command line runs; the report is assembled by the same code, so the JSON is byte for byte the same.',
    switchTo: '中文',
    verdict: { compliant: 'Compliant', needs_review: 'Needs review', non_compliant: 'Non-compliant' },
    status: { violation: 'violation', needs_review: 'needs review', advisory: 'advisory', satisfied: 'satisfied', not_applicable: 'not applicable', error: 'error' },
    asOf: 'as of',
    article: (instrument, number) => `${instrument} Art. ${number}`,
    quote: 'Article text',
    evidence: 'evidence',
    packs: 'Packs',
    applied: 'applied',
    notApplied: 'not applied',
    checking: 'Checking…',
    checked: (ms) => `Checked in ${ms} ms`,
    ruleAdded: (id, name) => `Added rule \`${id}\` from ${name}`,
    refused: 'Refused:',
    loadingTranspiler: (name) => `Transpiling ${name}…`,
    errorAt: (line, column) => `line ${line}, column ${column}`,
    help: 'help',
  },
  zh: {
    title: 'frt：人脸识别合规检查',
    lede: '描述一次部署，在开启摄像头之前查看报告。全部计算在本页面内完成，不向任何地方发送数据。',
    examples: '示例：',
    addRule: '添加规则（.wasm）…',
    download: '下载 JSON 报告',
    declaration: '声明',
    formats: '（YAML 或 JSON）',
    report: '报告',
    loading: '正在加载规则…',
    footer: '这些规则与 frt 命令行运行的是同一批 WebAssembly 组件；报告由同一份代码生成，JSON 逐字节相同。',
    switchTo: 'English',
    verdict: { compliant: '合规', needs_review: '需要复核', non_compliant: '不合规' },
    status: { violation: '违反', needs_review: '需要复核', advisory: '建议', satisfied: '满足', not_applicable: '不适用', error: '错误' },
    asOf: '评估日期',
    article: (instrument, number) => `${instrument} 第${number}条`,
    quote: '条文',
    evidence: '依据',
    packs: '规则包',
    applied: '已适用',
    notApplied: '未适用',
    checking: '正在检查…',
    checked: (ms) => `检查用时 ${ms} 毫秒`,
    ruleAdded: (id, name) => `已从 ${name} 添加规则 \`${id}\``,
    refused: '已拒绝：',
    loadingTranspiler: (name) => `正在转译 ${name}…`,
    errorAt: (line, column) => `第 ${line} 行，第 ${column} 列`,
    help: '提示',
  },
};

const RANK = ['not_applicable', 'satisfied', 'advisory', 'needs_review', 'violation', 'error'];

const $ = (id) => document.getElementById(id);
const source = $('source');
const backdrop = $('backdrop');
const reportView = $('report');
const status = $('status');

const state = { frt: null, lang: 'en', report: null, json: null, error: null, focus: null, articles: new Map(), added: [] };

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function ui() {
  return UI[state.lang];
}

function setStatus(text, bad = false) {
  status.textContent = text;
  status.classList.toggle('bad', bad);
}

// The editor's backdrop: one row per line, coloured where evidence lies.
function paintBackdrop() {
  const lines = source.value.split('\n');
  const marks = new Map();
  if (state.report) {
    const pointers = new Set();
    for (const f of state.report.findings) if (f.status === 'violation') f.evidence.forEach((p) => pointers.add(p));
    mark(marks, [...pointers], 'evidence');
  }
  if (state.focus) mark(marks, state.focus.evidence, 'evidence focus');
  if (state.error && state.error.line) marks.set(state.error.line, 'error-line');
  backdrop.replaceChildren(
    ...lines.map((line, i) => el('div', { class: marks.get(i + 1) ?? '', 'data-line': String(i + 1) }, line || ' ')),
  );
  backdrop.scrollTop = source.scrollTop;
}

function mark(marks, pointers, cls) {
  if (!pointers.length || !state.frt) return;
  for (const { line } of state.frt.locate(source.value, pointers)) marks.set(line, cls);
}

function articleTexts(finding) {
  const rule = state.articles.get(finding.rule);
  if (!rule) return null;
  const article = rule.articles.find((a) => a.number === finding.article);
  return article ? article.text : null;
}

function renderError(error) {
  const u = ui();
  const where = error.line ? ` (${u.errorAt(error.line, error.column)})` : '';
  const help = error.help ? `\n${u.help}: ${error.help}` : '';
  const path = error.path ? `\`${error.path}\`: ` : '';
  reportView.replaceChildren(el('div', { class: 'error-box', 'data-testid': 'declaration-error' }, `error: ${path}${error.message}${where}${help}`));
}

function renderReport() {
  const u = ui();
  const lang = state.lang;
  const report = state.report;
  if (state.error) return renderError(state.error);
  if (!report) return;
  const summary = el(
    'div',
    { class: 'summary', 'data-testid': 'summary' },
    Object.entries(report.summary)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => el('span', { class: `chip ${s}` }, `${n} ${u.status[s]}`)),
  );
  // Group by instrument and article, in report order.
  const groups = [];
  for (const f of report.findings) {
    const last = groups.at(-1);
    if (last && last.instrument === f.instrument && last.article === f.article) last.findings.push(f);
    else groups.push({ instrument: f.instrument, article: f.article, findings: [f] });
  }
  const articles = groups.map((g) => {
    const worst = g.findings.reduce((w, f) => (RANK.indexOf(f.status) > RANK.indexOf(w) ? f.status : w), 'not_applicable');
    const text = articleTexts(g.findings[0]);
    return el(
      'section',
      { class: `article ${worst}`, 'data-testid': 'article', 'data-article': `${g.instrument} ${g.article}` },
      el('h3', {}, u.article(g.instrument, g.article), el('span', { class: `chip ${worst}` }, u.status[worst])),
      text
        ? el('details', { class: 'quote', 'data-testid': 'quote' }, el('summary', {}, u.quote), el('blockquote', {}, text[lang]))
        : null,
      g.findings.map((f) =>
        el(
          'div',
          {
            class: `finding${state.focus === f ? ' focus' : ''}`,
            'data-testid': 'finding',
            'data-obligation': f.obligation,
            'data-status': f.status,
            tabindex: '0',
            onclick: () => focusFinding(f),
            onkeydown: (e) => e.key === 'Enter' && focusFinding(f),
          },
          el('span', { class: `chip ${f.status}` }, u.status[f.status]),
          ' ',
          f.message[lang],
          f.remediation ? el('div', { class: 'fix' }, f.remediation[lang]) : null,
          el(
            'div',
            { class: 'meta' },
            `${f.obligation} · ${f.rule}`,
            f.evidence.length ? ` · ${u.evidence}: ${f.evidence.join(', ')}` : '',
          ),
        ),
      ),
    );
  });
  const packs = (report.packs ?? []).map((p) =>
    el('li', {}, el('strong', {}, p.name), ` (${p.applied ? u.applied : u.notApplied}): ${p.reason[lang]}`),
  );
  reportView.replaceChildren(
    el(
      'div',
      { class: `verdict ${report.verdict}`, 'data-testid': 'verdict', 'data-verdict': report.verdict },
      `${u.verdict[report.verdict]} · ${report.declaration} · ${u.asOf} ${report.as_of}`,
    ),
    summary,
    ...articles,
    packs.length ? el('div', { class: 'packs' }, el('strong', {}, u.packs), el('ul', {}, packs)) : null,
  );
}

function focusFinding(finding) {
  state.focus = state.focus === finding ? null : finding;
  renderReport();
  paintBackdrop();
  if (state.focus && finding.evidence.length) {
    const [{ line }] = state.frt.locate(source.value, finding.evidence.slice(0, 1));
    const row = backdrop.children[line - 1];
    if (row) source.scrollTop = Math.max(0, row.offsetTop - source.clientHeight / 3);
  }
}

function applyLanguage() {
  const u = ui();
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const text = u[node.dataset.i18n];
    if (typeof text === 'string') node.textContent = text;
  }
  $('lang').textContent = u.switchTo;
  renderAdded();
  renderReport();
}

let timer = null;
let generation = 0;
async function check() {
  if (!state.frt) return;
  const mine = ++generation;
  const text = source.value;
  setStatus(ui().checking);
  const started = performance.now();
  try {
    const json = await state.frt.checkJson(text, { format: guessFormat(text) });
    if (mine !== generation) return;
    state.json = json;
    state.report = JSON.parse(json);
    state.error = null;
    const ms = Math.round(performance.now() - started);
    document.body.dataset.lastCheckMs = String(ms);
    setStatus(ui().checked(ms));
  } catch (e) {
    if (mine !== generation) return;
    if (!(e instanceof DeclarationError)) throw e;
    state.report = null;
    state.json = null;
    state.error = e;
    setStatus('');
  }
  state.focus = null;
  $('download').disabled = state.json === null;
  renderReport();
  paintBackdrop();
  if (!document.body.dataset.firstReportMs && state.report) {
    document.body.dataset.firstReportMs = String(Math.round(performance.now()));
  }
  document.body.dataset.checks = String(Number(document.body.dataset.checks ?? 0) + 1);
}

async function loadExample(name) {
  const response = await fetch(new URL(`examples/${name}`, import.meta.url));
  source.value = await response.text();
  source.scrollTop = 0;
  for (const b of document.querySelectorAll('#examples button')) b.setAttribute('aria-pressed', String(b.dataset.example === name));
  await check();
}

// Rules added from disk, and those refused, listed under the editor in the page's language.
function renderAdded() {
  const u = ui();
  $('rules-added').replaceChildren(
    ...state.added.map((a) =>
      a.id
        ? el('div', { 'data-testid': 'rule-added', 'data-rule': a.id }, u.ruleAdded(a.id, a.file))
        : el('div', { 'data-testid': 'rule-added', 'data-refused': 'true', class: 'refused' }, `${u.refused} ${a.message}`),
    ),
  );
}

async function addRule(file) {
  setStatus(ui().loadingTranspiler(file.name));
  try {
    const description = await state.frt.addRule(file.name, new Uint8Array(await file.arrayBuffer()));
    state.articles.set(description.id, description);
    state.added.push({ id: description.id, file: file.name });
  } catch (e) {
    state.added.push({ message: e.message });
  }
  renderAdded();
  await check();
}

function download() {
  const blob = new Blob([state.json], { type: 'application/json' });
  const a = el('a', { href: URL.createObjectURL(blob), download: `${state.report.declaration}.report.json` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

source.addEventListener('input', () => {
  paintBackdrop();
  clearTimeout(timer);
  timer = setTimeout(check, 300);
});
source.addEventListener('scroll', () => {
  backdrop.scrollTop = source.scrollTop;
  backdrop.scrollLeft = source.scrollLeft;
});
$('lang').addEventListener('click', () => {
  state.lang = state.lang === 'en' ? 'zh' : 'en';
  applyLanguage();
});
$('download').addEventListener('click', download);
$('rule-file').addEventListener('change', async (e) => {
  for (const file of e.target.files) await addRule(file);
  e.target.value = '';
});

const examples = await (await fetch(new URL('examples/index.json', import.meta.url))).json();
$('examples').replaceChildren(
  ...examples.map((name) =>
    el('button', { type: 'button', 'data-example': name, onclick: () => loadExample(name) }, name.replace(/\.(ya?ml|json)$/, '')),
  ),
);
state.frt = await load({ base: new URL('./', import.meta.url) });
for (const rule of state.frt.rules()) state.articles.set(rule.id, rule);
document.body.dataset.rules = String(state.frt.rules().length);
applyLanguage();
await loadExample(examples[0]);
