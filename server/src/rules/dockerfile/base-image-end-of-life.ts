import { makeFix, replaceEdit } from '../../engine/edits';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { lookupImageLifecycle, type LifecycleMatch } from '../../knowledge/dockerfile';
import { packageCommands } from '../../model/dockerfile/package-managers';
import { stageChain } from '../../model/dockerfile/queries';
import type { DockerfileModel, Stage } from '../../model/dockerfile/types';
import { stageImage, stageImageLifecycle } from '../shared/base-image';
import { isManagedDistro } from '../shared/externally-managed';
import { posixSites, stageOf } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'base-image-end-of-life',
  target: 'dockerfile',
  category: 'base-image',
  severity: 'warning',
  summary: 'The base image is a version whose support has ended.',
  docs: {
    description:
      'Once a distribution or language version reaches end of life, its images stop receiving security fixes: every new ' +
      'vulnerability stays in your image for good. Every version in the tag counts: `python:3.8-slim-buster` is both ' +
      'Python 3.8 and Debian 10, and the earliest end date is reported. The dates come from a table in the extension ' +
      '(upstream release calendars) and are compared with today\'s date.',
    incorrect: 'FROM python:3.8-slim-buster\nCOPY . /app',
    correct: 'FROM python:3.13-slim-trixie\nCOPY . /app',
    fix:
      'Replaces every ended version in the tag with its successor (`3.8` → `3.13`, `buster` → `trixie`, `alpine3.15` → ' +
      '`alpine3.23`) when the table names one, and not in a date-stamped tag (`bullseye-20230208-slim`), whose snapshot ' +
      'has no counterpart in the new release, nor when the stage runs `pip install` and the new release refuses a ' +
      'system-wide one (Debian 12 and Ubuntu 23.04 onwards, PEP 668). Unsafe: a new major version can break the build or ' +
      'the application.',
    notes:
      'Floating major tags (`python:3`) never match a minor-version cycle, and references with a digest but no tag are ' +
      'skipped. Images given by a variable are judged on the ARG default. `--now` in the CLI changes the date judged against.',
  },
  fix: 'unsafe',
  aliases: [],
};

/** A build date in a tag: `20230208`, `2023-02-08`, `2023.02.08` between separators. */
const DATE_STAMP = /(^|[-_.])(19|20)\d\d[-.]?[01]\d[-.]?[0-3]\d($|[-_.])/;

export function check(ctx: RuleContext<DockerfileModel>): void {
  let underPip: Set<Stage> | undefined; // worked out at the first fix that could cross into PEP 668
  for (const stage of ctx.model.stages) {
    const image = stageImage(stage, ctx.model.stages);
    const tagSpan = image?.ref.offsets.tag;
    if (!image || image.ref.tag === undefined || !tagSpan) continue;
    const result = stageImageLifecycle(image, ctx.now);
    if (result.status !== 'eol') continue;
    const range = image.literal ? ctx.range(image.start + tagSpan.start, image.start + tagSpan.end) : ctx.range(image.start, image.end);
    const newTag = image.literal && image.ref.digest === undefined ? successorTag(image.ref.tag, result.matches.filter((m) => m.ended)) : undefined;
    const stillEnded = newTag !== undefined && lookupImageLifecycle({ ...image.ref, tag: newTag }, ctx.now).status === 'eol';
    // Onto Debian 12 or Ubuntu 23.04 and later, a system-wide `pip install` in the stages built on this one would fail.
    const breaksPip =
      newTag !== undefined && crossesIntoPep668(image.text, newTag, image.ref.offsets.tag) && (underPip ??= stagesUnderPipInstall(ctx.model)).has(stage);
    ctx.report({
      range,
      message: `${code(image.text)}: ${result.message}`,
      fix:
        newTag !== undefined && !stillEnded && !breaksPip
          ? makeFix(`Change the tag to ${newTag}`, 'unsafe', [replaceEdit(ctx.document, image.start + tagSpan.start, image.start + tagSpan.end, newTag)])
          : undefined,
    });
  }
}

/** The image moves from a distribution whose system pip works to one that refuses it (PEP 668). */
function crossesIntoPep668(image: string, newTag: string, tagSpan: { start: number; end: number } | undefined): boolean {
  if (!tagSpan) return false;
  return !isManagedDistro(image) && isManagedDistro(image.slice(0, tagSpan.start) + newTag + image.slice(tagSpan.end));
}

/** The stages a `pip install` runs in, and every stage they are built on: one pass for the file. */
function stagesUnderPipInstall(model: DockerfileModel): Set<Stage> {
  const stages = new Set<Stage>();
  for (const c of packageCommands(posixSites(model))) {
    if (c.tool === 'pip' && c.sub?.value === 'install') for (const s of stageChain(stageOf(model, c.site.instruction))) stages.add(s);
  }
  return stages;
}

/**
 * The tag with each ended version replaced by its family's successor; undefined when one has none, or when the tag
 * holds a date stamp (`bullseye-20230208-slim`): that snapshot of the old release has no counterpart in the new one.
 */
function successorTag(tag: string, ended: LifecycleMatch[]): string | undefined {
  if (DATE_STAMP.test(tag)) return undefined;
  let out = tag;
  for (const m of [...ended].sort((a, b) => b.tagSpan.start - a.tagSpan.start)) {
    const next = m.family.successorTag;
    if (next === undefined) return undefined;
    const replacement = /^alpine\d/.test(m.token) ? `alpine${next}` : next;
    out = out.slice(0, m.tagSpan.start) + replacement + out.slice(m.tagSpan.end);
  }
  return out;
}
