// Everything that validates, in one chunk: the schemas, the migrations and the form's checks.
// Pages load it only when there is something to check (see load-checks.ts).
export { validateInterview } from '../interview/validate';
export { migrate } from './migrate';
