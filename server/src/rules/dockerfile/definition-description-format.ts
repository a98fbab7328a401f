import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { Comment, DockerfileModel } from '../../model/dockerfile/types';

/** Comments that are tool directives, not descriptions. */
const TOOL_COMMENT = /^(hadolint\b|stevedore-ignore|check\s*=|syntax\s*=|escape\s*=|!)/i;

export const meta: DockerfileRuleMeta = {
  id: 'definition-description-format',
  target: 'dockerfile',
  category: 'style',
  severity: 'off',
  summary: 'A comment describing an `ARG` or a stage does not start with its name.',
  docs: {
    description:
      'BuildKit reads the comment directly above `ARG name` or `FROM … AS name` as its description, shown by ' +
      '`docker buildx build --call=outline`. The convention is that the description starts with the name: ' +
      '`# version selects the release`. BuildKit\'s experimental check reports descriptions that do not.',
    incorrect: '# The release to install\nARG VERSION=1.2.3\nFROM alpine:3.20',
    correct: '# VERSION is the release to install\nARG VERSION=1.2.3\nFROM alpine:3.20',
    fix: 'Puts the name in front of the comment. Safe: it only changes a comment.',
    notes: 'Off by default, like the experimental BuildKit check. Tool comments (`# hadolint …`, `# check=…`) are not ' +
      'descriptions. Only the comment line directly above is read.',
  },
  fix: 'safe',
  aliases: ['BK:InvalidDefinitionDescription'],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  const byLine = new Map<number, Comment>(ctx.model.comments.map((c) => [c.line, c]));
  const judge = (line: number, name: string) => {
    // A name holding white space (`\uFEFF` counts as such for `\s`) can never be the comment's first word: the fix
    // would add it again on every fix-all.
    if (/\s/.test(name)) return;
    const comment = byLine.get(line - 1);
    if (!comment || comment.text === '' || TOOL_COMMENT.test(comment.text)) return;
    const first = comment.text.split(/\s+/)[0];
    if (first === name) return;
    ctx.report({
      range: ctx.range(comment.textStart, comment.end),
      message: `The description of ${code(name)} should start with ${code(name)}.`,
      fix: makeFix(`Start the comment with ${name}`, 'safe', [insertEdit(ctx.document, comment.textStart, `${name} `)]),
    });
  };
  for (const instruction of ctx.model.instructions) {
    if (instruction.keyword === 'ARG') {
      const props = instruction.properties;
      if (props.length === 1 && props[0].name) judge(instruction.line, props[0].name);
    }
  }
  for (const stage of ctx.model.stages) {
    if (stage.nameStart >= 0) judge(stage.from.line, ctx.model.text.slice(stage.nameStart, stage.nameEnd));
  }
}
