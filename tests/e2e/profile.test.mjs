// The private profile: set it as a user would, see each posting's items checked against it
// with reasons, keep it across a reload, export and import it on its own, remove it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED, assertOnlyLoopback, open, paste, start } from "./harness.mjs";

const seed = (n) => readFileSync(join(SHARED, "corpus", "dev", `seed_00${n}.txt`), "utf8");

let ctx;
before(async () => (ctx = await start()));
after(async () => ctx?.close());

const button = (page, name) => page.getByRole("button", { name, exact: true });

/** Every verdict shown, by checklist item id. */
const verdicts = (page) =>
  page.$$eval('[data-testid="verdict"]', (els) =>
    Object.fromEntries(els.map((v) => [v.closest("li").dataset.id, { status: v.dataset.status, text: v.textContent }])),
  );

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), button(page, name).click()]);
  return JSON.parse(readFileSync(await file.path(), "utf8"));
}

/** Fills the profile form: English C2, French B1, Irish citizenship; saves it. */
async function setProfile(page) {
  await page.click('[data-testid="profile"] summary');
  await button(page, "Add a language").click();
  await page.selectOption("#lang-0", "en");
  await page.selectOption("#lang-0-level", "C2");
  await button(page, "Add a language").click();
  await page.selectOption("#lang-1", "fr");
  await page.selectOption("#lang-1-level", "B1");
  await page.selectOption("#citizenship-add", "IE");
  await button(page, "Save profile").click();
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await page.textContent('[data-testid="notice"]'), /Profile saved in this browser/);
}

test("a profile checks each posting, survives a reload, and its removal clears the verdicts", async () => {
  const page = await open(ctx);
  await setProfile(page);
  assert.deepEqual(await page.$$eval('[data-testid="citizenship"]', (els) => els.map((e) => e.firstChild.textContent)), ["Ireland"]);

  await paste(page, seed(0));
  let v = await verdicts(page);
  assert.equal(v["language-en"].status, "met");
  assert.equal(v["language-fr"].status, "not-met");
  assert.match(v["language-fr"].text, /French required at ≈C1; your (spoken |written )?French is B1/);
  assert.equal(v["eligibility-citizenship"].status, "met");
  assert.match(v["eligibility-citizenship"].text, /Only citizens of an EU member state; you are a citizen of Ireland/);
  // The work permit is asked for the EU: an Irish citizen needs none there.
  assert.equal(v["eligibility-work_permit"].status, "met");
  assert.match(v["eligibility-work_permit"].text, /as a citizen of Ireland you need no permit there/);
  assert.equal(v["language-nl"].status, "not-met", "an asset is judged too");
  const tally = await page.textContent('[data-testid="tally"]');
  assert.match(tally, /Required items: 1 not met, \d+ met, \d+ unknown · deadline 30 November 2025/);
  assert.match(await page.textContent('[data-testid="profile-check"] .blocking'), /Blocking: French at C1/);
  assert.equal(await page.isChecked('li[data-id="language-en"] input'), false, "a verdict never ticks an item");

  await paste(page, seed(4));
  v = await verdicts(page);
  assert.equal(v["eligibility-citizenship"].status, "not-met");
  assert.match(v["eligibility-citizenship"].text, /Only citizens of a NATO member; you are a citizen of Ireland — Ireland is not a NATO member/);
  assert.equal(v["eligibility-security_clearance"].status, "unknown");

  // Adding a NATO clearance (the panel is still open) settles that item.
  await page.selectOption("#clearance", "nato");
  await page.fill("#clearance-level", "NATO SECRET");
  await page.press("#clearance-level", "Tab");
  await button(page, "Save profile").click();
  await page.waitForSelector('li[data-id="eligibility-security_clearance"] [data-status="met"]');
  assert.match((await verdicts(page))["eligibility-security_clearance"].text, /NATO clearance \(NATO SECRET\)/);

  await page.reload();
  await page.waitForSelector('[data-testid="results"]');
  assert.match(await page.textContent('[data-testid="profile"] summary'), /Your profile \(set/);
  assert.equal((await verdicts(page))["eligibility-citizenship"].status, "not-met");

  const exported = await download(page, "Download checklist (JSON)");
  const item = exported.postings[0].checklist.find((i) => i.id === "eligibility-citizenship");
  assert.equal(item.verdict.status, "not_met");
  assert.ok(!JSON.stringify(exported).includes("citizenships"), "the checklist export never carries the profile");

  await page.click('[data-testid="profile"] summary');
  await button(page, "Remove profile").click();
  await page.waitForSelector('[data-testid="profile-check"]', { state: "detached" });
  assert.deepEqual(await verdicts(page), {});
  assert.match(await page.textContent('[data-testid="profile"] summary'), /not set/);
  await page.reload();
  await page.waitForSelector('[data-testid="results"]');
  assert.deepEqual(await verdicts(page), {}, "removed for good");
  assert.ok(!JSON.stringify(await download(page, "Download checklist (JSON)")).includes('"verdict"'));
  assertOnlyLoopback(page, ctx.url);
  assert.deepEqual(page.errors, []);
});

test("the profile exports and imports on its own; a bad profile file is refused", async () => {
  const page = await open(ctx);
  await setProfile(page);
  await page.click('[data-testid="profile"] summary');
  await page.click('[data-testid="profile"] summary');
  const file = await download(page, "Export profile");
  assert.equal(file.schema, "vacancy-lens/profile");
  assert.deepEqual(file.profile.citizenships, ["IE"]);
  assert.deepEqual(file.profile.languages.map((l) => [l.language, l.level]), [["en", "C2"], ["fr", "B1"]]);

  const fresh = await open(ctx);
  const put = (name, contents) =>
    fresh.setInputFiles('[data-testid="profile-import"]', { name, mimeType: "application/json", buffer: Buffer.from(contents) });
  await fresh.click('[data-testid="profile"] summary');
  for (const [contents, message] of [
    ['{"schema": "vacancy-lens/checklist"}', /not a Vacancy Lens profile/],
    ['{"schema": "vacancy-lens/profile", "schema_version": 1,\n "profile": {"languages": [{"language": "nl", "level": "D9"}]}}', /damaged at line 2/],
  ]) {
    await put("bad.json", contents);
    await fresh.waitForSelector('[data-testid="notice"].error');
    assert.match(await fresh.textContent('[data-testid="notice"]'), message);
    assert.match(await fresh.textContent('[data-testid="notice"]'), /Your profile is unchanged/);
    await fresh.click('[data-testid="notice"] button');
  }
  assert.match(await fresh.textContent('[data-testid="profile"] summary'), /not set/);
  await put("profile.json", JSON.stringify(file));
  await fresh.waitForSelector('[data-testid="notice"].info');
  assert.match(await fresh.textContent('[data-testid="profile"] summary'), /Your profile \(set/);
  await paste(fresh, seed(4));
  assert.equal((await verdicts(fresh))["eligibility-citizenship"].status, "not-met");
});

test("an unreadable stored profile is set aside with a notice; the page keeps working", async () => {
  const context = await ctx.browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("vacancy-lens/profile", '{"version": 1, "profile": {"languages": "all of them"}}');
      sessionStorage.setItem("seeded", "1");
    }
  });
  const page = await context.newPage();
  await page.goto(ctx.url);
  await page.waitForSelector('[data-testid="notice"].error');
  assert.match(await page.textContent('[data-testid="notice"]'), /saved profile could not be read \(.+\) and was set aside under "vacancy-lens\/profile\.unreadable\.\d{4}-/);
  assert.deepEqual(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("vacancy-lens/profile.unreadable.")).map((k) => localStorage.getItem(k))),
    ['{"version": 1, "profile": {"languages": "all of them"}}'],
  );
  assert.match(await page.textContent('[data-testid="profile"] summary'), /not set/);
  await paste(page, seed(4));
  assert.deepEqual(await verdicts(page), {});
  await context.close();
});
