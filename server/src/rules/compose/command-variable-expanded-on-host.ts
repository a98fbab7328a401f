import { insertEdit, makeFix } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { dirname, joinPath } from '../../engine/fs';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { parseEnvFile, projectDotEnv } from '../shared/compose-env';
import { isRecord, services, type ServiceView } from '../shared/compose-services';

export const meta: ComposeRuleMeta = {
  id: 'command-variable-expanded-on-host',
  target: 'compose',
  category: 'interpolation',
  severity: 'warning',
  summary: 'A `$VAR` in a command is replaced by Compose on the host, not by the container\'s shell.',
  docs: {
    description:
      'Compose interpolates every `$VAR` in the file before the container starts, from the host environment and `.env`. ' +
      'In `command`, `entrypoint`, `healthcheck.test` and lifecycle hooks you usually mean the container\'s variable, the ' +
      'one set by `environment:` or `env_file:`; Compose replaces it first, typically with an empty string. Write `$$VAR` ' +
      'so the container\'s shell sees `$VAR`.',
    incorrect: 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_USER: app\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U $POSTGRES_USER"]',
    correct: 'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_USER: app\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U $$POSTGRES_USER"]',
    fix: 'Doubles the `$` so the container expands the variable. Unsafe: the command changes, as intended.',
    notes: 'Only variables the service defines for its container, and that `.env` does not define, are reported. A ' +
      'variable `environment` takes from the host (`- NAME`, `NAME:`, `NAME: ${NAME}`, `NAME: ${NAME?message}`) has the ' +
      'same value either way, and so does one set by the very expression the command uses (`NAME: ${NAME:-app}` and ' +
      '`${NAME:-app}` in the command).',
  },
  fix: 'unsafe',
  aliases: [],
};

const COMMAND_PLACES = new Set(['command', 'entrypoint', 'healthcheck', 'post_start', 'pre_stop']);

export function check(ctx: RuleContext<ComposeModel>): void {
  const dotEnv = projectDotEnv(ctx.fileName, ctx.fs) ?? new Map<string, string>();
  // A service's variables are read when one of its commands holds a `$` expression (few do).
  const containerEnv = new Map<string, Map<string, string | undefined>>();
  const variablesOf = (name: string): Map<string, string | undefined> | undefined => {
    let vars = containerEnv.get(name);
    if (vars) return vars;
    // The last service of that name: documents may define one service more than once.
    let service: ServiceView | undefined;
    for (const s of services(ctx.model)) if (s.name === name) service = s;
    if (service) containerEnv.set(name, (vars = containerVariables(service.value, ctx)));
    return vars;
  };
  for (const scalar of ctx.model.interpolations) {
    const [section, name, place, sub] = scalar.path;
    if (section !== 'services' || typeof name !== 'string' || typeof place !== 'string' || !COMMAND_PLACES.has(place)) continue;
    if (place === 'healthcheck' && sub !== 'test') continue;
    if ((place === 'post_start' || place === 'pre_stop') && scalar.path[4] !== 'command') continue;
    const vars = variablesOf(name);
    if (!vars) continue;
    for (const ref of scalar.refs) {
      if (!vars.has(ref.name) || dotEnv.has(ref.name)) continue;
      // `NAME: ${NAME:-x}` in `environment` and `${NAME:-x}` in the command: one expression, so one value.
      if (vars.get(ref.name) === ctx.model.text.slice(ref.start, ref.end)) continue;
      ctx.report({
        range: ctx.range(ref.start, ref.end),
        message: `${code(ctx.model.text.slice(ref.start, ref.end))} is replaced by Compose on the host, but ${code(ref.name)} is a variable of the container: write \`$$\` to let the container expand it.`,
        fix: makeFix('Escape the $ so the container expands it', 'unsafe', [insertEdit(ctx.document, ref.start, '$')]),
      });
    }
  }
}

/**
 * Names the service's container gets from `environment` (with the value as written) and, when readable, `env_file`.
 * A name `environment` passes through from the host (`- NAME`, `NAME:`, `NAME: ${NAME}`) is left out: Compose's
 * value and the container's agree.
 */
function containerVariables(service: Record<string, unknown>, ctx: RuleContext<ComposeModel>): Map<string, string | undefined> {
  const names = new Map<string, string | undefined>();
  const env = service.environment;
  if (Array.isArray(env)) {
    for (const item of env) {
      if (typeof item !== 'string') continue;
      const eq = item.indexOf('=');
      if (eq > 0 && !fromHost(item.slice(0, eq), item.slice(eq + 1))) names.set(item.slice(0, eq), item.slice(eq + 1));
    }
  } else if (isRecord(env)) {
    for (const [key, value] of Object.entries(env)) {
      if (value !== null && !fromHost(key, value)) names.set(key, typeof value === 'string' ? value : undefined);
    }
  }
  if (!ctx.fileName) return names;
  const files = service.env_file;
  const list = Array.isArray(files) ? files : files === undefined ? [] : [files];
  for (const item of list) {
    const path = typeof item === 'string' ? item : isRecord(item) && typeof item.path === 'string' ? item.path : undefined;
    if (!path || path.includes('$')) continue;
    const text = ctx.fs.readFile(joinPath(dirname(ctx.fileName), path));
    // `environment` wins over `env_file` for a name both set.
    if (text !== undefined) for (const key of parseEnvFile(text).keys()) if (!names.has(key)) names.set(key, undefined);
  }
  return names;
}

/**
 * `NAME=${NAME}`, `NAME=$NAME` or `NAME=${NAME?message}`: the container gets the host's value, as Compose
 * interpolates it (a default, `${NAME:-x}`, would make the two differ when the host has none).
 */
function fromHost(name: string, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (value === `$${name}` || value === `\${${name}}`) return true;
  return value.startsWith(`\${${name}`) && /^:?\?[^}]*\}$/.test(value.slice(name.length + 2));
}
