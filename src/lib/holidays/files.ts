// The holiday files the build writes into the site (scripts/holidays.mjs), fetched from the
// site's own origin by this module, which itself arrives on demand (lib/on-demand.ts).
import { holidayFilePath, url } from '../routes';

const loads = new Map<string, Promise<unknown>>();

/** One region's file (`US-CA`), or `zones`; fetched once, and again after a failure (offline, say). */
export function holidayFile(name: string): Promise<unknown> {
  let load = loads.get(name);
  if (load === undefined) {
    load = fetch(url(holidayFilePath(name))).then(async (response) => {
      if (!response.ok) throw new Error(`No holiday data for ${name} (HTTP ${response.status}).`);
      return (await response.json()) as unknown;
    });
    load.catch(() => loads.delete(name));
    loads.set(name, load);
  }
  return load;
}
