/**
 * Core types shared by the engine, the rules, the language server and the CLI.
 * Positions are LSP positions: 0-based line and UTF-16 character.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** Severity of a finding as reported. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** Severity a rule is configured with; `off` disables it. */
export type RuleSeverity = Severity | 'off';
export const RULE_SEVERITIES: readonly RuleSeverity[] = ['off', 'hint', 'info', 'warning', 'error'];

/** The kind of file a rule reads. `any` rules are emitted by the engine itself for every kind. */
export type Target = 'dockerfile' | 'compose' | 'any';
export type FileKind = 'dockerfile' | 'compose';

/** safe: cannot change behaviour, applied by fix-all and --fix. unsafe: opt-in only. */
export type FixSafety = 'safe' | 'unsafe';

/**
 * A change to a file other than the linted one, for the few fixes that need one (create a `.dockerignore`,
 * add a variable to `.env.example`). Paths are absolute.
 */
export interface FileChange {
  path: string;
  /** `create`: write `text` when the file does not exist (never overwrite); `append`: add `text` at its end (creating it if needed). */
  kind: 'create' | 'append';
  text: string;
}

export interface Fix {
  title: string;
  safety: FixSafety;
  edits: TextEdit[];
  /** Changes to other files, applied together with `edits`. */
  files?: FileChange[];
}

export interface RelatedLocation {
  range: Range;
  message: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The first fix is the primary one; more are alternatives. */
  fixes: Fix[];
  related?: RelatedLocation[];
}

export interface RuleDocs {
  /** Why the rule matters, in markdown. */
  description: string;
  /** A snippet the rule reports. */
  incorrect: string;
  /** The same snippet written well. */
  correct: string;
  /** What the fix does, and why it is or is not safe. */
  fix?: string;
  /** Where the rule knowingly differs from the tools it is aliased to, or cannot work offline. */
  notes?: string;
}

export interface RuleMeta {
  /** kebab-case, stable forever. */
  id: string;
  target: Target;
  category: string;
  severity: RuleSeverity;
  summary: string;
  docs: RuleDocs;
  fix: 'none' | FixSafety;
  /** hadolint code (DL3006), BuildKit check (BK:JSONArgsRecommended), dclint rule (dclint:no-version-field), scanner ids. */
  aliases: readonly string[];
  /** Option names and defaults the rule accepts in `.stevedore.yaml`. */
  options?: Record<string, unknown>;
}
