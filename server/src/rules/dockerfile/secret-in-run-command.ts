import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { findSecretTokens } from '../../knowledge/dockerfile';
import { runInstructions } from '../../model/dockerfile/queries';
import { commandName, commandSites, effectiveArgs } from '../../model/dockerfile/queries';
import type { DockerfileModel } from '../../model/dockerfile/types';
import type { ShellWord } from '../../model/shell';

export const meta: DockerfileRuleMeta = {
  id: 'secret-in-run-command',
  target: 'dockerfile',
  category: 'security',
  severity: 'warning',
  summary: 'A literal password or token in a `RUN` command: it is stored in the image history.',
  docs: {
    description:
      'The text of every RUN instruction is kept in the image history, and the Dockerfile is in version control. A ' +
      'password in a clone URL, a `docker login -p`, a `curl -u user:pass` or an `npm config set …:_authToken` is ' +
      'readable by anyone with the image or the repository. Mount the credential as a build secret and read it from ' +
      'the environment or a file inside that one RUN.',
    incorrect: 'FROM alpine:3.20\nRUN git clone https://deploy:s3cr3tpass@git.example.com/team/app.git',
    correct:
      'FROM alpine:3.20\nRUN --mount=type=secret,id=git-token,env=GIT_TOKEN \\\n' +
      '    git clone "https://deploy:${GIT_TOKEN}@git.example.com/team/app.git"',
    notes:
      'Detects URL credentials (`https://user:pass@…`, `https://<token>@github.com/…`), `-p`/`--password` of ' +
      '`docker`/`podman`/`helm` login, `curl -u user:pass`, `mysql -p<password>`, `aws configure set ' +
      'aws_secret_access_key <value>`, `npm config set //…:_authToken <value>`, `gcloud auth ' +
      'activate-service-account` with a key file outside `/run/secrets`, and known token formats anywhere in the ' +
      'command. Values that are variables are left to the ARG/ENV rules.',
  },
  fix: 'none',
  aliases: ['DS-0031'],
};

interface Hit {
  start: number;
  end: number;
  message: string;
}

/** After `scheme://`: `user:password@` or `token@`. */
const CREDENTIALS = /^([^\s/@:$]+)(?::([^\s/@$]+))?@/;

/**
 * `scheme://user:pass@` in a word, found from each `://` (a scheme is letters, digits, `+`, `.`, `-` and starts
 * with a letter); scanning from `://` keeps this linear where a regex would retry at every letter.
 */
function* urlCredentials(raw: string): Generator<{ user: string; pass?: string; at: number }> {
  for (let i = raw.indexOf('://'); i >= 0; i = raw.indexOf('://', i + 3)) {
    let s = i;
    while (s > 0 && /[a-z0-9+.-]/i.test(raw[s - 1])) s--;
    while (s < i && !/[a-z]/i.test(raw[s])) s++;
    if (s === i) continue;
    const m = CREDENTIALS.exec(raw.slice(i + 3));
    if (m) yield { user: m[1], pass: m[2], at: i + 3 };
  }
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const hits: Hit[] = [];
  for (const { command } of commandSites(ctx.model)) commandHits(command.args, effectiveArgs(command), commandName(command), hits);
  // Known token formats anywhere in RUN text (exec form and heredoc bodies included).
  for (const i of runInstructions(ctx.model.instructions)) {
    const text = ctx.model.text.slice(i.start, i.end);
    for (const t of findSecretTokens(text)) hits.push({ start: i.start + t.start, end: i.start + t.end, message: `This RUN holds what looks like ${article(t.format.description)}; RUN text is stored in the image history.` });
  }
  // By start, a hit overlapping one already reported is left out: only the furthest end reported so far can reach it
  // (checking every reported hit again was quadratic in a file of many).
  let reportedEnd = -Infinity;
  for (const h of hits.sort((a, b) => a.start - b.start)) {
    if (h.start < reportedEnd) continue;
    reportedEnd = h.end;
    ctx.report({ range: ctx.range(h.start, h.end), message: h.message });
  }
}

/** `a GitHub token`, `an AWS access key ID`. */
export function article(noun: string): string {
  return (/^[AEIOU]/i.test(noun) ? 'an ' : 'a ') + noun;
}

/** The commands whose arguments are checked below. */
const CHECKED_COMMANDS = new Set(['docker', 'podman', 'helm', 'buildah', 'skopeo', 'curl', 'mysql', 'mysqladmin', 'mysqldump', 'mariadb',
  'aws', 'npm', 'yarn', 'pnpm', 'gcloud']);

/** Adds the literal credentials of one command to `hits`. */
function commandHits(all: ShellWord[], args: ShellWord[], name: string | undefined, hits: Hit[]): void {
  for (const w of all) {
    if (w.raw.indexOf(':') < 0 || !w.raw.includes('://')) continue; // a search for one character is the quickest
    for (const m of urlCredentials(w.raw)) {
      const user = m.user;
      const pass = m.pass;
      const literalPass = pass !== undefined && !pass.includes('$');
      const tokenUser = pass === undefined && /^[A-Za-z0-9_-]{20,}$/.test(user);
      if (!literalPass && !tokenUser) continue;
      const offset = w.start + m.at;
      const start = literalPass ? offset + user.length + 1 : offset;
      const length = literalPass ? (pass as string).length : user.length;
      if (w.raw.length !== w.end - w.start) continue; // spans a continuation: offsets would be off
      hits.push({ start, end: start + length, message: 'This URL carries a literal credential; it is stored in the image history.' });
    }
  }
  if (!name || args.length === 0 || !CHECKED_COMMANDS.has(name)) return;
  const rest = args.slice(1);
  const values = rest.map((w) => w.value);
  const literal = (w: ShellWord | undefined) => w !== undefined && !w.expansion && w.value !== '' && w.value !== '-';
  const push = (w: ShellWord, what: string, from = 0) => hits.push({ start: w.start + from, end: w.end, message: `${what} is written literally; it is stored in the image history.` });
  if ((name === 'docker' || name === 'podman' || name === 'helm' || name === 'buildah' || name === 'skopeo') && values.includes('login')) {
    rest.forEach((w, k) => {
      if ((w.value === '-p' || w.value === '--password') && literal(rest[k + 1])) push(rest[k + 1], `The \`${name} login\` password`);
      const eq = /^--password=(.+)$/.exec(w.value);
      if (eq && !w.expansion) push(w, `The \`${name} login\` password`, '--password='.length);
    });
  }
  if (name === 'curl') {
    rest.forEach((w, k) => {
      if ((w.value === '-u' || w.value === '--user') && literal(rest[k + 1]) && /^[^:]*:.+/.test(rest[k + 1].value)) {
        const v = rest[k + 1];
        hits.push({ start: v.start, end: v.end, message: 'The `curl -u` credentials are literal; they are stored in the image history.' });
      }
    });
  }
  if (name === 'mysql' || name === 'mysqladmin' || name === 'mysqldump' || name === 'mariadb') {
    for (const w of rest) {
      if (/^-p.+/.test(w.value) && !w.expansion) push(w, `The \`${name} -p\` value`, 2);
      if (/^--password=.+/.test(w.value) && !w.expansion) push(w, `The \`${name} --password\` value`, '--password='.length);
    }
  }
  if (name === 'aws' && values[0] === 'configure' && values[1] === 'set') {
    const key = values[2]?.replace(/^.*\./, '');
    if ((key === 'aws_secret_access_key' || key === 'aws_session_token') && literal(rest[3])) {
      hits.push({ start: rest[3].start, end: rest[3].end, message: `The \`${key}\` value is literal; it is stored in the image history.` });
    }
  }
  if ((name === 'npm' || name === 'yarn' || name === 'pnpm') && values[0] === 'config' && values[1] === 'set') {
    const key = rest[2];
    if (key && /_authToken|_auth$|_password$/.test(key.value)) {
      const inline = /^[^=]+=(.+)$/.exec(key.value);
      if (inline && !key.expansion) hits.push({ start: key.end - inline[1].length, end: key.end, message: 'The registry token is literal; it is stored in the image history.' });
      else if (!inline && literal(rest[3])) hits.push({ start: rest[3].start, end: rest[3].end, message: 'The registry token is literal; it is stored in the image history.' });
    }
  }
  if (name === 'gcloud' && values.slice(0, 2).join(' ') === 'auth activate-service-account') {
    rest.forEach((w, k) => {
      const eq = /^--key-file=(.+)$/.exec(w.value);
      const file = eq ? { w, value: eq[1] } : w.value === '--key-file' && rest[k + 1] ? { w: rest[k + 1], value: rest[k + 1].value } : undefined;
      if (file && !file.value.startsWith('/run/secrets/') && !file.w.expansion) {
        hits.push({ start: file.w.start, end: file.w.end, message: 'The service-account key file was copied into the image; mount it as a build secret instead.' });
      }
    });
  }
}
