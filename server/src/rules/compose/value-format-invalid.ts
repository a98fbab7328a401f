import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { problemsOfKind } from '../shared/compose-schema';
import { asInteger, isInterpolated, isRecord, services, valueSpan } from '../shared/compose-services';
import { isKnownSignal } from '../shared/compose-values';

export const meta: ComposeRuleMeta = {
  id: 'value-format-invalid',
  target: 'compose',
  category: 'schema',
  severity: 'error',
  summary: 'A malformed typed string: a duration, byte size, `extra_hosts` entry, ulimit pair or stop signal.',
  docs: {
    description:
      'Compose converts some strings when it loads the file and refuses those it cannot read: durations need a unit on ' +
      'every number (`1m30s`, not `1m30` or `30 seconds`), byte sizes are `512m` or `1g`, `extra_hosts` entries are ' +
      '`host:ip` or `host=ip`, a ulimit\'s `soft` may not exceed its `hard`, and `stop_signal` must name a signal.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 1m30',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 1m30s',
    notes: 'Values holding `${…}` are skipped until interpolation. A `cpus` value that is not a number is `schema-type-mismatch`.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  for (const located of problemsOfKind(ctx.model, 'format', 'pattern', 'range')) {
    if (located.problem.path.includes('ports')) continue; // ports-invalid explains ports
    ctx.report({ range: ctx.range(located.start, located.end), message: located.problem.message });
  }
  for (const service of services(ctx.model)) {
    const report = (path: (string | number)[], message: string) => {
      const span = valueSpan(service.doc, [...service.path, ...path]);
      if (span) ctx.report({ range: ctx.range(span[0], span[1]), message });
    };
    const hosts = service.value.extra_hosts;
    if (Array.isArray(hosts)) {
      hosts.forEach((entry, i) => {
        if (typeof entry !== 'string' || isInterpolated(entry)) return;
        if (!/^[^:=\s]+[:=]\S+$/.test(entry)) report(['extra_hosts', i], `${code(entry)} is not an \`extra_hosts\` entry: write \`host:ip\` or \`host=ip\`.`);
      });
    }
    const ulimits = service.value.ulimits;
    if (isRecord(ulimits)) {
      for (const [name, limit] of Object.entries(ulimits)) {
        if (!isRecord(limit)) continue;
        const soft = asInteger(limit.soft);
        const hard = asInteger(limit.hard);
        if (soft !== undefined && hard !== undefined && hard !== -1 && (soft === -1 || soft > hard)) {
          report(['ulimits', name, 'soft'], `The soft limit of ulimit ${code(name)} (${soft}) is above its hard limit (${hard}).`);
        }
      }
    }
    const signal = service.value.stop_signal;
    if (typeof signal === 'string' && !isInterpolated(signal) && !isKnownSignal(signal)) {
      report(['stop_signal'], `${code(signal)} is not a signal: use a name such as \`SIGTERM\` or \`SIGINT\`.`);
    }
  }
}
