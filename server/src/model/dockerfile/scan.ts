/**
 * Reads a Dockerfile's instructions in one pass over the text: where each starts and ends (heredoc bodies
 * included), its keyword, its words and its flags, as document offsets.
 *
 * It reads exactly as dockerfile-ast reads (the model was built on that library, and
 * test/model/dockerfile-scan.test.ts compares the two on thousands of files, mutants included), but without
 * that library's per-word objects and line/character positions, which were a third of a lint. ENV/LABEL/ARG
 * pairs, which are intricate and rarer, are still read by dockerfile-ast, one instruction at a time (parse.ts).
 * Heredocs are read here, as dockerfile-ast reads them (the same test compares them), except where BuildKit reads
 * them otherwise: a marker that names nothing opens none, and `<< NAME` opens one (BuildKit 0.22).
 */
import { EMPTY_LIST } from '../empty-list';
import type { Flag, HeredocSpan, Word } from './types';

export interface ScannedInstruction {
  start: number;
  /** Where the instruction ends: the line break after it (or its last heredoc), or the end of the text. */
  end: number;
  keywordStart: number;
  keywordEnd: number;
  /** The keyword as written, with escapes and escaped line breaks left out. */
  rawKeyword: string;
  /** The words after the keyword, flags included (heredoc bodies too). */
  words: Word[];
  /** Where the instruction's own lines end: `end`, or the line break before its heredoc bodies. */
  lineEnd: number;
  /** The heredocs of an ADD, COPY or RUN (for ONBUILD, of the instruction it wraps), in order. */
  heredocs: HeredocSpan[];
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isBreak = (c: string | undefined): boolean => c === '\r' || c === '\n';

/**
 * An offset as the model's offsets have always been: they went through a line/character position, which
 * moves an offset between `\r` and `\n` back before the `\r`.
 */
function normal(text: string, offset: number): number {
  return text[offset] === '\n' && text[offset - 1] === '\r' ? offset - 1 : offset;
}

/**
 * The escape character the `# escape=` directive sets (`\` by default). Directives are the `# name=value`
 * lines that open the file; a blank line, a comment without `=` or any other line ends them.
 */
export function escapeCharacter(text: string): string {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (isBlank(text[i])) i++;
    if (text[i] !== '#') return '\\';
    let j = i + 1;
    let nameStart = -1;
    let nameEnd = -1;
    for (; j < text.length && text[j] !== '='; j++) {
      if (isBreak(text[j])) return '\\';
      if (isBlank(text[j])) {
        if (nameStart >= 0 && nameEnd < 0) nameEnd = j;
      } else if (nameStart < 0) nameStart = j;
    }
    if (j >= text.length || nameStart < 0) return '\\';
    if (nameEnd < 0) nameEnd = j;
    // The value is the first run of non-blanks after `=`; the rest of the line is ignored.
    let valueStart = -1;
    let valueEnd = -1;
    let k = j + 1;
    for (; k < text.length && !isBreak(text[k]); k++) {
      if (isBlank(text[k])) {
        if (valueStart >= 0 && valueEnd < 0) valueEnd = k;
      } else if (valueStart < 0) valueStart = k;
    }
    // Without a value, the blanks up to the line break are the value.
    if (valueStart < 0) [valueStart, valueEnd] = [j + 1, k];
    else if (valueEnd < 0) valueEnd = k;
    const value = text.slice(valueStart, valueEnd);
    if (text.slice(nameStart, nameEnd).toLowerCase() === 'escape' && (value === '\\' || value === '`')) return value;
    // The next directive is read from just after the value: blanks after it and then a line break end them.
    i = valueEnd + (text[valueEnd] === '\r' ? 2 : 1);
  }
}

/** Every instruction of the text, in order. Comments and blank lines between them are skipped. */
export function scanInstructions(text: string, escape: string): ScannedInstruction[] {
  const out: ScannedInstruction[] = [];
  const closers = new ClosingLines(text);
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (isBlank(c) || isBreak(c)) continue;
    if (c === '#') {
      i = lineEnd(text, i);
      continue;
    }
    const instruction = readInstruction(text, i, escape, closers);
    out.push(instruction);
    i = instruction.end;
  }
  return out;
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isBreak(text[i])) i++;
  return i;
}

function readInstruction(text: string, start: number, escape: string, closers: ClosingLines): ScannedInstruction {
  // Most keywords are a plain run of characters up to a blank or a line break: one slice, instead of a new string
  // for each character added.
  let plainEnd = start + 1;
  while (plainEnd < text.length && text[plainEnd] !== escape && !isBlank(text[plainEnd]) && !isBreak(text[plainEnd])) plainEnd++;
  if (plainEnd >= text.length) return finish(text, start, text.length, text.slice(start), text.length, escape);
  if (isBlank(text[plainEnd])) return withArguments(text, start, plainEnd, text.slice(start, plainEnd), plainEnd, escape, closers);
  if (isBreak(text[plainEnd])) return finish(text, start, plainEnd, text.slice(start, plainEnd), plainEnd, escape);
  let keyword = text[start];
  let keywordEnd = -1;
  // After an escaped line break the keyword may go on on the next line.
  let escaped = false;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === escape) {
      escaped = true;
      const next = text[i + 1];
      if (isBreak(next)) {
        if (keywordEnd < 0) keywordEnd = i;
        i++;
      } else if (isBlank(next)) {
        let j = i + 2;
        while (isBlank(text[j])) j++;
        if (j >= text.length) return finish(text, start, i + 1, keyword + escape, text.length, escape);
        if (isBreak(text[j])) {
          i = j;
        } else {
          keywordEnd = i + 1;
          keyword += escape;
          i = j - 2;
        }
      } else {
        keywordEnd = i + 1;
        keyword += escape;
        escaped = false;
      }
    } else if (isBlank(c)) {
      if (escaped) {
        let j = i + 1;
        while (isBlank(text[j])) j++;
        if (isBreak(text[j])) {
          i = j;
          continue;
        }
        escaped = false;
      }
      if (keywordEnd < 0) keywordEnd = i;
      return withArguments(text, start, keywordEnd, keyword, i, escape, closers);
    } else if (isBreak(c)) {
      if (!escaped) return finish(text, start, i, keyword, i, escape);
    } else if (!(c === '#' && escaped)) {
      keywordEnd = i + 1;
      keyword += c;
      escaped = false;
    }
  }
  return finish(text, start, keywordEnd < 0 ? text.length : keywordEnd, keyword, text.length, escape);
}

function finish(text: string, start: number, keywordEnd: number, rawKeyword: string, end: number, escape: string): ScannedInstruction {
  const from = normal(text, keywordEnd);
  const to = normal(text, end);
  return { start, end: to, keywordStart: start, keywordEnd: from, rawKeyword, words: splitWords(text, from, to, escape), lineEnd: to, heredocs: EMPTY_LIST };
}

/** The instruction's arguments run to the first line break that is not escaped; comment lines inside are skipped. */
function withArguments(text: string, start: number, keywordEnd: number, rawKeyword: string, from: number, escape: string, closers: ClosingLines): ScannedInstruction {
  // Set after an escaped line break until the next word: blank and comment lines there do not end the instruction.
  let escaped = false;
  let i = from + 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (isBreak(c)) {
      if (escaped) continue;
      break;
    }
    if (c === escape) {
      const next = text[i + 1];
      // An escape right after another one does not continue the line (`COPY a C:\\dir\\`): BuildKit's test for a
      // continuation wants the character before the last escape to be something else.
      const afterEscape = text[i - 1] === escape;
      if (isBreak(next)) {
        if (afterEscape) {
          i++;
          break;
        }
        escaped = true;
        i++;
      } else if (isBlank(next)) {
        let j = i + 2;
        while (isBlank(text[j])) j++;
        if (j >= text.length) return finish(text, start, keywordEnd, rawKeyword, text.length, escape);
        if (isBreak(text[j])) {
          if (afterEscape) {
            i = j;
            break;
          }
          escaped = true;
        }
        // The character after the blanks is passed over, as dockerfile-ast does.
        i = j;
      }
    } else if (c === '#') {
      if (escaped) i = lineEnd(text, i);
    } else if (!isBlank(c)) {
      escaped = false;
    }
  }
  const line = finish(text, start, keywordEnd, rawKeyword, Math.min(i, text.length), escape);
  const heredocs = readHeredocs(text, line, escape, closers);
  if (heredocs.length === 0) return line;
  const last = heredocs[heredocs.length - 1];
  const bodiesEnd = last.delimiterStart < 0 ? text.length : lineEnd(text, last.delimiterStart);
  const whole = bodiesEnd === line.end ? line : finish(text, start, keywordEnd, rawKeyword, bodiesEnd, escape);
  whole.lineEnd = line.end;
  whole.heredocs = heredocs;
  return whole;
}

/** Instructions that take heredocs. */
const HEREDOC_KEYWORDS = new Set(['ADD', 'COPY', 'RUN']);

/** The heredocs of an ADD, COPY or RUN (ONBUILD's too) whose line is `line`, with their bodies read from below it. */
function readHeredocs(text: string, line: ScannedInstruction, escape: string, closers: ClosingLines): HeredocSpan[] {
  const lineBreak = line.end;
  if (!hasChar(text, '<', line.keywordEnd, lineBreak)) return EMPTY_LIST;
  let keyword = line.rawKeyword.toUpperCase();
  let words = line.words;
  if (keyword === 'ONBUILD') {
    const trigger = triggerOf(text, line, escape);
    if (!trigger) return EMPTY_LIST;
    keyword = trigger.rawKeyword.toUpperCase();
    words = trigger.words;
  }
  if (!HEREDOC_KEYWORDS.has(keyword)) return EMPTY_LIST;
  const args = argumentWords(keyword, words);
  const markers = heredocMarkers(text, args);
  if (markers.length === 0) return EMPTY_LIST;
  // One `<<-` strips leading tabs before every delimiter of the instruction, as dockerfile-ast reads it.
  const tabbed = args.some(isTabbedMarker);
  const heredocs: HeredocSpan[] = [];
  // Each body starts on the line after the previous one's closing line (the first, after the instruction's line).
  let from = lineBreak;
  for (const marker of markers) {
    // `<< NAME` with no line that closes it is left to the shell, as builders before BuildKit 0.22 leave it (0.22
    // reports an unterminated heredoc): it is a heredoc only where one was clearly meant. Asked of an index, not by
    // reading the rest of the text, which for many such markers took time of the square of the text's length.
    if (marker.spaced && !closers.after(marker.name, from, tabbed)) continue;
    const closing = closingLine(text, marker.name, from, tabbed);
    const bodyStart = from >= text.length ? text.length : from + (text[from] === '\r' && text[from + 1] === '\n' ? 2 : 1);
    if (closing) {
      const empty = closing.lineStart === bodyStart;
      heredocs.push({ ...marker, contentStart: empty ? -1 : bodyStart, contentEnd: empty ? -1 : normal(text, closing.lineStart - 1), delimiterStart: closing.nameStart });
      from = closing.end;
    } else {
      heredocs.push({ ...marker, contentStart: bodyStart < text.length ? bodyStart : -1, contentEnd: bodyStart < text.length ? text.length : -1, delimiterStart: -1 });
      from = text.length;
    }
  }
  return heredocs;
}

type Marker = Pick<HeredocSpan, 'name' | 'markerStart' | 'markerEnd' | 'nameStart' | 'spaced'>;

const isTabbedMarker = (word: Word): boolean => word.value.startsWith('<<-');

/**
 * The heredoc markers among an instruction's arguments: a word `<<NAME` or `<<-NAME` (dockerfile-ast's reading), and
 * `<<` followed by a word, which BuildKit reads as `<<NAME` since 0.22 (frontend 1.16; moby/buildkit#5817) unless
 * the `<<` sits inside quotes. `<<-` followed by a word is no heredoc on any builder (moby/buildkit#6822).
 */
function heredocMarkers(text: string, args: Word[]): Marker[] {
  let markers: Marker[] | undefined;
  const quotes = new QuoteState(text, args.length > 0 ? args[0].start : 0);
  for (let k = 0; k < args.length; k++) {
    const { value, start, end } = args[k];
    if (!value.startsWith('<<')) continue;
    if (value.length > 2) {
      const name = heredocName(value);
      if (name !== null) (markers ??= []).push({ name, markerStart: start, markerEnd: end, nameStart: start + (value[2] === '-' ? 3 : 2), spaced: false });
    } else if (k + 1 < args.length && !quotes.openAt(start)) {
      const next = args[k + 1];
      const name = heredocName(`<<${next.value}`);
      if (name === null || name.includes('<')) continue;
      (markers ??= []).push({ name, markerStart: start, markerEnd: next.end, nameStart: next.start, spaced: true });
      k++;
    }
  }
  return markers ?? EMPTY_LIST;
}

/** Whether a quoted string is open at an offset, read on from the last offset asked about (offsets only grow). */
class QuoteState {
  private quote = '';

  constructor(private readonly text: string, private at: number) {}

  /** A `<<` inside quotes is text to the builder. */
  openAt(offset: number): boolean {
    const { text } = this;
    let { quote } = this;
    let i = this.at;
    for (; i < offset; i++) {
      const c = text[i];
      if (quote === "'") {
        if (c === "'") quote = '';
      } else if (c === '\\') {
        i++;
      } else if (quote === '"') {
        if (c === '"') quote = '';
      } else if (c === '"' || c === "'") {
        quote = c;
      }
    }
    this.quote = quote;
    this.at = Math.max(i, offset);
    return quote !== '';
  }
}

/**
 * For each line of the text (split at every `\r` and `\n`, as `closingLine` reads lines), where it last starts,
 * as written and without leading tabs: whether a heredoc name has a closing line below some offset. Built on the
 * first question, which only `<< NAME` asks.
 */
export class ClosingLines {
  private asWritten: Map<string, number> | undefined;
  private tabsStripped: Map<string, number> | undefined;

  constructor(private readonly text: string) {}

  /** Whether a line that starts after `from` reads as `name` (after leading tabs when `tabbed`). */
  after(name: string, from: number, tabbed: boolean): boolean {
    if (!this.asWritten) this.index();
    const last = (tabbed ? this.tabsStripped : this.asWritten)!.get(name);
    return last !== undefined && last > from;
  }

  private index(): void {
    const { text } = this;
    const asWritten = new Map<string, number>();
    const tabsStripped = new Map<string, number>();
    for (let start = 0; start <= text.length; ) {
      let end = start;
      while (end < text.length && !isBreak(text[end])) end++;
      const line = text.slice(start, end);
      asWritten.set(line, start);
      let tabs = start;
      while (text[tabs] === '\t') tabs++;
      tabsStripped.set(tabs === start ? line : text.slice(tabs, end), start);
      start = end + 1;
    }
    this.asWritten = asWritten;
    this.tabsStripped = tabsStripped;
  }
}

/** A `<<` word needs a `<` in the text (an escape can split the two); a bounded look, as indexOf could run to the end. */
function hasChar(text: string, char: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] === char) return true;
  return false;
}

/**
 * `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'` → `EOF`; null for a malformed marker, and for one that names nothing
 * (`<<-` alone, `<<""`): BuildKit opens no heredoc for those, and the lines after them are instructions.
 */
export function heredocName(marker: string): string | null {
  let value = marker.slice(2);
  if (value[0] === '-') value = value.slice(1);
  for (const quote of ['"', "'"]) {
    if (value[0] !== quote) continue;
    if (value[value.length - 1] !== quote) return null;
    // substring, not slice: a lone quote stays itself.
    value = value.substring(1, value.length - 1);
  }
  return value === '' || value[0] === '<' ? null : value;
}

/**
 * The first line from the line break `from` on that closes a heredoc: a line that is exactly its name (after
 * leading tabs with `<<-`). Where it starts, where the name starts on it, and its line break (or the text's end).
 */
function closingLine(text: string, name: string, from: number, tabbed: boolean): { lineStart: number; nameStart: number; end: number } | undefined {
  let wordStart = -1;
  let lineStart = from + 1;
  let atLineStart = true;
  for (let i = from; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || isBreak(c)) {
      if (wordStart >= 0 && i - wordStart === name.length && text.startsWith(name, wordStart)) return { lineStart, nameStart: wordStart, end: i };
      wordStart = -1;
      lineStart = i + 1;
      atLineStart = true;
    } else if (c === ' ' || (c === '\t' && !tabbed)) {
      atLineStart = false;
    } else if (c !== '\t' && atLineStart) {
      wordStart = i;
      atLineStart = false;
    }
  }
  return undefined;
}

/** ONBUILD's instruction: from its first word to the end of the ONBUILD. */
export function triggerOf(text: string, onbuild: ScannedInstruction, escape: string): ScannedInstruction | undefined {
  const first = onbuild.words[0];
  if (!first) return undefined;
  return {
    start: first.start,
    end: onbuild.end,
    keywordStart: first.start,
    keywordEnd: first.end,
    rawKeyword: text.slice(first.start, first.end),
    words: splitWords(text, first.end, onbuild.end, escape),
    lineEnd: onbuild.lineEnd,
    heredocs: EMPTY_LIST,
  };
}

/**
 * The words of [from, to): split at blanks, with escapes removed from values (`\$` keeps its escape), escaped
 * line breaks joined, and comment lines inside a continuation left out. Quotes do not group words.
 */
function splitWords(text: string, from: number, to: number, escape: string): Word[] {
  let count = 0;
  // Where the current word starts, and its value once an escape made it differ from the text (most words are
  // a plain slice of the text: building them a character at a time was a good part of the parse's garbage).
  let found = -1;
  let value: string | undefined;
  // At the start of a continuation line, where `#` opens a comment line.
  let lineStart = false;
  let comment = false;
  // After an escaped line break, until the next word character.
  let escaping = false;
  let blankAfterEscape = false;
  // Where the current word's range ends when an escape cut it.
  let marker = -1;
  // Words are made by module functions: closures here, and their context, were allocated for every instruction.
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (isBlank(c) || isBreak(c)) {
      if (escaping) {
        blankAfterEscape = !isBreak(c);
        if (isBreak(c) && comment) {
          comment = false;
          lineStart = true;
        }
      } else if (found >= 0) {
        gathered[count++] = wordOf(text, from, found, value, marker < 0 ? i : marker);
        value = undefined;
        found = marker = -1;
      }
    } else if (c === escape) {
      const next = i + 1 < to ? text[i + 1] : '';
      if (isBlank(next)) {
        for (let j = i + 2; j < to; j++) {
          const d = text[j];
          if (isBlank(d)) continue;
          if (isBreak(d)) {
            comment = false;
            escaping = true;
            lineStart = true;
            value = detached(text, found, value, i);
            if (found >= 0) marker = i;
            i = d === '\r' ? j + 1 : j;
          } else {
            marker = i;
            if (found < 0) i = j - 1;
          }
          break;
        }
      } else if (isBreak(next)) {
        comment = false;
        escaping = true;
        lineStart = true;
        value = detached(text, found, value, i);
        if (found >= 0 && marker < 0) marker = i;
        i += next === '\r' ? 2 : 1;
      } else {
        if (blankAfterEscape && marker >= 0) {
          gathered[count++] = wordOf(text, from, found, value, marker);
          value = undefined;
          found = -1;
        }
        marker = -1;
        blankAfterEscape = false;
        escaping = false;
        if (next === '') {
          // A last escape is left out of the word's value, not of its range.
          value = detached(text, found, value, i);
          break;
        }
        if (found < 0) [found, value] = [i, ''];
        else value = detached(text, found, value, i);
        value += next === '$' ? c + next : next;
        i++;
      }
    } else if (!comment) {
      if (lineStart && c === '#') {
        comment = true;
      } else {
        if (blankAfterEscape && marker >= 0) {
          gathered[count++] = wordOf(text, from, found, value, marker);
          value = undefined;
          found = -1;
        }
        blankAfterEscape = false;
        escaping = false;
        marker = -1;
        if (found < 0) found = i;
        else if (value !== undefined) value += c;
      }
      lineStart = false;
    }
  }
  if (found >= 0) gathered[count++] = wordOf(text, from, found, value, marker < 0 ? to : marker);
  const words = gathered.slice(0, count);
  // Keeps no word alive (nor, through its value, the text).
  gathered.fill(NO_WORD, 0, count);
  return words;
}

/**
 * Where splitWords gathers an instruction's words, to copy them out at their exact size: a list of its own that
 * grew by push reserved 17 slots for every instruction, the largest garbage of the parse.
 */
const gathered: Word[] = [];
const NO_WORD: Word = { value: '', start: -1, end: -1 };

/** The word that started at `found` (-1: none yet) and ends at `end`; `value` once it differs from the text. */
function wordOf(text: string, from: number, found: number, value: string | undefined, end: number): Word {
  // An escaped blank can end a word that has no character yet: dockerfile-ast then starts it one before `from`.
  const start = found >= 0 ? found : from - 1;
  return { value: value ?? (found >= 0 ? text.slice(found, end) : ''), start: normal(text, start), end: normal(text, end) };
}

/** From here on the word's value is built apart from the text: its characters so far, once it has started. */
function detached(text: string, found: number, value: string | undefined, at: number): string | undefined {
  return found >= 0 && value === undefined ? text.slice(found, at) : value;
}

/** When flag reading stops at a word: at the first one without `--` (the JSON-form keywords have no flags). */
const FLAGS_END: Readonly<Record<string, (word: string) => boolean>> = {
  ADD: (w) => !w.includes('--'),
  COPY: (w) => !w.includes('--'),
  FROM: (w) => !w.includes('--'),
  RUN: (w) => !w.includes('--'),
  CMD: () => true,
  ENTRYPOINT: () => true,
  SHELL: () => true,
  VOLUME: () => true,
  HEALTHCHECK: (w) => ['CMD', 'NONE'].includes(w.toUpperCase()),
};

/** How many `--name=value` words come before the arguments of a keyword that takes flags. */
export function flagCount(keyword: string, words: readonly Word[]): number {
  const ends = FLAGS_END[keyword];
  if (!ends) return 0;
  let count = 0;
  for (const word of words) {
    if (ends(word.value)) break;
    if (word.value.startsWith('--')) count++;
  }
  return count;
}

/** The `--name=value` words before the arguments of a keyword that takes flags (`count`, when the caller has it). */
export function readFlags(text: string, keyword: string, words: readonly Word[], count = flagCount(keyword, words)): Flag[] {
  if (count === 0) return EMPTY_LIST;
  // A list of the exact size: push would reserve 17 slots for the usual one or two flags.
  const flags = new Array<Flag>(count);
  let k = 0;
  for (const word of words) {
    if (k === count) break;
    if (word.value.startsWith('--')) flags[k++] = flagOf(text, word);
  }
  return flags;
}

/** The words after the flags: as many words are dropped from the front as there are flags. */
export function argumentWords(keyword: string, words: Word[]): Word[] {
  const count = flagCount(keyword, words);
  return count === 0 ? words : words.slice(count);
}

function flagOf(text: string, word: Word): Flag {
  const { value, start, end } = word;
  // Offsets in the word as written, read from the text (no copy of the word).
  let rawEquals = -1;
  for (let i = start; i < end; i++) {
    if (text[i] === '=') {
      rawEquals = i - start;
      break;
    }
  }
  // The name starts after two dashes, skipping escapes and line breaks between them.
  let nameOffset = -1;
  let dashesSeen = 0;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\\' || isBlank(c) || isBreak(c)) continue;
    if (c === '-' && dashesSeen < 2) {
      dashesSeen++;
      continue;
    }
    nameOffset = i - start;
    break;
  }
  const nameStart = normal(text, start + nameOffset);
  // The dashes that start the word, before the name: at most two (a third is the name's), and two when none.
  let dashCount = 0;
  for (let i = start; i < nameStart && text[i] === '-'; i++) dashCount++;
  const dashes = dashCount === 1 ? '-' : '--';
  let name: string;
  let flagValue: string | null;
  let nameEnd = end;
  let valueStart = end;
  if (rawEquals < 0) {
    name = value.substring(2);
    flagValue = null;
  } else {
    nameEnd = normal(text, start + rawEquals);
    const equals = rawEquals === value.length - 1 ? rawEquals : value.indexOf('=');
    name = value.substring(2, equals);
    flagValue = value.substring(equals + 1);
    if (rawEquals !== value.length - 1) valueStart = normal(text, start + rawEquals + 1);
  }
  return { name, dashes, value: flagValue, start, end, nameStart, nameEnd, valueStart, valueEnd: end };
}
