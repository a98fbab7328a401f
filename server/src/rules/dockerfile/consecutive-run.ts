import { eolOf, indentationAt, makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { commandName } from '../../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';

export const meta: DockerfileRuleMeta = {
  id: 'consecutive-run',
  target: 'dockerfile',
  category: 'layers',
  severity: 'off',
  summary: 'Consecutive RUN instructions could be one.',
  docs: {
    description:
      'Each RUN adds a layer. Several one-command RUNs in a row (with the same flags) make more layers than needed, and ' +
      'files deleted in a later RUN still take space in the earlier layer. Joining them with `&&` gives one layer. Off by ' +
      'default: separate RUNs also cache separately, which many builds prefer.',
    incorrect: 'FROM alpine:3.22\nRUN mkdir -p /srv/app\nRUN chown nobody /srv/app',
    correct: 'FROM alpine:3.22\nRUN mkdir -p /srv/app \\\n    && chown nobody /srv/app',
    fix:
      'Joins the RUN to the one before with `&&` and a line continuation, keeping comments between them. Safe, and offered, ' +
      'only when the earlier command does not change shell state (`cd`, `export`, `source`, `set`, `umask`…), which would ' +
      'then also apply to the joined command.',
    notes: 'Only RUNs that each hold a single simple command are counted; comments between them do not break the sequence.',
  },
  fix: 'safe',
  aliases: ['DL3059'],
};

const SHELL_STATE = new Set(['cd', 'pushd', 'popd', 'export', 'source', '.', 'set', 'unset', 'umask', 'alias', 'shopt', 'ulimit', 'trap', 'exec']);

function single(instruction: InstructionNode): boolean {
  const shell = instruction.shell;
  if (instruction.keyword !== 'RUN' || !shell || instruction.execForm || instruction.heredocs.length > 0 || shell.errors.length > 0) return false;
  const top = shell.commands.filter((c) => !c.nested);
  return top.length === 1 && top[0].args.length > 0 && top[0].before === '' && top[0].after === '';
}

function flagsText(instruction: InstructionNode, text: string): string {
  return instruction.flags.map((f) => text.slice(f.start, f.end)).join(' ');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { model } = ctx;
  const eol = eolOf(model.text);
  let indent: string | undefined; // the file's continuation indentation, read at the first fix
  for (let k = 1; k < model.instructions.length; k++) {
    const prev = model.instructions[k - 1];
    const cur = model.instructions[k];
    if (!single(prev) || !single(cur) || flagsText(prev, model.text) !== flagsText(cur, model.text) || cur.args.length === 0) continue;
    const first = prev.shell?.commands.find((c) => !c.nested);
    const name = first ? commandName(first) : undefined;
    let fix;
    if (name !== undefined && !SHELL_STATE.has(name)) {
      const between = model.text.slice(prev.end, cur.keywordStart).split(/\r?\n/).map((l) => l.trim()).filter((l) => l.startsWith('#'));
      indent ??= continuationIndent(model);
      const joined = ` ${model.escape}${eol}${between.map((c) => `${indent}${c}${eol}`).join('')}${indent}&& `;
      fix = makeFix('Join with the previous RUN', 'safe', [replaceEdit(ctx.document, prev.end, cur.args[0].start, joined)]);
    }
    ctx.report({
      range: ctx.range(cur.keywordStart, cur.keywordEnd),
      message: 'This RUN follows another single-command RUN with the same flags; joining them with `&&` saves a layer.',
      fix,
    });
  }
}

/**
 * How the file indents an instruction's continuation lines: the blanks before the second line of its first instruction
 * over several lines (comment lines skipped). Four spaces when none does.
 */
function continuationIndent(model: DockerfileModel): string {
  const { text } = model;
  for (const i of model.instructions) {
    if (i.endLine === i.line || i.heredocs.length > 0) continue;
    for (let at = text.indexOf('\n', i.start) + 1; at > 0 && at < i.end; at = text.indexOf('\n', at) + 1) {
      const blanks = indentationAt(text, at);
      const next = text[at + blanks.length];
      if (next !== '#' && next !== '\n' && next !== '\r' && next !== undefined) return blanks === '' ? '    ' : blanks;
    }
  }
  return '    ';
}

