import { describe, expect, it } from 'vitest';
import SAVED from '../../fixtures/saved-state.json' with { type: 'json' };
import { CURRENT_VERSION, migrate } from '../../../src/lib/state/index';

describe('the saved-state fixture the e2e tests and the audit load', () => {
  it('is stored data of the current version that reads back unchanged', () => {
    expect(SAVED.version).toBe(CURRENT_VERSION);
    const read = migrate(JSON.stringify(SAVED));
    expect(read.notice).toBeUndefined();
    expect(read.migratedFrom).toBeUndefined();
    expect(read.state).toEqual(SAVED);
  });
});
