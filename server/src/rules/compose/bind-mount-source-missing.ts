import { dirname, joinPath, normalize, folderVisible } from '../../engine/fs';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { hasInterpolation } from '../../knowledge/compose/formats';
import { serviceMounts } from '../shared/compose-mounts';
import { eachService, reportOnce } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'bind-mount-source-missing',
  target: 'compose',
  category: 'cross-file',
  severity: 'warning',
  summary: 'A bind mount\'s source inside the project does not exist.',
  docs: {
    description:
      'With the short syntax Docker creates a missing bind-mount source as an empty directory owned by root, so a ' +
      'mistyped `./config/nginx.conf` silently becomes an empty folder in the container (and a root-owned folder in your ' +
      'checkout). With the long syntax the container fails to start unless `bind.create_host_path: true` is set.',
    incorrect: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf:ro\n',
    correct: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - type: bind\n        source: ./cache\n        target: /var/cache/nginx\n        bind:\n          create_host_path: true\n',
    notes:
      'Only paths inside the project are checked: relative paths, and absolute paths under the compose file\'s folder. Host ' +
      'paths elsewhere (`/var/log`, `~/.ssh`) may exist only on the target machine. Paths holding `${…}` are skipped. Does ' +
      'nothing for an unsaved buffer.',
  },
  fix: 'none',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  if (!folderVisible(ctx.fs, ctx.fileName)) return;
  const dir = dirname(ctx.fileName);
  const report = reportOnce(ctx);
  for (const s of eachService(ctx.model)) {
    for (const m of serviceMounts(ctx.model, s.doc, s.body)) {
      const source = m.source;
      if (m.type !== 'bind' || !source || m.createHostPath || source.text === '' || hasInterpolation(source.text)) continue;
      const text = source.text;
      const relative = text === '.' || text === '..' || text.startsWith('./') || text.startsWith('../') || (m.long !== undefined && !/^[/~\\]|^[A-Za-z]:/.test(text));
      const path = relative ? joinPath(dir, text) : normalize(text);
      if (!relative && !(text.startsWith('/') && path.startsWith(dir + '/'))) continue;
      if (ctx.fs.exists(path)) continue;
      report({
        range: ctx.range(source.start, source.end),
        message: m.long
          ? `Bind-mount source ${code(text)} of service ${code(s.name)} does not exist: the container will fail to start.`
          : `Bind-mount source ${code(text)} of service ${code(s.name)} does not exist: Docker will create it as an empty root-owned folder.`,
      });
    }
  }
}
