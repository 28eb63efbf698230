// Valid HTML: the Nu HTML Checker (vnu, on Java) over every page, errors only.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { row } from './report.mjs';
import { filesUnder } from './site.mjs';

export async function checkHtml(dist) {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const pages = [...filesUnder(dist, '.html')].length;
  const result = await new Promise((done) => {
    const child = spawn(
      'java',
      ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', dist],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (error) => done({ error }));
    child.on('close', (code) => done({ code, out }));
  });
  if (result.error) {
    row('html', `${dist}/`, 'not run', '0 errors', false, [
      `Java could not start (${result.error.message}): install Java 17, e.g. apt-get install openjdk-17-jre-headless.`,
    ]);
    return;
  }
  let messages;
  try {
    messages = JSON.parse(result.out).messages.filter((m) => m.type === 'error');
  } catch {
    row('html', `${dist}/`, 'not run', '0 errors', false, [result.out.slice(0, 2000)]);
    return;
  }
  row(
    'html (vnu)',
    `${pages} pages`,
    `${messages.length} errors`,
    '0 errors',
    messages.length === 0,
    messages.map(
      (m) => `${relative(resolve(dist), new URL(m.url).pathname)}:${m.lastLine} ${m.message}`,
    ),
  );
}
