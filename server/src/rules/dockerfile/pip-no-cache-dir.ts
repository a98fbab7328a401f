import { type DockerfileFacts, runsCommandStartingWith } from '../../engine/applicability';
import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { hasOption, packageCommands } from '../../model/dockerfile/package-managers';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { isTruthy, mountsOf, posixSites, variableFor } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'pip-no-cache-dir',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'info',
  summary: '`pip install` without `--no-cache-dir` stores its download cache in the image.',
  docs: {
    description:
      'pip keeps every wheel it downloads or builds in `~/.cache/pip`. In an image that cache is never used again, yet it ' +
      'stays in the layer and can be as large as the packages themselves. `--no-cache-dir` (or `PIP_NO_CACHE_DIR=1`) ' +
      'keeps it out; a cache mount keeps it between builds without shipping it.',
    incorrect: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt',
    correct: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
    fix: 'Inserts `--no-cache-dir` after `install`. Safe: the same packages are installed; only the cache is left out.',
    notes:
      'Checks `pip`, `pip3`, `pipX.Y` and `python -m pip`. `--no-cache` counts: pip reads it as `--no-cache-dir`. ' +
      'Exempt: a truthy `PIP_NO_CACHE_DIR` from ENV, ARG or the RUN ' +
      '(`PIP_NO_CACHE_DIR=1 pip …`, `export`), and a `cache` or `tmpfs` mount on the pip cache folder (`~/.cache/pip`, ' +
      '`~/.cache`, or `PIP_CACHE_DIR`). pipx, pipenv and `uv pip` are other programs and are not checked.',
  },
  fix: 'safe',
  aliases: ['DL3042', 'KICS:f2f903fb'],
};

/** It reports only `pip` commands (`pipN`, `pythonN -m pip`). */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommandStartingWith(facts, 'pip', 'python');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const sites = posixSites(ctx.model);
  for (const command of packageCommands(sites)) {
    if (command.tool !== 'pip' || command.sub?.value !== 'install' || command.unknown) continue;
    // pip takes an unambiguous prefix of a long option: `--no-cache` is `--no-cache-dir`.
    if (hasOption(command, ['--no-cache-dir', '--no-cache'])) continue;
    if (isTruthy(variableFor(sites, command.site, 'PIP_NO_CACHE_DIR'))) continue;
    if (pipCacheMounted(command.site.instruction)) continue;
    const word = command.sub.word;
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: `${code('pip install')} has no \`--no-cache-dir\`, so pip's download cache stays in the image.`,
      fix: word.expansion ? undefined : makeFix('Add --no-cache-dir', 'safe', [insertEdit(ctx.document, word.end, ' --no-cache-dir')]),
    });
  }
}

function pipCacheMounted(instruction: InstructionNode): boolean {
  const custom = instruction.scope.get('PIP_CACHE_DIR')?.value?.replace(/(?<!\/)\/+$/, '');
  return mountsOf(instruction).some(
    (m) => (m.type === 'cache' || m.type === 'tmpfs') && (/\/\.cache(\/pip)?$/.test(m.target) || (custom !== undefined && m.target === custom)),
  );
}
