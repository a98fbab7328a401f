import { ruleTester } from '../../support/rule-tester';

ruleTester('base-image-not-pinned-by-digest', {
  valid: [
    'FROM alpine:3.22@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1',
    'FROM scratch',
    'FROM alpine@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1 AS a\nFROM a',
    'ARG IMG\nFROM $IMG',
  ],
  invalid: [
    { code: 'FROM alpine:3.22', errors: [{ range: [0, 5, 0, 16], message: 'Base image `alpine:3.22` is not pinned by digest; its tag can point to a different image tomorrow.' }] },
    { name: 'via ARG', code: 'ARG IMG=node:22\nFROM ${IMG} AS app', errors: [{ range: [1, 5, 1, 11] }] },
  ],
});
