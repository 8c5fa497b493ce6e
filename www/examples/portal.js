// The example portal's own script: switches its texts and the widget between Swedish
// and English, and listens to the widget's events (a portal would store or forward the
// assessment; this one lists what it received). Nothing here reaches into the widget.

const checker = /** @type {HTMLElement & { lang: string }} */ (document.getElementById('checker'));
const log = /** @type {HTMLOListElement} */ (document.getElementById('portal-log'));
const verdictOutput = /** @type {HTMLOutputElement} */ (document.getElementById('portal-verdict'));

/** @param {string} text */
function note(text) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString(document.documentElement.lang)} ${text}`;
  log.prepend(item);
  while (log.children.length > 8) log.lastElementChild?.remove();
}

/** @param {'sv' | 'en'} lang */
function setLanguage(lang) {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-sv]')) {
    element.textContent = element.getAttribute(`data-${lang}`);
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === lang));
  }
  checker.lang = lang;
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(/** @type {'sv' | 'en'} */ (button.getAttribute('data-lang'))));
}

checker.addEventListener('biometric-check-ready', (event) => {
  performance.mark('widget-ready');
  note(`ready (${/** @type {CustomEvent} */ (event).detail.lang})`);
});
checker.addEventListener('biometric-check-verdict', (event) => {
  const { verdict, previous } = /** @type {CustomEvent} */ (event).detail;
  verdictOutput.textContent = verdict;
  note(`verdict: ${previous ?? '–'} → ${verdict}`);
});
checker.addEventListener('biometric-check-export', (event) => {
  const { assessment } = /** @type {CustomEvent} */ (event).detail;
  note(`export asked (${assessment?.regimes.length ?? 0} regimes assessed)`);
});
checker.addEventListener('biometric-check-problem', (event) => {
  const { attribute, message } = /** @type {CustomEvent} */ (event).detail;
  note(`problem with ${attribute}: ${message}`);
});
