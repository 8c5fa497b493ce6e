// The widget in one script tag:
//   <script type="module" src="https://city.example/biometric-check/biometric-check.js"></script>
//   <biometric-check lang="sv" policy="/policies/city.json"></biometric-check>
// See pkg-config.md, "Embedding the widget".
//
// No static import: the rules (WebAssembly) and the texts of the widgets' languages
// start loading as soon as their small module has arrived, while the widget's own
// modules are still loading.

import('./widget/rules.js').then(({ preload }) => preload(document)).catch(() => {});
import('./widget/define.js').then(({ define }) => define());
