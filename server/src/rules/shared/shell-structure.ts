/**
 * A structural check of shell text: compound commands (`if`/`fi`, `do`/`done`, `case`/`esac`, `{`/`}`, `(`/`)`)
 * must balance and the script must not end on `&&`, `||` or `|`. Quotes and `$(…)` are skipped, not parsed:
 * the lexer in model/shell reports unterminated ones.
 */

export interface StructureProblem {
  message: string;
  /** Index range in the text. */
  start: number;
  end: number;
}

/** A Map, not an object literal: `constructor` or `toString` as a command word must not open a block. */
const OPENERS: ReadonlyMap<string, string> = new Map([['if', 'fi'], ['case', 'esac'], ['do', 'done'], ['{', '}'], ['(', ')']]);
const CLOSERS = new Set(['fi', 'esac', 'done', '}', ')']);
/** Words after which the next word is again in command position. */
const LEADS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', '(', 'time']);

interface Token {
  text: string;
  start: number;
  end: number;
  op: boolean;
}

function skipQuoted(text: string, i: number): number {
  const ch = text[i];
  if (ch === "'") {
    const close = text.indexOf("'", i + 1);
    return close < 0 ? text.length : close + 1;
  }
  if (ch === '"' || ch === '`') {
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === '\\') j++;
      else if (text[j] === ch) return j + 1;
      else if (ch === '"' && text[j] === '$' && text[j + 1] === '(') j = skipParen(text, j + 1) - 1;
    }
    return text.length;
  }
  return i + 1;
}

function skipParen(text: string, i: number): number {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === "'" || c === '"' || c === '`') j = skipQuoted(text, j) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return text.length;
}

/** Index just past the body of a heredoc that starts on the line after `from` (the delimiter line included). */
function skipHeredocBody(text: string, from: number, delimiter: string, stripTabs: boolean): number {
  let i = from;
  while (i < text.length) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    let line = text.slice(i, end).replace(/\r$/, '');
    if (stripTabs) line = line.replace(/^\t+/, '');
    i = end + 1;
    if (line === delimiter) return Math.min(i, text.length);
  }
  return text.length;
}

/** Same as `/\s/.test(ch)` for one UTF-16 code unit, without a regex call per character. */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Same as `/[\s;&|()]/`: the characters that end a word. */
function endsWord(c: number): boolean {
  return c === 59 /* ; */ || c === 38 /* & */ || c === 124 /* | */ || c === 40 /* ( */ || c === 41 /* ) */ || isSpace(c);
}

/** The operator at `i`, longest first: `&&`, `||`, `;;`, `;`, `|`, `&`, `(`, `)` or a line break. */
function operatorAt(text: string, i: number): string | undefined {
  const ch = text[i];
  switch (ch) {
    case '&':
    case '|':
    case ';':
      return text[i + 1] === ch ? ch + ch : ch;
    case '(':
    case ')':
    case '\n':
      return ch;
    default:
      return undefined;
  }
}

/**
 * Stands for a word longer than any keyword (`function`) that cannot start a heredoc redirect either: what it
 * says does not matter, so it is not sliced out of the text.
 */
const LONG_WORD = '';

/** The text of the word [start, end), or LONG_WORD when nothing depends on it. */
function wordText(text: string, start: number, end: number, isDelimiter: boolean): string {
  const first = text.charCodeAt(start);
  // A redirect matches `^\d*<<`.
  if (isDelimiter || end - start <= 8 || first === 60 /* < */ || (first >= 48 && first <= 57)) return text.slice(start, end);
  return LONG_WORD;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const heredocs: { delimiter: string; stripTabs: boolean }[] = [];
  let expectDelimiter: boolean | undefined;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 && heredocs.length > 0) {
      tokens.push({ text: '\n', start: i, end: i + 1, op: true });
      i++;
      // Bodies of `<<WORD` redirects are data, not shell text.
      for (const h of heredocs.splice(0)) i = skipHeredocBody(text, i, h.delimiter, h.stripTabs);
      continue;
    }
    if (c !== 10 && isSpace(c)) {
      i++;
      continue;
    }
    if (c === 35 /* # */ && (i === 0 || isSpace(text.charCodeAt(i - 1)))) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const op = operatorAt(text, i);
    if (op) {
      tokens.push({ text: op, start: i, end: i + op.length, op: true });
      i += op.length;
      continue;
    }
    const start = i;
    while (i < text.length && !endsWord(text.charCodeAt(i))) {
      if (text[i] === '\\') i += 2;
      else if (text[i] === "'" || text[i] === '"' || text[i] === '`') i = skipQuoted(text, i);
      else if (text[i] === '$' && text[i + 1] === '(') i = skipParen(text, i + 1);
      else if ((text[i] === '<' || text[i] === '>') && text[i + 1] === '(') i = skipParen(text, i + 1);
      else i++;
    }
    if (i === start) i++; // never stall on a character no branch consumes
    const word = wordText(text, start, i, expectDelimiter !== undefined);
    if (expectDelimiter !== undefined) {
      heredocs.push({ delimiter: word.replace(/['"\\]/g, ''), stripTabs: expectDelimiter });
      expectDelimiter = undefined;
    } else if (word.includes('<<')) {
      const redirect = /^\d*<<(-?)(.*)$/.exec(word);
      if (redirect && !word.startsWith('<<<') && !/^\d*<<</.test(word)) {
        if (redirect[2] === '') expectDelimiter = redirect[1] === '-';
        else heredocs.push({ delimiter: redirect[2].replace(/['"\\]/g, ''), stripTabs: redirect[1] === '-' });
        continue;
      }
    }
    tokens.push({ text: word, start, end: i, op: false });
  }
  return tokens;
}

/**
 * Any parenthesis or brace, or a word that opens or closes a block (`if`, `fi`, `do`, `done`, `case`, `esac`):
 * without one the script has nothing to balance. Words start and end at white space or `;&|()`, all outside
 * `\w`, so `\b` finds every such word (and a few more, which only cost a tokenize).
 */
const BLOCK_CANDIDATE = /[(){}]|\b(?:if|fi|do|done|case|esac)\b/;

/**
 * False when `text` provably has no structure problem, so most scripts skip the tokenizer: nothing to balance
 * (`BLOCK_CANDIDATE`) and a last token that cannot be `&&`, `||` or `|`. Comments and heredoc bodies may follow
 * the last token, so text with a `#` or `<<` is always tokenized; otherwise the last token ends on the last
 * character that is not white space.
 */
function mayHaveProblems(text: string): boolean {
  if (BLOCK_CANDIDATE.test(text) || text.includes('#') || text.includes('<<')) return true;
  let last = text.length - 1;
  while (last >= 0 && isSpace(text.charCodeAt(last))) last--;
  return last >= 0 && (text[last] === '&' || text[last] === '|');
}

export function shellStructureProblems(text: string): StructureProblem[] {
  if (!mayHaveProblems(text)) return [];
  const tokens = tokenize(text);
  const stack: Token[] = [];
  const problems: StructureProblem[] = [];
  let commandPosition = true;
  let inCasePatterns = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const word = t.text;
    // A function body: `f() {` or `function f {`.
    if (word === '{' && !commandPosition && (tokens[k - 1]?.text === ')' || tokens[k - 2]?.text === 'function')) {
      stack.push(t);
      continue;
    }
    if (t.op) {
      if (word === '(' && inCasePatterns === 0) stack.push(t);
      else if (word === ')' && inCasePatterns === 0) {
        if (stack.length > 0 && stack[stack.length - 1].text === '(') stack.pop();
        else problems.push({ message: 'This `)` closes nothing.', start: t.start, end: t.end });
      }
      commandPosition = true;
      continue;
    }
    if (commandPosition) {
      if (OPENERS.has(word) || word === 'for' || word === 'while' || word === 'until' || word === 'select') {
        if (OPENERS.has(word)) stack.push(t);
        if (word === 'case') inCasePatterns++;
      } else if (CLOSERS.has(word)) {
        const top = stack[stack.length - 1];
        if (top && OPENERS.get(top.text) === word) {
          stack.pop();
          if (word === 'esac') inCasePatterns--;
        } else problems.push({ message: `${'`'}${word}${'`'} closes nothing${top ? ` (the open ${'`'}${top.text}${'`'} needs ${'`'}${OPENERS.get(top.text)}${'`'})` : ''}.`, start: t.start, end: t.end });
      }
    } else if (word === 'esac' && stack[stack.length - 1]?.text === 'case') {
      stack.pop();
      inCasePatterns--;
    }
    commandPosition = commandPosition && LEADS.has(word);
  }
  for (const open of stack) {
    problems.push({ message: `${'`'}${open.text}${'`'} is never closed with ${'`'}${OPENERS.get(open.text)}${'`'}.`, start: open.start, end: open.end });
  }
  let last: Token | undefined;
  for (let k = tokens.length - 1; k >= 0 && !last; k--) if (tokens[k].text !== '\n') last = tokens[k];
  if (last && last.op && (last.text === '&&' || last.text === '||' || last.text === '|')) {
    problems.push({ message: `The script ends with ${'`'}${last.text}${'`'}; a command (or a lost \`\\\` line continuation) is missing after it.`, start: last.start, end: last.end });
  }
  return problems;
}
