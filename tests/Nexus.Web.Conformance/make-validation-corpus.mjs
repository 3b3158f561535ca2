// Regenerates validation-corpus.json from the C# validation tests (graphql-js-derived): the schemas those tests use
// and every document they validate, plus the documents of tests/Nexus.GraphQL.Tests/Fixtures/validation-corpus.json
// over the fixture schema. Only inputs are stored; validate.mjs asks graphql-js and our validator for the verdicts.
//   node make-validation-corpus.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'graphql';

const tests = resolve(import.meta.dirname, '../Nexus.GraphQL.Tests');
const validation = join(tests, 'Validation');

/** C# raw string literals ("""…""" on their own lines), dedented by the closing quotes' indentation. */
function rawStrings(source) {
  return [...source.matchAll(/(\S*)\s*"""\n([\s\S]*?)\n([ \t]*)"""/g)].map(([, before, body, indent]) => ({
    before,
    text: body.split('\n').map((line) => line.slice(indent.length)).join('\n'),
  }));
}

/** First string argument of [InlineData(…)], ExpectValid(…), ExpectErrors(…) and Validate(…), unescaped. */
function regularStrings(source) {
  return [...source.matchAll(/(?:InlineData|ExpectValid|ExpectErrors|Validate)\(\s*"((?:[^"\\\n]|\\.)*)"/g)]
    .map(([, text]) => JSON.parse(`"${text.replace(/\\u\{([0-9a-fA-F]+)\}/g, '\\u$1')}"`));
}

function parses(document) {
  try {
    parse(document);
    return true;
  } catch {
    return false;
  }
}

/** Argument and field snippets of the theories become documents the way their tests wrap them. */
function asDocument(text) {
  for (const candidate of [text, `{ complicatedArgs { ${text} } }`, `{ dog { ${text} } }`]) {
    if (parses(candidate)) {
      return candidate;
    }
  }
  return null;
}

const harness = readFileSync(join(validation, 'ValidationHarness.cs'), 'utf8');
const schemas = {
  harness: rawStrings(harness).find((s) => s.before.endsWith('Build(')).text,
  fixture: readFileSync(join(tests, 'Fixtures/test-schema.graphql'), 'utf8'),
};
const documents = [];
const seen = new Set();
function add(schema, document, source) {
  const key = `${schema}\n${document}`;
  if (document !== null && !seen.has(key)) {
    seen.add(key);
    documents.push({ schema, source, document });
  }
}

for (const file of readdirSync(validation).filter((f) => f.endsWith('Tests.cs')).sort()) {
  const source = readFileSync(join(validation, file), 'utf8');
  const raws = rawStrings(source);
  const own = raws.find((s) => s.before.endsWith('Build('));
  let schema = 'harness';
  if (own) {
    schema = file.replace(/Tests\.cs$/, '');
    schemas[schema] = own.text;
  }
  if (file === 'ValidationRuleTests.cs') {
    schema = 'fixture';
  }
  for (const raw of raws.filter((s) => s !== own)) {
    add(schema, asDocument(raw.text), file);
  }
  for (const text of regularStrings(source)) {
    add(schema, asDocument(text), file);
  }
}

const fixtureCorpus = JSON.parse(readFileSync(join(tests, 'Fixtures/validation-corpus.json'), 'utf8'));
for (const { document } of fixtureCorpus) {
  add('fixture', document, 'Fixtures/validation-corpus.json');
}

writeFileSync(join(import.meta.dirname, 'validation-corpus.json'), `${JSON.stringify({ schemas, documents }, null, 2)}\n`);
console.log(`${documents.length} documents over ${Object.keys(schemas).length} schemas`);
