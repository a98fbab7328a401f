/** Reporting service references that name no service of the project, for the rules that split them by key. */
import { makeFix, replaceEdit } from '../../engine/edits';
import type { RuleContext } from '../../engine/rule';
import { closestTwo, code } from '../../engine/text';
import { projectDefinitions } from '../../model/compose/project';
import type { ComposeModel } from '../../model/compose/types';

/**
 * Reports every service reference whose key (`via`) is in `verbs` and whose name no file of the project
 * defines, with the nearest defined service as an unsafe rename. `verbs` maps the key to the message's verb.
 */
export function reportUndefinedServices(ctx: RuleContext<ComposeModel>, verbs: Readonly<Record<string, string>>): void {
  const refs = ctx.model.references.filter((r) => r.kind === 'service' && r.via in verbs);
  if (refs.length === 0) return;
  const project = projectDefinitions(ctx.model, ctx.fileName, ctx.fs);
  // An `include` that could not be read may define any of them.
  if (!project.complete) return;
  const defined = project.service;
  // The nearest names per misspelt name, worked out once: every service of a large file depending on the same
  // missing one read all services again for each reference.
  const nearestTo = new Map<string, [string | undefined, string | undefined]>();
  for (const ref of refs) {
    if (defined.has(ref.name)) continue;
    let two = nearestTo.get(ref.name);
    if (!two) nearestTo.set(ref.name, (two = closestTwo(ref.name, defined, 3)));
    // A service is never suggested to itself.
    const nearest = two[0] !== ref.service ? two[0] : two[1];
    ctx.report({
      range: ctx.range(ref.start, ref.end),
      message: `Service ${code(ref.service)} ${verbs[ref.via]} ${code(ref.name)}, which is not defined${nearest ? `. Did you mean ${code(nearest)}?` : '.'}`,
      fix: nearest ? makeFix(`Change to ${nearest}`, 'unsafe', [replaceEdit(ctx.document, ref.start, ref.end, nearest)]) : undefined,
    });
  }
}
