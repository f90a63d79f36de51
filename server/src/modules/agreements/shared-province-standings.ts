import { Kind, type GraphQLResolveInfo } from 'graphql';
import type { PlainRowReader } from '../../graphql/request-context.js';
import type { RequestLoaders } from '../../graphql/request-loaders.js';
import type { Selection } from '../../graphql/selection.js';
import { plainWardStandings, type PlainWard } from './ward-standing-rows.js';

/*
 * The director's dashboard asks, in one request, for a province's lacking wards
 * (`wardsLackingSignedAgreement`) and for its signing progress (`province { signingProgress }`):
 * both are where each of the province's wards stands today, and they were two statements over
 * the same rows. When the document asks for both, the lacking wards are read with every ward's
 * status, once, and the progress counts that same read (one statement fewer, measured in
 * bench/RESULTS.md, issue 19). Anything else keeps its own read.
 */

const key = (provinceCode: string, day: string) => `province-standings:${provinceCode}:${day}`;

/**
 * Whether the operation also asks, at its top level, for the signing progress of today of the
 * province with this code (`province(code: …) { signingProgress }` without `asOf`). A look-ahead
 * at the document: the lacking wards are read first, before the province is.
 */
export function operationAlsoAsksProgress(info: GraphQLResolveInfo, provinceCode: string): boolean {
  if (info.operation.operation !== 'query') return false;
  return info.operation.selectionSet.selections.some((node) => {
    if (node.kind !== Kind.FIELD || node.name.value !== 'province' || node.directives?.length) return false;
    if (node.arguments?.some((argument) => argument.name.value === 'asOf')) return false;
    const code = node.arguments?.find((argument) => argument.name.value === 'code')?.value;
    const value =
      code?.kind === Kind.STRING
        ? code.value
        : code?.kind === Kind.VARIABLE
          ? info.variableValues[code.name.value]
          : undefined;
    if (value !== provinceCode) return false;
    return (node.selectionSet?.selections ?? []).some(
      (field) =>
        field.kind === Kind.FIELD &&
        field.name.value === 'signingProgress' &&
        !field.arguments?.length &&
        !field.directives?.length,
    );
  });
}

/** Every ward of the province in force on `day` with its status, read once for the request's fields. */
export function sharedProvinceStandings(
  em: PlainRowReader,
  loaders: RequestLoaders,
  options: { provinceCode: string; day: string; selection: Selection },
): Promise<PlainWard[]> {
  const { provinceCode, day, selection } = options;
  return loaders.shared(key(provinceCode, day), () =>
    plainWardStandings(em, {
      province: { code: provinceCode },
      day,
      onlyLacking: false,
      selection: {
        hasArguments: false,
        fields: new Map([...selection.fields, ['signingStatus', { hasArguments: false, fields: new Map() }]]),
      },
    }),
  );
}

/** The shared read of the province's wards on `day`, when a field of this request has started one. */
export function sharedProvinceStandingsIfRead(
  loaders: RequestLoaders,
  provinceCode: string,
  day: string,
): Promise<PlainWard[]> | undefined {
  return loaders.sharedRead(key(provinceCode, day));
}
