/**
 * The sources and destination of `COPY`/`ADD` (ONBUILD triggers included), in shell or exec form, with
 * variables resolved from ARG/ENV and document offsets for each path. Used by the COPY/ADD and security rules.
 */
import type { DockerfileModel, InstructionNode } from '../../model/dockerfile/types';
import { expandVariables, unquoteWord } from '../../model/dockerfile/variables';
import { AnswerCache } from '../../model/once-per';

export interface CopyPath {
  /** As written, quotes removed. */
  raw: string;
  /** After variable expansion; undefined when a variable has no known value. */
  resolved: string | undefined;
  /** Document offsets of the path text (inside the quotes in exec form). */
  start: number;
  end: number;
  /** `<<EOF`: the content is a heredoc body. */
  heredoc: boolean;
}

export interface CopyInstruction {
  instruction: InstructionNode;
  /** The ONBUILD instruction wrapping it, or the instruction itself. */
  outer: InstructionNode;
  keyword: 'COPY' | 'ADD';
  sources: CopyPath[];
  destination: CopyPath | undefined;
  /** `--from=…` value: sources come from a stage or image, not the build context. */
  from: string | undefined;
  execForm: boolean;
}

/** COPY and ADD instructions of the file, ONBUILD triggers included; computed once per model (read-only). */
export function copyInstructions(model: DockerfileModel): CopyInstruction[] {
  // About ten rules walk the COPY/ADD paths of every file.
  let copies = copiesCache.get(model);
  if (!copies) copiesCache.set(model, (copies = collectCopies(model)));
  return copies;
}

const copiesCache = new AnswerCache<DockerfileModel, CopyInstruction[]>();

function collectCopies(model: DockerfileModel): CopyInstruction[] {
  const out: CopyInstruction[] = [];
  for (const node of model.instructions) {
    const i = node.keyword === 'ONBUILD' && node.trigger ? node.trigger : node;
    if (i.keyword !== 'COPY' && i.keyword !== 'ADD') continue;
    const paths = pathsOf(i, model.escape);
    if (paths.length === 0) continue;
    // The list keeps the sources; its last path is the destination, unless it was the only one.
    const last = paths.pop();
    const destination = paths.length > 0 ? last : undefined;
    out.push({ instruction: i, outer: node, keyword: i.keyword, sources: paths, destination, from: fromFlagValue(i), execForm: i.execForm });
  }
  return out;
}

function pathsOf(i: InstructionNode, escape: string): CopyPath[] {
  const paths: CopyPath[] = [];
  if (i.execForm) for (const w of i.jsonStrings) paths.push(copyPath(w.value, w.start + 1, w.end - 1, i, escape));
  else for (const w of i.args) paths.push(copyPath(unquoteWord(w.value), w.start, w.end, i, escape));
  return paths;
}

function copyPath(raw: string, start: number, end: number, i: InstructionNode, escape: string): CopyPath {
  const resolved = expandVariables(raw, i.scope, escape).value;
  return { raw, resolved, start, end, heredoc: raw.startsWith('<<') };
}

function fromFlagValue(i: InstructionNode): string | undefined {
  for (const f of i.flags) if (f.name === 'from') return f.value ?? undefined;
  return undefined;
}


/** `https://…`, `git@…`, `git://…`: ADD fetches it instead of reading the context. */
export function isRemoteSource(path: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(path) || /^git@/.test(path);
}

/** A git repository reference ADD clones. */
export function isGitSource(path: string): boolean {
  if (/^git@|^git:\/\//.test(path)) return true;
  const base = path.split('#')[0];
  return /^https?:\/\//.test(path) && /\.git$/.test(base);
}

/** The path holds `*`, `?` or `[`: a pattern the builder expands against the context. */
export function hasWildcard(path: string): boolean {
  return /[*?[]/.test(path);
}
