import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import { eolOf, insertEdit, makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { fromValues } from '../shared/stage-graph';

export const meta: DockerfileRuleMeta = {
  id: 'copy-from-variable',
  target: 'dockerfile',
  category: 'stages',
  severity: 'error',
  summary: '`COPY --from` uses a variable, which the builder does not expand there.',
  docs: {
    description:
      'BuildKit does not expand variables in `COPY --from`: `--from=$BASE` fails the build. To pick the source image with a ' +
      'build argument, declare it globally, give it its own stage (`FROM ${BASE} AS base-src`) and copy from that stage.',
    incorrect: 'ARG TOOLS=alpine:3.22\nFROM debian:trixie-slim\nCOPY --from=$TOOLS /bin/busybox /bin/busybox',
    correct: 'ARG TOOLS=alpine:3.22\nFROM ${TOOLS} AS tools-src\nFROM debian:trixie-slim\nCOPY --from=tools-src /bin/busybox /bin/busybox',
    fix:
      'When the value is exactly one global ARG, inserts `FROM ${NAME} AS <name>-src` before the stage and points `--from` at ' +
      'that stage. Unsafe: it adds a stage, and the ARG must hold an image reference.',
  },
  fix: 'unsafe',
  aliases: [],
};

/** It reads only `COPY --from` flags that hold a `$`. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.dollar && hasKeyword(facts, 'COPY') && facts.flags.has('from');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { model } = ctx;
  const names = new Set(model.stages.map((s) => s.name));
  for (const stage of model.stages) {
    for (const instruction of stage.instructions) {
      for (const from of fromValues(instruction)) {
        if (from.kind !== 'copy' || !from.value.includes('$')) continue;
        const single = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/.exec(from.value);
        const variable = single?.[1] ?? single?.[2];
        let fix;
        if (variable && model.globalScope.get(variable)?.kind === 'global-arg') {
          let name = `${variable.toLowerCase().replace(/_/g, '-')}-src`;
          for (let k = 2; names.has(name); k++) name = `${variable.toLowerCase().replace(/_/g, '-')}-src-${k}`;
          const lineStart = model.text.lastIndexOf('\n', stage.from.start - 1) + 1;
          const eol = eolOf(model.text);
          fix = makeFix(`Copy from a new stage ${name} built FROM \${${variable}}`, 'unsafe', [
            insertEdit(ctx.document, lineStart, `FROM \${${variable}} AS ${name}${eol}`),
            replaceEdit(ctx.document, from.start, from.end, name),
          ]);
        }
        ctx.report({
          range: ctx.range(from.start, from.end),
          message: `${code('--from=' + from.value)} holds a variable, which the builder does not expand; copy from a stage built \`FROM\` it instead.`,
          fix,
        });
      }
    }
  }
}
