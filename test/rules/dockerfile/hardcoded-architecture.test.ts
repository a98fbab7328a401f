import { ruleTester } from '../../support/rule-tester';

const deb = 'FROM debian:trixie-slim\n';

ruleTester('hardcoded-architecture', {
  valid: [
    `${deb}ARG TARGETARCH\nRUN curl -fsSLo /k https://dl.k8s.io/release/v1.34.0/bin/linux/\${TARGETARCH}/kubectl`,
    `${deb}RUN arch="$(dpkg --print-architecture)" && curl -fsSLo /t https://x/tool-linux-$arch`,
    `${deb}RUN case "$(uname -m)" in x86_64) a=amd64 ;; aarch64) a=arm64 ;; esac && curl https://x/$a/tool`,
    // Both wheels fetched, pip picks the platform's: the RUN handles several architectures.
    `${deb}RUN curl -fLO https://x/psycopg_c-3.2.3-cp312-linux_x86_64.whl && curl -fLO https://x/psycopg_c-3.2.3-cp312-linux_aarch64.whl && pip install --find-links . psycopg_c`,
    `${deb}RUN dpkg --add-architecture i386 && apt-get update`,
    'FROM --platform=linux/amd64 debian:trixie-slim\nRUN curl -fsSLo /k https://x/linux/amd64/kubectl',
    'FROM debian:trixie-slim AS tools-arm64\nRUN curl -fsSLo /k https://x/linux/arm64/kubectl',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl -o tool.zip https://x/win-x64/tool.zip',
    `${deb}RUN echo hello-amd64x`,
    `${deb}# amd64 only\nRUN echo ok`,
  ],
  invalid: [
    {
      code: `${deb}RUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.34.0/bin/linux/amd64/kubectl`,
      errors: [{ range: [1, 83, 1, 88], message: 'This RUN hard-codes the `amd64` architecture; builds for other platforms get the wrong binary. Derive it from `ARG TARGETARCH` or `dpkg --print-architecture`.' }],
    },
    { name: 'a library path', code: `${deb}RUN cp /usr/lib/x86_64-linux-gnu/libfoo.so /x`, errors: [{ range: [1, 16, 1, 22] }] },
    { name: 'one finding per RUN', code: `${deb}RUN GOARCH=arm64 go build && tar -xzf node-linux-arm64.tar.gz`, errors: [{ range: [1, 11, 1, 16] }] },
    {
      name: 'through an ARG default',
      code: `${deb}ARG ARCH=aarch64\nRUN wget https://example.com/$ARCH/tool`,
      errors: [{ range: [2, 29, 2, 34], message: /^`\$ARCH` \(`aarch64`\) hard-codes the `aarch64` architecture/ }],
    },
    { name: 'in a heredoc script', code: `${deb}RUN <<EOF\nset -e\ncurl -O https://x/tool_linux_x64.zip\nEOF`, errors: [{ range: [3, 29, 3, 32] }] },
  ],
});
