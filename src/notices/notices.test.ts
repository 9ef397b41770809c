import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_DETAILS, MAX_NOTICE, notify, useNoticesStore, withdraw } from './notices.ts';

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
  it('carries its actions and a link to copy by hand, and leaves with its subject', () => {
    let ran = 0;
    notify('Yours are kept.', 'article', [], 0, { actions: [{ label: 'Use the sender’s', run: () => ran++ }] });
    notify('Copy it by hand.', undefined, [], 0, { link: 'https://x.test/#~a1.QQ' });
    const [offer, manual] = useNoticesStore.getState().notices;
    expect(offer!.actions!.map((a) => a.label)).toEqual(['Use the sender’s']);
    offer!.actions![0]!.run();
    expect(ran).toBe(1);
    expect(manual!.link).toBe('https://x.test/#~a1.QQ');
    expect(manual!.actions).toBeUndefined();
    withdraw('article');
    expect(useNoticesStore.getState().notices.map((n) => n.text)).toEqual(['Copy it by hand.']);
  });
});
