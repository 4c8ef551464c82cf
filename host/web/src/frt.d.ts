// Types of the frt browser host (`frt.js`).

/** A text in English and in Chinese. */
export interface Localized {
  en: string;
  zh: string;
}

export type Status = 'violation' | 'needs_review' | 'advisory' | 'satisfied' | 'not_applicable' | 'error';
export type Verdict = 'compliant' | 'needs_review' | 'non_compliant';

/** A finding of the `frt/report/v1` report. */
export interface ReportFinding {
  obligation: string;
  rule: string;
  instrument: string;
  article: string;
  paragraph?: number;
  item?: number;
  status: Status;
  severity: 'blocking' | 'high' | 'medium' | 'low' | 'info';
  message: Localized;
  /** JSON Pointers into the declaration. */
  evidence: string[];
  remediation?: Localized;
  waiver?: unknown;
}

/** One pack the host considered, whether it applied and why. */
export interface PackSelection {
  name: string;
  applied: boolean;
  reason: Localized;
  rules?: string[];
}

/** The `frt/report/v1` report (see `frt schema report` for the full schema). */
export interface Report {
  schema: 'frt/report/v1';
  declaration: string;
  as_of: string;
  verdict: Verdict;
  rules: { id: string; version: string; digest: string }[];
  findings: ReportFinding[];
  summary: Record<Status, number>;
  packs?: PackSelection[];
  failure_policy?: 'fail_open';
  [extension: string]: unknown;
}

/** An article a rule applies, with its text. */
export interface Article {
  number: string;
  text: Localized;
}

/** A loaded rule: what it says it is, its pack and its component's digest. */
export interface RuleInfo {
  pack: string;
  digest: string;
  /** The package name or the name given to `addRule`. */
  source: string;
  id: string;
  version: string;
  instrument: string;
  articles: Article[];
  title: Localized;
  jurisdictions: { country: string; region?: string; city?: string }[];
  effectiveFrom?: string;
  sources: string[];
  unconfirmed?: Localized;
}

export interface CheckOptions {
  /** `yaml` or `json`; guessed from the text when absent. */
  format?: 'yaml' | 'json';
  /** The day the assessment speaks for (`--as-of`). */
  asOf?: string;
  /** Today (UTC), used when neither `asOf` nor the declaration gives a date. */
  today?: string;
  /** Run these packs (`--pack`). */
  packs?: string[];
  /** Run every pack (`--all-packs`). */
  allPacks?: boolean;
  /** `--fail-open`. */
  failOpen?: boolean;
  /** Run every loaded rule without pack selection (`--rules DIR`). */
  rulesOnly?: boolean;
}

/** A declaration that cannot be read. */
export class DeclarationError extends Error {
  path?: string;
  line?: number;
  column?: number;
  help?: string;
}

/** A component that cannot be loaded as a rule; the message names it. */
export class LoadError extends Error {}

export class Frt {
  /** The packs in report order, with the ids of their rules. */
  packs(): { name: string; title: Localized; rules: string[] }[];
  /** Every loaded rule. */
  rules(): RuleInfo[];
  /** The report's JSON text, exactly as `frt check --format json` prints it. */
  checkJson(declaration: string | object, options?: CheckOptions): Promise<string>;
  /** The report. */
  check(declaration: string | object, options?: CheckOptions): Promise<Report>;
  /** Where each JSON Pointer was written in `source`. */
  locate(source: string, pointers: string[], format?: 'yaml' | 'json'): { line: number; column: number }[];
  /** Loads a rule component under the native host's contract and adds it to `pack`. */
  addRule(name: string, bytes: ArrayBuffer | Uint8Array, pack?: string): Promise<Omit<RuleInfo, 'pack' | 'digest' | 'source'>>;
}

export interface LoadOptions {
  /** Where `dist/` is served (default: next to `frt.js`). */
  base?: string | URL;
  /** Reads a file of `dist/` (default: `fetch`). */
  read?: (path: string) => Promise<Uint8Array>;
  /** Load the built-in packs (default: true). */
  builtin?: boolean;
  /** Allow `addRule` with jco's in-browser transpiler (default: true). */
  transpiler?: boolean;
  /** A transpiler to use instead of jco's in-browser build. */
  transpile?: (bytes: Uint8Array, name: string) => Promise<Array<[string, Uint8Array]>>;
}

/** Loads the report core and the built-in packs. */
export function load(options?: LoadOptions): Promise<Frt>;
export function todayUtc(): string;
export function guessFormat(source: string): 'yaml' | 'json';
