import { ruleTester } from '../../support/rule-tester';

ruleTester('heredoc-marker-space', {
  valid: [
    'FROM alpine:3.21\nRUN cat <<EOF > /etc/motd\nWelcome\nEOF\nRUN cat <<-EOT\n\thi\n\tEOT',
    { name: 'no line closes it: a shell redirect, not a heredoc', code: 'FROM alpine:3.21\nRUN echo a << b\nRUN echo c' },
    { name: 'the closing line comes before, not after', code: 'FROM alpine:3.21\nEOF\nRUN cat << EOF' },
    { name: 'a name that is an instruction keyword', code: 'FROM alpine:3.21\nRUN cat << RUN\nRUN echo hi' },
    { name: 'CMD takes no heredoc', code: 'FROM alpine:3.21\nCMD cat << EOF\nEOF' },
    { name: 'inside quotes << is text', code: 'FROM alpine:3.21\nRUN echo "cat << EOF" > /x\nEOF' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.21\nRUN cat << EOF > /etc/motd\nWelcome\nEOF',
      errors: [{ range: [1, 8, 1, 14], message: '`<< EOF` opens a heredoc only on BuildKit 0.22 and later: older builders read the lines below as instructions.' }],
      output: 'FROM alpine:3.21\nRUN cat <<EOF > /etc/motd\nWelcome\nEOF',
    },
    {
      name: 'after <<- no builder reads one; the closing line may be tab-indented',
      code: 'FROM alpine:3.21\nRUN cat <<- "EOT" > /x\n\tline\n\tEOT\n',
      errors: [{ range: [1, 8, 1, 17], message: '`<<- "EOT"` opens no heredoc: the name must follow `<<-` directly, so the builder reads the lines below as instructions.' }],
      output: 'FROM alpine:3.21\nRUN cat <<-"EOT" > /x\n\tline\n\tEOT\n',
    },
    {
      name: 'COPY, and CRLF line ends',
      code: 'FROM alpine:3.21\r\nCOPY <<   conf /etc/app.conf\r\nkey=1\r\nconf\r\n',
      errors: [{ range: [1, 5, 1, 14], message: /`<< conf` opens a heredoc only on BuildKit 0\.22/ }],
      output: 'FROM alpine:3.21\r\nCOPY <<conf /etc/app.conf\r\nkey=1\r\nconf\r\n',
    },
    {
      name: 'a RUN under ONBUILD, reported once',
      code: 'FROM alpine:3.21\nONBUILD RUN cat << EOF > /x\nhi\nEOF',
      errors: [{ range: [1, 16, 1, 22], message: /`<< EOF` opens a heredoc only on BuildKit 0\.22/ }],
      output: 'FROM alpine:3.21\nONBUILD RUN cat <<EOF > /x\nhi\nEOF',
    },
  ],
});
