// Naming a place in a Compose document for messages: "service `web`",
// "`deploy.resources` of service `web`", "dependency `db` of service `web`".
import { resolvePath } from './resolve';
import type { ComposePath } from './types';

interface Anchor {
  readonly label: string;
  readonly name: string;
  readonly index: number; // position of the name in the path
}

/** Renders path segments as `a.b[0].c`. */
export function renderSegments(segments: readonly (string | number)[]): string {
  let text = '';
  for (const segment of segments) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text;
}

/** The named entries (services, networks, dependencies…) the path passes through, outermost first. */
function anchorsOf(path: ComposePath): Anchor[] {
  const resolution = resolvePath(path);
  const anchors: Anchor[] = [];
  if (!resolution) return anchors;
  resolution.steps.forEach((step, index) => {
    if (step.entryLabel !== undefined && typeof step.segment === 'string') {
      anchors.push({ label: step.entryLabel, name: step.segment, index });
    }
  });
  return anchors;
}

function describeAnchors(anchors: readonly Anchor[]): string {
  return anchors
    .slice()
    .reverse()
    .map((a) => `${a.label} \`${a.name}\``)
    .join(' of ');
}

/**
 * What the value at `path` is called: "`restart`", "`deploy.resources.limits.cpus`",
 * "service `web`", "`ports[0]`" (relative to the innermost named entry, as users think of it).
 */
export function subjectOf(path: ComposePath): string {
  const anchors = anchorsOf(path);
  const inner = anchors[anchors.length - 1];
  if (!inner) return path.length === 0 ? 'the document' : `\`${renderSegments(path)}\``;
  const rest = path.slice(inner.index + 1);
  if (rest.length === 0) return describeAnchors(anchors);
  return `\`${renderSegments(rest)}\``;
}

/** Where keys of the mapping at `path` live: "at the top level", "under service `web`"… */
export function locationOf(path: ComposePath): string {
  if (path.length === 0) return 'at the top level';
  const anchors = anchorsOf(path);
  const inner = anchors[anchors.length - 1];
  if (!inner) return `under \`${renderSegments(path)}\``;
  const rest = path.slice(inner.index + 1);
  if (rest.length === 0) return `under ${describeAnchors(anchors)}`;
  return `under \`${renderSegments(rest)}\` of ${describeAnchors(anchors)}`;
}

export function capitalize(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
