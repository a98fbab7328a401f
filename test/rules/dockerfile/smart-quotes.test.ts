import { ruleTester } from '../../support/rule-tester';

const f = 'FROM python:3.12-slim\n';

ruleTester('smart-quotes', {
  valid: [
    `${f}CMD ["python", "app.py"]`,
    `${f}# Don’t “quote” me\nRUN echo hi`,
    `${f}LABEL description="It’s “great”"`,
    `${f}RUN echo It’s fine`,
    `${f}COPY <<EOF /etc/motd\n“Welcome”\nEOF`,
    `${f}RUN pip install x \\\n# the “fast” one\n  && echo ok`,
  ],
  invalid: [
    {
      code: `${f}CMD [“python”, “app.py”]`,
      errors: [
        { range: [1, 5, 1, 6], message: '`“` is a typographic quote, not a quote character; the builder and the shell read it literally.' },
        { range: [1, 12, 1, 13] },
        { range: [1, 15, 1, 16] },
        { range: [1, 22, 1, 23] },
      ],
      output: `${f}CMD ["python", "app.py"]`,
    },
    {
      name: 'quotes wrapping a =value inside a JSON string are deleted',
      code: `${f}CMD ["jupyter", "--ip=‘0.0.0.0’"]`,
      errors: [{ range: [1, 22, 1, 23] }, { range: [1, 30, 1, 31] }],
      output: `${f}CMD ["jupyter", "--ip=0.0.0.0"]`,
    },
    {
      name: 'inside a JSON string elsewhere they are escaped',
      code: `${f}CMD ["echo", "say “hi”"]`,
      errors: [{ range: [1, 18, 1, 19] }, { range: [1, 21, 1, 22] }],
      output: `${f}CMD ["echo", "say \\"hi\\""]`,
    },
    {
      name: 'shell form and RUN heredoc',
      code: `${f}RUN echo ‘hello world’\nRUN <<EOF\necho “x y”\nEOF`,
      errors: [{ range: [1, 9, 1, 10] }, { range: [1, 21, 1, 22] }, { range: [3, 5, 3, 6] }, { range: [3, 9, 3, 10] }],
      output: `${f}RUN echo 'hello world'\nRUN <<EOF\necho "x y"\nEOF`,
    },
  ],
});
