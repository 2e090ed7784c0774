// Beyond the page: it works offline after the first visit, the deadline goes to a calendar
// (checked by an independent iCalendar parser), the posting exports as schema.org JSON-LD,
// copies as a spreadsheet row, and saved analyses stay across reloads, sorted by deadline.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, SHARED, assertOnlyLoopback, controlled, open, paste, start } from "./harness.mjs";

const seed = (n) => readFileSync(join(SHARED, "corpus", "dev", `seed_00${n}.txt`), "utf8");
const PYTHON = join(ROOT, ".venv", "bin", "python");

let ctx;
before(async () => (ctx = await start()));
after(async () => ctx?.close());

const button = (page, name) => page.getByRole("button", { name, exact: true });

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), button(page, name).click()]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

test("after the first visit the page reloads and analyses with the network off", async () => {
  const page = await open(ctx);
  await controlled(page);
  const manifest = await page.evaluate(async () => (await fetch("manifest.webmanifest")).json());
  assert.equal(manifest.name, "Vacancy Lens");
  assert.equal(manifest.display, "standalone");

  await page.context().setOffline(true);
  await page.reload();
  await page.waitForSelector("#posting");
  await paste(page, seed(4));
  assert.match(await page.textContent('[data-testid="eligibility"]'), /NATO/);
  await page.context().setOffline(false);
  assertOnlyLoopback(page, ctx.url);
  assert.deepEqual(page.errors, []);
});

test("a new release replaces the cached one: the worker's cache is named after the build", async () => {
  const sw = readFileSync(join(ROOT, "dist", "sw.js"), "utf8");
  const page = await open(ctx);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const caches = await page.evaluate(() => caches.keys());
  const cache = sw.match(/const CACHE = "([^"]+)"/)[1];
  assert.deepEqual(caches, [cache], "only this build's cache");
  assert.match(sw, /skipWaiting/);
  assert.match(sw, /k !== CACHE\).map\(\(k\) => caches\.delete\(k\)\)/);
});

/** The .ics a user downloads for a posting, read by Python's icalendar. */
async function calendarOf(text) {
  const page = await open(ctx);
  await paste(page, text);
  const { name, path } = await download(page, "Add deadline to calendar");
  assert.match(name, /\.ics$/);
  assert.ok(existsSync(PYTHON), "scripts/setup test installs .venv with icalendar");
  return JSON.parse(execFileSync(PYTHON, [join(ROOT, "tests", "e2e", "ics_check.py"), path], { encoding: "utf8" }));
}

test("the .ics parses independently and starts at the right instant for CET and CEST", async () => {
  const winter = await calendarOf("Policy Officer\nEuropean Example Network\nDeadline: 30 November 2025 at 23:59 CET\nApply to jobs@example.org");
  assert.equal(winter.version, "2.0");
  const [w] = winter.events;
  assert.equal(w.start, "2025-11-30T22:59:00+00:00", "23:59 CET is 22:59 UTC");
  assert.deepEqual(w.alarms, ["-3 days, 0:00:00"]);
  assert.match(w.summary, /Apply: Policy Officer/);
  assert.match(w.description, /jobs@example\.org/);

  const summer = await calendarOf("Chargé de projets\nDate limite : 15 juin 2026 à 12h00 (heure de Bruxelles)");
  assert.equal(summer.events[0].start, "2026-06-15T10:00:00+00:00", "12:00 Brussels time in June is 10:00 UTC");

  const allDay = await calendarOf(seed(0));
  assert.equal(allDay.events[0].start, "2025-11-30");
  assert.equal(allDay.events[0].all_day, true);
  assert.equal(allDay.events[0].end, "2025-12-01");
});

test("the JSON-LD of seed_000 is a schema.org JobPosting with the fields found", async () => {
  const page = await open(ctx);
  await paste(page, seed(0));
  const { name, path } = await download(page, "Download JSON-LD");
  assert.match(name, /\.jsonld$/);
  const ld = JSON.parse(readFileSync(path, "utf8"));
  assert.equal(ld["@context"], "https://schema.org/");
  assert.equal(ld["@type"], "JobPosting");
  assert.equal(ld.validThrough, "2025-11-30");
  assert.equal(ld.jobStartDate, "2026-01-01");
  assert.deepEqual(ld.employmentType, ["PART_TIME", "TEMPORARY"]);
  assert.deepEqual(ld.hiringOrganization, { "@type": "Organization", name: "ICLEI – Local Governments for Sustainability" });
  assert.equal(ld.jobLocation.address.addressLocality, "Brussels, Belgium");
  assert.equal(ld.jobLocation.address.addressCountry, "BE");
  assert.deepEqual(ld.baseSalary.value, { "@type": "QuantitativeValue", minValue: 42012, maxValue: 44568, unitText: "YEAR" });
  assert.equal(ld.baseSalary.currency, "EUR");
  assert.match(ld.eligibilityToWorkRequirement, /EU member state/);
  assert.match(ld.workHours, /Part time, 20–30 h\/week/);
  assert.equal(ld.applicationContact.email, "jobs.europe@iclei.org");
  assert.ok(ld.description.length > 1000);
});

test("copy as table row puts a tab-separated row on the clipboard", async () => {
  const context = await ctx.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto(ctx.url);
  await page.waitForSelector("#posting");
  await paste(page, seed(0));
  await button(page, "Copy as table row").click();
  await page.waitForSelector('[data-testid="notice"]');
  const row = await page.evaluate(() => navigator.clipboard.readText());
  const cells = row.split("\t");
  assert.equal(cells.length, 8);
  assert.equal(cells[2], "2025-11-30");
  assert.match(cells[4], /^English ≈C1 \(required\); French/);
  assert.match(cells[6], /^EUR 42012–44568 per year/);
  await context.close();
});

test("saved analyses survive a reload, are sorted by deadline, open, and delete", async () => {
  const page = await open(ctx);
  const titles = () => page.$$eval('[data-testid="saved-item"]', (els) => els.map((e) => e.dataset.deadline));
  const texts = [
    "Project Assistant\nApply by 20 March 2026.",
    "Policy Officer\nDeadline: 5 January 2026",
    "Chargée de mission\nSans date limite.",
    "Referentin\nBewerbungsschluss: 1. Februar 2026",
  ];
  for (const text of texts) {
    await paste(page, text);
    await button(page, "Save to my list").click();
  }
  await page.click('li[data-id^="deadline"] input[type=checkbox]').catch(() => {});
  await page.reload();
  await page.waitForSelector("#posting");
  await page.click('[data-testid="saved"] summary');
  assert.deepEqual(await titles(), ["2026-01-05", "2026-02-01", "2026-03-20", ""]);
  assert.match(await page.textContent('[data-testid="saved"] summary'), /Saved analyses \(4\)/);

  await page.getByRole("button", { name: "Open Policy Officer" }).click();
  await page.waitForSelector('[data-testid="results"]:not(.stale)');
  assert.equal(await page.inputValue("#posting"), texts[1]);
  assert.match(await page.textContent('[data-testid="notice"]'), /Opened “Policy Officer”/);

  const { path } = await download(page, "Download CSV");
  const lines = readFileSync(path, "utf8").trim().split("\r\n");
  assert.equal(lines[0], "Organisation,Title,Deadline,Days left,Languages,Eligibility,Salary,Link");
  assert.deepEqual(lines.slice(1).map((l) => l.split(",")[1]), ["Policy Officer", "Referentin", "Project Assistant", "Chargée de mission"]);

  await page.getByRole("button", { name: "Delete Referentin" }).click();
  assert.deepEqual(await titles(), ["2026-01-05", "2026-03-20", ""]);
  await page.reload();
  await page.waitForSelector("#posting");
  await page.click('[data-testid="saved"] summary');
  assert.deepEqual(await titles(), ["2026-01-05", "2026-03-20", ""]);
  await button(page, "Delete all").click();
  assert.deepEqual(await titles(), []);
  assertOnlyLoopback(page, ctx.url);
});
