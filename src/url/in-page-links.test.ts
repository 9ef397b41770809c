// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { focusFragment, handleInPageLinks } from './in-page-links.ts';

/**
 * The page for one test. The markup is a literal fixture written in this file,
 * never text from an article or a reader, so setting it as HTML is safe.
 */
const page = (html: string) => {
  document.body.innerHTML = html;
};

afterEach(() => page(''));

const click = (el: Element, init: MouseEventInit = {}) => {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
  el.dispatchEvent(e);
  return e;
};
const byId = (id: string) => document.getElementById(id)!;

describe('focusFragment', () => {
  it('focuses what the fragment names when it takes focus itself', () => {
    page('<button id="go">Go</button>');
    expect(focusFragment('go')).toBe(true);
    expect(document.activeElement?.id).toBe('go');
  });
  it('focuses the first thing inside that takes focus', () => {
    page('<nav id="list"><p>Places</p><button id="first">A</button><button>B</button></nav>');
    expect(focusFragment('list')).toBe(true);
    expect(document.activeElement?.id).toBe('first');
  });
  it('makes a region that holds nothing focusable take focus, without a tab stop', () => {
    page('<main id="article"><p>Text</p></main>');
    expect(focusFragment('article')).toBe(true);
    expect(document.activeElement).toBe(byId('article'));
    expect(byId('article').tabIndex).toBe(-1);
  });
  it('leaves the tab order of what already takes focus as it is', () => {
    page('<div id="box" tabindex="0"></div>');
    expect(focusFragment('box')).toBe(true);
    expect(byId('box').tabIndex).toBe(0);
  });
  it('does nothing for a fragment that names nothing', () => {
    expect(focusFragment('nowhere')).toBe(false);
  });
});

describe('handleInPageLinks', () => {
  it('answers a plain click on an in-page link: focus moves, the address stays', () => {
    page('<a id="skip" href="#article">Skip</a><main id="article"><p>Text</p></main>');
    const off = handleInPageLinks();
    expect(click(byId('skip')).defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe('article');
    off();
    byId('skip').blur();
    expect(click(byId('skip')).defaultPrevented).toBe(false);
  });
  it('leaves alone modified clicks, other links, links to nothing, and clicks already taken', () => {
    page(
      '<a id="skip" href="#article">Skip</a><a id="out" href="/elsewhere">Out</a>' +
        '<a id="none" href="#nowhere">None</a><a id="empty" href="#">Top</a><main id="article"></main>',
    );
    const off = handleInPageLinks();
    expect(click(byId('skip'), { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(click(byId('out')).defaultPrevented).toBe(false);
    expect(click(byId('none')).defaultPrevented).toBe(false);
    expect(click(byId('empty')).defaultPrevented).toBe(false);
    const taken = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    byId('skip').addEventListener('click', (e) => e.preventDefault(), { once: true });
    byId('skip').dispatchEvent(taken);
    expect(document.activeElement?.id).not.toBe('article');
    off();
  });
  it('answers a click on something inside the link', () => {
    page('<a href="#article"><span id="inner">Skip</span></a><main id="article"></main>');
    const off = handleInPageLinks();
    expect(click(byId('inner')).defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe('article');
    off();
  });
});
