/**
 * A fast reader for the plain block YAML most Compose files are written in: it yields the same concrete syntax
 * tree (CST) tokens as `yaml`'s own `Parser`, so `yaml`'s `Composer` builds the very same documents, errors and
 * ranges from them. `yaml`'s lexer and parser are generators and cost about half of a Compose lint; this
 * reader walks the text line by line and builds the tokens directly. For a large text the composer pulls the
 * tokens while the reader reads (`composeBlockYaml`), so the tree never exists whole.
 *
 * It reads a subset and gives up (returns undefined, and the caller parses with `yaml`) on anything else:
 * block maps and sequences, plain scalars on one line, quoted scalars on one line, block scalars (`|`, `>`, `|-`,
 * `>-`), anchors and aliases, flow sequences of scalars on one line, `{}`, comments, blank lines, a `---` first
 * line and `\r\n` line ends. It gives up on tabs, a lone `\r`, a byte order mark, control characters, other
 * document markers and directives, tags, `+` or an indentation digit in a block scalar header, flow mappings,
 * nested or multi-line flow sequences, explicit keys (`?`), more than one key on a line, an anchor before a key,
 * and a plain scalar that might continue on the next line.
 *
 * Where tokens go (which item's `start`, `sep` or `end` holds a space, comment or newline) follows what
 * `yaml`'s parser does, as its output shows: `test/model/block-yaml.test.ts` compares the two token for token
 * on generated stacks, fixtures and thousands of mutants, so a `yaml` release that places a token differently
 * fails that test.
 */
import { Composer, type CST, type Document } from 'yaml';
import { composeDirectly, composesDirectly } from './block-compose';
import { knownKeyName } from './key-names';

type SourceToken = CST.SourceToken;
type ScalarToken = CST.FlowScalar;
type Item = { start: SourceToken[]; key?: CST.Token | null; sep?: SourceToken[]; value?: CST.Token };
type MapToken = BlockCollection & { type: 'block-map' };
type SeqToken = BlockCollection & { type: 'block-seq' };
type FlowToken = { type: 'flow-collection'; offset: number; indent: number; start: SourceToken; items: Item[]; end: SourceToken[] };
type DocToken = { type: 'document'; offset: number; start: SourceToken[]; value?: CST.Token; end?: SourceToken[] };
type BlockScalarToken = { type: 'block-scalar'; offset: number; indent: number; props: SourceToken[]; source: string };
type Open = MapToken | SeqToken | FlowToken | DocToken | ScalarToken | BlockScalarToken;
type TokenType = SourceToken['type'] | ScalarToken['type'];

/** Thrown inside the reader when the text leaves the subset; caught by `readBlockYaml`. */
class OutsideSubset extends Error {}
const outside = new OutsideSubset();

/** Characters that make a file leave the subset wherever they are (see the module comment); `\r` only before `\n`. */
const UNSUPPORTED_CHARACTERS = /\r(?!\n)|[\t\uFEFF\x00-\x08\x0B\x0C\x0E-\x1F\x7F\x85\u2028\u2029]/;
/** `:`, which ends a plain key. */
const COLON = 0x3a;
/** Characters that cannot start a plain scalar here (the rest of YAML's indicators are read or refused). */
const NO_PLAIN_START = new Set(['#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', ',', '[', ']', '{', '}']);
/** Characters that end a plain scalar or an anchor inside a flow sequence. */
const FLOW_INDICATORS = new Set([',', '[', ']', '{', '}']);
/**
 * Runs of up to 64 spaces, by length: a space token's source is taken from here rather than sliced from the text,
 * which would allocate a string for nearly every line (indentation) and every `key: value`.
 */
const SPACE_RUNS: readonly string[] = Array.from({ length: 65 }, (_, n) => ' '.repeat(64).slice(0, n));

/** The spaces from `start` to `end` of `text`. */
function spaceRun(text: string, start: number, end: number): string {
  return end - start < SPACE_RUNS.length ? SPACE_RUNS[end - start]! : text.slice(start, end);
}

/**
 * The documents `yaml`'s `Composer` builds from the reader's tokens, or undefined outside the subset. They are
 * built by `block-compose`'s direct composer where it can stand in for `yaml`'s (Compose's options, and a text on
 * which `yaml` reports nothing), and otherwise by `yaml`'s `Composer` from a second reading. The composer
 * pulls the tokens as it goes: the reader reads a line only when the composer asks for an item that is not final
 * yet. So at any moment only the few items around the current line exist as tokens, instead of the whole syntax
 * tree (twice the size of the documents), which every young-generation collection used to copy. A reader that
 * stops half-way (outside the subset, or a bug) has its half-built documents thrown away; the caller then parses
 * with `yaml`.
 */
export function composeBlockYaml(
  text: string,
  options: ComposerOptions,
  linesPerPull = text.length < PULL_FROM_LENGTH ? 0 : LINES_PER_PULL,
): Document.Parsed[] | undefined {
  if (UNSUPPORTED_CHARACTERS.test(text)) return undefined;
  if (composesDirectly(options)) {
    const reader = startReading(text, linesPerPull);
    if (!reader) return undefined;
    const docs = composeDirectly(reader.tokens(), options);
    if (reader.failure !== undefined) return undefined;
    if (docs) return docs;
    // Something `yaml`'s composer reports on, or builds itself: it composes the text from a new reading.
  }
  const reader = startReading(text, linesPerPull);
  if (!reader) return undefined;
  const docs = Array.from(new Composer(options).compose(reader.tokens()));
  return reader.failure === undefined ? (docs as Document.Parsed[]) : undefined;
}

/** A reader of `text`, or undefined when it reads the text whole first (0 lines per pull) and leaves the subset. */
function startReading(text: string, linesPerPull: number): BlockYamlReader | undefined {
  const reader = new BlockYamlReader(text, linesPerPull);
  return linesPerPull === 0 && !reader.readAll() ? undefined : reader;
}

type ComposerOptions = ConstructorParameters<typeof Composer>[0];

/**
 * From this length on, the composer pulls the tokens. A shorter text is read whole first (0 lines per pull): that
 * is faster, since the composer then iterates plain arrays, and its tree (about 40 bytes per byte of text, so
 * under 1 MB) dies young anyway.
 */
const PULL_FROM_LENGTH = 16 * 1024;
/**
 * How many lines the reader reads when the composer needs more. Not one: alternating between reader and composer
 * on every line cost a tenth more time; 64 lines of tokens are a few tens of kilobytes.
 */
const LINES_PER_PULL = 64;

/**
 * The CST tokens of `text`, as `new Parser().parse(text)` yields them, or undefined outside the subset: what the
 * composer sees, pulled in the composer's order (by default a line at a time, the finest interleaving) and copied
 * as each item is handed out. The tests compare them with `yaml`'s. A bug in the reader must not stop a lint:
 * anything else it throws also sends the text to `yaml`'s parser, unless `rethrow` (the tests) asks to see it.
 */
export function readBlockYaml(text: string, rethrow = false, linesPerPull = 1): CST.Token[] | undefined {
  if (UNSUPPORTED_CHARACTERS.test(text)) return undefined;
  const reader = new BlockYamlReader(text, linesPerPull);
  if (linesPerPull === 0) reader.readAll();
  const tokens = Array.from(reader.tokens(), copyPulled);
  if (reader.failure === undefined) return tokens;
  if (reader.failure === outside || !rethrow) return undefined;
  throw reader.failure;
}

/** A copy of a token as the composer would see it: block items copied one by one as they are handed out. */
function copyPulled(token: CST.Token): CST.Token {
  if (token.type === 'block-map' || token.type === 'block-seq') {
    const items = Array.from((token as unknown as BlockCollection).items, (it) => {
      const copy: Item = { start: [...it.start] };
      if (it.key !== undefined) copy.key = it.key === null ? null : copyPulled(it.key);
      if (it.sep !== undefined) copy.sep = [...it.sep];
      if (it.value !== undefined) copy.value = copyPulled(it.value);
      return copy;
    });
    return { type: token.type, offset: token.offset, indent: token.indent, items } as CST.Token;
  }
  if (token.type === 'document') {
    const { start, value } = token;
    const copy: CST.Document = { type: 'document', offset: token.offset, start: [...start] };
    if (value) copy.value = copyPulled(value);
    // Read after the value, as the composer does. A document handed out early has an `end` from the start.
    if (token.end && token.end.length > 0) copy.end = token.end;
    return copy;
  }
  return structuredClone(token);
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * A block map or sequence. Its `items` are what the composer iterates: the collection itself, which hands out
 * `list`'s items as they become final (see `nextItem`). `list` is the reader's own; an item handed out is dropped
 * from it once the reader can no longer look at it, so the composed part of the syntax tree becomes garbage while
 * the rest is read. (A class, not a literal with closures: one object per collection.)
 */
class BlockCollection implements Iterable<Item>, Iterator<Item> {
  readonly list: Item[];
  /** How many of `list`'s items were handed out. */
  handedOut = 0;
  /** Popped from the stack: every item it will have is in `list`. */
  closed = false;
  /** Put in its parent's value slot when it was opened (not when closed), so that it can be handed out open. */
  attachedEarly = false;

  constructor(
    readonly type: 'block-map' | 'block-seq',
    readonly offset: number,
    readonly indent: number,
    first: Item,
    private readonly reader: BlockYamlReader,
  ) {
    this.list = [first];
  }

  /** A closed collection's items are all final: the composer gets the plain list, which it iterates faster. */
  get items(): Iterable<Item> {
    return this.closed && this.handedOut === 0 ? this.list : this;
  }

  [Symbol.iterator](): Iterator<Item> {
    return this;
  }

  next(): IteratorResult<Item> {
    return this.reader.nextItem(this);
  }
}

class BlockYamlReader {
  /** Tokens outside any document, and a document once closed (unless handed out before). */
  private readonly out: CST.Token[] = [];
  private outHandedOut = 0;
  private documentHandedOut: DocToken | undefined;
  private readonly stack: Open[] = [];
  /** Where the next line starts; past the text once the reader has finished. */
  private pos = 0;
  private documentStarted = false;
  private finished = false;
  /** What stopped the reader: `outside`, or a bug. */
  failure: unknown;
  /** The parser's notion of the current line's indentation: spaces and block indicators at its start. */
  private indent = 0;
  private atNewLine = true;
  private onKeyLine = false;
  /** The type of the token being placed. */
  private type: TokenType = 'newline';
  private token: SourceToken = { type: 'newline', offset: 0, indent: 0, source: '' };
  /** A line ended in a block scalar header (`|`, `>-`): the indentation of the node it belongs to. */
  private blockScalarParent: number | undefined;
  /**
   * A line ended in a plain scalar: the next content line must not be able to continue it. The indentation of that
   * line (-1 when none did) and its key's column (two fields, not an object per line).
   */
  private plainEndedIndent = -1;
  private plainEndedKeyColumn = -1;

  constructor(
    private readonly text: string,
    /** How many lines to read when the composer needs more; 0 when `readAll` reads the text first. */
    private readonly linesPerPull: number,
  ) {}

  // ---- Handing tokens to the composer ----

  /** The stream's tokens: a document as soon as its value is an open block collection, its items pulled later. */
  tokens(): Iterable<CST.Token> {
    const next = (): IteratorResult<CST.Token> => {
      for (;;) {
        if (this.failure !== undefined) return DONE;
        if (this.outHandedOut < this.out.length) return { done: false, value: this.out[this.outHandedOut++]! };
        const doc = this.stack[0];
        if (doc?.type === 'document' && doc !== this.documentHandedOut && isBlock(doc.value)) {
          this.documentHandedOut = doc;
          // The composer takes `end` when it is handed the document; what ends the document is added to it later.
          doc.end ??= [];
          return { done: false, value: doc as CST.Document };
        }
        if (this.finished) return DONE;
        this.advance();
      }
    };
    return { [Symbol.iterator]: () => ({ next }) };
  }

  /**
   * The next item of `collection` once it is final: when the collection is closed, when the item's value is an
   * open block collection (what comes next goes into that), or when a later item has begun (nothing changes an
   * item after that: the reader only looks at a collection's last two items).
   */
  nextItem(collection: BlockCollection): IteratorResult<Item> {
    for (;;) {
      const list = collection.list;
      const n = collection.handedOut;
      if (n < list.length) {
        const it = list[n]!;
        if (collection.closed || isBlock(it.value) || hasBegun(list, n + 1) || n + 2 < list.length) {
          collection.handedOut = n + 1;
          // The reader looks at no item before the last two again.
          if (n >= 2) list[n - 2] = DROPPED;
          return { done: false, value: it };
        }
      } else if (collection.closed) {
        return DONE;
      }
      if (this.finished) return DONE; // only when the reader failed: a finished reader closed every collection
      // At least a line, so that a reader asked for 0 lines per pull without `readAll` still ends.
      for (let i = 0; (i === 0 || i < this.linesPerPull) && this.advance(); i++) {
        /* read on */
      }
    }
  }

  /** A new block map or sequence with its first item. */
  private blockCollection(type: 'block-map', offset: number, indent: number, first: Item): MapToken;
  private blockCollection(type: 'block-seq', offset: number, indent: number, first: Item): SeqToken;
  private blockCollection(type: 'block-map' | 'block-seq', offset: number, indent: number, first: Item): BlockCollection {
    return new BlockCollection(type, offset, indent, first, this);
  }

  /**
   * Puts a block collection just opened under `parent` where `pop` would put it when closed, if that is a value
   * slot: the document's value, the value of a map item that has its `:`, a sequence item's value.
   */
  private attachEarly(parent: Open, collection: BlockCollection): void {
    if (parent.type === 'document') {
      if (parent.value) return;
      parent.value = collection as unknown as CST.Token;
    } else if (parent.type === 'block-map') {
      const it = parent.list[parent.list.length - 1]!;
      if (!it.sep || it.value) return;
      it.value = collection as unknown as CST.Token;
    } else if (parent.type === 'block-seq') {
      const it = parent.list[parent.list.length - 1]!;
      if (it.value) return;
      it.value = collection as unknown as CST.Token;
    } else {
      return;
    }
    collection.attachedEarly = true;
  }

  /** Opens a node under the stack's top; a block collection goes into its parent's value slot at once. */
  private push(token: Open): void {
    if (isBlock(token)) this.attachEarly(this.stack[this.stack.length - 1]!, token);
    this.stack.push(token);
  }

  // ---- Reading lines ----

  /** Reads the whole text before anything is handed out; false when the reader failed. */
  readAll(): boolean {
    while (this.advance()) {
      /* read on */
    }
    return this.failure === undefined;
  }

  /** Reads one line, or finishes at the end of the text; false when there is nothing more to read. */
  private advance(): boolean {
    if (this.finished) return false;
    try {
      if (this.pos < this.text.length) {
        this.readNextLine();
        return true;
      }
      if (!this.documentStarted || this.stack.length === 1) throw outside; // no content, or only a `---`
      while (this.stack.length > 0) this.pop();
    } catch (e) {
      this.failure = e;
    }
    this.finished = true;
    return false;
  }

  private readNextLine(): void {
    const text = this.text;
    const pos = this.pos;
    const newline = text.indexOf('\n', pos);
    // Lines end in `\n` or `\r\n` (a lone `\r` was refused up front); the newline token holds either.
    const crlf = newline > 0 && text.charCodeAt(newline - 1) === 13;
    const eol = newline < 0 ? text.length : crlf ? newline - 1 : newline;
    let i = pos;
    while (i < eol && text.charCodeAt(i) === 32) i++;
    if (i === pos && isDocumentMarker(text, pos, eol)) {
      // Only a `---` line before any content is read: it starts the document.
      if (this.documentStarted || text[pos] === '.' || eol !== pos + 3) throw outside;
      this.stack.push({ type: 'document', offset: pos, start: [] });
      this.documentStarted = true;
      this.emit('doc-start', pos, '---');
    } else {
      const content = i < eol && text[i] !== '#';
      if (content) {
        if (!this.documentStarted) {
          // The document starts at the first content, which must sit at column 0 (as `yaml`'s lexer sees it).
          if (i > pos) throw outside;
          this.stack.push({ type: 'document', offset: i, start: [] });
          this.documentStarted = true;
        }
        this.checkNotContinuation(i - pos);
      } else if (i < eol) {
        this.plainEndedIndent = -1; // a comment ends a plain scalar
      }
      if (i > pos) this.emit('space', pos, spaceRun(text, pos, i));
      if (i < eol) this.readLine(pos, i, eol);
    }
    if (newline < 0) {
      if (this.blockScalarParent !== undefined) throw outside; // a header with no body
      this.pos = text.length;
      return;
    }
    this.emit('newline', eol, crlf ? '\r\n' : '\n');
    this.pos = newline + 1;
    if (this.blockScalarParent !== undefined) this.pos = this.blockScalarBody(this.pos, this.blockScalarParent);
  }

  /** A plain scalar continues onto a more indented line; only lines that cannot continue it are read. */
  private checkNotContinuation(indent: number): void {
    if (this.plainEndedIndent >= 0 && indent > this.plainEndedIndent && indent !== this.plainEndedKeyColumn) throw outside;
    this.plainEndedIndent = -1;
  }

  // ---- Reading one line into tokens ----

  /** The content of the line at `lineStart`, from its first non-space character `i` to `eol`. */
  private readLine(lineStart: number, i: number, eol: number): void {
    const text = this.text;
    const lineIndent = i - lineStart;
    let keyColumn = -1;
    let valueStart = -1;
    let sawSeqItem = false;
    let seqColumn = -1;
    let sawAnchor = false;
    let lastValue: TokenType | undefined;
    while (i < eol) {
      const c = text[i]!;
      const next = i + 1 < eol ? text[i + 1] : ' ';
      if (c === '#') {
        this.emit('comment', i, text.slice(i, eol));
        return;
      }
      if (c === '-' && next === ' ' && keyColumn < 0 && lastValue === undefined && !sawAnchor) {
        this.emit('seq-item-ind', i, '-');
        sawSeqItem = true;
        seqColumn = i - lineStart;
        i = this.spaces(i + 1, eol);
        continue;
      }
      if (c === ':' && next === ' ' && keyColumn < 0 && (lastValue === 'scalar' || lastValue === 'double-quoted-scalar' || lastValue === 'single-quoted-scalar')) {
        // The scalar just read is a key. Its column is where a following line may continue a compact map.
        // An anchor before a key (`&a  key: v`) is not indentation to `yaml`: its map starts at the anchor's column,
        // so a line indented up to the key continues a plain value (`v`) instead. Rare; left to `yaml`.
        if (sawAnchor) throw outside;
        keyColumn = valueStart - lineStart;
        this.emit('map-value-ind', i, ':');
        lastValue = undefined;
        sawAnchor = false;
        i = this.spaces(i + 1, eol);
        continue;
      }
      if (lastValue !== undefined) throw outside; // two values on a line, or a second key
      valueStart = i;
      if (c === '&') {
        if (sawAnchor) throw outside;
        sawAnchor = true;
        i = this.spaces(this.emitName('anchor', i, eol), eol);
        continue; // an anchor precedes the value, on this line or the next
      }
      if (c === '*') {
        i = this.emitName('alias', i, eol);
        lastValue = 'alias';
      } else if (c === '"' || c === "'") {
        i = this.quoted(i, eol, c, false);
        lastValue = c === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar';
      } else if (c === '[') {
        i = this.flowSequence(i, eol);
        lastValue = 'flow-seq-end';
      } else if ((c === '|' || c === '>') && (keyColumn >= 0 || sawSeqItem)) {
        i = this.blockScalarHeader(i, eol);
        lastValue = 'block-scalar-header';
        // Its body belongs to the key's map, or to the sequence item.
        this.blockScalarParent = keyColumn >= 0 ? keyColumn : seqColumn;
      } else if (c === '{' && next === '}') {
        // An empty flow mapping (`data: {}`); other flow mappings are outside the subset.
        this.emit('flow-map-start', i, '{');
        this.emit('flow-map-end', i + 1, '}');
        i += 2;
        lastValue = 'flow-map-end';
      } else {
        i = this.plain(i, eol);
        lastValue = 'scalar';
      }
      i = this.spaces(i, eol);
    }
    if (lastValue === 'scalar') {
      // A scalar alone on its line (no key, no `-`) is a document's value or a mistake: `yaml` may read on.
      if (keyColumn < 0 && !sawSeqItem) throw outside;
      this.plainEndedIndent = lineIndent;
      this.plainEndedKeyColumn = keyColumn;
    }
  }

  /** `|` or `>`, with `-` at most (no `+`, no indentation digit), then a space or the line's end. */
  private blockScalarHeader(i: number, eol: number): number {
    const end = this.text[i + 1] === '-' ? i + 2 : i + 1;
    if (end < eol && this.text[end] !== ' ') throw outside;
    this.emit('block-scalar-header', i, this.text.slice(i, end));
    return end;
  }

  /**
   * The lines of a block scalar from `pos`: empty lines, and lines indented at least as deep as its first
   * non-empty line, which must be deeper than `parentIndent`. Empty lines after the last content line are not
   * part of it. Lines of spaces only, and a line that ends it while deeper than the parent, are refused.
   * Emits the body as one token and returns the offset after it.
   */
  private blockScalarBody(pos: number, parentIndent: number): number {
    const text = this.text;
    let contentIndent = -1;
    let end = pos;
    for (let p = pos; p < text.length; ) {
      const newline = text.indexOf('\n', p);
      const lineEnd = newline < 0 ? text.length : newline;
      let i = p;
      while (i < lineEnd && text.charCodeAt(i) === 32) i++;
      const blank = i === lineEnd || (i === lineEnd - 1 && text.charCodeAt(i) === 13);
      if (blank) {
        if (i > p) throw outside;
      } else {
        const indent = i - p;
        if (contentIndent < 0) {
          if (indent <= parentIndent) throw outside; // an empty block scalar
          contentIndent = indent;
        }
        if (indent < contentIndent) {
          if (indent > parentIndent) throw outside;
          break;
        }
        end = newline < 0 ? text.length : newline + 1;
      }
      if (newline < 0) break;
      p = newline + 1;
    }
    if (contentIndent < 0) throw outside;
    this.blockScalarParent = undefined;
    this.type = 'scalar';
    const scalar = this.stack[this.stack.length - 1];
    if (scalar?.type !== 'block-scalar') throw outside;
    scalar.source = text.slice(pos, end);
    // After its body the parser stands at the start of a line.
    this.atNewLine = true;
    this.indent = 0;
    this.pop();
    return end;
  }

  /** Emits the spaces at `i` as one token; returns the offset after them. */
  private spaces(i: number, eol: number): number {
    let j = i;
    while (j < eol && this.text.charCodeAt(j) === 32) j++;
    if (j > i) this.emit('space', i, spaceRun(this.text, i, j));
    return j;
  }

  /**
   * An anchor (`&a`) or alias (`*a`): the name runs to a space, and in a flow sequence to `,` or `]`; other
   * flow indicators and `:` are refused.
   */
  private emitName(type: 'anchor' | 'alias', i: number, eol: number, inFlow = false): number {
    let j = i + 1;
    while (j < eol && this.text[j] !== ' ') {
      const c = this.text[j]!;
      if (inFlow && (c === ',' || c === ']')) break;
      if (FLOW_INDICATORS.has(c) || c === ':') throw outside;
      j++;
    }
    if (j === i + 1) throw outside;
    this.emit(type, i, this.text.slice(i, j));
    return j;
  }

  /**
   * A quoted scalar closed on this line; returns the offset after its closing quote. What may follow it: a
   * space or the line's end, and in a flow sequence `,` or `]`, in a block `:` then a space or the end (a key).
   */
  private quoted(i: number, eol: number, quote: '"' | "'", inFlow: boolean): number {
    const text = this.text;
    let j = i + 1;
    for (;;) {
      if (j >= eol) throw outside; // it goes on to the next line
      const c = text[j];
      if (c === '\\' && quote === '"') j += 2;
      else if (c === quote && quote === "'" && text[j + 1] === "'") j += 2;
      else if (c === quote) break;
      else j++;
    }
    const after = j + 1;
    const follower = after < eol ? text[after] : ' ';
    const allowed = follower === ' ' || (inFlow ? follower === ',' || follower === ']' : follower === ':' && (after + 1 === eol || text[after + 1] === ' '));
    if (!allowed) throw outside;
    this.emit(quote === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar', i, text.slice(i, after));
    return after;
  }

  /** A plain scalar in block context: it ends before ` #`, before `: ` or a final `:`, or at the line's end. */
  private plain(i: number, eol: number): number {
    const text = this.text;
    const c = text[i]!;
    if (NO_PLAIN_START.has(c) || ((c === '?' || c === ':' || c === '-') && (i + 1 === eol || text[i + 1] === ' '))) throw outside;
    let end = i + 1;
    for (let j = i + 1; j < eol; j++) {
      const ch = text[j];
      if (ch === ' ') {
        if (text[j + 1] === '#') break;
        continue;
      }
      if (ch === ':' && (j + 1 === eol || text[j + 1] === ' ')) break;
      end = j + 1;
    }
    // A key (`:` right after it) takes the shared string of a key name the model knows.
    this.emit('scalar', i, (text.charCodeAt(end) === COLON && knownKeyName(text, i, end)) || text.slice(i, end));
    return end;
  }

  /** A flow sequence of scalars closed on this line; returns the offset after `]`. */
  private flowSequence(i: number, eol: number): number {
    const text = this.text;
    this.emit('flow-seq-start', i, '[');
    let j = this.spaces(i + 1, eol);
    let expectItem = true;
    for (;;) {
      if (j >= eol) throw outside;
      const c = text[j]!;
      if (c === ']') {
        this.emit('flow-seq-end', j, ']');
        return j + 1;
      }
      if (c === ',') {
        this.emit('comma', j, ',');
        expectItem = true;
        j = this.spaces(j + 1, eol);
        continue;
      }
      if (!expectItem) throw outside;
      if (c === '"' || c === "'") j = this.quoted(j, eol, c, true);
      else if (c === '*') j = this.emitName('alias', j, eol, true);
      else j = this.flowPlain(j, eol);
      expectItem = false;
      j = this.spaces(j, eol);
    }
  }

  /** A plain scalar inside a flow sequence: it ends before `,`, `]`, ` #` or trailing spaces; `:` is refused. */
  private flowPlain(i: number, eol: number): number {
    const t = this.text;
    const c = t[i]!;
    if (NO_PLAIN_START.has(c) || c === '?' || c === ':' || c === '-') throw outside;
    let end = i + 1;
    for (let j = i + 1; j < eol; j++) {
      const ch = t[j]!;
      if (ch === ',' || ch === ']') break;
      if (ch === ':' || FLOW_INDICATORS.has(ch)) throw outside;
      if (ch === ' ') {
        if (t[j + 1] === '#') throw outside;
        continue;
      }
      end = j + 1;
    }
    this.emit('scalar', i, t.slice(i, end));
    return end;
  }

  // ---- Placing tokens: where `yaml`'s parser puts each one ----

  private emit(type: TokenType, offset: number, source: string): void {
    this.type = type;
    this.token = { type: type as SourceToken['type'], offset, indent: this.indent, source };
    this.step();
    switch (type) {
      case 'newline':
        this.atNewLine = true;
        this.indent = 0;
        break;
      case 'space':
        if (this.atNewLine) this.indent += source.length;
        break;
      case 'map-value-ind':
      case 'seq-item-ind':
        if (this.atNewLine) this.indent += source.length;
        break;
      default:
        this.atNewLine = false;
    }
  }

  private step(): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return this.streamToken();
    switch (top.type) {
      case 'document':
        return this.inDocument(top);
      case 'block-map':
        return this.inMap(top);
      case 'block-seq':
        return this.inSeq(top);
      case 'flow-collection':
        return this.inFlow(top);
      case 'block-scalar':
        // Between its header and its body: spaces, a comment and the newline.
        top.props.push(this.token);
        return;
      default:
        return this.afterScalar(top);
    }
  }

  /**
   * Outside a document: blank and comment lines before it, and after a document whose value ended on its first
   * line (a lone alias or flow sequence), anything; `yaml` reports those as errors.
   */
  private streamToken(): void {
    if (!this.isTrivia()) throw outside;
    this.out.push(this.token);
  }

  private inDocument(doc: DocToken): void {
    if (doc.value) return this.lineEnd(doc);
    if (this.isTrivia() || this.type === 'anchor' || this.type === 'doc-start') {
      doc.start.push(this.token);
      return;
    }
    this.push(this.startValue(doc));
  }

  private afterScalar(scalar: ScalarToken): void {
    if (this.type !== 'map-value-ind') return this.lineEnd(scalar);
    // The scalar was a key: it becomes the first key of a new map.
    const start = firstKeyStartProps(prevProps(this.stack[this.stack.length - 2]!));
    let sep: SourceToken[];
    if (scalar.end) {
      sep = scalar.end;
      sep.push(this.token);
      delete scalar.end;
    } else {
      sep = [this.token];
    }
    this.onKeyLine = true;
    const map = this.blockCollection('block-map', scalar.offset, scalar.indent, { start, key: scalar, sep });
    this.attachEarly(this.stack[this.stack.length - 2]!, map);
    this.stack[this.stack.length - 1] = map;
  }

  private lineEnd(token: ScalarToken | DocToken | FlowToken): void {
    switch (this.type) {
      case 'comma':
      case 'flow-seq-end':
      case 'flow-map-end':
      case 'map-value-ind':
        this.pop();
        return this.step();
      case 'newline':
        this.onKeyLine = false;
    }
    if (token.end) token.end.push(this.token);
    else token.end = [this.token];
    if (this.type === 'newline') this.pop();
  }

  private isTrivia(): boolean {
    return this.type === 'space' || this.type === 'comment' || this.type === 'newline';
  }

  /** A newline, space or comment inside a block collection whose last item is `it`. */
  private triviaInCollection(collection: MapToken | SeqToken, it: Item): void {
    const token = this.token;
    if (this.type === 'newline') {
      if (collection.type === 'block-map') this.onKeyLine = false;
      if (it.value) {
        const end = endOf(it.value);
        if (end && end[end.length - 1]?.type === 'comment') end.push(token);
        else collection.list.push({ start: [token] });
      } else if (it.sep && collection.type === 'block-map') {
        it.sep.push(token);
      } else {
        it.start.push(token);
      }
      return;
    }
    if (it.value) {
      collection.list.push({ start: [token] });
    } else if (it.sep && collection.type === 'block-map') {
      it.sep.push(token);
    } else {
      // A comment indented deeper than the collection, after only blank space, ends the previous value.
      if (this.type === 'comment' && this.indent > collection.indent && onlyBlank(it.start)) {
        const prev = collection.list[collection.list.length - 2];
        const end = prev?.value ? endOf(prev.value) : undefined;
        if (Array.isArray(end)) {
          for (const t of it.start) end.push(t);
          end.push(token);
          collection.list.pop();
          return;
        }
      }
      it.start.push(token);
    }
  }

  private inMap(map: MapToken): void {
    const it = map.list[map.list.length - 1]!;
    if (this.isTrivia()) return this.triviaInCollection(map, it);
    if (this.indent >= map.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map.indent;
      const atNextItem = atMapIndent && it.sep !== undefined && this.type !== 'seq-item-ind';
      switch (this.type) {
        case 'anchor':
          if (atNextItem || it.value) {
            const start = this.nextItemStart(it, atNextItem, map.indent);
            start.push(this.token);
            map.list.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.token);
          } else {
            it.start.push(this.token);
          }
          return;
        case 'map-value-ind':
          if (!it.sep) {
            it.key = null;
            it.sep = [this.token];
          } else if (it.value || atNextItem) {
            map.list.push({ start: this.nextItemStart(it, atNextItem, map.indent), key: null, sep: [this.token] });
          } else if (hasType(it.sep, 'map-value-ind')) {
            this.push(this.blockCollection('block-map', this.token.offset, this.indent, { start: [], key: null, sep: [this.token] }));
          } else {
            it.sep.push(this.token);
          }
          this.onKeyLine = true;
          return;
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar': {
          const scalar = this.scalarToken();
          if (atNextItem || it.value) {
            map.list.push({ start: this.nextItemStart(it, atNextItem, map.indent), key: scalar, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(scalar);
          } else {
            it.key = scalar;
            it.sep = [];
            this.onKeyLine = true;
          }
          return;
        }
        case 'seq-item-ind':
        case 'flow-seq-start':
        case 'flow-map-start':
        case 'block-scalar-header': {
          const value = this.startValue(map);
          if (value.type === 'block-seq') {
            // `yaml` reports a sequence that starts on its key's line as an error token.
            if (it.sep && !hasType(it.sep, 'newline')) throw outside;
          } else if (atMapIndent) {
            map.list.push({ start: this.nextItemStart(it, atNextItem, map.indent) });
          }
          this.push(value);
          return;
        }
      }
    }
    this.pop();
    this.step();
  }

  /**
   * The start of a new item after `it`: after an empty value, the blank and comment lines that go to the next key
   * (taken out of its `sep`). Made only when an item is made: most tokens make none.
   */
  private nextItemStart(it: Item, atNextItem: boolean, mapIndent: number): SourceToken[] {
    return atNextItem && it.sep && !it.value ? emptyValueTrailer(it.sep, mapIndent) : [];
  }

  private inSeq(seq: SeqToken): void {
    const it = seq.list[seq.list.length - 1]!;
    if (this.isTrivia()) return this.triviaInCollection(seq, it);
    if (this.type === 'anchor' && !it.value && this.indent > seq.indent) {
      it.start.push(this.token);
      return;
    }
    if (this.type === 'seq-item-ind' && this.indent === seq.indent) {
      if (it.value || hasType(it.start, 'seq-item-ind')) seq.list.push({ start: [this.token] });
      else it.start.push(this.token);
      return;
    }
    if (this.indent > seq.indent && this.type !== 'anchor') {
      this.push(this.startValue(seq));
      return;
    }
    this.pop();
    this.step();
  }

  /** Inside `[...]`: the reader only hands it spaces, commas, scalars, aliases and the closing `]`. */
  private inFlow(flow: FlowToken): void {
    const it = flow.items[flow.items.length - 1];
    if (flow.end.length > 0) {
      const parent = this.stack[this.stack.length - 2]!;
      if (this.type === 'map-value-ind') throw outside; // a flow sequence as a key
      if (parent.type === 'block-map' && this.type === 'newline' && !parent.list[parent.list.length - 1]!.sep) {
        this.pop();
        return this.step();
      }
      return this.lineEnd(flow);
    }
    switch (this.type) {
      case 'comma':
        if (!it || it.sep) flow.items.push({ start: [this.token] });
        else it.start.push(this.token);
        return;
      case 'space':
        if (!it || it.value) flow.items.push({ start: [this.token] });
        else if (it.sep) it.sep.push(this.token);
        else it.start.push(this.token);
        return;
      case 'flow-seq-end':
      case 'flow-map-end':
        flow.end.push(this.token);
        return;
      default: {
        const scalar = this.scalarToken();
        if (!it || it.value) flow.items.push({ start: [], key: scalar, sep: [] });
        else if (it.sep) throw outside; // not produced by this reader
        else {
          it.key = scalar;
          it.sep = [];
        }
      }
    }
  }

  /** The current token is a scalar or alias: it has the shape of one already. */
  private scalarToken(): ScalarToken {
    return this.token as unknown as ScalarToken;
  }

  /** The node a value token starts under `parent`. */
  private startValue(parent: Open): Open {
    const token = this.token;
    switch (this.type) {
      case 'alias':
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        return this.scalarToken();
      case 'flow-seq-start':
      case 'flow-map-start':
        return { type: 'flow-collection', offset: token.offset, indent: this.indent, start: token, items: [], end: [] };
      case 'block-scalar-header':
        return { type: 'block-scalar', offset: token.offset, indent: this.indent, props: [token], source: '' };
      case 'seq-item-ind':
        return this.blockCollection('block-seq', token.offset, this.indent, { start: [token] });
      case 'map-value-ind': {
        this.onKeyLine = true;
        const start = firstKeyStartProps(prevProps(parent));
        return this.blockCollection('block-map', token.offset, this.indent, { start, key: null, sep: [token] });
      }
    }
    throw outside;
  }

  /** Closes the innermost open node and hands it to its parent. */
  private pop(): void {
    const token = this.stack.pop()!;
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      if (token !== this.documentHandedOut) this.out.push(token as CST.Token);
      return;
    }
    const block = isBlock(token);
    if (block) token.closed = true;
    if (token.type === 'flow-collection') {
      if (top.type === 'document') throw outside;
      flowSeqItems(token);
    }
    // A block scalar takes its parent's indentation, not its header's.
    if (token.type === 'block-scalar') token.indent = 'indent' in top ? top.indent : 0;
    if (!(block && token.attachedEarly)) this.attach(top, token);
    else this.afterClosed(top, token);
  }

  /** Hands a closed node to its parent, as `yaml`'s parser does when it pops one. */
  private attach(top: Open, token: Open): void {
    switch (top.type) {
      case 'document':
        top.value = token as CST.Token;
        break;
      case 'block-map': {
        const it = top.list[top.list.length - 1]!;
        if (it.value) {
          top.list.push({ start: [], key: token as CST.Token, sep: [] });
          this.onKeyLine = true;
          return;
        } else if (it.sep) {
          it.value = token as CST.Token;
        } else {
          it.key = token as CST.Token;
          it.sep = [];
          this.onKeyLine = true;
          return;
        }
        break;
      }
      case 'block-seq': {
        const it = top.list[top.list.length - 1]!;
        if (it.value) top.list.push({ start: [], value: token as CST.Token });
        else it.value = token as CST.Token;
        break;
      }
      default:
        throw outside;
    }
    if (isBlock(token)) this.afterClosed(top, token);
  }

  /**
   * Blank and comment lines that end a closed collection belong to its parent, unless a comment is indented as deep
   * as the collection.
   */
  private afterClosed(top: Open, token: BlockCollection): void {
    const last = token.list[token.list.length - 1];
    if (
      last && !last.sep && !last.value && last.start.length > 0 && allTrivia(last.start) &&
      (token.indent === 0 || !hasCommentAtLeast(last.start, token.indent))
    ) {
      if (top.type === 'document') {
        // A document handed out early has its `end` already (see `tokens`).
        if (top.end) for (const t of last.start) top.end.push(t);
        else top.end = last.start;
      } else if (top.type === 'block-map' || top.type === 'block-seq') {
        top.list.push({ start: last.start });
      }
      token.list.pop();
    }
  }
}

/** A block map or sequence (which the composer is handed item by item). */
function isBlock(token: { type: string } | null | undefined): token is MapToken | SeqToken {
  return token?.type === 'block-map' || token?.type === 'block-seq';
}

/** The item at `index` exists and has a key, a `:` or a value: the items before it are final. */
function hasBegun(list: readonly Item[], index: number): boolean {
  const it = list[index];
  return it !== undefined && (it.key !== undefined || it.sep !== undefined || it.value !== undefined);
}

/** What replaces an item handed out in its collection's `list` (see `nextItem`). */
const DROPPED = undefined as unknown as Item;

/** The tokens after a value on its line (scalars, aliases and flow collections have them). */
function endOf(token: CST.Token): SourceToken[] | undefined {
  return 'end' in token ? (token as { end?: SourceToken[] }).end : undefined;
}

// Plain loops rather than `some`/`every` with an arrow: these run for most tokens.

function hasType(tokens: readonly SourceToken[], type: SourceToken['type']): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.type === type) return true;
  return false;
}

/** Only spaces, comments and newlines. */
function allTrivia(tokens: readonly SourceToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens[i]!.type;
    if (type !== 'space' && type !== 'comment' && type !== 'newline') return false;
  }
  return true;
}

/** Only spaces and newlines. */
function onlyBlank(tokens: readonly SourceToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens[i]!.type;
    if (type !== 'space' && type !== 'newline') return false;
  }
  return true;
}

/** A comment indented at least `indent`. */
function hasCommentAtLeast(tokens: readonly SourceToken[], indent: number): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.type === 'comment' && tokens[i]!.indent >= indent) return true;
  return false;
}

/** The tokens before a key that belong to it: what follows the last line break or indicator in `prev`. */
function prevProps(parent: Open): SourceToken[] {
  switch (parent.type) {
    case 'document':
      return parent.start;
    case 'block-map': {
      const it = parent.list[parent.list.length - 1]!;
      return it.sep ?? it.start;
    }
    case 'block-seq':
      return parent.list[parent.list.length - 1]!.start;
    default:
      return [];
  }
}

/** `---` or `...` at the start of a line, alone or before a space: a document marker, not a scalar. */
function isDocumentMarker(text: string, pos: number, eol: number): boolean {
  const c = text[pos];
  if ((c !== '-' && c !== '.') || text[pos + 1] !== c || text[pos + 2] !== c) return false;
  return pos + 3 === eol || text[pos + 3] === ' ';
}

/** Removes from `prev` and returns its trailing props after the last newline or indicator, leading spaces skipped. */
function firstKeyStartProps(prev: SourceToken[]): SourceToken[] {
  if (prev.length === 0) return [];
  let i = prev.length;
  while (--i >= 0) {
    const type = prev[i]!.type;
    if (type === 'doc-start' || type === 'explicit-key-ind' || type === 'map-value-ind' || type === 'seq-item-ind' || type === 'newline') break;
  }
  while (prev[++i]?.type === 'space') {
    /* skip */
  }
  return i < prev.length ? prev.splice(i, prev.length) : [];
}

/**
 * For an empty value followed by blank or comment lines and then the next key: from the second line break on
 * (after the last token that is not a space, a shallow comment or a newline), the tokens go to the next key.
 */
function emptyValueTrailer(sep: SourceToken[], mapIndent: number): SourceToken[] {
  // How many line breaks since the last token that counts, and where the second one is.
  let newlines = 0;
  let second = -1;
  for (let i = 0; i < sep.length; i++) {
    const t = sep[i]!;
    if (t.type === 'newline') {
      if (++newlines === 2) second = i;
    } else if (t.type === 'space') continue;
    else if (t.type !== 'comment' || t.indent > mapIndent) newlines = 0;
  }
  return newlines >= 2 ? sep.splice(second) : [];
}

/** Items of a closed flow sequence hold their scalar as the value, with what followed it as its end. */
function flowSeqItems(flow: FlowToken): void {
  if (flow.start.type !== 'flow-seq-start') return;
  for (let i = 0; i < flow.items.length; i++) {
    const it = flow.items[i]!;
    if (!it.sep || it.value) continue;
    const value = it.key as ScalarToken;
    if (value.end) for (const t of it.sep) value.end.push(t);
    else value.end = it.sep;
    flow.items[i] = { start: it.start, value };
  }
}
