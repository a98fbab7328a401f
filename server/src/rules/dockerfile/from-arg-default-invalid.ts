import type { DockerfileFacts } from '../../engine/applicability';
import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { isPlatformArg, parseImageReference } from '../../knowledge/dockerfile';
import type { DockerfileModel, Variable } from '../../model/dockerfile/types';
import { expandVariables, unquoteWord } from '../../model/dockerfile/variables';

export const meta: DockerfileRuleMeta = {
  id: 'from-arg-default-invalid',
  target: 'dockerfile',
  category: 'variables',
  severity: 'warning',
  summary: 'With only ARG defaults, a `FROM` expands to an empty or invalid image.',
  docs: {
    description:
      'When the build runs without `--build-arg`, each ARG takes its default, and an ARG without one is empty. ' +
      '`ARG TAG` + `FROM busybox:${TAG}` then asks for `busybox:`, which is no valid reference, and `FROM $BASE` with no ' +
      'default asks for nothing. Give the ARG a default that builds, so the file works without extra flags.',
    incorrect: 'ARG TAG\nFROM busybox:${TAG}',
    correct: 'ARG TAG=1.37\nFROM busybox:${TAG}',
    fix:
      'When the ARG is used as the tag, gives it the default `latest` (then pin a version). Unsafe: it picks an image. ' +
      'For a whole image name no default can be guessed, so no fix is offered.',
    notes: 'Platform ARGs are exempt: the builder always sets them. Undeclared names are also `from-undefined-arg`\'s.',
  },
  fix: 'unsafe',
  aliases: ['BK:InvalidDefaultArgInFrom', 'DU:BASE_NAME_EMPTY'],
};

/** It needs a variable in a FROM image, written with `$`. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.dollar;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { model } = ctx;
  for (const stage of model.stages) {
    const { raw, variables } = stage.image;
    if (variables.length === 0 || variables.some((v) => v === '' || isPlatformArg(v))) continue;
    const scope = new Map<string, Variable>(model.globalScope);
    for (const name of variables) {
      const v = scope.get(name);
      if (!v) scope.set(name, { name, value: '', kind: 'global-arg', start: -1, end: -1 });
      else if (v.value === undefined) scope.set(name, { ...v, value: '' });
    }
    // The builder drops the word's quotes (`FROM "${BASE_IMAGE}"`), as the model does.
    const expanded = expandVariables(unquoteWord(raw), scope, model.escape).value;
    if (expanded === undefined) continue;
    const empty = expanded.trim() === '';
    if (!empty && parseImageReference(expanded).diagnostics.length === 0) continue;
    // `image:$TAG` / `image:${TAG}` with TAG declared without a default: offer `=latest`.
    const tagVar = /:\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(raw)?.[1];
    const declared = tagVar ? model.globalScope.get(tagVar) : undefined;
    const fix =
      declared && declared.kind === 'global-arg' && declared.value === undefined && declared.end > 0 && model.text[declared.end] !== '='
        ? makeFix(`Give ARG ${tagVar} the default latest`, 'unsafe', [insertEdit(ctx.document, declared.end, '=latest')])
        : undefined;
    ctx.report({
      range: ctx.range(stage.image.start, stage.image.end),
      message: empty
        ? `With only ARG defaults, ${code(raw)} expands to an empty image name.`
        : `With only ARG defaults, ${code(raw)} expands to ${code(expanded)}, which is not a valid image reference.`,
      fix,
    });
  }
}
