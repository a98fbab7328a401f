import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  INSTRUCTIONS,
  INSTRUCTION_KEYWORDS,
  getInstructionDoc,
  isInstructionKeyword,
} from '../../server/src/knowledge/dockerfile/instructions';
import { DIRECTIVES, DIRECTIVE_NAMES, CHECK_DIRECTIVE_KEYS, getDirectiveDoc } from '../../server/src/knowledge/dockerfile/directives';

const ALL_18 = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK',
  'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
];

describe('instruction docs', () => {
  test('cover exactly the 18 instructions, once each', () => {
    assert.deepEqual([...INSTRUCTION_KEYWORDS].sort(), [...ALL_18].sort());
    assert.equal(new Set(INSTRUCTION_KEYWORDS).size, 18);
  });

  for (const keyword of ALL_18) {
    test(`${keyword} has a summary, syntax, details and an example`, () => {
      const doc = getInstructionDoc(keyword);
      assert.ok(doc, `no doc for ${keyword}`);
      assert.equal(doc.keyword, keyword);
      // One sentence: ends with a period and has no sentence break inside.
      assert.match(doc.summary, /^[A-Z].*\.$/s);
      assert.doesNotMatch(doc.summary.slice(0, -1), /\.\s+[A-Z]/);
      assert.ok(doc.syntax.length >= 1);
      for (const form of doc.syntax) assert.ok(form.toUpperCase().startsWith(keyword), `${keyword} syntax "${form}"`);
      assert.ok(doc.details.split('\n\n').length >= 2, `${keyword} details should have paragraphs`);
      // Every example line that starts an instruction uses a real keyword.
      const firstWords = doc.example
        .split('\n')
        .filter((l) => /^[A-Z]+\s/.test(l))
        .map((l) => l.split(/\s/)[0] ?? '');
      assert.ok(firstWords.length >= 1, `${keyword} example has no instruction`);
      for (const w of firstWords) assert.ok(isInstructionKeyword(w), `example word ${w}`);
    });
  }

  test('lookup is case-insensitive and rejects non-instructions', () => {
    assert.equal(getInstructionDoc('run')?.keyword, 'RUN');
    assert.equal(getInstructionDoc('Copy')?.keyword, 'COPY');
    assert.equal(getInstructionDoc(' workdir ')?.keyword, 'WORKDIR');
    assert.equal(getInstructionDoc('RUNN'), undefined);
    assert.equal(getInstructionDoc(''), undefined);
    assert.equal(isInstructionKeyword('healthcheck'), true);
    assert.equal(isInstructionKeyword('AS'), false);
  });

  test('only MAINTAINER is deprecated, and it names the replacement label', () => {
    const deprecated = INSTRUCTIONS.filter((d) => d.deprecated !== undefined).map((d) => d.keyword);
    assert.deepEqual(deprecated, ['MAINTAINER']);
    assert.match(getInstructionDoc('MAINTAINER')?.deprecated ?? '', /org\.opencontainers\.image\.authors/);
  });

  test('examples of flag-taking instructions mention their main flags', () => {
    assert.match(getInstructionDoc('RUN')?.syntax.join(' ') ?? '', /--mount/);
    assert.match(getInstructionDoc('COPY')?.syntax.join(' ') ?? '', /--from.*--chown.*--chmod.*--link.*--parents.*--exclude/);
    assert.match(getInstructionDoc('ADD')?.syntax.join(' ') ?? '', /--checksum.*--keep-git-dir.*--unpack/);
    assert.match(getInstructionDoc('HEALTHCHECK')?.syntax.join(' ') ?? '', /--start-interval/);
  });
});

describe('parser directive docs', () => {
  test('syntax, escape and check are documented', () => {
    assert.deepEqual([...DIRECTIVE_NAMES].sort(), ['check', 'escape', 'syntax']);
    for (const d of DIRECTIVES) {
      assert.ok(d.summary.length > 10);
      assert.ok(d.details.includes('leading block'), `${d.name} explains placement`);
      assert.ok(d.example.startsWith(`# ${d.name}=`) || d.example.includes(`\n# ${d.name}=`));
    }
  });

  test('lookup is case-insensitive', () => {
    assert.equal(getDirectiveDoc('ESCAPE')?.name, 'escape');
    assert.equal(getDirectiveDoc('Syntax')?.name, 'syntax');
    assert.equal(getDirectiveDoc('shell'), undefined);
  });

  test('escape allows backslash and backtick; check takes skip, error, experimental', () => {
    assert.deepEqual(getDirectiveDoc('escape')?.values, ['\\', '`']);
    assert.deepEqual(CHECK_DIRECTIVE_KEYS, ['skip', 'error', 'experimental']);
    assert.equal(getDirectiveDoc('check')?.keys?.find((k) => k.key === 'error')?.valueKind, 'boolean');
  });
});
