import type { MappedText } from '../mapped-text';
import type { ShellScript } from '../shell';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** A word of an instruction with its document offsets [start, end). */
export interface Word {
  value: string;
  start: number;
  end: number;
}

/** Document offsets of a `name=value` word (a flag, an ENV/LABEL/ARG pair): the whole, its name, its value. */
export interface NameValueOffsets {
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  /** Offsets of the value as written; both at the end of the name when there is none. */
  valueStart: number;
  valueEnd: number;
}

export interface Flag extends NameValueOffsets {
  /** Name without dashes (`from` for `--from=build`). */
  name: string;
  /** Dashes as written: `--`, or `-` for the mistaken one-dash form. */
  dashes: string;
  value: string | null;
}

/** Where a heredoc's parts are, as scan.ts reads them. */
export interface HeredocSpan {
  name: string;
  /** Offsets of the marker: `<<EOF`, `<<-"EOF"`, or `<< EOF` with its blanks. */
  markerStart: number;
  markerEnd: number;
  /** Where the name starts: after `<<` or `<<-`, or after the blanks of `<< EOF`. */
  nameStart: number;
  /** Written `<< EOF`: a heredoc only to BuildKit 0.22 (frontend 1.16) and later; older builders give it to the shell. */
  spaced: boolean;
  /** The body, from its first line to the end of its last one; both -1 when it has no line. */
  contentStart: number;
  contentEnd: number;
  /** Where the name starts on the closing line (after the tabs `<<-` strips); -1 when no line closes it. */
  delimiterStart: number;
}

export interface Heredoc extends HeredocSpan {
  /** The program that reads the body: `sh` by default, else the shebang or the command on the RUN line. */
  interpreter: string;
  /** Shell script of a RUN body whose interpreter is a POSIX shell. */
  script?: ShellScript;
}

export type VarKind = 'global-arg' | 'arg' | 'env' | 'predefined';

export interface Variable {
  name: string;
  /** undefined: declared without a value the file can know (`ARG X`, build-arg, predefined). */
  value: string | undefined;
  kind: VarKind;
  /** Where it was declared (offsets of the name); -1 for predefined. */
  start: number;
  end: number;
  /** The value (or its being unknown) comes from the build args of the workspace's compose or Bake builds. */
  fromBuildArgs?: true;
}

export type Scope = ReadonlyMap<string, Variable>;

export interface InstructionNode {
  index: number;
  /** Upper-case keyword. */
  keyword: string;
  /** Keyword as written. */
  rawKeyword: string;
  keywordStart: number;
  keywordEnd: number;
  start: number;
  end: number;
  /** 0-based line of the keyword. */
  line: number;
  /** Last physical line of the instruction (heredoc bodies included). */
  endLine: number;
  flags: Flag[];
  /** Arguments after the flags, split on white space (heredoc bodies excluded). */
  args: Word[];
  /** Arguments after the flags as one string, continuations joined (heredoc bodies excluded). */
  argsText: MappedText;
  /** Exec form: the arguments are a JSON array of strings. */
  execForm: boolean;
  /** The strings of the exec-form array, with the offsets of their quoted text. */
  jsonStrings: Word[];
  heredocs: Heredoc[];
  /** ENV, LABEL and ARG: the `KEY=value` (or legacy `ENV KEY value`) pairs; empty for other keywords. */
  properties: Property[];
  /** Shell-form RUN (and ONBUILD RUN): the commands on the instruction line. */
  shell?: ShellScript;
  /** The stage this instruction belongs to; undefined before the first FROM. */
  stage?: Stage;
  /** ONBUILD: the instruction it wraps. */
  trigger?: InstructionNode;
  /** Variables visible to this instruction. */
  scope: Scope;
}

/** One `KEY=value` pair of ENV, LABEL or ARG, with document offsets. */
export interface Property extends NameValueOffsets {
  /** '' when the pair has no key (`ENV =x`). */
  name: string;
  /** The value with quotes and escapes removed; null when there is none (`ARG NAME`, `ENV DEBUG`). */
  value: string | null;
  /** The value as written (quotes and escapes kept); undefined when there is none. */
  raw: string | undefined;
  /** `=`, or null for the legacy space-separated form and for bare names. */
  operator: string | null;
}

export interface ImageRef {
  /** As written, variables included. */
  raw: string;
  start: number;
  end: number;
  /** After variable expansion; undefined when a variable has no known value. */
  resolved: string | undefined;
  /** Names of the variables the reference uses. */
  variables: string[];
}

export interface Stage {
  index: number;
  from: InstructionNode;
  image: ImageRef;
  /** `AS name` as written, lower-cased in `name`. */
  name?: string;
  nameStart: number;
  nameEnd: number;
  /** The earlier stage this one builds on (`FROM builder`). */
  parent?: Stage;
  platform?: Flag;
  instructions: InstructionNode[];
}

/** A `# syntax|escape|check=…` line. */
export interface Directive {
  /** Lower-case name. */
  name: string;
  /** Name as written. */
  rawName: string;
  value: string;
  line: number;
  /** Offsets of the line (without its break), the name and the value. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
  /** BuildKit reads it: it sits in the leading directive block. */
  inBlock: boolean;
}

export interface Comment {
  /** Text after `#`, trimmed. */
  text: string;
  line: number;
  start: number;
  end: number;
  /** Offset of the text after `#` and spaces. */
  textStart: number;
}

export interface DockerfileModel {
  kind: 'dockerfile';
  document: TextDocument;
  text: string;
  escape: string;
  /** The parser directives BuildKit reads (the leading block). */
  directives: Directive[];
  /** Every directive-shaped line outside heredoc bodies, misplaced and duplicate ones included. */
  directiveLines: Directive[];
  comments: Comment[];
  instructions: InstructionNode[];
  stages: Stage[];
  /** ARGs before the first FROM. */
  globalScope: Scope;
  /** Lines that belong to heredoc bodies (never comments or instructions). */
  heredocLines: ReadonlySet<number>;
}
