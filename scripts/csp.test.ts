import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from './csp.mjs';

describe('the Content Security Policy', () => {
  it('is strict: nothing inline, nothing evaluated, everything from this origin', () => {
    expect(CSP_HEADER).toContain("script-src 'self'");
    expect(CSP_HEADER).toContain("style-src 'self'");
    expect(CSP_HEADER).not.toMatch(/unsafe-(inline|eval)/);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
  });
  it('gives the meta tag the same policy, less what a meta tag cannot carry', () => {
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(`${CSP_META}; frame-ancestors 'none'`).toBe(CSP_HEADER);
  });
  it('is written in one place: index.html carries none of its own', () => {
    const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
    expect(html).not.toMatch(/http-equiv="Content-Security-Policy"/i);
  });
});
