import type { DockerfileFacts } from '../../engine/applicability';
import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { closest, code } from '../../engine/text';
import { MOUNT_TYPES, canonicalMountOptionName, getMountOption, getMountTypeDoc, imageWorkdir } from '../../knowledge/dockerfile';
import { lastBefore } from '../../model/dockerfile/queries';
import type { DockerfileModel, Flag, InstructionNode } from '../../model/dockerfile/types';
import { rootImage } from '../shared/base-image';
import { withTriggers } from '../shared/dockerfile-syntax';

export const meta: DockerfileRuleMeta = {
  id: 'run-mount-invalid',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: '`RUN --mount` has an unknown type or option, a bad value, or lacks a required option.',
  docs: {
    description:
      '`RUN --mount` takes comma-separated `key=value` options. The `type` is `bind` (default), `cache`, `tmpfs`, ' +
      '`secret` or `ssh`, and each type takes its own options: `size` belongs to tmpfs, `sharing` (shared, private, ' +
      'locked) to cache. Bind, cache and tmpfs mounts without a `target` are mounted on the working directory, which ' +
      'the builder rejects when it is `/`; a secret mount needs an `id` or a `target`. ' +
      'The builder rejects anything else, usually after a long wait for earlier steps.',
    incorrect: 'FROM python:3.13-slim\nRUN --mount=type=cache,dest=/root/.cache/pip,sharing=shared-ro pip install -r requirements.txt',
    correct: 'FROM python:3.13-slim\nRUN --mount=type=cache,target=/root/.cache/pip,sharing=locked pip install -r requirements.txt',
    fix: 'Renames an unknown option to the nearest one the type takes. Unsafe: another option may have been meant.',
    notes: 'Values holding variables are skipped. `from=` stage names are checked by `copy-from-unknown-stage`. Options ' +
      'the builder accepts but ignores on a type are not reported. A missing `target` is not reported when a WORKDIR ' +
      'below `/` is in effect, set in the file or by a known official base image (golang, php-fpm and php-apache, ' +
      'wordpress, httpd, tomcat).',
  },
  fix: 'unsafe',
  aliases: [],
};

interface Part {
  key: string;
  value: string | undefined;
  start: number;
  keyEnd: number;
  end: number;
}

function split(flag: Flag): Part[] {
  const value = flag.value ?? '';
  const parts: Part[] = [];
  let pos = 0;
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).trim();
    if (key !== '') {
      const lead = field.length - field.trimStart().length;
      parts.push({
        key,
        value: eq < 0 ? undefined : field.slice(eq + 1).trim(),
        start: flag.valueStart + pos + lead,
        keyEnd: flag.valueStart + pos + lead + key.length,
        end: flag.valueStart + pos + field.trimEnd().length,
      });
    }
    pos += field.length + 1;
  }
  return parts;
}

/** It reads only `--mount` flags. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return facts.flags.has('mount');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'RUN') continue;
    for (const flag of instruction.flags) {
      if (flag.name.toLowerCase() !== 'mount' || !flag.value) continue;
      // Offsets inside the value are only exact when it sits on one line.
      if (flag.valueEnd - flag.valueStart !== flag.value.length) continue;
      checkMount(ctx, flag, instruction);
    }
  }
}

function checkMount(ctx: RuleContext<DockerfileModel>, flag: Flag, run: InstructionNode): void {
  const parts = split(flag);
  const typePart = parts.find((p) => p.key.toLowerCase() === 'type');
  const type = (typePart?.value ?? 'bind').toLowerCase();
  if (type.includes('$')) return;
  const doc = getMountTypeDoc(type);
  if (!doc) {
    const at = typePart as Part;
    ctx.report({
      range: ctx.range(at.keyEnd + 1, at.end),
      message: `Unknown mount type ${code(type)}; use ${MOUNT_TYPES.map((m) => code(m.type)).join(', ')}.`,
    });
    return;
  }
  const present = new Set<string>();
  for (const part of parts) {
    const lower = part.key.toLowerCase();
    if (lower === 'type') continue;
    const option = getMountOption(type, lower);
    const canonical = canonicalMountOptionName(lower);
    if (canonical) present.add(canonical);
    if (!option) {
      if (canonical && doc.ignoredOptions.includes(canonical)) continue;
      const names = doc.options.map((o) => o.name);
      const suggestion = canonical ? undefined : closest(lower, [...names, ...doc.options.flatMap((o) => o.aliases)], 2);
      const fix: Fix | undefined = suggestion
        ? makeFix(`Rename to ${suggestion}`, 'unsafe', [replaceEdit(ctx.document, part.start, part.keyEnd, suggestion)])
        : undefined;
      ctx.report({
        range: ctx.range(part.start, part.keyEnd),
        message: canonical
          ? `A ${code(type)} mount does not take ${code(part.key)}.`
          : `Unknown mount option ${code(part.key)}${suggestion ? `. Did you mean ${code(suggestion)}?` : '.'}`,
        fix,
      });
      continue;
    }
    if (option.valueKind === 'enum' && part.value !== undefined && !part.value.includes('$') && !(option.values ?? []).includes(part.value)) {
      ctx.report({
        range: ctx.range(part.keyEnd + 1, part.end),
        message: `${code(option.name)} takes ${(option.values ?? []).map((v) => code(v)).join(', ')}, not ${code(part.value)}.`,
      });
    }
  }
  const required = doc.requiresOneOf;
  if (required.length > 0 && !required.some((r) => present.has(r))) {
    if (type === 'secret') {
      ctx.report({ range: ctx.range(flag.start, flag.nameEnd), message: `This ${code(type)} mount needs \`id\` or \`target\`.` });
    } else if (!workdirBelowRoot(ctx.model, run)) {
      ctx.report({
        range: ctx.range(flag.start, flag.nameEnd),
        message: `This ${code(type)} mount needs ${code(required[0]!)}: without one it is mounted on the working directory, and no WORKDIR below \`/\` is set.`,
      });
    }
  }
}

/**
 * A WORKDIR other than `/` is in effect, so a mount without `target` goes there (the builder joins the empty
 * target to the working directory and rejects only `/`). Without one in the file, a known official base image's
 * own WORKDIR counts (golang's `/go`); any other base image is taken to start at `/`.
 */
function workdirBelowRoot(model: DockerfileModel, run: InstructionNode): boolean {
  const workdir = lastBefore(run, 'WORKDIR');
  if (workdir) return !/^["']?\/*["']?$/.test(workdir.argsText.text.trim());
  const image = run.stage && rootImage(run.stage, model.stages);
  return image !== undefined && imageWorkdir(image.ref) !== undefined;
}
