// What a user does with the page: tick, reload, clear and undo; export, validate and import;
// refuse bad imports without losing work; tabs; keyboard only; no request leaves loopback;
// screenshots for review.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { OUT, ROOT, assertOnlyLoopback, open, paste, start } from "./harness.mjs";

const ICLEI = readFileSync(join(ROOT, "web/examples/iclei-office-manager-en.txt"), "utf8");
const TWO_POSTS = readFileSync(join(ROOT, "web/examples/cemr-two-posts-en.txt"), "utf8");
const schema = JSON.parse(readFileSync(join(ROOT, "schema/export.schema.json"), "utf8"));
const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);

let ctx;
before(async () => (ctx = await start()));
after(async () => ctx?.close());

const button = (page, name) => page.getByRole("button", { name, exact: true });

const checkedIds = (page) => page.$$eval(".item input:checked", (els) => els.map((e) => e.closest("li").dataset.id).sort());

async function tick(page, id) {
  await page.click(`li[data-id="${id}"] input[type=checkbox]`);
}

async function download(page) {
  const [file] = await Promise.all([page.waitForEvent("download"), button(page, "Download checklist (JSON)").click()]);
  return { name: file.suggestedFilename(), json: readFileSync(await file.path(), "utf8") };
}

async function importFile(page, name, contents) {
  await page.setInputFiles('[data-testid="import"]', { name, mimeType: "application/json", buffer: Buffer.from(contents) });
}

test("ticks survive a reload; clear can be undone", async () => {
  const page = await open(ctx);
  await paste(page, ICLEI);
  await tick(page, "language-en");
  await tick(page, "deadline-deadline");
  assert.deepEqual(await checkedIds(page), ["deadline-deadline", "language-en"]);
  assert.match(await page.textContent('[data-testid="progress"]'), /^2 of \d+ required items checked$/);
  await page.reload();
  await page.waitForSelector('[data-testid="results"]');
  assert.deepEqual(await checkedIds(page), ["deadline-deadline", "language-en"]);
  assert.equal(await page.inputValue("#posting"), ICLEI);
  await button(page, "Clear").click();
  assert.equal(await page.inputValue("#posting"), "");
  assert.equal(await page.$('[data-testid="results"]'), null);
  await button(page, "Undo").click();
  await page.waitForSelector('[data-testid="results"]');
  assert.equal(await page.inputValue("#posting"), ICLEI);
  assert.deepEqual(await checkedIds(page), ["deadline-deadline", "language-en"]);
  assertOnlyLoopback(page, ctx.url);
});

test("the download validates against the schema, keeps ticks, and imports into a fresh page", async () => {
  const page = await open(ctx);
  await paste(page, ICLEI);
  await tick(page, "eligibility-work_permit");
  await page.fill("#new-item", "Ask Anna for a reference");
  await page.press("#new-item", "Enter");
  await page.click('li[data-id="language-nl"] .dismiss');
  const { name, json } = await download(page);
  assert.match(name, /^[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(json);
  assert.ok(validate(exported), JSON.stringify(validate.errors?.slice(0, 3)));
  const items = exported.postings[0].checklist;
  assert.equal(items.find((i) => i.id === "eligibility-work_permit").checked, true);
  assert.equal(items.find((i) => i.id === "language-nl").dismissed, true);
  assert.ok(items.some((i) => i.custom && i.label === "Ask Anna for a reference"));
  assert.equal(exported.text, ICLEI);

  const fresh = await open(ctx);
  await importFile(fresh, name, json);
  await fresh.waitForSelector('[data-testid="results"]');
  assert.equal(await fresh.inputValue("#posting"), ICLEI);
  assert.deepEqual(await checkedIds(fresh), ["eligibility-work_permit"]);
  assert.ok(await fresh.isVisible("text=Ask Anna for a reference"));
  assert.equal(await fresh.$('li.item[data-id="language-nl"]'), null, "dismissed item stays dismissed");
  assertOnlyLoopback(page, ctx.url);
  assertOnlyLoopback(fresh, ctx.url);
});

test("a broken file or a newer schema is refused and the work is unchanged", async () => {
  const page = await open(ctx);
  await paste(page, ICLEI);
  await tick(page, "language-fr");
  const { json } = await download(page);
  const newer = JSON.parse(json);
  newer.schema_version = 99;
  for (const [name, contents, message] of [
    ["broken.json", '{"schema": "vacancy-lens/checklist", ', /not valid JSON/],
    ["newer.json", JSON.stringify(newer), /schema version 99/],
    ["other.json", '{"hello": "world"}', /not a Vacancy Lens export/],
  ]) {
    await importFile(page, name, contents);
    await page.waitForSelector('[data-testid="notice"].error');
    assert.match(await page.textContent('[data-testid="notice"]'), message);
    assert.match(await page.textContent('[data-testid="notice"]'), /unchanged/);
    assert.equal(await page.inputValue("#posting"), ICLEI);
    assert.deepEqual(await checkedIds(page), ["language-fr"]);
    await page.click('[data-testid="notice"] button');
  }
});

test("a paste with two postings shows two tabs, each with its own checklist", async () => {
  const page = await open(ctx);
  await paste(page, TWO_POSTS);
  const tabs = await page.$$eval('[role="tab"]', (els) => els.map((e) => e.textContent));
  assert.equal(tabs.length, 2);
  assert.equal(await page.getAttribute('[data-testid="deadline"]', "data-date"), "2024-02-29");
  await page.click("#tab-1");
  assert.equal(await page.getAttribute('[data-testid="deadline"]', "data-date"), "2024-02-09");
  const langs = await page.$$eval("[data-language]", (els) => els.map((e) => e.dataset.language));
  assert.deepEqual(langs, ["en", "es", "fr"]);
});

/** Presses Tab until `predicate` holds for the focused element (at most `max` presses). */
async function tabTo(page, predicate, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(predicate)) return;
  }
  throw new Error(`focus never reached ${predicate}`);
}

test("the whole flow works with the keyboard alone", async () => {
  const page = await open(ctx);
  await tabTo(page, () => document.activeElement?.id === "posting");
  await page.keyboard.insertText(ICLEI);
  await page.waitForSelector('[data-testid="results"]:not(.stale)');
  await tabTo(page, () => document.activeElement?.id === "item-deadline-deadline");
  await page.keyboard.press("Space");
  assert.deepEqual(await checkedIds(page), ["deadline-deadline"]);
  await tabTo(page, () => document.activeElement?.textContent === "Show in text");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.tagName === "MARK");
  const focusedKind = await page.evaluate(() => document.activeElement.dataset.kind);
  assert.ok(focusedKind, "a highlight has the focus");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none", "focus is visible");
  await tabTo(page, () => document.activeElement?.textContent === "Download checklist (JSON)", 200);
  const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  assert.ok(JSON.parse(readFileSync(await file.path(), "utf8")).postings[0].checklist.find((i) => i.id === "deadline-deadline").checked);
});

test("screenshots at desktop and phone sizes, with nothing outside loopback", async () => {
  for (const [label, viewport] of [["desktop-1280x800", { width: 1280, height: 800 }], ["phone-390x844", { width: 390, height: 844 }]]) {
    const page = await open(ctx, viewport);
    await paste(page, ICLEI);
    await page.screenshot({ path: join(OUT, `${label}.png`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${label}: page is ${overflow}px wider than the screen`);
    assertOnlyLoopback(page, ctx.url);
    assert.deepEqual(page.errors, []);
  }
});

test("an HTML file becomes text; its scripts never run; examples load in four languages", async () => {
  const page = await open(ctx);
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  const html = `<html><head><script>alert(1)</script><style>p{}</style></head><body>
    <h1>Projectmedewerker</h1><p>Solliciteer uiterlijk 5 januari 2025.</p>
    <p>Je spreekt vloeiend Nederlands.</p><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a></body></html>`;
  await page.setInputFiles('.input input[type=file]', { name: "vacature.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await page.waitForSelector('[data-testid="results"]');
  const lines = (await page.inputValue("#posting")).split("\n").filter((l) => l !== "");
  assert.deepEqual(lines, ["Projectmedewerker", "Solliciteer uiterlijk 5 januari 2025.", "Je spreekt vloeiend Nederlands.", "x"]);
  assert.equal(await page.getAttribute('[data-testid="deadline"]', "data-date"), "2025-01-05");
  assert.equal(await page.$("#posting-panel img, #posting-panel script"), null);
  // With text, the box is folded: the examples are in it.
  await page.click('[data-testid="edit-text"]');
  for (const [label, language] of [["(français)", "fr"], ["(Deutsch)", "de"]]) {
    await page.getByRole("button", { name: new RegExp(label.replace(/[()]/g, "\\$&")) }).click();
    await page.waitForSelector(`[data-language="${language}"]`);
  }
  assert.equal(dialogs, 0, "no script ran");
  assertOnlyLoopback(page, ctx.url);
});

test("typing saves the work when it pauses, not on every keystroke, without reading it back, and a reload keeps it", async () => {
  const page = await open(ctx);
  await paste(page, ICLEI);
  await page.evaluate(() => {
    window.__saves = 0;
    window.__reads = 0;
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === "vacancy-lens/work") window.__saves++;
      return set.call(this, key, value);
    };
    const get = Storage.prototype.getItem;
    Storage.prototype.getItem = function (key) {
      if (key === "vacancy-lens/work") window.__reads++;
      return get.call(this, key);
    };
  });
  await page.focus("#posting");
  await page.keyboard.press("End");
  const typed = " Thanks for reading.";
  await page.keyboard.type(typed);
  await page.waitForSelector('[data-testid="results"]:not(.stale)');
  await page.waitForFunction(() => window.__saves > 0);
  const saves = await page.evaluate(() => window.__saves);
  assert.ok(saves < typed.length, `${saves} saves for ${typed.length} keystrokes`);
  // No other tab wrote: the small revision key says so, and the whole record is not read back.
  assert.equal(await page.evaluate(() => window.__reads), 0, "the saved record was read back");
  await page.reload();
  await page.waitForSelector('[data-testid="results"]:not(.stale)');
  assert.equal(await page.inputValue("#posting"), ICLEI + typed);
  await page.context().close();
});
