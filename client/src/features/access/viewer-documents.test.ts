import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';

// Every document the app writes, as codegen generated it (each folder of src/graphql/).
const generatedModules = import.meta.glob<Record<string, unknown>>('../../graphql/*/graphql.ts', { eager: true });

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Document';
}

/** The names of the app's operations whose top level asks for `viewer`. */
function operationsAskingForTheViewer(): string[] {
  return Object.values(generatedModules)
    .flatMap((module) => Object.values(module).filter(isDocument))
    .flatMap((document) => document.definitions)
    .filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition')
    .filter((operation) =>
      operation.selectionSet.selections.some(
        (selection) => selection.kind === 'Field' && selection.name.value === 'viewer',
      ),
    )
    .map((operation) => operation.name?.value ?? '(anonymous)');
}

describe('the signed-in account', () => {
  // RequireViewer asks `Viewer` and hands its answer to the layout and the pages
  // (useSignedInViewer). A second document about the viewer is a second loading and error state
  // to keep in step, and asks the server again whenever it wants a field `Viewer` lacks: what a
  // page needs goes into `Viewer` instead.
  it('is asked for by one document, Viewer', () => {
    expect(Object.keys(generatedModules).length).toBeGreaterThanOrEqual(4);
    expect(operationsAskingForTheViewer()).toEqual(['Viewer']);
  });
});
