import type { EngineRuleMeta } from '../../engine/rule';

export const meta: EngineRuleMeta = {
  id: 'suppression-invalid',
  target: 'any',
  category: 'suppression',
  severity: 'warning',
  summary: 'A suppression comment names a rule that does not exist.',
  docs: {
    description:
      'A misspelt name in `# stevedore-ignore`, `# hadolint ignore=`, `# check=skip=` or `# dclint disable` silences nothing, ' +
      'so the finding you meant to accept keeps coming back (hadolint even drops the whole comment). Stevedore honours the ' +
      'valid names in the comment and marks the unknown one.',
    incorrect: '# hadolint ignore=DL3O08\nRUN apt-get install -y curl',
    correct: '# hadolint ignore=DL3008\nRUN apt-get install -y curl',
    fix: 'Replaces the name with the nearest known one. Safe: it only edits a comment.',
    notes: 'ShellCheck codes (`SC2086`) and hadolint codes Stevedore does not implement are accepted.',
  },
  fix: 'safe',
  aliases: [],
};
