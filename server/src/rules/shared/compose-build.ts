/**
 * A service's `build` section (short `build: ./dir` or long form) and the Dockerfile it builds, read
 * through the file-system view relative to the compose file's folder.
 */
import { Document, isMap, YAMLMap } from 'yaml';
import type { RuleContext } from '../../engine/rule';
import { dirname, joinPath } from '../../engine/fs';
import type { ComposeModel } from '../../model/compose/types';
import { parseDockerfile } from '../../model/dockerfile/parse';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { hasInterpolation } from '../../knowledge/compose/formats';
import { oncePer } from '../../model/once-per';
import { eachService, findPair, scalarString, ServiceEntry, Str, valueOf } from './compose-nodes';

export interface BuildSection {
  /** The long-form mapping, absent for `build: ./dir`. */
  map?: YAMLMap;
  context?: Str;
  dockerfile?: Str;
  inline?: Str;
  target?: Str;
}

export function buildSection(model: ComposeModel, doc: Document, body: YAMLMap): BuildSection | undefined {
  const pair = findPair(doc, body, 'build');
  if (!pair) return undefined;
  const value = valueOf(doc, body, 'build');
  if (isMap(value)) {
    const get = (k: string) => scalarString(model, valueOf(doc, value, k));
    const inlineNode = valueOf(doc, value, 'dockerfile_inline');
    const inline = inlineNode && 'value' in inlineNode && typeof (inlineNode as { value: unknown }).value === 'string'
      ? { text: String((inlineNode as { value: unknown }).value), node: inlineNode, start: 0, end: 0, quoted: false, exact: false } as Str
      : undefined;
    return { map: value, context: get('context'), dockerfile: get('dockerfile'), inline, target: get('target') };
  }
  const context = scalarString(model, value);
  return context ? { context } : {};
}

/** The services that have a `build` section, with it: once per model (four rules and the editor ask). */
export const serviceBuilds = oncePer((model: ComposeModel): readonly { service: ServiceEntry; build: BuildSection }[] => {
  const out: { service: ServiceEntry; build: BuildSection }[] = [];
  for (const service of eachService(model)) {
    const build = buildSection(model, service.doc, service.body);
    if (build) out.push({ service, build });
  }
  return out;
});

/** Contexts that are not local folders: git and https URLs, images, other services and targets. */
export function isRemoteContext(context: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|service:|target:)/i.test(context);
}

/** The absolute folder of a local build context, or undefined (remote, interpolated, untitled buffer). */
export function contextDir(ctx: RuleContext<ComposeModel>, build: BuildSection): string | undefined {
  return contextFolder(ctx.fileName, build);
}

function contextFolder(composeFile: string, build: BuildSection): string | undefined {
  if (!composeFile) return undefined;
  const text = build.context?.text ?? '.';
  if (hasInterpolation(text) || isRemoteContext(text)) return undefined;
  return joinPath(dirname(composeFile), text);
}

/** The absolute path of the Dockerfile a build reads from its context, or undefined (inline, remote, interpolated). */
export function buildDockerfilePath(composeFile: string, build: BuildSection): string | undefined {
  if (build.inline) return undefined;
  const dir = contextFolder(composeFile, build);
  const name = build.dockerfile?.text ?? 'Dockerfile';
  return dir && !hasInterpolation(name) ? joinPath(dir, name) : undefined;
}

/** The Dockerfile path of a service's `build` (its last definition wins, as in an override), for the editor. */
export function serviceDockerfilePath(model: ComposeModel, service: string, composeFile: string): string | undefined {
  const entry = eachService(model).filter((s) => s.name === service).pop();
  const build = serviceBuilds(model).find((b) => b.service === entry)?.build;
  return build ? buildDockerfilePath(composeFile, build) : undefined;
}

export interface BuildDockerfile {
  model: DockerfileModel;
  /** How messages name it: the path as written, or `dockerfile_inline`. */
  label: string;
}

/** The Dockerfile a build uses, parsed; undefined when it cannot be read. */
export function loadBuildDockerfile(ctx: RuleContext<ComposeModel>, build: BuildSection): BuildDockerfile | undefined {
  if (build.inline) return { model: parseDockerfile(build.inline.text), label: '`dockerfile_inline`' };
  const path = buildDockerfilePath(ctx.fileName, build);
  if (!path) return undefined;
  const name = build.dockerfile?.text ?? 'Dockerfile';
  const text = ctx.fs.readFile(path);
  if (text === undefined) return undefined;
  return { model: parseDockerfile(text, 'file://' + path), label: '`' + name + '`' };
}
