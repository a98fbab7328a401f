import { type DockerfileFacts, runsCommandStartingWith } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { allOptions, optionName, packageCommands } from '../../model/dockerfile/package-managers';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { posixSites } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'pip-package-unpinned',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'off',
  summary: '`pip install` of a package without a version specifier.',
  docs: {
    description:
      'Without a version, `pip install` takes the newest release on PyPI at build time, so a rebuild can pull in a breaking ' +
      'major version. `requests==2.32.3` (or a range such as `requests>=2.32,<3`) pins it; a requirements or constraints ' +
      'file with pinned versions is better still. Off by default, because many teams pin in those files instead.',
    incorrect: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir requests',
    correct: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir requests==2.32.3',
    notes:
      'Exempt: installs with `-c`/`--constraint` (the constraints pin them), `.` and other local paths, wheels and sdists, ' +
      'VCS URLs with `@ref`. Values of options such as `-r`, `-i` and `--target` are not packages. Unknown variables are skipped.',
  },
  fix: 'none',
  aliases: ['DL3013', 'KICS:02d9c71f'],
};

const SPECIFIER = /(==|>=|<=|~=|!=|===|[<>]|@)/;
const ARCHIVE = /\.(whl|tar\.gz|tgz|tar\.bz2|zip)$/i;

/** It reports only `pip` commands (`pipN`, `pythonN -m pip`). */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommandStartingWith(facts, 'pip', 'python');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const command of packageCommands(posixSites(ctx.model))) {
    if (command.tool !== 'pip' || command.sub?.value !== 'install') continue;
    if (allOptions(command).some((o) => optionName(o) === '-c' || optionName(o) === '--constraint')) continue;
    for (const pkg of command.operands) {
      const v = pkg.value;
      if (v !== undefined && /^(git|hg|svn|bzr)\+/.test(v)) {
        if (!/@[^/]+$/.test(v.split('#')[0])) report(ctx, pkg.word.start, pkg.word.end, `VCS URL ${code(v)} names no revision (\`@<tag or commit>\`).`);
        continue;
      }
      if (v === undefined || v === '' || SPECIFIER.test(v) || ARCHIVE.test(v) || /^[./~]/.test(v) || v.includes('/') || v.includes(':')) continue;
      report(ctx, pkg.word.start, pkg.word.end, `Package ${code(v)} is installed without a version specifier (\`${v}==<version>\`).`);
    }
  }
}

function report(ctx: RuleContext<DockerfileModel>, start: number, end: number, message: string): void {
  ctx.report({ range: ctx.range(start, end), message });
}
