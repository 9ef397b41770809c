import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headerFromMeta } from './csp.mjs';
import { onlineMapSettings, onlineOrigins } from './online-map.mjs';

const { header, meta } = contentSecurityPolicy({});

describe('the Content Security Policy', () => {
  it('is strict: nothing inline, nothing evaluated, everything from this origin', () => {
    expect(header).toContain("script-src 'self'");
    expect(header).toContain("style-src 'self'");
    expect(header).not.toMatch(/unsafe-(inline|eval)/);
    expect(header).toContain("frame-ancestors 'none'");
  });
  it('gives the meta tag the same policy, less what a meta tag cannot carry', () => {
    expect(meta).not.toContain('frame-ancestors');
    expect(headerFromMeta(meta)).toBe(header);
  });
  it('is written in one place: index.html carries none of its own', () => {
    const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
    expect(html).not.toMatch(/http-equiv="Content-Security-Policy"/i);
  });
  it('lets the page reach the detailed map’s hosts and no others, for fetches only', () => {
    expect(header).toContain("connect-src 'self' https://tiles.openfreemap.org https://s3.amazonaws.com;");
    expect(header.replace(/connect-src[^;]*;/, '')).not.toContain('https:');
  });
  it('follows a deployment’s own tile server, and names no host when the detailed map is off', () => {
    const own = contentSecurityPolicy({
      VITE_ONLINE_MAP_LIGHT: 'https://maps.example.org/styles/light.json',
      VITE_ONLINE_MAP_TERRAIN: 'https://dem.example.org/{z}/{x}/{y}.png',
      VITE_ONLINE_MAP_HOSTS: 'https://fonts.example.org',
    });
    expect(own.header).toContain(
      "connect-src 'self' https://maps.example.org https://dem.example.org https://fonts.example.org;",
    );
    expect(contentSecurityPolicy({ VITE_ONLINE_MAP: 'off' }).header).toContain("connect-src 'self';");
    expect(onlineOrigins(onlineMapSettings({ VITE_ONLINE_MAP: 'off' }))).toEqual([]);
  });
  it('refuses a tile server that is not https', () => {
    expect(() => onlineMapSettings({ VITE_ONLINE_MAP_LIGHT: 'http://maps.example.org/style.json' })).toThrow(/https/);
  });
});
