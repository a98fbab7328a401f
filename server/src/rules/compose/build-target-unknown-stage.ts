import { makeFix, replaceEdit } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { closest, code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { hasInterpolation } from '../../knowledge/compose/formats';
import { serviceBuilds, loadBuildDockerfile } from '../shared/compose-build';

export const meta: ComposeRuleMeta = {
  id: 'build-target-unknown-stage',
  target: 'compose',
  category: 'cross-file',
  severity: 'error',
  summary: '`build.target` is not a stage of the Dockerfile the service builds.',
  docs: {
    description:
      '`build.target` must name a `FROM … AS <name>` stage of the Dockerfile (or `dockerfile_inline`). A typo makes the ' +
      'build fail with "target stage could not be found", often only in CI. Stage names are matched without regard to case, ' +
      'as BuildKit does.',
    incorrect: 'services:\n  api:\n    build:\n      target: prod\n      dockerfile_inline: |\n        FROM node:22 AS build\n        FROM node:22-slim AS production\n',
    correct: 'services:\n  api:\n    build:\n      target: production\n      dockerfile_inline: |\n        FROM node:22 AS build\n        FROM node:22-slim AS production\n',
    fix: 'Renames the target to the nearest stage name. Unsafe: a different stage builds a different image.',
    notes: 'Reads the Dockerfile from the build context, so it does nothing for an unsaved buffer unless the Dockerfile is inline.',
  },
  fix: 'unsafe',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const { service: s, build } of serviceBuilds(ctx.model)) {
    const target = build?.target;
    if (!build || !target || target.text === '' || hasInterpolation(target.text)) continue;
    const dockerfile = loadBuildDockerfile(ctx, build);
    if (!dockerfile) continue;
    const text = dockerfile.model.text;
    const names = dockerfile.model.stages.filter((st) => st.name).map((st) => text.slice(st.nameStart, st.nameEnd));
    if (names.some((n) => n.toLowerCase() === target.text.toLowerCase())) continue;
    const suggestion = closest(target.text, names, Math.max(2, Math.floor(target.text.length / 3)));
    const known = names.length ? `; its stages are ${names.map(code).join(', ')}` : '; it names no stage';
    ctx.report({
      range: ctx.range(target.start, target.end),
      message: suggestion
        ? `Build target ${code(target.text)} is not a stage of ${dockerfile.label}: did you mean ${code(suggestion)}?`
        : `Build target ${code(target.text)} is not a stage of ${dockerfile.label}${known}.`,
      fix: suggestion && target.exact ? makeFix(`Change the target to ${suggestion}`, 'unsafe', [replaceEdit(ctx.document, target.start, target.end, suggestion)]) : undefined,
    });
  }
}
