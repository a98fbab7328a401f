import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { hasInterpolation } from '../../knowledge/compose/formats';
import { eachService, reportOnce, stringAt } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'container-name-invalid',
  target: 'compose',
  category: 'services',
  severity: 'error',
  summary: '`container_name` has characters Docker does not allow in a container name.',
  docs: {
    description:
      'Docker accepts container names of letters, digits, `_`, `.` and `-`, starting with a letter or digit, at least two ' +
      'characters long. Any other name makes container creation fail with "Invalid container name".',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n    container_name: "acme api"\n',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    container_name: acme-api\n',
    notes: 'Names holding `${…}` are judged only after interpolation, so they are skipped.',
  },
  fix: 'none',
  aliases: ['dclint:service-container-name-regex'],
};

const VALID = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    const name = stringAt(ctx.model, s.doc, s.body, 'container_name');
    if (!name || hasInterpolation(name.text) || VALID.test(name.text)) continue;
    report({
      range: ctx.range(name.start, name.end),
      message: `Container name ${code(name.text)} of service ${code(s.name)} is invalid: use letters, digits, \`_\`, \`.\` and \`-\`, starting with a letter or digit.`,
    });
  }
}
