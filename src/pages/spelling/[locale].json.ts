// The spelling check's dictionaries, written at build time as one JSON file per locale so the
// worker fetches them from this site: /spelling/en-US.json and /spelling/en-GB.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import us from 'dictionary-en';
import gb from 'dictionary-en-gb';
import type { SpellingLocale } from '../../lib/spelling/index';

const DICTIONARIES: Record<SpellingLocale, { aff: Uint8Array; dic: Uint8Array }> = {
  'en-US': us,
  'en-GB': gb,
};

export const getStaticPaths = (() =>
  Object.keys(DICTIONARIES).map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const dictionary = DICTIONARIES[params.locale as SpellingLocale];
  const text = new TextDecoder();
  return new Response(
    JSON.stringify({ aff: text.decode(dictionary.aff), dic: text.decode(dictionary.dic) }),
    { headers: { 'Content-Type': 'application/json' } },
  );
};
