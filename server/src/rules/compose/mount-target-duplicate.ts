import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { parseShortVolume } from '../shared/compose-mounts';
import { reportOnce } from '../shared/compose-nodes';
import { isInterpolated, isRecord, services, valueSpan, type Path } from '../shared/compose-services';

export const meta: ComposeRuleMeta = {
  id: 'mount-target-duplicate',
  target: 'compose',
  category: 'references',
  severity: 'error',
  summary: 'Two `volumes` or `tmpfs` entries of one service mount at the same container path.',
  docs: {
    description:
      'Each container path can hold one mount. When two `volumes` entries, or a `volumes` entry and a `tmpfs` entry, target ' +
      'the same path, Compose refuses the file ("target … already mounted"). Usually a copied line whose target was not ' +
      'changed, or a bind mount left over next to the named volume that replaced it.',
    incorrect: 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - data:/var/lib/postgresql/data\n      - ./pgdata:/var/lib/postgresql/data\nvolumes:\n  data: {}',
    correct: 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - data:/var/lib/postgresql/data\nvolumes:\n  data: {}',
    notes:
      'Targets are compared without trailing slashes (`/data/` and `/data` are one path). Targets holding `${…}` are not ' +
      'compared. Like Compose, `tmpfs` entries are taken first, so the `volumes` entry is the one reported.',
  },
  fix: 'none',
  aliases: ['compose-go'],
};

interface Mount {
  target: string;
  path: Path;
  label: string;
}

function normalizeTarget(path: string): string {
  const p = path.replace(/\/{2,}/g, '/');
  return p.length > 1 ? p.replace(/(?<!\/)\/+$/, '') : p;
}

function shortTarget(text: string): string | undefined {
  // The parser reads only the text and its start offset; offsets are not needed here.
  const parsed = parseShortVolume({ text, start: 0, end: text.length, quoted: false, exact: true, node: undefined as never });
  return parsed.target?.text;
}

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  for (const service of services(ctx.model)) {
    const mounts: Mount[] = [];
    const tmpfs = service.value.tmpfs;
    const tmpfsItems: [unknown, Path][] =
      typeof tmpfs === 'string' ? [[tmpfs, ['tmpfs']]] : Array.isArray(tmpfs) ? tmpfs.map((t, i) => [t, ['tmpfs', i]]) : [];
    for (const [item, path] of tmpfsItems) {
      if (typeof item === 'string') mounts.push({ target: item.split(':')[0], path: [...service.path, ...path], label: '`tmpfs`' });
    }
    const volumes = service.value.volumes;
    if (Array.isArray(volumes)) {
      volumes.forEach((item, i) => {
        const at: Path = [...service.path, 'volumes', i];
        if (typeof item === 'string') {
          const target = shortTarget(item);
          if (target !== undefined) mounts.push({ target, path: at, label: `volume ${code(item)}` });
        } else if (isRecord(item) && typeof item.target === 'string') {
          mounts.push({ target: item.target, path: [...at, 'target'], label: `a \`volumes\` entry` });
        }
      });
    }
    const first = new Map<string, Mount>();
    for (const mount of mounts) {
      if (mount.target === '' || isInterpolated(mount.target)) continue;
      const key = normalizeTarget(mount.target);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, mount);
        continue;
      }
      const span = valueSpan(service.doc, mount.path);
      if (!span) continue;
      const earlierSpan = valueSpan(service.doc, earlier.path);
      report({
        range: ctx.range(span[0], span[1]),
        message: `Service ${code(service.name)} mounts ${code(key)} twice: ${earlier.label} already mounts there.`,
        related: earlierSpan ? [{ range: ctx.range(earlierSpan[0], earlierSpan[1]), message: `${code(key)} is first mounted here` }] : undefined,
      });
    }
  }
}
