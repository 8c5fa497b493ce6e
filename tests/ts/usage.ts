// Type-checks the package's declarations the way a portal would use them.
// (`tsc -p tests/ts` runs in the test command; nothing here is executed.)

import init, { assess, questions, validatePolicy, version } from '../../pkg/index.js';
import type { Assessment, Deployment, PolicyDocument, RegimeAssessment, Verdict } from '../../pkg/index.js';

async function example(): Promise<string> {
  await init();
  const deployment: Deployment = {
    name: 'Station cameras',
    country: 'SE',
    functions: ['identification'],
    identification: { remote: true, timing: 'real-time', untargeted_scraping: false },
    space: 'publicly-accessible',
    law_enforcement: { objective: 'victim-search', max_sentence_years: 4 },
    safeguards: { authorisation: 'urgent-requested', fria: null },
  };
  const result = assess(deployment, { lang: 'sv', binding: ['eu-ai-act'], counterfactuals: false });
  if (result.type === 'failure') {
    return result.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
  }
  const assessment: Assessment = result.assessment;
  const law: RegimeAssessment | undefined = assessment.regimes.find((r) => r.binding);
  const strictest: Verdict | undefined = assessment.possible[0];
  const cited = law?.findings.flatMap((f) => f.citations.map((c) => `${c.ref} ${c.url}`)) ?? [];
  const catalogue = questions('en');
  const first = catalogue.questions[0];
  const policy: PolicyDocument = {
    id: 'city',
    title: { en: 'City policy' },
    source: { title: 'Council decision' },
    rules: [{ id: 'no-emotions', effect: 'prohibit', when: { functions: ['emotion-recognition'] }, explanation: { en: 'No.' } }],
  };
  const checked = validatePolicy(policy, 'en');
  const rules = checked.type === 'success' ? checked.policy.rules : 0;
  return `${version().version} ${assessment.verdict} ${strictest} ${cited.length} ${first?.question} ${rules}`;
}

export { example };
