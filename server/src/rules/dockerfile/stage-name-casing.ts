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
  let references: StageReferences | undefined;
  for (const stage of ctx.model.stages) {
    if (stage.nameStart < 0) continue;
    const written = text.slice(stage.nameStart, stage.nameEnd);
    if (written === written.toLowerCase() || written.includes('$')) continue;
    const lower = written.toLowerCase();
    const edits: TextEdit[] = [replaceEdit(ctx.document, stage.nameStart, stage.nameEnd, lower)];
    references ??= stageReferences(ctx.model);
    // Later stages' images, then `--from` values of this stage's FROM on (the builder matches whatever the case).
    for (const r of references.images.get(lower) ?? []) if (r.index > stage.index && r.written !== lower) edits.push(replaceEdit(ctx.document, r.start, r.end, lower));
    for (const r of references.flags.get(lower) ?? []) if (r.index >= stage.from.index && r.written !== lower) edits.push(replaceEdit(ctx.document, r.start, r.end, lower));
    ctx.report({
      range: ctx.range(stage.nameStart, stage.nameEnd),
      message: `Stage name ${code(written)} has upper-case letters; stage names ignore case, so write ${code(lower)}.`,
      fix: makeFix(`Rename the stage to ${lower}`, 'safe', edits),
    });
  }
}

/** A place that may name a stage: its text as written, where it is, and the index of its stage or instruction. */
interface Reference {
  written: string;
  start: number;
  end: number;
  index: number;
}

/** The references a rename can rewrite, by lower-case name: indexed once, where a scan per stage was quadratic. */
interface StageReferences {
  images: Map<string, Reference[]>;
  flags: Map<string, Reference[]>;
}

function stageReferences(model: DockerfileModel): StageReferences {
  const { text } = model;
  const images = new Map<string, Reference[]>();
  const flags = new Map<string, Reference[]>();
  const add = (to: Map<string, Reference[]>, reference: Reference) => {
    const key = reference.written.toLowerCase();
    const list = to.get(key);
    if (list) list.push(reference);
    else to.set(key, [reference]);
  };
  // A reference split by an escaped line break (`Bu\` then `ild`) is left as it is (writtenAs): the builder matches
  // stage names whatever their case.
  for (const other of model.stages) {
    const { raw, start, end } = other.image;
    if (raw && writtenAs(text, start, end, raw)) add(images, { written: raw, start, end, index: other.index });
  }
  for (const instruction of withTriggers(model)) {
    for (const flag of instruction.flags) {
      const name = flag.name.toLowerCase();
      if (name === 'from' && flag.value && writtenAs(text, flag.valueStart, flag.valueEnd, flag.value)) {
        add(flags, { written: flag.value, start: flag.valueStart, end: flag.valueEnd, index: instruction.index });
      }
      if (name === 'mount' && flag.value && flag.valueEnd - flag.valueStart === flag.value.length) {
        const m = /(^|,)\s*from=([^,]*)/i.exec(flag.value);
        if (m?.[2]) {
          const start = flag.valueStart + m.index + m[0].length - m[2].length;
          add(flags, { written: m[2], start, end: start + m[2].length, index: instruction.index });
        }
      }
    }
  }
  return { images, flags };
}
