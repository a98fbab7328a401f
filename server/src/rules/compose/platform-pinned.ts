import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { hasInterpolation } from '../../knowledge/compose/formats';
import { eachService, reportOnce, stringAt } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'platform-pinned',
  target: 'compose',
  category: 'services',
  severity: 'off',
  summary: 'A service pins a constant `platform`.',
  docs: {
    description:
      'A fixed `platform: linux/amd64` makes every machine with another architecture (Apple silicon, ARM servers) run the ' +
      'image under emulation, which is slow and sometimes crashes. Leave the platform out so the engine picks the native ' +
      'variant, or make it configurable.',
    incorrect: 'services:\n  api:\n    image: acme/api:1.4\n    platform: linux/amd64\n',
    correct: 'services:\n  api:\n    image: acme/api:1.4\n    platform: ${API_PLATFORM:-linux/amd64}\n',
    notes: 'Off by default: pinning is right for images published for one architecture only.',
  },
  fix: 'none',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    const platform = stringAt(ctx.model, s.doc, s.body, 'platform');
    if (!platform || platform.text === '' || hasInterpolation(platform.text)) continue;
    report({
      range: ctx.range(platform.start, platform.end),
      message: `Service ${code(s.name)} pins platform ${code(platform.text)}: other architectures run it under emulation.`,
    });
  }
}
