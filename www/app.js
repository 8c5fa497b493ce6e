// Proves the package loads in a page and assesses one deployment.
import init, { assess, version } from './pkg/index.js';

await init();
const result = assess({
  country: 'SE', role: 'deployer', operator: 'law-enforcement-authority', purpose: 'law-enforcement',
  functions: ['identification'], modalities: ['face'],
  identification: { remote: true, timing: 'real-time', untargeted_scraping: false },
  space: 'publicly-accessible', law_enforcement: { objective: 'other' },
});
const status = document.getElementById('status');
status.textContent = result.type === 'success'
  ? `biometric-check ${version().version}: live police identification for "other" objectives is ${result.assessment.verdict}.`
  : result.errors.map((e) => e.message).join('; ');
