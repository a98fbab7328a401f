import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { ClosingLines, heredocName } from '../../model/dockerfile/scan';
import type { DockerfileModel, Word } from '../../model/dockerfile/types';
import { KEYWORDS, withTriggers } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'heredoc-marker-space',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'warning',
  summary: 'A space between `<<` and a heredoc\'s name: older builders (and all after `<<-`) read no heredoc there.',
  docs: {
    description:
      'A Dockerfile heredoc opens with `<<NAME` (or `<<-NAME`, which strips leading tabs) and ends at a line that reads ' +
      '`NAME`. Written `<< NAME`, it is a heredoc only to BuildKit 0.22 and later (Dockerfile frontend 1.16). Older ' +
      'builders leave `<< NAME` to the shell and read every line below it as an instruction, so the build stops at the ' +
      'first one (`unknown instruction: echo`). After `<<-` no builder accepts the space yet. Writing the name right ' +
      'after the marker works everywhere.',
    incorrect: 'FROM alpine:3.21\nRUN cat << EOF > /etc/motd\nWelcome\nEOF',
    correct: 'FROM alpine:3.21\nRUN cat <<EOF > /etc/motd\nWelcome\nEOF',
    fix: 'Removes the blanks between the marker and the name. Safe: BuildKit 0.22 and later already read a heredoc ' +
      'there after `<<`, and without it the lines below cannot build.',
    notes:
      'Reported only where a later line reads as the name (after leading tabs for `<<-`), which is the sign a heredoc ' +
      'was meant: `RUN echo a << b` without such a line is left alone. A warning after `<<`, an error after `<<-`. ' +
      'Stevedore reads `<< NAME` as BuildKit 0.22 does (a heredoc, so the lines below are its body) and `<<- NAME` as ' +
      'every builder does (the lines below are instructions). With `# syntax=` pinning a frontend older than 1.16, ' +
      '`flag-needs-newer-syntax` reports `<< NAME` as well.',
  },
  fix: 'safe',
  aliases: [],
};

/** Instructions that take heredocs. */
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
/** A marker word with nothing after it, after which the model reads no heredoc: `<<-`, `2<<`, `2<<-` (`<< NAME` is one). */
const BARE_MARKER = /^(?:\d*<<-|\d+<<)$/;

export function check(ctx: RuleContext<DockerfileModel>): void {
  const text = ctx.model.text;
  let closers: ClosingLines | undefined;
  for (const instruction of withTriggers(ctx.model)) {
    if (!HEREDOC_KEYWORDS.has(instruction.keyword) || instruction.execForm) continue;
    // `<< NAME` with a closing line below: the model reads a heredoc there, as BuildKit 0.22 does.
    for (const heredoc of instruction.heredocs) {
      if (heredoc.spaced) report(ctx, heredoc.markerStart, heredoc.markerStart + 2, heredoc.nameStart, heredoc.markerEnd, false);
    }
    if (instruction.heredocs.length > 0) continue;
    const { args } = instruction;
    for (let k = 0; k + 1 < args.length; k++) {
      const marker = args[k];
      if (!BARE_MARKER.test(marker.value)) continue;
      const nameWord = args[k + 1];
      const name = delimiterName(nameWord);
      if (name === undefined) continue;
      const tabbed = marker.value.endsWith('-');
      // Some line after the instruction reads as the name, as a heredoc's last line would.
      closers ??= new ClosingLines(text);
      if (!closers.after(name, instruction.end, tabbed)) continue;
      report(ctx, marker.start, marker.end, nameWord.start, nameWord.end, tabbed);
      break;
    }
  }
}

/** The marker [start, markerEnd), blanks, then the name [nameStart, end). */
function report(ctx: RuleContext<DockerfileModel>, start: number, markerEnd: number, nameStart: number, end: number, tabbed: boolean): void {
  const text = ctx.model.text;
  const gap = text.slice(markerEnd, nameStart);
  const written = `${text.slice(start, markerEnd)} ${text.slice(nameStart, end)}`;
  const marker = text.slice(start, markerEnd);
  ctx.report({
    range: ctx.range(start, end),
    // After `<<-` the file cannot build on any builder; after `<<` only on older ones.
    severity: tabbed ? 'error' : undefined,
    message: tabbed
      ? `${code(written)} opens no heredoc: the name must follow \`<<-\` directly, so the builder reads the lines below as instructions.`
      : `${code(written)} opens a heredoc only on BuildKit 0.22 and later: older builders read the lines below as instructions.`,
    fix: /^[ \t]+$/.test(gap) ? makeFix(`Remove the space after ${code(marker)}`, 'safe', [replaceEdit(ctx.document, markerEnd, nameStart, '')]) : undefined,
  });
}

/** The name a delimiter word gives (`EOF`, `"EOF"`, `'EOF'` → `EOF`), or undefined where no heredoc could be meant. */
function delimiterName(word: Word): string | undefined {
  // The name as scan.ts reads it from a marker written without the space.
  const name = heredocName(`<<${word.value}`);
  if (name === null || name.includes('<') || /[\s"']/.test(name)) return undefined;
  // A name that is an instruction keyword closes on a line the builder reads as that instruction: nothing to repair.
  return KEYWORDS.has(name.toUpperCase()) ? undefined : name;
}
