import { pagefind } from '../on-demand';

/** One search hit as shown on the search page. */
export type SearchHit = {
  url: string;
  title: string;
  excerpt: string;
  sections: { url: string; title: string; excerpt: string }[];
};

/** Searches the built index and returns the first ten hits with their matching sections. */
export async function runSearch(query: string): Promise<SearchHit[]> {
  const { results } = await (await pagefind()).search(query);
  const data = await Promise.all(results.slice(0, 10).map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    excerpt: d.excerpt,
    sections: (d.sub_results ?? [])
      .filter((s) => s.url !== d.url && s.title !== d.meta.title)
      .slice(0, 3),
  }));
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

/** Renders hits into the results list: title link, excerpt, and links to matching sections. */
export function renderResults(list: HTMLElement, hits: SearchHit[]): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const li = document.createElement('li');
      const h2 = document.createElement('h2');
      const a = document.createElement('a');
      a.href = hit.url;
      a.textContent = hit.title;
      h2.append(a);
      const p = document.createElement('p');
      appendExcerpt(p, hit.excerpt);
      li.append(h2, p);
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
    }),
  );
}
