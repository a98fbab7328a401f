import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, findPair, mapAt, reportOnce, scalarString, valueOf } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'memory-limit-missing',
  target: 'compose',
  category: 'security',
  severity: 'off',
  summary: 'A service sets no memory limit.',
  docs: {
    description:
      'Without a memory limit one leaking or overloaded container can use all of the host\'s memory, until the kernel\'s ' +
      'out-of-memory killer starts ending processes, possibly other services or the Docker daemon itself.',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n',
    notes: 'Off by default (a hardening check, as in KICS).',
  },
  fix: 'none',
  aliases: ['KICS:bb9ac4f7'],
};

const KEYS: readonly string[] = ['mem_limit'];

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    const limits = mapAt(s.doc, s.body, 'deploy', 'resources', 'limits');
    const values = [...KEYS.map((k) => (findPair(s.doc, s.body, k) ? valueOf(s.doc, s.body, k) : undefined)), limits && findPair(s.doc, limits, 'memory') ? valueOf(s.doc, limits, 'memory') : undefined];
    // -1 means "unlimited" for the pids limit.
    const set = values.filter((v) => v !== undefined && scalarString(ctx.model, v)?.text.trim() !== '-1');
    if (set.length > 0) continue;
    report({ range: ctx.range(s.keyStart, s.keyEnd), message: `Service ${code(s.name)} sets no memory limit (\`mem_limit\` or \`deploy.resources.limits.memory\`).` });
  }
}
