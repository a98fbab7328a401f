import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { TextEdit } from '../../engine/types';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';
import { writtenAs } from '../shared/instruction-edits';

export const meta: DockerfileRuleMeta = {
  id: 'stage-name-casing',
  target: 'dockerfile',
  category: 'style',
  severity: 'warning',
  summary: 'A stage name holds upper-case letters.',
  docs: {
    description:
      'Stage names are matched without regard to case, so `AS Builder` and `--from=builder` name the same stage. ' +
      'Upper case therefore only suggests a distinction that does not exist; BuildKit warns about it.',
    incorrect: 'FROM golang:1.23 AS Builder\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=Builder /app /app',
    correct: 'FROM golang:1.23 AS builder\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=builder /app /app',
    fix: 'Lower-cases the name and every `FROM`, `COPY --from` and `--mount from=` reference to it. Safe: names are ' +
      'case-insensitive.',
  },
  fix: 'safe',
  aliases: ['BK:StageNameCasing'],
};

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { text } = ctx.model;
  for (const stage of ctx.model.stages) {
    if (stage.nameStart < 0) continue;
    const written = text.slice(stage.nameStart, stage.nameEnd);
    if (written === written.toLowerCase() || written.includes('$')) continue;
    const lower = written.toLowerCase();
    const edits: TextEdit[] = [replaceEdit(ctx.document, stage.nameStart, stage.nameEnd, lower)];
    const refers = (v: string | null | undefined) => v !== null && v !== undefined && v !== lower && v.toLowerCase() === lower;
    // A reference split by an escaped line break (`Bu\` then `ild`) is left as it is (writtenAs): the builder matches
    // stage names whatever their case.
    for (const other of ctx.model.stages) {
      const { raw, start, end } = other.image;
      if (other.index > stage.index && refers(raw) && writtenAs(text, start, end, raw)) edits.push(replaceEdit(ctx.document, start, end, lower));
    }
    for (const instruction of withTriggers(ctx.model)) {
      if (instruction.index < stage.from.index) continue;
      for (const flag of instruction.flags) {
        const name = flag.name.toLowerCase();
        if (name === 'from' && flag.value && refers(flag.value) && writtenAs(text, flag.valueStart, flag.valueEnd, flag.value)) {
          edits.push(replaceEdit(ctx.document, flag.valueStart, flag.valueEnd, lower));
        }
        if (name === 'mount' && flag.value && flag.valueEnd - flag.valueStart === flag.value.length) {
          const m = /(^|,)\s*from=([^,]*)/i.exec(flag.value);
          if (m && refers(m[2])) {
            const start = flag.valueStart + m.index + m[0].length - m[2].length;
            edits.push(replaceEdit(ctx.document, start, start + m[2].length, lower));
          }
        }
      }
    }
    ctx.report({
      range: ctx.range(stage.nameStart, stage.nameEnd),
      message: `Stage name ${code(written)} has upper-case letters; stage names ignore case, so write ${code(lower)}.`,
      fix: makeFix(`Rename the stage to ${lower}`, 'safe', edits),
    });
  }
}
