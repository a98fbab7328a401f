import { insertEdit, makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel, Stage } from '../../model/dockerfile/types';

const WINDOWS_IMAGE = /(^|\/)(windows(\/|$)|servercore|nanoserver|windowsservercore)|windows(servercore|nanoserver)/i;
const DRIVE_PATH = /^[A-Za-z]:\\(?:.*\\)?$/;

export const meta: DockerfileRuleMeta = {
  id: 'windows-path-escapes-newline',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'warning',
  summary: 'A Windows path ending in `\\` joins the line with the next one.',
  docs: {
    description:
      'With the default escape character, a `\\` at the end of a line continues the instruction on the next line. ' +
      'In Windows paths that is a trap: `WORKDIR C:\\` or `COPY app C:\\app\\` swallows the following instruction, ' +
      'and the build fails or does something else entirely. Add `# escape=`` ` at the top to make the backtick the ' +
      'escape character, or write the path with forward slashes, which Windows accepts.',
    incorrect: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app C:\\app\\\nWORKDIR C:\\app',
    correct: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app C:\\app\\\nWORKDIR C:\\app',
    fix: 'Adds ``# escape=` `` as the first line, or (alternative) writes the path with `/`. Both unsafe: the escape ' +
      'directive changes how every other line of the file is joined, and forward slashes change the text of the path.',
    notes: 'Reported when the `\\` ends a drive-letter path (`C:\\…\\`) or, in a stage built on a Windows image ' +
      '(`…/windows/servercore`, `nanoserver`), any word ending in `\\`. A doubled `\\\\` at the end of a line does not ' +
      'continue it (the builder reads it as an escaped backslash), so `C:\\\\dir\\\\` is not reported.',
  },
  fix: 'unsafe',
  aliases: [],
};

/**
 * The stage, or a stage it is built on, starts from a Windows image. The answer is kept in `known` for every stage
 * walked, so a long chain of stages is walked once, not once for each of its stages (quadratic).
 */
function isWindowsStage(stage: Stage | undefined, known: Map<Stage, boolean>): boolean {
  const walked: Stage[] = [];
  let windows = false;
  for (let s = stage; s; s = s.parent) {
    const kept = known.get(s);
    if (kept !== undefined) {
      windows = kept;
      break;
    }
    walked.push(s);
    if (WINDOWS_IMAGE.test(s.image.resolved ?? s.image.raw)) {
      windows = true;
      break;
    }
  }
  for (const s of walked) known.set(s, windows);
  return windows;
}

/**
 * Answers "is there a `needle` inside [start, end)?" for ranges asked in document order, moving one pointer
 * forward through the text: an `indexOf` from each start would rescan the rest of the file every time.
 */
function occurrences(text: string, needle: string): (start: number, end: number) => boolean {
  let next = text.indexOf(needle);
  return (start, end) => {
    while (next >= 0 && next < start) next = text.indexOf(needle, next + 1);
    return next >= 0 && next + needle.length <= end;
  };
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { text, document } = ctx.model;
  if (ctx.model.escape !== '\\') return;
  const anyDrivePath = text.includes(':\\');
  const hasDrivePath = occurrences(text, ':\\');
  const windowsStages = new Map<Stage, boolean>();
  for (const instruction of ctx.model.instructions) {
    if (instruction.line === instruction.endLine && instruction.end >= text.length) continue;
    const windows = isWindowsStage(instruction.stage, windowsStages);
    // Outside Windows stages only a drive path (`C:\dir\`) is reported: skip instructions without one.
    if (!windows && (!anyDrivePath || !hasDrivePath(document.offsetAt({ line: instruction.line, character: 0 }), document.offsetAt({ line: instruction.endLine + 1, character: 0 })))) continue;
    for (let line = instruction.line; line <= instruction.endLine; line++) {
      if (ctx.model.heredocLines.has(line)) continue;
      const start = document.offsetAt({ line, character: 0 });
      const lineText = text.slice(start, document.offsetAt({ line: line + 1, character: 0 })).replace(/\r?\n$/, '');
      // A `\\` ending does not continue the line (the builder wants something else before the last `\`).
      const m = /(?<!\S)(\S*[^\\\s])\\$/.exec(lineText);
      if (!m) continue;
      const word = m[0];
      if (!DRIVE_PATH.test(word) && !windows) continue;
      const wordStart = start + m.index;
      const slashEnd = wordStart + word.length;
      ctx.report({
        range: ctx.range(slashEnd - 1, slashEnd),
        message: `The \`\\\` ending ${code(word)} continues the instruction on the next line instead of ending the path.`,
        fixesSplitWords: true,
        fix: [
          makeFix('Add # escape=` at the top', 'unsafe', [insertEdit(document, text.charCodeAt(0) === 0xfeff ? 1 : 0, '# escape=`\n')]),
          makeFix('Write the path with /', 'unsafe', [replaceEdit(document, wordStart, slashEnd, word.replace(/\\/g, '/'))]),
        ],
      });
    }
  }
}
