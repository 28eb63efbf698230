import { defineHastPlugin } from 'satteri';

/**
 * Markdown (Sätteri) plugin: puts each table in a region that scrolls sideways on its own, named
 * after the heading above it and reachable by keyboard, so a wide table never widens the page.
 */
export function tableRegionPlugin() {
  return defineHastPlugin({
    name: 'follow-up-table-region',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const siblings = ctx.parent(node).children;
        const index = ctx.indexOf(node) ?? 0;
        const heading = siblings
          .slice(0, index)
          .reverse()
          .find((child) => child.type === 'element' && /^h[2-4]$/.test(child.tagName));
        const name = heading ? ctx.textContent(heading).trim() : '';
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['table-wrap'],
            role: 'region',
            tabIndex: 0,
            ariaLabel: name ? `Table: ${name}` : 'Table',
          },
          children: [],
        });
      },
    },
  });
}
