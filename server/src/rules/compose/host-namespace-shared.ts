import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, reportOnce, stringAt } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'host-namespace-shared',
  target: 'compose',
  category: 'security',
  severity: 'warning',
  summary: 'A service shares a host namespace (`pid`, `ipc`, `uts`, `userns_mode` or `cgroup: host`).',
  docs: {
    description:
      'Namespaces are what make a container a container. `pid: host` lets it see and signal every host process, ' +
      '`ipc: host` read host shared memory, `uts: host` change the host name, `userns_mode: host` undo user-namespace ' +
      'remapping so root inside is root outside, `cgroup: host` see the host\'s cgroup tree.',
    incorrect: 'services:\n  monitor:\n    image: acme/monitor:3\n    pid: host\n',
    correct: 'services:\n  monitor:\n    image: acme/monitor:3\n',
  },
  fix: 'none',
  aliases: ['KICS:4f31dd9f', 'KICS:baa3890f', 'KICS:8af7162d'],
};

const KEYS = ['pid', 'ipc', 'uts', 'userns_mode', 'cgroup'];

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    for (const key of KEYS) {
      const value = stringAt(ctx.model, s.doc, s.body, key);
      if (value?.text !== 'host') continue;
      report({ range: ctx.range(value.start, value.end), message: `Service ${code(s.name)} shares the host's ${key === 'userns_mode' ? 'user' : key} namespace (\`${key}: host\`).` });
    }
  }
}
