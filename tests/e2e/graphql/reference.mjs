// The same operations as the differential driver, answered by graphql-js (the reference implementation).
import { parse, print, buildASTSchema, printSchema, validateSchema } from 'graphql';
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

export const reference = { parse: referenceParse, printSchema: referencePrintSchema };
