import { type DockerfileFacts, runsCommand, runsCommandStartingWith } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { dirname, joinPath } from '../../engine/fs';
import { commandSites, EarlierInChain, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { baseName } from '../../model/shell';
import { buildsUsing } from '../shared/workspace-builds';
import { copiesFromContext, copyParts, wholeContextSource } from '../shared/whole-context-copy';
import { dependencyInstall } from '../shared/package-commands';

export const meta: DockerfileRuleMeta = {
  id: 'npm-install-instead-of-ci',
  target: 'dockerfile',
  category: 'layers',
  severity: 'info',
  summary: '`npm install` is used although a lock file was copied; `npm ci` installs exactly the lock.',
  docs: {
    description:
      '`npm install` treats `package-lock.json` as a hint: it may resolve newer versions within the ranges of ' +
      '`package.json` and rewrite the lock, so two builds of one commit can differ. `npm ci` installs exactly what the lock ' +
      'says, fails when lock and manifest disagree, and starts from a clean `node_modules`.',
    incorrect: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install',
    correct: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci',
    fix: 'Replaces `install` with `ci`. Unsafe: the build fails when the lock file is out of date with package.json.',
    notes:
      'Only `npm install`/`npm i` without package names counts. The lock file must be copied earlier in the stage (or a ' +
      'stage it is built from): by name, by a pattern such as `package*.json`, or by a whole-context copy when the ' +
      'context folder holds a lock file.',
  },
  fix: 'unsafe',
  aliases: [],
};

const LOCK = /^(package-lock|npm-shrinkwrap)\.json$/;
const LOCK_PATTERN = /^(package\*\.json|package-lock\.json\*|\*\.json|npm-shrinkwrap\.json\*|package-\*\.json)$/;

/** The instructions after which the lock file is in the image: a COPY of it (or of the whole context holding it). */
function lockCopies(ctx: RuleContext<DockerfileModel>): EarlierInChain {
  const context = contextDir(ctx);
  return new EarlierInChain((i) => {
    const parts = copyParts(i);
    if (!parts || !copiesFromContext(i)) return false;
    if (parts.sources.some((s) => LOCK.test(baseName(s.value)) || LOCK_PATTERN.test(baseName(s.value)))) return true;
    return wholeContextSource(i, true) !== undefined && context !== undefined &&
      (ctx.fs.exists(joinPath(context, 'package-lock.json')) || ctx.fs.exists(joinPath(context, 'npm-shrinkwrap.json')));
  });
}

function contextDir(ctx: RuleContext<DockerfileModel>): string | undefined {
  if (!ctx.fileName) return undefined;
  return buildsUsing(ctx.fs, ctx.fileName)[0]?.context ?? dirname(ctx.fileName);
}

/** It reports only `npm install` (`python -m npm` included, as `dependencyInstall` reads it). */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'npm') || runsCommandStartingWith(facts, 'python');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  // Made on the first `npm install`, and asked for each: a stage of many installs read its chain once for each.
  let lockCopied: EarlierInChain | undefined;
  for (const { command, instruction } of commandSites(ctx.model)) {
    const install = dependencyInstall(command);
    if (install?.tool !== 'npm install' || !instruction.stage) continue;
    const args = effectiveArgs(command);
    if (args.some((a) => a.expansion)) continue;
    lockCopied ??= lockCopies(ctx);
    if (!lockCopied.has(instruction)) continue;
    ctx.report({
      range: ctx.range(install.word.start, install.word.end),
      message: '`npm install` may resolve other versions than the copied lock file and rewrite it; use `npm ci` to install exactly the lock.',
      fix: makeFix('Replace with npm ci', 'unsafe', [replaceEdit(ctx.document, install.word.start, install.word.end, 'ci')]),
    });
  }
}
