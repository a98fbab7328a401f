import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { eachService, reportOnce, scalarString, seqItems, valueOf } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'security-opt-unconfined',
  target: 'compose',
  category: 'security',
  severity: 'warning',
  summary: '`security_opt` turns off seccomp, AppArmor, SELinux labels or masked system paths.',
  docs: {
    description:
      'The default seccomp profile blocks about fifty dangerous system calls, AppArmor and SELinux confine what files the ' +
      'container can touch, and masked `/proc` and `/sys` paths hide kernel controls. `unconfined` (or `label:disable`) ' +
      'removes that layer for the whole container. Write a custom profile that allows the one call the service needs instead.',
    incorrect: 'services:\n  chrome:\n    image: acme/chrome:1\n    security_opt:\n      - seccomp:unconfined\n',
    correct: 'services:\n  chrome:\n    image: acme/chrome:1\n    security_opt:\n      - seccomp:./chrome-seccomp.json\n',
    notes: 'Reported: `seccomp`, `apparmor` and `systempaths` set to `unconfined`, and `label:disable`, with `:` or `=`.',
  },
  fix: 'none',
  aliases: ['KICS:404fde2c'],
};

const UNCONFINED = /^(?:(seccomp|apparmor|systempaths)[:=]unconfined|(label)[:=]disable)$/i;

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    for (const item of seqItems(s.doc, valueOf(s.doc, s.body, 'security_opt'))) {
      const opt = scalarString(ctx.model, item);
      const m = opt ? UNCONFINED.exec(opt.text.trim()) : null;
      if (!opt || !m) continue;
      report({
        range: ctx.range(opt.start, opt.end),
        message: `Service ${code(s.name)} disables ${(m[1] ?? 'SELinux labelling').toLowerCase()} confinement with ${code(opt.text)}.`,
      });
    }
  }
}
