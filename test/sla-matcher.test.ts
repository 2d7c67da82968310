import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { slaMatcher } from '../src/repo/tree.js';

// slaMatcher tests paths with picomatch's regular expressions directly, for speed: it must
// select exactly the files picomatch itself would.
describe('slaMatcher', () => {
  const globs = [
    ['slas/**/*.{yml,yaml}'],
    ['!slas/x.yaml'],
    ['slas/[ab].yaml'],
    ['slas/*.yaml', 'teams/**/sla.yml'],
    ['**/*.yaml'],
    ['slas/**'],
    ['slas/a?.yaml'],
    ['slas/+(a|b)*.yaml'],
  ];
  const paths = [
    'slas/a.yaml',
    'slas/x.yaml',
    'slas/[ab].yaml',
    'slas/b.yaml',
    'teams/x/sla.yml',
    'a.yaml',
    'slas/deep/er/z.yml',
    'slas/a1.yaml',
    'slas/ab.yaml',
    '.slac.yml',
    'slas/.hidden.yaml',
    'x/.y/z.yaml',
    'slas/a.YAML',
    'slas//a.yaml',
    'slas/ä ü.yaml',
  ];

  for (const g of globs) {
    it(`selects what picomatch selects for ${g.join(', ')}`, () => {
      const theirs = picomatch(g, { dot: false });
      const ours = slaMatcher(g);
      expect(paths.filter(ours)).toEqual(paths.filter((p) => theirs(p)));
    });
  }

  it('leaves out files in node_modules/ and .git/ folders, and only those', () => {
    const ours = slaMatcher(['**/*.yaml']);
    const inside = ['node_modules/a.yaml', 'slas/node_modules/a.yaml', 'x/.git/y/a.yaml'];
    const outside = [
      'slas/a.yaml',
      'my.git/a.yaml',
      'slas/xnode_modules/a.yaml',
      'slas/node_modules.yaml',
      'node_modulesx/a.yaml',
    ];
    expect([...inside, ...outside].filter(ours)).toEqual(outside);
  });
});
