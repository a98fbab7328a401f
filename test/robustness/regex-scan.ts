/**
 * Finds the regular-expression literals in server/src (with the TypeScript parser, so strings and comments
 * never pass for regexes) and builds the inputs that make a backtracking regex slow: long runs of one or two
 * characters the pattern mentions, after the literal text the pattern starts with, ending in a character
 * that makes the match fail late.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  regex: RegExp;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

export function regexLiterals(root: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const path of sourceFiles(join(root, 'server/src'))) {
    const text = readFileSync(path, 'utf8');
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(file);
        const slash = literal.lastIndexOf('/');
        try {
          found.push({
            file: relative(root, path),
            line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
            source: literal,
            regex: new RegExp(literal.slice(1, slash), literal.slice(slash + 1)),
          });
        } catch {
          // A literal Node cannot compile would fail at load time anyway; the type-checker reports it.
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

/** Characters worth repeating: those the pattern names, plus the classes \s \w \d . usually stand for. */
function candidateChars(source: string): string[] {
  const chars = new Set<string>([' ', '\t', 'a', 'A', '0', '-', '_', '.', '/', ':', '=', '"', "'", '\\', '$', '{', '}', '#', ',', '@', '\n', '\r']);
  for (const c of source.replace(/\\[sdwSDWbBnrt]/g, '')) if (c >= ' ' && c <= '~' && !'()[]^|?*+'.includes(c)) chars.add(c);
  return [...chars];
}

/** The literal text a pattern starts with (`^hadolint\s+` → `hadolint`), so runs land where the pattern repeats. */
function literalPrefix(regex: RegExp): string {
  const m = /^\^?((?:[A-Za-z0-9 _=:#@/,-]|\\[./\-#=:@])*)/.exec(regex.source);
  return (m?.[1] ?? '').replace(/\\(.)/g, '$1');
}

export interface Attack {
  label: string;
  build(n: number): string;
}

export function attacks(regex: RegExp, source: string): Attack[] {
  const prefix = literalPrefix(regex);
  const chars = candidateChars(source);
  const out: Attack[] = [];
  for (const c of chars) {
    for (const tail of ['\u0000', '!\n']) {
      out.push({ label: `${JSON.stringify(prefix)} + ${JSON.stringify(c)}×n + ${JSON.stringify(tail)}`, build: (n) => prefix + c.repeat(n) + tail });
    }
  }
  // Two-character runs catch nested quantifiers over alternations such as (a|ab)* or (\s*,\s*)*.
  const pairs = [' \t', 'a ', 'a-', 'a.', 'a/', '\\ ', '\\a', '${', '$a', 'a=', 'a,', 'a:', '" ', '- ', '\\\n', 'a\n'];
  for (const p of pairs) out.push({ label: `${JSON.stringify(prefix)} + ${JSON.stringify(p)}×n + "\\u0000"`, build: (n) => prefix + p.repeat(n) + '\u0000' });
  return out;
}

/** Best of `runs` timings of one exec, in ms. */
export function timeExec(regex: RegExp, input: string, runs = 3): number {
  // V8 interprets a regex's first runs and compiles it to machine code later (tier-up): an untimed run
  // first, so n and 4n are both timed in the same tier.
  regex.lastIndex = 0;
  regex.exec(input);
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    regex.lastIndex = 0;
    const t0 = performance.now();
    regex.exec(input);
    best = Math.min(best, performance.now() - t0);
  }
  regex.lastIndex = 0;
  return best;
}
