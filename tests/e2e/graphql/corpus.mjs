// The differential corpus: .graphql files under corpus/<kind>/, and JSON lists of inline cases.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const corpusDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');

/** Every corpus/<kind>/*.graphql file as { name, text }, sorted by name. */
export function loadFiles(kind) {
  const dir = path.join(corpusDir, kind);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ name: `${kind}/${file}`, text: readFileSync(path.join(dir, file), 'utf8') }));
}

/** A JSON list of strings in corpus/<file> as { name, text } cases. */
export function loadInline(file) {
  const texts = JSON.parse(readFileSync(path.join(corpusDir, file), 'utf8'));
  return texts.map((text, index) => ({ name: `${file}#${index} ${JSON.stringify(text).slice(0, 60)}`, text }));
}

/**
 * Every case of the corpus/<kind>/*.graphql files as { name, text }: a file holds several
 * documents, each after a line "# case: <name>".
 */
export function loadCases(kind) {
  return loadFiles(kind)
    .filter(({ name }) => !name.endsWith('/schema.graphql'))
    .flatMap(({ name: file, text }) =>
      text
        .split(/^# case: /m)
        .slice(1)
        .map((chunk) => {
          const newline = chunk.indexOf('\n');
          return { name: `${file}: ${chunk.slice(0, newline).trim()}`, text: chunk.slice(newline + 1) };
        }));
}

/** The text of corpus/<kind>/<file>. */
export function loadText(kind, file) {
  return readFileSync(path.join(corpusDir, kind, file), 'utf8');
}
