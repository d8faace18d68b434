// Generated execution cases: seeded random selections over the execution corpus schema — aliases,
// __typename, named and inline fragments on abstract types, @skip/@include — the same on every run.
import { buildSchema, getNamedType, isAbstractType, isCompositeType, isNonNullType, isInterfaceType } from 'graphql';

/** A small deterministic PRNG (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const literals = { ID: '"b1"', String: '"x"', Int: '1', Boolean: 'true', Genre: 'FICTION' };

/** `count` operations over `sdl`, from `seed`. */
export function generateExecutions(sdl, count, seed = 2026) {
  const schema = buildSchema(sdl);
  const rng = random(seed);
  const chance = (p) => rng() < p;
  const cases = [];
  for (let n = 0; n < count; n++) {
    let alias = 0;
    const fragments = [];
    const selection = (type, depth) => {
      const parts = [];
      if (chance(0.2)) parts.push(chance(0.5) ? '__typename' : `t${alias++}: __typename`);
      if (isAbstractType(type)) {
        const targets = [...schema.getPossibleTypes(type), ...(isInterfaceType(type) ? [type] : [])];
        for (const target of targets.filter(() => chance(0.6))) {
          const inner = selection(target, depth + 1);
          if (chance(0.3)) {
            const fragmentName = `F${n}_${fragments.length}`;
            fragments.push(`fragment ${fragmentName} on ${target.name} ${inner}`);
            parts.push(`...${fragmentName}`);
          } else {
            parts.push(`... on ${target.name} ${inner}`);
          }
        }
        if (parts.length === 0) parts.push('__typename');
        return `{ ${parts.join(' ')} }`;
      }
      const fields = Object.values(type.getFields()).filter((field) => depth < 4 || !isCompositeType(getNamedType(field.type)));
      for (const field of fields.filter(() => chance(depth === 0 ? 0.25 : 0.45))) {
        const args = field.args
          .filter((arg) => isNonNullType(arg.type) || chance(0.3))
          .map((arg) => `${arg.name}: ${literals[getNamedType(arg.type).name] ?? 'null'}`);
        let text = (chance(0.3) ? `a${alias++}: ` : '') + field.name + (args.length ? `(${args.join(', ')})` : '');
        if (chance(0.1)) text += chance(0.5) ? ' @skip(if: false)' : ' @include(if: false)';
        const named = getNamedType(field.type);
        if (isCompositeType(named)) text += ' ' + selection(named, depth + 1);
        parts.push(text);
      }
      if (parts.length === 0) parts.push('__typename');
      return `{ ${parts.join(' ')} }`;
    };
    const query = selection(schema.getQueryType(), 0);
    cases.push([`generated #${n}`, [query, ...fragments].join('\n')]);
  }
  return cases;
}
