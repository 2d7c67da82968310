// The catalog's pages are rendered by templates compiled to closures (src/render/compile.ts);
// Handlebars stays the reference: every case below must give Handlebars' bytes, or be
// refused as Unsupported (the page is then rendered by Handlebars).
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { compileTemplates, Unsupported } from '../src/render/compile.js';

const PARTIALS: Record<string, string> = {
  item: '<li>{{title}}</li>\n',
  list: '<ul>\n  {{#each items}}\n  {{> item}}\n  {{/each}}\n</ul>\n',
  layout: '<main>\n{{> @partial-block}}\n</main>\n',
  shell: '<div>\n  {{> @partial-block}}\n</div>\n',
  nested: '{{#> shell}}\n<p>{{../name}}{{name}}</p>\n{{/shell}}\n',
  root: '{{@root.name}}|{{@index}}',
  // For the indentation compiled into a partial (compile.ts compileProgram's `indent`).
  multi: '<pre>{{{text}}}</pre>\n{{#each items}}\n  <i>{{title}}</i>\n{{/each}}\n\n  {{> item}}\n',
  inline: '<p>{{> item}}{{{text}}}</p>',
  blank: '{{#if no}}x{{/if}}',
  breakOnly: '\n',
  endsWithIndent: '<p>\n  ',
  valueBreak: '{{{text}}}\n',
  twoBreaks: '<b>{{name}}</b>\n\n',
  deeper: '<div>\n    {{> multi}}\n  {{> inline}}\n  {{> blank}}\n  {{> breakOnly}}\n</div>',
};

/** Renders `template` with `context` by Handlebars and by the compiled closures. */
function both(template: string, context: unknown): { handlebars: string; compiled: string } {
  const hbs = Handlebars.create();
  for (const [name, text] of Object.entries(PARTIALS)) hbs.registerPartial(name, text);
  const handlebars = hbs.compile(template)(context);
  const compiled = compileTemplates({ 'page.hbs': template }, new Map(Object.entries(PARTIALS)));
  return { handlebars, compiled: compiled.render('page.hbs', context) };
}

const CONTEXT = {
  name: 'Acme <Payments> & "Co" `x` =',
  zero: 0,
  empty: '',
  no: false,
  yes: true,
  none: null,
  list: [],
  items: [{ title: 'one' }, { title: 'two', note: 'n' }, { title: 'three' }],
  tags: ['a', 'b', 'a'],
  nested: { deeper: { value: 7 }, list: [1, 2] },
  object: { b: 2, a: 1 },
  text: 'line one\nline two\n',
  html: '<b>bold</b>',
};

const CASES: [string, string][] = [
  ['escaping', '{{name}} {{{name}}} {{html}} {{{html}}}'],
  ['falsy values', '[{{zero}}][{{empty}}][{{no}}][{{yes}}][{{none}}][{{missing}}][{{list}}]'],
  ['objects and lists as text', '{{object}}|{{tags}}|{{{tags}}}|{{nested.list}}'],
  ['paths', '{{nested.deeper.value}} {{nested.missing.value}} {{this.name}} {{./name}}'],
  ['if and else', '{{#if zero}}z{{else}}no zero{{/if}}{{#if list}}l{{else}}empty{{/if}}'],
  ['else if chains', '{{#if no}}a{{else if none}}b{{else if yes}}c{{else}}d{{/if}}'],
  ['unless', '{{#unless no}}u{{/unless}}{{#unless items}}x{{else}}has{{/unless}}'],
  [
    'each with data',
    '{{#each items}}{{@index}}:{{title}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}}{{@key}}({{../name}}) {{/each}}',
  ],
  [
    'each over strings and objects',
    '{{#each tags}}[{{this}}]{{/each}}{{#each object}}{{@key}}={{this}};{{/each}}',
  ],
  ['each else', '{{#each list}}x{{else}}none{{/each}}{{#each missing}}x{{else}}nothing{{/each}}'],
  [
    'with',
    '{{#with nested}}{{deeper.value}}{{../name}}{{/with}}{{#with none}}x{{else}}no{{/with}}',
  ],
  [
    'sections',
    '{{#items}}<{{title}}>{{/items}}{{#nested}}{{deeper.value}}{{/nested}}{{#no}}x{{else}}n{{/no}}{{^list}}inverted{{/list}}',
  ],
  [
    'depths through blocks',
    '{{#each items}}{{#if note}}{{../name}}{{/if}}{{#with this}}{{../title}}{{/with}}{{/each}}',
  ],
  [
    'standalone partials and indentation',
    '<body>\n  {{> list}}\n    {{> item items.[0]}}\n</body>\n',
  ],
  ['partial blocks', '{{#> layout}}\n  <h1>{{name}}</h1>\n  {{> item items.[1]}}\n{{/layout}}'],
  ['nested partial blocks', '{{#> layout}}\n{{> nested}}\n{{/layout}}\n'],
  ['a missing partial with a block', '{{#> nosuch}}fallback {{name}}{{/nosuch}}'],
  ['data in partials', '{{#each items}}{{> root}};{{/each}}'],
  ['indenting text with blank lines', '<pre>\n  {{> item}}\n</pre>\n  {{{text}}}\n'],
  ['whitespace control', '{{#each tags ~}}\n  {{this}}\n{{~/each}} {{~name~}} x'],
  ['comments', 'a{{! a comment }}b{{!-- {{name}} --}}c\n  {{! standalone }}\nd'],
  ['literals', '{{#if "x"}}s{{/if}}{{#if 0}}z{{/if}}{{#with 5}}{{this}}{{/with}}'],
  [
    'indented partials holding values with line breaks, blocks and other partials',
    '<body>\n  {{> multi}}\n\t{{> inline}}\n  {{> deeper}}\n</body>\n',
  ],
  [
    'indented partials that render nothing, a line break, or end in an indent',
    '<a>\n  {{> blank}}\n  {{> breakOnly}}\n  {{> endsWithIndent}}\n  {{> breakOnly}}\n</a>',
  ],
  [
    'indented partials ending in a value and a line break, or in two line breaks',
    '<x>\n   {{> valueBreak}}\n  {{> twoBreaks}}\n\t{{> valueBreak}}</x>\n {{> twoBreaks}}',
  ],
  [
    'an indented partial block and the same partial at two indents',
    '  {{#> shell}}\n    {{> deeper}}\n  {{/shell}}\n{{> deeper}}\n    {{> deeper}}\n',
  ],
];

describe('templates compiled to closures', () => {
  for (const [name, template] of CASES) {
    it(`gives Handlebars' output: ${name}`, () => {
      const { handlebars, compiled } = both(template, CONTEXT);
      expect(compiled).toBe(handlebars);
    });
  }

  it('gives the same output when a value sits behind a getter', () => {
    const context = {};
    Object.defineProperty(context, 'name', { enumerable: true, get: () => 'late <b>' });
    const { handlebars, compiled } = both('{{name}}{{#each this}}{{@key}}{{/each}}', context);
    expect(compiled).toBe(handlebars);
  });

  for (const [what, template] of [
    ['a helper call', '{{lookup items 0}}'],
    ['a hash', '{{#if zero includeZero=true}}z{{/if}}'],
    ['block parameters', '{{#each items as |item|}}{{item.title}}{{/each}}'],
    ['a subexpression', '{{#if (lookup items 0)}}x{{/if}}'],
    ['an inline partial', '{{#*inline "x"}}y{{/inline}}{{> x}}'],
    ['a built-in helper as a value', '{{log}}'],
  ] as const) {
    it(`refuses ${what}, for Handlebars to render`, () => {
      const compiled = compileTemplates({ 'page.hbs': template }, new Map());
      expect(() => compiled.render('page.hbs', CONTEXT)).toThrow(Unsupported);
    });
  }

  it('refuses while rendering what only the data shows: a function, an inherited property, a missing partial', () => {
    const render = (template: string, context: unknown) =>
      compileTemplates({ 'page.hbs': template }, new Map()).render('page.hbs', context);
    expect(() => render('{{fn}}', { fn: () => 'x' })).toThrow(Unsupported);
    expect(() => render('{{tags.map}}', CONTEXT)).toThrow(Unsupported);
    expect(() => render('{{> nosuch}}', CONTEXT)).toThrow(Unsupported);
  });
});
