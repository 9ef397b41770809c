// Draw the code's dependency graph, by feature folder, from the code itself
// (dependency-cruiser), into docs/architecture.md between its graph markers.
// `npm run docs:graph`; never drawn by hand.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const doc = join(root, 'docs', 'architecture.md');
const mermaid = execFileSync(
  'npx',
  [
    'depcruise',
    'src',
    '--config',
    '.dependency-cruiser.mjs',
    '--output-type',
    'mermaid',
    // One box per feature folder (the core's features apart), no tests, no packages.
    '--collapse',
    '^src/(core/[^/]+|[^/]+)',
    '--exclude',
    '(node_modules|\\.test\\.ts$|\\.txt$|\\.css$|\\.d\\.ts$)',
  ],
  { cwd: root, encoding: 'utf8' },
).trim();
const START = '<!-- graph:start (npm run docs:graph) -->';
const END = '<!-- graph:end -->';
const text = readFileSync(doc, 'utf8');
const [before, rest] = text.split(START);
if (rest === undefined || !rest.includes(END)) throw new Error(`${doc} has no graph markers`);
const after = rest.slice(rest.indexOf(END));
writeFileSync(doc, `${before}${START}\n\n\`\`\`mermaid\n${mermaid}\n\`\`\`\n\n${after}`);
console.log(`docs/architecture.md: graph of ${mermaid.split('\n').filter((l) => l.includes('-->')).length} arrows`);
