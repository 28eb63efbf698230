// Content security policy: every page carries a hash-based script-src in <meta> and no style=""
// attribute; _headers sends frame-ancestors, nosniff, a referrer policy and a permissions policy.
import { readFileSync } from 'node:fs';
import { readHeaderRules } from '../static-server.mjs';
import { row } from './report.mjs';
import { filesUnder, pagePath } from './site.mjs';

export function checkCsp(dist) {
  const problems = [];
  let pages = 0;
  for (const file of filesUnder(dist, '.html')) {
    pages += 1;
    const html = readFileSync(file, 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    const scriptSrc = meta
      ?.replace(/&#39;/g, "'")
      .split(';')
      .find((d) => d.trim().startsWith('script-src'));
    if (!scriptSrc) problems.push(`${pagePath(dist, file)} has no <meta> CSP with script-src`);
    else if (/'unsafe-(inline|eval)'/.test(scriptSrc)) {
      problems.push(`${pagePath(dist, file)} allows unsafe scripts: ${scriptSrc.trim()}`);
    }
    if (/\sstyle="/.test(html)) {
      problems.push(`${pagePath(dist, file)} has a style="" attribute, which the CSP blocks`);
    }
  }
  const all = readHeaderRules(dist).find((r) => r.pattern === '/*');
  const header = (name) => all?.headers.find(([n]) => n.toLowerCase() === name)?.[1] ?? '';
  if (!/frame-ancestors 'none'/.test(header('content-security-policy'))) {
    problems.push(`_headers sends no Content-Security-Policy with frame-ancestors 'none' for /*`);
  }
  if (header('x-content-type-options') !== 'nosniff') {
    problems.push('_headers sends no X-Content-Type-Options: nosniff for /*');
  }
  if (!header('referrer-policy')) problems.push('_headers sends no Referrer-Policy for /*');
  if (!/camera=\(\)/.test(header('permissions-policy'))) {
    problems.push('_headers sends no Permissions-Policy denying the camera and the like for /*');
  }
  row(
    'csp',
    `${pages} pages + _headers`,
    `${problems.length} problems`,
    "hashes, no 'unsafe-*'",
    problems.length === 0,
    problems,
  );
}
