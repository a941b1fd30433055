// Hostile strings planted by gen-corpus.mjs --hostile and looked for by
// e2e/xss.spec.mjs: one list, so the spec checks exactly what was planted.
export const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '[click here](javascript:window.__xss=1)',
  '<a href="javascript:window.__xss=1">x</a>',
  '" onmouseover="window.__xss=1',
  '<svg onload="window.__xss=1"></svg>',
];
