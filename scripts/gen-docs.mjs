// Writes docs/rules/<id>.md and the README's rule table from rule metadata (run after `tsc`, via `npm run gen`).
// A test fails when the committed files differ from what this would write.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { renderRuleDoc, updateReadme } = require(join(root, 'out/server/src/engine/docs.js'));
const { allRules } = require(join(root, 'out/server/src/rules/index.js'));

const docsDir = join(root, 'docs/rules');
mkdirSync(docsDir, { recursive: true });
const wanted = new Set(allRules.map((r) => `${r.meta.id}.md`));
for (const name of readdirSync(docsDir)) if (name.endsWith('.md') && !wanted.has(name)) rmSync(join(docsDir, name));
for (const rule of allRules) writeFileSync(join(docsDir, `${rule.meta.id}.md`), renderRuleDoc(rule.meta));

const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
writeFileSync(readmePath, updateReadme(readme, allRules));
console.log(`gen-docs: ${allRules.length} rule pages and the README table written`);
