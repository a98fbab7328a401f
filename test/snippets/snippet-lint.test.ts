// Every snippet, expanded with its default values, must lint clean with our own engine: no finding of
// severity warning or error. A snippet our rules flag is a bug in the snippet or in the rule.
//
// Templates (isFileTemplate) are linted as they are. Pieces (a RUN line, a service, a depends_on block)
// are linted where a user would insert them, inside a small host file; every piece must have a host
// below, so a new piece cannot slip through unlinted.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { lintText } from '../../server/src/api';
import { expandSnippet } from './snippet-syntax';

const ROOT = path.resolve(__dirname, '..', '..', '..');

interface SnippetEntry {
  prefix: string | string[];
  body: string | string[];
  description: string;
  isFileTemplate?: boolean;
}

function readSnippets(file: string): [string, SnippetEntry][] {
  return Object.entries(JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, SnippetEntry>);
}

function firstPrefix(entry: SnippetEntry): string {
  return (Array.isArray(entry.prefix) ? entry.prefix[0] : entry.prefix) ?? '';
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? line : pad + line))
    .join('\n');
}

// ---------------------------------------------------------------- Dockerfile hosts

const SYNTAX = '# syntax=docker/dockerfile:1\n';
const FINAL_STAGE = 'FROM debian:bookworm-slim\nWORKDIR /app\nUSER 10001:10001\nCMD ["sleep", "infinity"]\n';

/** Inside the final stage of a Debian (or Alpine) image, before its USER and CMD. */
function inStage(base: string): (piece: string) => string {
  return (piece) => `${SYNTAX}FROM ${base}\nWORKDIR /app\n${piece}\nUSER 10001:10001\nCMD ["sleep", "infinity"]\n`;
}

const DOCKERFILE_HOSTS: Record<string, (piece: string) => string> = {
  // Directives and comments go at the top of a file.
  'syntax-directive': (piece) => `${piece}\n${FINAL_STAGE}`,
  'check-directive': (piece) => `${SYNTAX}${piece}\n${FINAL_STAGE}`,
  'bake-multiarch': (piece) => `${SYNTAX}\n${piece}\n${FINAL_STAGE}`,
  // A stage header starts a build stage that a final stage follows.
  stage: (piece) => `${SYNTAX}${piece}\nRUN make\n\n${FINAL_STAGE}`,
  'run-cache-mount': inStage('debian:bookworm-slim'),
  'run-secret-mount': inStage('debian:bookworm-slim'),
  'apt-get-install': inStage('debian:bookworm-slim'),
  'nonroot-user': inStage('debian:bookworm-slim'),
  'nonroot-user-alpine': inStage('alpine:3.22'),
  healthcheck: inStage('debian:bookworm-slim'),
};

// ---------------------------------------------------------------- Compose hosts

/** Top-level declarations for the named volumes and secrets a service references, as a real file has. */
function declarationsFor(services: Record<string, unknown>): string {
  const volumes = new Set<string>();
  const secrets = new Set<string>();
  for (const service of Object.values(services)) {
    if (service === null || typeof service !== 'object') continue;
    const s = service as { volumes?: unknown; secrets?: unknown };
    for (const v of Array.isArray(s.volumes) ? s.volumes : []) {
      const source = typeof v === 'string' ? v.split(':')[0] ?? '' : '';
      if (source && !/[./~$]/.test(source[0] ?? '')) volumes.add(source);
    }
    for (const secret of Array.isArray(s.secrets) ? s.secrets : []) {
      if (typeof secret === 'string') secrets.add(secret);
    }
  }
  let out = '';
  if (volumes.size) out += `\nvolumes:\n${[...volumes].map((v) => `  ${v}:\n`).join('')}`;
  if (secrets.size) out += `\nsecrets:\n${[...secrets].map((s) => `  ${s}:\n    file: ./${s}.txt\n`).join('')}`;
  return out;
}

function asService(piece: string): string {
  const services = parseYaml(piece) as Record<string, unknown>;
  return `services:\n${indent(piece, 2)}\n${declarationsFor(services)}`;
}

/** Keys inserted into an existing service; a healthy "db" service is there for depends_on to name. */
function inService(piece: string): string {
  return [
    'services:',
    '  app:',
    '    image: registry.example.com/app:1.0.0',
    indent(piece, 4),
    '  db:',
    '    image: postgres:17',
    '    healthcheck:',
    '      test: ["CMD", "pg_isready", "-U", "postgres"]',
    '      interval: 10s',
    '',
  ].join('\n');
}

const COMPOSE_HOSTS: Record<string, (piece: string) => string> = {
  'service-build': asService,
  'service-db': asService,
  profiles: asService,
  'depends-healthy': inService,
  'develop-watch': inService,
  'build-platforms': inService,
};

// ---------------------------------------------------------------- the test

const FILES = [
  { file: 'snippets/dockerfile.json', fileName: 'Dockerfile', hosts: DOCKERFILE_HOSTS },
  { file: 'snippets/compose.json', fileName: 'compose.yaml', hosts: COMPOSE_HOSTS },
];

for (const { file, fileName, hosts } of FILES) {
  describe(`${file} lints clean`, () => {
    for (const [name, entry] of readSnippets(file)) {
      const prefix = firstPrefix(entry);
      test(`${prefix}: ${name}`, () => {
        const expanded = expandSnippet(entry.body, {
          variables: { TM_FILENAME: fileName, TM_FILENAME_BASE: fileName.replace(/\..*$/, '') },
        });
        const host = entry.isFileTemplate ? (piece: string) => piece : hosts[prefix];
        assert.ok(host, `${prefix} is not a file template and has no host file in this test: add one`);
        const text = host(expanded);
        const findings = lintText(text, { fileName });
        const bad = findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
        const report = bad.map((f) => {
          const line = text.split('\n')[f.range.start.line] ?? '';
          return `  ${f.severity} ${f.rule} at ${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.message}\n    | ${line}`;
        });
        assert.equal(bad.length, 0, `snippet "${name}" (${prefix}) has findings:\n${report.join('\n')}\n--- linted text ---\n${text}`);
      });
    }
  });
}
