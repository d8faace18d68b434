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
