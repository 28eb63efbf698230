import { joinBase } from './paths';

/** Turns a root-absolute site path ("/guides/faq/") into one under the configured deploy base. */
export function url(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
