// Tokenises the sample files under fixtures/ with vscode-textmate and vscode-oniguruma and checks the
// scopes our grammars give. The injection grammars are loaded the way VS Code loads them: the registry
// asks getInjections() for the grammars that package.json says inject into a scope.
//
// VS Code's own Dockerfile, YAML, shell and Python grammars are not in node_modules, so small stand-ins
// under fixtures/ take their scope names (see fixtures/README.md).
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'syntaxes', 'fixtures');

interface GrammarContribution {
  scopeName: string;
  path: string;
  language?: string;
  injectTo?: string[];
  embeddedLanguages?: Record<string, string>;
}

const contributed = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { grammars: GrammarContribution[] };
}).contributes.grammars;

const STAND_INS: Record<string, string> = {
  'source.dockerfile': 'base-dockerfile.tmLanguage.json',
  'source.yaml': 'base-yaml.tmLanguage.json',
  'source.shell': 'base-shell.tmLanguage.json',
  'source.python': 'base-python.tmLanguage.json',
};

function grammarFile(scopeName: string): string | undefined {
  const ours = contributed.find((g) => g.scopeName === scopeName);
  if (ours) return path.join(ROOT, ours.path);
  const standIn = STAND_INS[scopeName];
  return standIn ? path.join(FIXTURES, standIn) : undefined;
}

let registry: vsctm.Registry;

async function createRegistry(): Promise<vsctm.Registry> {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      const file = grammarFile(scopeName);
      if (!file) return null;
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
    getInjections: (scopeName: string) =>
      contributed.filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
  });
}

interface Token {
  text: string;
  scopes: string[];
}

async function tokenize(scopeName: string, fixture: string): Promise<Token[][]> {
  const grammar = await registry.loadGrammar(scopeName);
  assert.ok(grammar, `grammar ${scopeName} did not load`);
  const lines = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8').replace(/\n$/, '').split('\n');
  let state = vsctm.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

class Tokens {
  constructor(private readonly lines: Token[][]) {}

  /** Index of the nth (0-based) line whose text is exactly `text`. */
  lineIndex(text: string, nth = 0): number {
    let seen = 0;
    for (let i = 0; i < this.lines.length; i++) {
      if (this.lines[i]!.map((t) => t.text).join('') === text && seen++ === nth) return i;
    }
    throw new Error(`no line ${JSON.stringify(text)} (#${nth}) in the fixture`);
  }

  /**
   * Scopes of the token holding `fragment` on that line (its `occurrence`-th appearance, 0-based; `line`
   * picks among identical lines). The fragment must sit inside one token.
   */
  scopes(line: string, fragment: string, where: { line?: number; occurrence?: number } = {}): string[] {
    const tokens = this.lines[this.lineIndex(line, where.line ?? 0)]!;
    const full = tokens.map((t) => t.text).join('');
    let at = full.indexOf(fragment);
    for (let i = 0; i < (where.occurrence ?? 0) && at >= 0; i++) at = full.indexOf(fragment, at + 1);
    assert.ok(at >= 0, `${JSON.stringify(fragment)} is not on line ${JSON.stringify(line)}`);
    let offset = 0;
    for (const token of tokens) {
      if (at >= offset && at < offset + token.text.length) {
        assert.ok(at + fragment.length <= offset + token.text.length,
          `${JSON.stringify(fragment)} spans several tokens on ${JSON.stringify(line)}: ${JSON.stringify(tokens.map((t) => t.text))}`);
        return token.scopes;
      }
      offset += token.text.length;
    }
    throw new Error('unreachable');
  }

  /** Every scope any token of the line carries. */
  lineScopes(line: string, nth = 0): Set<string> {
    return new Set(this.lines[this.lineIndex(line, nth)]!.flatMap((t) => t.scopes));
  }
}

function has(scopes: Iterable<string>, scope: string): boolean {
  return [...scopes].some((s) => s === scope || s.startsWith(`${scope}.`));
}

function assertHas(scopes: Iterable<string>, scope: string, what: string): void {
  assert.ok(has(scopes, scope), `${what}: expected ${scope} in [${[...scopes].join(', ')}]`);
}

function assertLacks(scopes: Iterable<string>, scope: string, what: string): void {
  assert.ok(!has(scopes, scope), `${what}: did not expect ${scope} in [${[...scopes].join(', ')}]`);
}

before(async () => {
  registry = await createRegistry();
});

describe('package.json grammar contributions', () => {
  test('every contributed grammar file exists, parses and has the contributed scope name', () => {
    for (const g of contributed) {
      const raw = JSON.parse(fs.readFileSync(path.join(ROOT, g.path), 'utf8')) as { scopeName: string; injectionSelector?: string };
      assert.equal(raw.scopeName, g.scopeName, g.path);
      if (g.injectTo) assert.ok(raw.injectionSelector, `${g.path}: an injection grammar needs an injectionSelector`);
    }
  });

  test('the language configurations are valid JSON with a # line comment', () => {
    for (const file of ['language-configuration/compose.json', 'language-configuration/dockerignore.json']) {
      const config = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as { comments?: { lineComment?: string } };
      assert.equal(config.comments?.lineComment, '#', file);
    }
    const compose = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration/compose.json'), 'utf8')) as {
      indentationRules: { increaseIndentPattern: string };
    };
    const increase = new RegExp(compose.indentationRules.increaseIndentPattern);
    assert.ok(increase.test('services:') && increase.test('    command: |') && increase.test('  - build:'));
    assert.ok(!increase.test('    image: node:24') && !increase.test('  url: http://x:80'));
  });
});

describe('Dockerfile injection: heredocs', () => {
  let t: Tokens;
  before(async () => {
    t = new Tokens(await tokenize('source.dockerfile', 'sample.Dockerfile'));
  });

  test('the injection is active: the opener keeps its instruction keyword and marks the delimiter', () => {
    assertHas(t.scopes('RUN <<EOF', 'RUN'), 'keyword.other.special-method.dockerfile', 'RUN');
    assertHas(t.scopes('RUN <<EOF', '<<'), 'keyword.operator.heredoc.dockerfile', '<<');
    assertHas(t.scopes('RUN <<EOF', 'EOF'), 'keyword.control.heredoc-token.dockerfile', 'opener word');
    assertLacks(t.lineScopes('RUN <<EOF'), 'meta.embedded', 'opener line');
  });

  test('RUN heredoc body lines are embedded shell, highlighted by source.shell', () => {
    for (const line of ['set -e', 'echo "plain body"', 'apt-get update']) {
      for (const s of [t.lineScopes(line)]) assertHas(s, 'meta.embedded.block.shellscript', line);
    }
    assertHas(t.scopes('set -e', 'set'), 'support.function.builtin.shell', 'set');
    assertHas(t.scopes('echo "plain body"', 'plain body'), 'string.quoted.double.shell', 'string');
  });

  test('only an exact terminator closes the heredoc, and the terminator is not embedded', () => {
    // "  EOF" is indented with spaces: BuildKit does not end a <<EOF heredoc there.
    assertHas(t.lineScopes('  EOF'), 'meta.embedded.block.shellscript', 'indented EOF');
    const closer = t.scopes('EOF', 'EOF', { line: 0 });
    assertHas(closer, 'keyword.control.heredoc-token.dockerfile', 'closing EOF');
    assertHas(closer, 'meta.heredoc.dockerfile', 'closing EOF');
    assertLacks(closer, 'meta.embedded', 'closing EOF');
    // After the terminator the base grammar is back in charge.
    assertHas(t.scopes('RUN <<-"EOT"', 'RUN'), 'keyword.other.special-method.dockerfile', 'next RUN');
  });

  test('<<- with a quoted delimiter: tab-indented body and terminator', () => {
    assertHas(t.scopes('RUN <<-"EOT"', '<<-'), 'keyword.operator.heredoc.dockerfile', '<<-');
    assertHas(t.scopes('RUN <<-"EOT"', '"'), 'punctuation.definition.string.begin.dockerfile', 'quote');
    assertHas(t.lineScopes('\techo "tab indented"'), 'meta.embedded.block.shellscript', 'tab body');
    const closer = t.scopes('\tEOT', 'EOT');
    assertHas(closer, 'keyword.control.heredoc-token.dockerfile', 'tab-indented terminator');
    assertLacks(closer, 'meta.embedded', 'tab-indented terminator');
  });

  test('COPY heredoc: a shell shebang makes it shell, no shebang makes it file content', () => {
    assertHas(t.lineScopes('exec "$@"'), 'meta.embedded.block.shellscript', 'script body');
    assertHas(t.scopes('exec "$@"', 'exec'), 'support.function.builtin.shell', 'exec');
    const conf = t.lineScopes('listen = 8080');
    assertHas(conf, 'string.unquoted.heredoc.dockerfile', 'config body');
    assertLacks(conf, 'meta.embedded', 'config body');
    assertHas(t.scopes('CONF', 'CONF'), 'keyword.control.heredoc-token.dockerfile', 'CONF terminator');
  });

  test('a python shebang or a python interpreter on the opener line embeds python', () => {
    for (const line of ['#!/usr/bin/env python3', 'import os', 'print("unterminated']) {
      const scopes = t.lineScopes(line);
      assertHas(scopes, 'meta.embedded.block.python', line);
      assertLacks(scopes, 'meta.embedded.block.shellscript', line);
    }
    assertHas(t.scopes('import os', 'import'), 'keyword.control.import.python', 'import');
    // The unterminated python string does not swallow the terminator.
    assertHas(t.scopes('EOF', 'EOF', { line: 3 }), 'keyword.control.heredoc-token.dockerfile', 'EOF after python');
    assertHas(t.scopes('from sys import argv', 'from'), 'keyword.control.import.python', 'RUN python3 <<PY');
    assertHas(t.scopes('PY', 'PY'), 'keyword.control.heredoc-token.dockerfile', 'PY terminator');
  });

  test('a heredoc opened on a continuation line is recognised', () => {
    assertHas(t.scopes('    <<EOF', '<<'), 'keyword.operator.heredoc.dockerfile', 'continuation opener');
    assertHas(t.lineScopes('echo continued'), 'meta.embedded.block.shellscript', 'continuation body');
  });

  test('"<<" inside an exec-form CMD is not a heredoc', () => {
    const scopes = t.lineScopes('CMD ["echo", "<<NOT"]');
    assertLacks(scopes, 'meta.heredoc', 'CMD');
    assertLacks(scopes, 'keyword.operator.heredoc', 'CMD');
  });
});

describe('Dockerfile injection: parser directives', () => {
  let t: Tokens;
  before(async () => {
    t = new Tokens(await tokenize('source.dockerfile', 'sample.Dockerfile'));
  });

  test('the directives at the top are scoped: name, "=", value', () => {
    const line = '# syntax=docker/dockerfile:1';
    assertHas(t.scopes(line, 'syntax'), 'keyword.control.directive.dockerfile', 'syntax');
    assertHas(t.scopes(line, '='), 'keyword.operator.assignment.dockerfile', '=');
    assertHas(t.scopes(line, 'docker/dockerfile:1'), 'string.unquoted.directive-value.dockerfile', 'value');
    assertLacks(t.lineScopes(line), 'comment', 'directive');
    assertHas(t.scopes('# escape=\\', 'escape'), 'keyword.control.directive.dockerfile', 'escape');
  });

  test('check= values: keys and separators', () => {
    const line = '# check=skip=JSONArgsRecommended;error=true';
    assertHas(t.scopes(line, 'check'), 'keyword.control.directive.dockerfile', 'check');
    assertHas(t.scopes(line, 'skip'), 'variable.parameter.check.dockerfile', 'skip');
    assertHas(t.scopes(line, ';'), 'punctuation.separator.dockerfile', ';');
    assertHas(t.scopes(line, 'error'), 'variable.parameter.check.dockerfile', 'error');
  });

  test('a # check= above an instruction is a directive; a late # syntax= is only a comment', () => {
    assertHas(t.scopes('# check=skip=StageNameCasing', 'check'), 'keyword.control.directive.dockerfile', 'late check');
    const late = t.lineScopes('# syntax=docker/dockerfile:1.4');
    assertHas(late, 'comment.line.number-sign.dockerfile', 'late syntax');
    assertLacks(late, 'meta.directive', 'late syntax');
  });
});

describe('Compose interpolation injection', () => {
  let t: Tokens;
  before(async () => {
    t = new Tokens(await tokenize('source.yaml', 'sample.compose.yaml'));
  });

  test('${VAR:-default} parts are scoped inside a quoted value', () => {
    const line = '    image: "registry.example.com/app:${TAG:-1.0.0}"';
    assertHas(t.scopes(line, '${'), 'punctuation.definition.interpolation.begin.compose', '${');
    assertHas(t.scopes(line, 'TAG'), 'variable.other.readwrite.compose', 'TAG');
    assertHas(t.scopes(line, ':-'), 'keyword.operator.interpolation.compose', ':-');
    const def = t.scopes(line, '1.0.0');
    assertHas(def, 'string.unquoted.default-value.compose', 'default');
    assertHas(def, 'string.quoted.double.yaml', 'still inside the YAML string');
    assertHas(t.scopes(line, '}'), 'punctuation.definition.interpolation.end.compose', '}');
  });

  test('$$ is an escape and $VAR a variable in a plain value', () => {
    const line = '    command: echo $$HOME and $USER';
    assertHas(t.scopes(line, '$$'), 'constant.character.escape.dollar.compose', '$$');
    assertLacks(t.scopes(line, 'HOME'), 'variable.other.readwrite.compose', 'HOME after $$');
    assertHas(t.scopes(line, 'USER'), 'variable.other.readwrite.compose', '$USER');
    assertHas(t.scopes(line, '$', { occurrence: 2 }), 'punctuation.definition.variable.compose', '$ of $USER');
  });

  test('${VAR:?message}, nested defaults and plain ${VAR}', () => {
    const required = '      DB_HOST: ${DB_HOST:?set DB_HOST in .env}';
    assertHas(t.scopes(required, ':?'), 'keyword.operator.interpolation.compose', ':?');
    assertHas(t.scopes(required, 'set DB_HOST in .env'), 'string.unquoted.error-message.compose', 'message');
    const nested = '      URL: "http://${HOST:-${FALLBACK_HOST}}:80"';
    const inner = t.scopes(nested, 'FALLBACK_HOST');
    assertHas(inner, 'variable.other.readwrite.compose', 'nested variable');
    assertHas(inner, 'string.unquoted.default-value.compose', 'nested inside the default');
    assertLacks(t.scopes(nested, ':80'), 'meta.interpolation.compose', 'text after the interpolation');
    assertHas(t.scopes('      PLAIN: ${PLAIN}', 'PLAIN', { occurrence: 1 }), 'variable.other.readwrite.compose', '${PLAIN}');
  });

  test('forms Compose does not interpolate are left alone (the injection reaches every YAML file)', () => {
    assertLacks(t.lineScopes('      BROKEN: "${1BAD}"'), 'meta.interpolation', '${1BAD}');
    const actions = t.lineScopes('      ACTIONS: ${{ github.sha }}');
    assertLacks(actions, 'meta.interpolation', 'GitHub Actions expression');
    assertLacks(actions, 'invalid', 'GitHub Actions expression');
  });

  test('comments and keys are not interpolated', () => {
    assertLacks(t.lineScopes('# ${NOT_INTERPOLATED} in a comment'), 'meta.interpolation', 'comment');
    const key = t.scopes('      ${KEY_NOT_INTERPOLATED}: value', 'KEY_NOT_INTERPOLATED');
    assertHas(key, 'entity.name.tag.yaml', 'key');
    assertLacks(key, 'meta.interpolation', 'key');
  });
});

describe('dockerignore grammar', () => {
  let t: Tokens;
  before(async () => {
    t = new Tokens(await tokenize('source.dockerignore', 'sample.dockerignore'));
  });

  test('comments only where # is the first character', () => {
    assertHas(t.lineScopes('# build output'), 'comment.line.number-sign.dockerignore', 'comment');
    const notComment = t.lineScopes('  # not a comment: Docker only skips lines that start with #');
    assertLacks(notComment, 'comment', 'indented #');
    assertHas(notComment, 'string.unquoted.pattern.dockerignore', 'indented #');
  });

  test('negations, also after leading spaces', () => {
    assertHas(t.scopes('!keep.log', '!'), 'keyword.operator.negation.dockerignore', '!');
    assertHas(t.scopes('!keep.log', 'keep.log'), 'string.unquoted.pattern.dockerignore', 'pattern');
    assertHas(t.scopes('  !spaced-negation.txt', '!'), 'keyword.operator.negation.dockerignore', 'spaced !');
  });

  test('wildcards: **, *, ?, character classes and path separators', () => {
    assertHas(t.scopes('**/node_modules', '**'), 'keyword.operator.glob.globstar.dockerignore', '**');
    assertHas(t.scopes('**/node_modules', '/'), 'punctuation.separator.path.dockerignore', '/');
    assertHas(t.scopes('*.log', '*'), 'keyword.operator.glob.wildcard.dockerignore', '*');
    assertHas(t.scopes('docs/[a-c]?.md', '?'), 'keyword.operator.glob.single-character.dockerignore', '?');
    assertHas(t.scopes('docs/[a-c]?.md', '['), 'punctuation.definition.character-class.begin.dockerignore', '[');
    assertHas(t.scopes('docs/[a-c]?.md', '-'), 'punctuation.separator.range.dockerignore', 'range -');
    assertHas(t.scopes('docs/[a-c]?.md', 'a'), 'meta.character-class.dockerignore', 'class content');
    assertHas(t.scopes('secret[^0-9].txt', '^'), 'keyword.operator.negation.dockerignore', 'class negation');
  });
});
