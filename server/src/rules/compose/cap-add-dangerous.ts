import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, reportOnce, scalarString, seqItems, valueOf } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'cap-add-dangerous',
  target: 'compose',
  category: 'security',
  severity: 'warning',
  summary: '`cap_add` grants a capability that amounts to host root (`ALL`, `SYS_ADMIN`…).',
  docs: {
    description:
      'Some capabilities are nearly as strong as `privileged`: `SYS_ADMIN` allows mounting file systems, `SYS_MODULE` ' +
      'loading kernel modules, `SYS_PTRACE` reading other processes\' memory, `DAC_READ_SEARCH` opening any host file by ' +
      'handle, `BPF` loading kernel programs. `ALL` grants every one of them. Add only what the service needs.',
    incorrect: 'services:\n  fuse:\n    image: acme/fuse:1\n    cap_add: [SYS_ADMIN]\n',
    correct: 'services:\n  fuse:\n    image: acme/fuse:1\n    cap_add: [CHOWN]\n',
    notes: 'Reported: `ALL`, `SYS_ADMIN`, `SYS_MODULE`, `SYS_RAWIO`, `SYS_PTRACE`, `SYS_BOOT`, `DAC_READ_SEARCH`, `BPF`, with or without the `CAP_` prefix. `NET_ADMIN` is left out because VPN and network tools need it.',
  },
  fix: 'none',
  aliases: ['KICS:ce76b7d0'],
};

const DANGEROUS = new Set(['ALL', 'SYS_ADMIN', 'SYS_MODULE', 'SYS_RAWIO', 'SYS_PTRACE', 'SYS_BOOT', 'DAC_READ_SEARCH', 'BPF']);

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    for (const item of seqItems(s.doc, valueOf(s.doc, s.body, 'cap_add'))) {
      const cap = scalarString(ctx.model, item);
      const name = cap?.text.trim().toUpperCase().replace(/^CAP_/, '');
      if (!cap || !name || !DANGEROUS.has(name)) continue;
      report({
        range: ctx.range(cap.start, cap.end),
        message: name === 'ALL'
          ? `Service ${code(s.name)} adds every capability (\`ALL\`): that is close to running privileged.`
          : `Service ${code(s.name)} adds ${code(cap.text)}, a capability that can take over the host.`,
      });
    }
  }
}
