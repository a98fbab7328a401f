/**
 * Code actions for our diagnostics: the fix (preferred when safe, "(unsafe)" in the title otherwise),
 * "Ignore <id> for this line", "Ignore <id> in this file", "Show documentation for <id>",
 * and the `source.fixAll.stevedore` source action (safe fixes only).
 */
import { pathToFileURL } from 'node:url';
import { CodeAction, CodeActionKind, CodeActionParams, CreateFile, Diagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFileSystem } from '../platform/node-fs';
import { selectFixes } from '../engine/fixes';
import { type LintResult, ruleMeta } from '../engine/lint';
import { ignoreFileEdits, ignoreLineEdits } from '../engine/suppression-edits';
import type { Finding, Fix, Range } from '../engine/types';
import { SOURCE } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.stevedore`;
export const SHOW_DOCS_COMMAND = 'stevedore.showRuleDocumentation';


/** The first finding of each rule at each range. */
function findingsByPlace(findings: readonly Finding[]): Map<string, Finding> {
  const byPlace = new Map<string, Finding>();
  for (const f of findings) {
    const key = placeKey(f.rule, f.range);
    if (!byPlace.has(key)) byPlace.set(key, f);
  }
  return byPlace;
}

function placeKey(rule: string, { start, end }: Range): string {
  return `${rule} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/** What the client can do with a workspace edit: create files (needed by fixes that touch other files). */
export interface EditSupport {
  createFiles: boolean;
}

export function codeActions(document: TextDocument, result: LintResult, params: CodeActionParams, support: EditSupport = { createFiles: false }): CodeAction[] {
  const uri = document.uri;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wanted(only, CodeActionKind.QuickFix)) {
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
    // A selection of the whole file brings every diagnostic along: each is matched through one index of the findings,
    // not by reading them all (quadratic in a file of thousands).
    const findings = ours.length > 0 ? findingsByPlace(result.findings) : undefined;
    const ignoredInAction = new Set<string>();
    for (const diagnostic of ours) {
      const finding = findings?.get(placeKey(String(diagnostic.code), diagnostic.range));
      if (!finding) continue;
      actions.push(...fixActions(document, finding, diagnostic, support));
      const meta = ruleMeta(finding.rule);
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

function fixActions(document: TextDocument, finding: Finding, diagnostic: Diagnostic, support: EditSupport): CodeAction[] {
  const actions: CodeAction[] = [];
  finding.fixes.forEach((fix, index) => {
    const edit = fix.files?.length ? (support.createFiles ? workspaceEdit(document, fix) : undefined) : { changes: { [document.uri]: fix.edits } };
    // A fix that needs another file is left out for clients that cannot create files, rather than applied halfway.
    if (!edit) return;
    actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: index === 0 && fix.safety === 'safe', edit });
  });
  return actions;
}

/** The document's edits plus the other files' changes, as one workspace edit with resource operations. */
function workspaceEdit(document: TextDocument, fix: Fix): WorkspaceEdit {
  const documentChanges: WorkspaceEdit['documentChanges'] = [];
  if (fix.edits.length > 0) documentChanges.push(TextDocumentEdit.create({ uri: document.uri, version: document.version }, fix.edits));
  for (const change of fix.files ?? []) {
    const uri = pathToFileURL(change.path).toString();
    const current = nodeFileSystem.readFile(change.path);
    if (current === undefined) {
      documentChanges.push(CreateFile.create(uri, { ignoreIfExists: true }));
      documentChanges.push(TextDocumentEdit.create({ uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, change.text)]));
    } else if (change.kind === 'append') {
      const end = TextDocument.create(uri, 'plaintext', 0, current).positionAt(current.length);
      const separator = current === '' || current.endsWith('\n') ? '' : '\n';
      documentChanges.push(TextDocumentEdit.create({ uri, version: null }, [TextEdit.insert(end, separator + change.text)]));
    }
  }
  return { documentChanges };
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

/** Safe fixes of this document only: fix-all never creates or changes other files. */
export function fixAllEdits(document: TextDocument, result: LintResult): TextEdit[] {
  const inDocument = result.findings.filter((f) => !f.fixes[0]?.files?.length);
  return selectFixes(document, inDocument).flatMap((f) => f.edits);
}
