import { makeFix } from '../../engine/edits';
import { lineSpan, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel } from '../../model/dockerfile/types';

export const meta: DockerfileRuleMeta = {
  id: 'suppression-comment-present',
  target: 'dockerfile',
  category: 'suppression',
  severity: 'off',
  summary: 'A comment that switches a check off (`# stevedore-ignore`, `# hadolint ignore=`, `# check=skip=`).',
  docs: {
    description:
      'Some teams do not allow findings to be silenced in the file itself: every exception has to go through the shared ' +
      'configuration, where it is reviewed once. Turn this rule on to flag every suppression comment and directive.',
    incorrect: 'FROM node:22\n# hadolint ignore=DL3008\nRUN apt-get update && apt-get install -y curl',
    correct: 'FROM node:22\nRUN apt-get update && apt-get install -y curl',
    fix:
      'Deletes the comment line (for a `# check=` directive, only when `skip=` is all it says). Unsafe: the findings it ' +
      'silenced come back.',
    notes:
      'Recognises `# stevedore-ignore`, `# stevedore-ignore-file`, `# hadolint ignore=`, `# hadolint global ignore=`, ' +
      '`# hadolint stage ignore=` and `# check=skip=` (as a parser directive or a comment). It is a normal Dockerfile ' +
      'rule rather than an engine finding because it judges comments as written, not whether they suppressed anything.',
  },
  fix: 'unsafe',
  aliases: ['DL1001'],
};

const SUPPRESSION = /^(stevedore-ignore(-file)?(\s|$)|hadolint\s+((global|stage)\s+)?ignore\s*=|check\s*=.*\bskip\s*=)/;

export function check(ctx: RuleContext<DockerfileModel>): void {
  const text = ctx.model.text;
  const lines: { start: number; end: number; deletable: boolean }[] = [];
  for (const c of ctx.model.comments) {
    if (!SUPPRESSION.test(c.text)) continue;
    lines.push({ start: c.start, end: c.end, deletable: !/^check\s*=/.test(c.text) || onlySkip(c.text.replace(/^check\s*=\s*/, '')) });
  }
  for (const d of ctx.model.directives) {
    if (d.name.toLowerCase() !== 'check' || !/\bskip\s*=/.test(d.value)) continue;
    lines.push({ start: d.start, end: d.end, deletable: onlySkip(d.value) });
  }
  for (const l of lines.sort((a, b) => a.start - b.start)) {
    const [lineStart, lineEnd] = lineSpan(text, l.start);
    ctx.report({
      range: ctx.range(l.start, l.end),
      message: 'Suppression comments are not allowed here; record exceptions in the shared configuration instead.',
      fix: l.deletable ? makeFix('Delete the suppression comment', 'unsafe', [replaceEdit(ctx.document, lineStart, lineEnd, '')]) : undefined,
    });
  }
}

/** `skip=A,B` with no other `;`-separated setting. */
function onlySkip(value: string): boolean {
  return value.split(';').filter((p) => p.trim() !== '').every((p) => /^\s*skip\s*=/.test(p));
}
