// Corrections by the user: a deadline taken from another highlighted date (with the mouse, and
// with the keyboard only), a language switched to required, a condition added from words
// selected in the text; everything downstream follows (card, days left, the .ics read by an
// independent parser, verdicts, the export), survives a reload and an export/import, and a
// test case saved from the page scores 1.00 with `vacancy-lens score`.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, assertOnlyLoopback, open, paste, start } from "./harness.mjs";

const POSTING = `Policy Officer
European Example Network, Brussels
Deadline for applications: 30 January 2027 at 23:59 CET.
Interviews will take place on 15 February 2027.
Fluent French is required; Dutch is an asset.
Candidates should be based within commuting distance of Ghent.
Gross salary EUR 3.500 per month.
Apply to jobs@example.org.`;
const PYTHON = join(ROOT, ".venv", "bin", "python");
const CLI = join(ROOT, "target", "release", "vacancy-lens");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let ctx;
before(async () => (ctx = await start()));
after(async () => ctx?.close());

const button = (page, name) => page.getByRole("button", { name, exact: true });
const card = (page) => page.textContent('[data-testid="deadline"] .big');

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), button(page, name).click()]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

/** Days from the browser's today to a date, as the page counts them. */
const daysTo = (page, iso) =>
  page.evaluate((iso) => {
    const now = new Date();
    const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    return Math.round((Date.parse(iso) - today) / 86400000);
  }, iso);

/** Selects `words` in the highlighted text as a user would, and lets go of the mouse (or, with
 *  `touch`, only selects, as a long press and its handles do). */
async function select(page, words, { touch = false } = {}) {
  const found = await page.evaluate(([words, touch]) => {
    const view = document.querySelector('[data-testid="posting-text"]');
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      if (!touch) node.parentElement.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return true;
    }
    return false;
  }, [words, touch]);
  assert.ok(found, `"${words}" is in one piece of the highlighted text`);
  await page.waitForSelector('[data-testid="picked"]');
}

test("another highlighted date becomes the deadline: card, days left, .ics and export follow", async () => {
  const page = await open(ctx);
  await paste(page, POSTING);
  assert.equal(await card(page), "30 January 2027 23:59 CET");
  await page.click('mark[data-kind="date"]:has-text("15 February 2027")');
  await button(page, "Use this date as the deadline").click();
  await page.waitForFunction(() => document.querySelector('[data-testid="deadline"] .big').textContent.startsWith("15 February 2027"));
  assert.match(await card(page), /^15 February 2027\s*edited/);
  const edited = page.locator('[data-testid="deadline"] [data-testid="edited"]');
  assert.match(await edited.getAttribute("title"), /The analysis found: 30 January 2027 23:59 CET/);
  const days = await daysTo(page, "2027-02-15");
  assert.equal(await page.textContent('[data-testid="deadline"] .status'), `in ${days} days`);
  assert.match(await page.textContent('li[data-id="deadline-deadline"] label'), /^Apply before 15 February 2027$/);

  const { path } = await download(page, "Add deadline to calendar");
  assert.ok(existsSync(PYTHON), "scripts/setup test installs .venv with icalendar");
  const ics = JSON.parse(execFileSync(PYTHON, [join(ROOT, "tests", "e2e", "ics_check.py"), path], { encoding: "utf8" }));
  assert.equal(ics.events[0].start, "2027-02-15", "a date alone is a whole-day event");
  assert.ok(ics.events[0].all_day);

  const exported = JSON.parse(readFileSync((await download(page, "Download checklist (JSON)")).path, "utf8"));
  const [p] = exported.postings;
  assert.equal(p.deadline.date, "2027-02-15");
  assert.equal(p.deadline.reasons[0].rule, "user.correction");
  assert.deepEqual(p.corrections.map((c) => [c.finding, c.value.date, c.original.date, c.original.time]), [["deadline", "2027-02-15", "2027-01-30", "23:59"]]);

  // Revert brings the analysis' own deadline back.
  await page.getByRole("button", { name: /^Revert the deadline/ }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="deadline"] .big').textContent === "30 January 2027 23:59 CET");
  assertOnlyLoopback(page, ctx.url);
  assert.deepEqual(page.errors, []);
});

test("the deadline is corrected with the keyboard alone, and typed with its time and zone", async () => {
  const page = await open(ctx);
  await paste(page, POSTING);
  await page.focus('[data-testid="correct-deadline"] summary');
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  assert.match(await page.evaluate(() => document.activeElement.textContent), /^Use 15 February 2027/);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector('[data-testid="deadline"] .big').textContent.startsWith("15 February 2027"));
  await page.getByRole("button", { name: /^Revert the deadline/ }).press("Enter");
  await page.waitForFunction(() => document.querySelector('[data-testid="deadline"] .big').textContent.startsWith("30 January 2027"));

  // A highlighted date, focused and picked with Enter, then "Use this date as the deadline".
  await page.focus('mark[data-kind="date"]:has-text("15 February 2027")');
  await page.keyboard.press("Enter");
  // The bar takes the focus once drawn (a moment after it appears).
  await page.waitForFunction(() => document.activeElement?.textContent === "Use this date as the deadline");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector('[data-testid="deadline"] .big').textContent.startsWith("15 February 2027"));

  // A typed date, time and zone; a wrong one is refused with a message and changes nothing.
  await page.locator('[data-testid="correct-deadline"] input[name="date"]').fill("2027-03-01");
  await page.locator('[data-testid="correct-deadline"] select[name="zone"]').selectOption("Europe/Brussels");
  await page.locator('[data-testid="correct-deadline"] input[name="date"]').press("Enter");
  assert.match(await page.textContent('[data-testid="notice"]'), /A zone needs a time/);
  assert.match(await card(page), /^15 February 2027/);
  await page.locator('[data-testid="correct-deadline"] input[name="time"]').fill("12:00");
  await page.locator('[data-testid="correct-deadline"] input[name="time"]').press("Enter");
  await page.waitForFunction(() => document.querySelector('[data-testid="deadline"] .big').textContent.startsWith("1 March 2027 12:00 Europe/Brussels"));
  assert.match(await page.textContent('[data-testid="deadline"]'), /UTC\+01:00/);
  await button(page, "There is no deadline").click();
  await page.waitForFunction(() => document.querySelector('[data-testid="deadline"] .big').textContent.startsWith("None"));
  assert.equal(await page.$('li[data-id="deadline-deadline"]'), null);
});

test("a language switched to required changes the verdict; a condition added from a selection; all kept", async () => {
  const page = await open(ctx);
  await page.evaluate(() =>
    localStorage.setItem("vacancy-lens/profile", JSON.stringify({ version: 1, profile: { languages: [{ language: "fr", level: "C2" }] }, revision: 1 })),
  );
  await page.reload();
  await paste(page, POSTING);
  assert.match(await page.textContent('[data-testid="tally"]'), /^Required items: 0 not met/);

  const dutch = page.locator('li[data-id="language-nl"]');
  await dutch.locator('[data-testid="correct-item"] summary').click();
  await dutch.locator('select[name="requirement"]').selectOption("required");
  await page.waitForFunction(() => document.querySelector('[data-testid="tally"]').textContent.startsWith("Required items: 1 not met"));
  assert.equal(await page.getAttribute('[data-testid="languages"] li[data-language="nl"]', "data-requirement"), "required");
  assert.equal(await dutch.locator('[data-testid="verdict"]').getAttribute("data-status"), "not-met");
  assert.ok(await dutch.locator('[data-testid="edited"]').isVisible());

  await select(page, "Candidates should be based within commuting distance of Ghent.");
  await page.locator('[data-testid="picked"] select[name="what"]').selectOption("local_residence");
  await page.locator('[data-testid="picked"]').getByRole("button", { name: "Add", exact: true }).click();
  await page.waitForSelector('[data-testid="eligibility"] li[data-kind="local_residence"]');
  assert.match(await page.textContent('[data-testid="eligibility"] li[data-kind="local_residence"]'), /Living in the country, or moving there is required\./);
  await page.click('li[data-id="eligibility-local_residence"] .link-button:has-text("Show in text")');
  assert.match(await page.textContent("mark.flash"), /based within commuting distance of Ghent/);

  const state = async () => ({
    deadline: await card(page),
    nl: await page.getAttribute('[data-testid="languages"] li[data-language="nl"]', "data-requirement"),
    living: await page.textContent('[data-testid="eligibility"]'),
    corrections: await page.textContent('[data-testid="corrections"] summary'),
  });
  const before = await state();
  assert.equal(before.corrections, "Your corrections (2)");
  await page.reload();
  await page.waitForSelector('[data-testid="results"]');
  assert.deepEqual(await state(), before, "kept across a reload");
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("vacancy-lens/work")));
  assert.equal(stored.version, 3);
  assert.equal(stored.marks[0].corrections.length, 2);

  // Export, then import into a fresh page: the same corrections come back.
  const file = await download(page, "Download checklist (JSON)");
  const fresh = await open(ctx);
  await fresh.setInputFiles('[data-testid="import"]', { name: file.name, mimeType: "application/json", buffer: readFileSync(file.path) });
  await fresh.waitForSelector('[data-testid="corrections"]');
  assert.equal(await fresh.textContent('[data-testid="corrections"] summary'), "Your corrections (2)");
  assert.equal(await fresh.getAttribute('[data-testid="languages"] li[data-language="nl"]', "data-requirement"), "required");
  assert.match(await fresh.textContent('[data-testid="eligibility"]'), /Living in the country/);

  // Its words gone from the text, a correction no longer applies, and the page says which.
  await fresh.fill("#posting", POSTING.replace("Dutch is an asset", "German is an asset"));
  await fresh.waitForFunction(() => /no longer applies: language-nl/.test(document.querySelector('[data-testid="notice"]')?.textContent ?? ""));
  assert.equal(await fresh.textContent('[data-testid="corrections"] summary'), "Your corrections (1)");
  assertOnlyLoopback(page, ctx.url);
});

test("a test case saved from the page scores 1.00 against the corrected export with vacancy-lens score", async () => {
  const page = await open(ctx);
  await paste(page, POSTING);
  await page.click('mark[data-kind="date"]:has-text("15 February 2027")');
  await button(page, "Use this date as the deadline").click();
  const dutch = page.locator('li[data-id="language-nl"]');
  await dutch.locator('[data-testid="correct-item"] summary').click();
  await dutch.locator('select[name="requirement"]').selectOption("required");
  await select(page, "based within commuting distance of Ghent");
  await page.locator('[data-testid="picked"] select[name="what"]').selectOption("local_residence");
  await page.locator('[data-testid="picked"]').getByRole("button", { name: "Add", exact: true }).click();
  await page.waitForSelector('[data-testid="eligibility"] li[data-kind="local_residence"]');
  // The salary, as the user types it.
  await page.click('[data-testid="correct-conditions"] summary');
  await page.locator('[data-testid="correct-conditions"] input[name="min"]').fill("3.500");
  await page.locator('[data-testid="correct-conditions"] input[name="max"]').fill("4.200");
  await page.locator('[data-testid="correct-conditions"]').getByRole("button", { name: "Set salary" }).click();
  await page.waitForFunction(() => /EUR 3500–4200 per month/.test(document.querySelector(".conditions").textContent));

  const downloads = [];
  page.on("download", (d) => downloads.push(d));
  await button(page, "Save as a test case").click();
  await page.waitForFunction(() => true);
  for (let i = 0; i < 50 && downloads.length < 2; i++) await page.waitForTimeout(100);
  const names = downloads.map((d) => d.suggestedFilename()).sort();
  assert.equal(names.length, 2, names.join(", "));
  const [gold, txt] = names;
  assert.match(txt, /\.txt$/);
  assert.equal(gold, txt.replace(/\.txt$/, ".gold.json"));
  const corpus = mkdtempSync(join(tmpdir(), "vacancy-lens-case-"));
  const exports = join(corpus, "exports");
  mkdirSync(exports);
  for (const d of downloads) await d.saveAs(join(corpus, d.suggestedFilename()));
  assert.equal(readFileSync(join(corpus, txt), "utf8"), POSTING);
  const answers = JSON.parse(readFileSync(join(corpus, gold), "utf8"));
  const [p] = answers.postings;
  assert.equal(p.deadline.date, "2027-02-15");
  assert.deepEqual(p.languages.map((l) => [l.language, l.requirement]), [["fr", "required"], ["nl", "required"]]);
  assert.deepEqual(p.eligibility, ["local_residence"]);
  assert.deepEqual([p.salary.min, p.salary.max, p.salary.period], [3500, 4200, "month"]);
  assert.match(p.notes, /Corrected by the user/);

  const exported = readFileSync((await download(page, "Download checklist (JSON)")).path, "utf8");
  writeFileSync(join(exports, txt.replace(/\.txt$/, ".json")), exported);
  assert.ok(existsSync(CLI), "make test builds the release CLI before the browser tests");
  const floors = ["postings", "deadline", "languages", "language_codes", "eligibility", "salary"].flatMap((f) => ["--min", `${f}=1`]);
  const report = execFileSync(CLI, ["score", corpus, "--exports", exports, ...floors], { encoding: "utf8" });
  assert.match(report, /texts=1 errors=0 postings=1\.00 deadline=1\.00 .*languages=1\.00/);
  // The analysis alone, without the user's corrections, does not match them.
  let uncorrected = "";
  try {
    execFileSync(CLI, ["score", corpus, "--min", "deadline=1"], { encoding: "utf8" });
  } catch (e) {
    uncorrected = e.stdout;
  }
  assert.match(uncorrected, /below floor: deadline 0\.000 < 1/);
});

test("on a phone, a selection made by touch offers to add its words", async () => {
  const page = await open(ctx, { width: 390, height: 844 }, { hasTouch: true, isMobile: true });
  await paste(page, POSTING);
  await select(page, "Candidates should be based within commuting distance of Ghent.", { touch: true });
  await page.locator('[data-testid="picked"] select[name="what"]').selectOption("condition");
  await page.locator('[data-testid="picked"]').getByRole("button", { name: "Add", exact: true }).click();
  await page.waitForSelector('[data-testid="corrections"]');
  assert.match(await page.textContent(".checklist"), /Candidates should be based within commuting distance of Ghent\./);
  assert.deepEqual(page.errors, []);
});

test("the editing controls pass axe-core's WCAG 2 A/AA rules", async () => {
  const page = await open(ctx, { width: 1280, height: 800 }, { bypassCSP: true });
  await paste(page, POSTING);
  await page.click('li[data-id="language-nl"] [data-testid="correct-item"] summary');
  await page.click('[data-testid="correct-deadline"] summary');
  await page.click('[data-testid="correct-conditions"] summary');
  await select(page, "Candidates should be based within commuting distance of Ghent.");
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target})`);
  });
  assert.deepEqual(violations, []);
});
