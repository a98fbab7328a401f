/** Findings to LSP diagnostics: `source` stevedore, `code` the rule id, `codeDescription` a link to its docs. */
import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver/node';
import type { Finding, Severity } from '../engine/types';

export const SOURCE = 'stevedore';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A command link: opens the documentation bundled with the extension, so it works offline. */
export function docsLink(ruleId: string): string {
  return `command:stevedore.showRuleDocumentation?${encodeURIComponent(JSON.stringify([ruleId]))}`;
}

export function toDiagnostic(finding: Finding, uri: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.rule,
    codeDescription: { href: docsLink(finding.rule) },
    message: finding.message,
  };
  if (finding.rule === 'suppression-unused') diagnostic.tags = [DiagnosticTag.Unnecessary];
  if (finding.related) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  }
  return diagnostic;
}
