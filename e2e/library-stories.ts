// Border stories for the library view's tests: short texts of our own, each
// with a source line that gives its outlet and date (or a dateline, metadata,
// or nothing), naming Chaman, Torkham and Spin Boldak in known numbers.

export interface Story {
  name: string;
  body: string;
  /** How many times the text names Chaman, its title included (0: not at all). */
  chaman: number;
}

const txt = (title: string, source: string, paragraphs: string[]) =>
  [`${title}\nSource: ${source}`, ...paragraphs].join('\n\n');

/** Twelve stories: dates from source lines, a dateline, HTML metadata and front matter; one with no date to find. */
export const STORIES: Story[] = [
  {
    name: 'dawn-chaman-closed.txt',
    body: txt('Chaman crossing closed', 'Dawn, 2024-03-12', [
      'Authorities closed the Chaman crossing on Tuesday after a protest.',
      'Traders in Chaman said trucks were stranded on both sides.',
    ]),
    chaman: 3,
  },
  {
    name: 'dawn-chaman-reopened.txt',
    body: txt('Chaman reopens', 'Dawn, 2024-04-02', ['The Chaman border reopened for pedestrians.']),
    chaman: 2,
  },
  {
    name: 'voa-torkham.txt',
    body: txt('Torkham queues grow', 'VOA, 2024-04-20', ['Hundreds waited at Torkham for a second day.']),
    chaman: 0,
  },
  {
    name: 'voa-spin-boldak.txt',
    body: txt('Spin Boldak traders wait', 'VOA, 2024-06-05', [
      'In Spin Boldak, across from Chaman, shops stayed shut.',
    ]),
    chaman: 1,
  },
  {
    name: 'dawn-fence.txt',
    body: txt('Fence work resumes', 'Dawn, 2024-09-18', ['Work on the fence near Torkham resumed.']),
    chaman: 0,
  },
  {
    name: 'dateline.txt',
    body: [
      'Chaman sit-in ends',
      'QUETTA, Pakistan, Jan. 15, 2025 — A months-long sit-in at Chaman ended on Wednesday.',
      'Protesters in Chaman had demanded the old permit rules.',
    ].join('\n\n'),
    chaman: 3,
  },
  {
    name: 'tribune-trade.html',
    body: `<!doctype html><html><head><title>Trade through Chaman falls</title>
<meta property="og:site_name" content="Express Tribune">
<meta property="article:published_time" content="2025-02-03T09:00:00+05:00"></head>
<body><article><h1>Trade through Chaman falls</h1><p>Trade through Chaman fell by a third, exporters said.</p></article></body></html>`,
    chaman: 2,
  },
  {
    name: 'front-matter.md',
    body: `---\ntitle: Torkham opens round the clock\ndate: 2025-06-30\nsource: Dawn\n---\n\n# Torkham opens round the clock\n\nTorkham will stay open at night, officials said.\n`,
    chaman: 0,
  },
  {
    name: 'ambiguous.txt',
    body: txt('Border talks stall', 'Pajhwok, 03/04/2025', [
      'Officials from both sides met near Torkham without result.',
    ]),
    chaman: 0,
  },
  {
    name: 'voa-chaman-clashes.txt',
    body: txt('Clashes near Chaman', 'VOA, 2025-06-11', [
      'Border forces exchanged fire near Chaman overnight.',
      'Residents of Chaman fled to Quetta.',
      'Chaman hospital received the wounded.',
    ]),
    chaman: 4,
  },
  {
    name: 'formula.txt',
    body: txt('=HYPERLINK("http://example.invalid","Chaman")', 'Dawn, 2025-07-01', [
      'A short note on Chaman and the fence.',
    ]),
    chaman: 2,
  },
  {
    name: 'dawn-kabul.txt',
    body: txt('Kabul and Islamabad talk', 'Dawn, 2025-08-14', ['Delegations met in Kabul.']),
    chaman: 0,
  },
];
