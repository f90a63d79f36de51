import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every text a person reads comes from the translations (src/locales/<vi|en>/), never from a
 * literal in a component: a literal shows the same words in both languages. This reads every
 * component (.tsx) with the TypeScript parser and reports
 * - JSX text with a letter in it (`<Text>Save</Text>`),
 * - a string with a letter in it given to a prop a person reads or hears (label, title,
 *   aria-label, placeholder, …), directly or inside `{…}` (`label="Save"`, `title={'Save'}`,
 *   ``aria-label={`Save ${name}`}``), or as a property of that name in an object
 *   (`data={[{ value: 'map', label: 'Map' }]}`), and string children in braces (`{'Save'}`).
 * Texts from `t(…)`, data and numbers pass. What is meant to read the same in both languages is
 * listed in ALLOWED with the reason.
 */

const SOURCE = join(import.meta.dirname);

/** Props whose text is shown or read aloud. */
const USER_FACING_PROPS = new Set([
  'label',
  'placeholder',
  'title',
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'description',
  'alt',
  'error',
  'emptyText',
  'caption',
  'message',
  'tooltip',
  'nothingFoundMessage',
]);

/** Texts that read the same in Vietnamese and English, and why. Keep it short. */
const ALLOWED: ReadonlyMap<string, string> = new Map([
  ['Tripartite', 'the product’s name'],
  ['GraphiQL', 'a product’s name (the GraphQL explorer)'],
  ['GraphQL', 'the name of the query language'],
  ['VI', 'the language switch’s own code, the same in both languages'],
  ['EN', 'the language switch’s own code, the same in both languages'],
  ['km²', 'a unit'],
]);

const LETTER = /\p{L}/u;

export type Literal = { file: string; line: number; text: string };

function needsTranslation(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return LETTER.test(trimmed) && !ALLOWED.has(trimmed);
}

/** The literal texts in a string expression: a string, the fixed parts of a template, either side of `? :` and `||`. */
function stringsIn(expression: ts.Expression): string[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression.text];
  if (ts.isTemplateExpression(expression)) {
    return [expression.head.text, ...expression.templateSpans.map((span) => span.literal.text)];
  }
  if (ts.isConditionalExpression(expression))
    return [...stringsIn(expression.whenTrue), ...stringsIn(expression.whenFalse)];
  if (
    ts.isBinaryExpression(expression) &&
    [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(expression.operatorToken.kind)
  ) {
    return [...stringsIn(expression.left), ...stringsIn(expression.right)];
  }
  if (ts.isParenthesizedExpression(expression)) return stringsIn(expression.expression);
  return [];
}

/** The untranslated literals of one component file's source. */
export function untranslatedLiterals(file: string, source: string): Literal[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!needsTranslation(text)) return;
    const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
    found.push({ file, line, text: text.replace(/\s+/g, ' ').trim() });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && USER_FACING_PROPS.has(node.name.getText(tree))) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value)) report(value, value.text);
      else if (value && ts.isJsxExpression(value) && value.expression) {
        for (const text of stringsIn(value.expression)) report(value, text);
      }
    } else if (
      ts.isPropertyAssignment(node) &&
      USER_FACING_PROPS.has(node.name.getText(tree).replace(/^['"]|['"]$/g, ''))
    ) {
      // Props given as objects: `data={[{ value, label: 'Table' }]}`, `series={[{ label: 'Total' }]}`.
      for (const text of stringsIn(node.initializer)) report(node.initializer, text);
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      for (const text of stringsIn(node.expression)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

function componentFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'locales' ? [] : componentFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

describe('untranslated literals in components', () => {
  it('finds what it is meant to find (a planted sample)', () => {
    const planted = [
      '<Group>',
      '  <Text>Save changes</Text>',
      '  <TextInput label="Email address" placeholder={"name@example.com"} />',
      '  <Button aria-label={`Disable ${name}`} title={open ? "Close" : t("open")}>{"Cancel"}</Button>',
      '  <Text>{t("fine")} — 12 ▲ {count}</Text>',
      '  <Badge>Tripartite</Badge>',
      '  <SegmentedControl data={[{ value: "map", label: "Map" }, { value: "table", label: t("table") }]} />',
      '  <Box data-testid="account-table" className="tabular" />',
      '</Group>',
    ].join('\n');
    expect(untranslatedLiterals('planted.tsx', `const x = (${planted});`).map((literal) => literal.text)).toEqual([
      'Save changes',
      'Email address',
      'name@example.com',
      'Disable',
      'Close',
      'Cancel',
      'Map',
    ]);
  });

  it('holds none in the app’s components', () => {
    const files = componentFiles(SOURCE);
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap((file) => untranslatedLiterals(relative(SOURCE, file), readFileSync(file, 'utf8')));
    expect(found.map(({ file, line, text }) => `${file}:${line} ${JSON.stringify(text)}`)).toEqual([]);
  });
});
