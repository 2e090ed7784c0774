// The PDF and Word files the document tests read, made by real tools in the test run: headless
// Chromium prints corpus postings laid out as vacancy notices (A4, two justified columns with
// soft hyphens, so words break at line ends with a hyphen, a running header, "Page N of M" in
// the footer, a table of deadline, contract and grade), python-docx writes them as Word files,
// pypdf encrypts one. Written to target/documents/ (not tracked).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, SHARED } from "../e2e/harness.mjs";

export const DIR = join(ROOT, "target", "documents");
const PYTHON = join(ROOT, ".venv", "bin", "python");

/** Postings in the four languages with their hand-checked answers. */
export const POSTINGS = [
  { name: "iclei-office-manager-en", lang: "en", txt: join(ROOT, "web/examples/iclei-office-manager-en.txt"), gold: join(SHARED, "corpus/dev/seed_000.gold.json") },
  { name: "fr_05_ong_luxembourg", lang: "fr", txt: join(ROOT, "tests/corpus/fr_05_ong_luxembourg.txt"), gold: join(ROOT, "tests/corpus/fr_05_ong_luxembourg.gold.json") },
  { name: "de_05_eu_referent_bruessel", lang: "de", txt: join(ROOT, "tests/corpus/de_05_eu_referent_bruessel.txt"), gold: join(ROOT, "tests/corpus/de_05_eu_referent_bruessel.gold.json") },
  { name: "nl_02_projectmedewerker_amif", lang: "nl", txt: join(ROOT, "tests/corpus/nl_02_projectmedewerker_amif.txt"), gold: join(ROOT, "tests/corpus/nl_02_projectmedewerker_amif.gold.json") },
];

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Soft hyphens inside long words, so justified lines break them with a hyphen. */
const hyphenable = (s) => s.replace(/\p{L}{10,}/gu, (w) => w.slice(0, 5) + "\u00ad" + w.slice(5));

/** The facts the notice's table gives, from the posting's hand-checked answers. */
export function tableRows(gold) {
  const p = gold.postings[0];
  const d = p.deadline;
  const date = d ? d.date.split("-").reverse().join(".") + (d.time ? ` ${d.time}` : "") + (d.timezone ? ` ${d.timezone}` : "") : "—";
  return [["Deadline", date], ["Contract", p.contract?.type?.replace("_", "-") ?? "—"], ["Grade", "—"]];
}

/** A posting laid out as a printed notice. */
export function noticeHtml(text, lang, rows) {
  const [title, ...lines] = text.split("\n");
  const body = lines
    .filter((l) => l.trim())
    .map((l) => `<p>${hyphenable(escape(l))}</p>`)
    .join("\n");
  const table = rows.map(([k, v]) => `<tr><th>${escape(k)}</th><td>${escape(v)}</td></tr>`).join("");
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><style>
  body { font: 10.5pt/1.4 "DejaVu Serif", serif; margin: 0; }
  h1 { font-size: 15pt; margin: 0 0 8pt; }
  table { border-collapse: collapse; margin: 0 0 12pt; }
  th, td { border: 0.5pt solid #888; padding: 3pt 8pt; text-align: left; font-weight: normal; }
  .columns { columns: 2; column-gap: 9mm; text-align: justify; }
  p { margin: 0 0 6pt; }
  </style><h1>${escape(title)}</h1><table>${table}</table><div class="columns">${body}</div></html>`;
}

/** Prints `html` to `out` as an A4 notice with a running header and page numbers. */
export async function printPdf(browser, html, out, header) {
  const page = await browser.newPage();
  await page.setContent(html);
  await page.pdf({
    path: out,
    format: "A4",
    margin: { top: "22mm", bottom: "22mm", left: "18mm", right: "18mm" },
    displayHeaderFooter: true,
    headerTemplate: `<div style="font-size:8pt;width:100%;text-align:center">${escape(header)}</div>`,
    footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
  });
  await page.close();
}

/** Makes every test file; returns the paths. */
export async function makeFixtures(browser) {
  mkdirSync(DIR, { recursive: true });
  const made = [];
  for (const p of POSTINGS) {
    const text = readFileSync(p.txt, "utf8");
    const gold = JSON.parse(readFileSync(p.gold, "utf8"));
    const rows = tableRows(gold);
    const pdf = join(DIR, `${p.name}.pdf`);
    const docx = join(DIR, `${p.name}.docx`);
    await printPdf(browser, noticeHtml(text, p.lang, rows), pdf, `Vacancy notice — ${text.split("\n")[0]}`);
    execFileSync(PYTHON, [join(ROOT, "tests/documents/make_docx.py"), p.txt, docx, ...rows.map(([k, v]) => `${k}=${v}`)]);
    made.push({ ...p, text, gold, pdf, docx });
  }
  // A scan: the notice as an image, no text layer.
  const page = await browser.newPage({ viewport: { width: 800, height: 1000 } });
  await page.setContent(noticeHtml(made[1].text, "fr", []));
  const png = await page.screenshot({ fullPage: true });
  await page.setContent(`<img src="data:image/png;base64,${png.toString("base64")}" style="width:100%">`);
  await page.pdf({ path: join(DIR, "scanned.pdf"), format: "A4" });
  await page.close();
  execFileSync(PYTHON, [join(ROOT, "tests/documents/encrypt_pdf.py"), made[0].pdf, join(DIR, "encrypted.pdf")]);
  const whole = readFileSync(made[0].pdf);
  writeFileSync(join(DIR, "truncated.pdf"), whole.subarray(0, Math.floor(whole.length / 2)));
  // A program renamed: this machine's own, the only executables it has.
  copyFileSync("/usr/bin/true", join(DIR, "program.pdf"));
  return made;
}

/** Files for the messages no reader can avoid: the real notice padded past the size limit (PDF
 *  readers ignore what follows the end of the file), and a Word 97–2003 file's signature (no
 *  tool on this machine writes .doc: its first eight bytes are all the page looks at). */
export function makeLimitFiles(made) {
  const big = join(DIR, "oversized.pdf");
  const pdf = readFileSync(made[0].pdf);
  writeFileSync(big, Buffer.concat([pdf, Buffer.alloc(21 * 1024 * 1024, 0x20)]));
  const doc = join(DIR, "old-notice.doc");
  writeFileSync(doc, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  return { big, doc };
}

/** A line as a reader compares it: spaces folded, a list mark dropped (Word draws its own). */
const normal = (s) => s.replace(/\s+/g, " ").replace(/^- /, "").trim();

/** The lines of `source` that `text` holds in order (each after the one before), and the
 *  number of lines: how well a reader kept the notice's text and its order. */
export function linesInOrder(text, source) {
  const read = normal(text.replace(/\n- /g, "\n"));
  const lines = source.split("\n").map(normal).filter(Boolean);
  const missing = [];
  let at = 0;
  for (const line of lines) {
    const found = read.indexOf(line, at);
    if (found < 0) missing.push(line);
    else at = found + line.length;
  }
  return { found: lines.length - missing.length, lines: lines.length, missing };
}
