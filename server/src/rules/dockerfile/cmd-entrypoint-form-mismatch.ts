import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { formMismatches } from '../shared/cmd-entrypoint';
import { isPosixShell, shellArray } from '../shared/run-context';
import { execFormOf } from './exec-form-recommended';

export const meta: DockerfileRuleMeta = {
  id: 'cmd-entrypoint-form-mismatch',
  target: 'dockerfile',
  category: 'runtime',
  severity: 'warning',
  summary: '`CMD` and `ENTRYPOINT` forms that do not combine: arguments are lost or mangled.',
  docs: {
    description:
      'CMD supplies the default arguments of ENTRYPOINT, and that only works when ENTRYPOINT is a JSON array. A shell-form ' +
      'ENTRYPOINT runs `/bin/sh -c "<text>"` and drops every argument, so your CMD and anything passed to `docker run` are ' +
      'ignored. With an exec-form ENTRYPOINT, a shell-form CMD arrives as three extra arguments: `/bin/sh`, `-c` and the ' +
      'command text, which the entrypoint program rarely expects.',
    incorrect: 'FROM python:3.12-slim\nENTRYPOINT ["python", "-m", "app"]\nCMD --port 8080',
    correct: 'FROM python:3.12-slim\nENTRYPOINT ["python", "-m", "app"]\nCMD ["--port", "8080"]',
    fix:
      'Rewrites the instruction to report (the CMD, or the shell-form ENTRYPOINT) as a JSON array of its words, when it ' +
      'uses no shell features. Unsafe: the program now gets different arguments, which is the point but needs a review.',
    notes:
      'Judged on the CMD and ENTRYPOINT that take effect in each stage chain (the last of each). When this rule reports an ' +
      'instruction, `exec-form-recommended` does not report it again. A shell-form ENTRYPOINT that reads its positional ' +
      'parameters (`exec /entrypoint.sh "$0" "$@"`) receives the CMD as `sh -c`\'s arguments and is left alone, and so is ' +
      'one run by cmd or PowerShell, which append the CMD to the command line.',
  },
  fix: 'unsafe',
  aliases: [],
};

/** It needs both an ENTRYPOINT and a CMD. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'ENTRYPOINT') && hasKeyword(facts, 'CMD');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const m of formMismatches(ctx.model)) {
    const i = m.instruction;
    // cmd and PowerShell join the arguments after their command flag into the command line, so a shell-form
    // ENTRYPOINT there does receive the CMD (appended to its text): what this rule says holds for POSIX shells.
    if (m.kind === 'shell-entrypoint' && !isPosixShell(ctx.model, i)) continue;
    const start = i.args[0].start;
    const end = i.args[i.args.length - 1].end;
    const exec = execFormOf(ctx.model, i);
    const shell = shellArray(ctx.model, i).join(' ');
    ctx.report({
      range: ctx.range(start, end),
      message:
        m.kind === 'shell-entrypoint'
          ? '`ENTRYPOINT` in shell form ignores `CMD` and `docker run` arguments; write it as a JSON array.'
          : `\`CMD\` in shell form reaches the exec-form \`ENTRYPOINT\` as \`${shell} "…"\` arguments; write it as a JSON array.`,
      fix: exec ? makeFix(`Convert ${i.keyword} to exec form`, 'unsafe', [replaceEdit(ctx.document, start, end, exec)]) : undefined,
    });
  }
}
