import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_DETAILS, MAX_NOTICE, notify, useNoticesStore } from './notices.ts';

describe('notify', () => {
  beforeEach(() => useNoticesStore.setState({ notices: [] }));
  it('keeps a notice readable however much it is given: text cut, details capped and counted', () => {
    notify(
      'x'.repeat(4_000_000),
      'article',
      Array.from({ length: 20_000 }, (_, i) => `line ${i}`),
    );
    const [n] = useNoticesStore.getState().notices;
    expect(n!.text).toHaveLength(MAX_NOTICE);
    expect(n!.text.endsWith('…')).toBe(true);
    expect(n!.details).toHaveLength(MAX_DETAILS);
    expect(n!.more).toBe(20_000 - MAX_DETAILS);
  });
  it('shows the same text once', () => {
    notify('Once.');
    notify('Once.');
    expect(useNoticesStore.getState().notices).toHaveLength(1);
  });
});
