import type { EngineRuleMeta } from '../../engine/rule';

export const meta: EngineRuleMeta = {
  id: 'internal-error',
  target: 'any',
  category: 'engine',
  severity: 'warning',
  summary: 'A rule failed on this file and was skipped.',
  docs: {
    description:
      'Stevedore runs every rule on its own: when one of them hits a bug on an unusual file, it is skipped and this finding ' +
      'says which one, while every other rule still reports. The file itself may be fine. Please report the file shape that caused it.',
    incorrect: '# (any file that makes a rule fail)',
    correct: '# (the same file once the rule is fixed)',
  },
  fix: 'none',
  aliases: [],
};
