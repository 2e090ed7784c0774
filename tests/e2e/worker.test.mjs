// The analysis runs in a Web Worker made from the page's own files, and only the newest text is
// shown: a large paste replaced by another before its analysis is done never shows up.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, assertOnlyLoopback, open, setText, start } from "./harness.mjs";

const ICLEI = readFileSync(join(ROOT, "web/examples/iclei-office-manager-en.txt"), "utf8");
const FRENCH = readFileSync(join(ROOT, "web/examples/chargee-de-projets-luxembourg-fr.txt"), "utf8");

let ctx;
before(async () => (ctx = await start()));
after(async () => ctx?.close());

test("the analysis runs in a worker loaded from the page's own files", async () => {
  const page = await open(ctx);
  const origin = new URL(ctx.url).origin;
  await setText(page, ICLEI);
  await page.waitForSelector('[data-testid="results"]:not(.stale) [data-testid="deadline"]');
  const workers = page.workers().map((w) => w.url());
  assert.ok(workers.some((u) => u.startsWith(origin) && u.endsWith("/analysis-worker.js")), `workers: ${workers}`);
  assert.equal(await page.getAttribute('[data-testid="deadline"]', "data-date"), "2025-11-30");
  // The worker loads the page's module and wasm, which the page had already fetched.
  const wasm = page.requests.filter((u) => u.endsWith(".wasm"));
  assert.ok(wasm.length >= 1 && new Set(wasm).size === 1, `one wasm file: ${wasm}`);
  assertOnlyLoopback(page, origin);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the newest text is what shows; a late answer for a replaced paste is dropped", async () => {
  const page = await open(ctx);
  // About 600 KB of postings, then at once a short French one: only the French one may show.
  const big = Array.from({ length: 110 }, () => ICLEI).join("\n\n");
  await setText(page, big);
  await page.waitForTimeout(300); // past the typing pause, so the big text is sent for analysis
  await setText(page, FRENCH);
  await page.waitForSelector('[data-testid="results"]:not(.stale) [data-testid="deadline"]', { timeout: 60_000 });
  const tabs = await page.$$('[role="tab"]');
  assert.ok(tabs.length <= 1, `one posting shown, not the big paste's ${tabs.length}`);
  assert.match(await page.textContent('[data-testid="posting-text"]'), /Luxembourg/);
  assert.equal(await page.$eval("#posting", (b) => b.value), FRENCH);
  // And it stays so: the big paste's late answer, if any, is dropped.
  await page.waitForTimeout(1500);
  assert.match(await page.textContent('[data-testid="posting-text"]'), /Luxembourg/);
  assert.doesNotMatch(await page.textContent('[data-testid="posting-text"]'), /ICLEI/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("when the worker cannot start, the page analyses by itself and says so", async () => {
  const context = await ctx.browser.newContext();
  await context.route("**/analysis-worker.js", (route) => route.abort());
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(ctx.url);
  await page.waitForSelector("#posting");
  await setText(page, ICLEI);
  await page.waitForSelector('[data-testid="results"]:not(.stale) [data-testid="deadline"]', { timeout: 20_000 });
  assert.equal(await page.getAttribute('[data-testid="deadline"]', "data-date"), "2025-11-30");
  assert.match(await page.textContent('[data-testid="notice"]'), /analyses the text itself/);
  // From then on the page analyses at once, without waiting for the worker again.
  await setText(page, FRENCH);
  await page.waitForSelector('[data-testid="results"]:not(.stale) [data-testid="deadline"]', { timeout: 5_000 });
  assert.match(await page.textContent('[data-testid="posting-text"]'), /Luxembourg/);
  assert.deepEqual(errors, []);
  await context.close();
});
