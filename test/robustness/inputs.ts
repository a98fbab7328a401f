/**
 * Inputs for the robustness checks: the realistic corpus of bench/corpus.mjs (loaded at run time: it is
 * plain JavaScript shared with the benchmarks), fast-check mutations of it, and hostile files built on
 * purpose (huge, one long line, odd line breaks, deep YAML, alias bombs).
 */
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileKind } from '../../server/src/engine/types';
import { allRules } from '../../server/src/rules';

export interface CorpusFile {
  name: string;
  text: string;
}

export interface Corpus {
  dockerfileCorpus(seed: number, count: number): CorpusFile[];
  composeCorpus(seed: number, count: number): CorpusFile[];
  dockerfile(seed: number, ecosystem?: string): string;
  compose(seed: number, services?: number): string;
  /** One stack grown `factor` times (the bench's scaling file). */
  grownCompose(factor: number): string;
}

/** The repository root: the nearest folder above this file that holds bench/corpus.mjs. */
export const ROOT = findRoot(__dirname);

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'bench/corpus.mjs'))) return dir;
    if (dirname(dir) === dir) return join(start, '../../..');
  }
}

export async function loadCorpus(): Promise<Corpus> {
  return (await import(pathToFileURL(join(ROOT, 'bench/corpus.mjs')).href)) as Corpus;
}

/**
 * Every rule's documented incorrect and correct examples, as files of the rule's kind: small files that each make
 * at least one rule report (most with a fix), so fixes the generated corpus never triggers are checked too.
 */
export function ruleExamples(): { kind: FileKind; text: string }[] {
  return allRules.flatMap((rule) => {
    const kinds: FileKind[] = rule.meta.target === 'any' ? ['dockerfile', 'compose'] : [rule.meta.target];
    return kinds.flatMap((kind) => [rule.meta.docs.incorrect, rule.meta.docs.correct].map((text) => ({ kind, text: text.endsWith('\n') ? text : `${text}\n` })));
  });
}

/** Fragments that trip parsers: quotes, escapes, heredoc markers, line breaks, YAML indicators, binary. */
export const NASTY_FRAGMENTS = [
  '"', "'", '`', '\\', '\\\n', '\\\r\n', '\\\n# c\n', '\\\n\n', '`\n', '<<EOF\n', '<<-EOF\n', "<<'EOF'\n", '<< EOF\n', 'EOF\n', '<<', '\n', '\r\n', '\r', '\t', '\uFEFF',
  '\u0000', '\u0001', '\u001b', '\u007f', '\uD800', '\uDC00', '\u2028', '${', '$', '}', '${A:-', '${A:?err}', '$$', '#', '# syntax=x\n',
  '# escape=`\n', '# hadolint ignore=DL3008\n', '# stevedore-disable-next-line\n', '[', ']', '{', '"]', '["', ',', ':', ': ', '- ', '&a ', '*a',
  '<<: *a\n', '|\n', '>-\n', '---\n', '...\n', '!reset ', '!!binary ', '? ', '  ', 'FROM ', 'RUN ', 'COPY --from=', 'ONBUILD ', '--mount=type=cache,target=',
  'AS ', 'ARG ', 'ENV ', '=', 'services:\n', 'image: ', '\u00e9', '😀',
];

export interface Mutation {
  kind: 'insert' | 'delete' | 'duplicate' | 'truncate' | 'replace-eol' | 'reindent';
  at: number;
  length: number;
  fragment: string;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('insert', 'insert', 'insert', 'delete', 'duplicate', 'truncate', 'replace-eol', 'reindent'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 40 }),
  fragment: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...NASTY_FRAGMENTS) },
    // Any UTF-16 code units, lone surrogates included (cheaper to build than fc.string's binary unit).
    { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 8 }).map((units) => String.fromCharCode(...units)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 8 }).map((bytes) => String.fromCharCode(...bytes)) },
  ),
});

export function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = Math.floor(m.at * out.length);
    switch (m.kind) {
      case 'insert': out = out.slice(0, at) + m.fragment + out.slice(at); break;
      case 'delete': out = out.slice(0, at) + out.slice(at + m.length); break;
      case 'duplicate': out = out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length); break;
      case 'truncate': out = out.slice(0, at); break;
      case 'replace-eol': out = out.replace(/\r?\n/g, m.length % 3 === 0 ? '\r' : m.length % 3 === 1 ? '\r\n' : '\n'); break;
      // Another indentation step (double, or a tab per two spaces): fixes must write new lines the file's way.
      case 'reindent': out = out.replace(/^ +/gm, (spaces) => (m.length % 2 === 0 ? spaces + spaces : '\t'.repeat(Math.ceil(spaces.length / 2)))); break;
    }
  }
  return out;
}

/** Random text built from the fragments and words Dockerfiles and Compose files are made of. */
export const tokenSoupArb: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...NASTY_FRAGMENTS), fc.constantFrom('alpine:3.20', 'apt-get install', 'x', 'web', '  ', '\n', '8080:80', '/app')), { maxLength: 60 })
  .map((parts) => parts.join(''));

export interface HostileFile {
  name: string;
  kind: FileKind;
  text: string;
  /** A budget in ms for one lint of this file, and for one fix-all of it when fixes are checked (generous: this machine is shared). */
  budgetMs: number;
  /** Check its fixes whatever its size (by default only small files' fixes are checked). */
  fixes?: boolean;
}

/** Files built to hurt: sizes, line breaks, nesting and aliases. `scale` 1 = a 10 MB file (the short test run scales it down). */
export function hostileFiles(realDockerfile: string, realCompose: string, scale = 1): HostileFile[] {
  const big = Math.round(10 * 1024 * 1024 * scale); // "10 MB" scaled down for the short run
  const mb = 1024 * 1024; // single long lines stay 1 MB at every scale
  const many = (n: number) => Math.max(Math.round(n / 10), Math.round(n * scale)); // counts shrink less than sizes
  const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const files: HostileFile[] = [
    { name: `${(big / mb).toFixed(1)} MB Dockerfile`, kind: 'dockerfile', text: repeatTo(realDockerfile.replace(/^# syntax.*\n/, '') + '\n', big), budgetMs: 60000 * scale + 20000 },
    { name: `${(big / mb).toFixed(1)} MB Compose file (one long service list)`, kind: 'compose', text: 'services:\n' + repeatTo('  s:\n    image: alpine:3.20\n    environment:\n      - A=1\n', big).replace(/ {2}s:/g, counter('  s', ':')), budgetMs: 90000 * scale + 20000 },
    { name: 'one 1 MB RUN line', kind: 'dockerfile', text: `FROM alpine:3.20\nRUN echo ${repeatTo('a b "c" \'d\' $E ', mb)}\n`, budgetMs: 20000 },
    { name: 'one 1 MB line of backslashes', kind: 'dockerfile', text: `FROM alpine:3.20\nRUN ${'\\'.repeat(mb)}`, budgetMs: 20000 },
    { name: 'one 1 MB line of quotes and dollars', kind: 'dockerfile', text: `FROM alpine:3.20\nENV A=${repeatTo('"$\'${', mb)}`, budgetMs: 20000 },
    { name: 'one 1 MB comment', kind: 'dockerfile', text: `# ${'x'.repeat(mb)}\nFROM alpine:3.20\n`, budgetMs: 20000 },
    { name: 'one 1 MB YAML scalar', kind: 'compose', text: `services:\n  web:\n    image: alpine:3.20\n    command: ${repeatTo('$${A} a ', mb)}\n`, budgetMs: 20000 },
    { name: 'one 1 MB flow sequence line', kind: 'compose', text: `services:\n  web:\n    image: alpine:3.20\n    command: [${repeatTo('"a", ', mb)}"b"]\n`, budgetMs: 20000 },
    { name: 'CRLF Dockerfile', kind: 'dockerfile', text: realDockerfile.replace(/\n/g, '\r\n'), budgetMs: 5000 },
    { name: 'CR-only Dockerfile', kind: 'dockerfile', text: realDockerfile.replace(/\n/g, '\r'), budgetMs: 5000 },
    { name: 'BOM Dockerfile', kind: 'dockerfile', text: '\uFEFF' + realDockerfile, budgetMs: 5000 },
    { name: 'tab-indented Dockerfile', kind: 'dockerfile', text: realDockerfile.replace(/^ {2,}/gm, '\t\t'), budgetMs: 5000 },
    { name: 'CRLF Compose', kind: 'compose', text: realCompose.replace(/\n/g, '\r\n'), budgetMs: 5000 },
    { name: 'CR-only Compose', kind: 'compose', text: realCompose.replace(/\n/g, '\r'), budgetMs: 5000 },
    { name: 'BOM Compose', kind: 'compose', text: '\uFEFF' + realCompose, budgetMs: 5000 },
    { name: 'tab-indented Compose', kind: 'compose', text: realCompose.replace(/^ {2}/gm, '\t'), budgetMs: 5000 },
    { name: 'deeply nested block YAML', kind: 'compose', text: 'services:\n  web:\n' + Array.from({ length: 800 }, (_, i) => `${'  '.repeat(i + 2)}k${i}:`).join('\n') + ' x\n', budgetMs: 20000 },
    { name: 'deeply nested flow YAML', kind: 'compose', text: `services:\n  web:\n    image: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, budgetMs: 20000 },
    { name: 'defaults nested 20,000 deep (Dockerfile)', kind: 'dockerfile', text: `FROM alpine:3.20\nENV A=${'${A:-'.repeat(20000)}x${'}'.repeat(20000)}\nRUN echo $A\n`, budgetMs: 20000 },
    { name: 'defaults nested 20,000 deep (Compose)', kind: 'compose', text: `services:\n  web:\n    image: ${'${A:-'.repeat(20000)}x${'}'.repeat(20000)}\n`, budgetMs: 20000 },
    { name: 'ONBUILD chained 5,000 times', kind: 'dockerfile', text: `FROM alpine:3.20\n${'ONBUILD '.repeat(5000)}RUN x\n`, budgetMs: 20000 },
    { name: 'deeply nested flow maps', kind: 'compose', text: `x: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\nservices: {}\n`, budgetMs: 20000 },
    { name: 'alias bomb (billion laughs)', kind: 'compose', text: aliasBomb(), budgetMs: 20000 },
    { name: 'alias bomb inside services', kind: 'compose', text: `x-a: &a ["a","a","a","a","a","a","a","a","a"]\nx-b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nx-c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nx-d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nx-e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nservices:\n  web:\n    image: alpine:3.20\n    command: *e\n    environment: *e\n    <<: *e\n`, budgetMs: 20000 },
    { name: 'merge-key chain', kind: 'compose', text: 'x-0: &m0\n  image: alpine:3.20\n' + Array.from({ length: 300 }, (_, i) => `x-${i + 1}: &m${i + 1}\n  <<: *m${i}\n  k${i}: v\n`).join('') + 'services:\n  web:\n    <<: *m300\n', budgetMs: 20000 },
    { name: 'self-referencing alias', kind: 'compose', text: 'services: &s\n  web:\n    image: alpine:3.20\n    x: *s\n', budgetMs: 5000 },
    { name: 'many documents', kind: 'compose', text: Array.from({ length: 2000 }, () => 'services:\n  a:\n    image: alpine:3.20\n').join('---\n'), budgetMs: 20000 },
    { name: `${many(5000)} heredocs`, kind: 'dockerfile', text: 'FROM alpine:3.20\n' + 'RUN <<EOF\necho hi\nEOF\n'.repeat(many(5000)), budgetMs: 20000 },
    // Each `<< NAME` asks whether a line below closes it: reading the rest of the text for each took quadratic time.
    { name: `${many(20000)} << markers no line closes`, kind: 'dockerfile', text: 'FROM alpine:3.20\n' + 'RUN cat << EOF > /x\n'.repeat(many(20000)), budgetMs: 20000 },
    { name: `one line of ${many(50000)} << markers`, kind: 'dockerfile', text: `FROM alpine:3.20\nRUN ${'"a" << b '.repeat(many(50000))}\nb\n`, budgetMs: 20000 },
    { name: 'unterminated heredoc', kind: 'dockerfile', text: `FROM alpine:3.20\nRUN <<EOF\n${'echo x\n'.repeat(20000)}`, budgetMs: 20000 },
    // Every RUN has a fix, a comment line inside it and a word split by `\`: the engine's fix finishing (comments
    // kept, split words left alone) looks each up by bisection, not by reading them all for every fix.
    { name: `${many(10000)} RUNs with a fix, an inner comment and a split word`, kind: 'dockerfile', text: 'FROM alpine:3.20\n' + 'RUN sudo apk \\\n  # why\n  upd\\\nate\n'.repeat(many(10000)), budgetMs: 20000 },
    // Instructions that rules judge against the earlier or later ones of their stage (a tar -x after a copied archive,
    // apt.conf writers, pip from apt, go modules, reported secrets): each is read once, not once per instruction.
    {
      name: `${many(5000)} archives, installs and secrets that rules compare across the stage`,
      kind: 'dockerfile',
      text:
        'FROM debian:bookworm-slim\n' +
        'COPY app.tar.gz /tmp/\nRUN tar -xzf other.tar.gz && apt-get install -y python3-pip && pip install flask && go install example.com/tool && echo ghp_0123456789abcdefghijklmnopqrstuvwxyzAB\n'.repeat(
          many(5000),
        ),
      budgetMs: 20000,
    },
    // A long header before the first nested line, and a fix on every service: the indentation step is read once.
    { name: `${many(20000)} top-level keys, then services with a fix each`, kind: 'compose', text: Array.from({ length: many(20000) }, (_, i) => `x-k${i}: ${i}\n`).join('') + 'services:\n' + Array.from({ length: many(2000) }, (_, i) => `  s${i}:\n    image: alpine:3.20\n`).join(''), budgetMs: 20000 },
    // A fix on every RUN: each pass of fix-all compared every fix with every other (25 s for 8,000 fixes).
    { name: `${many(40000)} RUNs with fixes, fixed all at once`, kind: 'dockerfile', text: 'FROM alpine:3.20\n' + 'RUN sudo apk add curl\n'.repeat(many(40000)), budgetMs: 20000 * scale + 5000, fixes: true },
    // Commands that rules compare with the rest of their RUN (a later rm, an earlier export or update, the RUN's other
    // folders, the words of the command, the stage's other builds), all in one RUN, and pairs of one ENV that refer to
    // earlier ones: each is read once, not once per command.
    {
      name: `one RUN of ${many(3000)} command chains that rules compare within the RUN`,
      kind: 'dockerfile',
      text:
        `ARG VERSION=1\nFROM --platform=$BUILDPLATFORM golang:1.25 AS build\nENV ${Array.from({ length: many(3000) }, (_, i) => `A${i}=x B${i}=$A${i}`).join(' ')}\n` +
        `RUN ${'apk update && apk add curl && apt-get update && apt-get install -y python3-pip && cd /app && pip install flask && yum install -y nginx && go install example.com/a example.com/b example.com/c && go build ./cmd/x && wget -qO- https://e.com/t-$VERSION.tgz | tar -xz && '.repeat(many(3000))}true\n` +
        'FROM alpine:3.20\nCOPY --from=build /out /out\n',
      budgetMs: 20000,
    },
    { name: `one RUN of ${many(20000)} heredocs no line closes`, kind: 'dockerfile', text: `FROM alpine:3.20\nRUN ${'<<EOF '.repeat(many(20000))}\necho x\n`, budgetMs: 20000 },
    // Every entry of a short depends_on list names a profiled service: its rewrite to the long form is one edit.
    {
      name: `a service depending on ${many(5000)} profiled services`,
      kind: 'compose',
      text:
        `services:\n  web:\n    image: nginx:1.27\n    depends_on:\n${Array.from({ length: many(5000) }, (_, i) => `      - d${i}\n`).join('')}` +
        Array.from({ length: many(5000) }, (_, i) => `  d${i}:\n    image: busybox:1.37\n    profiles: [debug]\n`).join(''),
      budgetMs: 20000,
    },
    // Each repeated item is deleted with the comma before it, found from the item back, not in the text before it.
    { name: `one flow list of ${many(20000)} repeated items`, kind: 'compose', text: `services:\n  web:\n    image: nginx:1.27\n    cap_add: [${Array(many(20000)).fill('CHOWN').join(', ')}]\n`, budgetMs: 20000 },
    // Each dependency of a ring searches the ring for its way back: one search for a plain cycle, and no tree kept
    // per service (69 s and 2.2 GB for 8,000 before).
    { name: `a ring of ${many(8000)} services depending on the next`, kind: 'compose', text: 'services:\n' + Array.from({ length: many(8000) }, (_, i) => `  s${i}:\n    image: nginx:1.27\n    depends_on: [s${(i + 1) % many(8000)}]\n`).join(''), budgetMs: 20000 },
    // Each link of an `extends` chain and each healthy dependency looked its service up among all of them.
    {
      name: `a ring of ${many(8000)} services extending the next and waiting for it to be healthy`,
      kind: 'compose',
      text: 'services:\n' + Array.from({ length: many(8000) }, (_, i) => `  s${i}:\n    image: nginx:1.27\n    extends: s${(i + 1) % many(8000)}\n    depends_on:\n      s${(i + 1) % many(8000)}:\n        condition: service_healthy\n`).join(''),
      budgetMs: 20000,
    },
    // Every `--from` of a ring of stages closes the same loop and names a later stage: the loop is walked once, named
    // short, and suggestions are looked for near each stage (for 2,000 stages, 1.8 s and 30 million characters of
    // messages before; both grew with the square of the ring).
    { name: `a ring of ${many(8000)} stages copying from the next`, kind: 'dockerfile', text: Array.from({ length: many(8000) }, (_, i) => `FROM alpine:3.20 AS s${i}\nCOPY --from=s${(i + 1) % many(8000)} /a /a\n`).join(''), budgetMs: 20000 },
    { name: `${many(10000)} continuation lines`, kind: 'dockerfile', text: `FROM alpine:3.20\nRUN ${'echo a && \\\n  '.repeat(many(10000))}true\n`, budgetMs: 20000 },
    { name: `${many(3000)} stages`, kind: 'dockerfile', text: Array.from({ length: many(3000) }, (_, i) => `FROM alpine:3.20 AS s${i}\nCOPY --from=s${Math.max(0, i - 1)} /a /a\n`).join(''), budgetMs: 30000 },
    // Found by the growth check of `npm run fuzz` (growth.ts): each rule below read the whole stage, or every stage,
    // once per finding. At 20,000 copies the old code took 9.5, 13.6 and 6.0 s; at this size, past the budget.
    { name: `${many(40000)} stages of one reserved, upper-case name`, kind: 'dockerfile', text: 'FROM golang:1.23 AS Scratch\n'.repeat(many(40000)), budgetMs: 20000 },
    { name: `${many(40000)} npm installs and shell-form CMDs after a lock file`, kind: 'dockerfile', text: 'FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\n' + 'RUN npm install\nCMD node server.js\n'.repeat(many(40000)), budgetMs: 20000 },
    { name: `${many(40000)} apt-get installs after apt is set to assume yes`, kind: 'dockerfile', text: 'FROM debian:12\nRUN echo \'APT::Get::Assume-Yes "true";\' > /etc/apt/apt.conf.d/90yes\n' + 'RUN apt-get install curl\n'.repeat(many(40000)), budgetMs: 20000 },
    // Each word of a RUN over several lines looked for the next line break from its start: the rest of the line, for
    // every word (the old code: 1.2 s at 1 MB, a minute at this size).
    { name: `one ${((many(800000) * 10) / mb).toFixed(1)} MB line of a RUN that goes on to a second line, beside a fix`, kind: 'dockerfile', text: `FROM alpine:3.20\nRUN sudo apk add curl\nRUN ${'echo a && '.repeat(many(800000))}true \\\n  && true\n`, budgetMs: 20000 },
    // Each whole-file `# check=skip=` token read every finding (3.9 s for 16,384 lines), and each Compose comment line
    // looked for the next line of code through the comments after it (1.4 s for 16,384): both quadratic.
    { name: `${many(40000)} check=skip comment lines over shell-form CMDs`, kind: 'dockerfile', text: '# check=skip=JSONArgsRecommended\n'.repeat(many(40000)) + 'FROM alpine:3.20\n' + 'CMD echo hi\n'.repeat(many(40000)), budgetMs: 20000 },
    // Each of these read every finding of its instruction: 5.2 s for 16,384.
    { name: `${many(40000)} ignore comments over one RUN of as many findings`, kind: 'dockerfile', text: `FROM alpine:3.20\n${'# hadolint ignore=DL3004\n'.repeat(many(40000))}RUN ${'sudo ls && '.repeat(many(40000))}true\n`, budgetMs: 20000 },
    { name: `${many(100000)} comment lines in a service`, kind: 'compose', text: `services:\n  web:\n    image: nginx:latest\n${'    # note\n'.repeat(many(100000))}    # stevedore-disable-next-line\n    ports: ["80:80"]\n`, budgetMs: 20000 },
    { name: 'binary noise', kind: 'dockerfile', text: Array.from({ length: 200000 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 256)).join(''), budgetMs: 20000 },
    { name: 'binary noise as Compose', kind: 'compose', text: Array.from({ length: 200000 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 256)).join(''), budgetMs: 20000 },
    { name: 'empty', kind: 'dockerfile', text: '', budgetMs: 2000 },
    { name: 'empty Compose', kind: 'compose', text: '', budgetMs: 2000 },
    { name: 'only line breaks', kind: 'dockerfile', text: '\r\n\r\r\n\n'.repeat(1000), budgetMs: 5000 },
  ];
  return files;
}

/** A replacer that numbers each match: s0:, s1:, … (deterministic, unlike random names). */
function counter(prefix: string, suffix: string): () => string {
  let n = 0;
  return () => `${prefix}${n++}${suffix}`;
}

function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  lines.push('services:', '  web:', '    image: alpine:3.20', '    command: *i', '    environment: *i');
  return lines.join('\n') + '\n';
}
