/**
 * How BuildKit reads a `# check=` directive's value: up to three `;`-separated `key=value` parts, keyed `skip`,
 * `error` (a boolean) or `experimental`. Any other part fails the build, so `check-directive-invalid` reports it and
 * `parser-directive-misplaced` does not move such a line into the directive block, where it would take effect.
 */
import { closest, code } from '../../engine/text';
import { CHECK_DIRECTIVE_KEYS } from '../../knowledge/dockerfile';

const BOOLEAN = /^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/;

/** What is wrong with one part of the value: `index` counts the `;`-separated parts from 0. */
export interface CheckPartProblem {
  index: number;
  message: string;
}

/** The problems of a `# check=` value's parts (none for a value BuildKit accepts). */
export function checkValueProblems(parts: readonly string[]): CheckPartProblem[] {
  const problems: CheckPartProblem[] = [];
  parts.forEach((text, index) => {
    const eq = text.indexOf('=');
    const key = (eq < 0 ? text : text.slice(0, eq)).trim();
    if (eq < 0) problems.push({ index, message: `${code(text.trim())} is not a \`key=value\` check option.` });
    else if (!CHECK_DIRECTIVE_KEYS.includes(key)) {
      const guess = closest(key, CHECK_DIRECTIVE_KEYS, 2);
      problems.push({ index, message: `Unknown check option ${code(key)}${guess ? `; did you mean ${code(guess)}?` : '; use `skip`, `error` or `experimental`.'}` });
    } else if (key === 'error' && !BOOLEAN.test(text.slice(eq + 1).trim())) {
      problems.push({ index, message: `\`error=\` takes \`true\` or \`false\`, not ${code(text.slice(eq + 1).trim())}.` });
    } else if (index >= 3) problems.push({ index, message: '`# check=` takes at most three `;`-separated parts.' });
  });
  return problems;
}
