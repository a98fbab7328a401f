/**
 * Completion in Compose files: keys valid at the cursor (from our Compose model), and the names of defined
 * services, networks, volumes, secrets, configs and models where a reference is expected, and of the
 * referenced Dockerfile's stages for `build.target`.
 */
import { CompletionItem, CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver/node';
import type { FileSystem } from '../engine/fs';
import type { Model } from '../engine/lint';
import { childKeys } from '../knowledge/compose';
import { lineContext } from '../model/compose/indent-path';
import type { ComposeModel, EntityKind } from '../model/compose/types';
import { parseDockerfile } from '../model/dockerfile/parse';
import { serviceDockerfilePath } from '../rules/shared/compose-build';

/** Keys whose list items or mapping keys name a top-level definition. */
const REFERENCE_KEYS: Record<string, EntityKind> = {
  depends_on: 'service', links: 'service', volumes_from: 'service', networks: 'network',
  secrets: 'secret', configs: 'config', models: 'model',
};

export function completion(model: Model, offset: number, fileName: string, fs: FileSystem): CompletionItem[] {
  if (model.kind !== 'compose') return [];
  const ctx = lineContext(model.text, offset);
  const inService = ctx.path[0] === 'services' && ctx.path.length >= 2;
  // A value position: `target: |`, or a list item under a reference key.
  if (ctx.key !== undefined) {
    if (inService && ctx.key === 'target' && ctx.path[ctx.path.length - 1] === 'build') return stageNames(model, ctx.path[1] as string, fileName, fs);
    if (inService && ctx.key === 'service' && ctx.path[ctx.path.length - 1] === 'extends') return names(model, 'service');
    return [];
  }
  const parent = ctx.path[ctx.path.length - 1];
  if (inService && ctx.path.length === 3 && typeof parent === 'string' && REFERENCE_KEYS[parent]) {
    const kind = REFERENCE_KEYS[parent];
    return names(model, kind).filter((item) => !(kind === 'service' && item.label === ctx.path[1]));
  }
  if (inService && parent === 'volumes' && ctx.listItem) return names(model, 'volume').map((i) => ({ ...i, insertText: `${i.label}:` }));
  if (ctx.listItem) return [];
  return childKeys(ctx.path).map((k) => ({
    label: k.key,
    kind: CompletionItemKind.Property,
    detail: k.typeText,
    documentation: { kind: MarkupKind.Markdown, value: k.description + (k.example ? '\n\n```yaml\n' + k.example + '\n```' : '') },
    insertText: `${k.key}: `,
    insertTextFormat: InsertTextFormat.PlainText,
    tags: k.deprecated ? [1] : undefined,
  }));
}

function names(model: ComposeModel, kind: EntityKind): CompletionItem[] {
  return [...model.definitions[kind].keys()].map((name) => ({ label: name, kind: CompletionItemKind.Reference, detail: `${kind} defined in this file` }));
}

/** Stage names of the Dockerfile a service builds, for `build.target`. */
function stageNames(model: ComposeModel, service: string, fileName: string, fs: FileSystem): CompletionItem[] {
  const dockerfile = serviceDockerfilePath(model, service, fileName);
  const text = dockerfile ? fs.readFile(dockerfile) : undefined;
  if (!text) return [];
  return parseDockerfile(text)
    .stages.filter((s) => s.name)
    .map((s) => ({ label: s.name as string, kind: CompletionItemKind.Class, detail: `stage ${s.index} of ${dockerfile}` }));
}

