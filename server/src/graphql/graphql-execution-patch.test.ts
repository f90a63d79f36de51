import { buildSchema, execute, parse, type GraphQLObjectType, type GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';

/*
 * graphql-js is patched (.config/patches/graphql@16.15.0.patch, docs/dependencies.md): a field
 * read by the default resolver from a plain object, without arguments, of a leaf type, is answered
 * without the resolve info, argument object and path built for every other field, and result maps
 * are ordinary objects instead of null-prototype dictionaries; argument objects are built as the
 * ordinary objects they are returned as, instead of a dictionary copied by a spread; and a field
 * that declares `extensions.answerWithoutResolveInfo` is answered by it, without resolve info and
 * arguments, when asked without arguments. These tests pin the answers and
 * errors to what graphql-js gives without the patch, for every case the short cut hands back.
 */

const schema = buildSchema(`
  enum Status { DRAFT SIGNED }
  scalar Strict
  type Ward {
    code: String!
    name: String
    status: Status
    population: Int
    strict: Strict
    greeting(language: String): String
    described(toString: String, valueOf: Int, language: String = "vi"): String
    parent: Ward
  }
  type Query { ward: Ward wards: [Ward!]! }
`);

// A scalar whose serialisation fails for anything but a string: the short cut must leave it to
// executeField, which reports the error at its path.
const strict = schema.getType('Strict') as GraphQLScalarType;
strict.serialize = (value: unknown) => {
  if (typeof value !== 'string') throw new TypeError(`Strict cannot represent ${String(value)}`);
  return value;
};

/** A ward whose method `field` answers `answer` and keeps the arguments it was called with. */
function recordingArguments(field: string, answer: string) {
  const seen: Record<string, unknown>[] = [];
  const ward = {
    [field]: (args: Record<string, unknown>) => {
      seen.push(args);
      return answer;
    },
  };
  return { seen, ward };
}

function run(document: string, ward: unknown) {
  return execute({ schema, document: parse(document), rootValue: { ward, wards: [ward, ward] } });
}

describe('graphql-js execution (patched)', () => {
  it('answers plain leaf fields of plain objects, lists included, in the order asked', async () => {
    const ward = { code: '26734', name: 'Phường Sài Gòn', status: 'SIGNED', population: 47_000 };
    const result = await run('{ ward { population name code status } wards { code } }', ward);
    expect(result).toEqual({
      data: {
        ward: { population: 47_000, name: 'Phường Sài Gòn', code: '26734', status: 'SIGNED' },
        wards: [{ code: '26734' }, { code: '26734' }],
      },
    });
    expect(Object.keys(result.data!.ward as object)).toEqual(['population', 'name', 'code', 'status']);
  });

  it('builds result maps as ordinary objects (the memory half of the patch is applied)', async () => {
    const result = await run('{ ward { code parent { code } } }', { code: '1', parent: { code: '2' } });
    const ward = result.data!.ward as { parent: object };
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(ward)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(ward.parent)).toBe(Object.prototype);
  });

  it('keeps `__proto__` as an alias: an own field of the answer, not a new prototype', async () => {
    const result = await run('{ ward { __proto__: code second: code } }', { code: '26734' });
    const ward = result.data!.ward as Record<string, unknown>;
    expect(Object.getPrototypeOf(ward)).toBe(Object.prototype);
    expect(Object.keys(ward)).toEqual(['__proto__', 'second']);
    expect(JSON.stringify(result.data)).toBe('{"ward":{"__proto__":"26734","second":"26734"}}');
  });

  it('answers null for a missing nullable field, and a located error for a null non-null one', async () => {
    const result = await run('{ ward { name code } }', { name: undefined, code: null });
    expect(result.data).toEqual({ ward: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.message).toBe('Cannot return null for non-nullable field Ward.code.');
    expect(result.errors![0]!.path).toEqual(['ward', 'code']);
  });

  it('calls a method of the source with the arguments and the field info, as the default resolver does', async () => {
    const seen: unknown[] = [];
    const ward = {
      code: () => 'from a method',
      greeting(args: { language?: string }, _context: unknown, info: { fieldName: string }) {
        seen.push(args, info.fieldName);
        return args.language === 'vi' ? 'Xin chào' : 'Hello';
      },
    };
    const result = await run('{ ward { code greeting(language: "vi") } }', ward);
    expect(result).toEqual({ data: { ward: { code: 'from a method', greeting: 'Xin chào' } } });
    expect(seen).toEqual([{ language: 'vi' }, 'greeting']);
  });

  it('hands resolvers their arguments as an ordinary object, defaults filled and absent ones absent', async () => {
    const { seen, ward } = recordingArguments('greeting', 'hello');
    await run('{ ward { a: greeting b: greeting(language: "en") } }', ward);
    expect(seen).toEqual([{}, { language: 'en' }]);
    expect(seen.map((args) => Object.getPrototypeOf(args))).toEqual([Object.prototype, Object.prototype]);
    expect(seen[0]!['language']).toBeUndefined();
  });

  it('leaves an argument named after an Object.prototype member to the prototype when not given', async () => {
    // As graphql-js documents (an ordinary object, "care should be taken to not pull values from
    // the Object prototype"): the patch builds the object it returned, it does not change it.
    const { seen, ward } = recordingArguments('described', 'described');
    const result = await run('{ ward { a: described b: described(toString: "x", valueOf: 2) } }', ward);
    expect(result).toEqual({ data: { ward: { a: 'described', b: 'described' } } });
    expect(Object.keys(seen[0]!)).toEqual(['language']);
    expect(seen[0]!['toString']).toBe(Object.prototype.toString);
    expect(seen[1]).toEqual({ toString: 'x', valueOf: 2, language: 'vi' });
    expect(Object.getPrototypeOf(seen[1])).toBe(Object.prototype);
  });

  it('reports an Error value, a throwing getter and a value that does not serialise at their paths', async () => {
    const ward = {
      name: new Error('no name for this ward'),
      get population(): number {
        throw new Error('population not counted');
      },
      status: 'ABOLISHED',
      strict: 42,
      code: '26734',
    };
    const result = await run('{ ward { code name population status strict } }', ward);
    expect(result.data).toEqual({ ward: { code: '26734', name: null, population: null, status: null, strict: null } });
    const errors = (result.errors ?? []).map((error) => [error.path, error.message]);
    expect(errors).toEqual([
      [['ward', 'name'], 'no name for this ward'],
      [['ward', 'population'], 'population not counted'],
      [['ward', 'status'], 'Enum "Status" cannot represent value: "ABOLISHED"'],
      [['ward', 'strict'], 'Strict cannot represent 42'],
    ]);
  });

  it('leaves a source that is not an object to the default resolver (null, then the non-null error)', async () => {
    const result = await run('{ ward { name code } }', 'not an object');
    expect(result.data).toEqual({ ward: null });
    expect((result.errors ?? []).map((error) => error.path)).toEqual([['ward', 'code']]);
  });

  describe('a field with answerWithoutResolveInfo', () => {
    // Two schemas alike but for the answer: the one without it is what graphql-js does unpatched.
    const sdl = `
      enum Status { DRAFT SIGNED }
      type Agreement { status: Status! }
      type Ward { standing(asOf: String): Status standingRequired: Status! current: Agreement }
      type Query { ward: Ward }
    `;
    type Row = { standing?: unknown; standingRequired?: unknown; current?: unknown };
    function schemaFor(withAnswers: boolean, calls: string[]) {
      const built = buildSchema(sdl);
      const fields = (built.getType('Ward') as GraphQLObjectType).getFields();
      for (const name of ['standing', 'standingRequired', 'current'] as const) {
        const field = fields[name]!;
        field.resolve = (row: Row) => {
          calls.push(name);
          return row[name];
        };
        if (withAnswers) field.extensions = { answerWithoutResolveInfo: (row: Row) => row[name] };
      }
      return built;
    }
    async function both(document: string, ward: Row) {
      const callsWith: string[] = [];
      const callsWithout: string[] = [];
      const rootValue = { ward };
      const patched = await execute({ schema: schemaFor(true, callsWith), document: parse(document), rootValue });
      const plain = await execute({ schema: schemaFor(false, callsWithout), document: parse(document), rootValue });
      const errors = (result: typeof patched) => (result.errors ?? []).map((error) => [error.path, error.message]);
      expect(patched.data).toEqual(plain.data);
      expect(errors(patched)).toEqual(errors(plain));
      return { result: patched, callsWith, callsWithout };
    }

    it('answers leaves and objects from it, without calling the resolver, as the resolver would', async () => {
      const { result, callsWith, callsWithout } = await both('{ ward { standing current { status } } }', {
        standing: 'SIGNED',
        current: { status: 'DRAFT' },
      });
      expect(result.data).toEqual({ ward: { standing: 'SIGNED', current: { status: 'DRAFT' } } });
      expect(callsWithout).toEqual(['standing', 'current']);
      expect(callsWith).toEqual([]);
    });

    it('leaves to the resolver a field asked with arguments, undefined, a promise, or null where not allowed', async () => {
      const given = await both('{ ward { standing(asOf: "2025-07-01") } }', { standing: 'DRAFT' });
      expect(given.callsWith).toEqual(['standing']);
      const missing = await both('{ ward { standing } }', {});
      expect(missing.result.data).toEqual({ ward: { standing: null } });
      expect(missing.callsWith).toEqual(['standing']);
      const promised = await both('{ ward { standing } }', { standing: Promise.resolve('SIGNED') });
      expect(promised.result.data).toEqual({ ward: { standing: 'SIGNED' } });
      expect(promised.callsWith).toEqual(['standing']);
      const nulled = await both('{ ward { standingRequired } }', { standingRequired: null });
      expect(nulled.result.errors?.[0]?.message).toBe(
        'Cannot return null for non-nullable field Ward.standingRequired.',
      );
    });

    it('reports a thrown, a returned and a sub-field error at their paths, as executeField does', async () => {
      const thrown = await both('{ ward { standing standingRequired } }', {
        get standing(): never {
          throw new Error('no standing');
        },
        standingRequired: new Error('no required standing'),
      });
      expect(thrown.result.data).toEqual({ ward: null });
      const sub = await both('{ ward { current { status } standing } }', { current: { status: null }, standing: 'X' });
      expect(sub.result.data).toEqual({ ward: { current: null, standing: null } });
      expect(sub.result.errors?.map((error) => error.path)).toEqual([
        ['ward', 'current', 'status'],
        ['ward', 'standing'],
      ]);
    });
  });
});
