import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteRange, relativeFile, requestPath } from './http.mjs';

describe('requestPath', () => {
  it('decodes the path of an origin-form target and drops its query and fragment', () => {
    expect(requestPath('/a%20b?x=1#y')).toBe('/a b');
    expect(requestPath('/')).toBe('/');
    expect(requestPath('///')).toBe('///');
  });
  it('refuses what no browser sends for a page of ours', () => {
    for (const bad of ['', '*', 'http://x/', '//%', '/%E0%A4%A', '/a%00b', '/a%5Cb', '/a\\b', undefined]) {
      expect(requestPath(bad), String(bad)).toBeNull();
    }
  });
  it('never throws, whatever the target', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void requestPath(s)));
  });
});

describe('relativeFile', () => {
  it('keeps the segments that name a file', () => {
    expect(relativeFile('///assets//x.js')).toBe('assets/x.js');
    expect(relativeFile('/./geo/./a.json')).toBe('geo/a.json');
    expect(relativeFile('/')).toBe('');
  });
  it('refuses any path that climbs', () => {
    expect(relativeFile('/../etc/passwd')).toBeNull();
    expect(relativeFile('/assets/../../x')).toBeNull();
  });
  it('never yields a path that climbs or starts at the root', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('..', '.', '', 'a', 'b.js', '...'), { maxLength: 8 }), (parts) => {
        const out = relativeFile('/' + parts.join('/'));
        if (out === null) return;
        expect(out.startsWith('/')).toBe(false);
        expect(out.split('/')).not.toContain('..');
      }),
    );
  });
});

describe('byteRange', () => {
  it('reads the three forms of one range', () => {
    expect(byteRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(byteRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-1000', 100)).toEqual({ start: 0, end: 99 });
    expect(byteRange('bytes=50-1000', 100)).toEqual({ start: 50, end: 99 });
  });
  it('ignores what it cannot honour, so the whole body is sent', () => {
    for (const h of [undefined, 'bytes=100-50', 'bytes=abc', 'bytes=-', 'items=0-1', 'bytes=0-1,5-9']) {
      expect(byteRange(h, 100), String(h)).toBeNull();
    }
  });
  it('calls a range past the end unsatisfiable', () => {
    expect(byteRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(byteRange('bytes=-0', 100)).toBe('unsatisfiable');
    expect(byteRange('bytes=0-0', 0)).toBe('unsatisfiable');
  });
  it('any range it returns lies inside the body', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(10_000), (tail, size) => {
        const r = byteRange(`bytes=${tail}`, size);
        if (r === null || r === 'unsatisfiable') return;
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeGreaterThanOrEqual(r.start);
        expect(r.end).toBeLessThan(size);
      }),
    );
  });
});
