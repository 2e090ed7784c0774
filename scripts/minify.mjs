// Minifies the page's JavaScript glue (terser) and style sheet (lightningcss) in a built dist/,
// then writes their new Subresource Integrity hashes into index.html. Trunk's own minifier
// cannot parse wasm-bindgen's ES module and rewrites the HTML the other scripts read, so the
// build minifies here instead; the file names keep Trunk's content hashes of the originals.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";
import { transform } from "lightningcss";

const dist = process.argv[2] ?? "dist";
const files = readdirSync(dist);
const glue = files.filter((f) => /^vacancy-lens-web-[0-9a-f]+\.js$/.test(f));
const styles = files.filter((f) => /^style-[0-9a-f]+\.css$/.test(f));
if (glue.length !== 1 || styles.length !== 1) {
  throw new Error(`minify: expected one glue script and one style sheet in ${dist}, found ${glue} ${styles}`);
}

const integrity = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
let html = readFileSync(join(dist, "index.html"), "utf8");
const replaceIntegrity = (name, bytes) => {
  const before = html;
  html = html.replace(
    new RegExp(`(href="/${name.replace(".", "\\.")}"[^>]*integrity=")[^"]*(")`),
    `$1${integrity(bytes)}$2`,
  );
  if (html === before) throw new Error(`minify: no integrity attribute for ${name} in index.html`);
};

const script = readFileSync(join(dist, glue[0]), "utf8");
// A module: its exports keep their names (the loader and the worker import them).
const out = await minify(script, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
writeFileSync(join(dist, glue[0]), out.code);
replaceIntegrity(glue[0], Buffer.from(out.code));

const css = readFileSync(join(dist, styles[0]));
const { code } = transform({ filename: styles[0], code: css, minify: true });
writeFileSync(join(dist, styles[0]), code);
replaceIntegrity(styles[0], code);

writeFileSync(join(dist, "index.html"), html);
console.log(`minify: ${glue[0]} ${script.length} → ${out.code.length} bytes, ${styles[0]} ${css.length} → ${code.length} bytes`);
