// The page analyses what a user pastes: deadline card, language badges and eligibility items
// match the hand-checked gold, and every category found is highlighted in the text.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, corpus, firstGold, goldPostingCount, open, paste, start } from "./harness.mjs";

let ctx;
before(async () => (ctx = await start()));
after(async () => ctx?.close());

test("pasting a posting shows its analysis", async () => {
  const page = await open(ctx);
  await paste(page, readFileSync(join(ROOT, "web/examples/iclei-office-manager-en.txt"), "utf8"));
  assert.equal(await page.getAttribute('[data-testid="deadline"]', "data-date"), "2025-11-30");
  const badges = await page.$$eval("[data-language]", (els) => els.map((e) => `${e.dataset.language}:${e.dataset.requirement}`));
  assert.deepEqual(badges, ["en:required", "fr:required", "nl:asset", "de:asset"]);
  assert.deepEqual(page.errors, []);
});

for (const { name, text, gold } of corpus()) {
  test(`corpus ${name}: cards match the gold and findings are highlighted`, async () => {
    const page = await open(ctx);
    await paste(page, text);
    const g = firstGold(gold);
    const tabs = await page.$$('[role="tab"]');
    assert.equal(Math.max(tabs.length, 1), goldPostingCount(gold), "one tab per posting");
    const deadline = await page.getAttribute('[data-testid="deadline"]', "data-date");
    assert.equal(deadline, g.deadline?.date ?? null, "deadline card");
    const badges = await page.$$eval("[data-language]", (els) => els.map((e) => `${e.dataset.language}:${e.dataset.requirement}`).sort());
    const want = (g.languages ?? []).map((l) => `${l.language}:${l.requirement}`).sort();
    assert.deepEqual(badges, want, "language badges");
    const kinds = await page.$$eval('[data-testid="eligibility"] li', (els) => els.map((e) => e.dataset.kind).sort());
    const wantKinds = (g.eligibility ?? []).map((k) => (typeof k === "string" ? k : k.kind)).sort();
    assert.deepEqual(kinds, wantKinds, "eligibility items");
    const marked = new Set(await page.$$eval("mark[data-kind]", (els) => els.map((e) => e.dataset.kind)));
    if (g.deadline) assert.ok(marked.has("deadline"), "deadline highlighted");
    if (want.length) assert.ok(marked.has("language"), "languages highlighted");
    if (wantKinds.length) assert.ok(marked.has("eligibility"), "eligibility highlighted");
    assert.deepEqual(page.errors, []);
  });
}
