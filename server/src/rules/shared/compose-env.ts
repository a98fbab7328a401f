/**
 * The project `.env` file that feeds Compose interpolation: it sits in the project folder (the compose
 * file's folder) and holds `KEY=value` lines. Only interpolation reads it; containers get `env_file:`.
 */
import { dirname, joinPath, type FileSystem } from '../../engine/fs';
import { withoutInlineComment } from '../../engine/text';

/** Variables of `.env` next to the compose file; undefined for an untitled buffer. */
export function projectDotEnv(fileName: string, fs: FileSystem): Map<string, string> | undefined {
  if (!fileName) return undefined;
  const text = fs.readFile(joinPath(dirname(fileName), '.env'));
  return text === undefined ? new Map() : parseEnvFile(text);
}

/** The names projects give the `.env` template they commit, in the order they are looked for. */
const ENV_TEMPLATES = ['.env.example', '.env.sample', '.env.dist', '.env.template', 'example.env', 'sample.env'];

/**
 * When the project folder has no `.env` but a committed template (`.env.example`), the template's name and
 * variables: the user has not copied it yet. Undefined when `.env` exists or no template does.
 */
export function uncopiedEnvTemplate(fileName: string, fs: FileSystem): { name: string; vars: Map<string, string> } | undefined {
  if (!fileName) return undefined;
  const dir = dirname(fileName);
  if (fs.readFile(joinPath(dir, '.env')) !== undefined) return undefined;
  for (const name of ENV_TEMPLATES) {
    const text = fs.readFile(joinPath(dir, name));
    if (text !== undefined) return { name, vars: parseEnvFile(text) };
  }
  return undefined;
}

/**
 * Asks, name by name, whether the uncopied template (`uncopiedEnvTemplate`) sets a variable; the template is read at the
 * first question only, since most files have a `.env` or need none.
 */
export function templateSetting(fileName: string, fs: FileSystem): (name: string) => string | undefined {
  let template: ReturnType<typeof uncopiedEnvTemplate>;
  let read = false;
  return (name) => {
    if (!read) {
      template = uncopiedEnvTemplate(fileName, fs);
      read = true;
    }
    return template?.vars.has(name) ? template.name : undefined;
  };
}

/** Parses dotenv text: `KEY=value`, `export KEY=value`, quoted values, `#` comments, bare `KEY` (empty). */
export function parseEnvFile(text: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(?:=(.*))?$/.exec(line);
    if (!m) continue;
    let value = (m[2] ?? '').trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.lastIndexOf(quote) > 0) value = value.slice(1, value.lastIndexOf(quote));
    else value = withoutInlineComment(value);
    vars.set(m[1]!, value);
  }
  return vars;
}
