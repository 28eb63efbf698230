import { readFile } from 'node:fs/promises';

/**
 * `fetch` as the site serves its own files: the browser fetches each region's holiday file from
 * the site; a test reads it from `public/`, where the build writes it. A missing file is a 404.
 */
export async function fetchFromSite(path: string): Promise<Response> {
  try {
    return new Response(await readFile(new URL(`../../../public${path}`, import.meta.url)));
  } catch {
    return new Response('', { status: 404 });
  }
}
