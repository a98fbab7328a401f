import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { baseNameOf, dirname } from '../../engine/fs';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { displayPath, extendsOf, includeEntries, ModelCache } from '../shared/compose-file-chains';
import { reportOnce } from '../shared/compose-nodes';
import { services } from '../shared/compose-services';
import { entryAt, spanOf } from '../shared/compose-tree';

export const meta: ComposeRuleMeta = {
  id: 'file-reference-cycle',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'An `include` or `extends` chain comes back to a file or service already on the chain.',
  docs: {
    description:
      '`include` loads other compose files and `extends` copies the configuration of another service, possibly from another ' +
      'file. When the chain leads back to a file or service it started from (`a.yaml` includes `b.yaml`, which includes ' +
      '`a.yaml`; service `web` extends `base`, which extends `web`), Compose cannot finish loading and stops with ' +
      '"include cycle detected" or a circular reference error.',
    incorrect: 'services:\n  web:\n    extends: base\n    image: nginx:1.27\n  base:\n    extends:\n      service: web',
    correct: 'services:\n  web:\n    extends: base\n    image: nginx:1.27\n  base:\n    restart: always',
    notes:
      'Files named by `include` and `extends.file` are read from the workspace; a file that cannot be read ends the chain ' +
      'without a finding (`compose-file-reference-missing` reports it). Paths holding `${…}` are not followed. For an untitled ' +
      'buffer only `extends` within the buffer is checked.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

const MAX_DEPTH = 32;

export function check(ctx: RuleContext<ComposeModel>): void {
  const cache = new ModelCache(ctx.fs, { fileName: ctx.fileName, model: ctx.model });
  checkIncludes(ctx, cache);
  checkExtends(ctx, cache);
}

function checkIncludes(ctx: RuleContext<ComposeModel>, cache: ModelCache): void {
  if (!ctx.fileName) return;
  const dir = dirname(ctx.fileName);
  const show = (p: string) => code(displayPath(p, dir));
  for (const entry of includeEntries(ctx.model, ctx.fileName)) {
    const chain = includeCycle(entry.resolved, [ctx.fileName], cache);
    if (!chain) continue;
    const span = spanOf(entryAt(entry.doc, entry.path)?.value);
    if (!span) continue;
    ctx.report({
      range: ctx.range(span[0], span[1]),
      message:
        chain.length === 2 && chain[0] === chain[1]
          ? `This file includes itself: ${show(chain[0])}.`
          : `Include cycle: ${chain.map(show).join(' → ')}. Compose stops loading the project.`,
    });
  }
}

/** The chain from the stack through `file` back to a file on it, or undefined. */
function includeCycle(file: string, stack: string[], cache: ModelCache): string[] | undefined {
  if (stack.includes(file)) return [...stack, file];
  if (stack.length > MAX_DEPTH) return undefined;
  const model = cache.get(file);
  if (!model) return undefined;
  for (const next of includeEntries(model, file)) {
    const found = includeCycle(next.resolved, [...stack, file], cache);
    if (found) return found;
  }
  return undefined;
}

function checkExtends(ctx: RuleContext<ComposeModel>, cache: ModelCache): void {
  const report = reportOnce(ctx);
  const here = ctx.fileName;
  const label = (file: string, service: string) =>
    file === here ? code(service) : `${code(service)} (in ${code(here ? displayPath(file, dirname(here)) : baseNameOf(file))})`;
  for (const s of services(ctx.model)) {
    // Most services extend nothing: skip them before the lookup, which scans every service.
    if (s.value.extends === undefined) continue;
    const first = extendsOf(ctx.model, here, s.name);
    if (!first) continue;
    const chain: { file: string; service: string }[] = [{ file: here, service: s.name }];
    let link: typeof first | undefined = first;
    let cycle = false;
    while (link && chain.length <= MAX_DEPTH) {
      const step: { file: string; service: string } = { file: link.file, service: link.service };
      const onChain = chain.some((c) => c.file === step.file && c.service === step.service);
      chain.push(step);
      if (onChain) {
        cycle = true;
        break;
      }
      const model = cache.get(step.file);
      link = model ? extendsOf(model, step.file, step.service) : undefined;
    }
    if (!cycle) continue;
    const names = chain.map((c) => label(c.file, c.service));
    report({
      range: ctx.range(first.span[0], first.span[1]),
      message:
        chain.length === 2
          ? `Service ${code(s.name)} extends itself.`
          : chain[chain.length - 1].file === here && chain[chain.length - 1].service === s.name
            ? `Service ${code(s.name)} is on an \`extends\` chain that comes back to it: ${names.join(' → ')}.`
            : `Service ${code(s.name)} extends a chain that loops: ${names.join(' → ')}.`,
    });
  }
}
