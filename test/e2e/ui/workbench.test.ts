// What a person sees in the workbench: the squiggle, the Problems row, the hover widget and the Ctrl+.
// menu, driven with Playwright in Debian's chromium. run.mjs starts code-server with Stevedore loaded
// as a development extension on a temporary copy of test/e2e/workspace/, starts the browser, and passes
// E2E_WORKBENCH_URL, E2E_WS_ENDPOINT and E2E_SHOT_DIR. Screenshots are for a reviewer to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the UI suite through node test/e2e/run.mjs`);
  return value;
}

const SHOT_DIR = env('E2E_SHOT_DIR');
let browser: Browser;
let page: Page;

const editor = (): Locator => page.locator('.editor-instance .monaco-editor').first();
const viewLine = (text: string): Locator => editor().locator('.view-line', { hasText: text }).first();
const shot = (name: string): Promise<Buffer> => page.screenshot({ path: path.join(SHOT_DIR, name) });

/** Screen point of character `column` (0-based) of a rendered editor line (monospace: width / length). */
async function pointOnLine(line: Locator, column: number): Promise<{ x: number; y: number }> {
  return line.evaluate((el, col) => {
    const content = el.firstElementChild as HTMLElement;
    const r = content.getBoundingClientRect();
    const charWidth = r.width / (content.textContent ?? ' ').length;
    return { x: r.left + charWidth * (col + 0.5), y: r.top + r.height / 2 };
  }, column);
}

async function columnOf(line: Locator, token: string): Promise<number> {
  const text = (await line.innerText()).replace(/\u00a0/g, ' ');
  const column = text.indexOf(token);
  assert.ok(column >= 0, `"${token}" not found in rendered line "${text}"`);
  return column;
}

before(async () => {
  browser = await chromium.connect(env('E2E_WS_ENDPOINT'));
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const response = await page.goto(env('E2E_WORKBENCH_URL'));
  assert.ok(response?.ok(), `workbench answered HTTP ${response?.status()}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^Dockerfile$/ }).click({ timeout: 60_000 });
  await viewLine('FROM node:latest').waitFor({ timeout: 30_000 });
});

after(async () => {
  await page?.screenshot({ path: path.join(SHOT_DIR, 'final.png') }).catch(() => undefined);
  await browser?.close();
});

test('a warning squiggle sits under the :latest tag and an error squiggle under apt-get install', async () => {
  await editor().locator('.squiggly-warning').first().waitFor({ timeout: 60_000 });
  await editor().locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
  const line = viewLine('FROM node:latest');
  const target = await pointOnLine(line, (await columnOf(line, 'latest')) + 2);
  const boxes = await editor().locator('.squiggly-warning').evaluateAll((els) =>
    els.map((e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; }));
  assert.ok(boxes.some((b) => b.left <= target.x && target.x <= b.right && b.top - 4 <= target.y && target.y <= b.bottom + 4),
    `no warning squiggle under "latest" at ${JSON.stringify(target)}; squiggles: ${JSON.stringify(boxes)}`);
  await shot('squiggle.png');
});

test('the Problems panel lists base-image-latest with its message', async () => {
  await editor().click();
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'base-image-latest' }).first();
  await row.waitFor({ timeout: 15_000 });
  const text = await row.innerText();
  assert.match(text, /stevedore/, `problem row: ${text}`);
  assert.match(text, /latest/i, `problem row: ${text}`);
  await shot('problems.png');
});

test('hovering the :latest tag shows the rule id in the hover widget', async () => {
  const line = viewLine('FROM node:latest');
  const point = await pointOnLine(line, (await columnOf(line, 'latest')) + 2);
  await page.mouse.move(point.x, point.y);
  const hover = page.locator('.monaco-hover:visible', { hasText: 'base-image-latest' }).first();
  await hover.waitFor({ timeout: 15_000 });
  assert.match(await hover.innerText(), /base-image-latest/);
  await shot('hover.png');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
});

test('hovering FROM shows the instruction documentation', async () => {
  const line = viewLine('FROM node:latest');
  const point = await pointOnLine(line, 1);
  await page.mouse.move(point.x, point.y);
  const hover = page.locator('.monaco-hover:visible', { hasText: /base image|stage/i }).first();
  await hover.waitFor({ timeout: 15_000 });
  await shot('hover-from.png');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
});

test('Ctrl+. on MAINTAINER lists our fix, and choosing it rewrites the line', async () => {
  const line = viewLine('MAINTAINER');
  const point = await pointOnLine(line, 3);
  await page.mouse.click(point.x, point.y);
  await page.keyboard.press('Control+.');
  const title = 'Replace MAINTAINER with LABEL org.opencontainers.image.authors';
  const menu = page.locator('.action-widget', { hasText: title }).first();
  await menu.waitFor({ timeout: 15_000 });
  assert.match(await menu.innerText(), /Ignore maintainer-deprecated for this line/);
  await shot('quickfix-menu.png');
  await menu.locator('.monaco-list-row', { hasText: title }).first().click();
  await viewLine('LABEL org.opencontainers.image.authors').waitFor({ timeout: 15_000 });
  assert.equal(await editor().locator('.view-line', { hasText: 'MAINTAINER' }).count(), 0, 'MAINTAINER is still in the editor');
  // The server lints the edited text again: the problem leaves the Problems panel.
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'maintainer-deprecated' }).first().waitFor({ state: 'detached', timeout: 15_000 });
  await shot('quickfix-applied.png');
});
