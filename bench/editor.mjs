// The editor path, measured through the real language server over stdio: didChange → publishDiagnostics,
// memory with many documents and after many edits, and start-up to first diagnostics.
import { composeCorpus, dockerfileCorpus } from './corpus.mjs';
import { LspClient } from './lsp-client.mjs';
import { median } from './stats.mjs';

/** The server waits this long after the last keystroke before linting (server/src/lsp/server.ts). */
export const DEBOUNCE_MS = 150;

export async function benchDidChange(text, tmp) {
  const client = new LspClient();
  try {
    await client.initialize({});
    const uri = `file://${tmp}/editor/Dockerfile`;
    client.open(uri, text, 'dockerfile', 1);
    await client.diagnostics(uri, 1, 60000);
    const times = [];
    let version = 1;
    const line = 3; // edit inside the document: insert, then remove, a character
    for (let i = 0; i < 16; i++) {
      version++;
      const insert = i % 2 === 0;
      const range = { start: { line, character: 0 }, end: { line, character: insert ? 0 : 1 } };
      const t0 = performance.now();
      client.change(uri, version, [{ range, text: insert ? '#' : '' }]);
      const m = await client.diagnostics(uri, version, 60000);
      if (i >= 2) times.push(m.receivedAt - t0);
    }
    return { median: median(times), min: Math.min(...times) };
  } finally {
    await client.stop();
  }
}

export async function benchMemory(tmp) {
  const client = new LspClient();
  try {
    await client.initialize({});
    const idle = client.rss();
    const docs = [...dockerfileCorpus(11, 250).map((f) => ({ ...f, lang: 'dockerfile' })), ...composeCorpus(12, 250).map((f) => ({ ...f, lang: 'dockercompose' }))];
    const pending = [];
    docs.forEach((f, i) => {
      const uri = `file://${tmp}/docs/${i}/${f.lang === 'dockerfile' ? 'Dockerfile' : 'compose.yaml'}`;
      pending.push(client.diagnostics(uri, 1, 120000));
      client.open(uri, f.text, f.lang, 1);
    });
    await Promise.all(pending);
    const after500 = client.rss();

    // 10,000 edits to one document, sent in bursts of 250 (each burst is linted once, after the debounce).
    const uri = `file://${tmp}/edits/Dockerfile`;
    client.open(uri, dockerfileCorpus(13, 1)[0].text, 'dockerfile', 1);
    await client.diagnostics(uri, 1);
    let version = 1;
    const samples = [];
    for (let burst = 0; burst < 40; burst++) {
      for (let i = 0; i < 250; i++) {
        version++;
        const insert = version % 2 === 0;
        client.change(uri, version, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: insert ? 0 : 1 } }, text: insert ? 'x' : '' }]);
      }
      await client.diagnostics(uri, version, 60000);
      if ((burst + 1) % 8 === 0) samples.push({ edits: (burst + 1) * 250, rss: client.rss() });
    }
    return { idle, after500, samples };
  } finally {
    await client.stop();
  }
}

export async function benchStartup(tmp, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const client = new LspClient();
    try {
      await client.initialize({});
      const uri = `file://${tmp}/startup/Dockerfile`;
      client.open(uri, dockerfileCorpus(14, 1)[0].text, 'dockerfile', 1);
      const m = await client.diagnostics(uri, 1);
      times.push(m.receivedAt - t0);
    } finally {
      await client.stop();
    }
  }
  return { median: median(times), min: Math.min(...times) };
}
