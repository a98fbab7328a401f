import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { CommandSite } from '../../model/dockerfile/queries';
import { effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { baseName } from '../../model/shell';
import { partitionPoint } from '../../model/sorted';
import { argValues, posixSites, runs, scripts } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'run-cd-instead-of-workdir',
  target: 'dockerfile',
  category: 'shell',
  severity: 'info',
  summary: '`cd` in RUN changes the folder for that RUN only; `WORKDIR` says it for the whole stage.',
  docs: {
    description:
      'A `cd` lasts until the end of its RUN, so every later RUN has to repeat it, and readers have to work out where each ' +
      'command runs. `WORKDIR /app` sets the folder once for every following RUN, COPY, CMD and ENTRYPOINT, and creates it ' +
      'when it is missing.',
    incorrect: 'FROM node:22-slim\nCOPY . /app\nRUN cd /app && npm ci',
    correct: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci',
    notes:
      'Exempt: `cd` inside a subshell `( cd … )`, `cd -`, `cd ..`, a bare `cd`, `cd /` after another `cd` of the script ' +
      '(going back), and folders the same RUN creates or fetches ' +
      'and usually throws away: `mkdir`, `git clone`, `mktemp -d`, archive extraction (`tar -C`, `unzip -d`, or a folder ' +
      'named like an archive of the RUN), anything under `/tmp`, and folders the RUN removes. A folder from a variable with ' +
      'no known value is skipped.',
  },
  fix: 'none',
  aliases: ['DL3003', 'DS-0013', 'KICS:f4a6bcd3'],
};

/** It reports only `cd` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'cd');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const sites = posixSites(ctx.model);
  const runOf = new Map(runs(sites).map((r) => [r[0].instruction, r]));
  // What each RUN makes, fetches or removes, read once per RUN rather than once per `cd` in it.
  const madeBy = new Map<readonly CommandSite[], MadeFolders>();
  for (const script of scripts(sites)) {
    const run = runOf.get(script[0].instruction) ?? script;
    let depth = 0;
    // A `cd /` after another `cd` of the script goes back (to leave a folder before removing it), not somewhere new.
    let movedBefore = false;
    for (const site of script) {
      const command = site.command;
      if (command.before === '') depth = 0;
      if (command.before === '(') depth++;
      const inSubshell = depth > 0;
      if (command.after === ')') depth = Math.max(0, depth - 1);
      const args = effectiveArgs(command);
      if (args.length < 2 || baseName(args[0].value) !== 'cd' || inSubshell) continue;
      const dirWord = args.slice(1).find((w) => !/^-[LPe@]+$/.test(w.value));
      if (!dirWord) continue;
      const [dir] = argValues([dirWord], site.instruction);
      const returning = movedBefore && dir === '/';
      movedBefore = true;
      if (dir === undefined || dir === '-' || dir === '..' || dir === '~' || dir === '' || returning) continue;
      let made = madeBy.get(run);
      if (!made) madeBy.set(run, (made = madeFolders(run)));
      if (throwAway(dir, made)) continue;
      ctx.report({
        range: ctx.range(args[0].start, dirWord.end),
        message: `${code('cd ' + dir)} lasts only for this RUN; use \`WORKDIR ${dir}\` to set the folder for the stage.`,
      });
    }
  }
}

/** The folders a RUN makes, fetches or removes, and the archives it names. */
interface MadeFolders {
  /** Paths (trailing slashes dropped) and their last parts. */
  paths: Set<string>;
  lastParts: Set<string>;
  /** Last parts of archive paths, sorted: a folder named like one is a prefix of it. */
  archives: string[];
}

function madeFolders(run: readonly CommandSite[]): MadeFolders {
  const made: MadeFolders = { paths: new Set(), lastParts: new Set(), archives: [] };
  const add = (v: string) => {
    const p = trimSlashes(v);
    made.paths.add(p);
    made.lastParts.add(baseName(p));
  };
  for (const site of run) {
    const args = effectiveArgs(site.command);
    const name = baseName(args[0]?.value ?? '');
    const values = argValues(args.slice(1), site.instruction).filter((v): v is string => v !== undefined);
    if (name === 'mkdir' || name === 'rm' || name === 'unzip' || name === 'tar' || name === 'cp' || name === 'mv') values.forEach(add);
    if (name === 'git' && values[0] === 'clone') {
      // The clone's folder: the last operand, or the repository name (option values are harmless extra candidates).
      for (const o of values.slice(1)) {
        if (o.startsWith('-')) continue;
        add(o);
        add(baseName(trimSlashes(o)).replace(/\.git$/, ''));
      }
    }
    for (const v of values) if (/\.(tar(\.\w+)?|tgz|tbz2?|txz|zip)$/.test(v)) made.archives.push(baseName(v));
  }
  made.archives.sort();
  return made;
}

/** The folder is made, fetched or removed by the same RUN, or lives under /tmp: WORKDIR would keep a throw-away path. */
function throwAway(dir: string, made: MadeFolders): boolean {
  const clean = trimSlashes(dir);
  const last = baseName(clean);
  if (/^\/tmp(\/|$)/.test(clean) || /^\/var\/tmp(\/|$)/.test(clean)) return true;
  if (made.paths.has(clean) || made.lastParts.has(last)) return true;
  // Sorted, the archive names starting with `last` begin where `last` would go.
  const at = partitionPoint(made.archives, (a) => a < last);
  return at < made.archives.length && made.archives[at].startsWith(last);
}

function trimSlashes(path: string): string {
  return path.replace(/(?<!\/)\/+$/, '');
}
