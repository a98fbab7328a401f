/** What the CLI knows about one linted file, and the JSON shape of a finding (a contract: extend only). */
import type { Finding, Range, Severity } from '../engine/types';

export interface FileReport {
  file: string;
  findings: Finding[];
  /** Fixes applied with --fix. */
  fixed: number;
}

export interface JsonFinding {
  file: string;
  rule: string;
  aliases: string[];
  severity: Severity;
  message: string;
  range: Range;
  fix: { title: string; safety: 'safe' | 'unsafe' } | null;
}

export function toJson(reports: FileReport[], aliasesOf: (rule: string) => readonly string[]): JsonFinding[] {
  return reports.flatMap((r) =>
    r.findings.map((f) => ({
      file: r.file,
      rule: f.rule,
      aliases: [...aliasesOf(f.rule)],
      severity: f.severity,
      message: f.message,
      range: f.range,
      fix: f.fixes[0] ? { title: f.fixes[0].title, safety: f.fixes[0].safety } : null,
    })),
  );
}
