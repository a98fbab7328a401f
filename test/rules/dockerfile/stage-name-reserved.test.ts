import { ruleTester } from '../../support/rule-tester';

ruleTester('stage-name-reserved', {
  valid: ['FROM scratch\nCOPY app /app', 'FROM alpine:3.22 AS build\nFROM scratch\nCOPY --from=build /a /a', 'FROM alpine:3.22 AS contexts'],
  invalid: [
    {
      code: 'FROM alpine:3.22 AS scratch\nRUN echo hi > /hi\nFROM scratch\nCOPY --from=scratch /hi /hi',
      errors: [{ range: [0, 20, 0, 27], message: 'Stage name `scratch` is reserved by the builder; choose another name.' }],
      output: 'FROM alpine:3.22 AS scratch-stage\nRUN echo hi > /hi\nFROM scratch\nCOPY --from=scratch-stage /hi /hi',
    },
    {
      name: 'context, with a mount reference',
      code: 'FROM alpine:3.22 AS Context\nFROM alpine:3.22\nRUN --mount=type=bind,from=context,target=/c ls /c',
      errors: [{ range: [0, 20, 0, 27] }],
      output: 'FROM alpine:3.22 AS context-stage\nFROM alpine:3.22\nRUN --mount=type=bind,from=context-stage,target=/c ls /c',
    },
  ],
});
