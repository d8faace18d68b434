// Generated validation cases: seeded mutations of the hand-written documents (renamed fields,
// dropped arguments, literals of the wrong kind, fragment cycles, duplicate names, unused and
// undefined variables, misplaced directives...), the same on every run. Mutations edit the
// graphql-js AST and print it, so every generated document parses.
import { parse, print, visit, Kind } from 'graphql';

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

const name = (value) => ({ kind: Kind.NAME, value });
const pick = (rng, list) => list[Math.floor(rng() * list.length)];

/** Replaces the k-th node of a kind (k picked at random) by what edit returns; null when there is none. */
function editOne(document, rng, kinds, edit, accept = () => true) {
  const candidates = [];
  visit(document, { enter(node) { if (kinds.includes(node.kind) && accept(node)) candidates.push(node); } });
  if (candidates.length === 0) return null;
  const target = pick(rng, candidates);
  let done = false;
  return visit(document, {
    enter(node, key, parent, path, ancestors) {
      if (!done && node === target) {
        done = true;
        return edit(node, ancestors);
      }
      return undefined;
    },
  });
}

function typo(rng, text) {
  if (text.length < 2) return text + 'x';
  const i = Math.floor(rng() * (text.length - 1));
  switch (Math.floor(rng() * 4)) {
    case 0: return text.slice(0, i) + text.slice(i + 1);
    case 1: return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
    case 2: return text + 's';
    default: return text.slice(0, i) + 'z' + text.slice(i + 1);
  }
}

const literals = [
  { kind: Kind.INT, value: '7' },
  { kind: Kind.FLOAT, value: '1.5' },
  { kind: Kind.STRING, value: 'text' },
  { kind: Kind.BOOLEAN, value: true },
  { kind: Kind.ENUM, value: 'ADMIN' },
  { kind: Kind.NULL },
  { kind: Kind.LIST, values: [{ kind: Kind.INT, value: '1' }] },
  { kind: Kind.OBJECT, fields: [{ kind: Kind.OBJECT_FIELD, name: name('region'), value: { kind: Kind.STRING, value: 'EU' } }] },
];
const typeNames = ['User', 'Team', 'Customer', 'Lead', 'Party', 'Node', 'Searchable', 'Actor', 'Owned', 'String', 'Role', 'CustomerFilter', 'Unknown'];
const variableTypes = ['Int', 'Int!', 'String', 'String!', '[String]', '[String!]!', 'Role', 'ID!', 'Boolean!', 'CustomerFilter', 'CustomerRef!', 'User', 'Unknwn', 'Float'];
const directives = ['@skip(if: true)', '@include(if: false)', '@live', '@cost(value: 1)', '@tag(name: "x")', '@unknownDirective', '@deprecated', '@skip', '@include(if: $flag)', '@specifiedBy(url: "u")'];
const selectionKinds = [Kind.FIELD, Kind.FRAGMENT_SPREAD, Kind.INLINE_FRAGMENT];
const withSelections = (node) => node.selectionSet && node.selectionSet.selections.length > 0;
const parseSelections = (text) => parse(`{ ${text} }`).definitions[0].selectionSet.selections;

const mutations = {
  renameField: (doc, rng) => editOne(doc, rng, [Kind.FIELD], (node) => ({ ...node, name: name(typo(rng, node.name.value)) }),
    (node) => node.name.value !== '__typename'),
  dropArgument: (doc, rng) => editOne(doc, rng, [Kind.ARGUMENT], () => null),
  wrongLiteral: (doc, rng) => editOne(doc, rng, [Kind.INT, Kind.FLOAT, Kind.STRING, Kind.BOOLEAN, Kind.ENUM, Kind.NULL, Kind.LIST, Kind.OBJECT],
    (node) => { const literal = pick(rng, literals.filter((l) => l.kind !== node.kind)); return literal; },
    (node) => node.block === undefined || node.block === false),
  renameArgument: (doc, rng) => editOne(doc, rng, [Kind.ARGUMENT], (node) => ({ ...node, name: name(typo(rng, node.name.value)) })),
  addArgument: (doc, rng) => editOne(doc, rng, [Kind.FIELD], (node) => ({
    ...node, arguments: [...(node.arguments ?? []), { kind: Kind.ARGUMENT, name: name(pick(rng, ['first', 'bogus', 'id', 'value'])), value: pick(rng, literals) }] })),
  duplicateArgument: (doc, rng) => editOne(doc, rng, [Kind.FIELD, Kind.DIRECTIVE], (node) => ({ ...node, arguments: [...node.arguments, node.arguments[0]] }),
    (node) => node.arguments && node.arguments.length > 0),
  addCycle: (doc, rng) => editOne(doc, rng, [Kind.FRAGMENT_DEFINITION], (node) => {
    const fragments = doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const target = pick(rng, fragments);
    return { ...node, selectionSet: { ...node.selectionSet, selections: [...node.selectionSet.selections, { kind: Kind.FRAGMENT_SPREAD, name: name(target.name.value), directives: [] }] } };
  }),
  duplicateDefinition: (doc, rng) => {
    const named = doc.definitions.filter((d) => d.name);
    if (named.length === 0) return null;
    return { ...doc, definitions: [...doc.definitions, pick(rng, named)] };
  },
  addUnusedVariable: (doc, rng) => editOne(doc, rng, [Kind.OPERATION_DEFINITION], (node) => ({
    ...node, variableDefinitions: [...(node.variableDefinitions ?? []), parse(`query ($unused${Math.floor(rng() * 9)}: Int) { a }`).definitions[0].variableDefinitions[0]] })),
  dropVariableDefinition: (doc, rng) => editOne(doc, rng, [Kind.VARIABLE_DEFINITION], () => null),
  changeVariableType: (doc, rng) => editOne(doc, rng, [Kind.VARIABLE_DEFINITION], (node) => ({
    ...node, type: parse(`query ($v: ${pick(rng, variableTypes)}) { a }`).definitions[0].variableDefinitions[0].type })),
  duplicateVariable: (doc, rng) => editOne(doc, rng, [Kind.OPERATION_DEFINITION], (node) => ({ ...node, variableDefinitions: [...node.variableDefinitions, node.variableDefinitions[0]] }),
    (node) => node.variableDefinitions && node.variableDefinitions.length > 0),
  aliasConflict: (doc, rng) => editOne(doc, rng, [Kind.SELECTION_SET], (node) => {
    const fields = node.selections.filter((s) => s.kind === Kind.FIELD);
    const [a, b] = [pick(rng, fields), pick(rng, fields)];
    const alias = a.alias ?? a.name;
    return { ...node, selections: [...node.selections, { ...b, alias }] };
  }, (node) => node.selections.some((s) => s.kind === Kind.FIELD)),
  addDirective: (doc, rng) => editOne(doc, rng, [Kind.FIELD, Kind.FRAGMENT_SPREAD, Kind.INLINE_FRAGMENT, Kind.OPERATION_DEFINITION, Kind.FRAGMENT_DEFINITION, Kind.VARIABLE_DEFINITION],
    (node) => ({ ...node, directives: [...(node.directives ?? []), parse(`{ a ${pick(rng, directives)} }`).definitions[0].selectionSet.selections[0].directives[0]] })),
  removeSelectionSet: (doc, rng) => editOne(doc, rng, [Kind.FIELD], (node) => ({ ...node, selectionSet: undefined }), withSelections),
  addSelectionSet: (doc, rng) => editOne(doc, rng, [Kind.FIELD], (node) => ({ ...node, selectionSet: { kind: Kind.SELECTION_SET, selections: parseSelections(pick(rng, ['id', 'name', '__typename', 'value'])) } }),
    (node) => !node.selectionSet),
  changeTypeCondition: (doc, rng) => editOne(doc, rng, [Kind.INLINE_FRAGMENT, Kind.FRAGMENT_DEFINITION],
    (node) => ({ ...node, typeCondition: { kind: Kind.NAMED_TYPE, name: name(pick(rng, typeNames)) } }), (node) => node.typeCondition),
  addRootField: (doc, rng) => editOne(doc, rng, [Kind.OPERATION_DEFINITION], (node) => ({
    ...node, selectionSet: { ...node.selectionSet, selections: [...node.selectionSet.selections, ...parseSelections(pick(rng, ['alerts { kind }', 'me { id }', '__typename', 'claimCustomer(id: 1) { id }']))] } })),
  addAnonymousOperation: (doc) => ({ ...doc, definitions: [...doc.definitions, parse('{ me { id } }').definitions[0]] }),
  removeSpread: (doc, rng) => editOne(doc, rng, [Kind.FRAGMENT_SPREAD], () => null),
  addUnknownSpread: (doc, rng) => editOne(doc, rng, [Kind.SELECTION_SET], (node) => ({
    ...node, selections: [...node.selections, { kind: Kind.FRAGMENT_SPREAD, name: name(pick(rng, ['Nope', 'UserName', 'CustomerCard'])), directives: [] }] })),
  deepIntrospection: (doc, rng) => editOne(doc, rng, [Kind.OPERATION_DEFINITION], (node) => ({
    ...node, selectionSet: { ...node.selectionSet, selections: [...node.selectionSet.selections, ...parseSelections(pick(rng, [
      '__schema { types { fields { type { fields { type { fields { name } } } } } } }',
      '__type(name: "User") { interfaces { possibleTypes { inputFields { name } } } }',
      '__schema { queryType { fields { name } } }']))] } })),
  wrapInInlineFragment: (doc, rng) => editOne(doc, rng, [Kind.SELECTION_SET], (node) => ({
    ...node, selections: [{ kind: Kind.INLINE_FRAGMENT, typeCondition: { kind: Kind.NAMED_TYPE, name: name(pick(rng, typeNames)) }, directives: [], selectionSet: node }] })),
};

/** The generated cases: count documents mutated from the bases, deterministic for a seed. */
export function generateCases(bases, { seed = 20261122, count = 260 } = {}) {
  const rng = random(seed);
  const names = Object.keys(mutations);
  const documents = bases.flatMap(({ text }) => { try { return [parse(text)]; } catch { return []; } });
  const seen = new Set();
  const cases = [];
  for (let attempt = 0; cases.length < count && attempt < count * 20; attempt++) {
    let document = pick(rng, documents);
    const applied = [];
    const steps = rng() < 0.3 ? 2 : 1;
    for (let step = 0; step < steps; step++) {
      const mutation = pick(rng, names);
      const mutated = mutations[mutation](document, rng);
      if (mutated) {
        document = mutated;
        applied.push(mutation);
      }
    }
    if (applied.length === 0) continue;
    const text = print(document);
    if (seen.has(text)) continue;
    seen.add(text);
    cases.push({ name: `generated #${cases.length} (${applied.join(', ')})`, text });
  }
  return cases;
}

/** Documents that hit the limits: more than 100 errors, and comparisons past graphql-js's budget. */
export function stressCases() {
  const range = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join(' ');
  return [
    { name: 'stress: 150 unknown fields stop at the error limit', text: `{ me { ${range(150, (i) => `unknown${i}`)} } }` },
    { name: 'stress: 100 unknown fields are all reported', text: `{ me { ${range(100, (i) => `unknown${i}`)} } }` },
    { name: 'stress: 2,000 distinct aliases', text: `{ me { ${range(2000, (i) => `a${i}: name`)} } }` },
    { name: 'stress: 1,000 identical fields exhaust the comparison budget', text: `{ me { ${range(1000, () => 'name')} } }` },
    { name: 'stress: 400 identical fields stay within the budget', text: `{ me { ${range(400, () => 'name')} } }` },
    { name: 'stress: 120 conflicting aliases', text: `{ me { ${range(120, (i) => `x: ${i % 2 ? 'name' : 'email'}`)} } }` },
    { name: 'stress: 300 fragments in a chain', text: `{ me { ...F0 } } ${range(300, (i) => `fragment F${i} on User { id ${i < 299 ? `...F${i + 1}` : ''} }`)}` },
    { name: 'stress: fragments spread many times', text: `{ me { ${range(30, (i) => `...F${i}`)} } } ${range(30, (i) => `fragment F${i} on User { id name x${i % 3}: email ${range(5, (j) => `...G${j}`)} }`)} ${range(5, (j) => `fragment G${j} on User { id x${j}: name }`)}` },
  ];
}
