// Each finding is found by its id and says why it was found: the checklist shows the reason
// under an item, the highlight's tooltip shows it, findings on one span share one highlight
// that names them all, and "Show in text" reaches each of them.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { open, paste, start } from "./harness.mjs";

let ctx;
before(async () => (ctx = await start()));
after(async () => ctx?.close());

const POSTING = `Policy Officer
We are a network of cities working on climate policy in Brussels.
Applications close on 30 November 2027.
Profile
- Fluent French is required; Dutch is an asset.
- Only candidates holding a valid residence and work permit for Belgium will be considered.
Send your CV to jobs@example.org.`;

test("reasons show under checklist items and in the highlights' tooltips", async () => {
  const page = await open(ctx);
  await paste(page, POSTING);
  const why = await page.$$eval('[data-testid="why"]', (els) =>
    Object.fromEntries(els.map((e) => [e.closest("li").dataset.id, e.textContent])),
  );
  assert.match(why["language-nl"], /^Why: asset: "is an asset" in its sentence/);
  assert.match(why["language-fr"], /required: "required" in its sentence; ≈C1: "Fluent" implies it/);
  assert.equal(why["deadline-deadline"], 'Why: deadline: "Applications close" before it');
  const tip = await page.getAttribute('mark[data-findings~="language-nl"]', "title");
  assert.match(tip, /Dutch — asset\nWhy: asset: "is an asset" in its sentence/);
  assert.deepEqual(page.errors, []);
});

test("two findings on one span share a highlight, and Show in text reaches each", async () => {
  const page = await open(ctx);
  await paste(page, POSTING);
  const shared = page.locator('mark[data-findings~="eligibility-work_permit"]');
  assert.equal(await shared.count(), 1);
  assert.equal(await shared.getAttribute("data-findings"), "eligibility-residence_permit eligibility-work_permit");
  const tip = await shared.getAttribute("title");
  assert.match(tip, /residence permit/);
  assert.match(tip, /work permit/);
  for (const id of ["eligibility-residence_permit", "eligibility-work_permit", "language-nl"]) {
    await page.locator(`li[data-id="${id}"]`).getByRole("button", { name: /^Show in text/ }).click();
    await page.waitForFunction(
      (id) => document.activeElement?.tagName === "MARK" && document.activeElement.dataset.findings.split(" ").includes(id),
      id,
    );
  }
  assert.deepEqual(page.errors, []);
});
