/**
 * Builds `yaml` documents straight from `block-yaml`'s tokens: the nodes `yaml`'s own `Composer` would build
 * (`Scalar`, `YAMLMap`, `YAMLSeq`, `Pair`, `Alias` in a `Document`, with the same values, ranges, comments and
 * blank-line marks), without the composer's per-node bookkeeping (a props object, closures and a result object for
 * every key and value). It allocates little beyond the nodes it returns: a Compose lint allocates a quarter less
 * (37 instead of 49 MB for the bench's 100× file) and parses about a third faster.
 *
 * It builds only documents `yaml` composes without an error or a warning. Wherever `yaml`'s composer would report
 * one, or meets a token this one does not build (a flow mapping with pairs, a pair in a flow sequence), it stops,
 * and the caller composes the text with `yaml`'s `Composer`, which reports exactly what it always did. Block
 * scalars are resolved by `yaml` itself (see `blockScalar`). `test/model/block-yaml.test.ts` compares the documents
 * with `parseAllDocuments`' on generated stacks, the repository's Compose files and thousands of mutants.
 */
import { Alias, Composer, Document, Pair, Scalar, YAMLMap, YAMLSeq, type CST, type Schema } from 'yaml';
import { newMap, newPair, newScalar, newSeq } from './fast-nodes';

type SourceToken = CST.SourceToken;
type Token = CST.Token;
type ComposerOptions = ConstructorParameters<typeof Composer>[0];
type Indicator = 'doc-start' | 'explicit-key-ind' | 'map-value-ind' | 'seq-item-ind';
type ScalarTag = { default?: boolean | 'key'; test?: RegExp; collection?: string; format?: string; resolve: (value: string, onError: (message: string) => void, options: unknown) => unknown };

/** Thrown where `yaml`'s composer would report a problem, or on a token left to it. */
class LeftToYaml extends Error {}
const leftToYaml = new LeftToYaml('left to yaml');
const leave = (): never => {
  throw leftToYaml;
};

/** `yaml`'s key for a schema's string tag (a registered symbol, as `yaml` defines it). */
const SCALAR_TAG = Symbol.for('yaml.scalar');

/**
 * The first characters of a plain scalar that one of the core schema's tags (null, bool, int, float, merge) might
 * read as something other than a string. A scalar starting with any other character is a string, without trying
 * the tags' expressions one by one; the others are resolved exactly as `yaml` resolves them.
 */
const MAYBE_NOT_A_STRING = /^(?:$|[~nNtTfF0-9+\-.<])/;

/**
 * True when this composer can stand in for `yaml`'s with these options: Compose's (`parse.ts`). Duplicate keys,
 * strict mode, kept source tokens, string-only keys and another schema than YAML 1.2's core schema change what
 * `yaml` reports or builds, and are left to it.
 */
export function composesDirectly(options: ComposerOptions): boolean {
  if (options === undefined || options.uniqueKeys !== false || options.strict !== false) return false;
  if (options.keepSourceTokens || options.stringKeys || options.customTags || options.compat) return false;
  return (options.version ?? '1.2') === '1.2' && (options.schema ?? 'core') === 'core';
}

/**
 * The documents of a token stream, or undefined where `yaml`'s composer must build them. `rethrow` (the tests)
 * lets an error other than giving up escape; otherwise any error means undefined.
 */
export function composeDirectly(tokens: Iterable<Token>, options: ComposerOptions, rethrow = false): Document.Parsed[] | undefined {
  try {
    return new DirectComposer(options).compose(tokens);
  } catch (e) {
    if (e === leftToYaml || !rethrow) return undefined;
    throw e;
  }
}

class DirectComposer {
  private schema!: Schema;
  private tags: readonly ScalarTag[] = [];
  private stringTag!: ScalarTag;
  /** The document's options, which `yaml` hands to a tag's `resolve`. */
  private docOptions: unknown;
  /** Sources of the comments and line breaks outside a document, as `Composer` collects them. */
  private prelude: string[] = [];

  // What the last `props` call read (fields, not an object per call: the callers copy what they keep).
  private spaceBefore = false;
  private comment = '';
  private hasNewline = false;
  private anchor: SourceToken | null = null;
  private found: SourceToken | null = null;
  private comma: SourceToken | null = null;
  private newlineAfterProp: SourceToken | null = null;
  private end = 0;
  /**
   * The items of the collections being built, innermost last: each takes its own off the top when done, as an array
   * of exactly its length. Pushed one by one onto its own `[]`, a collection's items would sit in room for 17 (what
   * a first push reserves), and a Compose model holds thousands of small maps that live as long as the lint.
   */
  private readonly pending: unknown[] = [];
  /** How many of `pending`'s slots are in use (the array is not shortened: setting `length` is a slow call). */
  private pendingCount = 0;

  constructor(private readonly options: ComposerOptions) {}

  compose(tokens: Iterable<Token>): Document.Parsed[] {
    const docs: Document.Parsed[] = [];
    // The directives a document starts from: a `Composer`'s (a private field), which `Document` copies.
    const directives = (new Composer(this.options) as unknown as { directives: unknown }).directives;
    for (const token of tokens) {
      switch (token.type) {
        case 'document': {
          if (docs.length > 0) leave();
          const doc = this.document(token, directives);
          this.decorate(doc, false);
          docs.push(doc);
          break;
        }
        case 'comment':
        case 'newline':
          this.prelude.push(token.source);
          break;
        case 'space':
          break;
        default:
          leave();
      }
    }
    if (docs.length > 0) this.decorate(docs[0]!, true);
    return docs;
  }

  /** `Composer`'s placing of the comments around a document; any `%` line (a directive) is left to `yaml`. */
  private decorate(doc: Document.Parsed, afterDoc: boolean): void {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (const source of this.prelude) {
      if (source[0] === '#') {
        comment += (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') + (source.substring(1) || ' ');
        atComment = true;
        afterEmptyLine = false;
      } else if (source[0] === '%') {
        leave();
      } else {
        if (!atComment) afterEmptyLine = true;
        atComment = false;
      }
    }
    this.prelude = [];
    if (!comment) return;
    const contents = doc.contents;
    if (afterDoc) {
      doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
    } else if (afterEmptyLine || doc.directives.docStart || !contents) {
      doc.commentBefore = comment;
    } else if ((contents instanceof YAMLMap || contents instanceof YAMLSeq) && !contents.flow && contents.items.length > 0) {
      let first = contents.items[0] as { key?: unknown; commentBefore?: string | null };
      if (first instanceof Pair) first = first.key as { commentBefore?: string | null };
      const before = first.commentBefore;
      first.commentBefore = before ? `${comment}\n${before}` : comment;
    } else {
      const before = contents.commentBefore;
      contents.commentBefore = before ? `${comment}\n${before}` : comment;
    }
  }

  private document(token: CST.Document, directives: unknown): Document.Parsed {
    const doc = new Document(undefined, { _directives: directives, ...this.options } as ComposerOptions) as Document.Parsed;
    this.schema = doc.schema;
    const schema = doc.schema as unknown as { tags: ScalarTag[]; compat?: unknown; [SCALAR_TAG]: ScalarTag };
    if (schema.compat) leave();
    this.tags = schema.tags.filter((tag) => !tag.collection);
    this.stringTag = schema[SCALAR_TAG];
    this.docOptions = doc.options;
    const value = token.value;
    if (!value) leave();
    this.props(token.start, 'doc-start', token.offset, true, value, false);
    if (this.found) doc.directives.docStart = true;
    if (this.found && (value!.type === 'block-map' || value!.type === 'block-seq') && !this.hasNewline) leave();
    const contents = this.node(value!, false);
    doc.contents = contents as Document.Parsed['contents'];
    const contentEnd = contents.range![2];
    const end = this.endOf(token.end, contentEnd);
    if (this.comment) doc.comment = this.comment;
    doc.range = [token.offset, contentEnd, end];
    return doc;
  }

  /**
   * Reads the tokens before a node (`yaml`'s `resolveProps`, for what the reader yields): blank lines, comments,
   * an anchor and the indicator (`-`, `:`, `---`). Leaves the text to `yaml` wherever that reports a problem.
   */
  private props(tokens: readonly SourceToken[], indicator: Indicator, offset: number, startOnNewline: boolean, next: Token | undefined, flow: boolean): void {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let anchor: SourceToken | null = null;
    let found: SourceToken | null = null;
    let comma: SourceToken | null = null;
    let newlineAfterProp: SourceToken | null = null;
    for (const token of tokens) {
      const type = token.type;
      if (reqSpace) {
        if (type !== 'space' && type !== 'newline' && type !== 'comma') leave();
        reqSpace = false;
      }
      if (type === 'space') {
        if (token.source.includes('\t')) leave();
        hasSpace = true;
      } else if (type === 'comment') {
        if (!hasSpace) leave();
        const text = token.source.substring(1) || ' ';
        comment = comment ? comment + commentSep + text : text;
        commentSep = '';
        atNewline = false;
      } else if (type === 'newline') {
        if (atNewline) {
          if (comment) comment += token.source;
          else if (!found || indicator !== 'seq-item-ind') spaceBefore = true;
        } else {
          commentSep += token.source;
        }
        atNewline = true;
        hasNewline = true;
        if (anchor) newlineAfterProp = token;
        hasSpace = true;
      } else if (type === 'anchor') {
        if (anchor || token.source.endsWith(':')) leave();
        anchor = token;
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
      } else if (type === indicator) {
        if (anchor || found) leave();
        found = token;
        atNewline = indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
        hasSpace = false;
      } else if (type === 'comma' && flow) {
        if (comma) leave();
        comma = token;
        atNewline = false;
        hasSpace = false;
      } else {
        leave();
      }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace && next && next.type !== 'space' && next.type !== 'newline' && next.type !== 'comma' && (next.type !== 'scalar' || next.source !== '')) leave();
    this.spaceBefore = spaceBefore;
    this.comment = comment;
    this.hasNewline = hasNewline;
    this.anchor = anchor;
    this.found = found;
    this.comma = comma;
    this.newlineAfterProp = newlineAfterProp;
    this.end = end;
  }

  /**
   * The comment after a node (`yaml`'s `resolveEnd`), left in `comment`; returns where the node's trailing
   * space, comment and line breaks end.
   */
  private endOf(tokens: readonly SourceToken[] | undefined, offset: number): number {
    let comment = '';
    if (tokens) {
      let sep = '';
      for (const token of tokens) {
        const { source, type } = token;
        if (type === 'comment') {
          const text = source.substring(1) || ' ';
          comment = comment ? comment + sep + text : text;
          sep = '';
        } else if (type === 'newline') {
          if (comment) sep += source;
        } else if (type !== 'space') {
          leave();
        }
        offset += source.length;
      }
    }
    this.comment = comment;
    return offset;
  }

  /** A node with the props just read (`yaml`'s `composeNode`); `atKey` when it is a map's key. */
  private node(token: Token, atKey: boolean): Scalar | Alias | YAMLMap | YAMLSeq {
    // Read before building: a collection's items read props of their own.
    const spaceBefore = this.spaceBefore;
    const comment = this.comment;
    const anchor = this.anchor;
    const newlineAfterProp = this.newlineAfterProp;
    let node: Scalar | Alias | YAMLMap | YAMLSeq;
    switch (token.type) {
      case 'alias':
        if (anchor) leave();
        node = this.alias(token);
        break;
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        node = this.flowScalar(token, atKey);
        break;
      case 'block-scalar':
        node = this.blockScalar(token);
        break;
      case 'block-map':
        node = this.blockMap(token);
        break;
      case 'block-seq':
        if (anchor && (!newlineAfterProp || newlineAfterProp.offset < anchor.offset)) leave();
        node = this.blockSeq(token);
        break;
      case 'flow-collection':
        node = this.flowCollection(token);
        break;
      default:
        return leave();
    }
    if (anchor) {
      node.anchor = anchor.source.substring(1);
      if (node.anchor === '') leave();
    }
    if (spaceBefore) node.spaceBefore = true;
    if (comment) {
      if (token.type === 'scalar' && token.source === '') node.comment = comment;
      else node.commentBefore = comment;
    }
    return node;
  }

  /** The null scalar of an empty key or value (`yaml`'s `composeEmptyNode`), with the props just read. */
  private emptyNode(offset: number, before: readonly SourceToken[] | undefined): Scalar {
    const at = emptyScalarPosition(offset, before);
    const node = this.plainScalar('', at, at, at, false);
    if (this.anchor) {
      node.anchor = this.anchor.source.substring(1);
      if (node.anchor === '') leave();
    }
    if (this.spaceBefore) node.spaceBefore = true;
    if (this.comment) {
      node.comment = this.comment;
      node.range![2] = this.end;
    }
    return node;
  }

  private alias(token: CST.FlowScalar): Alias {
    const { offset, source } = token;
    const alias = new Alias(source.substring(1));
    if (alias.source === '' || alias.source.endsWith(':')) leave();
    const valueEnd = offset + source.length;
    const end = this.endOf(token.end, valueEnd);
    alias.range = [offset, valueEnd, end];
    if (this.comment) alias.comment = this.comment;
    return alias;
  }

  private flowScalar(token: CST.FlowScalar, atKey: boolean): Scalar {
    const { offset, source } = token;
    const valueEnd = offset + source.length;
    const end = this.endOf(token.end, valueEnd);
    const comment = this.comment;
    let scalar: Scalar;
    if (token.type === 'scalar') {
      scalar = this.plainScalar(source, offset, valueEnd, end, atKey);
    } else {
      const quote = source[0]!;
      if (source.length < 2 || source[source.length - 1] !== quote || source.includes('\n')) leave();
      const inner = source.slice(1, -1);
      const value = quote === "'" ? inner.replaceAll("''", "'") : inner.includes('\\') ? unescapeDoubleQuoted(inner) : inner;
      const resolved = this.stringTag.resolve(value, leave, this.docOptions);
      scalar = resolved instanceof Scalar ? resolved : newScalar(resolved);
      scalar.range = [offset, valueEnd, end];
      scalar.source = value;
      scalar.type = quote === "'" ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
    }
    if (comment) scalar.comment = comment;
    return scalar;
  }

  /** A plain scalar on one line, its value resolved by the schema's tags as `yaml` resolves it. */
  private plainScalar(source: string, offset: number, valueEnd: number, end: number, atKey: boolean): Scalar {
    const first = source[0];
    if (first === ',' || first === '%' || first === '|' || first === '>' || first === '@' || first === '`' || first === '\t' || source.includes('\n')) leave();
    let tag = this.stringTag;
    if (MAYBE_NOT_A_STRING.test(source)) {
      for (const t of this.tags) {
        if ((t.default === true || (atKey && t.default === 'key')) && t.test?.test(source)) {
          tag = t;
          break;
        }
      }
    }
    const resolved = tag.resolve(source, leave, this.docOptions);
    const scalar = resolved instanceof Scalar ? resolved : newScalar(resolved);
    scalar.range = [offset, valueEnd, end];
    scalar.source = source;
    scalar.type = Scalar.PLAIN;
    if (tag.format) scalar.format = tag.format;
    return scalar;
  }

  /**
   * A block scalar (`|`, `>-`), resolved by `yaml`: a document holding only this token, composed by `yaml`'s
   * `Composer`. Its folding and chomping rules are subtle and block scalars are few, so `yaml` keeps that work.
   */
  private blockScalar(token: CST.BlockScalar): Scalar {
    // Composed alone, the scalar is a document's root, where `yaml` accepts content lines that are not indented; in a
    // collection it reports them. Such lines are left to `yaml` here.
    if (/^[^ \r\n]|\n[^ \r\n]/.test(token.source)) leave();
    const doc = new Composer(this.options).compose([{ type: 'document', offset: token.offset, start: [], value: token }]).next().value;
    const scalar = doc?.contents;
    if (!doc || doc.errors.length > 0 || doc.warnings.length > 0 || !(scalar instanceof Scalar)) return leave();
    return scalar;
  }

  private blockMap(token: CST.BlockMap): YAMLMap {
    const map = newMap(this.schema);
    const first = this.pendingCount;
    let offset = token.offset;
    let commentEnd: number | undefined;
    for (const item of token.items) {
      const key = item.key ?? undefined;
      const sep = item.sep;
      this.props(item.start, 'explicit-key-ind', offset, true, key ?? sep?.[0], false);
      if (this.found) leave(); // an explicit key (`?`); the reader does not read them
      if (key && (key.type === 'block-seq' || ('indent' in key && key.indent !== token.indent))) leave();
      if (!this.anchor && !sep) {
        // Comments and blank lines between items (no `:`): they make the map's comment, as in `yaml`
        commentEnd = this.end;
        if (this.comment) map.comment = map.comment ? `${map.comment}\n${this.comment}` : this.comment;
        continue;
      }
      if (this.newlineAfterProp || containsNewline(key)) leave();
      const keyNode = key ? this.node(key, true) : this.emptyNode(this.end, item.start);
      this.props(sep ?? [], 'map-value-ind', keyNode.range![2], !key || key.type === 'block-scalar', item.value, false);
      offset = this.end;
      if (!this.found) leave(); // a key without `:`
      const value = item.value;
      if (value?.type === 'block-map' && !this.hasNewline) leave();
      const valueNode = value ? this.node(value, false) : this.emptyNode(offset, sep);
      offset = valueNode.range![2];
      this.pending[this.pendingCount++] = newPair(keyNode, valueNode);
    }
    map.items = this.takeFrom(first) as Pair[];
    if (commentEnd !== undefined && commentEnd < offset) leave();
    map.range = [token.offset, offset, commentEnd ?? offset];
    return map;
  }

  /** The pending items from `first` on, taken off the stack: a new array of exactly their number. */
  private takeFrom(first: number): unknown[] {
    const count = this.pendingCount;
    this.pendingCount = first;
    return first === count ? [] : this.pending.slice(first, count);
  }

  private blockSeq(token: CST.BlockSequence): YAMLSeq {
    const seq = newSeq(this.schema);
    const first = this.pendingCount;
    let offset = token.offset;
    let commentEnd: number | undefined;
    for (const item of token.items) {
      const value = item.value;
      this.props(item.start, 'seq-item-ind', offset, true, value, false);
      if (!this.found) {
        if (this.anchor || value) leave();
        commentEnd = this.end;
        if (this.comment) seq.comment = this.comment;
        continue;
      }
      const node = value ? this.node(value, false) : this.emptyNode(this.end, item.start);
      offset = node.range![2];
      this.pending[this.pendingCount++] = node;
    }
    seq.items = this.takeFrom(first);
    seq.range = [token.offset, offset, commentEnd ?? offset];
    return seq;
  }

  /** A flow sequence of single values on one line (`[a, "b"]`), or an empty one (`[]`, `{}`); pairs are left to `yaml`. */
  private flowCollection(token: CST.FlowCollection): YAMLSeq | YAMLMap {
    const isMap = token.start.source === '{';
    const collection = isMap ? newMap(this.schema) : newSeq(this.schema);
    collection.flow = true;
    let offset = token.offset + token.start.source.length;
    const items = token.items;
    for (let i = 0; i < items.length; i++) {
      const { start, key, sep, value } = items[i]!;
      this.props(start, 'explicit-key-ind', offset, false, key ?? sep?.[0], true);
      // Comments, pairs (`[a: 1]`) and misplaced commas are left to yaml.
      if (this.found || this.comment || key || sep || (i === 0) === (this.comma !== null)) leave();
      if (!this.anchor && !value) {
        if (i < items.length - 1) leave(); // an empty item
        offset = this.end;
        continue;
      }
      if (isMap || value?.type === 'block-map' || value?.type === 'block-seq') leave();
      const node = value ? this.node(value, false) : this.emptyNode(this.end, undefined);
      (collection as YAMLSeq).items.push(node);
      offset = node.range![2];
    }
    const [close, ...after] = token.end;
    if (close?.source !== (isMap ? '}' : ']')) leave();
    const closeEnd = close!.offset + close!.source.length;
    if (after.length > 0) {
      const end = this.endOf(after, closeEnd);
      if (this.comment) collection.comment = this.comment;
      collection.range = [token.offset, closeEnd, end];
    } else {
      collection.range = [token.offset, closeEnd, closeEnd];
    }
    return collection;
  }
}

/** Where `yaml` places an empty node: after the last token before it that is not white space or a comment. */
function emptyScalarPosition(offset: number, before: readonly SourceToken[] | undefined): number {
  if (!before) return offset;
  for (let i = before.length - 1; i >= 0; --i) {
    const type = before[i]!.type;
    if (type === 'space' || type === 'comment' || type === 'newline') {
      offset -= before[i]!.source.length;
      continue;
    }
    for (let j = i + 1; before[j]?.type === 'space'; j++) offset += before[j]!.source.length;
    break;
  }
  return offset;
}

/** True when an implicit key spans lines (`yaml` reports it); the reader's keys are scalars or flow sequences. */
function containsNewline(key: Token | undefined): boolean {
  if (!key) return false;
  if (key.type === 'scalar' || key.type === 'single-quoted-scalar' || key.type === 'double-quoted-scalar' || key.type === 'alias') {
    return key.source.includes('\n') || (key.end?.some((t) => t.type === 'newline') ?? false);
  }
  return key.type !== 'flow-collection' || key.items.some((it) => it.start.some((t) => t.type === 'newline') || it.sep?.some((t) => t.type === 'newline') || containsNewline(it.key ?? undefined) || containsNewline(it.value));
}

/** YAML's one-character escapes in double quotes. */
const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t',
};

/** The value of a double-quoted scalar on one line, between its quotes; an invalid escape is left to `yaml`. */
function unescapeDoubleQuoted(inner: string): string {
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = inner[++i];
    if (next === undefined) return leave();
    const simple = Object.hasOwn(ESCAPES, next) ? ESCAPES[next] : undefined;
    if (simple !== undefined) {
      out += simple;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = inner.substr(i + 1, length);
      if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) leave();
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) leave();
      out += String.fromCodePoint(code);
      i += length;
    } else {
      leave();
    }
  }
  return out;
}
