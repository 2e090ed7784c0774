// Prints Vacancy Lens' performance figures as the README's table (issue 6):
//   analysis time, native release (criterion): per posting over the corpus, per KB, 10 KB, 1 MB;
//   analysis time in the browser (the page's own User Timing measure, median of 20);
//   page weight of dist/ (raw and gzip);
//   time to first result (navigation to an example's analysis on screen, cold, median of 5), on
//   loopback and on an emulated slow phone (Slow 4G, CPU 4× slower);
//   chrono-node (en, fr, nl, de parsers, in Node) against the whole analysis, same texts;
//   reading a 10-page PDF notice, natively and in the page, and the page's reader's weight;
//   the same test PDFs read by Mozilla's PDF.js (pdfjs-dist, pinned) for comparison.
// Run by `make figures` after `make web` and a release build of the CLI. Timings are reported,
// never asserted: machines are noisy. `--skip-bench` reuses the last criterion results.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import * as chrono from "chrono-node";
import { ROOT, SHARED, open, setText, start } from "../tests/e2e/harness.mjs";
import { DIR as DOCUMENTS, linesInOrder, makeFixtures, noticeHtml, printPdf } from "../tests/documents/fixtures.mjs";
import { pageWeight } from "./weight.mjs";

const CLI = join(ROOT, "target", "release", "vacancy-lens");
const MEASURE = "vacancy-lens:analysis";
const CHRONO_VERSION = JSON.parse(readFileSync(join(ROOT, "node_modules", "chrono-node", "package.json"), "utf8")).version;
const args = new Set(process.argv.slice(2));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => (x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2)) + " ms";
const µs = (x) => `${Math.round(x * 1000)} µs`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

/** The corpus the benchmark reads: every .txt of the shared dev corpus and tests/corpus. */
function corpusTexts() {
  const dirs = [join(SHARED, "corpus", "dev"), join(ROOT, "tests", "corpus")].filter(existsSync);
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((n) => n.endsWith(".txt"))
      .sort()
      .map((n) => readFileSync(join(dir, n), "utf8")),
  );
}

/** The analysis of `text` by the release CLI. */
function analyse(text) {
  return JSON.parse(execFileSync(CLI, ["--today", "2024-01-01", "-"], { input: text, maxBuffer: 1 << 28 }));
}

/** A paste of `bytes` made of corpus texts, as the benchmark builds it: only texts after
 *  which another text is still analysed (a "Similar jobs" line ends the analysis by design). */
function sized(texts, bytes) {
  const whole = texts.filter((t) => {
    const twice = `${t}\n\n${t}`;
    const postings = analyse(twice).postings;
    return postings.length && postings.at(-1).span.end + 50 >= [...twice].length;
  });
  let text = "";
  while (Buffer.byteLength(text) < bytes) text += whole.map((t) => `${t}\n\n`).join("");
  return Buffer.from(text).subarray(0, bytes).toString("utf8").replace(/\uFFFD$/, "");
}

/** Median time per call of `f`, in ms, over at least `runs` calls and half a second. */
function timeNode(f, runs) {
  const samples = [];
  const until = performance.now() + 500;
  while (samples.length < runs || performance.now() < until) {
    const t = performance.now();
    f();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

function criterion(id) {
  const file = join(ROOT, "target", "criterion", "analysis", id, "new", "estimates.json");
  return JSON.parse(readFileSync(file, "utf8")).median.point_estimate / 1e6;
}

/** The analysis time measured in the worker around the analysis (`performance.now()`, shown
 *  by the page as `data-analysis-ms`), the page's own measure of the round trip (sending the
 *  text to the worker until its findings are back), the longest task the page's main thread ran
 *  meanwhile (Long Tasks API, 0 when none passed 50 ms) and the longest animation frame (the
 *  Long Animation Frames API, which counts style and layout too; 0 under 50 ms): medians over
 *  `runs` edits of `text`. */
async function browserAnalysis(ctx, text, runs) {
  const page = await open(ctx);
  await page.evaluate(() => {
    window.__longest = 0;
    window.__longestFrame = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: "longtask" });
    // Long tasks leave out the browser's own style and layout work; long animation frames
    // include it (laying out a 1 MB text box is most of what a paste that size costs).
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longestFrame = Math.max(window.__longestFrame, e.duration);
    }).observe({ type: "long-animation-frame" });
  });
  const samples = [];
  const inWorker = [];
  const longest = [];
  const longestFrame = [];
  for (let i = 0; i < runs; i++) {
    await page.evaluate(() => {
      window.__longest = 0;
      window.__longestFrame = 0;
    });
    // A different text each run (a trailing space more), so each one is analysed again.
    await setText(page, text + " ".repeat(i + 1));
    await page.waitForSelector('[data-testid="results"]:not(.stale)', { timeout: 120_000 });
    samples.push(await page.evaluate((name) => performance.getEntriesByName(name).at(-1).duration, MEASURE));
    inWorker.push(Number(await page.getAttribute('[data-testid="results"]', "data-analysis-ms")));
    longest.push(await page.evaluate(() => window.__longest));
    longestFrame.push(await page.evaluate(() => window.__longestFrame));
  }
  await page.context().close();
  return {
    roundTrip: median(samples),
    analysis: median(inWorker),
    longestTask: median(longest),
    longestFrame: median(longestFrame),
  };
}

/** Chromium's Slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and a CPU four
 *  times slower, as Lighthouse emulates a mid-range phone. The files come compressed as a static
 *  host sends them (Brotli: scripts/serve.mjs). The throttling is the page's: the analysis
 *  worker's own thread is not slowed, so the figure is a lower bound there. */
const SLOW_PHONE = {
  network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  cpu: 4,
};

/** From navigation until an example's analysis is on screen, in a fresh (cold) context; on an
 *  emulated slow phone with `phone`. The example is clicked from inside the page the moment its
 *  button appears, as a user ready to click would: Playwright's own click waits for the button
 *  to hold still over animation frames, which on a throttled CPU adds a few hundred ms of the
 *  harness, not of the page. */
async function timeToFirstResult(ctx, phone = false) {
  const viewport = phone ? { width: 390, height: 844 } : { width: 1280, height: 800 };
  const context = await ctx.browser.newContext({ viewport, isMobile: phone, hasTouch: phone, locale: "en-GB" });
  const page = await context.newPage();
  if (phone) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW_PHONE.network);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOW_PHONE.cpu });
  }
  // Clicks the example once its button is there, and notes the moment (ms since navigation
  // began) the results appear, from inside the page.
  await page.addInitScript(() => {
    let clicked = false;
    new MutationObserver((_, observer) => {
      const example = [...document.querySelectorAll("button")].find((b) => b.textContent.includes("Office manager"));
      if (!clicked && example) {
        clicked = true;
        example.click();
      }
      if (document.querySelector('[data-testid="results"]:not(.stale) [data-testid="deadline"]')) {
        window.__firstResult = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto(ctx.url);
  await page.waitForFunction(() => window.__firstResult !== undefined, null, { timeout: 60_000 });
  const at = await page.evaluate(() => window.__firstResult);
  await context.close();
  return at;
}

/** Bytes of the wasm before wasm-opt by crate, largest first, from `twiggy top` (when twiggy is
 *  installed: `cargo install twiggy --version 0.8.0 --locked`); Trunk's wasm-opt shrinks each
 *  part but keeps their order. Custom sections (names, bindgen data) are left out. */
function crateSizes() {
  const wasm = join(ROOT, "target", "wasm32-unknown-unknown", "web", "vacancy-lens-web.wasm");
  let csv;
  try {
    csv = execFileSync("twiggy", ["top", "-n", "100000", "--format", "csv", wasm], { maxBuffer: 1 << 28 }).toString();
  } catch {
    return null;
  }
  const sizes = new Map();
  for (const line of csv.split("\n").slice(1)) {
    const cells = line.match(/^"?(.*?)"?,(\d+),/);
    if (!cells || /custom section|function names/.test(cells[1])) continue;
    const crate = /^data( segment|\[)/.test(cells[1]) ? "data segments" : (cells[1].match(/([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/)?.[1] ?? "other");
    sizes.set(crate, (sizes.get(crate) ?? 0) + Number(cells[2]));
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  return [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([crate, bytes]) => `${crate} ${Math.round((100 * bytes) / total)} %`)
    .join(", ");
}

/** A notice of about ten A4 pages, printed by Chromium as the document tests print theirs:
 *  corpus texts one after the other (about 3.5 KB of text a page). Returns its path and its
 *  page count. */
async function tenPageNotice(ctx) {
  const texts = [];
  for (const t of corpusTexts()) if (texts.join("").length < 35_000) texts.push(t);
  const text = ["Vacancy notice", ...texts].join("\n\n");
  const path = join(DOCUMENTS, "ten-pages.pdf");
  mkdirSync(DOCUMENTS, { recursive: true });
  await printPdf(ctx.browser, noticeHtml(text, "en", [["Reference", "VL-10"]]), path, "Vacancy notice");
  const pages = (readFileSync(path, "latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
  return { path, pages };
}

/** Median ms of the CLI over `file` (its whole run: reading, analysis, JSON). */
function cliMs(file, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync(CLI, ["--format", "json", "--today", "2025-01-01", file], { maxBuffer: 1 << 28 });
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Ms from opening `file` in the page to its analysis on screen: the first open fetches the
 *  reader, the next ones (median of 5) find it loaded. */
async function pageOpenMs(ctx, file) {
  // The test server compresses a file the first time it sends it (a host sends it compressed
  // already): done here, so that the figure is the page's and not the server's.
  for (const f of ["worker.js", "reader.js", "reader_bg.wasm"]) await (await fetch(new URL(`documents/${f}`, ctx.url))).arrayBuffer();
  const page = await open(ctx);
  const once = async () => {
    await setText(page, "");
    await page.waitForFunction(() => !document.querySelector('[data-testid="results"]'));
    await page.evaluate(() => (window.__opened = performance.now()));
    await page.setInputFiles('[data-testid="open-file"]', file);
    await page.waitForFunction(
      () => document.querySelector("#posting").value.length > 1000 && document.querySelector('[data-testid="results"]:not(.stale)'),
      null,
      { timeout: 120_000 },
    );
    return page.evaluate(() => performance.now() - window.__opened);
  };
  const first = await once();
  const again = [];
  for (let i = 0; i < 5; i++) again.push(await once());
  await page.context().close();
  return { first, again: median(again) };
}

const PDFJS_VERSION = JSON.parse(readFileSync(join(ROOT, "node_modules", "pdfjs-dist", "package.json"), "utf8")).version;

/** The text PDF.js gives a PDF: each page's text items in its order, lines where it ends them. */
async function pdfjsText(path) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), disableFontFace: true, verbosity: 0 }).promise;
  let text = "";
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => item.str + (item.hasEOL ? "\n" : "")).join("") + "\n";
  }
  return text;
}

/** Both readers over the document tests' PDFs: the share of each notice's lines they give in
 *  order (the test's measure), and PDF.js' time on the ten-page notice. */
async function compareReaders(ctx, tenPages) {
  const made = await makeFixtures(ctx.browser);
  let ours = 0, theirs = 0, lines = 0;
  for (const p of made) {
    const read = JSON.parse(execFileSync(CLI, ["--format", "json", p.pdf], { maxBuffer: 1 << 28 })).text;
    ours += linesInOrder(read, p.text).found;
    theirs += linesInOrder(await pdfjsText(p.pdf), p.text).found;
    lines += linesInOrder(read, p.text).lines;
  }
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await pdfjsText(tenPages);
    times.push(performance.now() - t0);
  }
  const pdfjsGzip = ["build/pdf.min.mjs", "build/pdf.worker.min.mjs"]
    .map((f) => gzipSync(readFileSync(join(ROOT, "node_modules", "pdfjs-dist", f)), { level: 9 }).length)
    .reduce((a, b) => a + b, 0);
  return { ours, theirs, lines, pdfjsMs: median(times), pdfjsGzip, files: made.length };
}

/** chrono-node's four parsers over a text, as a user of it would run them not knowing the language. */
const chronoParse = (text) => [chrono.en, chrono.fr, chrono.nl, chrono.de].map((p) => p.parse(text).length);

async function main() {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: cargo build --release first`);
  if (!args.has("--skip-bench")) {
    console.error("figures: cargo bench --bench analysis (about 2 minutes)");
    execFileSync("cargo", ["bench", "--bench", "analysis", "--", "--noplot"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  }
  const texts = corpusTexts();
  const corpusBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const postings = texts.reduce((n, t) => n + analyse(t).postings.length, 0);
  const native = {
    corpus: criterion("corpus"),
    "10KB": criterion("paste/10KB"),
    "1MB": criterion("paste/1MB"),
  };

  console.error("figures: chrono-node over the corpus");
  const chronoPerText = texts.map((t) => timeNode(() => chronoParse(t), 5));
  const chronoTotal = chronoPerText.reduce((a, b) => a + b, 0);

  console.error("figures: headless Chromium");
  const ctx = await start();
  let browser10, browser1M, ttfr, ttfrPhone, notice, pageRead, readers;
  try {
    notice = await tenPageNotice(ctx);
    pageRead = await pageOpenMs(ctx, notice.path);
    readers = await compareReaders(ctx, notice.path);
    browser10 = await browserAnalysis(ctx, sized(texts, 10 * 1024), 20);
    browser1M = await browserAnalysis(ctx, sized(texts, 1024 * 1024), 20);
    const firsts = [];
    for (let i = 0; i < 5; i++) firsts.push(await timeToFirstResult(ctx));
    ttfr = median(firsts);
    const phone = [];
    for (let i = 0; i < 5; i++) phone.push(await timeToFirstResult(ctx, true));
    ttfrPhone = median(phone);
  } finally {
    await ctx.close();
  }
  const weight = pageWeight(join(ROOT, "dist"));
  const k = weight.kinds;
  const reader = weight.later.filter((f) => f.name.startsWith("documents/"));
  const readerGzip = reader.reduce((n, f) => n + f.gzip, 0);
  // The CLI on the notice, and on the text read out of it: the difference is the reading.
  const extracted = join(DOCUMENTS, "ten-pages.txt");
  writeFileSync(extracted, JSON.parse(execFileSync(CLI, ["--format", "json", notice.path], { maxBuffer: 1 << 28 })).text);
  const nativePdf = cliMs(notice.path);
  const nativeText = cliMs(extracted);

  const rows = [
    [`reading a ${notice.pages}-page PDF notice (two columns, Chromium), native CLI, median of 5`, `${ms(nativePdf - nativeText)} to read it (${ms(nativePdf)} with the analysis, ${ms(nativeText)} for its text alone)`],
    [`opening the same PDF in the page, to its analysis on screen`, `${ms(pageRead.first)} the first time (the reader's ${kb(readerGzip)} gzip fetched from loopback), then ${ms(pageRead.again)} (median of 5)`],
    ["the page's PDF and Word reader, loaded only when such a file is opened (gzip)", `${kb(readerGzip)}: ${reader.map((f) => `${f.name} ${kb(f.gzip)}`).join(", ")}`],
    [`PDF readers on the ${readers.files} test notices (lines of the .txt found in order)`, `Vacancy Lens (pdf-extract + its layout) ${readers.ours}/${readers.lines}; PDF.js ${PDFJS_VERSION} (text items as it orders them) ${readers.theirs}/${readers.lines}, ${ms(readers.pdfjsMs)} on the ${notice.pages}-page notice in Node, ${kb(readers.pdfjsGzip)} gzip (pdf.min.mjs + pdf.worker.min.mjs)`],
    ["analysis, native release (criterion), corpus", `${ms(native.corpus)} for ${texts.length} texts (${postings} postings, ${kb(corpusBytes)}): ${µs(native.corpus / postings)} per posting, ${µs(native.corpus / (corpusBytes / 1024))} per KB`],
    ["analysis, native, 10 KB posting", `${ms(native["10KB"])} (target ≤ 1 ms)`],
    ["analysis, native, 1 MB paste", `${ms(native["1MB"])} (target ≤ 60 ms)`],
    ["analysis in the browser (wasm, in the worker, median of 20), 10 KB", `${ms(browser10.analysis)} (target ≤ 5 ms); round trip ${ms(browser10.roundTrip)}; longest main-thread task ${ms(browser10.longestTask)}`],
    ["analysis in the browser, 1 MB paste", `${ms(browser1M.analysis)}; round trip ${ms(browser1M.roundTrip)}; longest main-thread task meanwhile ${ms(browser1M.longestTask)} (target: none over 50 ms from the analysis); longest animation frame, the browser's layout included, ${ms(browser1M.longestFrame)}`],
    ["page weight, gzip (raw)", `${kb(weight.gzip)} (${kb(weight.raw)}): wasm ${kb(k.wasm.gzip)}, js ${kb(k.js.gzip)}, css ${kb(k.css.gzip)}, html ${kb(k.html.gzip)}, other ${kb(k.other.gzip)} (ceiling 400 000 bytes)`],
    ["time to first result (cold, loopback, median of 5)", `${ms(ttfr)} (target ≤ 1 s)`],
    ["time to first result on an emulated phone (Slow 4G: 150 ms, 1.6 Mbit/s; CPU 4× slower; cold; median of 5)", `${ms(ttfrPhone)} (target ≤ 2.5 s)`],
    [`chrono-node ${CHRONO_VERSION}, en+fr+nl+de parsers, per posting (Node)`, `${µs(chronoTotal / postings)}; Vacancy Lens' whole analysis is ${(chronoTotal / native.corpus).toFixed(1)}× faster (native) on the same texts`],
  ];
  const crates = crateSizes();
  if (crates) rows.push(["largest parts of the wasm before wasm-opt (twiggy)", crates]);
  console.log("| what | figure |\n|---|---|");
  for (const [what, figure] of rows) console.log(`| ${what} | ${figure} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(`figures: ${e.message}`);
    process.exit(1);
  });
}
