// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hasWebGl } from './webgl.ts';

const docWith = (getContext: (kind: string) => unknown) =>
  ({ createElement: () => ({ getContext }) }) as unknown as Document;

describe('hasWebGl', () => {
  it('is false where no canvas context can be had', () => {
    expect(hasWebGl(docWith(() => null))).toBe(false);
    expect(
      hasWebGl(
        docWith(() => {
          throw new Error('blocked');
        }),
      ),
    ).toBe(false);
  });
  it('takes WebGL 1 where WebGL 2 is missing, and gives the context back', () => {
    let lost = false;
    const gl = { getExtension: () => ({ loseContext: () => (lost = true) }) };
    expect(hasWebGl(docWith((kind) => (kind === 'webgl' ? gl : null)))).toBe(true);
    expect(lost).toBe(true);
  });
});
