import type { EngineRuleMeta } from '../../engine/rule';

export const meta: EngineRuleMeta = {
  id: 'suppression-unused',
  target: 'any',
  category: 'suppression',
  severity: 'info',
  summary: 'A suppression comment suppresses nothing.',
  docs: {
    description:
      'Suppressions outlive the problems they silenced: once the line is fixed the comment only misleads readers, and it would ' +
      'hide a new finding of the same rule later. A suppression is unused when the rule it names ran on this file and found ' +
      'nothing where the comment applies.',
    incorrect: '# stevedore-ignore base-image-latest\nFROM node:22.11-bookworm',
    correct: 'FROM node:22.11-bookworm',
    notes:
      'The Dockerfile catalog lists this rule as off by default; the foundation issue asks for unused suppressions to be ' +
      'reported, so it is on at `info`. Turn it off with `suppression-unused: off` in `.stevedore.yaml`. For another ' +
      'tool\'s comment (`# hadolint ignore=`, `# check=skip=`, `# dclint disable-line`) the message names the Stevedore ' +
      'rule that found nothing: that tool\'s own rule can differ (hadolint does not expand `FROM ${base}`), so keep the ' +
      'comment while the tool still checks the file.',
  },
  fix: 'none',
  aliases: [],
};
