// The interface in the user's language, and the page that leads with the answer: French from a
// fr-BE browser, Dutch chosen in the header and kept across a reload, the other languages
// fetched only when chosen, the deadline and the languages in view on a phone after a paste,
// WCAG A/AA in all four languages, and screenshots of each for review (test-results/).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { OUT, ROOT, assertOnlyLoopback, open, paste, start } from "./harness.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const FRENCH = readFileSync(join(ROOT, "web/examples/chargee-de-projets-luxembourg-fr.txt"), "utf8");
const ICLEI = readFileSync(join(ROOT, "web/examples/iclei-office-manager-en.txt"), "utf8");
const PHONE = { width: 390, height: 844 };

let ctx;
before(async () => (ctx = await start()));
after(async () => ctx?.close());

/** The page's words in one language: what a user reads, without the posting's own text. */
const interfaceText = (page) =>
  page.evaluate(() => {
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll('[data-testid="posting-text"], textarea').forEach((e) => e.remove());
    return copy.innerText;
  });

async function waitForLanguage(page, code) {
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
}

test("a fr-BE browser gets the page in French; Dutch chosen in the header re-renders and stays after a reload", async () => {
  const page = await open(ctx, { width: 1280, height: 800 }, { locale: "fr-BE" });
  await waitForLanguage(page, "fr");
  assert.ok(page.requests.some((u) => u.endsWith("/i18n/fr.ftl")), "French fetched for a French browser");
  assert.ok(!page.requests.some((u) => /\/i18n\/(nl|de)\.ftl$/.test(u)), "the other languages are not fetched");
  assert.match(await page.textContent("h2#input-title"), /Collez une offre d'emploi/);
  await paste(page, FRENCH);
  const deadline = await page.textContent('[data-testid="deadline"]');
  assert.match(deadline, /Date limite/);
  assert.match(deadline, /\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/);
  const french = await interfaceText(page);
  for (const words of ["Liste de contrôle", "Qui peut postuler", "Langues", "Télécharger la liste (JSON)", "Voir dans le texte", "Autres formats"]) {
    assert.ok(french.includes(words), `${words} missing from the French page`);
  }
  for (const english of ["Checklist", "Who may apply", "Show in text", "Download checklist"]) {
    assert.ok(!french.includes(english), `${english} left in English`);
  }
  // The highlighted posting keeps its own language for screen readers.
  assert.equal(await page.getAttribute('[data-testid="posting-text"]', "lang"), "fr");

  await page.selectOption('[data-testid="interface-language"]', "nl");
  await waitForLanguage(page, "nl");
  const dutch = await interfaceText(page);
  for (const words of ["Checklist", "Wie mag solliciteren", "Talen", "Toon in de tekst"]) {
    assert.ok(dutch.includes(words), `${words} missing from the Dutch page`);
  }
  assert.match(await page.textContent('[data-testid="deadline"]'), /Deadline/);
  assert.match(await page.textContent("#checklist-title"), /Checklist/);
  // The export keeps its machine-readable fields and says which language its labels are in.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("button.primary")]);
  const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(exported.labels_language, "nl");
  assert.ok(exported.postings[0].checklist.some((i) => i.label.startsWith("Solliciteer vóór")));
  assert.equal(exported.postings[0].checklist[0].id, "deadline-deadline");

  await page.reload();
  await waitForLanguage(page, "nl");
  await page.waitForSelector('[data-testid="results"]:not(.stale)');
  assert.match(await page.textContent("#checklist-title"), /Checklist/);
  assert.match(await page.textContent('[data-testid="deadline"]'), /Deadline/);
  assert.deepEqual(page.errors, []);
  assertOnlyLoopback(page, ctx.url.slice(0, -1));
});

test("an English browser fetches no language file; German, once chosen, works offline", async () => {
  const page = await open(ctx, { width: 1280, height: 800 }, { locale: "en-GB" });
  await paste(page, ICLEI);
  assert.ok(!page.requests.some((u) => u.includes("/i18n/")), "no language file for English");
  await page.selectOption('[data-testid="interface-language"]', "de");
  await waitForLanguage(page, "de");
  assert.match(await page.textContent('[data-testid="deadline"]'), /Bewerbungsfrist/);
  assert.match(await page.textContent('[data-testid="deadline"]'), /\d{1,2}\. [A-ZÄ][a-zä]+ \d{4}/);
  assert.match(await page.textContent('[data-testid="progress"]'), /von \d+ erforderlichen Punkten abgehakt/);
});

test("stored-data problems, file errors, countries and documents are told in the interface's language", async () => {
  const storage = {
    "vacancy-lens/work": "{not json",
    "vacancy-lens/profile": JSON.stringify({ version: 1, profile: { languages: [], citizenships: ["US"] } }),
  };
  const page = await open(ctx, { width: 1280, height: 800 }, { locale: "fr-BE", storage });
  await waitForLanguage(page, "fr");
  // Found before French had loaded, told in French once it has.
  const notice = () => page.textContent('[data-testid="notice"]');
  assert.match(await notice(), /^Votre travail enregistré n'a pas pu être lu \(les données sont endommagées : .+\) ; il a été mis de côté sous « vacancy-lens\/work\.unreadable\./);
  await page.selectOption('[data-testid="interface-language"]', "de");
  await waitForLanguage(page, "de");
  assert.match(await notice(), /^Ihre gespeicherte Arbeit konnte nicht gelesen werden \(die Daten sind beschädigt: /);
  await page.selectOption('[data-testid="interface-language"]', "fr");
  await waitForLanguage(page, "fr");

  // The browser names the profile's country in French.
  await paste(page, "Chargé de projets (H/F)\nDate limite : 30 novembre 2099.\nSeuls les ressortissants d'un État membre de l'Union européenne peuvent postuler.\nEnvoyez votre CV et votre lettre de motivation à jobs@example.org.");
  const verdict = await page.textContent('[data-testid="verdict"][data-status="not-met"]');
  assert.match(verdict, /États-Unis/);
  assert.doesNotMatch(verdict, /United States/);
  // The documents the analysis names in English are the checklist's in French.
  assert.match(await page.textContent("section.checklist"), /À préparer : lettre de motivation/);

  await page.setInputFiles('[data-testid="import"]', { name: "x.json", mimeType: "application/json", buffer: Buffer.from('{"schema": "vacancy-lens/checklist", "schema_version": 99}') });
  await page.waitForSelector('[data-testid="notice"].error');
  assert.match(await notice(), /^L'import a échoué : /);
  assert.match(await notice(), /Cet export utilise la version 99 du schéma, plus récente que celle que cette page comprend \(1\)\./);
  assert.deepEqual(page.errors, []);
  assertOnlyLoopback(page, ctx.url.slice(0, -1));
});

test("on a phone, the deadline card and the first language badge are in view after a paste", async () => {
  for (const lang of ["en", "fr", "nl", "de"]) {
    const page = await open(ctx, PHONE, { locale: lang, isMobile: true, hasTouch: true });
    await waitForLanguage(page, lang);
    await paste(page, ICLEI);
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const selector of ['[data-testid="deadline"]', '[data-testid="languages"] li']) {
      const box = await page.locator(selector).first().boundingBox();
      assert.ok(box, `${selector} drawn (${lang})`);
      assert.ok(box.y >= 0 && box.y + box.height <= PHONE.height, `${selector} in the first screen (${lang}): ${JSON.stringify(box)}`);
    }
    await page.screenshot({ path: join(OUT, `phone-${lang}.png`) });
    await page.context().close();
  }
});

test("desktop screenshots of each language, for review", async () => {
  for (const lang of ["en", "fr", "nl", "de"]) {
    const page = await open(ctx, { width: 1280, height: 900 }, { locale: lang });
    await waitForLanguage(page, lang);
    await paste(page, lang === "fr" ? FRENCH : ICLEI);
    await page.screenshot({ path: join(OUT, `desktop-${lang}.png`) });
    await page.context().close();
  }
});

test("no WCAG A/AA violations in any of the four languages, with the text box open", async () => {
  for (const lang of ["en", "fr", "nl", "de"]) {
    const page = await open(ctx, PHONE, { locale: lang, bypassCSP: true });
    await waitForLanguage(page, lang);
    await paste(page, ICLEI);
    await page.click('[data-testid="edit-text"]');
    await page.addScriptTag({ content: AXE });
    const found = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
      return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target})`);
    });
    assert.deepEqual(found, [], lang);
    await page.context().close();
  }
});

test("the keyboard reaches the language menu, the actions and the folded text box", async () => {
  const page = await open(ctx);
  await paste(page, ICLEI);
  const focusOn = async (selector) => {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    }
    throw new Error(`the keyboard never reached ${selector}`);
  };
  // A click at the page's top left starts the keyboard's walk from there.
  await page.mouse.click(2, 2);
  await focusOn('[data-testid="interface-language"]');
  await focusOn("button.primary");
  await focusOn(".actions-more button");
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Copy JSON/);
  await focusOn('[data-testid="edit-text"]');
  await page.keyboard.press("Enter");
  assert.equal(await page.getAttribute('[data-testid="edit-text"]', "aria-expanded"), "true");
  assert.ok(!(await page.$eval(".input", (e) => e.classList.contains("folded"))));
});
