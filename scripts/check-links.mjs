// Checks every internal link and asset in a built site: the target file exists, it sits under the
// deploy base, and any #fragment names an id on the target page.
// Usage: node scripts/check-links.mjs [dir=dist] [base=/]
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const base = process.argv[3] ?? '/';

function* htmlFiles(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith('.html')) yield path;
  }
}

/** Maps a URL path under the base to the file that serves it, or null. */
function fileFor(pathname) {
  const inside = decodeURIComponent(pathname.slice(base.length));
  const candidates = pathname.endsWith('/')
    ? [join(dir, inside, 'index.html')]
    : [join(dir, inside), join(dir, inside, 'index.html'), join(dir, `${inside}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const idCache = new Map();
function idsOf(file) {
  if (!idCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idCache.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1])));
  }
  return idCache.get(file);
}

const problems = [];
let checked = 0;
const pages = [...htmlFiles(dir)];
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const pagePath = `${base}${relative(dir, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/')}`;
  const pageUrl = new URL(pagePath, 'http://site.invalid');
  for (const m of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
    const raw = m[2].replace(/&amp;/g, '&');
    if (/^(mailto:|tel:|data:|javascript:)/i.test(raw)) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) continue;
    if (m[1] === 'action' && raw === '') continue;
    checked += 1;
    const target = new URL(raw, pageUrl);
    const where = `${relative(dir, file)}: ${m[1]}="${m[2]}"`;
    if (!target.pathname.startsWith(base)) {
      problems.push(`${where} points outside the base ${base}`);
      continue;
    }
    const targetFile = fileFor(target.pathname);
    if (!targetFile) {
      problems.push(`${where} points to a page that does not exist`);
      continue;
    }
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) {
      problems.push(`${where}: no element with id="${fragment}" on ${relative(dir, targetFile)}`);
    }
  }
}

if (pages.length === 0) {
  console.error(`No HTML files in ${dir} — run the build first.`);
  process.exit(1);
}
if (problems.length > 0) {
  console.error(`${problems.length} broken internal links in ${dir}:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(
  `Links: ${checked} internal links and assets in ${pages.length} pages under ${base} — all resolve.`,
);
