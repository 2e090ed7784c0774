//! The browser entry point, built to wasm32 by Trunk (`--features web`).

fn main() {
    vacancy_lens::app::start();
}
