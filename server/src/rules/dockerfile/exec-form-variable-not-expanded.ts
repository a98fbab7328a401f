import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, InstructionNode, Word } from '../../model/dockerfile/types';
import { execFormWords } from '../shared/exec-form-words';
import { sharedFix } from '../shared/shared-fix';

export const meta: DockerfileRuleMeta = {
  id: 'exec-form-variable-not-expanded',
  target: 'dockerfile',
  category: 'runtime',
  severity: 'warning',
  summary: 'A `$VARIABLE` inside an exec-form array is passed literally: no shell expands it.',
  docs: {
    description:
      'The JSON (exec) form runs the program directly, without a shell, so `$APP_JAR` or `${PORT}` reaches the program as ' +
      'those exact characters. ENV values are in the environment, but nothing substitutes them into arguments. Either ' +
      'let a shell do it (`["sh", "-c", "exec java -jar \\"$APP_JAR\\""]`, where `exec` keeps signals working) or write the ' +
      'value out.',
    incorrect: 'FROM eclipse-temurin:21-jre\nENV APP_JAR=/app/app.jar\nCMD ["java", "-jar", "$APP_JAR"]',
    correct: 'FROM eclipse-temurin:21-jre\nENV APP_JAR=/app/app.jar\nCMD ["sh", "-c", "exec java -jar \\"$APP_JAR\\""]',
    fix:
      'Rewrites the array as `["sh", "-c", "exec <command>"]` (without `exec` for RUN) so a shell expands the variables: ' +
      'one fix for every variable of the instruction (on the first finding only when there are more than 20). Unsafe: the image needs a shell, and the words are now subject to shell parsing.',
    notes:
      'Arrays that already start with a shell and its command flag (`["sh", "-c", …]`, `["bash", "-lc", …]`) are exempt, ' +
      'and so are PowerShell\'s (`["powershell.exe", "-NoExit", "$env:PATH …"]`), which expands variables itself.',
  },
  fix: 'unsafe',
  aliases: [],
};

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'pwsh', 'powershell', 'cmd', 'cmd.exe']);
const POWERSHELL = new Set(['powershell', 'powershell.exe', 'pwsh', 'pwsh.exe']);
const VARIABLE = /\$(?:\{[A-Za-z_][A-Za-z0-9_]*[^}]*\}|[A-Za-z_][A-Za-z0-9_]*)/;

/** It reports only variable references, and each starts with `$`. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.dollar;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const node of ctx.model.instructions) {
    const i = node.trigger ?? node;
    const words = execFormWords(i);
    if (!words || words.length === 0) continue;
    const program = words[0].value.slice(Math.max(words[0].value.lastIndexOf('/'), words[0].value.lastIndexOf('\\')) + 1).toLowerCase();
    if (SHELLS.has(program) && words.length > 1 && /^[-/][a-z]*c$/i.test(words[1].value)) continue;
    // PowerShell reads its arguments as a command (`-Command` is its default) and expands `$env:NAME` itself.
    if (POWERSHELL.has(program)) continue;
    const hits: [number, string][] = [];
    for (const word of words) {
      const raw = ctx.model.text.slice(word.start, word.end);
      const m = VARIABLE.exec(raw);
      if (m && raw[m.index - 1] !== '\\') hits.push([word.start + m.index, m[0]]);
    }
    // One fix rewrites the instruction for every report of it; most instructions have none, so it is built only then.
    const fix = hits.length > 0 ? rewrite(ctx, i, words) : undefined;
    hits.forEach(([start, variable], k) => {
      ctx.report({
        range: ctx.range(start, start + variable.length),
        message: `${code(variable)} is not expanded in exec form: the program receives it literally.`,
        fix: sharedFix(fix, k, hits.length),
      });
    });
  }
}

function rewrite(ctx: RuleContext<DockerfileModel>, i: InstructionNode, words: Word[]) {
  const command = words.map((w) => shellQuote(w.value)).join(' ');
  const script = i.keyword === 'RUN' ? command : `exec ${command}`;
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const open = ctx.model.text.lastIndexOf('[', start);
  const close = ctx.model.text.indexOf(']', end);
  if (open < 0 || close < 0) return undefined;
  return makeFix('Run through sh -c so variables expand', 'unsafe', [
    replaceEdit(ctx.document, open, close + 1, '[' + ['sh', '-c', script].map((s) => JSON.stringify(s)).join(', ') + ']'),
  ]);
}

/** Quotes a word for the shell, keeping `$VAR` expandable. */
function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./${}-]+$/.test(value)) return value;
  return '"' + value.replace(/(["\\`])/g, '\\$1') + '"';
}
