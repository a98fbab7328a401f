import { ruleTester } from '../../support/rule-tester';

ruleTester('arg-not-in-scope-in-run', {
  valid: [
    'ARG VERSION=1.7.1\nFROM alpine:3.22\nARG VERSION\nRUN echo $VERSION',
    'ARG VERSION=1.7.1\nFROM alpine:3.22\nENV VERSION=$VERSION\nRUN echo $VERSION',
    'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-slim\nRUN echo $NODE_VERSION',
    'ARG HTTP_PROXY\nARG no_proxy\nFROM alpine:3.22\nRUN echo $HTTP_PROXY $no_proxy',
    'ARG VERSION=1\nFROM alpine:3.22\nRUN echo \'$VERSION\'',
    'ARG VERSION=1\nFROM alpine:3.22\nRUN for VERSION in 1 2; do echo $VERSION; done',
    'ARG VERSION=1\nFROM alpine:3.22\nRUN VERSION=2; echo $VERSION',
    'ARG TARGETARCH\nFROM alpine:3.22\nRUN echo $TARGETARCH',
    'ARG V=1\nFROM alpine:3.22 AS base\nENV V=2\nFROM base\nRUN echo $V',
  ],
  invalid: [
    {
      code: 'ARG VERSION=1.7.1\nFROM alpine:3.22\nRUN wget -qO- https://example.com/tool-$VERSION.tar.gz | tar -xz',
      errors: [{ range: [2, 39, 2, 47], message: '`VERSION` is a global ARG, which RUN does not see; add `ARG VERSION` to this stage, or it expands to an empty string.' }],
      output: 'ARG VERSION=1.7.1\nFROM alpine:3.22\nARG VERSION\nRUN wget -qO- https://example.com/tool-$VERSION.tar.gz | tar -xz',
    },
    {
      name: 'two names, in a heredoc',
      code: 'ARG A=1\nARG B=2\nFROM alpine:3.22 AS x\nRUN <<EOF\necho "$A ${B}"\nEOF',
      errors: [{ range: [4, 6, 4, 8] }, { range: [4, 9, 4, 13] }],
      output: 'ARG A=1\nARG B=2\nFROM alpine:3.22 AS x\nARG A\nARG B\nRUN <<EOF\necho "$A ${B}"\nEOF',
    },
  ],
});
