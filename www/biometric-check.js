// The widget in one script tag:
//   <script type="module" src="https://city.example/biometric-check/biometric-check.js"></script>
//   <biometric-check lang="sv" policy="/policies/city.json"></biometric-check>
// See pkg-config.md, "Embedding the widget".

import { define } from './widget/define.js';

define();
