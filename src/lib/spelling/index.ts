export type { SpellingResult } from './client';
export { spellingLocale, type SpellingLocale } from './locale';
