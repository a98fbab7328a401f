import { ruleTester } from '../../support/rule-tester';

ruleTester('windows-path-escapes-newline', {
  valid: [
    '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app C:\\app\\\nWORKDIR C:\\app',
    { name: 'ordinary continuation on Linux', code: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl' },
    { name: 'word ending in \\ on Linux without a drive letter', code: 'FROM debian:12\nRUN echo a\\\n  b' },
    {
      name: 'a doubled \\ at the end of a line is an escaped backslash: the builder ends the instruction there',
      code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY --from=x C:\\\\Windows\\\\a.dll C:\\\\Windows\\\\\nENV X=1\nWORKDIR C:\\\\app\\\\',
    },
  ],
  invalid: [
    {
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\nRUN dir',
      errors: [{ range: [1, 10, 1, 11], message: 'The `\\` ending `C:\\` continues the instruction on the next line instead of ending the path.' }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\nRUN dir',
      alternatives: ['FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:/\nRUN dir'],
    },
    {
      name: 'drive path on any image',
      code: 'FROM alpine:3.20\nCOPY app C:\\app\\\nRUN true',
      errors: [{ range: [1, 15, 1, 16] }],
      output: '# escape=`\nFROM alpine:3.20\nCOPY app C:\\app\\\nRUN true',
      alternatives: ['FROM alpine:3.20\nCOPY app C:/app/\nRUN true'],
    },
    {
      name: 'any word on a Windows stage',
      code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app app\\\nRUN dir',
      errors: [{ range: [1, 12, 1, 13] }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app app\\\nRUN dir',
    },
  ],
});
