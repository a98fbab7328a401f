/**
 * `require('stevedore/api')`: the engine for other tools. A contract: extend it, never change it.
 *
 *   lintText(text, { fileName, allRules, kind, config, fs, now }) → Finding[]
 *   applyFixes(text, findings, { unsafe }) → { text, applied }
 */
import { lint, LintOptions } from './engine/lint';
import type { Finding } from './engine/types';

export { applyFixes, fixAll } from './engine/fixes';
export { loadConfig, emptyConfig } from './engine/config';
export { memoryFileSystem, emptyFileSystem } from './engine/fs';
export { detectKind } from './engine/kind';
export { renderRuleDoc } from './engine/docs';
export type { FileSystem } from './engine/fs';
export type { ApplyOptions, ApplyResult, FixAllResult } from './engine/fixes';
export type { LintOptions, LintResult } from './engine/lint';
export type { Finding, Fix, FixSafety, Position, Range, RuleMeta, Severity, TextEdit } from './engine/types';
import { allRules } from './rules';
import type { RuleMeta } from './engine/types';

/** Lints a Dockerfile or Compose file (kind from `fileName`, else `kind`, else Dockerfile). */
export function lintText(text: string, options: LintOptions = {}): Finding[] {
  return lint(text, options).findings;
}

/** Every rule's metadata. */
export function listRules(): RuleMeta[] {
  return allRules.map((r) => r.meta);
}
