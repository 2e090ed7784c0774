// Hostile input in the browser: highlights land on the right characters whatever the text
// holds; pasted or imported markup stays text; the CSP blocks inline scripts and outside
// connections; a whole session requests only the page's own files; bad imports and broken
// storage get a plain message and lose nothing; two tabs never overwrite each other silently.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, assertOnlyLoopback, open, paste, start } from "./harness.mjs";

const ICLEI = readFileSync(join(ROOT, "web/examples/iclei-office-manager-en.txt"), "utf8");
const DE = readFileSync(join(ROOT, "web/examples/referent-europapolitik-bruessel-de.txt"), "utf8");
const KEY = "vacancy-lens/work";

let ctx;
before(async () => (ctx = await start()));
after(async () => ctx?.close());

const button = (page, name) => page.getByRole("button", { name, exact: true });
const notice = (page) => page.textContent('[data-testid="notice"]');
const checkedIds = (page) => page.$$eval(".item input:checked", (els) => els.map((e) => e.closest("li").dataset.id).sort());
const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);

async function importFile(page, contents, name = "export.json") {
  await page.setInputFiles('[data-testid="import"]', { name, mimeType: "application/json", buffer: Buffer.from(contents) });
}

async function exportJson(page) {
  const [file] = await Promise.all([page.waitForEvent("download"), button(page, "Download checklist (JSON)").click()]);
  return readFileSync(await file.path(), "utf8");
}

/** Counts dialogs (alert, confirm) the page opens: a script that ran would open one. */
function countDialogs(page) {
  const seen = { dialogs: 0 };
  page.on("dialog", async (d) => {
    seen.dialogs += 1;
    await d.dismiss();
  });
  return seen;
}

test("highlights land on the right characters after emoji, combining accents, ’ and NBSP", async () => {
  const text = [
    "🇧🇪 Policy Officer 👩🏽‍💻 — Cafe\u0301 Europe\u0301enne asbl",
    "L’organisation recrute. Deadline:\u00a030\u00a0November\u00a02025, 23:59 CET 🎯",
    "Languages: fluent English (C1) 🗣️ and French ; Dutch is an asset 👍🏻.",
    "Candidates must hold EU citizenship or a valid Belgian work permit ✅.",
    "Salary: EUR\u00a03.500 – 4.200 gross per month. Start: 1 February 2026.",
  ].join("\n");
  const page = await open(ctx);
  await paste(page, text);
  const chars = Array.from(text);
  const marks = await page.$$eval('[data-testid="posting-text"] mark', (els) =>
    els.map((m) => ({ kind: m.dataset.kind, from: +m.dataset.from, to: +m.dataset.to, text: m.textContent })),
  );
  const kinds = new Set(marks.map((m) => m.kind));
  for (const kind of ["deadline", "language", "eligibility"]) assert.ok(kinds.has(kind), `a ${kind} highlight: ${[...kinds]}`);
  for (const m of marks) assert.equal(m.text, chars.slice(m.from, m.to).join(""), `${m.kind} at ${m.from}..${m.to}`);
  // The whole text is shown once, in order: no character lost or doubled around a highlight.
  assert.equal(await page.textContent('[data-testid="posting-text"]'), text);
  // The export's evidence (the core's char offsets) slices the same characters.
  const exported = JSON.parse(await exportJson(page));
  const p = exported.postings[0];
  for (const e of [p.deadline.evidence, ...p.languages.map((l) => l.evidence), ...p.eligibility.map((c) => c.evidence)]) {
    assert.equal(e.text, chars.slice(e.start, e.end).join(""));
  }
  assert.match(p.deadline.evidence.text, /30\u00a0November\u00a02025/);
  assert.deepEqual(page.errors, []);
});

const MARKUP = [
  "Project Officer <script>alert('pasted')</script>",
  'Deadline: 30 November 2025 <img src=x onerror="alert(\'img\')">',
  '<a href="javascript:alert(\'link\')">Apply here</a> &lt;b&gt;bold&lt;/b&gt; &amp; &#x3C;i&#x3E;',
  "Fluent English required. <svg onload=alert('svg')></svg><iframe src=\"javascript:alert('frame')\"></iframe>",
].join("\n");

test("pasted or imported markup is shown as text: no dialog, no element, no request", async () => {
  const page = await open(ctx);
  const seen = countDialogs(page);
  await paste(page, MARKUP);
  const shown = await page.textContent('[data-testid="posting-text"]');
  assert.equal(shown, MARKUP, "every character of the markup is shown, entities undecoded");
  const inserted = await page.$$eval("#main script, #main img, #main a, #main svg, #main iframe", (els) => els.length);
  assert.equal(inserted, 0);

  const json = await exportJson(page);
  const fresh = await open(ctx);
  const seenFresh = countDialogs(fresh);
  await importFile(fresh, json);
  await fresh.waitForSelector('[data-testid="results"]');
  assert.equal(await fresh.textContent('[data-testid="posting-text"]'), MARKUP);
  assert.equal(await fresh.$$eval("#main script, #main img, #main a, #main svg, #main iframe", (els) => els.length), 0);
  await fresh.waitForTimeout(300);
  assert.equal(seen.dialogs + seenFresh.dialogs, 0, "no script ran");
  assertOnlyLoopback(page, ctx.url);
  assertOnlyLoopback(fresh, ctx.url);
});

test("the Content-Security-Policy blocks inline scripts and connections to other origins", async () => {
  const page = await open(ctx);
  const failures = new Map();
  page.on("requestfailed", (r) => failures.set(r.url(), r.failure()?.errorText));
  const result = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener("securitypolicyviolation", (e) => violations.push(e.effectiveDirective));
    const s = document.createElement("script");
    s.textContent = "window.__injected = true";
    document.body.append(s);
    const h = document.createElement("div");
    h.innerHTML = '<img src="https://example.org/pixel.png" onerror="window.__injected = true">';
    document.body.append(h);
    let fetched = "allowed";
    try {
      await fetch("https://example.org/collect", { method: "POST", body: "text" });
    } catch {
      fetched = "blocked";
    }
    await new Promise((ok) => setTimeout(ok, 200));
    return { injected: window.__injected === true, fetched, violations };
  });
  assert.equal(result.injected, false, "an injected inline script did not run");
  assert.equal(result.fetched, "blocked");
  for (const directive of ["script-src-elem", "connect-src", "img-src"]) {
    assert.ok(result.violations.includes(directive), `${directive} violation reported: ${result.violations}`);
  }
  // The browser announces the blocked image, then refuses it before any connection is made.
  for (const url of page.requests.filter((u) => !u.startsWith(ctx.url))) {
    assert.equal(failures.get(url), "csp", url);
  }
});

test("a whole session (load, paste, export, import) requests only the page's own files", async () => {
  const page = await open(ctx);
  await paste(page, ICLEI);
  await page.click('li[data-id="language-en"] input[type=checkbox]');
  const json = await exportJson(page);
  await button(page, "Copy JSON").click();
  await importFile(page, json);
  await page.waitForSelector('[data-testid="notice"]');
  await page.reload();
  await page.waitForSelector('[data-testid="results"]');
  const own = new Set(["", ...readdirSync(join(ROOT, "dist"))]);
  assert.ok(page.requests.length >= 3, `requests seen: ${page.requests}`);
  for (const url of page.requests) {
    if (url.startsWith("blob:")) continue; // the download's object URL, made in the page
    const u = new URL(url);
    assert.equal(u.origin + "/", ctx.url, `${url} is on loopback`);
    assert.ok(own.has(u.pathname.slice(1)), `${url} is one of the page's own files`);
  }
});

test("each bad import gets its own message and the work is unchanged; another posting can be undone", async () => {
  const page = await open(ctx);
  await paste(page, ICLEI);
  await page.click('li[data-id="language-fr"] input[type=checkbox]');
  const good = JSON.parse(await exportJson(page));
  const deep = "[".repeat(5000) + "]".repeat(5000);
  const wrongType = structuredClone(good);
  wrongType.postings[0].deadline.date = 20251130;
  const newer = { ...good, schema_version: 99 };
  const cases = [
    ["empty.json", "", /file is empty/],
    ["huge.json", " ".repeat(8 * 1024 * 1024 + 10), /larger than 8 MB/],
    ["deep.json", deep, /nests its data far deeper/],
    ["wrong-type.json", JSON.stringify(wrongType), /damaged at line \d+, column \d+: invalid type: integer `20251130`, expected a string/],
    ["newer.json", JSON.stringify(newer), /schema version 99/],
    ["list.json", "[1, 2, 3]", /not a Vacancy Lens export/],
  ];
  for (const [name, contents, message] of cases) {
    await importFile(page, contents, name);
    await page.waitForSelector('[data-testid="notice"].error');
    const said = await notice(page);
    assert.match(said, message, name);
    assert.match(said, /unchanged/, name);
    assert.equal(await page.inputValue("#posting"), ICLEI, name);
    assert.deepEqual(await checkedIds(page), ["language-fr"], name);
    await page.click('[data-testid="notice"] button');
  }

  // A valid export of another posting replaces the work, says so, and Undo brings it back.
  const other = await open(ctx);
  await paste(other, DE);
  const otherJson = await exportJson(other);
  await importFile(page, otherJson, "other.json");
  await page.waitForSelector('[data-testid="notice"].info');
  assert.match(await notice(page), /Imported .+, in place of .+Undo brings yours back/);
  assert.equal(await page.inputValue("#posting"), DE);
  await button(page, "Undo").click();
  await page.waitForSelector('[data-testid="results"]:not(.stale)');
  assert.equal(await page.inputValue("#posting"), ICLEI);
  assert.deepEqual(await checkedIds(page), ["language-fr"]);
});

test("a full storage is reported and the work stays on the page", async () => {
  const context = await ctx.browser.newContext();
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(value).length > 200) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  const page = await context.newPage();
  await page.goto(ctx.url);
  await page.waitForSelector("#posting");
  await paste(page, ICLEI);
  await page.waitForSelector('[data-testid="notice"].error');
  assert.match(await notice(page), /not saved in this browser \(this browser's storage for the page is full\)/);
  assert.match(await notice(page), /download the JSON/);
  assert.equal(await page.inputValue("#posting"), ICLEI);
  await page.click('li[data-id="language-en"] input[type=checkbox]');
  assert.deepEqual(await checkedIds(page), ["language-en"], "the page keeps working");
  const json = JSON.parse(await exportJson(page));
  assert.equal(json.text, ICLEI, "the download still has everything");
  await context.close();
});

/** A page whose storage holds `record` under the app's key before the app starts. */
async function openWithStored(record) {
  const context = await ctx.browser.newContext();
  await context.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      }
    },
    [KEY, record],
  );
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  await page.goto(ctx.url);
  await page.waitForSelector("#posting");
  return page;
}

/** The set-aside copies of `key`, oldest first. */
const setAside = (page, key) =>
  page.evaluate((key) => {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(`${key}.unreadable.`)).sort();
    return keys.map((k) => localStorage.getItem(k));
  }, key);

test("corrupted or foreign data under the app's key is set aside with a notice", async () => {
  for (const record of ["{not json", '{"version": 1, "text": 42}', '"just a string"', '{"version": 7, "text": "future", "marks": []}']) {
    const page = await openWithStored(record);
    await page.waitForSelector('[data-testid="notice"].error');
    assert.match(await notice(page), /could not be read \(.+\) and was set aside under "vacancy-lens\/work\.unreadable\.\d{4}-\d\d-\d\dT/);
    assert.deepEqual(await setAside(page, "vacancy-lens/work"), [record], "kept as it was");
    await paste(page, ICLEI);
    assert.equal((await stored(page)).text, ICLEI, "the page saves again afterwards");
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

for (const version of [1, 2]) test(`work saved by storage version ${version} is loaded and migrated`, async () => {
  const older = JSON.stringify({ version, text: ICLEI, marks: [{ checked: ["language-en"], dismissed: [], custom: [] }], ...(version === 2 ? { revision: 4 } : {}) });
  const page = await openWithStored(older);
  await page.waitForSelector('[data-testid="results"]');
  assert.equal(await page.inputValue("#posting"), ICLEI);
  assert.deepEqual(await checkedIds(page), ["language-en"]);
  assert.equal(await page.$('[data-testid="notice"]'), null, "no warning for an older version");
  await page.click('li[data-id="language-fr"] input[type=checkbox]');
  const record = await stored(page);
  assert.equal(record.version, 3);
  assert.ok(record.revision >= 1);
  assert.deepEqual(record.marks[0].checked, ["language-en", "language-fr"]);
  await page.context().close();
});

test("two tabs: each shows the other's saves, and neither overwrites the other silently", async () => {
  const context = await ctx.browser.newContext();
  const open = async () => {
    const page = await context.newPage();
    await page.goto(ctx.url);
    await page.waitForSelector("#posting");
    return page;
  };
  const a = await open();
  await paste(a, ICLEI);
  const b = await open();
  assert.equal(await b.inputValue("#posting"), ICLEI, "a new tab opens the saved work");

  // B ticks: A, which had not changed anything since, follows.
  await b.click('li[data-id="language-en"] input[type=checkbox]');
  await a.waitForSelector('li[data-id="language-en"] input:checked');
  assert.match(await notice(a), /Another tab saved newer work.+Undo brings back what this tab had/);

  // A saves while B's newer save has not reached it (written behind its back, as a race
  // would, record and revision key): A shows B's work instead of overwriting it, and Undo
  // brings A's back.
  await a.evaluate((key) => {
    const record = JSON.parse(localStorage.getItem(key));
    record.revision += 10;
    record.text += "\nEdited in another tab.";
    localStorage.setItem(key, JSON.stringify(record));
    localStorage.setItem(`${key}-revision`, String(record.revision));
  }, KEY);
  await a.fill("#posting", DE);
  await a.waitForFunction(() => document.querySelector("#posting").value.includes("Edited in another tab."));
  assert.match(await notice(a), /Another tab saved newer work/);
  const theirs = await a.inputValue("#posting");
  await button(a, "Undo").click();
  await a.waitForFunction((de) => document.querySelector("#posting").value === de, DE);
  // A's own work is saved now, and B follows it, keeping its own for Undo.
  await b.waitForFunction((de) => document.querySelector("#posting").value === de, DE);
  await button(b, "Undo").click();
  await b.waitForFunction((t) => document.querySelector("#posting").value === t, theirs);
  await context.close();
});
