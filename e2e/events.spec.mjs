// Events in the explorer (issue 14), on the embedded corpus. What to expect
// comes from the CLI's analysis of the same seeds (the engine's own events
// and theme links), never from hard-coded ids or counts.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { BASE, ROOT, waitReady, watchErrors, expectNoSeriousA11yViolations, SHOTS } from './helpers.mjs';

let analysis;
test.beforeAll(() => {
  analysis = JSON.parse(execFileSync('cargo', ['run', '--release', '--locked', '-q', '-p', 'parallax-engine', '--bin', 'parallax', '--', 'analyze', 'seeds', '--json'],
    { cwd: ROOT, maxBuffer: 1 << 28 }).toString('utf8'));
});
test.setTimeout(900_000);

const themes = () => analysis.claims.filter((c) => c.strength === 'theme');

test('several events: a timeline, one matrix per event, and the talking points that recur', async ({ page }) => {
  test.skip(analysis.events.length < 2, 'the embedded corpus is one event');
  const errors = watchErrors(page);
  await page.goto(BASE);
  await waitReady(page);
  const timeline = page.getByTestId('event-timeline');
  await expect(timeline.locator('.timeline-event')).toHaveCount(analysis.events.length);
  const sections = page.getByTestId('event-section');
  await expect(sections).toHaveCount(analysis.events.length);
  for (const [i, e] of analysis.events.entries()) {
    const section = sections.nth(i);
    await expect(section).toHaveAttribute('data-event', e.id);
    await expect(section.locator('h3')).toHaveText(e.label);
    // The event's matrix has a column for each of its sources, and no other.
    const cols = section.locator('.mcol');
    if (await cols.count()) {
      const docs = await cols.evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href').split('/read/')[1].split('?')[0])));
      expect(docs.sort()).toEqual([...e.documents].sort());
    }
  }
  // Every theme link of the analysis is listed as recurring, and nothing else.
  expect(themes().length).toBeGreaterThan(0);
  await expect(page.getByTestId('recurring-item')).toHaveCount(themes().length);
  await page.screenshot({ path: `${SHOTS}events-overview.png`, fullPage: true });
  await expectNoSeriousA11yViolations(page, ['[data-testid="event-timeline"]', '[data-testid="recurring"]']);
  expect(errors).toEqual([]);
});

test('a deep link with event= shows that event alone', async ({ page }) => {
  const errors = watchErrors(page);
  const e = analysis.events[0];
  await page.goto(`${BASE}?event=${encodeURIComponent(e.id)}`);
  await waitReady(page);
  await expect(page.locator('.notice')).toHaveCount(0);
  await expect(page.getByTestId('event-section')).toHaveCount(0);
  const cols = page.locator('.mcol');
  if (await cols.count()) {
    const docs = await cols.evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href').split('/read/')[1].split('?')[0])));
    expect(docs.sort()).toEqual([...e.documents].sort());
  }
  await expect(page).toHaveURL(new RegExp(`event=${encodeURIComponent(e.id)}`));
  expect(errors).toEqual([]);
});

test('a bad event= value says what was not found', async ({ page }) => {
  await page.goto(`${BASE}?event=no-such-event`);
  await waitReady(page);
  await expect(page.locator('.notice')).toContainText('no-such-event');
  await expect(page.locator('.notice')).toContainText('no such event');
});

for (const scheme of ['light', 'dark']) {
  test(`the events overview at 390 px, ${scheme}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(BASE);
    await waitReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no sideways scroll at 390 px').toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${SHOTS}events-390-${scheme}.png`, fullPage: true });
    await context.close();
  });
}
