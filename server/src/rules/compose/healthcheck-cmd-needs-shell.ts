import { isSeq, Node } from 'yaml';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import type { TextEdit } from '../../engine/types';
import { code } from '../../engine/text';
import { deref, nodeRange } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { baseName } from '../../model/shell';
import { eachService, findPair, mapAt, reportOnce, scalarString, Str } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'healthcheck-cmd-needs-shell',
  target: 'compose',
  category: 'services',
  severity: 'warning',
  summary: 'An exec-form (`CMD`) healthcheck uses shell syntax, so it can never pass.',
  docs: {
    description:
      '`["CMD", …]` runs the program directly, without a shell. Operators such as `||`, `&&`, `|`, `;` and `>` are passed ' +
      'to the program as plain arguments, and a single element with spaces is taken as the name of a program that does not ' +
      'exist. The check then fails for ever and the service never becomes healthy. `CMD-SHELL` runs the string through ' +
      '`/bin/sh -c`.',
    notes:
      'With several elements, shell syntax is an operator standing as a word (`||`, `curl x || exit 1` in one element), a ' +
      'redirect at the start of an element, or `$(…)`; `a|b` or `?a=1;b=2` inside an argument is text the program receives. ' +
      'The code a shell or interpreter is given to run is its own (`["CMD", "bash", "-c", "… && …"]`, `node -e`, ' +
      '`python -c`, `perl -e`, `ruby -e`, `php -r`).',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "curl -f http://localhost || exit 1"]\n',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD-SHELL", "curl -f http://localhost || exit 1"]\n',
    fix: 'Changes `CMD` to `CMD-SHELL` and joins the elements into one command line. Safe: the check cannot pass today.',
  },
  fix: 'safe',
  aliases: [],
};

const SHELL_SYNTAX = /\|\||&&|\||;|>|\$\(/;
/**
 * Shell syntax in one of several elements: an operator standing as a word (`||`, `a && b`, `x; y`), a redirect that
 * starts the element (`>/dev/null`, `2>&1`) or a command substitution. `a|b` or `?x=1;y=2` inside an argument is
 * just text the program receives.
 */
const OPERATOR_WORD = /(?:^|\s)(?:\|\||&&|\||;|&|[0-9]?>>?|<)(?:\s|$)|;\s|^[0-9]?(?:>|<)|\$\(/;
/** Programs that run the element after one of these flags as their own code (`sh -c '…'`, `node -e '…'`). */
const CODE_FLAGS: ReadonlyMap<string, (flag: string) => boolean> = new Map([
  // `-c`, `-ec`, `-xc`: as /^-[a-z]*c[a-z]*$/ without its quadratic backtracking on long `-ccc…` words.
  ...['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh'].map((shell) => [shell, (f: string) => /^-[a-z]+$/.test(f) && f.includes('c')] as const),
  ...['node', 'nodejs', 'deno', 'bun'].map((js) => [js, (f: string) => /^(-e|--eval|-p|--print)$/.test(f)] as const),
  ...['python', 'python2', 'python3'].map((py) => [py, (f: string) => f === '-c'] as const),
  ['perl', (f: string) => f === '-e' || f === '-E'], ['ruby', (f: string) => f === '-e'], ['php', (f: string) => f === '-r'],
]);

/** The program and its arguments use shell syntax outside the code a shell or an interpreter is given to run. */
function usesShellSyntax(args: readonly string[]): boolean {
  const codeFlag = CODE_FLAGS.get(baseName(args[0]!).toLowerCase());
  for (let k = 1; k < args.length; k++) {
    // `sh -c 'script' name args…`: the script and what follows it are the shell's.
    if (codeFlag?.(args[k]!)) return false;
    if (OPERATOR_WORD.test(args[k]!)) return true;
  }
  return OPERATOR_WORD.test(args[0]!);
}

function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./|&;<>()$-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  const text = ctx.model.text;
  for (const s of eachService(ctx.model)) {
    const hc = mapAt(s.doc, s.body, 'healthcheck');
    const test = hc ? deref(s.doc, findPair(s.doc, hc, 'test')?.value) : null;
    if (!isSeq(test)) continue;
    const items = test.items.map((i) => scalarString(ctx.model, deref(s.doc, i)));
    if (items.length < 2 || items.some((i) => !i) || items[0]?.text !== 'CMD') continue;
    const strs = items as Str[];
    const rest = strs.slice(1);
    const shellish = rest.length === 1 ? SHELL_SYNTAX.test(rest[0].text) || /\s/.test(rest[0].text.trim()) : usesShellSyntax(rest.map((r) => r.text));
    if (!shellish) continue;
    const joined = rest.length === 1 ? rest[0].text : rest.map((r) => shellWord(r.text)).join(' ');
    const edits: TextEdit[] = [];
    const cmd = strs[0];
    edits.push(replaceEdit(ctx.document, cmd.start, cmd.end, 'CMD-SHELL'));
    const secondRange = nodeRange(strs[1].node as Node);
    if (secondRange) edits.push(replaceEdit(ctx.document, secondRange[0], secondRange[1], JSON.stringify(joined)));
    let ok = secondRange !== undefined;
    if (strs.length > 2) {
      const last = nodeRange(strs[strs.length - 1].node as Node);
      if (test.flow && secondRange && last) edits[1] = replaceEdit(ctx.document, secondRange[0], last[1], JSON.stringify(joined));
      else if (!test.flow && last && secondRange) {
        // Block list: delete the lines of the third and later items.
        const third = nodeRange(strs[2].node as Node);
        const from = third ? text.lastIndexOf('\n', third[0] - 1) + 1 : -1;
        const nl = text.indexOf('\n', last[1]);
        const to = nl < 0 ? text.length : nl + 1;
        if (from > 0 && /^[ \t]*-[ \t]*$/.test(text.slice(from, third?.[0]))) {
          edits.push(replaceEdit(ctx.document, from, to, ''));
        } else ok = false;
      } else ok = false;
    }
    report({
      range: ctx.range(cmd.start, cmd.end),
      message: `The healthcheck of service ${code(s.name)} runs without a shell but uses shell syntax (${code(joined)}): use \`CMD-SHELL\`.`,
      fix: ok ? makeFix('Run the healthcheck through a shell (CMD-SHELL)', 'safe', edits) : undefined,
    });
  }
}
