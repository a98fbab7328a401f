import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { reportOnce } from '../shared/compose-nodes';
import { isInterpolated, isRecord, isTrue, keySpan, topLevelEntries } from '../shared/compose-services';

export const meta: ComposeRuleMeta = {
  id: 'secret-config-source-invalid',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'A top-level secret or config without exactly one source (`file`, `environment`, `content`).',
  docs: {
    description:
      'A top-level secret takes its content from exactly one of `file` or `environment`; a config from exactly one of ' +
      '`file`, `environment` or `content`. With none, there is nothing to mount; with two, Compose cannot tell which one ' +
      'you meant. Either way it refuses the file. Resources created outside Compose are declared with `external: true` ' +
      'instead, and a custom `driver` brings its own source.',
    incorrect: 'secrets:\n  db_password:\n    file: ./secrets/db_password.txt\n    environment: DB_PASSWORD',
    correct: 'secrets:\n  db_password:\n    environment: DB_PASSWORD',
    notes:
      'Exempt: `external: true` (or a value holding `${…}`) and a `driver`. Compose itself also accepts `external: false` with ' +
      'no source, which leaves the secret empty; this rule reports it.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

const SOURCES: Record<string, { noun: string; keys: string[] }> = {
  secrets: { noun: 'Secret', keys: ['file', 'environment'] },
  configs: { noun: 'Config', keys: ['file', 'environment', 'content'] },
};

function sourceList(keys: string[]): string {
  const quoted = keys.map((k) => `\`${k}\``);
  return quoted.length === 2 ? quoted.join(' or ') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const [section, { noun, keys }] of Object.entries(SOURCES)) {
    for (const entry of topLevelEntries(ctx.model, section)) {
      const raw = (entry.doc.value as Record<string, Record<string, unknown>>)[section][entry.name];
      if (raw !== null && raw !== undefined && !isRecord(raw)) continue; // a type error, not ours
      if (entry.name.startsWith('x-')) continue;
      const value = entry.value;
      // In the order written, so the second one is the one reported.
      const position = (k: string) => keySpan(entry.doc, [...entry.path, k])?.[0] ?? 0;
      const present = keys.filter((k) => k in value).sort((a, b) => position(a) - position(b));
      if (present.length > 1) {
        const span = keySpan(entry.doc, [...entry.path, present[1]]);
        if (!span) continue;
        report({
          range: ctx.range(span[0], span[1]),
          message: `${noun} ${code(entry.name)} sets both \`${present[0]}\` and \`${present[1]}\`: give it exactly one source.`,
        });
        continue;
      }
      if (present.length === 1 || 'driver' in value) continue;
      if (isTrue(value.external) || isInterpolated(value.external) || isRecord(value.external)) continue;
      const span = keySpan(entry.doc, entry.path);
      if (!span) continue;
      report({
        range: ctx.range(span[0], span[1]),
        message: `${noun} ${code(entry.name)} has no source: set one of ${sourceList(keys)}, or \`external: true\` when it is created outside Compose.`,
      });
    }
  }
}
