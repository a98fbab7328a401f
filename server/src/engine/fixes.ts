/** Applying fixes: one pass over a set of findings, and fix-all (re-lint until nothing more applies). */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, LintOptions } from './lint';
import { withChanges } from './fs';
import { TakenSpans } from './taken-spans';
import type { FileChange, Finding, Fix, FixSafety, Position, TextEdit } from './types';

export interface ApplyOptions {
  /** Also apply unsafe fixes (`--unsafe-fixes`). Default: safe only. */
  unsafe?: boolean;
}

export interface ApplyResult {
  text: string;
  /** The fixes applied, in document order. */
  applied: Fix[];
}

export function allowed(fix: Fix, options: ApplyOptions): boolean {
  return fix.safety === 'safe' || options.unsafe === true;
}

/**
 * Applies the primary fix of each finding, skipping fixes whose edits overlap one already taken
 * (their finding will be re-examined on the next pass of fixAll).
 */
export function applyFixes(text: string, findings: readonly Finding[], options: ApplyOptions = {}): ApplyResult {
  const doc = TextDocument.create('file:///fix', 'text', 0, text);
  const applied = selectFixes(doc, findings, options);
  // Ordered as VS Code orders a fix-all's edits, by start and then end: an insertion goes before a replacement that
  // starts at the same place. `applyEdits` orders by start alone and threw "Overlapping edit" when such a
  // replacement came first (a keyword-case fix and an inline-comment fix on one line broke fix-all).
  const edits: TextEdit[] = applied.flatMap((f) => f.edits).sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
  return { text: edits.length > 0 ? TextDocument.applyEdits(doc, edits) : text, applied };
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** The fixes one pass can apply together: primary, allowed, not overlapping an earlier one. */
export function selectFixes(doc: TextDocument, findings: readonly Finding[], options: ApplyOptions = {}): Fix[] {
  const candidates = findings
    .map((f) => f.fixes[0])
    .filter((f): f is Fix => f !== undefined && (f.edits.length > 0 || (f.files?.length ?? 0) > 0) && allowed(f, options));
  const taken: Fix[] = [];
  const spans = new TakenSpans();
  // The same fix offered by several findings (a file to create, one edit for a whole list) is taken once.
  const seen = new Set<string>();
  for (const fix of candidates) {
    const own = fix.edits.map((e) => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)] as [number, number]);
    if (own.some((span) => spans.clashes(span))) continue;
    const key = `${fix.title}\u0000${JSON.stringify(fix.edits)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    taken.push(fix);
    for (const span of own) spans.add(span);
  }
  return taken;
}

export interface FixAllResult {
  text: string;
  /** How many fixes were applied over all passes. */
  fixed: number;
  /** Changes to other files that the applied fixes ask for; the caller writes them (the engine never touches disk). */
  files: FileChange[];
  /** What is left after fixing. */
  findings: Finding[];
}

/** Lints and fixes repeatedly until no allowed fix remains (at most 10 passes). */
export function fixAll(text: string, lintOptions: LintOptions = {}, options: ApplyOptions = {}): FixAllResult {
  let current = text;
  let fixed = 0;
  const files: FileChange[] = [];
  let fs = lintOptions.fs;
  let findings = lint(current, lintOptions).findings;
  for (let pass = 0; pass < 10; pass++) {
    const result = applyFixes(current, findings, options);
    const changes = result.applied.flatMap((f) => f.files ?? []);
    if (result.applied.length === 0 || (result.text === current && changes.length === 0)) break;
    fixed += result.applied.length;
    const textChanged = result.text !== current;
    current = result.text;
    files.push(...changes);
    // Re-lint as if the other files were written, so a fix that created one is not offered again.
    if (changes.length > 0 && fs) fs = withChanges(fs, changes);
    findings = lint(current, { ...lintOptions, fs }).findings;
    if (!textChanged) break;
  }
  return { text: current, fixed, files, findings };
}

export function fixSafetyLabel(safety: FixSafety): string {
  return safety === 'safe' ? 'safe' : 'unsafe (review before applying)';
}
