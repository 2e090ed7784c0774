// PDF and Word files (issue 21), made by real tools in the test run (tests/documents/): the CLI
// and the page read each notice's text in reading order and find in it the deadline, languages
// and eligibility the .txt gives; each unreadable file gets its own message and the work on
// screen stays; the page fetches its reader only when such a file is opened, and has it offline
// afterwards.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { DIR, linesInOrder, makeFixtures, makeLimitFiles } from "../documents/fixtures.mjs";
import { ROOT, assertOnlyLoopback, controlled, open, paste, start } from "./harness.mjs";

const CLI = join(ROOT, "target", "release", "vacancy-lens");
const ICLEI = readFileSync(join(ROOT, "web/examples/iclei-office-manager-en.txt"), "utf8");

let ctx, made, limits;
before(async () => {
  ctx = await start();
  made = await makeFixtures(ctx.browser);
  limits = makeLimitFiles(made);
});
after(async () => ctx?.close());

const cli = (file) => spawnSync(CLI, ["--format", "json", "--today", "2025-01-01", file], { encoding: "utf8" });

/** What must not change between a notice's .txt and its PDF or Word file. */
function facts(exported) {
  const p = exported.postings[0];
  return {
    deadline: p.deadline && { date: p.deadline.date, time: p.deadline.time ?? null, timezone: p.deadline.timezone ?? null },
    languages: p.languages.map((l) => `${l.language} ${l.requirement}`).sort(),
    eligibility: p.eligibility.map((e) => e.kind).sort(),
  };
}

/** Fails unless every line of `source` is in `text`, in order. */
function assertInOrder(text, source, label) {
  const { missing } = linesInOrder(text, source);
  assert.deepEqual(missing, [], `${label}: lines missing or out of order`);
}

test("the CLI reads each notice, as PDF and as Word, in reading order, and finds what the .txt gives", () => {
  for (const p of made) {
    const expected = facts(JSON.parse(cli(p.txt).stdout));
    assert.equal(expected.deadline.date, p.gold.postings[0].deadline.date, `${p.name}: the .txt meets its gold`);
    for (const file of [p.pdf, p.docx]) {
      const run = cli(file);
      assert.equal(run.status, 0, run.stderr);
      const exported = JSON.parse(run.stdout);
      assert.deepEqual(facts(exported), expected, basename(file));
      assertInOrder(exported.text, p.text, basename(file));
      assert.doesNotMatch(exported.text, /Page \d+ of \d+/, `${basename(file)}: page numbers left out`);
    }
  }
});

const PROBLEMS = () => [
  ["scanned.pdf", /holds only images of text \(a scan\)/],
  ["encrypted.pdf", /is protected by a password/],
  ["truncated.pdf", /is damaged or incomplete/],
  ["program.pdf", /is not a PDF or Word \(\.docx\) file/],
  [basename(limits.doc), /is an old Word file \(\.doc\)/],
  [basename(limits.big), /is 22 MB; files over 20 MB are not read/],
];

test("the CLI says in one line why a file cannot be read, and exits 1", () => {
  for (const [name, message] of PROBLEMS()) {
    const run = cli(join(DIR, name));
    assert.equal(run.status, 1, name);
    assert.equal(run.stdout, "", name);
    assert.match(run.stderr, message, name);
    assert.equal(run.stderr.trim().split("\n").length, 1, `${name}: one line`);
  }
});

/** Drops a file on the text box as a user's drag and drop does. */
async function drop(page, file) {
  const bytes = [...readFileSync(file)];
  await page.evaluate(
    ([name, bytes]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      document.querySelector("section.input").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [basename(file), bytes],
  );
}

const openFile = (page, file) => page.setInputFiles('[data-testid="open-file"]', file);

test("the page reads a dropped PDF and an opened Word file, fetching its reader only then", async () => {
  const page = await open(ctx);
  const requests = [];
  page.context().on("request", (r) => requests.push(r.url()));
  await paste(page, "Policy Officer\nApply by 30 November 2099.");
  assert.ok(!requests.some((u) => u.includes("/documents/")), "no reader with the page");

  const fr = made.find((p) => p.lang === "fr");
  await drop(page, fr.pdf);
  await page.waitForFunction(() => document.querySelector('[data-testid="deadline"]')?.textContent.includes("30 June 2025"));
  assert.match(await page.textContent('[data-testid="languages"]'), /French/);
  assert.ok(requests.some((u) => u.endsWith("/documents/reader_bg.wasm")), "the reader fetched when used");
  // The text shown, highlighted and exported is the text read out of the file.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("button.primary")]);
  const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
  assertInOrder(exported.text, fr.text, "the page's export");
  assert.deepEqual(facts(exported), facts(JSON.parse(cli(fr.txt).stdout)));

  const de = made.find((p) => p.lang === "de");
  await openFile(page, de.docx);
  await page.waitForFunction(() => document.querySelector('[data-testid="deadline"]')?.textContent.includes("10 October 2025"));
  assert.match(await page.textContent('[data-testid="deadline"]'), /12:00/);
  assert.deepEqual(page.errors, []);
  assertOnlyLoopback({ requests }, ctx.url.slice(0, -1));
});

test("each file the page cannot read gets its message, and the work on screen stays", async () => {
  const page = await open(ctx);
  await paste(page, ICLEI);
  for (const [name, message] of PROBLEMS()) {
    await openFile(page, join(DIR, name));
    await page.waitForFunction((m) => new RegExp(m).test(document.querySelector('[data-testid="notice"].error')?.textContent ?? ""), message.source);
    assert.match(await page.textContent('[data-testid="notice"]'), /Your current work is unchanged\./);
    assert.equal(await page.inputValue("#posting"), ICLEI, `${name}: the text stays`);
    await page.click('[data-testid="notice"] button');
  }
  assert.deepEqual(page.errors, []);
});

test("after its first use the reader works offline", async () => {
  const page = await open(ctx);
  await controlled(page);
  const nl = made.find((p) => p.lang === "nl");
  await openFile(page, nl.pdf);
  await page.waitForFunction(() => document.querySelector('[data-testid="deadline"]')?.textContent.includes("9 February 2025"));
  // The service worker keeps the reader's three files as they arrive.
  await page.waitForFunction(async () => {
    const cached = await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)));
    return ["worker.js", "reader.js", "reader_bg.wasm"].every((f) => cached.flat().some((u) => u.endsWith(`/documents/${f}`)));
  });
  await page.context().setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-testid="results"]:not(.stale)');
  const en = made.find((p) => p.lang === "en");
  await openFile(page, en.docx);
  await page.waitForFunction(() => document.querySelector('[data-testid="deadline"]')?.textContent.includes("30 November 2025"));
  await page.context().setOffline(false);
  assert.deepEqual(page.errors, []);
});

test("a file opened while the first analysis is on its way is not lost", async () => {
  const page = await open(ctx);
  await paste(page, "Policy Officer\nApply by 30 November 2099.");
  const en = made.find((p) => p.lang === "en");
  for (const file of [en.docx, en.txt]) {
    await page.reload();
    await page.waitForSelector("#posting");
    // At once: the stored text's analysis has not arrived yet.
    await openFile(page, file);
    await page.waitForFunction(() => document.querySelector("#posting").value.includes("ICLEI"));
    await paste(page, "Policy Officer\nApply by 30 November 2099.");
  }
  assert.deepEqual(page.errors, []);
});
