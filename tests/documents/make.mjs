// Writes the document test files (fixtures.mjs) to target/documents/, for the fuzz seeds and for
// looking at them by hand: node tests/documents/make.mjs
import { chromium } from "playwright-core";
import { DIR, makeFixtures } from "./fixtures.mjs";

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  await makeFixtures(browser);
  console.log(`documents: test files in ${DIR}`);
} finally {
  await browser.close();
}
