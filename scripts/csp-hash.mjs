// Adds the SHA-256 hash of every inline <script> of a built page to its Content-Security-Policy,
// so the policy allows Trunk's loader and nothing else inline.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2];
let html = readFileSync(file, "utf8");
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`,
);
const before = html;
html = html.replace(/script-src 'self' 'wasm-unsafe-eval'[^;"]*/, `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim());
if (html === before && hashes.length) throw new Error(`no script-src to extend in ${file}`);
writeFileSync(file, html);
console.log(`csp-hash: ${hashes.length} inline script(s) allowed by hash in ${file}`);
