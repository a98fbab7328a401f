import { type DockerfileFacts, hasKeyword } from '../../engine/applicability';
import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { withTriggers } from '../shared/dockerfile-syntax';
import { exposeSpecs } from '../shared/expose-ports';

export const meta: DockerfileRuleMeta = {
  id: 'expose-invalid-port',
  target: 'dockerfile',
  category: 'syntax',
  severity: 'error',
  summary: '`EXPOSE` has a port that is not a number from 1 to 65535, a reversed range or an unknown protocol.',
  docs: {
    description:
      '`EXPOSE` documents the ports the container listens on: a number from 1 to 65535 or a range `start-end`, ' +
      'optionally followed by `/tcp`, `/udp` or `/sctp`. A service name (`EXPOSE http`), port 0, a port above 65535, a ' +
      'range written backwards or another protocol makes the build fail.',
    incorrect: 'FROM nginx:1.27\nEXPOSE http 8080-80 443/https',
    correct: 'FROM nginx:1.27\nEXPOSE 80 8080-8090 443/tcp',
    notes: 'Variables are checked through their ARG or ENV values; unknown ones are skipped. Host parts (`8080:80`) are ' +
      '`expose-host-mapping`\'s, protocol casing `expose-protocol-casing`\'s.',
  },
  fix: 'none',
  aliases: ['DL3011', 'DU:INVALID_PORT', 'DU:INVALID_PROTO', 'DS-0008', 'KICS:71bf8cf8'],
};

function portProblem(port: string): string | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(port);
  if (!m) return 'is not a port number or range';
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (start < 1 || start > 65535 || end < 1 || end > 65535) return 'is outside 1-65535';
  if (end < start) return 'is a range whose end is below its start';
  return undefined;
}

/** It reads only EXPOSE instructions. */
export function appliesTo(facts: DockerfileFacts): boolean {
  return hasKeyword(facts, 'EXPOSE');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const instruction of withTriggers(ctx.model)) {
    if (instruction.keyword !== 'EXPOSE') continue;
    for (const spec of exposeSpecs(instruction, ctx.model.escape)) {
      const { word } = spec;
      const span = (from: number, to: number) => (spec.literal ? ctx.range(word.start + from, word.start + to) : ctx.range(word.start, word.end));
      const problem = portProblem(spec.port);
      if (problem) {
        ctx.report({ range: span(spec.portStart, spec.portStart + spec.port.length), message: `Port ${code(spec.port)} ${problem}.` });
      }
      if (spec.protoStart > 0 && !/^(tcp|udp|sctp)$/i.test(spec.proto)) {
        ctx.report({
          range: span(spec.protoStart, spec.value.length),
          message: `Unknown protocol ${code(spec.proto)}; use \`tcp\`, \`udp\` or \`sctp\`.`,
        });
      }
    }
  }
}
