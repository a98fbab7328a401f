/**
 * lint(): parse once, run every enabled rule against the model, apply suppressions and report their
 * hygiene. Never throws on bad input: a rule that throws becomes an `internal-error` finding.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseCompose } from '../model/compose/parse';
import type { ComposeModel } from '../model/compose/types';
import { parseDockerfile } from '../model/dockerfile/parse';
import type { DockerfileModel } from '../model/dockerfile/types';
import { duringOneLint } from '../model/once-per';
import { partitionPoint } from '../model/sorted';
import { allRules } from '../rules';
import { type DockerfileFacts, dockerfileFacts } from './applicability';
import { ResolvedConfig, emptyConfig } from './config';
import { agreedBuildArgs } from '../rules/shared/workspace-builds';
import { emptyFileSystem, FileSystem, folderVisible, snapshotFileSystem } from './fs';
import { detectKind } from './kind';
import { finishedFixes, fixFinisher, type FixFinisher } from './fix-finishing';
import { PositionFinder } from './positions';
import type { Report, Rule, RuleContext } from './rule';
import { effectiveSeverity, NO_OPTIONS, ruleIndex, runSteps } from './rule-plan';
import { RuleNames } from './rule-names';
import { composeSuppressions, dockerfileSuppressions, SuppressionToken } from './suppressions';
import { closest } from './text';
import type { FileKind, Finding, Fix, Position, Range, RuleMeta, RuleSeverity, Severity } from './types';

export type Model = DockerfileModel | ComposeModel;

export interface LintOptions {
  /** Absolute path of the file ('' or undefined for an untitled buffer). */
  fileName?: string;
  /** Overrides detection from the file name. */
  kind?: FileKind;
  config?: ResolvedConfig;
  /** Turn on every rule, including those off by default. */
  allRules?: boolean;
  fs?: FileSystem;
  /** The date time-based rules judge against; defaults to now. */
  now?: Date;
  /** The rule set (defaults to the registry). */
  rules?: readonly Rule[];
}

export interface LintResult {
  kind: FileKind;
  model: Model;
  findings: Finding[];
  suppressions: SuppressionToken[];
}

/** Per rule set, computed once (callers that pass their own rule list usually pass the same array again). */
const namesByRules = new WeakMap<readonly Rule[], RuleNames>();
export function ruleNames(rules: readonly Rule[] = allRules): RuleNames {
  let names = namesByRules.get(rules);
  if (!names) namesByRules.set(rules, (names = new RuleNames(rules)));
  return names;
}

export function kindOf(fileName: string | undefined, kind?: FileKind): FileKind {
  return kind ?? (fileName ? detectKind(fileName) : undefined) ?? 'dockerfile';
}

export function parseModel(text: string, kind: FileKind, uri?: string, buildArgs?: ReadonlyMap<string, string | undefined>): Model {
  return kind === 'compose' ? parseCompose(text, uri) : parseDockerfile(text, uri, buildArgs);
}

/** Parses `text` and lints it. What the rules work out about the model is kept until the lint returns. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return duringOneLint(() => parseAndLint(text, options));
}

function parseAndLint(text: string, options: LintOptions): LintResult {
  const kind = kindOf(options.fileName, options.kind);
  const run = options.fs ? { ...options, fs: snapshotFileSystem(options.fs) } : options;
  const buildArgs = kind === 'dockerfile' ? workspaceBuildArgs(run) : undefined;
  return lintModel(parseModel(text, kind, fileUri(options.fileName), buildArgs), run);
}

/** The build args the compose and Bake files beside a Dockerfile pass to it (none for an unsaved buffer). */
function workspaceBuildArgs(options: LintOptions): Map<string, string | undefined> | undefined {
  const { fs, fileName } = options;
  if (!fs || !fileName || !folderVisible(fs, fileName)) return undefined;
  return agreedBuildArgs(fs, fileName);
}

/** The metadata of a rule by id, from the rule set's index (undefined for an unknown id). */
export function ruleMeta(id: string, rules: readonly Rule[] = allRules): RuleMeta | undefined {
  return ruleIndex(rules).metaById.get(id);
}

/** Read by lints given no configuration; never changed. */
const NO_CONFIG: ResolvedConfig = emptyConfig();

/** Lints a parsed model (inside `lint`, the same lint). */
export function lintModel(model: Model, options: LintOptions = {}): LintResult {
  return duringOneLint(() => lintParsed(model, options));
}

function lintParsed(model: Model, options: LintOptions): LintResult {
  const rules = options.rules ?? allRules;
  const config = options.config ?? NO_CONFIG;
  const allOn = options.allRules === true || config.allRules;
  const names = ruleNames(rules);
  const index = ruleIndex(rules);
  const { checkableIds, metaById } = index;
  const severityOf = (meta: RuleMeta) => effectiveSeverity(meta, config, allOn);
  const document = model.document;
  const positions = new PositionFinder(document);
  const findings: Finding[] = [];
  // The reports of the rule that runs; replaced after a rule that reported (setting `length` to empty an
  // array is a slow runtime call, and most rules report nothing).
  let reports: Report[] = [];
  let facts: DockerfileFacts | undefined;
  const limits = fixLimits(model);
  const finishFix = fixFinisher(model, positions, limits.loneCr);

  // One context for the whole run: only `options` and the report sink change from rule to rule.
  const ctx: RuleContext<Model> = {
    model,
    document,
    fileName: options.fileName ?? '',
    options: NO_OPTIONS,
    fs: options.fs ?? emptyFileSystem,
    now: options.now ?? new Date(),
    range: (start, end) => rangeOf(document, start, end, positions),
    report: (r) => reports.push(r),
  };

  for (const { rule, severity, options: ruleOptions, configured } of runSteps(index, model.kind, options.config, allOn)) {
    if (rule.appliesTo && !rule.appliesTo((facts ??= dockerfileFacts(model as DockerfileModel)))) continue;
    ctx.options = ruleOptions;
    try {
      rule.check(ctx);
      if (reports.length > 0) {
        for (const r of reports) findings.push(toFinding(rule.id, r.severity && !configured ? r.severity : severity, r, document, positions, limits, finishFix));
        reports = [];
      }
    } catch (error) {
      reports = [];
      const internal = metaById.get('internal-error');
      if (internal && severityOf(internal) !== 'off') {
        findings.push({
          rule: 'internal-error',
          severity: severityOf(internal) as Severity,
          message: `Rule \`${rule.id}\` failed on this file and was skipped: ${(error as Error)?.message ?? String(error)}. Please report this.`,
          range: rangeOf(document, 0, 0),
          fixes: [],
        });
      }
    }
  }

  const suppressions = model.kind === 'dockerfile' ? dockerfileSuppressions(model, names) : composeSuppressions(model.text, names);
  const kept = applySuppressions(findings, suppressions, metaById);
  if (suppressions.length > 0) {
    // The rules that ran: every checkable rule of this kind that is not off (only suppressions ask).
    const ran = (id: string) => {
      const meta = metaById.get(id);
      return meta !== undefined && checkableIds[model.kind].has(id) && severityOf(meta) !== 'off';
    };
    kept.push(...suppressionHygiene(suppressions, ran, names, metaById, severityOf, document));
  }
  kept.sort(compareFindings);
  return { kind: model.kind, model, findings: kept, suppressions };
}

export { effectiveSeverity } from './rule-plan';

/** Where a file cannot take a fix, whatever rule offers it. */
interface FixLimits {
  /**
   * Compose: the offset where the YAML first breaks (Infinity when it does not). From there on the structure is a
   * guess: a key typed without its `:` yet, an open quote or bracket. A line a fix adds there can become part of
   * the broken node (a key appended after `  en` made `en healthcheck` one key), so such fixes wait until it parses.
   */
  brokenFrom: number;
  /**
   * A Dockerfile holding a lone `\r` (old Mac line ends): the builder reads it as part of a line, editors and the
   * parser as a line break, so no fix that adds or removes a line break can be right for both.
   */
  loneCr: boolean;
}

const NO_LIMITS: FixLimits = { brokenFrom: Infinity, loneCr: false };

function fixLimits(model: Model): FixLimits {
  if (model.kind === 'compose') {
    let first = Infinity;
    for (const e of model.errors) first = Math.min(first, e.start);
    return first === Infinity ? NO_LIMITS : { brokenFrom: first, loneCr: false };
  }
  return model.text.includes('\r') && /\r(?!\n)/.test(model.text) ? { brokenFrom: Infinity, loneCr: true } : NO_LIMITS;
}

function offerable(fix: Fix, document: TextDocument, limits: FixLimits): boolean {
  return fix.edits.every((e) => {
    if (document.offsetAt(e.range.end) >= limits.brokenFrom) return false;
    return !limits.loneCr || !(LINE_BREAK.test(e.newText) || LINE_BREAK.test(document.getText(e.range)));
  });
}

const LINE_BREAK = /[\r\n]/;

function toFinding(
  rule: string,
  severity: Severity,
  report: Report,
  document: TextDocument,
  positions: PositionFinder,
  limits: FixLimits,
  finishFix: FixFinisher,
): Finding {
  let fixes: Fix[] = report.fix === undefined ? [] : Array.isArray(report.fix) ? report.fix : [report.fix];
  if (limits !== NO_LIMITS) fixes = fixes.filter((f) => offerable(f, document, limits));
  const clamped = fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, range: clampRange(document, e.range, positions) })) }));
  return {
    rule,
    severity,
    message: report.message,
    range: clampRange(document, report.range, positions),
    fixes: finishedFixes(clamped, report, finishFix),
    ...(report.related ? { related: report.related.map((r) => ({ ...r, range: clampRange(document, r.range, positions) })) } : {}),
  };
}

function applySuppressions(findings: Finding[], tokens: SuppressionToken[], metaById: Map<string, RuleMeta>): Finding[] {
  if (tokens.length === 0) return findings;
  // Tokens that cover the same lines (or the whole file) are read together, and a token for some lines reads only
  // the findings on them: a token reading every finding, or every finding of its lines, made files of many
  // suppressions quadratic (n `# hadolint ignore=` lines over one RUN of n findings: 5 s at 16,384).
  const byRange = new Map<string, SuppressionToken[]>();
  for (const t of tokens) {
    const key = t.lines ? `${t.lines[0]}:${t.lines[1]}` : 'file';
    const group = byRange.get(key);
    if (group) group.push(t);
    else byRange.set(key, [t]);
  }
  const byLine = findings.slice().sort((a, b) => a.range.start.line - b.range.start.line);
  const suppressed = new Set<Finding>();
  for (const group of byRange.values()) {
    const lines = group[0]!.lines;
    const covered = lines ? byLine.slice(firstOnLine(byLine, lines[0]), firstOnLine(byLine, lines[1] + 1)) : findings;
    suppressTogether(covered, group, metaById, suppressed);
  }
  return findings.filter((f) => !suppressed.has(f));
}

/**
 * Tokens that cover the same findings, read together: what they suppress is the union of what each names (a rule,
 * every rule, or every rule with a BuildKit check), and a token is used when a finding it names is among them.
 */
function suppressTogether(findings: Finding[], tokens: SuppressionToken[], metaById: Map<string, RuleMeta>, suppressed: Set<Finding>): void {
  const isBuildkit = (rule: string) => hasBuildkitAlias(rule, metaById);
  const found = new Set(findings.map((f) => f.rule));
  const anyRule = [...found].some((rule) => !HYGIENE.has(rule));
  const anyBuildkit = [...found].some(isBuildkit);
  const named = new Set<string>();
  let all = false;
  let buildkit = false;
  for (const t of tokens) {
    for (const id of t.ruleIds) named.add(id);
    if (t.all === 'rules') all = true;
    if (t.all === 'buildkit') buildkit = true;
    if (t.ruleIds.some((id) => found.has(id)) || (t.all === 'rules' && anyRule) || (t.all === 'buildkit' && anyBuildkit)) t.used = true;
  }
  for (const f of findings) {
    if (named.has(f.rule) || (all && !HYGIENE.has(f.rule)) || (buildkit && isBuildkit(f.rule))) suppressed.add(f);
  }
}

/** The rule matches a BuildKit check (`check=skip=all` covers it). */
function hasBuildkitAlias(rule: string, metaById: Map<string, RuleMeta>): boolean {
  return metaById.get(rule)?.aliases.some((a) => a.startsWith('BK:')) ?? false;
}

/** The position of the first finding on `line` or after it, in findings sorted by line: a binary search. */
function firstOnLine(byLine: readonly Finding[], line: number): number {
  return partitionPoint(byLine, (f) => f.range.start.line < line);
}

/** The tools whose suppression comments Stevedore reads, as the unused message names them. */
const FOREIGN_TOOLS: Partial<Record<SuppressionToken['style'], string>> = {
  hadolint: 'hadolint',
  buildkit: 'BuildKit',
  dclint: 'dclint',
};

const HYGIENE = new Set(['suppression-invalid', 'suppression-unused', 'internal-error']);

function suppressionHygiene(
  tokens: SuppressionToken[], ran: (id: string) => boolean, names: RuleNames, metaById: Map<string, RuleMeta>,
  severityOf: (meta: RuleMeta) => RuleSeverity, document: TextDocument,
): Finding[] {
  const out: Finding[] = [];
  const invalid = metaById.get('suppression-invalid');
  const unused = metaById.get('suppression-unused');
  const invalidSeverity = invalid ? severityOf(invalid) : 'off';
  const unusedSeverity = unused ? severityOf(unused) : 'off';
  for (const t of tokens) {
    const range = rangeOf(document, t.start, t.end);
    const known = t.ruleIds.length > 0 || t.all !== undefined || names.isExternalCode(t.name);
    if (!known) {
      if (invalidSeverity === 'off') continue;
      const suggestion = closest(t.name, suggestionsFor(t, metaById), 3);
      const fixes: Fix[] = suggestion
        ? [{ title: `Change to \`${suggestion}\``, safety: 'safe', edits: [{ range, newText: suggestion }] }]
        : [];
      out.push({
        rule: 'suppression-invalid',
        severity: invalidSeverity as Severity,
        message: `Unknown rule \`${t.name}\` in suppression comment${suggestion ? `. Did you mean \`${suggestion}\`?` : '.'}`,
        range,
        fixes,
      });
      continue;
    }
    if (t.used || unusedSeverity === 'off' || t.all !== undefined) continue;
    // Only a suppression of a rule that ran and found nothing is unused; codes we do not implement are exempt.
    if (t.ruleIds.length === 0 || !t.ruleIds.some(ran)) continue;
    // Another tool's comment may still be needed by that tool, whose rule can differ from ours: the message says so.
    const tool = FOREIGN_TOOLS[t.style];
    const rule = t.ruleIds.find(ran) ?? t.ruleIds[0];
    out.push({
      rule: 'suppression-unused',
      severity: unusedSeverity as Severity,
      message: tool && rule !== t.name
        ? `Suppression of \`${t.name}\` suppresses nothing here: Stevedore's \`${rule}\` finds nothing. Keep it only while ${tool} checks this file.`
        : `Suppression of \`${t.name}\` suppresses nothing here.`,
      range,
      fixes: [],
    });
  }
  return out;
}

/** Names of the same family as the token: hadolint codes for hadolint comments, BuildKit names for check=skip… */
function suggestionsFor(token: SuppressionToken, metaById: Map<string, RuleMeta>): string[] {
  const names: string[] = [];
  for (const meta of metaById.values()) {
    if (token.style === 'stevedore') names.push(meta.id);
    for (const alias of meta.aliases) {
      if (token.style === 'hadolint' && /^DL\d{4}$/.test(alias)) names.push(alias);
      if (token.style === 'buildkit' && alias.startsWith('BK:')) names.push(alias.slice(3));
      if (token.style === 'dclint' && alias.startsWith('dclint:')) names.push(alias.slice(7));
    }
    if (token.style === 'dclint') names.push(meta.id);
  }
  return names;
}

/** Offsets [start, end) to a range inside the document; `positions` finds them (the document's own search by default). */
export function rangeOf(document: TextDocument, start: number, end: number, positions: Pick<TextDocument, 'positionAt'> = document): Range {
  const length = document.getText().length;
  const s = Math.max(0, Math.min(start, length));
  const e = Math.max(s, Math.min(end, length));
  return { start: positions.positionAt(s), end: positions.positionAt(e) };
}

function clampRange(document: TextDocument, range: Range, positions: PositionFinder): Range {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  // Most ranges come from `ctx.range` and are already what `rangeOf` would make of them: copied as they are, which
  // spares two searches of the line table per range (a 100x Compose file's findings and related places made 7,000).
  if (start <= end && isExact(document, range.start, start) && isExact(document, range.end, end)) {
    return { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } };
  }
  return rangeOf(document, Math.min(start, end), Math.max(start, end), positions);
}

/**
 * True when `document.positionAt(offset)` is `position`, given `offset = document.offsetAt(position)`: the position
 * lies on a line of the document and `offsetAt` moved it nowhere. (It moves a position past the end of its line, or
 * between a `\r` and its `\n`, back before the line break; so an offset it did not move lies on that line.)
 */
function isExact(document: TextDocument, position: Position, offset: number): boolean {
  const { line, character } = position;
  if (!Number.isInteger(line) || !Number.isInteger(character) || line < 0 || line >= document.lineCount) return false;
  return offset === document.offsetAt({ line, character: 0 }) + character;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.rule.localeCompare(b.rule)
  );
}

function fileUri(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  return 'file://' + (fileName.startsWith('/') ? '' : '/') + fileName.replace(/\\/g, '/');
}
