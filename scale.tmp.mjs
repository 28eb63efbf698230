import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const state = readFileSync('/tmp/big-state.json', 'utf8');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
await page.addInitScript((s) => {
  if (!sessionStorage.getItem('x')) {
    localStorage.setItem('follow-up', s);
    sessionStorage.setItem('x', '1');
  }
}, state);
const path = process.argv[2] ?? '/interviews/';
const t0 = Date.now();
await page.goto('http://localhost:4399' + path);
await page.waitForSelector(process.argv[3] ?? '#list-heading', { timeout: 120000 });
console.log(path, 'ready after', Date.now() - t0, 'ms');
const client = await page.context().newCDPSession(page);
await client.send('Profiler.enable');
await client.send('Profiler.start');
await page.reload();
await page.waitForSelector(process.argv[3] ?? '#list-heading', { timeout: 120000 });
const { profile } = await client.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
let i = 0;
for (const id of profile.samples) {
  const n = byId.get(id);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i++] ?? 0) / 1000);
}
console.log(
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(0).padStart(7)} ms ${k}`)
    .join('\n'),
);
await browser.close();
