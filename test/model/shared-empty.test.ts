/**
 * The models share one empty list among their lists that are usually empty (an instruction's flags, heredocs and
 * pairs, a command's assignments, a Compose value's interpolation references…): nothing may add to it, or every
 * such list would change at once. It is not frozen (model/empty-list.ts says why), so this checks that linting and
 * fixing the corpora, with every rule, leaves it empty.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll, lintText } from '../../server/src/api';
import { EMPTY_LIST } from '../../server/src/model/empty-list';
import { loadCorpus } from '../robustness/inputs';

test('linting and fixing the corpora adds nothing to the shared empty lists', async () => {
  const corpus = await loadCorpus();
  const texts = corpus.dockerfileCorpus(7, 60).map((f) => f.text);
  texts.push(
    'ONBUILD RUN <<EOF\nset -e\nEOF\n',
    'FROM a\nARG\nENV\nLABEL\nRUN\nCOPY\nHEALTHCHECK NONE\nSHELL []\nCMD []\nVOLUME []\n',
    'FROM a\nRUN sh -c "apt-get install x > /log" && echo "unterminated\n',
  );
  for (const text of texts) {
    lintText(text, { kind: 'dockerfile', allRules: true });
    fixAll(text, { kind: 'dockerfile', allRules: true }, { unsafe: true });
  }
  // Compose interpolation shares it too (references without nested ones, values without any).
  const stacks = corpus.composeCorpus(7, 10).map((f) => f.text);
  stacks.push('services:\n  a:\n    image: "${IMAGE:-${REG}/app}:${TAG?}"\n    environment:\n      X: $$Y ${Z:+on}\n');
  for (const text of stacks) {
    lintText(text, { kind: 'compose', allRules: true });
    fixAll(text, { kind: 'compose', allRules: true }, { unsafe: true });
  }
  assert.equal(EMPTY_LIST.length, 0);
});
