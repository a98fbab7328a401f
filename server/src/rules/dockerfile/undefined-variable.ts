import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { closest, code } from '../../engine/text';
import { getPredefinedArg, knownEnvForImage, UNIVERSAL_BASE_ENV } from '../../knowledge/dockerfile';
import type { DockerfileModel, Scope, Stage } from '../../model/dockerfile/types';
import { rootImage, startsFromScratch } from '../shared/base-image';
import { argumentRefs, flagRefs, isReferableName } from '../shared/variable-refs';

export const meta: DockerfileRuleMeta = {
  id: 'undefined-variable',
  target: 'dockerfile',
  category: 'variables',
  severity: 'warning',
  summary: 'A variable is used where no ARG or ENV defines it.',
  docs: {
    description:
      'Outside shell commands the builder expands `$NAME` itself, and an undefined name becomes an empty string without ' +
      'any error: `COPY app /opt/$APP_DIR/` copies into `/opt/`, `WORKDIR $HOME/app` becomes `/app`. Usually it is a typo ' +
      'or an ARG declared in another stage.',
    incorrect: 'FROM python:3.13-slim\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOEM',
    correct: 'FROM python:3.13-slim\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOME',
    fix: 'Renames the reference to the nearest defined name. Unsafe: only you know which variable was meant.',
    notes:
      'Checked in COPY, ADD (with `--chown`/`--chmod`), ENV, ARG defaults, LABEL, WORKDIR, USER, EXPOSE, VOLUME and ' +
      'STOPSIGNAL; shell-form RUN, CMD and ENTRYPOINT are left to the shell, exec-form arrays and COPY/ADD heredoc bodies ' +
      'are not expanded. References with a default or alternative (`${NAME:-x}`, `${NAME:+x}`, `${NAME:?msg}`) are exempt. ' +
      'The environment of official base images is known (`PATH`, `PYTHON_VERSION`, `NODE_VERSION`, `JAVA_HOME`…); for ' +
      'other base images only near-misses of a defined name (`$PAHT`, but not `$GOPATH`, which only adds to `PATH`) are ' +
      'reported, so an unknown image never causes a ' +
      'false report. Platform ARGs are `platform-arg-undeclared`\'s.',
  },
  fix: 'unsafe',
  aliases: ['BK:UndefinedVar'],
};

const CHECKED = new Set(['COPY', 'ADD', 'ENV', 'ARG', 'LABEL', 'WORKDIR', 'USER', 'EXPOSE', 'VOLUME', 'STOPSIGNAL']);

const SCRATCH_ENV: readonly string[] = ['PATH'];

/** What the base image of the stage is known to set: a list, or undefined when the image is unknown. */
function baseEnv(stage: Stage | undefined, stages: readonly Stage[]): readonly string[] | undefined {
  if (!stage) return [];
  // BuildKit gives a `scratch` stage an image config with the default `PATH` and nothing else.
  if (startsFromScratch(stage)) return SCRATCH_ENV;
  const image = rootImage(stage, stages);
  return image ? knownEnvForImage(image.text) : undefined;
}

function envHas(env: readonly string[], name: string): boolean {
  return env.some((v) => (v.endsWith('*') ? name.startsWith(v.slice(0, -1)) : v === name));
}

/** It reports only variable references, and each starts with `$`. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.dollar;
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { model } = ctx;
  // One answer per stage, not per instruction.
  const envs = new Map<Stage | undefined, readonly string[] | undefined>();
  const envOf = (stage: Stage | undefined) => {
    if (!envs.has(stage)) envs.set(stage, baseEnv(stage, model.stages));
    return envs.get(stage);
  };
  // The scope before the instruction; undefined before the first FROM, where only the predefined ARGs count
  // (that scope is made when a reference there needs it).
  let before: Scope | undefined;
  let predefinedOnly: Scope | undefined;
  for (const instruction of model.instructions) {
    if (instruction.keyword === 'FROM') {
      before = instruction.scope;
      continue;
    }
    const scopeBefore = before;
    before = instruction.scope;
    if (!CHECKED.has(instruction.keyword) || instruction.execForm) continue;
    const flags = instruction.keyword === 'COPY' || instruction.keyword === 'ADD' ? flagRefs(instruction, model.escape) : [];
    const args = argumentRefs(instruction, model.escape);
    const refs = flags.length === 0 ? args : [...flags, ...args];
    if (refs.length === 0) continue;
    const scope = scopeBefore ?? (predefinedOnly ??= new Map([...model.globalScope].filter(([, v]) => v.kind === 'predefined')));
    for (const ref of refs) {
      // `${NAME:+…$NAME…}` reads NAME only when it is set.
      if (/^:?[-+?]/.test(ref.modifier) || ref.guardedBy === ref.name) continue;
      const name = ref.name;
      if (scope.has(name) || getPredefinedArg(name) || (model.globalScope.get(name)?.kind === 'predefined')) continue;
      // The base image's environment is worked out only for a name the file does not define.
      const env = envOf(instruction.stage);
      if (env && envHas(env, name)) continue;
      const candidates = [...scope.keys(), ...(env ?? UNIVERSAL_BASE_ENV)].filter((n) => n !== name && isReferableName(n));
      const suggestion = closest(name, candidates, name.length > 3 ? 2 : 1);
      // Unknown base image: only near-misses are certain enough, and a name that adds to another at one end is a
      // variable of its own (`$GOPATH` is not a misspelt `$PATH`; the image may define it).
      if (!env && (!suggestion || affixed(name, suggestion))) continue;
      ctx.report({
        range: ctx.range(ref.nameStart, ref.nameEnd),
        message: `${code('$' + name)} is not defined by any ARG or ENV in scope${suggestion ? `; did you mean ${code(suggestion)}?` : ', so it expands to an empty string.'}`,
        fix: suggestion ? makeFix(`Rename to ${suggestion}`, 'unsafe', [replaceEdit(ctx.document, ref.nameStart, ref.nameEnd, suggestion)]) : undefined,
      });
    }
  }
}

/** One name is the other with letters added at its start or end (`GOPATH` and `PATH`). */
function affixed(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  return long.startsWith(short) || long.endsWith(short);
}
