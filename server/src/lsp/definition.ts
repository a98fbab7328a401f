/**
 * Go to definition: Compose references (depends_on, networks, volumes, secrets, configs…) to their
 * top-level definition, `build.target` into the Dockerfile's stage; Dockerfile `COPY --from=`,
 * `RUN --mount from=` and `FROM <stage>` to the stage.
 */
import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver/node';
import type { FileSystem } from '../engine/fs';
import type { Model } from '../engine/lint';
import { pathAt } from '../model/compose/path-at';
import { parseDockerfile } from '../model/dockerfile/parse';
import type { DockerfileModel } from '../model/dockerfile/types';
import { serviceDockerfilePath } from '../rules/shared/compose-build';

export function definition(model: Model, uri: string, offset: number, fileName: string, fs: FileSystem): Location | null {
  if (model.kind === 'dockerfile') return stageDefinition(model, uri, offset);
  const ref = model.references.find((r) => offset >= r.start && offset <= r.end);
  if (ref) {
    const def = model.definitions[ref.kind].get(ref.name);
    if (!def) return null;
    return { uri, range: { start: model.document.positionAt(def.start), end: model.document.positionAt(def.end) } };
  }
  const at = pathAt(model, offset);
  if (at?.on === 'value' && at.path[0] === 'services' && at.path[2] === 'build' && at.path[3] === 'target' && at.value) {
    const path = serviceDockerfilePath(model, String(at.path[1]), fileName);
    const text = path ? fs.readFile(path) : undefined;
    if (!path || text === undefined) return null;
    const dockerfile = parseDockerfile(text);
    const stage = dockerfile.stages.find((s) => s.name === at.value?.toLowerCase());
    if (!stage) return null;
    return { uri: pathToFileURL(path).toString(), range: { start: dockerfile.document.positionAt(stage.nameStart), end: dockerfile.document.positionAt(stage.nameEnd) } };
  }
  return null;
}

function stageDefinition(model: DockerfileModel, uri: string, offset: number): Location | null {
  const instruction = model.instructions.find((i) => offset >= i.start && offset <= i.end);
  if (!instruction?.stage) return null;
  let name: string | undefined;
  for (const flag of instruction.flags) {
    if (flag.value === null || offset < flag.valueStart || offset > flag.valueEnd) continue;
    if (flag.name === 'from') name = flag.value;
    if (flag.name === 'mount') name = /(?:^|,)from=([^,]+)/.exec(flag.value)?.[1];
  }
  const current = instruction.stage;
  if (instruction.keyword === 'FROM' && offset >= current.image.start && offset <= current.image.end) {
    if (!current.parent) return null;
    const parent = current.parent;
    return { uri, range: { start: model.document.positionAt(parent.nameStart), end: model.document.positionAt(parent.nameEnd) } };
  }
  if (!name) return null;
  const stage = /^\d+$/.test(name) ? model.stages[Number(name)] : model.stages.find((s) => s.name === name?.toLowerCase() && s.index < current.index);
  if (!stage) return null;
  const start = stage.name ? stage.nameStart : stage.from.start;
  const end = stage.name ? stage.nameEnd : stage.from.end;
  return { uri, range: { start: model.document.positionAt(start), end: model.document.positionAt(end) } };
}
