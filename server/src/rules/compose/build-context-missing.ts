import { folderVisible } from '../../engine/fs';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { ComposeModel } from '../../model/compose/types';
import { hasInterpolation } from '../../knowledge/compose/formats';
import { serviceBuilds, contextDir } from '../shared/compose-build';

export const meta: ComposeRuleMeta = {
  id: 'build-context-missing',
  target: 'compose',
  category: 'cross-file',
  severity: 'error',
  summary: 'A local `build.context` folder does not exist.',
  docs: {
    description:
      'Compose sends the build context folder to the builder; when the folder is missing, `docker compose build` (and `up` ' +
      'for a service that needs building) stops with "unable to prepare context: path not found". The path is relative to ' +
      'the compose file\'s folder.',
    incorrect: 'services:\n  api:\n    build: ./apii\n',
    correct: 'services:\n  api:\n    build: https://github.com/acme/api.git#main\n',
    notes:
      'Git and HTTP(S) URLs, `docker-image://`, `service:` and `target:` contexts and paths holding `${…}` are not checked. ' +
      'The rule reads the file system, so it does nothing for an unsaved buffer.',
  },
  fix: 'none',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  if (!folderVisible(ctx.fs, ctx.fileName)) return;
  for (const { service: s, build } of serviceBuilds(ctx.model)) {
    const context = build?.context;
    if (!build || !context || hasInterpolation(context.text)) continue;
    const dir = contextDir(ctx, build);
    if (!dir || ctx.fs.isDirectory(dir)) continue;
    const what = ctx.fs.exists(dir) ? 'is not a folder' : 'does not exist';
    ctx.report({
      range: ctx.range(context.start, context.end),
      message: `Build context ${code(context.text)} of service ${code(s.name)} ${what}.`,
    });
  }
}
