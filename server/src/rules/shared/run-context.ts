/**
 * What RUN rules need to know around a command: the stage it runs in (ONBUILD triggers included), the
 * SHELL and USER in effect, cache mounts, the other commands of the same RUN, and edits that append a
 * command to a RUN.
 */
import { insertEdit } from '../../engine/edits';
import type { TextEdit } from '../../engine/types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CommandSite, lastBefore, shellInEffect, stageChain } from '../../model/dockerfile/queries';
import { commandName, commandSites, effectiveArgs, resolveWord } from '../../model/dockerfile/queries';
import type { Comment, DockerfileModel, Heredoc, InstructionNode, Stage } from '../../model/dockerfile/types';
import { expandVariables } from '../../model/dockerfile/variables';
import { AnswerCache, oncePer } from '../../model/once-per';
import { dockerfileFacts } from '../../engine/applicability';
import { baseName, ShellCommand, ShellWord } from '../../model/shell';
import { startsFromWindows } from './base-image';

const POSIX_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

/** The instruction as it sits in the file: the ONBUILD line for a trigger, else itself. */
export function ownerOf(model: DockerfileModel, instruction: InstructionNode): InstructionNode {
  const owner = model.instructions[instruction.index];
  return owner && owner.trigger === instruction ? owner : instruction;
}

export function isTrigger(model: DockerfileModel, instruction: InstructionNode): boolean {
  return ownerOf(model, instruction) !== instruction;
}

export function stageOf(model: DockerfileModel, instruction: InstructionNode): Stage | undefined {
  return ownerOf(model, instruction).stage;
}

/**
 * Answers "does one of these commands run before this one?" for many commands at once: earlier in the same script,
 * or in an earlier instruction of the command's stage chain (of the ONBUILD line that holds it, for a trigger, so a
 * trigger counts only within its own script). Listing the earlier instructions for every command asked made rules
 * quadratic in a file of many installs; this keeps the first candidate of each stage and the first of each script.
 */
export class CommandsBefore {
  private readonly firstInStage = new Map<Stage, InstructionNode>();
  private readonly firstInScript = new Map<InstructionNode, number>();

  constructor(
    private readonly model: DockerfileModel,
    candidates: readonly CommandSite[],
  ) {
    for (const c of candidates) {
      const { instruction } = c;
      const stage = instruction.stage;
      if (stage && model.instructions[instruction.index] === instruction) {
        const first = this.firstInStage.get(stage);
        if (!first || instruction.index < first.index) this.firstInStage.set(stage, instruction);
      }
      const start = commandStart(c.command);
      if (start < (this.firstInScript.get(instruction) ?? Infinity)) this.firstInScript.set(instruction, start);
    }
  }

  /** One of the candidates runs before `site`. */
  anyBefore(site: CommandSite): boolean {
    if (commandStart(site.command) > (this.firstInScript.get(site.instruction) ?? Infinity)) return true;
    const owner = ownerOf(this.model, site.instruction);
    for (const stage of stageChain(owner.stage)) {
      const first = this.firstInStage.get(stage);
      if (first && (stage !== owner.stage || first.index < owner.index)) return true;
    }
    return false;
  }
}

/** The SHELL instruction in effect, if any. */
export function shellInstruction(model: DockerfileModel, instruction: InstructionNode): InstructionNode | undefined {
  return hasShellInstruction(model) ? shellInEffect(ownerOf(model, instruction)) : undefined;
}

/** Some instruction (or ONBUILD trigger) is a SHELL: without one, every RUN runs under the default shell. */
function hasShellInstruction(model: DockerfileModel): boolean {
  return dockerfileFacts(model).keywords.has('SHELL');
}

/** Some RUN may not go to `/bin/sh -c`: the file has a SHELL, or a stage starts from a Windows image. */
const mayRunOtherShell = oncePer((model: DockerfileModel): boolean =>
  hasShellInstruction(model) || model.stages.some((stage) => startsFromWindows(stage, model.stages)));

/** The SHELL array in effect; without one, the default: `["cmd", "/S", "/C"]` on Windows images, else `["/bin/sh", "-c"]`. */
export function shellArray(model: DockerfileModel, instruction: InstructionNode): string[] {
  const shell = shellInstruction(model, instruction);
  if (shell) return shell.jsonStrings.map((w) => w.value);
  const stage = ownerOf(model, instruction).stage;
  return stage && mayRunOtherShell(model) && startsFromWindows(stage, model.stages) ? ['cmd', '/S', '/C'] : ['/bin/sh', '-c'];
}

/** The shell program's name (`bash`), looking through `/usr/bin/env bash`. */
export function shellProgram(array: readonly string[]): string {
  const first = baseName(array[0] ?? '').toLowerCase();
  if (first === 'env' && array[1]) return baseName(array[1]).toLowerCase();
  return first.replace(/\.exe$/, '');
}

/** Shell rules apply: the shell in effect is a POSIX shell and no `# hadolint shell=` comment names another one. */
export function isPosixShell(model: DockerfileModel, instruction: InstructionNode): boolean {
  return !hadolintNamesOtherShell(model) && (!mayRunOtherShell(model) || runsUnderPosixShell(model, instruction));
}

function runsUnderPosixShell(model: DockerfileModel, instruction: InstructionNode): boolean {
  return POSIX_SHELLS.has(shellProgram(shellArray(model, instruction)));
}

const HADOLINT_SHELL = /^hadolint\s+shell=(\S+)/;

/** What the shell rules see of a model, worked out once (one cache entry per model: both are asked of every file). */
const shellView = oncePer((model: DockerfileModel): { otherShell: boolean; sites: CommandSite[] } => {
  const otherShell = model.comments.some(namesOtherShell);
  return { otherShell, sites: otherShell ? [] : sitesUnderPosixShell(model) };
});

/** A `# hadolint shell=pwsh` comment anywhere turns shell rules off for the file. */
function hadolintNamesOtherShell(model: DockerfileModel): boolean {
  return shellView(model).otherShell;
}

function namesOtherShell(comment: Comment): boolean {
  // Most comments are not hadolint's: the prefix first.
  if (!comment.text.startsWith('hadolint')) return false;
  const m = HADOLINT_SHELL.exec(comment.text);
  return m !== null && !POSIX_SHELLS.has(baseName(m[1]).toLowerCase());
}

/**
 * Every RUN command site the shell rules read (sites under a non-POSIX shell left out); computed once per model.
 * When every site runs under a POSIX shell (no SHELL instruction: the usual file) it is `commandSites` itself.
 */
export function posixSites(model: DockerfileModel): CommandSite[] {
  return shellView(model).sites;
}

function sitesUnderPosixShell(model: DockerfileModel): CommandSite[] {
  const all = commandSites(model);
  if (!mayRunOtherShell(model)) return all;
  let kept: CommandSite[] | undefined; // allocated once a site is left out
  let instruction: InstructionNode | undefined;
  let posix = true;
  for (let k = 0; k < all.length; k++) {
    const site = all[k];
    // Sites come grouped by instruction: the shell is looked up once per RUN.
    if (site.instruction !== instruction) {
      instruction = site.instruction;
      posix = runsUnderPosixShell(model, instruction);
    }
    if (posix) kept?.push(site);
    else kept ??= all.slice(0, k);
  }
  return kept ?? all;
}

/** Sites grouped per script: the RUN line (with its `sh -c` strings) and each heredoc body, in order (read-only). */
export function scripts(sites: readonly CommandSite[]): CommandSite[][] {
  let groups = scriptGroups.get(sites);
  if (!groups) scriptGroups.set(sites, (groups = groupSites(sites, true)));
  return groups;
}

/** Sites grouped per RUN instruction (line and heredocs together), in order (read-only). */
export function runs(sites: readonly CommandSite[]): CommandSite[][] {
  let groups = runGroups.get(sites);
  if (!groups) runGroups.set(sites, (groups = groupSites(sites, false)));
  return groups;
}

/**
 * The sites of the RUN holding `site`, as `runs` groups them: the consecutive sites of its instruction around it
 * (for one RUN, cheaper than grouping them all).
 */
export function runAround(sites: readonly CommandSite[], site: CommandSite): CommandSite[] {
  const at = siteIndex(sites, site);
  if (at < 0) return [];
  let start = at;
  let end = at + 1;
  while (start > 0 && sites[start - 1].instruction === site.instruction) start--;
  while (end < sites.length && sites[end].instruction === site.instruction) end++;
  return sites.slice(start, end);
}

/**
 * Where the site sits in `sites` (-1: not there). The places are worked out once per sites array, which rules share
 * (`posixSites`): an `indexOf` for every command made a RUN of many commands quadratic.
 */
export function siteIndex(sites: readonly CommandSite[], site: CommandSite): number {
  let places = sitePlaces.get(sites);
  if (!places) {
    places = new Map();
    for (let k = 0; k < sites.length; k++) places.set(sites[k], k);
    sitePlaces.set(sites, places);
  }
  return places.get(site) ?? -1;
}

const sitePlaces = new AnswerCache<readonly CommandSite[], Map<CommandSite, number>>();

/**
 * An `rm` of a path under one of the folders comes after the site in its RUN. The last such `rm` of each RUN is
 * found once per sites array and folder list (a constant of the rule), not looked for after every command.
 */
export function removedLaterInRun(sites: readonly CommandSite[], site: CommandSite, folders: readonly string[]): boolean {
  let byFolders = lastRemovals.get(sites);
  if (!byFolders) lastRemovals.set(sites, (byFolders = new Map()));
  let last = byFolders.get(folders);
  if (!last) {
    last = new Map();
    for (let k = 0; k < sites.length; k++) if (removesUnder(sites[k], folders)) last.set(sites[k].instruction, k);
    byFolders.set(folders, last);
  }
  return (last.get(site.instruction) ?? -1) > siteIndex(sites, site);
}

const lastRemovals = new AnswerCache<readonly CommandSite[], Map<readonly string[], Map<InstructionNode, number>>>();

// Several rules group the same (cached) sites array: groups are kept per array.
const scriptGroups = new AnswerCache<readonly CommandSite[], CommandSite[][]>();
const runGroups = new AnswerCache<readonly CommandSite[], CommandSite[][]>();

/** Consecutive sites of one instruction (and, per script, of one heredoc) in one group. */
function groupSites(sites: readonly CommandSite[], perScript: boolean): CommandSite[][] {
  const groups: CommandSite[][] = [];
  let group: CommandSite[] | undefined;
  for (const site of sites) {
    if (group && group[0].instruction === site.instruction && (!perScript || group[0].heredoc === site.heredoc)) group.push(site);
    else groups.push((group = [site]));
  }
  return groups;
}

export interface Mount {
  type: string;
  target: string;
  /** `source`/`src` as written ('' when absent: the root of the context or of `from`). */
  source: string;
  /** `from` as written ('' when absent: the build context). */
  from: string;
}

/** `RUN --mount=type=cache,target=/x` flags, with the target resolved where possible. */
export function mountsOf(instruction: InstructionNode): Mount[] {
  if (instruction.flags.length === 0) return [];
  // The cache rules ask for every RUN: parsed once per instruction with flags (read-only).
  let mounts = mountsCache.get(instruction);
  if (!mounts) mountsCache.set(instruction, (mounts = parseMounts(instruction)));
  return mounts;
}

const mountsCache = new AnswerCache<InstructionNode, Mount[]>();

function parseMounts(instruction: InstructionNode): Mount[] {
  const out: Mount[] = [];
  for (const flag of instruction.flags) {
    if (flag.name !== 'mount' || flag.value === null) continue;
    let type = 'bind';
    let target = '';
    let source = '';
    let from = '';
    for (const part of flag.value.split(',')) {
      const eq = part.indexOf('=');
      const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
      const value = eq < 0 ? '' : part.slice(eq + 1).trim();
      if (key === 'type') type = value.toLowerCase();
      else if (key === 'target' || key === 'dst' || key === 'destination') target = expandVariables(value, instruction.scope).value ?? value;
      else if (key === 'source' || key === 'src') source = value;
      else if (key === 'from') from = value;
    }
    out.push({ type, target: normalizePath(target), source, from });
  }
  return out;
}

function normalizePath(path: string): string {
  return path.length > 1 ? path.replace(/(?<!\/)\/+$/, '') : path;
}

/** A cache or tmpfs mount sits on one of the paths or on a folder holding it. */
export function hasCacheMount(instruction: InstructionNode, paths: readonly string[]): boolean {
  return mountsOf(instruction).some(
    (m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target !== '' && paths.some((p) => p === m.target || p.startsWith(m.target + '/')),
  );
}

export interface EffectiveUser {
  /** The USER value, resolved; undefined when a variable in it is unknown. */
  name: string | undefined;
  /** The USER instruction, or undefined when the stage chain sets none (the base image's user, assumed root). */
  instruction?: InstructionNode;
}

/** The user a RUN runs as; undefined for ONBUILD triggers, whose image the file cannot see. */
export function effectiveUser(model: DockerfileModel, instruction: InstructionNode): EffectiveUser | undefined {
  if (isTrigger(model, instruction)) return undefined;
  const user = lastBefore(ownerOf(model, instruction), 'USER');
  if (!user) return { name: 'root' };
  const raw = user.argsText.text.trim();
  return { name: expandVariables(raw, user.scope).value, instruction: user };
}

export function isRootUser(name: string): boolean {
  const colon = name.indexOf(':');
  const user = colon < 0 ? name : name.slice(0, colon);
  return user === 'root' || user === '0';
}

/** The stage becomes an image: the last stage, or a stage another one builds on with `FROM <stage>`. */
export function stageEndsInImage(model: DockerfileModel, stage: Stage | undefined): boolean {
  if (!stage) return true;
  return imageStagesOf(model).has(stage);
}

const imageStages = new AnswerCache<DockerfileModel, Set<Stage>>();

/** The last stage and every stage another builds on: once per model (asked for every RUN). */
function imageStagesOf(model: DockerfileModel): Set<Stage> {
  let set = imageStages.get(model);
  if (!set) {
    set = new Set();
    const last = model.stages[model.stages.length - 1];
    if (last) set.add(last);
    // Every stage of another's chain is the parent of the one after it (a stage of the model): the parents are enough.
    for (const s of model.stages) if (s.parent && s.parent !== s) set.add(s.parent);
    imageStages.set(model, set);
  }
  return set;
}

/** Document offset just after the command's last word or redirect. */
export function commandEnd(command: ShellCommand): number {
  let end = -1;
  for (const w of command.words) end = Math.max(end, w.end);
  for (const r of command.redirects) end = Math.max(end, r.end);
  return end;
}

/** Document offset of the command's first word or redirect. */
export function commandStart(command: ShellCommand): number {
  let start = Infinity;
  for (const w of command.words) start = Math.min(start, w.start);
  for (const r of command.redirects) start = Math.min(start, r.start);
  return start;
}

/**
 * An edit that runs `text` after everything else in the script holding `site`: ` && text` after the last
 * command of the RUN line, or a new line before a heredoc's closing delimiter. undefined when the script
 * ends in a way that makes appending unclear (a trailing `;` or `&`, an unterminated heredoc or quote).
 */
export function appendCommandEdit(document: TextDocument, site: CommandSite, text: string): TextEdit | undefined {
  // With an unterminated quote, `$(` or shell heredoc, the appended command would land inside it.
  const script = site.heredoc ? site.heredoc.script : site.instruction.shell;
  if (script && (script.errors.length > 0 || script.openHeredoc)) return undefined;
  if (site.heredoc) return appendToHeredoc(document, site.heredoc, text);
  const top = (site.instruction.shell?.commands ?? []).filter((c) => !c.nested);
  const last = top[top.length - 1];
  if (!last || last.after !== '') return undefined;
  if (last.redirects.some((r) => r.op.startsWith('<<') && r.op !== '<<<')) return undefined;
  return insertEdit(document, commandEnd(last), ` && ${text}`);
}

function appendToHeredoc(document: TextDocument, heredoc: Heredoc, text: string): TextEdit | undefined {
  if (heredoc.delimiterStart < 0 || heredoc.contentStart < 0) return undefined;
  const body = document.getText().slice(heredoc.contentStart, heredoc.delimiterStart);
  if (body !== '' && !body.endsWith('\n')) return undefined;
  return insertEdit(document, heredoc.delimiterStart, `${text}\n`);
}

/** The resolved values of a command's arguments after the name; undefined entries are unknown. */
export function argValues(words: readonly ShellWord[], instruction: InstructionNode): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (const w of words) {
    const values = resolveWord(w, instruction.scope);
    if (values === undefined) out.push(undefined);
    else for (const value of values) out.push(value);
  }
  return out;
}

/** The site is an `rm` of a path under one of the folders. */
export function removesUnder(site: CommandSite, folders: readonly string[]): boolean {
  if (commandName(site.command) !== 'rm') return false;
  return argValues(effectiveArgs(site.command).slice(1), site.instruction).some((v) => {
    if (v === undefined || v.startsWith('-')) return false;
    const path = normalizePath(v.replace(/\/\*$/, ''));
    return folders.some((f) => path === f || path.startsWith(f + '/'));
  });
}

/**
 * The value a variable has for the command: `NAME=v cmd`, `env NAME=v cmd`, an earlier `export NAME=v` in the
 * same script, or ARG/ENV. null when nothing sets it, undefined when it is set to something unknown.
 */
export function variableFor(sites: readonly CommandSite[], site: CommandSite, name: string): string | null | undefined {
  const own = assignedIn(site.command.words, name, site.instruction);
  if (own !== null) return own;
  const exports = exportsBefore(sites, name);
  if (exports.has(site)) return exports.get(site);
  const scoped = site.instruction.scope.get(name);
  return scoped ? scoped.value : null;
}

/** The value the last `NAME=…` among the words gives the name; null when none sets it, undefined when unknown. */
function assignedIn(words: readonly ShellWord[], name: string, instruction: InstructionNode): string | null | undefined {
  let found: string | null | undefined = null;
  for (const w of words) {
    if (!w.raw.startsWith(name + '=')) continue;
    const values = resolveWord(w, instruction.scope);
    found = values === undefined ? undefined : values.join(' ').slice(name.length + 1);
  }
  return found;
}

/**
 * For one name: each site that an earlier `export NAME=…` of its script (the RUN line, or one heredoc) reaches, with
 * the value the last one gives (undefined: unknown). Worked out once per sites array and name, in one pass: reading
 * the script's earlier commands for each command that asks was quadratic in a RUN of many.
 */
function exportsBefore(sites: readonly CommandSite[], name: string): Map<CommandSite, string | undefined> {
  let byName = exportedValues.get(sites);
  if (!byName) exportedValues.set(sites, (byName = new Map()));
  let reached = byName.get(name);
  if (reached) return reached;
  reached = new Map();
  const current = new Map<object, string | undefined>(); // per script: the value exported so far
  for (const s of sites) {
    const script = s.heredoc ?? s.instruction;
    if (current.has(script)) reached.set(s, current.get(script));
    const args = s.command.args;
    if (args.length > 1 && args[0].value === 'export') {
      const v = assignedIn(args.slice(1), name, s.instruction);
      if (v !== null) current.set(script, v);
    }
  }
  byName.set(name, reached);
  return reached;
}

const exportedValues = new AnswerCache<readonly CommandSite[], Map<string, Map<CommandSite, string | undefined>>>();

/** `1`, `true`, `yes`, `on` in any case. */
export function isTruthy(value: string | null | undefined): boolean {
  return typeof value === 'string' && /^(1|true|yes|on)$/i.test(value.trim());
}
