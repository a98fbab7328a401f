/** SARIF 2.1.0, as GitHub code scanning accepts it (1-based lines and columns, relative URIs). */
import type { RuleMeta, Severity } from '../engine/types';
import { renderRuleDoc } from '../engine/docs';
import type { FileReport } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function formatSarif(reports: FileReport[], metas: readonly RuleMeta[], version: string): object {
  const used = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.rule)))].sort();
  const rules = used.map((id) => metas.find((m) => m.id === id)).filter((m): m is RuleMeta => m !== undefined);
  const index = new Map(rules.map((m, i) => [m.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Stevedore',
            version,
            semanticVersion: version,
            rules: rules.map((m) => ({
              id: m.id,
              name: m.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: m.summary },
              fullDescription: { text: m.docs.description.replace(/`/g, '') },
              help: { text: m.docs.description.replace(/`/g, ''), markdown: renderRuleDoc(m) },
              defaultConfiguration: { level: m.severity === 'off' ? 'none' : LEVEL[m.severity] },
              properties: { tags: [m.target, m.category], aliases: m.aliases },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file://' + process.cwd().replace(/\\/g, '/').replace(/\/?$/, '/') } },
        results: reports.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.rule,
            ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(r.file.replace(/\\/g, '/')), uriBaseId: '%SRCROOT%' },
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}
