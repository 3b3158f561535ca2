// Parser and printer: graphql-js's kitchen-sink query and SDL, and the documents of the printer fixtures, parsed and
// printed by our engine (tests/Nexus.GraphQL.Conformance.Tool print); our printed text must re-parse in graphql-js to
// the same tree as graphql-js's parse of the original (noLocation, compared as JSON). Documents graphql-js rejects
// must be rejected by our parser too, at the same location. Printed text differing from graphql-js print() is listed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, print } from 'graphql';
import { runTool } from './dotnet-tool.mjs';
import { createTally } from './tally.mjs';

const tests = resolve(import.meta.dirname, '../Nexus.GraphQL.Tests');
const { check, finish } = createTally();
const textDifferences = [];

/** KitchenSink.cs's C# raw string constants (""""…""""), dedented by the closing quotes' indentation. */
const kitchenSink = [...readFileSync(join(tests, 'Language/KitchenSink.cs'), 'utf8')
  .matchAll(/const string (\w+) = """"\n([\s\S]*?)\n([ \t]*)"""";/g)]
  .map(([, name, body, indent]) => ({
    source: `KitchenSink.${name}`,
    document: body.split('\n').map((line) => line.slice(indent.length)).join('\n'),
  }));
const fixture = (file) => JSON.parse(readFileSync(join(tests, 'Fixtures', file), 'utf8'));
const entries = [
  ...kitchenSink,
  ...fixture('printer-corpus.json').map((e, i) => ({ source: `printer-corpus.json #${i}`, document: e.document })),
  ...fixture('schema-printer-corpus.json').map((e, i) => ({ source: `schema-printer-corpus.json #${i}`, document: e.sdl })),
  ...['test-schema.graphql', 'test-schema.printed.graphql', 'introspection-query.graphql']
    .map((file) => ({ source: file, document: readFileSync(join(tests, 'Fixtures', file), 'utf8') })),
];
if (kitchenSink.length < 3) {
  throw new Error('KitchenSink.cs: the kitchen-sink constants were not found');
}

const tree = (document) => JSON.stringify(parse(document, { noLocation: true }));
const ours = runTool('print', { documents: entries.map((e) => e.document) });
entries.forEach((entry, i) => {
  const label = `${entry.source}: ${JSON.stringify(entry.document.slice(0, 60))}`;
  let expected;
  try {
    expected = tree(entry.document);
  } catch (error) {
    const [line, column] = ours[i].locations?.[0] ?? [];
    const at = error.locations?.[0];
    check(label, ours[i].syntaxError !== undefined && line === at?.line && column === at?.column,
      `  graphql-js: ${error.message} @ ${at?.line}:${at?.column}\n  ours: ${ours[i].syntaxError ?? 'parsed'} @ ${line}:${column}`);
    return;
  }
  if (ours[i].printed === undefined) {
    check(label, false, `  graphql-js parses it; our parser: ${ours[i].syntaxError} @ ${ours[i].locations?.[0]?.join(':')}`);
    return;
  }
  let actual;
  try {
    actual = tree(ours[i].printed);
  } catch (error) {
    actual = `graphql-js cannot parse our output: ${error.message}`;
  }
  check(label, actual === expected, `  our printed text:\n${ours[i].printed}\n  re-parsed: ${actual}\n  expected:  ${expected}`);
  if (ours[i].printed !== print(parse(entry.document))) {
    textDifferences.push(`${entry.source}: ours ${JSON.stringify(ours[i].printed)}, graphql-js ${JSON.stringify(print(parse(entry.document)))}`);
  }
});

if (textDifferences.length > 0) {
  console.log(`Printed text differing from graphql-js print() (not counted):\n  ${textDifferences.join('\n  ')}`);
}
finish();
