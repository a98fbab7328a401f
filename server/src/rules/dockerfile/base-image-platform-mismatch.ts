import type { DockerfileRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { DockerfileModel } from '../../model/dockerfile/types';
import { expandVariables } from '../../model/dockerfile/variables';
import { stageImage } from '../shared/base-image';
import { normalizePlatform, type Platform } from '../shared/platforms';

export const meta: DockerfileRuleMeta = {
  id: 'base-image-platform-mismatch',
  target: 'dockerfile',
  category: 'base-image',
  severity: 'off',
  summary: 'The base image has no build for the platform the stage asks for.',
  docs: {
    description:
      'When a stage asks for a platform (`FROM --platform=linux/arm64 …`) the image must publish a manifest for it. If it ' +
      'does not, the pull fails, or an image for another architecture is used and every RUN dies with "exec format error". ' +
      'BuildKit checks this after pulling the image.',
    incorrect: 'FROM --platform=linux/arm64 amd64/alpine:3.22\nRUN apk add --no-cache curl',
    correct: 'FROM --platform=linux/arm64 alpine:3.22\nRUN apk add --no-cache curl',
    notes:
      'The full check needs each image\'s manifest list from its registry, and Stevedore never touches the network. ' +
      'Offline, the rule catches what the reference itself proves: Docker Hub\'s per-architecture namespaces (`amd64/`, ' +
      '`arm64v8/`, `arm32v7/`, `i386/`, `ppc64le/`, `s390x/`, `riscv64/`…) hold one architecture only, and Windows images ' +
      '(`mcr.microsoft.com/windows/*`, `nanoserver`, `servercore` tags) have no Linux build. Only constant `--platform` ' +
      'values (after global ARG defaults) are compared.',
  },
  fix: 'none',
  aliases: ['BK:InvalidBaseImagePlatform'],
};

/** Docker Hub namespaces that publish images for one platform only. */
const ARCH_NAMESPACES: Record<string, Platform> = {
  amd64: { os: 'linux', arch: 'amd64' },
  arm32v5: { os: 'linux', arch: 'arm', variant: 'v5' },
  arm32v6: { os: 'linux', arch: 'arm', variant: 'v6' },
  arm32v7: { os: 'linux', arch: 'arm', variant: 'v7' },
  arm64v8: { os: 'linux', arch: 'arm64' },
  i386: { os: 'linux', arch: '386' },
  mips64le: { os: 'linux', arch: 'mips64le' },
  ppc64le: { os: 'linux', arch: 'ppc64le' },
  riscv64: { os: 'linux', arch: 'riscv64' },
  s390x: { os: 'linux', arch: 's390x' },
  'windows-amd64': { os: 'windows', arch: 'amd64' },
};

function show(p: Platform): string {
  return [p.os, p.arch, p.variant].filter(Boolean).join('/');
}

export function check(ctx: RuleContext<DockerfileModel>): void {
  for (const stage of ctx.model.stages) {
    const flag = stage.platform;
    if (!flag?.value) continue;
    const value = expandVariables(flag.value, ctx.model.globalScope, ctx.model.escape).value;
    const wanted = value === undefined ? undefined : normalizePlatform(value);
    const image = stageImage(stage, ctx.model.stages);
    if (!wanted || !image) continue;
    const ref = image.ref;
    const hubNamespace = ref.normalizedRegistry === 'docker.io' ? ref.namespace : undefined;
    const only = hubNamespace !== undefined ? ARCH_NAMESPACES[hubNamespace] : undefined;
    const windowsOnly = /^mcr\.microsoft\.com\/windows(\/|$)/.test(`${ref.registry ?? ''}/${ref.name}`) || /(^|-)(nanoserver|windowsservercore|servercore)(-|$)/.test(ref.tag ?? '');
    let problem: string | undefined;
    if (only && (only.os !== wanted.os || only.arch !== wanted.arch || (only.variant && wanted.variant && only.variant !== wanted.variant))) {
      problem = `${code(image.text)} is published for ${show(only)} only`;
    } else if (windowsOnly && wanted.os !== 'windows') {
      problem = `${code(image.text)} is a Windows image with no ${wanted.os} build`;
    }
    if (!problem) continue;
    ctx.report({
      range: ctx.range(flag.valueStart, flag.valueEnd),
      message: `${problem}, but the stage asks for ${code(show(wanted))}.`,
    });
  }
}
