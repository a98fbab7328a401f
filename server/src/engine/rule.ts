/** The rule module contract: `meta` + `check`. One rule per file under `server/src/rules/<target>/`. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ComposeModel } from '../model/compose/types';
import type { DockerfileModel } from '../model/dockerfile/types';
import type { DockerfileFacts } from './applicability';
import type { FileSystem } from './fs';
import type { Fix, Range, RelatedLocation, RuleMeta, Severity } from './types';

export interface Report {
  range: Range;
  message: string;
  /** One fix, or several: the first is the primary one. */
  fix?: Fix | Fix[];
  related?: RelatedLocation[];
  /**
   * A severity for this finding when the rule's own varies by case (the catalog's "warning for WORKDIR and
   * VOLUME"). Used only while the user has not configured the rule's severity.
   */
  severity?: Severity;
  /**
   * Dockerfile: the fixes edit the text of a word split by an escaped line break on purpose, at offsets read from
   * the lines themselves (`windows-path-escapes-newline` repairs the `\` that splits the word). Other fixes are
   * not offered inside such a word (see `engine/fix-split-words.ts`).
   */
  fixesSplitWords?: true;
}

export interface RuleContext<M> {
  model: M;
  document: TextDocument;
  /** Path of the linted file ('' for an untitled buffer). */
  fileName: string;
  /** The rule's options from configuration, over the defaults in `meta.options`. */
  options: Readonly<Record<string, unknown>>;
  /** Read-only view of the files around the document. */
  fs: FileSystem;
  /** The date rules judge time-based facts against (end-of-life tables). */
  now: Date;
  /** Document offsets [start, end) to an LSP range. */
  range(start: number, end: number): Range;
  report(report: Report): void;
}

export interface DockerfileRule {
  meta: RuleMeta & { target: 'dockerfile' };
  check(ctx: RuleContext<DockerfileModel>): void;
  /** False when `check` cannot report on a file with these facts, so the engine skips it (see applicability.ts). */
  appliesTo?(facts: DockerfileFacts): boolean;
}

export interface ComposeRule {
  meta: RuleMeta & { target: 'compose' };
  check(ctx: RuleContext<ComposeModel>): void;
}

/** Findings the engine emits itself (suppression hygiene, internal errors): documented like rules. */
export interface EngineRule {
  meta: RuleMeta & { target: 'any' };
}

export type Rule = DockerfileRule | ComposeRule | EngineRule;

export function isCheckable(rule: Rule): rule is DockerfileRule | ComposeRule {
  return 'check' in rule;
}

export type DockerfileRuleMeta = RuleMeta & { target: 'dockerfile' };
export type ComposeRuleMeta = RuleMeta & { target: 'compose' };
export type EngineRuleMeta = RuleMeta & { target: 'any' };
