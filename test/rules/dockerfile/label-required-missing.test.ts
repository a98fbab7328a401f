import { ruleTester } from '../../support/rule-tester';

const schema = { schema: { 'org.opencontainers.image.source': 'url', 'org.opencontainers.image.licenses': 'spdx' } };

ruleTester('label-required-missing', {
  valid: [
    { code: 'FROM alpine:3.20', name: 'no schema configured: nothing to require' },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://x" org.opencontainers.image.licenses=MIT', options: schema },
    {
      name: 'inherited through FROM <stage>',
      code: 'FROM alpine:3.20 AS base\nLABEL org.opencontainers.image.source="https://x" org.opencontainers.image.licenses=MIT\nFROM base',
      options: schema,
    },
    { code: 'FROM alpine:3.20\nLABEL a=1', options: { schema: ['a'] }, name: 'a plain list of keys' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://x"\nRUN true',
      options: schema,
      errors: [{ range: [0, 5, 0, 16], message: 'This stage has no `org.opencontainers.image.licenses` label, which the label schema requires.' }],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses=""\nLABEL org.opencontainers.image.source="https://x"\nRUN true',
    },
    {
      name: 'two missing labels share one fix; every stage is judged',
      code: 'FROM golang:1.23 AS build\nFROM scratch',
      options: { schema: { a: 'text', b: 'text' } },
      errors: [{ range: [0, 5, 0, 16] }, { range: [0, 5, 0, 16] }, { range: [1, 5, 1, 12] }, { range: [1, 5, 1, 12] }],
      output: 'FROM golang:1.23 AS build\nLABEL a=""\nLABEL b=""\nFROM scratch\nLABEL a=""\nLABEL b=""\n',
    },
  ],
});
