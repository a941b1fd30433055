// Profiles one cold load of a build in Chromium (DevTools tracing) and
// prints the main thread's long tasks (> 50 ms) up to the analysis being
// ready, each with what it spent its time on: the trace events directly
// inside it (script, style, layout, GC...) and, from the sampling profiler,
// the functions (Wasm included, when the build keeps names) with the most
// self time. For finding what a long task is before changing code.
//
// usage: node scripts/profile-load.mjs DIST [--out trace.json] [--top N]
//        node scripts/profile-load.mjs --trace trace.json (a trace saved with --out)
//   DIST is served under $PARALLAX_BASE (default /parallax/) on a free port.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serve } from '../e2e/server.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, trace: { type: 'string' }, top: { type: 'string', default: '12' } },
});
const out = values.out ?? null;
const saved = values.trace ?? null;
const top = Number(values.top);
const [dist] = positionals;
if (!dist && !saved) {
  console.error('usage: node scripts/profile-load.mjs DIST [--out trace.json] [--top N]');
  process.exit(2);
}
let events = [];
let observed = { tasks: [], marks: [] };
if (saved) {
  events = JSON.parse(readFileSync(saved, 'utf8'));
} else {
const base = process.env.PARALLAX_BASE ?? '/parallax/';
const port = 4790 + Math.floor(Math.random() * 100);
const server = await serve(dist, base, port);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext();
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', {
  transferMode: 'ReportEvents',
  traceConfig: {
    includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline',
      'v8', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler', 'loading'],
  },
});
await page.addInitScript(() => {
  window.__longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
});
await page.goto(`http://127.0.0.1:${port}${base}`);
await page.locator('html[data-analysis="ready"]').waitFor({ state: 'attached', timeout: 120_000 });
await page.waitForTimeout(300);
observed = await page.evaluate(() => ({
  tasks: window.__longTasks,
  marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
}));
await cdp.send('Tracing.end');
await done;
await browser.close();
server.close();
}
if (out) writeFileSync(out, JSON.stringify(events));

// The page's main thread: the renderer thread named CrRendererMain that ran our scripts.
const names = new Map();
for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
const perThread = new Map();
for (const e of events) {
  const k = `${e.pid}:${e.tid}`;
  if (names.get(k) === 'CrRendererMain' && e.name === 'FunctionCall') perThread.set(k, (perThread.get(k) ?? 0) + 1);
}
const main = [...perThread.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main);
const nav = onMain.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart')?.ts
  ?? Math.min(...onMain.filter((e) => e.ts).map((e) => e.ts));
const tasks = onMain.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur > 50_000)
  .sort((a, b) => a.ts - b.ts)
  .filter((t, i, all) => !all.some((o) => o !== t && o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur && (o.dur > t.dur || all.indexOf(o) < i)));

// CPU samples of the main thread: V8's profiler thread writes them as
// ProfileChunk events carrying the id of the main thread's Profile event.
const profile = events.find((e) => e.name === 'Profile' && `${e.pid}:${e.tid}` === main);
const nodes = new Map();
const samples = [];
if (profile) {
  let t = profile.args.data.startTime;
  for (const e of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === profile.pid)) {
    const d = e.args.data.cpuProfile ?? {};
    for (const n of d.nodes ?? []) nodes.set(n.id, n);
    const deltas = e.args.data.timeDeltas ?? [];
    (d.samples ?? []).forEach((id, i) => { t += deltas[i] ?? 0; samples.push([t, id]); });
  }
}
const fname = (n) => {
  const f = n?.callFrame;
  if (!f) return '?';
  const name = f.functionName || '(anonymous)';
  return f.url ? `${name} ${f.url.split('/').pop()}:${f.lineNumber}` : name;
};

const ms = (us) => `${(us / 1000).toFixed(0)} ms`;
console.log(`profile: ${dist}: ${tasks.length} tasks over 50 ms on the main thread (trace), ${observed.tasks.length} longtask entries`);
console.log(`profile: marks ${observed.marks.map(([n, t]) => `${n.replace('parallax:', '')}@${Math.round(t)}`).join(' ')}`);
for (const t of tasks) {
  const end = t.ts + t.dur;
  const inside = onMain.filter((e) => e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end && e !== t);
  // Direct children: events not inside another event of the task.
  const byName = new Map();
  for (const e of inside) {
    const parent = inside.find((p) => p !== e && p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur && p.dur > e.dur);
    if (parent) continue;
    const label = e.name + (e.args?.data?.functionName ? ` ${e.args.data.functionName}` : '')
      + (e.args?.data?.url ? ` ${String(e.args.data.url).split('/').pop()}` : '');
    byName.set(label, (byName.get(label) ?? 0) + e.dur);
  }
  // Everything inside, by kind (style, layout, GC, compile...).
  const kinds = new Map();
  for (const e of inside) {
    if (['UpdateLayoutTree', 'Layout', 'Paint', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'v8.compile', 'v8.compileModule',
      'wasm.CompileLazy', 'ParseHTML', 'HitTest', 'PrePaint', 'Layerize', 'ScheduleStyleRecalculation'].includes(e.name)) {
      kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur);
    }
  }
  const self = new Map();
  for (const [ts, id] of samples) {
    if (ts < t.ts || ts > end) continue;
    const n = nodes.get(id);
    const k = fname(n);
    self.set(k, (self.get(k) ?? 0) + 1);
  }
  // Total time: each sample counts once for every function on its stack.
  const total = new Map();
  const parent = new Map();
  for (const node of nodes.values()) for (const c of node.children ?? []) parent.set(c, node.id);
  for (const node of nodes.values()) if (node.parent) parent.set(node.id, node.parent);
  for (const [ts, id] of samples) {
    if (ts < t.ts || ts > end) continue;
    const seen = new Set();
    for (let k = id; k !== undefined; k = parent.get(k)) {
      const f = fname(nodes.get(k)).replace(/::h[0-9a-f]{16}/g, '').replace(/ \S+\.wasm:0$/, '');
      if (!seen.has(f)) { seen.add(f); total.set(f, (total.get(f) ?? 0) + 1); }
    }
  }
  const n = [...self.values()].reduce((a, b) => a + b, 0);
  const ours = [...total.entries()].filter(([k]) => process.env.ALL || /^(parallax|<parallax|parallax_engine)/.test(k) || k.includes('parallax::'))
    .sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`\ntask at ${ms(t.ts - nav)} for ${ms(t.dur)} (thread CPU ${t.tdur ? ms(t.tdur) : "?"})`);
  console.log(`  direct: ${[...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${ms(v)}`).join('; ')}`);
  console.log(`  kinds: ${[...kinds.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${ms(v)}`).join('; ')}`);
  console.log(`  self time (${n} samples): ${[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${k} ${(100 * v / (n || 1)).toFixed(0)}%`).join('; ')}`);
  console.log(`  ours, total time: ${ours.map(([k, v]) => `${k.slice(0, 140)} ${(100 * v / (n || 1)).toFixed(0)}%`).join('\n    ')}`);
}
console.log(`\nlongtask entries (start+duration ms): ${observed.tasks.map(([s, d]) => `${Math.round(s)}+${Math.round(d)}`).join(', ')}`);
