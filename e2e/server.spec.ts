// The server `npm start` runs, spoken to as a hostile or broken client would:
// raw bytes over a socket, so nothing between the test and the server tidies the
// request first. No page is needed, so none is opened.
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { connect } from 'node:net';

const base = () => new URL(test.info().project.use.baseURL!);

/** Send raw bytes and read what comes back until the server closes or `ms` pass. */
function exchange(raw: string | Buffer, ms = 2_000): Promise<string> {
  const { hostname, port } = base();
  return new Promise((done, fail) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const finish = () => {
      socket.destroy();
      done(Buffer.concat(chunks).toString('latin1'));
    };
    socket.setTimeout(ms, finish);
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      // One full response is enough: stop at the end of its headers for a body-less status.
      if (/^HTTP\/1\.1 \d{3}/.test(Buffer.concat(chunks).toString('latin1'))) socket.setTimeout(200, finish);
    });
    socket.on('end', finish);
    socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? finish() : fail(e)));
    socket.write(raw);
  });
}

const status = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);

async function stillServing() {
  const response = await exchange('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  expect(status(response)).toBe(200);
  expect(response).toContain('Durand Line');
}

test('a malformed request line gets 400 and the server goes on serving', async () => {
  const send = (target: string) => exchange(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  // Targets no browser sends for a page of ours: badly %-encoded, NUL, not a path, climbing out.
  const refused = [
    '//%',
    '/%',
    '/%E0%A4%A',
    '/a%00b',
    '*',
    'http://[',
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
  ];
  for (const target of refused) {
    const response = await send(target);
    expect(status(response), target).toBe(400);
    expect(response.includes('root:'), target).toBe(false);
  }
  // Odd but well-formed paths are paths: the app, which explains a link it cannot use.
  for (const target of ['///', '//[', '//:99999']) expect(status(await send(target)), target).toBe(200);
  await stillServing();
});

test('only GET and HEAD are served; other methods get 405 with Allow', async () => {
  for (const method of ['OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH', 'TRACE']) {
    const response = await exchange(
      `${method} / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
    );
    expect(status(response), method).toBe(405);
    expect(response, method).toMatch(/\r\nallow: GET, HEAD\r\n/i);
    expect(response, method).not.toContain('Durand Line');
  }
  const head = await exchange('HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  expect(status(head)).toBe(200);
  expect(head).not.toContain('Durand Line');
  await stillServing();
});

test('a range of a map file is served as bytes; a range it cannot honour is not a crash', async ({ request }) => {
  const whole = await (
    await request.get('/geo/places.topo.json', { headers: { 'accept-encoding': 'identity' } })
  ).body();
  const part = await request.get('/geo/places.topo.json', {
    headers: { range: 'bytes=10-19', 'accept-encoding': 'br' },
  });
  expect(part.status()).toBe(206);
  expect(part.headers()['content-range']).toBe(`bytes 10-19/${whole.length}`);
  expect(Buffer.compare(await part.body(), whole.subarray(10, 20))).toBe(0);
  const suffix = await request.get('/geo/places.topo.json', { headers: { range: 'bytes=-5' } });
  expect(Buffer.compare(await suffix.body(), whole.subarray(whole.length - 5))).toBe(0);
  expect((await request.get('/geo/places.topo.json', { headers: { range: `bytes=${whole.length}-` } })).status()).toBe(
    416,
  );
  // Reversed, several, or another unit: the whole file, as if no range were asked.
  for (const range of ['bytes=100-50', 'bytes=0-1,5-9', 'lines=1-2', 'bytes=x-y']) {
    expect((await request.get('/geo/places.topo.json', { headers: { range } })).status(), range).toBe(200);
  }
  await stillServing();
});

test('fuzz: no request line or header, however odd, ends the server', async () => {
  test.setTimeout(60_000);
  const text = fc.string({ unit: 'binary', maxLength: 40 });
  // Mostly requests a parser accepts, so the fuzz reaches our handler; some that it must refuse.
  const printable = fc.string({ unit: fc.constantFrom(...'abz09-=,;*/ "\'%[]:.'.split('')), maxLength: 24 });
  const token = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'OPTIONS', 'DELETE', 'PATCH', 'TRACE') },
    { weight: 1, arbitrary: fc.constantFrom('get', 'CONNECT', 'PRI', '') },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  const target = fc.oneof(
    fc.constantFrom('/', '//', '/assets/', '/geo/places.topo.json', '/?place=torkham', '*', '/index.html'),
    text.map((s) => '/' + s),
    // Paths built from the characters URL parsers trip on.
    fc.string({ unit: fc.constantFrom(...'/%[]:@?#.\\ ~aZ09'.split('')), maxLength: 12 }).map((s) => '/' + s),
    fc.webPath(),
  );
  const version = fc.oneof(
    { weight: 5, arbitrary: fc.constant('HTTP/1.1') },
    { weight: 1, arbitrary: fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'HTTP/9', '', 'http/1.1') },
  );
  const header = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(fc.constantFrom('Range', 'Accept-Encoding', 'If-None-Match', 'Accept', 'Cookie'), printable),
    },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('Host', 'Content-Length', 'Transfer-Encoding'), text) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 12 }), text) },
  );
  const request = fc.record({ token, target, version, headers: fc.array(header, { maxLength: 5 }) });
  await fc.assert(
    fc.asyncProperty(request, async ({ token, target, version, headers }) => {
      const lines = [`${token} ${target} ${version}`, 'Host: x', ...headers.map(([k, v]) => `${k}: ${v}`)];
      const response = await exchange(Buffer.from(lines.join('\r\n') + '\r\nConnection: close\r\n\r\n', 'latin1'), 500);
      // Any answer but a server error; a closed connection is an answer too.
      if (!response) return;
      expect(status(response), lines.join(' | ')).toBeLessThan(500);
      if (/^[A-Z]+$/.test(token) && !['GET', 'HEAD'].includes(token) && status(response) !== 400) {
        expect(status(response), lines.join(' | ')).toBe(405);
      }
    }),
    { numRuns: 200, interruptAfterTimeLimit: 40_000 },
  );
  await stillServing();
});
