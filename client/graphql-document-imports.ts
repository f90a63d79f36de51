import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** `import { graphql } from '…/graphql/<folder>'`: the client preset's lookup function. */
const GRAPHQL_IMPORT = /import \{ graphql \} from '([./]*graphql\/[\w-]+)(?:\/index)?';/;

/** One `graphql(`…`)` call of the client preset, with its operation's kind and name. */
const GRAPHQL_CALL = /graphql\(`\s*(query|mutation|subscription|fragment)\s+(\w+)[^`]*`\)/g;

/** Modules of one document each: `\0graphql-document:<generated graphql.ts>#<export>`. */
const PREFIX = '\0graphql-document:';

/**
 * Replaces each `graphql(`…`)` call with an import of that one document, as the client preset's
 * Babel plugin does (Vite's React plugin no longer runs Babel), and gives each document a module
 * of its own. The preset's `graphql()` looks documents up in a map of every document of its
 * folder (gql.ts), and the bundler places a module, all its exports, in one chunk: so the shell,
 * which uses three documents, carried all of them, about 50 KB of the entry chunk evaluated on
 * every visit before anything shows (issue 15). One module per document goes with the pages that
 * use it; its text is the generated export's (one line of JSON).
 *
 * Lines are kept where they were (the imports share the `graphql` import's line, a replaced call
 * keeps its line breaks), so the transform leaves source maps as they were (`map: null`).
 */
export function graphqlDocumentImports(): Plugin {
  return {
    name: 'tripartite:graphql-document-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || !code.includes('graphql(`')) return null;
      const from = GRAPHQL_IMPORT.exec(code);
      if (!from) return null;
      const documents = new Set<string>();
      const replaced = code.replace(GRAPHQL_CALL, (call, kind: string, name: string) => {
        const document = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        documents.add(document);
        return `__document_${document}${'\n'.repeat(call.split('\n').length - 1)}`;
      });
      if (replaced.includes('graphql(`')) this.error(`${id}: a graphql(\`…\`) call this transform does not read`);
      const generated = resolve(dirname(id), `${from[1]}/graphql.ts`);
      const imports = [...documents]
        .map((document) => `import __document_${document} from ${JSON.stringify(`${PREFIX}${generated}#${document}`)};`)
        .join(' ');
      return { code: replaced.replace(from[0], imports), map: null };
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [generated, document] = id.slice(PREFIX.length).split('#') as [string, string];
      this.addWatchFile(generated);
      const line = new RegExp(`^export const ${document} = (\\{.*\\}) as unknown as DocumentNode<.*>;$`, 'm').exec(
        readFileSync(generated, 'utf8'),
      );
      if (!line) this.error(`${generated} exports no document ${document} as one line of JSON`);
      return `export default ${line[1]};`;
    },
  };
}
