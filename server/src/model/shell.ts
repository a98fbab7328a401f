/**
 * A bash-tolerant POSIX shell lexer that keeps document offsets for every word, so rules can look at
 * commands and flags (`apt-get install -y`) instead of matching regexes over the instruction text.
 * It never throws: unbalanced quotes and half-typed input give a best-effort split plus an error entry.
 */
import { MappedText, docSpan, mappedSlice } from './mapped-text';
import { EMPTY_LIST } from './empty-list';

export interface ShellWord {
  /** The word with quotes removed and escapes applied. */
  value: string;
  /** The word as written. */
  raw: string;
  /** Document offsets [start, end). */
  start: number;
  end: number;
  /** Indices into the lexed text (internal, for nested lexing). */
  srcStart: number;
  srcEnd: number;
  /** Part of the word was quoted. */
  quoted: boolean;
  /** The word holds `$…`, `${…}`, `$(…)` or backticks, so its runtime value is unknown. */
  expansion: boolean;
  /** Kept by `resolveWord` (model queries) for the last scope it was resolved in. */
  resolution?: { scope: unknown; values: string[] | undefined };
}

export interface ShellRedirect {
  op: string;
  target?: ShellWord;
  start: number;
  end: number;
}

export interface ShellCommand {
  /** Every word in order, assignments included. */
  words: ShellWord[];
  /** Leading `NAME=value` words. */
  assignments: ShellWord[];
  /** Words after the assignments: `args[0]` is the command name. */
  args: ShellWord[];
  redirects: ShellRedirect[];
  /** Operator or reserved word before the command ('' at the start). */
  before: string;
  /** Operator after the command ('' at the end). */
  after: string;
  /** Found inside `sh -c '…'`. */
  nested: boolean;
  /** Kept by `effectiveArgs` / `commandName` (model queries): the words after wrappers and the command name. */
  unwrapped?: { args: ShellWord[]; name: string | undefined };
}

export interface ShellError {
  message: string;
  start: number;
  end: number;
}

export interface ShellScript {
  commands: ShellCommand[];
  errors: ShellError[];
  /**
   * A heredoc's body runs to the end of the script, its delimiter never written (`cat <<X` and no `X` line): the
   * shell reads it so, with a warning. Anything added at the end lands in that body.
   */
  openHeredoc: boolean;
}

const RESERVED = new Set([
  'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'for', 'in', 'case', 'esac',
  '{', '}', '!', 'time', 'function', 'select', '[[', ']]',
]);
const OPERATORS = ['&&', '||', ';;', '|&', ';', '|', '&', '(', ')'];
const OPERATOR_START = new Set(OPERATORS.map((o) => o[0]));
const REDIRECTS = ['&>>', '&>', '<<<', '<<-', '<<', '>>', '>|', '>&', '<&', '<>', '>', '<'];
/** The POSIX-style shells whose scripts this lexer reads. */
export const SHELLS: ReadonlySet<string> = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;

/**
 * Where the lexer is inside a `case … esac` (a stack: cases nest): its subject word, the `in` after it, an arm's
 * patterns up to `)` (`dev|beta*)`: alternatives, not a pipeline), or an arm's commands up to `;;` or `esac`.
 */
const enum CaseState { Subject, In, Patterns, Body }

export function lexShell(source: MappedText): ShellScript {
  const script: ShellScript = { commands: [], errors: [], openHeredoc: false };
  lexInto(source, script, false, 0);
  // The lists the model keeps, at their exact size (push reserves 17 slots), or the shared empty one.
  script.commands = script.commands.slice();
  if (script.errors.length === 0) script.errors = EMPTY_LIST;
  return script;
}

function lexInto(source: MappedText, script: ShellScript, nested: boolean, depth: number): void {
  const text = source.text;
  const n = text.length;
  let i = 0;
  let words: ShellWord[] = [];
  let redirects: ShellRedirect[] = [];
  let before = '';
  const pendingHeredocs: string[] = [];
  // Allocated at the first `case` (most scripts have none).
  let cases: CaseState[] | undefined;
  const first = script.commands.length;
  // Commands are ended by a module function (endCommand): a closure here, and its context, was allocated per call.

  while (i < n) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '\n') {
      if (endCommand(script, words, redirects, before, '\n', nested)) {
        words = [];
        redirects = [];
      }
      before = '\n';
      i++;
      while (pendingHeredocs.length > 0 && i < n) {
        const next = skipHeredocBody(text, i, pendingHeredocs.shift() as string);
        if (next < 0 && !nested) script.openHeredoc = true;
        i = next < 0 ? n : next;
      }
      continue;
    }
    if (ch === '#') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    const inCase = cases !== undefined && cases.length > 0 ? cases[cases.length - 1] : undefined;
    if (inCase === CaseState.Patterns) {
      // An arm's patterns make no command; `)` starts its commands, `esac` ends the case.
      if (ch === ')') {
        cases![cases!.length - 1] = CaseState.Body;
        before = ')';
        i++;
        continue;
      }
      const pattern = isBreak(ch) ? undefined : readWord(source, i, script);
      i = pattern ? pattern.srcEnd : i + 1;
      if (pattern && !pattern.quoted && pattern.raw === 'esac') {
        cases!.pop();
        before = 'esac';
      }
      continue;
    }
    // Anything but a word after `case` (or its subject) is not a case after all.
    if ((inCase === CaseState.Subject || inCase === CaseState.In) && isBreak(ch)) cases!.pop();
    const redirect = matchRedirect(text, i);
    if (redirect) {
      const opStart = i;
      i += redirect.length;
      while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
      let target: ShellWord | undefined;
      if (i < n && !isBreak(text[i])) {
        target = readWord(source, i, script);
        i = target.srcEnd;
        if (redirect.op.startsWith('<<') && redirect.op !== '<<<') pendingHeredocs.push(target.value);
      }
      const [start] = docSpan(source, opStart, opStart + 1);
      redirects.push({ op: redirect.op, target, start, end: target ? target.end : docSpan(source, opStart, i)[1] });
      continue;
    }
    const op = OPERATOR_START.has(ch) ? startingAt(OPERATORS, text, i) : undefined;
    if (op) {
      if (endCommand(script, words, redirects, before, op, nested)) {
        words = [];
        redirects = [];
      }
      before = op;
      i += op.length;
      if (op === ';;' && inCase === CaseState.Body) cases![cases!.length - 1] = CaseState.Patterns;
      continue;
    }
    const word = readWord(source, i, script);
    i = word.srcEnd;
    if (inCase === CaseState.Subject) {
      cases![cases!.length - 1] = CaseState.In;
      continue;
    }
    if (inCase === CaseState.In) {
      cases!.pop();
      if (!word.quoted && word.raw === 'in') {
        cases!.push(CaseState.Patterns);
        continue;
      }
    }
    if (words.length === 0 && !word.quoted && RESERVED.has(word.raw)) {
      before = word.raw;
      if (word.raw === 'case') (cases ??= []).push(CaseState.Subject);
      else if (word.raw === 'esac' && inCase === CaseState.Body) cases!.pop();
      continue;
    }
    words.push(word);
  }
  endCommand(script, words, redirects, before, '', nested);
  // A heredoc redirect on the last line: its body would start after the end.
  if (pendingHeredocs.length > 0 && !nested) script.openHeredoc = true;

  if (depth < 3) {
    // The commands added above (nested ones are added after them).
    const added = script.commands.length;
    for (let k = first; k < added; k++) lexNestedShell(source, script.commands[k], script, depth);
  }
}

/** Adds the command of `words` and `redirects`, if any, ended by `op`; true when it did (the next command needs new lists). */
function endCommand(script: ShellScript, words: ShellWord[], redirects: ShellRedirect[], before: string, op: string, nested: boolean): boolean {
  if (words.length === 0 && redirects.length === 0) return false;
  script.commands.push(makeCommand(words, redirects, before, op, nested));
  return true;
}

function makeCommand(words: ShellWord[], redirects: ShellRedirect[], before: string, after: string, nested: boolean): ShellCommand {
  let k = 0;
  while (k < words.length && !words[k].raw.startsWith('"') && ASSIGNMENT.test(words[k].raw)) k++;
  // Lists of the exact size (the words were gathered with push, which reserves 17 slots), or the shared empty one:
  // the model keeps every command. Without assignments, the words are the arguments.
  const exact = words.slice();
  const args = k === 0 ? exact : exact.slice(k);
  const assignments = k === 0 ? EMPTY_LIST : exact.slice(0, k);
  // The caches are declared up front so every command object has one shape.
  return { words: exact, assignments, args, redirects: redirects.length === 0 ? EMPTY_LIST : redirects.slice(), before, after, nested, unwrapped: undefined };
}

/** `sh -c '…'`: the string is a script too. */
function lexNestedShell(source: MappedText, command: ShellCommand, script: ShellScript, depth: number): void {
  const args = command.args;
  if (args.length < 3) return;
  const name = baseName(args[0].value);
  if (!SHELLS.has(name)) return;
  for (let k = 1; k < args.length - 1; k++) {
    const flag = args[k].value;
    // Same as /^-[a-z]*c[a-z]*$/ without its quadratic backtracking on long `-ccc…` words.
    if (!(/^-[a-z]+$/.test(flag) && flag.includes('c'))) {
      if (flag.startsWith('-')) continue;
      return;
    }
    const body = args[k + 1];
    const raw = body.raw;
    const quote = raw[0];
    if ((quote === "'" || quote === '"') && raw.endsWith(quote) && raw.length >= 2 && raw.slice(1, -1) === body.value) {
      lexInto(mappedSlice(source, body.srcStart + 1, body.srcEnd - 1), script, true, depth + 1);
    } else if (!body.quoted && !body.expansion) {
      lexInto(mappedSlice(source, body.srcStart, body.srcEnd), script, true, depth + 1);
    }
    return;
  }
}

export function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash >= 0 ? path.slice(slash + 1) : path;
}

function isBreak(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === ';' || ch === '&' || ch === '|' || ch === '(' || ch === ')' || ch === '<' || ch === '>';
}

function matchRedirect(text: string, i: number): { op: string; length: number } | undefined {
  const ch = text[i];
  // Only a digit (`2>`), `<`, `>` or `&` (`&>`) can start a redirect.
  if (!(ch === '<' || ch === '>' || ch === '&' || (ch >= '0' && ch <= '9'))) return undefined;
  let j = i;
  while (j < text.length && text[j] >= '0' && text[j] <= '9') j++;
  if (j > i && text[j] !== '<' && text[j] !== '>') return undefined;
  const op = startingAt(REDIRECTS, text, j);
  if (!op) return undefined;
  if (j > i && op.startsWith('&')) return undefined;
  return { op, length: j - i + op.length };
}

/** The first of `list` that `text` has at `at` (a loop: a `find` callback was allocated for every operator). */
function startingAt(list: readonly string[], text: string, at: number): string | undefined {
  for (const item of list) if (text.startsWith(item, at)) return item;
  return undefined;
}

/** Skips a heredoc's body from `i`: where the line after its delimiter starts, or -1 when the text ends first. */
function skipHeredocBody(text: string, i: number, delimiter: string): number {
  while (i < text.length) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    const line = text.slice(i, end).replace(/\r$/, '').replace(/^\t+/, '');
    i = end + 1;
    if (line === delimiter) return i;
  }
  return -1;
}

/** Reads one word starting at `start` (it ends at its `srcEnd`); quotes, escapes and expansions stay inside the word. */
function readWord(source: MappedText, start: number, script: ShellScript): ShellWord {
  const text = source.text;
  const n = text.length;
  let i = start;
  let value = '';
  let quoted = false;
  let expansion = false;
  while (i < n && !isBreak(text[i])) {
    // Ordinary characters are taken as one slice (most words are nothing else).
    const plainEnd = plainRunEnd(text, i);
    if (plainEnd > i) {
      value += text.slice(i, plainEnd);
      i = plainEnd;
      continue;
    }
    const ch = text[i];
    if (ch === '\\') {
      if (i + 1 < n) {
        if (text[i + 1] !== '\n') value += text[i + 1];
        i += 2;
      } else i++;
      continue;
    }
    if (ch === "'") {
      quoted = true;
      const close = text.indexOf("'", i + 1);
      if (close < 0) {
        fail(source, script, 'Unterminated single quote.', i);
        value += text.slice(i + 1);
        i = n;
        break;
      }
      value += text.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (ch === '"') {
      quoted = true;
      const r = readDoubleQuoted(text, i + 1);
      value += r.value;
      expansion = expansion || r.expansion;
      if (!r.closed) fail(source, script, 'Unterminated double quote.', i);
      i = r.next;
      continue;
    }
    if (ch === '`') {
      expansion = true;
      const close = findUnescaped(text, '`', i + 1);
      const end = close < 0 ? n : close + 1;
      if (close < 0) fail(source, script, 'Unterminated backquote.', i);
      value += text.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '$' && i + 1 < n) {
      const next = text[i + 1];
      if (next === '(' || next === '{') {
        expansion = true;
        const end = skipBalanced(text, i + 1);
        if (end < 0) {
          fail(source, script, next === '(' ? 'Unclosed `$(`.' : 'Unclosed `${`.', i);
          value += text.slice(i);
          i = n;
          break;
        }
        value += text.slice(i, end);
        i = end;
        continue;
      }
      if (next === "'") {
        quoted = true;
        const close = findUnescaped(text, "'", i + 2);
        const end = close < 0 ? n : close + 1;
        value += text.slice(i + 2, close < 0 ? n : close);
        i = end;
        continue;
      }
      if (/[A-Za-z_0-9@*#?$!-]/.test(next)) expansion = true;
    }
    value += ch;
    i++;
  }
  const [s, e] = docSpan(source, start, i);
  return { value, raw: text.slice(start, i), start: s, end: e, srcStart: start, srcEnd: i, quoted, expansion, resolution: undefined };
}

function fail(source: MappedText, script: ShellScript, message: string, from: number): void {
  const [start, end] = docSpan(source, from, from + 1);
  script.errors.push({ message, start, end });
}

/** The end of the run of characters from `from` that a word takes as they are (no quote, escape, `$`, backquote or break). */
function plainRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\' || ch === "'" || ch === '"' || ch === '`' || ch === '$' || isBreak(ch)) break;
    i++;
  }
  return i;
}

function readDoubleQuoted(text: string, start: number): { value: string; next: number; closed: boolean; expansion: boolean } {
  let value = '';
  let expansion = false;
  let i = start;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') return { value, next: i + 1, closed: true, expansion };
    if (ch === '\\' && i + 1 < text.length) {
      const next = text[i + 1];
      if (next === '$' || next === '`' || next === '"' || next === '\\') value += next;
      else if (next !== '\n') value += ch + next;
      i += 2;
      continue;
    }
    if (ch === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
      expansion = true;
      const end = skipBalanced(text, i + 1);
      const stop = end < 0 ? text.length : end;
      value += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === '$' && /[A-Za-z_0-9@*#?$!]/.test(text[i + 1] ?? '')) expansion = true;
    if (ch === '`') expansion = true;
    value += ch;
    i++;
  }
  return { value, next: i, closed: false, expansion };
}

function findUnescaped(text: string, ch: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === ch) return i;
  }
  return -1;
}

/** From an opening `(` or `{`, the index after its matching close, skipping quoted text; -1 if unclosed. */
function skipBalanced(text: string, open: number): number {
  const openCh = text[open];
  const closeCh = openCh === '(' ? ')' : '}';
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === "'" && openCh === '(') {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return -1;
      i = close;
      continue;
    }
    if (ch === '"') {
      const close = findUnescaped(text, '"', i + 1);
      if (close < 0) return -1;
      i = close;
      continue;
    }
    if (ch === openCh) depth++;
    else if (ch === closeCh) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
