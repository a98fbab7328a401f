import { ruleTester } from '../../support/rule-tester';

const WATCH = (entries: string) => `services:\n  web:\n    build: .\n    develop:\n      watch:\n${entries}`;

ruleTester('develop-watch-invalid', {
  valid: [
    WATCH('        - path: ./src\n          action: sync\n          target: /app/src\n        - path: package.json\n          action: rebuild\n        - path: ./conf\n          action: restart\n'),
    WATCH('        - path: ./src\n          action: ${WATCH_ACTION}\n'),
    // A missing path is schema-required-missing's.
    WATCH('        - action: rebuild\n'),
  ],
  invalid: [
    {
      code: WATCH('        - path: ./src\n          action: sync+restart\n        - path: ./web\n          action: sync\n          target: ""\n'),
      errors: [
        { range: [6, 18, 6, 30], message: 'Watch action `sync+restart` of service `web` needs a `target`: the path in the container to copy changed files to.' },
        { range: [8, 18, 8, 22], message: 'Watch action `sync` of service `web` needs a `target`: the path in the container to copy changed files to.' },
      ],
    },
    {
      name: 'blank path',
      code: WATCH('        - path: ""\n          action: rebuild\n'),
      errors: [{ range: [5, 16, 5, 18], message: 'A watch entry of service `web` has a blank `path`: it watches nothing.' }],
    },
  ],
});
