import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphqlDocumentImports } from './graphql-document-imports';

type Context = { error: (message: string) => never; addWatchFile: (file: string) => void };
type Transform = (this: Context, code: string, id: string) => { code: string } | null;
type Load = (this: Context, id: string) => string | null;

const plugin = graphqlDocumentImports();
const context: Context = {
  error: (message) => {
    throw new Error(message);
  },
  addWatchFile: () => {},
};
const transform = (code: string, id = '/app/client/src/features/access/access-documents.ts') =>
  (plugin.transform as Transform).call(context, code, id);
const load = (id: string) => (plugin.load as Load).call(context, id);

describe('graphql() calls become imports of single documents', () => {
  it('imports each document from a module of its own, on the lines it was written on', () => {
    const source = [
      "import { graphql } from '../../graphql/generated';",
      '',
      'export const ViewerQuery = graphql(`',
      '  query Viewer {',
      '    viewer { id }',
      '  }',
      '`);',
      'export const Details = graphql(`fragment AgreementDetails on Agreement { id }`);',
      '',
    ].join('\n');
    const result = transform(source);
    expect(result?.code).toBe(
      [
        'import __document_ViewerDocument from "\\u0000graphql-document:/app/client/src/graphql/generated/graphql.ts#ViewerDocument"; ' +
          'import __document_AgreementDetailsFragmentDoc from "\\u0000graphql-document:/app/client/src/graphql/generated/graphql.ts#AgreementDetailsFragmentDoc";',
        '',
        'export const ViewerQuery = __document_ViewerDocument',
        '',
        '',
        '',
        ';',
        'export const Details = __document_AgreementDetailsFragmentDoc;',
        '',
      ].join('\n'),
    );
  });

  it('leaves modules without graphql() calls alone', () => {
    expect(transform("import { gql } from 'urql';\nexport const q = gql`{ viewer { id } }`;\n")).toBeNull();
  });

  it('finds every document the app writes in the generated modules, and reads it alone', () => {
    const sources = resolve(import.meta.dirname, 'src');
    const files = readdirSync(sources, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts') && !file.startsWith('graphql'),
    );
    const documents = files.flatMap((file) => {
      const result = transform(readFileSync(join(sources, file), 'utf8'), join(sources, file));
      return result
        ? [...result.code.matchAll(/import __document_\w+ from "([^"]+)";/g)].map((match) => match[1]!)
        : [];
    });
    expect(documents.length).toBeGreaterThan(30);
    for (const id of documents) {
      const module = load(JSON.parse(`"${id}"`) as string);
      expect(module, id).toMatch(/^export default \{"kind":"Document","definitions":\[.*\]\};$/);
      // Only this document (and the fragments it spreads), not its neighbours.
      const name = id.split('#')[1]!.replace(/FragmentDoc$|Document$/, '');
      expect(module, id).toContain(`"name":{"kind":"Name","value":"${name}"}`);
    }
  });
});
