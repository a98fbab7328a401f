import { eolOf, insertEdit, makeFix, needsBreakBefore } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { effective } from '../shared/cmd-entrypoint';
import { shippedStages } from '../shared/final-stage';

export const meta: DockerfileRuleMeta = {
  id: 'healthcheck-missing',
  target: 'dockerfile',
  category: 'runtime',
  severity: 'off',
  summary: 'The final image has no `HEALTHCHECK`.',
  docs: {
    description:
      'Without a health check, Docker and Compose only know whether the process is running, not whether it answers. A ' +
      '`HEALTHCHECK` lets `docker ps`, `depends_on: condition: service_healthy` and Swarm see a hung service. Orchestrators ' +
      'such as Kubernetes ignore it and use their own probes, which is why this rule is off by default.',
    incorrect: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/',
    correct:
      'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n' +
      'HEALTHCHECK --interval=30s --timeout=5s CMD curl -fsS http://localhost/ || exit 1',
    fix:
      'Appends a `HEALTHCHECK` template that probes `http://localhost/` with curl. Unsafe: adjust the URL and make sure the ' +
      'image has curl, or the container will be reported unhealthy. Not offered when the file ends inside its last ' +
      'instruction (a trailing `\\` or an open heredoc), where the line would become part of it.',
    notes: 'An explicit `HEALTHCHECK NONE` counts as a decision and is not reported. Instructions inherited through `FROM <stage>` count.',
  },
  fix: 'unsafe',
  aliases: ['DL3057', 'CKV_DOCKER_2', 'DS-0026', 'KICS:b03a748a'],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  const text = ctx.model.text;
  const eol = eolOf(text);
  const template = 'HEALTHCHECK --interval=30s --timeout=5s CMD curl -fsS http://localhost/ || exit 1';
  for (const { stage, label, appendAt } of shippedStages(ctx)) {
    if (effective(stage, 'HEALTHCHECK')) continue;
    ctx.report({
      range: ctx.range(stage.image.start, stage.image.end),
      message: `${label} has no \`HEALTHCHECK\`, so Docker cannot tell when the service stops answering.`,
      fix: appendAt === undefined ? undefined : makeFix('Append a HEALTHCHECK template', 'unsafe', [insertEdit(ctx.document, appendAt, (needsBreakBefore(text, appendAt) ? eol : '') + template + eol)]),
    });
  }
}
