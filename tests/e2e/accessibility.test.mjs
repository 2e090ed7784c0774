// Accessibility: axe-core's WCAG 2 A and AA rules (labels, roles, names, colour contrast) on the
// empty page and on an analysed posting, at desktop and phone widths, and a print view that
// keeps the summary and checklist.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ROOT, open, paste, start } from "./harness.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const ICLEI = readFileSync(join(ROOT, "web/examples/iclei-office-manager-en.txt"), "utf8");

let ctx;
before(async () => (ctx = await start()));
after(async () => ctx?.close());

/** Runs axe in the page. The page's CSP forbids injected scripts, so this context bypasses it. */
async function violations(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target})`);
  });
}

for (const [label, viewport] of [["desktop", { width: 1280, height: 800 }], ["phone", { width: 360, height: 740 }]]) {
  test(`no WCAG A/AA violations, ${label}`, async () => {
    const page = await open(ctx, viewport, { bypassCSP: true });
    assert.deepEqual(await violations(page), [], "empty page");
    await paste(page, ICLEI);
    assert.deepEqual(await violations(page), [], "analysed posting");
  });
}

test("printing keeps the summary and the checklist and drops the controls", async () => {
  const page = await open(ctx);
  await paste(page, ICLEI);
  await page.emulateMedia({ media: "print" });
  const shown = (sel) => page.$eval(sel, (e) => getComputedStyle(e).display !== "none");
  assert.ok(await shown(".cards"));
  assert.ok(await shown(".checklist"));
  assert.ok(!(await shown(".input")));
  assert.ok(!(await shown(".toolbar")));
});
