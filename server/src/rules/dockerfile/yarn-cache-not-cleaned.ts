import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { checkCacheCleaned } from '../shared/package-rules';
import { mountsOf } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'yarn-cache-not-cleaned',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'info',
  summary: '`yarn install` without `yarn cache clean` in the same RUN leaves the yarn cache in the image.',
  docs: {
    description:
      'Yarn keeps a copy of every downloaded package in its cache folder. In an image the cache is dead weight, often larger ' +
      'than `node_modules` itself, and removing it in a later RUN does not shrink the layer. Finish the RUN with ' +
      '`yarn cache clean`, or keep the cache out of the image with a cache mount.',
    incorrect: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile',
    correct: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean',
    fix: 'Appends `&& yarn cache clean` to the RUN. Safe: it only drops the download cache.',
    notes:
      'Only stages that end up in an image are checked (the last stage, and stages another one builds on with `FROM`): a ' +
      'builder stage whose files are copied out does not ship its cache. A `cache` or `tmpfs` mount on a yarn cache folder ' +
      'exempts the RUN.',
  },
  fix: 'safe',
  aliases: ['DL3060'],
};

/** It reports only `yarn install`. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'yarn');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  checkCacheCleaned(ctx, {
    fills: (c) => c.tool === 'yarn' && c.sub?.value === 'install',
    cleans: (_site, c) => c !== undefined && c.tool === 'yarn' && c.sub?.value === 'cache' && c.operands[0]?.value === 'clean',
    folders: ['/usr/local/share/.cache/yarn', '/root/.cache/yarn', '/home/node/.cache/yarn'],
    cleanCommand: () => 'yarn cache clean',
    message: () => '`yarn install` leaves the yarn cache in the image; run `yarn cache clean` in the same RUN.',
    imageStagesOnly: true,
    exempt: yarnCacheMount,
  });
}

function yarnCacheMount(instruction: InstructionNode): boolean {
  return mountsOf(instruction).some((m) => (m.type === 'cache' || m.type === 'tmpfs') && /yarn/i.test(m.target));
}
