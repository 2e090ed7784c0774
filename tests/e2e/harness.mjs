// Shared set-up for the browser tests: dist/ served on loopback, Debian's Chromium driven by
// playwright-core with a fresh profile, and helpers that act as a user would.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SHARED = process.env.SHARED ?? join(ROOT, "..", "shared");
export const OUT = join(ROOT, "test-results");
mkdirSync(OUT, { recursive: true });

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts the server and a browser (a fresh temporary profile); returns { url, browser, close }. */
export async function start() {
  if (!existsSync(join(ROOT, "dist", "index.html"))) throw new Error("dist/ is missing: run scripts/build-web first");
  const server = await serve(join(ROOT, "dist"), 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS, headless: true });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** A new page on the app in its own context, waiting until the app rendered. Its storage is
 *  empty, or holds `storage` (key → stored string) when the page first loads. Every request the
 *  page makes is recorded in `page.requests`. */
export async function open(ctx, viewport = { width: 1280, height: 800 }, { storage, ...options } = {}) {
  const context = await ctx.browser.newContext({ acceptDownloads: true, viewport, ...options });
  if (storage) {
    await context.addInitScript((records) => {
      if (sessionStorage.getItem("seeded")) return;
      for (const [key, value] of Object.entries(records)) localStorage.setItem(key, value);
      sessionStorage.setItem("seeded", "1");
    }, storage);
  }
  const page = await context.newPage();
  page.requests = [];
  page.on("request", (r) => page.requests.push(r.url()));
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  await page.goto(ctx.url);
  await page.waitForSelector("#posting");
  return page;
}

/** Fails unless every request went to the page's own loopback origin. */
export function assertOnlyLoopback(page, origin) {
  const outside = page.requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:"));
  if (outside.length) throw new Error(`requests left the page: ${outside.join(", ")}`);
}

/** Sets the box's text with one input event, as a paste does, without waiting for the
 *  analysis. (Playwright's fill() types a multi-line text as one insertion per line:
 *  thousands of input events no user makes.) */
export const setText = (page, text) =>
  page.evaluate((value) => {
    const box = document.querySelector("#posting");
    box.value = value;
    box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);

/** Puts text in the box as a paste would, and waits for the analysis of it. */
export async function paste(page, text) {
  await page.fill("#posting", text);
  await page.waitForSelector('[data-testid="results"]:not(.stale)');
}

/** The corpus texts with gold answers: the shared dev corpus (when present) and the project's. */
export function corpus() {
  const dirs = [join(SHARED, "corpus", "dev"), join(ROOT, "tests", "corpus")].filter(existsSync);
  const out = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort().filter((n) => n.endsWith(".gold.json"))) {
      const stem = name.slice(0, -".gold.json".length);
      out.push({
        name: stem,
        text: readFileSync(join(dir, stem + ".txt"), "utf8"),
        gold: JSON.parse(readFileSync(join(dir, name), "utf8")),
      });
    }
  }
  return out;
}

/** The first gold posting, whichever of the two gold forms the file uses. */
export function firstGold(gold) {
  return Array.isArray(gold.postings) ? gold.postings[0] : gold;
}

export function goldPostingCount(gold) {
  return Array.isArray(gold.postings) ? gold.postings.length : gold.postings ?? 1;
}

/** Waits until the service worker controls the page: from then on it keeps what the page
 *  fetches, for offline use. */
export const controlled = (page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", ok, { once: true }));
    }
  });
