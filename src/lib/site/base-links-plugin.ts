import { defineHastPlugin } from 'satteri';
import { isInternalPath, joinBase } from '../routes';

/** Markdown (Sätteri) plugin: prefixes root-absolute links in content with the deploy base. */
export function baseLinksPlugin(base: string) {
  return defineHastPlugin({
    name: 'follow-up-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        if (typeof href === 'string' && isInternalPath(href)) {
          ctx.setProperty(node, 'href', joinBase(base, href));
        }
      },
    },
  });
}
