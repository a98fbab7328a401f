/**
 * Code actions for our diagnostics: the fix (preferred when safe, "(unsafe)" in the title otherwise),
 * "Ignore <id> for this line", "Ignore <id> in this file", "Show documentation for <id>",
 * and the `source.fixAll.stevedore` source action (safe fixes only).
 */
import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { selectFixes } from '../engine/fixes';
import type { LintResult } from '../engine/lint';
import { ignoreFileEdits, ignoreLineEdits } from '../engine/suppression-edits';
import type { Finding, Range, RuleMeta } from '../engine/types';
import { allRules } from '../rules';
import { SOURCE } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.stevedore`;
export const SHOW_DOCS_COMMAND = 'stevedore.showRuleDocumentation';

const metaById = new Map<string, RuleMeta>(allRules.map((r) => [r.meta.id, r.meta]));

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

export function codeActions(document: TextDocument, result: LintResult, params: CodeActionParams): CodeAction[] {
  const uri = document.uri;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wanted(only, CodeActionKind.QuickFix)) {
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
    const ignoredInAction = new Set<string>();
    for (const diagnostic of ours) {
      const finding = result.findings.find((f) => f.rule === diagnostic.code && sameRange(f.range, diagnostic.range));
      if (!finding) continue;
      actions.push(...fixActions(uri, finding, diagnostic));
      const meta = metaById.get(finding.rule);
      if (!meta || ignoredInAction.has(meta.id)) continue;
      ignoredInAction.add(meta.id);
      if (meta.target !== 'any') {
        actions.push(editAction(`Ignore ${meta.id} for this line`, uri, ignoreLineEdits(result.model, finding, meta), diagnostic));
        actions.push(editAction(`Ignore ${meta.id} in this file`, uri, ignoreFileEdits(result.model, meta), diagnostic));
      }
      actions.push({
        title: `Show documentation for ${meta.id}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Show documentation for ${meta.id}`, command: SHOW_DOCS_COMMAND, arguments: [meta.id] },
      });
    }
  }
  if (only && wanted(only, FIX_ALL_KIND) && only.some((o) => FIX_ALL_KIND.startsWith(o))) {
    const fixAll = fixAllAction(document, result);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function fixActions(uri: string, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  return finding.fixes.map((fix, index) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: index === 0 && fix.safety === 'safe',
    edit: { changes: { [uri]: fix.edits } },
  }));
}

function editAction(title: string, uri: string, edits: TextEdit[], diagnostic: Diagnostic): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: edits } } };
}

/** One action applying every safe fix that does not overlap another (what "fix all on save" runs). */
export function fixAllAction(document: TextDocument, result: LintResult): CodeAction | undefined {
  const edits = fixAllEdits(document, result);
  if (edits.length === 0) return undefined;
  return { title: 'Fix all safe Stevedore problems', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } };
}

export function fixAllEdits(document: TextDocument, result: LintResult): TextEdit[] {
  return selectFixes(document, result.findings).flatMap((f) => f.edits);
}
