// The checker as one ES module: `<biometric-check>` and everything it runs, bundled and
// minified by esbuild into `biometric-check.js` (the build, `xtask/web.mjs`). A portal
// embeds it with one script tag and one element:
//
//   <script type="module" src="https://city.example/biometric-check/biometric-check.js"></script>
//   <biometric-check lang="sv" policy="/policies/city.json"></biometric-check>
//
// This project's page loads the same module (under its hashed name) and adds only its
// own chrome (`page.js`). See pkg-config.md, "Embedding the widget".

import { define, BiometricCheckElement } from './js/define.js';

export { define, BiometricCheckElement };

define();
