/**
 * The model reads the pairs of plain one-line ENV/LABEL/ARG instructions itself (simple-properties.ts) and
 * leaves the others to dockerfile-ast. Either way every instruction's pairs must be what dockerfile-ast reads:
 * on snippets at the edge of "plain", the realistic corpus, mutants of it and generated one-line instructions.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DockerfileParser } from 'dockerfile-ast';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDockerfile } from '../../server/src/model/dockerfile/parse';
import { simpleProperties } from '../../server/src/model/dockerfile/simple-properties';
import type { Property } from '../../server/src/model/dockerfile/types';
import { loadCorpus, mutate, mutationArb } from '../robustness/inputs';

type AstProperty = import('dockerfile-ast').Property;

/** Every ENV/LABEL/ARG's pairs as dockerfile-ast reads them, in the model's shape. */
function astProperties(text: string): Property[][] {
  const document = TextDocument.create('file:///Dockerfile', 'dockerfile', 0, text);
  const at = (p: Parameters<TextDocument['offsetAt']>[0]) => document.offsetAt(p);
  const out: Property[][] = [];
  for (const node of DockerfileParser.parse(text).getInstructions()) {
    if (!['ENV', 'LABEL', 'ARG'].includes(node.getKeyword())) continue;
    const properties = (node as unknown as { getProperties(): AstProperty[] }).getProperties();
    out.push(properties.map((p) => {
      const nameEnd = at(p.getNameRange().end);
      const valueRange = p.getValueRange();
      const valueStart = valueRange ? at(valueRange.start) : nameEnd;
      const valueEnd = valueRange ? at(valueRange.end) : nameEnd;
      return {
        name: p.getName(),
        value: p.getValue(),
        raw: valueRange ? text.slice(valueStart, valueEnd) : undefined,
        start: at(p.getRange().start),
        end: at(p.getRange().end),
        nameStart: at(p.getNameRange().start),
        nameEnd,
        valueStart,
        valueEnd,
        operator: p.getAssignmentOperator(),
      };
    }));
  }
  return out;
}

function modelProperties(text: string): Property[][] {
  return parseDockerfile(text).instructions.filter((i) => ['ENV', 'LABEL', 'ARG'].includes(i.keyword)).map((i) => i.properties);
}

function assertSame(text: string): void {
  assert.deepEqual(modelProperties(text), astProperties(text), JSON.stringify(text));
}

const SNIPPETS = [
  'ENV A=1',
  'ENV A=1 B=2\tC=3',
  'ENV A 1',
  'ENV A 1 2   3',
  'ENV A',
  'ENV =x',
  'ENV A=',
  'ENV A==b',
  'ARG A',
  'ARG A B=2',
  'ARG A=$B C=${D:-e}',
  'LABEL a.b=c d=e',
  'LABEL a=b=c',
  'ENV --x=1 A=2',
  'ENV A=1   ',
  'ENV A=1\r\nENV B=2\r\n',
  'ENV A=1 \\\n  B=2',
  'ENV A="1 2" B=3',
  "ENV A='1' B",
  'ENV A=1#x',
  '# escape=`\nENV A=c:\\x B=2',
  '# escape=`\nENV A=1 `\n  B=2',
  'ENV A=<<EOF\nx\nEOF',
  'ONBUILD ENV A=1 B=2',
  'ENV A=é B=😀 C=3',
];

test('plain ENV/LABEL/ARG pairs are read as dockerfile-ast reads them', () => {
  for (const text of SNIPPETS) assertSame(`FROM a\n${text}\n`);
});

test('the realistic corpus and mutants of it: every ENV/LABEL/ARG as dockerfile-ast reads it', async () => {
  const corpus = await loadCorpus();
  const files = corpus.dockerfileCorpus(20261123, 120).map((f) => f.text);
  for (const text of files) assertSame(text);
  fc.assert(
    fc.property(fc.constantFrom(...files.slice(0, 40)), fc.array(mutationArb, { minLength: 1, maxLength: 6 }), (text, mutations) => {
      assertSame(mutate(text, mutations));
    }),
    { numRuns: 600, seed: 11 },
  );
});

test('generated one-line ENV/LABEL/ARG instructions are read as dockerfile-ast reads them', () => {
  const piece = fc.constantFrom('A', 'b_1', '=', '==', 'x.y', '$V', '${V:-d}', '-', '--f', 'é', ':', '/', '@');
  const word = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
  const blank = fc.constantFrom(' ', '\t', '  ');
  const line = fc.tuple(fc.constantFrom('ENV', 'LABEL', 'ARG', 'env'), fc.array(fc.tuple(blank, word), { maxLength: 5 }), fc.constantFrom('', ' ', '\t'))
    .map(([keyword, words, trailing]) => keyword + words.map(([b, w]) => b + w).join('') + trailing);
  fc.assert(fc.property(line, (l) => assertSame(`FROM a\n${l}\n`)), { numRuns: 2000, seed: 5 });
});

test('only plain one-line instructions take the short path', () => {
  const words = (text: string, from: number) => [...text.slice(from).matchAll(/\S+/g)].map((m) => ({ value: m[0], start: from + m.index, end: from + m.index + m[0].length }));
  const plain = 'ENV A=1 B';
  assert.equal(simpleProperties(plain, 3, plain.length, words(plain, 3), '\\')?.length, 2);
  for (const text of ['ENV A="1"', "ENV A='1'", 'ENV A=1#x', 'ENV A=1\\', 'ENV <<EOF']) {
    assert.equal(simpleProperties(text, 3, text.length, words(text, 3), '\\'), undefined, text);
  }
});
