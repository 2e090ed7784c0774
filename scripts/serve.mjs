// Serves dist/ on loopback, the way a static host would: the response headers of dist/_headers
// (scripts/headers.mjs) on every file, compressed as the browser accepts (Brotli, else gzip), and
// an ETag, so that a second request for a file is answered "not modified". Used by `make serve`, the browser tests and `make figures`.
// Usage: node scripts/serve.mjs [port] (0 picks a free one; the address is printed).
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { readFileSync, existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { HEADERS_FILE, readHeaders } from "./headers.mjs";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".ftl": "text/plain; charset=utf-8",
};

/** Serves `root`; `options.headers: false` leaves out the headers of its _headers file (the
 *  browser tests compare the page with and without them). */
export function serve(root, port = 0, options = {}) {
  const base = resolve(root);
  const headersFile = join(base, HEADERS_FILE);
  const extra = options.headers !== false && existsSync(headersFile) ? readHeaders(readFileSync(headersFile, "utf8")) : [];
  // Each file's compressed forms and tag, made once: dist/ does not change while it is served.
  const packed = new Map();
  const pack = (file, body) => {
    if (!packed.has(file)) {
      packed.set(file, {
        br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gzip: gzipSync(body, { level: 9 }),
        tag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`,
      });
    }
    return packed.get(file);
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = normalize(join(base, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      if (file === headersFile) throw new Error("not a page file");
      const { br, gzip, tag } = pack(file, body);
      const headers = {
        ...Object.fromEntries(extra),
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        etag: tag,
        vary: "accept-encoding",
      };
      if (req.headers["if-none-match"] === tag) {
        res.writeHead(304, headers).end();
        return;
      }
      const accepted = req.headers["accept-encoding"] ?? "";
      const [encoding, sent] = /\bbr\b/.test(accepted) ? ["br", br] : /\bgzip\b/.test(accepted) ? ["gzip", gzip] : [null, body];
      res.writeHead(200, encoding ? { ...headers, "content-encoding": encoding } : headers);
      res.end(sent);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8080);
  const server = await serve(join(fileURLToPath(new URL(".", import.meta.url)), "..", "dist"), port);
  console.log(`Vacancy Lens is served at http://127.0.0.1:${server.address().port}/ (Ctrl-C stops)`);
}
