/** Hover: a finding's explanation (rendered from its rule's metadata), else reference docs for the word under the cursor. */
import type { Hover, Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { renderRuleHover } from '../engine/docs';
import { type LintResult, ruleMeta } from '../engine/lint';
import type { Range } from '../engine/types';
import { referenceHover } from './reference-hover';


function contains(range: Range, p: Position): boolean {
  const after = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const before = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return after && before;
}

export function hover(document: TextDocument, result: LintResult | undefined, position: Position): Hover | null {
  const sections: string[] = [];
  let range: Range | undefined;
  const seen = new Set<string>();
  for (const finding of result?.findings ?? []) {
    if (!contains(finding.range, position) || seen.has(finding.rule)) continue;
    const meta = ruleMeta(finding.rule);
    if (!meta) continue;
    seen.add(finding.rule);
    sections.push(renderRuleHover(meta));
    range ??= finding.range;
  }
  const reference = result ? referenceHover(result.model, document.offsetAt(position)) : undefined;
  if (reference) {
    sections.push(reference.markdown);
    range ??= reference.range;
  }
  if (sections.length === 0) return null;
  return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') }, range };
}
