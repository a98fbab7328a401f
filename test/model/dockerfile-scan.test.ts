/**
 * scan.ts reads instructions exactly as dockerfile-ast does (the model was built on that library): the same
 * ranges, keyword, words and flags, on tricky snippets, the realistic corpus and mutants of it. Where the library
 * and BuildKit differ, scan.ts follows BuildKit, and a test below says where.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DockerfileParser, Instruction } from 'dockerfile-ast';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { argumentWords, escapeCharacter, readFlags, ScannedInstruction, scanInstructions, triggerOf } from '../../server/src/model/dockerfile/scan';
import { loadCorpus, mutate, mutationArb } from '../robustness/inputs';

interface Reading {
  escape: string;
  instructions: InstructionReading[];
  /** Instructions are compared from this offset on. */
  from: number;
}

interface InstructionReading {
  start: number;
  end: number;
  keywordStart: number;
  keywordEnd: number;
  rawKeyword: string;
  args: { value: string; start: number; end: number }[];
  flags: { name: string; value: string | null; start: number; end: number; nameStart: number; nameEnd: number; valueStart: number; valueEnd: number }[];
  heredocs: HeredocReading[];
  trigger?: InstructionReading;
}

interface HeredocReading {
  name: string;
  markerStart: number;
  markerEnd: number;
  contentStart: number;
  contentEnd: number;
  delimiterStart: number;
}

interface AstHeredoc {
  getName(): string;
  getStartRange(): Range;
  getContentRange(): Range | null;
  getDelimiterRange(): Range | null;
}

type Range = ReturnType<Instruction['getRange']>;
interface AstFlag {
  getName(): string;
  getValue(): string | null;
  getRange(): Range;
  getNameRange(): Range;
  getValueRange(): Range | null;
}

const HEREDOC_KEYWORDS = new Set(['ADD', 'COPY', 'RUN']);

function readWithAst(text: string): Reading {
  const document = TextDocument.create('file:///Dockerfile', 'dockerfile', 0, text);
  const at = (p: Range['start']) => document.offsetAt(p);
  const read = (node: Instruction): InstructionReading => {
    const flags = ((node as unknown as { getFlags?: () => AstFlag[] }).getFlags?.call(node) ?? []).map((f) => {
      const end = at(f.getRange().end);
      const valueRange = f.getValueRange();
      return {
        name: f.getName(),
        value: f.getValue(),
        start: at(f.getRange().start),
        end,
        nameStart: at(f.getNameRange().start),
        nameEnd: at(f.getNameRange().end),
        valueStart: valueRange ? at(valueRange.start) : end,
        valueEnd: valueRange ? at(valueRange.end) : end,
      };
    });
    const trigger = (node as unknown as { getTriggerInstruction?: () => Instruction | null }).getTriggerInstruction?.();
    // dockerfile-ast also reads heredoc markers on other instructions (with no body); BuildKit and scan.ts do not.
    const takesHeredocs = HEREDOC_KEYWORDS.has(node.getKeyword()) || (node.getKeyword() === 'ONBUILD' && HEREDOC_KEYWORDS.has(trigger?.getKeyword() ?? ''));
    const astHeredocs = takesHeredocs ? (node as unknown as { getHeredocs?: () => AstHeredoc[] }).getHeredocs?.call(node) ?? [] : [];
    const heredocs = astHeredocs.map((h) => {
      // When the text ends with the marker's line break, dockerfile-ast gives the missing body a range that starts
      // before the marker; scan.ts gives it none.
      const content = h.getContentRange() && at(h.getContentRange()!.start) >= at(h.getStartRange().end) ? h.getContentRange() : null;
      const delimiter = h.getDelimiterRange();
      return {
        name: h.getName(),
        markerStart: at(h.getStartRange().start),
        markerEnd: at(h.getStartRange().end),
        contentStart: content ? at(content.start) : -1,
        contentEnd: content ? at(content.end) : -1,
        delimiterStart: delimiter ? at(delimiter.start) : -1,
      };
    });
    return {
      start: at(node.getRange().start),
      end: at(node.getRange().end),
      keywordStart: at(node.getInstructionRange().start),
      keywordEnd: at(node.getInstructionRange().end),
      rawKeyword: node.getInstruction(),
      args: node.getArguments().map((a) => ({ value: a.getValue(), start: at(a.getRange().start), end: at(a.getRange().end) })),
      flags,
      heredocs,
      ...(trigger ? { trigger: read(trigger) } : {}),
    };
  };
  const ast = DockerfileParser.parse(text);
  const from = skippedUpTo(ast, document) || (opensUnnamedHeredoc(ast) || endsLineWithDoubleEscape(text, ast.getEscapeCharacter()) ? text.length + 1 : 0);
  return { escape: ast.getEscapeCharacter(), instructions: ast.getInstructions().filter(() => from === 0).map(read), from };
}

/**
 * dockerfile-ast gives a heredoc named nothing to a marker that names nothing (`<<-` alone, `<<""`) and to the `<<`
 * of `<< EOF`, which BuildKit reads otherwise, as scan.ts does (tests below): such a text is not compared.
 */
function opensUnnamedHeredoc(ast: ReturnType<typeof DockerfileParser.parse>): boolean {
  return ast.getInstructions().some((node) => {
    const inner = node.getKeyword() === 'ONBUILD' ? (node as unknown as { getTriggerInstruction(): Instruction | null }).getTriggerInstruction() : node;
    if (!inner || !HEREDOC_KEYWORDS.has(inner.getKeyword())) return false;
    return ((node as unknown as { getHeredocs?: () => AstHeredoc[] }).getHeredocs?.call(node) ?? []).some((h) => h.getName() === '');
  });
}

/**
 * A line that ends in two escapes (`C:\\dir\\`) goes on to the next line in dockerfile-ast; BuildKit, and scan.ts,
 * end the instruction there (test below): such a text is not compared.
 */
function endsLineWithDoubleEscape(text: string, escape: string): boolean {
  const e = escape === '`' ? '`' : '\\\\';
  return new RegExp(`${e}${e}[ \\t]*(\\r|\\n)`).test(text);
}

/**
 * dockerfile-ast starts reading instructions on line N, N the number of directives it found. Two directives on
 * one line (`# a=1 # b=2`), or one read from the second character of a line (after a lone `\r` line break, it
 * passes over a character), make it skip lines of the file. scan.ts does not copy that: only the escape
 * character is compared then.
 */
function skippedUpTo(ast: ReturnType<typeof DockerfileParser.parse>, document: TextDocument): number {
  const text = document.getText();
  const skips = ast.getDirectives().some((d, line) => {
    const start = d.getRange().start;
    const before = text.slice(document.offsetAt({ line, character: 0 }), document.offsetAt(start));
    return start.line !== line || /[^ \t]/.test(line === 0 ? before.replace(/^\uFEFF/, '') : before);
  });
  return skips ? text.length + 1 : 0;
}

function readWithScan(text: string, from: number): Reading {
  const escape = escapeCharacter(text);
  // An ONBUILD's heredocs are read with it; its trigger has the same ones.
  const read = (scanned: ScannedInstruction, heredocs = scanned.heredocs): InstructionReading => {
    const keyword = scanned.rawKeyword.toUpperCase();
    const trigger = keyword === 'ONBUILD' ? triggerOf(text, scanned, escape) : undefined;
    return {
      start: scanned.start,
      end: scanned.end,
      keywordStart: scanned.keywordStart,
      keywordEnd: scanned.keywordEnd,
      rawKeyword: scanned.rawKeyword,
      args: argumentWords(keyword, scanned.words),
      flags: readFlags(text, keyword, scanned.words).map(({ name, value, start, end, nameStart, nameEnd, valueStart, valueEnd }) => ({ name, value, start, end, nameStart, nameEnd, valueStart, valueEnd })),
      heredocs: heredocs.map(({ name, markerStart, markerEnd, contentStart, contentEnd, delimiterStart }) => ({ name, markerStart, markerEnd, contentStart, contentEnd, delimiterStart })),
      ...(trigger ? { trigger: read(trigger, heredocs) } : {}),
    };
  };
  return { escape, instructions: scanInstructions(text, escape).filter((i) => i.start >= from).map((i) => read(i)), from };
}

const TRICKY = [
  'FROM alpine\nRUN echo hi\n',
  '\uFEFFFROM alpine AS build\n',
  '# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN dir `\n  C:\\ && echo `\n# comment in a continuation\n  done\n',
  '# syntax=docker/dockerfile:1\n#escape=`\n\nFROM x\nRUN a `\n b\n',
  '# escape=` \n# escape=\\\nFROM x\n',
  '#escape=x\n# escape=`\nRUN a`\nb\n',
  'RUN apt-get update \\\n    # explain\n    && apt-get install -y curl \\\n\n    && echo done\n',
  'RUN echo a\\ b \\  \n  c\\\\ d \\$HOME\n',
  'RUN set -eux; \\\n\\ \\\n    case x in \\\n esac\n',
  'RU\\\nN echo split keyword\n',
  'RUN\\ \n echo escaped blank after keyword\n',
  'FR\\OM x\nE\\ NV a=b\n',
  'COPY --from=build --chmod=0755 /a /b\nCOPY --link a--b --from=x c d\n',
  'RUN --mount=type=cache,target=/root/.cache \\\n  --network=none pip install x\n',
  'FROM --platform=$BUILDPLATFORM golang AS b\nFROM -platform=x y\nADD --checksum= a b\nADD --- a\n',
  'HEALTHCHECK --interval=5s --timeout=3s CMD curl -f http://x || exit 1\nHEALTHCHECK NONE\nHEALTHCHECK --retries=3\n',
  'RUN <<EOF\necho hi\nEOF\nRUN <<-EOT bash\n\techo tab\n\tEOT\nCOPY <<a <<"b" /dst/\nA\na\nB\nb\n',
  'RUN <<EOF cat\nnever closed\n',
  'ONBUILD RUN <<EOF\necho on build\nEOF\nONBUILD COPY --from=x a b\nONBUILD\nONBUILD ENV A=1\n',
  'RUN echo a\r\nRUN echo \\\r\n  b\r\nRUN <<EOF\r\nx\r\nEOF\r\n',
  'RUN a\rRUN b \\\rc\r',
  'ENV A=1 B="two words" \\\n  C=3\nLABEL a=b\nARG X\n',
  'CMD ["a", "b"]\nENTRYPOINT --not-a-flag x\nVOLUME --x /data\n',
  'RUN echo trailing escape \\',
  'RUN echo blanks after escape at end \\   ',
  'ONBUILD RUN --mount=type=secret,id=x cat /run/secrets/x\n',
  '  \t RUN  indented   words\t\n\n\n#only comment',
  'FROM x\n\\\n',
  '`\nRUN `\n',
  '# # syntax=x # escape=`\nFROM hidden\nRUN a `\n b\n',
];

function assertSameReading(text: string, message?: string): void {
  const expected = readWithAst(text);
  const actual = readWithScan(text, expected.from);
  // With a lone `\r` line break (which BuildKit does not read as one), dockerfile-ast ends a heredoc's instruction
  // where scan.ts does but finds no body or closing line in it; scan.ts reads them as with `\n`.
  if (/\r(?!\n)/.test(text)) for (const reading of [expected, actual]) withoutHeredocs(reading.instructions);
  assert.deepEqual(actual, expected, message);
}

function withoutHeredocs(instructions: InstructionReading[]): void {
  for (const i of instructions) {
    i.heredocs = [];
    if (i.trigger) withoutHeredocs([i.trigger]);
  }
}

test('tricky snippets are read as dockerfile-ast reads them', () => {
  for (const text of TRICKY) assertSameReading(text, JSON.stringify(text));
});

test('a line with two directives does not hide the next line, as it does in dockerfile-ast', () => {
  const text = '# a=1 # escape=`\nFROM alpine\nRUN a `\n  b\n';
  const escape = escapeCharacter(text);
  assert.equal(escape, '`');
  assert.deepEqual(scanInstructions(text, escape).map((i) => i.rawKeyword), ['FROM', 'RUN']);
  assert.deepEqual(DockerfileParser.parse(text).getInstructions().map((i) => i.getInstruction()), ['RUN']);
});

test('a heredoc marker that names nothing opens no heredoc, as in BuildKit; dockerfile-ast opens one that never closes', () => {
  for (const marker of ['<<- EOF', '<<-', '<<""', "<<''"]) {
    const text = `FROM alpine\nRUN cat ${marker} > /x\nhi\nEOF\nRUN b\n`;
    assert.deepEqual(scanInstructions(text, '\\').map((i) => i.rawKeyword), ['FROM', 'RUN', 'hi', 'EOF', 'RUN'], marker);
    assert.deepEqual(DockerfileParser.parse(text).getInstructions().map((i) => i.getInstruction()), ['FROM', 'RUN'], marker);
  }
});

test('`<< EOF` with a closing line below opens a heredoc, as in BuildKit 0.22; dockerfile-ast reads the lines below as instructions', () => {
  const text = 'FROM alpine\nRUN cat << EOF > /x\nhi\nEOF\nRUN b\n';
  const scanned = scanInstructions(text, '\\');
  assert.deepEqual(scanned.map((i) => i.rawKeyword), ['FROM', 'RUN', 'RUN']);
  assert.deepEqual(scanned[1].heredocs.map((h) => [h.name, text.slice(h.markerStart, h.markerEnd), h.spaced]), [['EOF', '<< EOF', true]]);
  assert.deepEqual(DockerfileParser.parse(text).getInstructions().map((i) => i.getInstruction()), ['FROM', 'RUN', 'hi', 'EOF', 'RUN']);
});

test('two escapes at the end of a line end the instruction, as in BuildKit; dockerfile-ast reads on', () => {
  // BuildKit's continuation test wants the character before the last escape to be something else.
  for (const [text, escape] of [['FROM x\nCOPY a C:\\\\dir\\\\\nENV X=1\n', '\\'], ['# escape=`\nFROM x\nRUN echo ``  \nENV X=1\n', '`']] as const) {
    const scanned = scanInstructions(text, escape);
    assert.deepEqual(scanned.map((i) => i.rawKeyword), ['FROM', escape === '`' ? 'RUN' : 'COPY', 'ENV'], text);
    assert.equal(text.slice(scanned[1].start, scanned[1].end).trimEnd().slice(-2), escape + escape, text);
    assert.deepEqual(DockerfileParser.parse(text).getInstructions().map((i) => i.getInstruction()), ['FROM', escape === '`' ? 'RUN' : 'COPY'], text);
  }
  // One escape, or a lone one on its line, still continues it.
  assert.deepEqual(scanInstructions('FROM x\nRUN a \\\n  b\nRUN c \\\n\\\n d\n', '\\').map((i) => i.rawKeyword), ['FROM', 'RUN', 'RUN']);
});

test('the realistic corpus is read as dockerfile-ast reads it', async () => {
  const corpus = await loadCorpus();
  for (const file of corpus.dockerfileCorpus(20261123, 120)) assertSameReading(file.text, file.name);
});

test('mutants of the corpus are read as dockerfile-ast reads them', async () => {
  const corpus = await loadCorpus();
  const files = [...corpus.dockerfileCorpus(7, 40).map((f) => f.text), ...TRICKY];
  fc.assert(
    fc.property(fc.constantFrom(...files), fc.array(mutationArb, { minLength: 1, maxLength: 6 }), (text, mutations) => {
      assertSameReading(mutate(text, mutations));
    }),
    { numRuns: 1500, seed: 20261123 },
  );
});
