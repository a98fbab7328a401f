import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { optionName, packageCommands, type PackageCommand, type ParsedOption } from '../../model/dockerfile/package-managers';
import type { CommandSite } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { argValues, CommandsBefore, posixSites } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'apt-get-no-install-recommends',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'info',
  summary: '`apt-get install` without `--no-install-recommends` pulls in packages nobody asked for.',
  docs: {
    description:
      'By default `apt-get install` also installs every package the named ones *recommend*: documentation tools, optional ' +
      'libraries, sometimes a whole X stack. They make the image larger, slower to pull and wider to attack, and the build ' +
      'rarely needs them. `--no-install-recommends` installs only what the packages depend on.',
    incorrect: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl',
    correct: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
    fix:
      'Inserts `--no-install-recommends` after `install`. Unsafe: packages that were only recommended disappear from the ' +
      'image, and something may have relied on them.',
    notes:
      'Also satisfied by `-o APT::Install-Recommends=false` (or `0`) and by an earlier RUN in the stage chain that writes ' +
      '`APT::Install-Recommends "false"` into apt\'s configuration. Variables are expanded from ARG and ENV first; an ' +
      'unknown variable on the command line keeps the rule silent.',
  },
  fix: 'unsafe',
  aliases: ['DL3015', 'DS-0029', 'KICS:7384dfb2'],
};

const NO_RECOMMENDS = /^APT::Install-Recommends[= ]"?(false|0|no)"?;?$/i;

/** It reports only `apt-get` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'apt-get');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const sites = posixSites(ctx.model);
  let writers: CommandsBefore | undefined; // read at the first install that could be reported
  for (const command of packageCommands(sites)) {
    if (command.tool !== 'apt-get' || command.sub?.value !== 'install' || command.unknown) continue;
    if (skipsRecommends(command)) continue;
    // An earlier RUN wrote `APT::Install-Recommends "false";` somewhere.
    if ((writers ??= new CommandsBefore(ctx.model, confWriters(sites))).anyBefore(command.site)) continue;
    const word = command.sub.word;
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: `${code('apt-get install')} has no \`--no-install-recommends\`, so recommended packages are installed too.`,
      fix: word.expansion
        ? undefined
        : makeFix('Add --no-install-recommends', 'unsafe', [insertEdit(ctx.document, word.end, ' --no-install-recommends')]),
    });
  }
}

function skipsRecommends(command: PackageCommand): boolean {
  return command.globalOptions.some(optionSkipsRecommends) || command.options.some(optionSkipsRecommends);
}

function optionSkipsRecommends(o: ParsedOption): boolean {
  const name = optionName(o);
  if (name === '--no-install-recommends' || o.name.value === '--install-recommends=false') return true;
  if (name === '-o' || name === '--option') return NO_RECOMMENDS.test(o.value ?? '');
  return /^-o/.test(o.name.value ?? '') && NO_RECOMMENDS.test((o.name.value ?? '').slice(2));
}

/**
 * The commands that write `APT::Install-Recommends "false";` somewhere (echo … > /etc/apt/apt.conf.d/…), read once:
 * reading every earlier command again for each install was quadratic in a file of many installs.
 */
function confWriters(sites: readonly CommandSite[]): CommandSite[] {
  return sites.filter((site) => /APT::Install-Recommends\s*"?(false|0|no)"?/i.test(argValues(site.command.args, site.instruction).join(' ')));
}

