//! The browser entry point, built to wasm32 by Trunk (`--features web`). The same module runs
//! the page and, loaded again by `analysis-worker.js`, the Web Worker that analyses for it: one
//! download serves both.

fn main() {
    vacancy_lens::app::start();
}
