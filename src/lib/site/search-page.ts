import { pagefind } from '../on-demand';

/** One search hit as shown on the search page. */
export type SearchHit = {
  url: string;
  title: string;
  /** What kind of page it is: "Guide", "Template", "Industry", "Situation"… */
  type: string;
  excerpt: string;
  sections: { url: string; title: string; excerpt: string }[];
};

/** How many hits the page shows at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 10;

/** Every hit of a search, counted at once, whose details load a page at a time. */
export type SearchRun = {
  /** How many pages match in all. */
  total: number;
  /** Loads hits `from` up to `from + PAGE_SIZE`. */
  load: (from: number) => Promise<SearchHit[]>;
};

/** Searches the built index: the true count of matching pages, and their details on demand. */
export async function runSearch(query: string): Promise<SearchRun> {
  const { results } = await (await pagefind()).search(query);
  return {
    total: results.length,
    load: async (from) => {
      const data = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
      return data.map((d) => ({
        url: d.url,
        title: d.meta.title ?? d.url,
        type: d.meta.type ?? 'Page',
        excerpt: d.excerpt,
        sections: (d.sub_results ?? [])
          .filter((s) => s.url !== d.url && s.title !== d.meta.title)
          .slice(0, 3),
      }));
    },
  };
}

/** What the status line says, e.g. "23 results for “thank”, showing 10." */
export function describeResults(query: string, total: number, shown: number): string {
  if (total === 0) return `No results for “${query}”. Try fewer or different words.`;
  const count = `${total} ${total === 1 ? 'result' : 'results'} for “${query}”`;
  return shown < total ? `${count}, showing ${shown}.` : `${count}.`;
}

/** Copies a Pagefind excerpt into `target` keeping only text and <mark>, so no markup can run. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  for (const node of Array.from(template.content.childNodes)) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(document.createTextNode(node.textContent ?? ''));
    }
  }
}

/** One result: its kind, title link, excerpt, and links to matching sections. */
function renderHit(hit: SearchHit): HTMLLIElement {
  const li = document.createElement('li');
  const kind = document.createElement('p');
  kind.className = 'result-type';
  kind.textContent = hit.type;
  const h2 = document.createElement('h2');
  const a = document.createElement('a');
  a.href = hit.url;
  a.textContent = hit.title;
  h2.append(a);
  const p = document.createElement('p');
  appendExcerpt(p, hit.excerpt);
  li.append(kind, h2, p);
  if (hit.sections.length > 0) {
    const ul = document.createElement('ul');
    ul.setAttribute('aria-label', `Sections of ${hit.title}`);
    for (const s of hit.sections) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = s.url;
      link.textContent = s.title;
      item.append(link);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/** Adds hits to the results list; `replace` starts it afresh for a new search. */
export function renderResults(list: HTMLElement, hits: SearchHit[], replace = true): void {
  const items = hits.map(renderHit);
  if (replace) list.replaceChildren(...items);
  else list.append(...items);
}
