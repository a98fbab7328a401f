import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, findPair, mapAt, reportOnce, scalarString, valueOf } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'cpu-limit-missing',
  target: 'compose',
  category: 'security',
  severity: 'off',
  summary: 'A service sets no CPU limit.',
  docs: {
    description:
      'Without a CPU limit a busy container can starve every other service on the host, including the ones that would ' +
      'let you log in and fix it.',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    cpus: 1.5\n',
    notes: 'Off by default (a hardening check, as in KICS).',
  },
  fix: 'none',
  aliases: ['KICS:6b610c50'],
};

const KEYS: readonly string[] = ['cpus', 'cpu_quota'];

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    const limits = mapAt(s.doc, s.body, 'deploy', 'resources', 'limits');
    const values = [...KEYS.map((k) => (findPair(s.doc, s.body, k) ? valueOf(s.doc, s.body, k) : undefined)), limits && findPair(s.doc, limits, 'cpus') ? valueOf(s.doc, limits, 'cpus') : undefined];
    // -1 means "unlimited" for the pids limit.
    const set = values.filter((v) => v !== undefined && scalarString(ctx.model, v)?.text.trim() !== '-1');
    if (set.length > 0) continue;
    report({ range: ctx.range(s.keyStart, s.keyEnd), message: `Service ${code(s.name)} sets no CPU limit (\`cpus\`, \`cpu_quota\` or \`deploy.resources.limits.cpus\`).` });
  }
}
