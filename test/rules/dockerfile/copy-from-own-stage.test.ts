import { ruleTester } from '../../support/rule-tester';

/** Stages s0 … s(n-1), each copying from the next, the last from s0. */
const ring = (n: number) => Array.from({ length: n }, (_, i) => `FROM alpine:3.22 AS s${i}\nCOPY --from=s${(i + 1) % n} /a /a\n`).join('');

ruleTester('copy-from-own-stage', {
  valid: [
    'FROM node:22-slim AS build\nFROM nginx:1.29\nCOPY --from=build /a /b',
    'FROM node:22-slim AS build\nCOPY --from=nginx:1.29 /a /b',
    'FROM alpine:3.22 AS a\nFROM a AS b\nFROM alpine:3.22\nCOPY --from=b /x /x',
  ],
  invalid: [
    {
      code: 'FROM node:22-slim AS build\nCOPY --from=build /app/dist /srv',
      errors: [{ range: [1, 12, 1, 17], message: 'Stage `build` copies from itself; its files do not exist until it is built.' }],
    },
    { name: 'by index', code: 'FROM alpine:3.22\nFROM alpine:3.22\nCOPY --from=1 /a /b', errors: [] },
    { name: 'in a mount', code: 'FROM alpine:3.22 AS x\nRUN --mount=type=bind,from=X,target=/x ls', errors: [{ range: [1, 27, 1, 28] }] },
    {
      // Only stages that reach each other are searched for a loop; the chain below the self-copy is not.
      name: 'a long chain of stages with one self-copy',
      code: Array.from({ length: 60 }, (_, i) => `FROM alpine:3.22 AS s${i}\nCOPY --from=s${Math.max(0, i - 1)} /a /a\n`).join(''),
      errors: [{ range: [1, 12, 1, 14], message: 'Stage `s0` copies from itself; its files do not exist until it is built.' }],
    },
    {
      name: 'a cycle among the stages of a longer file',
      code: 'FROM alpine:3.22 AS base\nFROM base AS s0\nCOPY --from=s2 /x /x\nFROM s0 AS s1\nFROM s1 AS s2\nFROM base AS other\nCOPY --from=base /y /y',
      errors: [{ range: [2, 12, 2, 14], message: 'Copying from `s2` closes a circular dependency between stages: s0 → s2 → s1 → s0.' }],
    },
    {
      // A plain ring: every `--from` closes the same loop, named by its first stages and its length.
      name: 'a ring of nine stages',
      code: ring(9),
      errors: Array.from({ length: 9 }, (_, i) => ({
        range: [2 * i + 1, 12, 2 * i + 1, 14] as [number, number, number, number],
        message: `Copying from \`s${(i + 1) % 9}\` closes a circular dependency between stages: ${[0, 1, 2, 3].map((k) => `s${(i + k) % 9}`).join(' → ')} → … → s${(i + 8) % 9} → s${i} (9 stages).`,
      })),
    },
    {
      // The same ring with one more `--from`: not a plain cycle, so each loop is found by the search.
      name: 'a ring of nine stages with a shortcut',
      code: ring(9).replace('COPY --from=s1 /a /a', 'COPY --from=s1 /a /a\nCOPY --from=s5 /b /b'),
      errors: [
        { range: [1, 12, 1, 14], message: 'Copying from `s1` closes a circular dependency between stages: s0 → s1 → s2 → s3 → … → s8 → s0 (9 stages).' },
        { range: [2, 12, 2, 14], message: 'Copying from `s5` closes a circular dependency between stages: s0 → s5 → s6 → s7 → s8 → s0.' },
        ...[1, 2, 3, 4].map((i) => ({ range: [2 * i + 2, 12, 2 * i + 2, 14] as [number, number, number, number] })),
        { range: [12, 12, 12, 14], message: 'Copying from `s6` closes a circular dependency between stages: s5 → s6 → s7 → s8 → s0 → s5.' },
        { range: [14, 12, 14, 14], message: 'Copying from `s7` closes a circular dependency between stages: s6 → s7 → s8 → s0 → s5 → s6.' },
        { range: [16, 12, 16, 14], message: 'Copying from `s8` closes a circular dependency between stages: s7 → s8 → s0 → s5 → s6 → s7.' },
        { range: [18, 12, 18, 14], message: 'Copying from `s0` closes a circular dependency between stages: s8 → s0 → s5 → s6 → s7 → s8.' },
      ],
    },
    {
      name: 'a longer cycle',
      code: 'FROM alpine:3.22 AS a\nCOPY --from=b /x /x\nFROM a AS b',
      errors: [{ range: [1, 12, 1, 13], message: 'Copying from `b` closes a circular dependency between stages: a → b → a.' }],
    },
  ],
});
