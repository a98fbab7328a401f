import { type DockerfileFacts, hasKeyword, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { commandName, type CommandSite, effectiveArgs, shellCommands } from '../../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { baseName } from '../../model/shell';
import { copyParts, copiesFromContext } from '../shared/whole-context-copy';

export const meta: DockerfileRuleMeta = {
  id: 'archive-copied-then-extracted',
  target: 'dockerfile',
  category: 'layers',
  severity: 'info',
  summary: 'A local tar archive is copied and then extracted by a later RUN.',
  docs: {
    description:
      '`COPY app.tar.gz /tmp/` followed by `RUN tar -xzf /tmp/app.tar.gz` stores the archive in one layer and its contents ' +
      'in another, and deleting the archive afterwards does not shrink the image. `ADD` extracts a local tar archive (plain, ' +
      'gzip, bzip2 or xz) in a single step, keeping only the extracted files.',
    incorrect: 'FROM debian:trixie-slim\nCOPY vendor.tar.gz /tmp/\nRUN tar -xzf /tmp/vendor.tar.gz -C /opt',
    correct: 'FROM debian:trixie-slim\nADD vendor.tar.gz /opt/',
    notes:
      'Only tar archives count, since ADD does not unpack zip files. `COPY --from` sources are exempt. The archive is ' +
      'matched by file name in a later `tar -x` of the same stage.',
  },
  fix: 'none',
  aliases: ['DL3010'],
};

const TAR_ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz)$/i;

function extracts(args: string[]): boolean {
  return args.some((a) => a === '--extract' || a === '--get' || /^-?(?=[A-Za-z]*x)[A-Za-z]*$/.test(a) && !a.startsWith('--'));
}

/** It needs a COPY and a later `tar` command. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'COPY') && runsCommand(facts, 'tar');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const stage of ctx.model.stages) {
    // The stage from its last instruction back, keeping for each file name the nearest later `tar -x` that names it
    // (looking ahead from every COPY was quadratic in a stage of archives and extractions).
    const nextExtraction = new Map<string, CommandSite>();
    for (let k = stage.instructions.length - 1; k >= 0; k--) {
      const instruction = stage.instructions[k]!;
      if (instruction.keyword === 'COPY') reportCopied(ctx, instruction, nextExtraction);
      else if (instruction.keyword === 'RUN') {
        // A RUN's first extraction of a name is the nearest: its commands are recorded last to first.
        for (const site of shellCommands([instruction]).reverse()) {
          const { command } = site;
          if (commandName(command) !== 'tar') continue;
          const values = effectiveArgs(command).slice(1).map((a) => a.value);
          if (extracts(values)) for (const v of values) nextExtraction.set(baseName(v), site);
        }
      }
    }
  }
}

function reportCopied(ctx: RuleContext<DockerfileModel>, instruction: InstructionNode, nextExtraction: ReadonlyMap<string, CommandSite>): void {
  if (!copiesFromContext(instruction)) return;
  const parts = copyParts(instruction);
  if (!parts) return;
  for (const source of parts.sources) {
    if (!TAR_ARCHIVE.test(source.value) || /[*?[]/.test(source.value)) continue;
    const name = baseName(source.value);
    const later = nextExtraction.get(name);
    if (!later) continue;
    ctx.report({
      range: ctx.range(source.start, source.end),
      message: `${code(name)} is copied and then extracted on line ${later.instruction.line + 1}; \`ADD\` would extract it without keeping the archive in a layer.`,
    });
  }
}
