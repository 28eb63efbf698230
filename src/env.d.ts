declare namespace Astro {
  interface ClientDirectives {
    /** Hydrates once the page has loaded, in a task of its own after the island's code has run. */
    'client:soon'?: boolean;
  }
}
