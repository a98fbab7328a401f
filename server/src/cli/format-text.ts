/** Human-readable output, grouped by file. */
import type { FileReport } from './report';

export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    lines.push(report.file);
    for (const f of report.findings) {
      counts[f.severity]++;
      if (f.fixes[0]?.safety === 'safe') fixable++;
      const pos = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      lines.push(`  ${pos.padEnd(8)} ${f.severity.padEnd(8)} ${f.message}  ${f.rule}`);
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const fixedNote = reports.reduce((n, r) => n + r.fixed, 0);
  if (fixedNote > 0) lines.push(`Fixed ${fixedNote} problem${fixedNote === 1 ? '' : 's'}.`);
  if (total === 0) {
    lines.push(`No problems found in ${reports.length} file${reports.length === 1 ? '' : 's'}.`);
  } else {
    const parts = (['error', 'warning', 'info', 'hint'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`);
    lines.push(`${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${reports.length} file${reports.length === 1 ? '' : 's'}.`);
    if (fixable > 0) lines.push(`${fixable} can be fixed safely with --fix.`);
  }
  return lines.join('\n') + '\n';
}
