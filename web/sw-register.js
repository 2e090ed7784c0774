// Registers the service worker that keeps the page working offline (see scripts/sw.mjs).
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("sw.js").catch((e) => console.warn("offline mode unavailable:", e));
}
