/** Joins a deploy base ("/" or "/follow-up/") and a root-absolute site path into one URL path. */
export function joinBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!path.startsWith('/')) return path;
  if (path.startsWith(root) && root !== '/') return path;
  return root + path.slice(1);
}

/** True for a link that points inside this site (root-absolute, not protocol-relative). */
export function isInternalPath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}
