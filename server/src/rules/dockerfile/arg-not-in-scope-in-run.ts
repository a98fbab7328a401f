import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { isKnownBaseImageEnv, isPlatformArg, isProxyArg } from '../../knowledge/dockerfile';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { declareArgsFix } from '../shared/arg-env';
import { rootImage, type StageImage } from '../shared/base-image';
import { sharedFix } from '../shared/shared-fix';
import { runShellRefs, type VariableRef } from '../shared/variable-refs';

export const meta: DockerfileRuleMeta = {
  id: 'arg-not-in-scope-in-run',
  target: 'dockerfile',
  category: 'variables',
  severity: 'warning',
  summary: 'A RUN uses a global ARG that the stage does not re-declare.',
  docs: {
    description:
      'An ARG declared before the first `FROM` is visible to `FROM` lines only. Inside a stage it is undefined until the ' +
      'stage repeats `ARG NAME` (no value needed: it then takes the global default). So `ARG VERSION=1.2` at the top and ' +
      '`RUN curl …/v$VERSION/…` in a stage downloads `…/v/…`.',
    incorrect: 'ARG VERSION=1.7.1\nFROM alpine:3.22\nRUN wget -qO- https://example.com/tool-$VERSION.tar.gz | tar -xz -C /usr/local/bin',
    correct: 'ARG VERSION=1.7.1\nFROM alpine:3.22\nARG VERSION\nRUN wget -qO- https://example.com/tool-$VERSION.tar.gz | tar -xz -C /usr/local/bin',
    fix:
      'Inserts `ARG NAME` right after the stage\'s `FROM`, for every such name of the stage at once (on the first finding ' +
      'only when there are more than 20 names). Unsafe: the value changes from empty to the global default.',
    notes:
      'Exempt: names set by ENV in the stage or a stage it is built from, or by the base image (official images\' known ' +
      'ENV), the predefined proxy ARGs (any case), platform ARGs (`platform-arg-undeclared`\'s), single-quoted text, and ' +
      'names the RUN script assigns itself (`NAME=…`, `export NAME=…`, `for NAME in`, `read NAME`).',
  },
  fix: 'unsafe',
  aliases: [],
};

/**
 * The names a RUN's script assigns itself: `NAME=…` (also after `export`, `local`, `readonly`, `declare -x`),
 * `for NAME in` and `read … NAME`. Read once per RUN: a search of the whole RUN for each reference in it was
 * quadratic in a RUN of many.
 */
function namesAssignedIn(script: string): Set<string> {
  const names = new Set<string>();
  for (const m of script.matchAll(/(?:^|[\s;&|(])([A-Za-z_]\w*)=/g)) names.add(m[1]);
  for (const m of script.matchAll(/\bfor\s+([A-Za-z_]\w*)\s+in\b/g)) names.add(m[1]);
  for (const m of script.matchAll(/\bread\b[^\n;|&]*/g)) for (const w of m[0].matchAll(/\s([A-Za-z_]\w*)/g)) names.add(w[1]);
  return names;
}

/** It needs a RUN, a global ARG and a reference (`$`). */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.dollar && hasKeyword(facts, 'RUN') && hasKeyword(facts, 'ARG');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { model } = ctx;
  for (const stage of model.stages) {
    // The base image is looked up for the first global ARG the stage's RUNs use (null: not yet).
    let image: StageImage | undefined | null = null;
    const missing: VariableRef[] = [];
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      let assigned: Set<string> | undefined;
      for (const ref of runShellRefs(instruction, model.text)) {
        const name = ref.name;
        if (model.globalScope.get(name)?.kind !== 'global-arg' || instruction.scope.has(name)) continue;
        if (isPlatformArg(name) || isProxyArg(name)) continue;
        if (image === null) image = rootImage(stage, model.stages);
        if (image && isKnownBaseImageEnv(image.text, name)) continue;
        if ((assigned ??= namesAssignedIn(model.text.slice(instruction.start, instruction.end))).has(name)) continue;
        missing.push(ref);
      }
    }
    if (missing.length === 0) continue;
    const names = missing.map((r) => r.name);
    const fix = declareArgsFix(model, ctx.document, stage, names);
    // The fix declares every name at once, so it grows with the names (not with the references to each).
    const declared = new Set(names).size;
    missing.forEach((ref, k) => {
      ctx.report({
        range: ctx.range(ref.start, ref.end),
        message: `${code(ref.name)} is a global ARG, which RUN does not see; add ${code('ARG ' + ref.name)} to this stage, or it expands to an empty string.`,
        fix: sharedFix(fix, k, declared),
      });
    });
  }
}
