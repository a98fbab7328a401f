import { ruleTester } from '../../support/rule-tester';

const options = { trustedRegistries: ['registry.example.com', '*.corp.example', 'docker.io'] };

ruleTester('base-image-untrusted-registry', {
  valid: [
    'FROM ghcr.io/acme/base:1.4',
    { code: 'FROM ghcr.io/acme/base:1.4', options: { trustedRegistries: ['ghcr.io'] } },
    { code: 'FROM node:22\nFROM registry.example.com/x:1\nFROM a.corp.example/y:2', options },
    { code: 'FROM registry.example.com/a:1 AS build\nFROM registry.example.com/b:1\nCOPY --from=build /a /a\nCOPY --from=0 /b /b', options },
    { code: 'FROM registry.example.com/a:1\nRUN --mount=type=bind,from=context,target=/c ls', options },
  ],
  invalid: [
    {
      code: 'FROM ghcr.io/acme/base:1.4\nCOPY --from=quay.io/tools/jq:1.7 /jq /usr/local/bin/jq',
      options,
      errors: [
        { range: [0, 5, 0, 26], message: 'Base image `ghcr.io/acme/base:1.4` comes from `ghcr.io`, which is not in `trustedRegistries`.' },
        { range: [1, 12, 1, 32], message: 'Image `quay.io/tools/jq:1.7` comes from `quay.io`, which is not in `trustedRegistries`.' },
      ],
    },
    {
      name: 'bare names count as docker.io',
      code: 'FROM node:22',
      options: { trustedRegistries: ['registry*'] },
      errors: [{ range: [0, 5, 0, 12], message: /comes from `docker\.io`/ }],
    },
    {
      name: 'mount from an image',
      code: 'FROM registry.example.com/a:1\nRUN --mount=type=bind,from=gcr.io/x/y:1,target=/y ls',
      options,
      errors: [{ range: [1, 27, 1, 39] }],
    },
  ],
});
