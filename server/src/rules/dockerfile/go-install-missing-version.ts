import { type DockerfileFacts, runsCommand } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import { stageChain } from '../../model/dockerfile/queries';
import type { DockerfileModel, InstructionNode, Stage } from '../../model/dockerfile/types';
import type { PackageCommand } from '../../model/dockerfile/package-managers';
import { goTargets } from '../shared/go-install';
import { type Mount, mountsOf, ownerOf, posixSites, variableFor } from '../shared/run-context';

export const meta: DockerfileRuleMeta = {
  id: 'go-install-missing-version',
  target: 'dockerfile',
  category: 'package-manager',
  severity: 'warning',
  summary: '`go install <module>` without `@version` fails outside a module.',
  docs: {
    description:
      'Outside a Go module, `go install example.com/tool` and `go run example.com/tool` stop with "go: \'go install\' requires ' +
      'a version when current directory is not in a module". Give the version explicitly: `go install ' +
      'example.com/tool@v1.2.3`. It also makes the build reproducible.',
    incorrect: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls',
    correct: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2',
    notes:
      'Local paths (`.`, `./cmd/...`) and standard-library packages are exempt. So are stages that copied a `go.mod` or the ' +
      'whole context (`COPY . .`) earlier, or ran `go mod init`, and a RUN that bind-mounts either (`--mount=source=go.mod,…`), ' +
      'where the command may run inside a module and use its ' +
      'version, and `GO111MODULE=off`. `@latest` is reported by `go-install-latest` (off by default).',
  },
  fix: 'none',
  aliases: ['DL3062'],
};

/** It reports only `go` commands. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return runsCommand(facts, 'go');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  const sites = posixSites(ctx.model);
  let module: ModuleMarkers | undefined; // read at the first target without a version
  // Targets come command by command: whether a command may run in a module is worked out once for all its targets
  // (reading its words again for each of thousands of targets was quadratic).
  let judged: PackageCommand | undefined;
  let exempt = false;
  for (const { command, target } of goTargets(ctx.model)) {
    if (target.value.includes('@')) continue;
    if (command !== judged) {
      judged = command;
      const instruction = command.site.instruction;
      exempt = variableFor(sites, command.site, 'GO111MODULE') === 'off' || mayBeInModule(ctx.model, instruction, (module ??= moduleMarkers(ctx.model, sites)));
    }
    if (exempt) continue;
    ctx.report({
      range: ctx.range(target.word.start, target.word.end),
      message: `${code(`go ${command.sub?.value} ${target.value}`)} has no \`@version\`; outside a module Go refuses it.`,
    });
  }
}

/**
 * What can put a Go command inside a module, read once: by stage, the first COPY or ADD of the context or of a
 * `go.mod`/`go.work` and the first `go mod init`; and the instructions that run `go mod init`. (Reading the earlier
 * instructions and every command again for each `go install` was quadratic in a file of many.)
 */
interface ModuleMarkers {
  firstInStage: Map<Stage, number>;
  initializing: Set<InstructionNode>;
}

function moduleMarkers(model: DockerfileModel, sites: ReturnType<typeof posixSites>): ModuleMarkers {
  const firstInStage = new Map<Stage, number>();
  const mark = (i: InstructionNode) => {
    if (i.stage && model.instructions[i.index] === i && !((firstInStage.get(i.stage) ?? Infinity) <= i.index)) firstInStage.set(i.stage, i.index);
  };
  for (const i of model.instructions) {
    if (i.keyword !== 'COPY' && i.keyword !== 'ADD') continue;
    const sources = i.args.slice(0, -1).map((a) => a.value);
    if (sources.some((s) => s === '.' || s === './' || /(^|\/)go\.(mod|work)$/.test(s))) mark(i);
  }
  const initializing = new Set<InstructionNode>();
  // A RUN that bind-mounts the context, or a `go.mod`/`go.work`, runs its commands in a module.
  for (const i of model.instructions) {
    if (i.keyword === 'RUN' && mountsOf(i).some(bindsModule)) initializing.add(i);
  }
  for (const s of sites) {
    if (s.command.args[0]?.value !== 'go' || s.command.args[1]?.value !== 'mod' || s.command.args[2]?.value !== 'init') continue;
    initializing.add(s.instruction);
    mark(s.instruction);
  }
  return { firstInStage, initializing };
}

function bindsModule(mount: Mount): boolean {
  if (mount.type !== 'bind') return false;
  const context = mount.from === '' && (mount.source === '' || mount.source === '.' || mount.source === './');
  return context || /(^|\/)go\.(mod|work)$/.test(mount.source) || /(^|\/)go\.(mod|work)$/.test(mount.target);
}

function mayBeInModule(model: DockerfileModel, instruction: InstructionNode, module: ModuleMarkers): boolean {
  if (module.initializing.has(instruction)) return true;
  const owner = ownerOf(model, instruction);
  for (const stage of stageChain(owner.stage)) {
    const first = module.firstInStage.get(stage);
    if (first !== undefined && (stage !== owner.stage || first < owner.index)) return true;
  }
  return false;
}
