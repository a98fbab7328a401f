import { type DockerfileFacts, runsCommandStartingWith } from '../../engine/applicability';
import { insertEdit, makeFix } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { hasOption, packageCommands, PackageCommand } from '../../model/dockerfile/package-managers';
import { CommandSite, stageChain } from '../../model/dockerfile/queries';
import { effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { baseName } from '../../model/shell';
import { isManagedDistro } from '../shared/externally-managed';
import { argValues, commandStart, CommandsBefore, isTruthy, ownerOf, posixSites, stageOf, variableFor } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'pip-install-externally-managed',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'error',
  summary: '`pip install` into Debian 12+ or Ubuntu 23.04+ system Python fails with "externally-managed-environment".',
  docs: {
    description:
      'Debian 12 (bookworm) and Ubuntu 23.04 and later mark their Python as managed by apt (PEP 668). A `pip install` into ' +
      'it, even with `--user`, stops with "error: externally-managed-environment" and the build fails. Install into a ' +
      'virtual environment instead, or, if you accept the risk of breaking apt\'s Python packages, pass ' +
      '`--break-system-packages`. Official `python:*` images are not affected: their Python lives in `/usr/local`.',
    incorrect: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y python3-pip && pip3 install requests',
    correct:
      'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y python3-pip python3-venv\n' +
      'RUN python3 -m venv /opt/venv\nENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"\nRUN pip install requests',
    fix:
      'Puts a virtual environment in `/opt/venv` on PATH with an ENV line before the RUN and creates it with ' +
      '`python3 -m venv /opt/venv` right before the install. Unsafe: packages land somewhere else, and Debian needs the ' +
      '`python3-venv` package for `venv` to work.',
    notes:
      'Only a literal `debian` or `ubuntu` base image (through the stage chain) with pip installed from `python3-pip` is ' +
      'checked. Exempt: a virtual environment created earlier (`python3 -m venv`, `virtualenv`, `uv venv`) or named by ' +
      '`VIRTUAL_ENV`, a pip outside the system folders (`/opt/venv/bin/pip`), `--break-system-packages`, ' +
      '`PIP_BREAK_SYSTEM_PACKAGES=1`, `--target`, `--prefix`, `--root`, and a removed `EXTERNALLY-MANAGED` marker.',
  },
  fix: 'unsafe',
  aliases: [],
};

const SYSTEM_BIN = /^(\/usr\/local\/bin|\/usr\/bin|\/bin|\/usr\/local\/sbin)?$/;

/** It reports only `pip` commands (`pipN`, `pythonN -m pip`). */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommandStartingWith(facts, 'pip', 'python');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const sites = posixSites(ctx.model);
  const commands = packageCommands(sites);
  // What makes an install count or not, found once (asking every earlier command for each install was quadratic).
  let pipFromApt: CommandsBefore | undefined; // read at the first pip install
  let venvMakers: CommandsBefore | undefined;
  let fixOffered = false;
  for (const command of commands) {
    if (command.tool !== 'pip' || command.sub?.value !== 'install' || command.unknown) continue;
    pipFromApt ??= new CommandsBefore(ctx.model, commands.filter(installsPipFromApt).map((c) => c.site));
    const base = managedBase(ctx.model, pipFromApt, command);
    if (!base) continue;
    venvMakers ??= new CommandsBefore(ctx.model, sites.filter((site) => createsVenv(site) || removesMarker(site)));
    if (exempt(sites, venvMakers, command)) continue;
    const word = command.sub.word;
    const owner = ownerOf(ctx.model, command.site.instruction);
    let fix;
    if (!fixOffered && owner === command.site.instruction) {
      fixOffered = true;
      const lineStart = ctx.model.text.lastIndexOf('\n', owner.start - 1) + 1;
      const indent = ctx.model.text.slice(lineStart, owner.start);
      fix = makeFix('Install into a virtual environment in /opt/venv', 'unsafe', [
        insertEdit(ctx.document, owner.start, `ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"\n${indent}`),
        insertEdit(ctx.document, commandStart(command.site.command), 'python3 -m venv /opt/venv && '),
      ]);
    }
    ctx.report({
      range: ctx.range(word.start, word.end),
      message: `${code('pip install')} into the system Python of ${code(base)} fails with "externally-managed-environment" (PEP 668); use a virtual environment.`,
      fix,
    });
  }
}

/** The chain's base image when it is a literal Debian >= 12 or Ubuntu >= 23.04 and pip came from apt. */
function managedBase(model: DockerfileModel, pipFromApt: CommandsBefore, command: PackageCommand): string | undefined {
  const chain = stageChain(stageOf(model, command.site.instruction));
  const root = chain[chain.length - 1];
  const image = root?.image.resolved;
  if (!image || !isManagedDistro(image)) return undefined;
  return pipFromApt.anyBefore(command.site) ? image : undefined;
}

function installsPipFromApt(c: PackageCommand): boolean {
  return (c.tool === 'apt-get' || c.tool === 'apt') && c.sub?.value === 'install' && c.operands.some((o) => /^python3-pip(=|$)/.test(o.value ?? ''));
}

function exempt(sites: readonly CommandSite[], venvMakers: CommandsBefore, command: PackageCommand): boolean {
  if (hasOption(command, ['--break-system-packages', '--target', '--prefix', '--root', '-t'])) return true;
  if (isTruthy(variableFor(sites, command.site, 'PIP_BREAK_SYSTEM_PACKAGES'))) return true;
  if (command.site.instruction.scope.get('VIRTUAL_ENV')) return true;
  const tool = command.toolWord.value;
  if (tool.includes('/') && !SYSTEM_BIN.test(tool.slice(0, tool.lastIndexOf('/')))) return true;
  return venvMakers.anyBefore(command.site);
}

function createsVenv(site: CommandSite): boolean {
  const args = effectiveArgs(site.command);
  const name = baseName(args[0]?.value ?? '');
  if (name === 'virtualenv') return true;
  if (name === 'uv' && args[1]?.value === 'venv') return true;
  if (!/^python(\d+(\.\d+)?)?$/.test(name)) return false;
  const m = args.findIndex((w) => w.value === '-m');
  return m > 0 && args[m + 1]?.value === 'venv';
}

function removesMarker(site: CommandSite): boolean {
  const args = effectiveArgs(site.command);
  if (baseName(args[0]?.value ?? '') !== 'rm') return false;
  return argValues(args.slice(1), site.instruction).some((v) => v?.includes('EXTERNALLY-MANAGED'));
}
