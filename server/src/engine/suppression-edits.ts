/**
 * The edits behind "Ignore <id> for this line" and "Ignore <id> in this file". They write the comment style
 * the file already uses: another `# hadolint ignore=` in a file that has them, the BuildKit name merged into
 * an existing `# check=skip=` directive (BuildKit rejects a second one), `# dclint disable-line` in a compose
 * file that uses dclint comments, and our own `# stevedore-ignore` otherwise.
 */
import type { ComposeModel } from '../model/compose/types';
import type { DockerfileModel } from '../model/dockerfile/types';
import { eolOf, indentationAt, insertEdit, lineSpan, replaceEdit } from './edits';
import type { Finding, RuleMeta, TextEdit } from './types';

type Model = DockerfileModel | ComposeModel;

export function ignoreLineEdits(model: Model, finding: Finding, meta: RuleMeta): TextEdit[] {
  return model.kind === 'dockerfile' ? dockerfileIgnoreLine(model, finding, meta) : composeIgnoreLine(model, finding, meta);
}

export function ignoreFileEdits(model: Model, meta: RuleMeta): TextEdit[] {
  const text = model.text;
  const eol = eolOf(text);
  const comment = `# stevedore-ignore-file ${meta.id}`;
  if (model.kind === 'dockerfile') {
    // After the parser directives: a comment above them would turn them into plain comments.
    const directives = model.directives;
    const offset = directives.length > 0 ? lineSpan(text, directives[directives.length - 1].start)[1] : text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const needsBreak = offset === text.length && text.length > 0 && !text.endsWith('\n');
    return [insertEdit(model.document, offset, (needsBreak ? eol : '') + comment + eol)];
  }
  return [insertEdit(model.document, text.charCodeAt(0) === 0xfeff ? 1 : 0, comment + eol)];
}

const HADOLINT_LINE = /^#\s*hadolint\s+ignore\s*=\s*(.*)$/;
const STEVEDORE_LINE = /^#\s*stevedore-ignore\s+(.*?)(\s+--\s.*)?$/;

function dockerfileIgnoreLine(model: DockerfileModel, finding: Finding, meta: RuleMeta): TextEdit[] {
  const line = finding.range.start.line;
  const instruction = model.instructions.find((i) => i.line <= line && line <= i.endLine);
  const targetLine = instruction ? instruction.line : line;
  const text = model.text;
  const lineStart = model.document.offsetAt({ line: targetLine, character: 0 });
  const indent = indentationAt(text, lineStart);
  const eol = eolOf(text);
  const above = targetLine > 0 ? lineText(model, targetLine - 1) : undefined;

  const buildkit = meta.aliases.find((a) => a.startsWith('BK:'))?.slice(3);
  const check = model.directives.find((d) => d.name === 'check');
  if (buildkit && check) return mergeCheckSkip(model, check, buildkit);

  const hadolint = meta.aliases.find((a) => /^DL\d{4}$/.test(a));
  const usesHadolint = model.comments.some((c) => /^hadolint\s+ignore\s*=/.test(c.text));
  if (hadolint && usesHadolint) {
    const m = above !== undefined ? HADOLINT_LINE.exec(above.text.trim()) : null;
    if (m && above) return [insertEdit(model.document, above.end, `,${hadolint}`)];
    return [insertEdit(model.document, lineStart, `${indent}# hadolint ignore=${hadolint}${eol}`)];
  }
  const ours = above !== undefined ? STEVEDORE_LINE.exec(above.text.trim()) : null;
  if (ours && above) {
    const listEnd = above.start + above.text.indexOf(ours[1]) + ours[1].length;
    return [insertEdit(model.document, listEnd, `,${meta.id}`)];
  }
  return [insertEdit(model.document, lineStart, `${indent}# stevedore-ignore ${meta.id}${eol}`)];
}

/** `# check=skip=A` → `# check=skip=A,B`; `# check=error=true` → `# check=skip=B;error=true`. */
function mergeCheckSkip(model: DockerfileModel, check: DockerfileModel['directives'][number], name: string): TextEdit[] {
  const value = check.value;
  const skip = /(^|;)\s*skip\s*=\s*([^;]*)/.exec(value);
  if (skip) {
    const listEnd = check.valueStart + skip.index + skip[0].length;
    const list = skip[2].trim();
    return [insertEdit(model.document, listEnd - (skip[2].length - skip[2].trimEnd().length), list === '' ? name : `,${name}`)];
  }
  return [replaceEdit(model.document, check.valueStart, check.valueEnd, value.trim() === '' ? `skip=${name}` : `skip=${name};${value}`)];
}

function composeIgnoreLine(model: ComposeModel, finding: Finding, meta: RuleMeta): TextEdit[] {
  const line = finding.range.start.line;
  const text = model.text;
  const lineStart = model.document.offsetAt({ line, character: 0 });
  const current = lineText(model, line);
  const dclint = meta.aliases.find((a) => a.startsWith('dclint:'))?.slice(7);
  const usesDclint = /#\s*dclint\s+disable/.test(text);
  const name = dclint && usesDclint ? dclint : meta.id;
  const keyword = dclint && usesDclint ? 'dclint disable-line' : 'stevedore-ignore';
  // Inside a block scalar a comment line would become content: put the comment at the end of the line instead.
  if (inBlockScalar(model, lineStart)) {
    return [insertEdit(model.document, current.end, ` # ${keyword} ${name}`)];
  }
  const indent = indentationAt(text, lineStart);
  return [insertEdit(model.document, lineStart, `${indent}# ${keyword} ${name}${eolOf(text)}`)];
}

function inBlockScalar(model: ComposeModel, offset: number): boolean {
  let inside = false;
  const visit = (node: unknown): void => {
    if (inside || node === null || typeof node !== 'object') return;
    const n = node as { type?: string; range?: [number, number, number]; items?: unknown[]; key?: unknown; value?: unknown };
    if ((n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED') && n.range && offset > n.range[0] && offset < n.range[1]) inside = true;
    if (Array.isArray(n.items)) n.items.forEach(visit);
    if ('key' in n) visit(n.key);
    if ('value' in n) visit(n.value);
  };
  for (const doc of model.yamlDocs) visit(doc.contents);
  return inside;
}

function lineText(model: Model, line: number): { text: string; start: number; end: number } {
  const start = model.document.offsetAt({ line, character: 0 });
  const next = model.document.offsetAt({ line: line + 1, character: 0 });
  let end = next;
  const t = model.text;
  if (end > start && t[end - 1] === '\n') end--;
  if (end > start && t[end - 1] === '\r') end--;
  return { text: t.slice(start, end), start, end };
}
