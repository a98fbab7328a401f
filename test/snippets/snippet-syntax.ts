// A small parser and expander for VS Code's snippet syntax (the TextMate dialect VS Code implements),
// used by the snippet tests. It follows VS Code's rules:
//   tabstop      $1  ${1}
//   placeholder  ${1:default}        (defaults may nest other placeholders, variables, text)
//   choice       ${1|a,b|}           (expands to the first option)
//   variable     $NAME  ${NAME}  ${NAME:default}
//   escapes      \$ \} \\ in text and defaults; \, \| \\ inside choice options
// Placeholders sharing an index are mirrors: the first one (in document order) that has a value
// gives the value to all of them, exactly as VS Code fills them in when the snippet is inserted.
// Transforms (${1/regex/format/flags}) are reported as unsupported: our snippets do not use them.

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: SnippetNode[] | undefined };

/** Something VS Code would accept but that is almost certainly a mistake in a snippet file. */
export interface SnippetProblem {
  offset: number;
  message: string;
}

export interface ParsedSnippet {
  nodes: SnippetNode[];
  problems: SnippetProblem[];
}

/** Variables VS Code resolves when it inserts a snippet. Any other `$NAME` is inserted as the text NAME. */
export const KNOWN_SNIPPET_VARIABLES: ReadonlySet<string> = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER',
  'TM_FILENAME', 'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH',
  'CLIPBOARD', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER',
  'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT',
  'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE',
  'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID',
  'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

const DIGITS = /[0-9]/;
const VAR_START = /[_a-zA-Z]/;
const VAR_PART = /[_a-zA-Z0-9]/;

class Parser {
  private pos = 0;
  readonly problems: SnippetProblem[] = [];

  constructor(private readonly src: string) {}

  parseAll(): SnippetNode[] {
    const nodes = this.parseSequence(false);
    return nodes;
  }

  /** Parses until the end of input, or (inside a placeholder default) until an unescaped `}`. */
  private parseSequence(insideBraces: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '\\') {
        const next = this.src[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
        } else {
          text += ch;
          this.pos += 1;
        }
        continue;
      }
      if (ch === '}' && insideBraces) break;
      if (ch === '$') {
        const start = this.pos;
        const node = this.parseDollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          // VS Code keeps a `$` that starts no valid construct as text; in a snippet file it is
          // almost always a shell or Compose variable that should have been written `\$`.
          this.problems.push({ offset: start, message: 'a "$" that starts no tabstop, placeholder or variable: escape it as "\\$"' });
          this.pos = start + 1;
          text += '$';
        }
        continue;
      }
      text += ch;
      this.pos += 1;
    }
    flush();
    return nodes;
  }

  private readWhile(re: RegExp): string {
    let out = '';
    while (this.pos < this.src.length && re.test(this.src[this.pos])) {
      out += this.src[this.pos];
      this.pos += 1;
    }
    return out;
  }

  private readVariableName(): string {
    if (this.pos >= this.src.length || !VAR_START.test(this.src[this.pos])) return '';
    return this.readWhile(VAR_PART);
  }

  /** At a `$`: returns the construct, or undefined (position unchanged) when none starts here. */
  private parseDollar(): SnippetNode | undefined {
    const start = this.pos;
    this.pos += 1; // '$'
    const digits = this.readWhile(DIGITS);
    if (digits) return { kind: 'tabstop', index: Number(digits) };
    const name = this.readVariableName();
    if (name) {
      this.noteVariable(name, start);
      return { kind: 'variable', name, children: undefined };
    }
    if (this.src[this.pos] !== '{') {
      this.pos = start;
      return undefined;
    }
    this.pos += 1; // '{'
    const index = this.readWhile(DIGITS);
    if (index) {
      const n = Number(index);
      const c = this.src[this.pos];
      if (c === '}') {
        this.pos += 1;
        return { kind: 'tabstop', index: n };
      }
      if (c === ':') {
        this.pos += 1;
        const children = this.parseSequence(true);
        if (this.src[this.pos] !== '}') {
          this.problems.push({ offset: start, message: `placeholder \${${n}:…} is not closed with "}"` });
          return { kind: 'placeholder', index: n, children };
        }
        this.pos += 1;
        return { kind: 'placeholder', index: n, children };
      }
      if (c === '|') {
        this.pos += 1;
        const options = this.parseChoiceOptions(start, n);
        if (options) return { kind: 'choice', index: n, options };
        this.pos = start;
        return undefined;
      }
      if (c === '/') {
        this.problems.push({ offset: start, message: 'transforms are not supported by this expander' });
      }
      this.pos = start;
      return undefined;
    }
    const varName = this.readVariableName();
    if (varName) {
      const c = this.src[this.pos];
      if (c === '}') {
        this.pos += 1;
        this.noteVariable(varName, start);
        return { kind: 'variable', name: varName, children: undefined };
      }
      if (c === ':') {
        this.pos += 1;
        const children = this.parseSequence(true);
        if (this.src[this.pos] !== '}') {
          this.problems.push({ offset: start, message: `variable \${${varName}:…} is not closed with "}"` });
        } else {
          this.pos += 1;
        }
        this.noteVariable(varName, start);
        return { kind: 'variable', name: varName, children };
      }
      if (c === '/') {
        this.problems.push({ offset: start, message: 'transforms are not supported by this expander' });
      }
    }
    this.pos = start;
    return undefined;
  }

  /** After `${n|`: options separated by `,`, ended by `|}`. Returns undefined when malformed. */
  private parseChoiceOptions(start: number, index: number): string[] | undefined {
    const options: string[] = [];
    let current = '';
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '\\') {
        const next = this.src[this.pos + 1];
        if (next === ',' || next === '|' || next === '\\') {
          current += next;
          this.pos += 2;
          continue;
        }
        current += ch;
        this.pos += 1;
        continue;
      }
      if (ch === ',') {
        options.push(current);
        current = '';
        this.pos += 1;
        continue;
      }
      if (ch === '|') {
        if (this.src[this.pos + 1] !== '}') break;
        options.push(current);
        this.pos += 2;
        if (options.some((o) => o === '')) {
          this.problems.push({ offset: start, message: `choice \${${index}|…|} has an empty option` });
        }
        return options;
      }
      current += ch;
      this.pos += 1;
    }
    this.problems.push({ offset: start, message: `choice \${${index}|…|} is not closed with "|}"` });
    return undefined;
  }

  private noteVariable(name: string, offset: number): void {
    if (!KNOWN_SNIPPET_VARIABLES.has(name)) {
      this.problems.push({
        offset,
        message: `unknown snippet variable "${name}": VS Code would insert the text "${name}"; escape the "$" if it is meant literally`,
      });
    }
  }
}

export function parseSnippet(body: string): ParsedSnippet {
  const parser = new Parser(body);
  const nodes = parser.parseAll();
  return { nodes, problems: parser.problems };
}

/** Snippet bodies may be a string or an array of lines (joined with "\n", as VS Code does). */
export function snippetBodyText(body: string | string[]): string {
  return Array.isArray(body) ? body.join('\n') : body;
}

function* walk(nodes: SnippetNode[]): Generator<SnippetNode> {
  for (const node of nodes) {
    yield node;
    if (node.kind === 'placeholder') yield* walk(node.children);
    if (node.kind === 'variable' && node.children) yield* walk(node.children);
  }
}

/** Every tabstop index used, with the default text of the first placeholder or choice that defines it. */
export function placeholderDefinitions(nodes: SnippetNode[]): Map<number, SnippetNode[]> {
  const defs = new Map<number, SnippetNode[]>();
  for (const node of walk(nodes)) {
    if (node.kind === 'placeholder' && node.children.length > 0 && !defs.has(node.index)) {
      defs.set(node.index, node.children);
    } else if (node.kind === 'choice' && !defs.has(node.index)) {
      defs.set(node.index, [{ kind: 'text', value: node.options[0] ?? '' }]);
    }
  }
  return defs;
}

/** All nodes, in document order (placeholder defaults included). */
export function allNodes(nodes: SnippetNode[]): SnippetNode[] {
  return [...walk(nodes)];
}

export interface ExpandOptions {
  /** Values for VS Code variables (TM_FILENAME…). Unset known variables use their default, else "". */
  variables?: Record<string, string>;
}

/** The text VS Code inserts when the user accepts every default: first choices, default placeholders. */
export function expandSnippet(body: string | string[], options: ExpandOptions = {}): string {
  const { nodes } = parseSnippet(snippetBodyText(body));
  const defs = placeholderDefinitions(nodes);
  const variables = options.variables ?? {};

  const render = (list: SnippetNode[], expanding: ReadonlySet<number>): string => {
    let out = '';
    for (const node of list) {
      switch (node.kind) {
        case 'text':
          out += node.value;
          break;
        case 'tabstop':
        case 'placeholder':
        case 'choice': {
          const def = defs.get(node.index);
          // A placeholder whose default contains its own index would recurse forever; VS Code drops it.
          if (def && !expanding.has(node.index)) {
            out += render(def, new Set([...expanding, node.index]));
          }
          break;
        }
        case 'variable': {
          const value = variables[node.name];
          if (value !== undefined && value !== '') out += value;
          else if (!KNOWN_SNIPPET_VARIABLES.has(node.name)) out += node.name;
          else if (node.children) out += render(node.children, expanding);
          break;
        }
      }
    }
    return out;
  };
  return render(nodes, new Set());
}
