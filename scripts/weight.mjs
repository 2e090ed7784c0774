// Page weight of the release build: every file a first visit downloads, raw and gzip -9.
//   node scripts/weight.mjs [dist] [--budget BYTES]
// With --budget it exits 1 when the gzip total passes BYTES (sizes are deterministic, so the
// test command may enforce them). scripts/figures.mjs imports pageWeight() for its report.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** One file's name (relative to `dist`), kind ("wasm", "js", "css", "html", "other"), raw and
 *  gzip bytes. */
function measured(dist, name) {
  const bytes = readFileSync(join(dist, name));
  const ext = name.split(".").pop();
  const kind = ["wasm", "js", "css", "html"].includes(ext) ? ext : "other";
  return { name, kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The page: the files at the top of `dist` by kind, each with raw and gzip bytes, and the
 *  totals. The service worker is counted: the first visit fetches it too; _headers, read by the
 *  host and never sent, is not. `later` lists the files of dist's folders, which the page
 *  fetches only when they are used (an example chosen): not part of the page's weight. */
export function pageWeight(dist) {
  const entries = readdirSync(dist, { recursive: true }).map(String).sort();
  const later = entries
    .filter((name) => name.includes("/") && statSync(join(dist, name)).isFile())
    .map((name) => measured(dist, name));
  const files = entries
    .filter((name) => !name.includes("/") && statSync(join(dist, name)).isFile() && name !== "_headers")
    .map((name) => measured(dist, name));
  const sum = (key, list = files) => list.reduce((total, f) => total + f[key], 0);
  const kinds = {};
  for (const kind of ["wasm", "js", "css", "html", "other"]) {
    const list = files.filter((f) => f.kind === kind);
    kinds[kind] = { raw: sum("raw", list), gzip: sum("gzip", list) };
  }
  return { files, kinds, raw: sum("raw"), gzip: sum("gzip"), later, laterGzip: sum("gzip", later) };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--budget");
  const budget = at >= 0 ? Number(args[at + 1]) : null;
  const dist = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--budget") ?? "dist";
  let weight;
  try {
    weight = pageWeight(dist);
  } catch (e) {
    console.error(`weight: cannot read ${dist}: ${e.message} (run scripts/build-web first)`);
    process.exit(2);
  }
  for (const f of weight.files) console.log(`${f.name.padEnd(44)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)} gzip`);
  console.log(`${"total".padEnd(44)} ${kb(weight.raw).padStart(10)} ${kb(weight.gzip).padStart(10)} gzip (${weight.gzip} bytes)`);
  for (const f of weight.later) console.log(`${f.name.padEnd(44)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)} gzip, when used`);
  if (weight.later.length) console.log(`${"loaded only when used".padEnd(44)} ${"".padStart(10)} ${kb(weight.laterGzip).padStart(10)} gzip (not part of the page's weight)`);
  if (budget !== null) {
    if (!(budget > 0)) {
      console.error("weight: --budget needs a number of bytes");
      process.exit(2);
    }
    if (weight.gzip > budget) {
      console.error(`weight: the page is ${weight.gzip} bytes gzip, over its budget of ${budget}`);
      process.exit(1);
    }
    console.log(`within the budget of ${budget} bytes gzip`);
  }
}
