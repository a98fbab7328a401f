import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { runInstructions } from '../../model/dockerfile/queries';
import type { DockerfileModel, Heredoc, InstructionNode, Stage } from '../../model/dockerfile/types';
import { contiguous, docSpan, type MappedText } from '../../model/mapped-text';
import { startsFromWindows } from '../shared/base-image';
import { ARCHITECTURE_WORD, ARCHITECTURE_WORDS, mayNameArchitecture } from '../shared/platforms';
import { runShellRefs } from '../shared/variable-refs';

export const meta: DockerfileRuleMeta = {
  id: 'hardcoded-architecture',
  target: 'dockerfile',
  category: 'multi-arch',
  severity: 'info',
  summary: 'A RUN hard-codes a CPU architecture.',
  docs: {
    description:
      'A download URL, archive name or build flag with `amd64`, `x86_64`, `arm64`, `aarch64`… fetches or builds for that ' +
      'one machine type. Built for another platform (an arm64 laptop, Graviton servers, a multi-platform image) the image ' +
      'then holds binaries that fail with "exec format error". Derive the architecture at build time instead, for example ' +
      'from `ARG TARGETARCH` (Go names: `amd64`, `arm64`) or `dpkg --print-architecture`.',
    incorrect:
      'FROM debian:trixie-slim\nRUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.34.0/bin/linux/amd64/kubectl',
    correct:
      'FROM debian:trixie-slim\nARG TARGETARCH\nRUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.34.0/bin/linux/${TARGETARCH}/kubectl',
    notes:
      'One finding per RUN, on the first architecture word; an ARG or ENV value the RUN uses counts too. Exempt: a RUN that ' +
      'derives the architecture (`dpkg --print-architecture`, `uname -m`, `apk --print-arch`, `arch`, `$TARGETARCH`, ' +
      '`$TARGETPLATFORM`, `$BUILDARCH`, a `case` over architecture names) or adds a foreign architecture ' +
      '(`dpkg --add-architecture`) or names two different architectures (it handles several); stages pinned by a constant ' +
      '`--platform` or named after an architecture; Windows images.',
  },
  fix: 'none',
  aliases: [],
};

const DERIVES = /dpkg\s+--print-architecture|uname\s+-[a-z]*m|apk\s+--print-arch|(^|[\s;&|(`$]|\$\()arch($|[\s;&|)`])|\$\{?(TARGETARCH|TARGETPLATFORM|TARGETVARIANT|BUILDARCH|BUILDPLATFORM)\b|--add-architecture|rpm\s+--eval\s+['"]?%\{?_arch/;
const CASE_OVER_ARCH = new RegExp(`\\bcase\\b[\\s\\S]*\\b(${ARCHITECTURE_WORDS.join('|')})\\s*[|)]`);
const ARCHITECTURE_NAME = new RegExp(`(^|[^a-z0-9])(${ARCHITECTURE_WORDS.join('|')}|arm|386)([^a-z0-9]|$)`);

/** The RUN's shell text: the instruction line, then each shell heredoc body (its comment lines blanked). */
function shellSources(instruction: InstructionNode, text: string): MappedText[] {
  const sources = [instruction.argsText];
  for (const h of instruction.heredocs) {
    const body = heredocSource(h, text);
    if (body) sources.push(body);
  }
  return sources;
}

function heredocSource(h: Heredoc, text: string): MappedText | undefined {
  if (!h.script || h.contentStart < 0) return undefined;
  // Comment lines of the script are not commands.
  const body = text.slice(h.contentStart, h.contentEnd).replace(/^[ \t]*#.*$/gm, (m) => ' '.repeat(m.length));
  return contiguous(body, h.contentStart);
}

function stageExempt(stage: Stage | undefined, stages: readonly Stage[]): boolean {
  if (!stage) return false;
  if (stage.platform?.value && !stage.platform.value.includes('$')) return true;
  if (stage.name !== undefined && ARCHITECTURE_NAME.test(stage.name)) return true;
  return startsFromWindows(stage, stages);
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const { model } = ctx;
  const exempt = new Map<Stage | undefined, boolean>();
  for (const instruction of runInstructions(model.instructions)) {
    let skip = exempt.get(instruction.stage);
    if (skip === undefined) exempt.set(instruction.stage, (skip = stageExempt(instruction.stage, model.stages)));
    if (skip) continue;
    // Most RUNs name no architecture: look for one before the costlier "derives it" searches.
    const hit = firstHit(instruction, model.text) ?? variableHit(instruction, model.text);
    if (!hit) continue;
    const all = shellSources(instruction, model.text).map((s) => s.text).join('\n');
    if (DERIVES.test(all) || CASE_OVER_ARCH.test(all) || namesSeveralArchitectures(all)) continue;
    ctx.report({
      range: ctx.range(hit.start, hit.end),
      message: `${hit.what} hard-codes the ${code(hit.word)} architecture; builds for other platforms get the wrong binary. Derive it from ${code('ARG TARGETARCH')} or ${code('dpkg --print-architecture')}.`,
    });
  }
}

/** The same machine under its several names (Debian's, the kernel's, .NET's…). */
const ARCHITECTURE_FAMILY: Readonly<Record<string, string>> = {
  amd64: 'amd64', x86_64: 'amd64', x64: 'amd64', aarch64: 'arm64', arm64: 'arm64',
  armv7l: 'arm', armv7: 'arm', armhf: 'arm', i386: '386', i686: '386', ppc64le: 'ppc64le', s390x: 's390x',
};

/**
 * The RUN names two different architectures (`…linux_x86_64.whl` and `…linux_aarch64.whl`): it handles several,
 * leaving the choice to the tool or a test the rule cannot read.
 */
function namesSeveralArchitectures(script: string): boolean {
  let first: string | undefined;
  // `matchAll` starts where the shared regex's last search stopped.
  ARCHITECTURE_WORD.lastIndex = 0;
  for (const m of script.matchAll(ARCHITECTURE_WORD)) {
    const family = ARCHITECTURE_FAMILY[m[0]] ?? m[0];
    if (first === undefined) first = family;
    else if (family !== first) return true;
  }
  return false;
}

interface Hit {
  start: number;
  end: number;
  word: string;
  what: string;
}

function firstHit(instruction: InstructionNode, text: string): Hit | undefined {
  const hit = architectureIn(instruction.argsText);
  if (hit) return hit;
  for (const h of instruction.heredocs) {
    const body = heredocSource(h, text);
    const bodyHit = body && architectureIn(body);
    if (bodyHit) return bodyHit;
  }
  return undefined;
}

function architectureIn(source: MappedText): Hit | undefined {
  if (!mayNameArchitecture(source.text)) return undefined;
  ARCHITECTURE_WORD.lastIndex = 0;
  const m = ARCHITECTURE_WORD.exec(source.text);
  if (!m) return undefined;
  const [start, end] = docSpan(source, m.index, m.index + m[0].length);
  return { start, end, word: m[0], what: 'This RUN' };
}

/**
 * A `$VAR` of the RUN whose ARG or ENV value holds an architecture word. Only the values the RUN refers to are
 * read (most RUNs refer to none): reading every variable of each scope was quadratic in a stage with many ENVs.
 */
function variableHit(instruction: InstructionNode, text: string): Hit | undefined {
  for (const ref of runShellRefs(instruction, text)) {
    const value = instruction.scope.get(ref.name)?.value;
    if (value === undefined || !mayNameArchitecture(value)) continue;
    ARCHITECTURE_WORD.lastIndex = 0;
    const m = ARCHITECTURE_WORD.exec(value);
    if (m) return { start: ref.start, end: ref.end, word: m[0], what: `${code('$' + ref.name)} (${code(value)})` };
  }
  return undefined;
}
