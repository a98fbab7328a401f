/**
 * Parser directives: the `# name=value` comments at the very top of a Dockerfile.
 */

export type DirectiveName = 'syntax' | 'escape' | 'check';

export interface DirectiveKeyDoc {
  readonly key: string;
  readonly valueKind: 'boolean' | 'check-names';
  readonly summary: string;
}

export interface DirectiveDoc {
  readonly name: DirectiveName;
  readonly summary: string;
  readonly syntax: readonly string[];
  readonly details: string;
  readonly example: string;
  /** Allowed values, when the value is a closed set. */
  readonly values?: readonly string[];
  /** For `check`: the `;`-separated keys it accepts. */
  readonly keys?: readonly DirectiveKeyDoc[];
  /** Lowest `docker/dockerfile` version that understands the directive. */
  readonly minFrontend?: string;
}

const PLACEMENT =
  'Directives are only read in the leading block of comments, before any instruction, blank line or ordinary comment (a `#!` first line is skipped). Anywhere else the line is a plain comment with no effect. Each directive may appear once.';

export const DIRECTIVES: readonly DirectiveDoc[] = [
  {
    name: 'syntax',
    summary: 'Chooses the frontend image that parses and builds this Dockerfile.',
    syntax: ['# syntax=<frontend image reference>'],
    details: [
      'BuildKit downloads the named frontend before building, so new Dockerfile features work without upgrading Docker itself. `docker/dockerfile:1` follows the newest stable 1.x release and is the usual choice; `docker/dockerfile:1.10` stays on the newest 1.10.x; a full version or digest pins exactly. A `-labs` tag (`docker/dockerfile:1-labs`) adds features that are not stable yet.',
      'Pinning an old version keeps newer flags (`--link`, `--parents`, heredocs…) from working, and the old `…:experimental` tags are long obsolete. Other frontends (non-Docker syntaxes) can be named too.',
      PLACEMENT,
    ].join('\n\n'),
    example: '# syntax=docker/dockerfile:1\nFROM alpine:3.22',
  },
  {
    name: 'escape',
    summary: 'Sets the escape and line-continuation character: `\\` (default) or a backtick.',
    syntax: ['# escape=\\', '# escape=`'],
    values: ['\\', '`'],
    details: [
      'The escape character escapes characters in instruction arguments and, at the end of a line, joins it with the next one. On Windows, where `\\` is the path separator, ``# escape=` `` lets you write `C:\\app\\` without a trailing backslash swallowing the next line.',
      'It does not apply inside RUN commands, except at the end of a line; the shell does its own escaping.',
      PLACEMENT,
    ].join('\n\n'),
    example: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app C:\\app\\',
  },
  {
    name: 'check',
    summary: 'Configures BuildKit\'s build checks: which to skip, whether warnings fail the build, which experimental ones to run.',
    syntax: ['# check=skip=<check>[,<check>...]|all', '# check=error=true|false', '# check=experimental=<check>[,<check>...]|all', '# check=skip=<checks>;error=true'],
    keys: [
      { key: 'skip', valueKind: 'check-names', summary: 'Comma-separated check names to skip, or `all`.' },
      { key: 'error', valueKind: 'boolean', summary: '`true` makes any check violation fail the build.' },
      { key: 'experimental', valueKind: 'check-names', summary: 'Comma-separated experimental checks to enable, or `all`.' },
    ],
    minFrontend: '1.8',
    details: [
      'Build checks run during every build (and alone with `docker build --check`). Combine several keys with `;`. An unknown key or a non-boolean `error` fails the build; unknown check names are ignored. The `BUILDKIT_DOCKERFILE_CHECK` build argument takes the same value and overrides the directive.',
      'Stevedore honours `# check=skip=<name>` as a suppression for the rules that mirror BuildKit checks.',
      PLACEMENT,
    ].join('\n\n'),
    example: '# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended;error=true\nFROM alpine:3.22',
  },
];

const BY_NAME: ReadonlyMap<string, DirectiveDoc> = new Map(DIRECTIVES.map((d) => [d.name, d]));

/** Documentation for a directive name (case-insensitive, as BuildKit matches it). */
export function getDirectiveDoc(name: string): DirectiveDoc | undefined {
  return BY_NAME.get(name.trim().toLowerCase());
}

export const DIRECTIVE_NAMES: readonly DirectiveName[] = DIRECTIVES.map((d) => d.name);

/** The `check` directive's keys, lower case. */
export const CHECK_DIRECTIVE_KEYS: readonly string[] = (getDirectiveDoc('check')?.keys ?? []).map((k) => k.key);
