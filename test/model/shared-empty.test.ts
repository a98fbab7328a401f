/**
 * The model shares one empty list among its lists that are usually empty (an instruction's flags, heredocs and
 * pairs, a command's assignments…): nothing may add to it, or every such list would change at once. It is not
 * frozen (V8 does not optimize `for…of` over a frozen array), so this checks that linting and fixing the corpus,
 * with every rule, leaves it empty.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll, lintText } from '../../server/src/api';
import { EMPTY_LIST } from '../../server/src/model/empty-list';
import { loadCorpus } from '../robustness/inputs';

test('linting and fixing the corpus adds nothing to the shared empty lists', async () => {
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
  assert.equal(EMPTY_LIST.length, 0);
});
