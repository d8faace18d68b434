// The same operations as the differential driver, answered by graphql-js (the reference implementation).
import { parse, print, buildASTSchema, buildSchema, printSchema, validateSchema, validate, specifiedRules, graphqlSync } from 'graphql';
import { validateSDL } from 'graphql/validation/validate.js';

const formatted = (errors) => errors.map((error) => JSON.parse(JSON.stringify(error)));

export function referenceParse({ document }) {
  try {
    return { printed: print(parse(document)) };
  } catch (error) {
    return { errors: formatted([error]) };
  }
}

export function referencePrintSchema({ sdl }) {
  let document;
  try {
    document = parse(sdl);
  } catch (error) {
    return { errors: formatted([error]) };
  }
  const sdlErrors = validateSDL(document);
  if (sdlErrors.length > 0) {
    return { errors: formatted(sdlErrors) };
  }
  const schema = buildASTSchema(document, { assumeValidSDL: true });
  const schemaErrors = validateSchema(schema);
  if (schemaErrors.length > 0) {
    return { errors: formatted(schemaErrors) };
  }
  return { printed: printSchema(schema) };
}

const schemas = new Map();

/**
 * Validates a document with the specified rules; graphql-js does not say which rule reported an
 * error, so the failing rules are found by validating with each rule alone.
 */
export function referenceValidate({ schema: sdl, document: text }) {
  if (!schemas.has(sdl)) {
    schemas.set(sdl, buildSchema(sdl));
  }
  const schema = schemas.get(sdl);
  let document;
  try {
    document = parse(text);
  } catch (error) {
    return { syntaxErrors: formatted([error]) };
  }
  const errors = formatted(validate(schema, document));
  const failedRules = specifiedRules
    .filter((rule) => validate(schema, document, [rule]).length > 0)
    .map((rule) => rule.name)
    .sort();
  return { errors, failedRules };
}

const executionSchemas = new Map();

/** graphql() over a schema built from SDL, every field resolved from `data` by name. */
export function referenceExecute({ schema, data, query, variables, operationName }) {
  if (!executionSchemas.has(schema)) executionSchemas.set(schema, buildSchema(schema));
  const result = graphqlSync({ schema: executionSchemas.get(schema), source: query, rootValue: data, variableValues: variables, operationName });
  return { result: JSON.parse(JSON.stringify(result)) };
}

export const reference = { parse: referenceParse, printSchema: referencePrintSchema, validate: referenceValidate, execute: referenceExecute };
