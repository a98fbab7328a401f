import { isSeq, Node } from 'yaml';
import { insertEdit, makeFix } from '../../engine/edits';
import type { ComposeRuleMeta, RuleContext } from '../../engine/rule';
import { code } from '../../engine/text';
import type { Fix } from '../../engine/types';
import { deref, nodeRange } from '../../model/compose/parse';
import type { ComposeModel } from '../../model/compose/types';
import { curlFailsOrInspects, findCurlCalls } from '../shared/curl-check';
import { eachService, findPair, mapAt, reportOnce, scalarString, Str } from '../shared/compose-nodes';

export const meta: ComposeRuleMeta = {
  id: 'service-healthcheck-curl-without-fail',
  target: 'compose',
  category: 'services',
  severity: 'warning',
  summary: 'A healthcheck calls `curl` without `-f`, so HTTP errors still count as healthy.',
  docs: {
    description:
      'curl exits with status 0 whenever it gets an HTTP response, even a 500 or a 404. A healthcheck built on plain ' +
      '`curl http://…` therefore only notices a dead process, never a failing application. `-f` (`--fail`) makes curl ' +
      'exit non-zero on HTTP errors.',
    incorrect: 'services:\n  web:\n    image: acme/web:1.4\n    healthcheck:\n      test: ["CMD-SHELL", "curl http://localhost:8080/health || exit 1"]\n',
    correct: 'services:\n  web:\n    image: acme/web:1.4\n    healthcheck:\n      test: ["CMD-SHELL", "curl -fsS http://localhost:8080/health || exit 1"]\n',
    fix: 'Inserts `-f` after `curl`. Unsafe: the service may turn unhealthy where it passed before (which is the point).',
    notes:
      'The Compose twin of the Dockerfile rule `healthcheck-curl-without-fail` (rule ids are unique per engine, hence the ' +
      '`service-` prefix). Not reported when the response is inspected: `-w`/`--write-out`, or curl\'s output piped into ' +
      'another command.',
  },
  fix: 'unsafe',
  aliases: [],
};

export function check(ctx: RuleContext<ComposeModel>): void {
  const report = reportOnce(ctx);
  const text = ctx.model.text;
  for (const s of eachService(ctx.model)) {
    const hc = mapAt(s.doc, s.body, 'healthcheck');
    const test = hc ? deref(s.doc, findPair(s.doc, hc, 'test')?.value) : null;
    const found = (start: number, end: number, fix: Fix | undefined) =>
      report({
        range: ctx.range(start, end),
        message: `The healthcheck of service ${code(s.name)} calls \`curl\` without \`-f\`: HTTP errors would still count as healthy.`,
        fix,
      });
    const fixFor = (edit: ReturnType<typeof insertEdit>) => makeFix('Add -f to curl', 'unsafe', [edit]);
    const shellLine = (str: Str) => {
      for (const call of findCurlCalls(str.text)) {
        if (call.piped || curlFailsOrInspects(call.args)) continue;
        const start = str.start + call.start;
        const end = str.start + call.end;
        found(start, end, str.exact ? fixFor(insertEdit(ctx.document, end, ' -f')) : undefined);
      }
    };
    if (!isSeq(test)) {
      const str = scalarString(ctx.model, test);
      if (str) shellLine(str);
      continue;
    }
    const items = test.items.map((i) => scalarString(ctx.model, deref(s.doc, i)));
    if (items.some((i) => !i)) continue;
    const strs = items as Str[];
    if (strs[0]?.text === 'CMD-SHELL' && strs[1]) shellLine(strs[1]);
    if (strs[0]?.text !== 'CMD' || !strs[1]) continue;
    const curl = strs[1];
    if (curl.text.replace(/^.*\//, '') !== 'curl' || curlFailsOrInspects(strs.slice(2).map((x) => x.text))) continue;
    const r = nodeRange(curl.node as Node);
    let fix: Fix | undefined;
    if (r && test.flow) fix = fixFor(insertEdit(ctx.document, r[1], ', "-f"'));
    else if (r) {
      const lineStart = text.lastIndexOf('\n', r[0] - 1) + 1;
      const nl = text.indexOf('\n', r[1]);
      const dash = text.slice(lineStart, r[0]);
      if (nl >= 0 && /^[ \t]*-[ \t]+$/.test(dash)) fix = fixFor(insertEdit(ctx.document, nl + 1, `${dash}-f${text[nl - 1] === '\r' ? '\r\n' : '\n'}`));
    }
    found(curl.start, curl.end, fix);
  }
}
