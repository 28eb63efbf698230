import type { ClientDirective } from 'astro';

/**
 * `client:soon`: like `client:load`, but the island's code is run in one task and the island is
 * hydrated in the next, so a phone's main thread is never blocked by both at once.
 */
const soon: ClientDirective = (load) => {
  void (async () => {
    const hydrate = await load();
    await new Promise((resume) => setTimeout(resume, 0));
    await hydrate();
  })();
};

export default soon;
