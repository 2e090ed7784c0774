// The page's reader of PDF and Word files, in a worker of its own so that a long file never
// holds up the page: loaded (with its wasm module, reader_bg.wasm) only the first time the user
// opens such a file. Answers the file the page hands it with { text } or { problem, detail }.
import init, { extract } from "./reader.js";

const ready = init({ module_or_path: new URL("reader_bg.wasm", import.meta.url) });

self.onmessage = async ({ data }) => {
  let reply;
  try {
    const bytes = new Uint8Array(await data.arrayBuffer());
    await ready;
    reply = extract(bytes);
  } catch (e) {
    // The reader stopped on this file (its wasm aborts on a panic): a damaged file.
    reply = { problem: "damaged", detail: String(e && e.message ? e.message : e) };
  }
  self.postMessage(reply);
};
