// Validation corpus: every document of validation-corpus.json (make-validation-corpus.mjs) validated by graphql-js
// validate() and by our DocumentValidator (all specified rules): the same valid/invalid verdict and the same error
// locations, error by error. Differing messages are listed but not counted. Each graphql-js rule must also reject
// at least one corpus document, so the corpus covers all of spec section 5.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { runTool } from './dotnet-tool.mjs';
import { createTally } from './tally.mjs';

const corpus = JSON.parse(readFileSync(join(import.meta.dirname, 'validation-corpus.json'), 'utf8'));
const { check, finish } = createTally();
const messageDifferences = [];
const skipped = [];

// Known differences, listed whenever they apply: graphql-js 16 reports a nullable variable in a @oneOf field twice,
// from ValuesOfCorrectTypeRule ("Variable "x" must be non-nullable …") and VariablesInAllowedPositionRule; we report
// it once, from VariablesInAllowedPosition (the spec's "All Variable Usages Are Allowed").
const knownDifferences = [/^Variable "\w+" must be non-nullable to be used for OneOf Input Object "\w+"\.$/];
const known = [];
// MaxIntrospectionDepthRule is in graphql-js 16.11's specifiedRules but not in the spec's section 5.
const notInSpec = new Set(['MaxIntrospectionDepthRule']);

const locations = (errors) => errors.map((e) => e.locations.map(([line, column]) => `${line}:${column}`).join(' '));

const rejectedBy = new Map(specifiedRules.map((rule) => [rule.name, 0]));
for (const [name, sdl] of Object.entries(corpus.schemas)) {
  const schema = buildSchema(sdl);
  const entries = corpus.documents.filter((d) => d.schema === name);
  const ours = runTool('validate', { schema: sdl, documents: entries.map((d) => d.document) });
  entries.forEach((entry, i) => {
    const document = parse(entry.document);
    let report;
    try {
      report = validate(schema, document);
    } catch (error) {
      // graphql-js 16's SingleFieldSubscriptionsRule executes @skip/@include and throws on their variables.
      skipped.push(`#${i} (${entry.source}): graphql-js validate() throws: ${error.message}`);
      return;
    }
    const theirs = report.filter((e) => {
      const isKnown = knownDifferences.some((pattern) => pattern.test(e.message));
      if (isKnown) {
        known.push(`#${i} (${entry.source}): graphql-js also reports "${e.message}"`);
      }
      return !isKnown;
    }).map((e) => ({
      message: e.message,
      locations: (e.locations ?? []).map((l) => [l.line, l.column]),
    }));
    for (const rule of specifiedRules) {
      if (report.length > 0 && validate(schema, document, [rule]).length > 0) {
        rejectedBy.set(rule.name, rejectedBy.get(rule.name) + 1);
      }
    }
    const label = `#${i} (${entry.source}, schema ${name})`;
    if (!ours[i].errors) {
      check(label, false, `  our parser: ${ours[i].syntaxError}\n  document: ${entry.document}`);
      return;
    }
    const expected = locations(theirs);
    const actual = locations(ours[i].errors);
    check(label, JSON.stringify(expected) === JSON.stringify(actual), [
      `  document: ${JSON.stringify(entry.document)}`,
      `  graphql-js: ${theirs.map((e) => `${e.message} @ ${locations([e])}`).join('\n              ') || 'valid'}`,
      `  ours:       ${ours[i].errors.map((e) => `${e.message} @ ${locations([e])}`).join('\n              ') || 'valid'}`,
    ].join('\n'));
    theirs.forEach((e, j) => {
      if (ours[i].errors[j] && ours[i].errors[j].message !== e.message) {
        messageDifferences.push(`${label}: graphql-js "${e.message}", ours "${ours[i].errors[j].message}"`);
      }
    });
  });
}

for (const [rule, count] of [...rejectedBy].filter(([rule]) => !notInSpec.has(rule))) {
  check(`${rule} rejects at least one corpus document`, count > 0, '  add documents breaking this rule to the corpus');
}

if (known.length > 0) {
  console.log(`Known differences from graphql-js 16 (ignored):\n  ${known.join('\n  ')}`);
}
if (skipped.length > 0) {
  console.log(`Skipped, graphql-js cannot validate them (not counted):\n  ${skipped.join('\n  ')}`);
}
if (messageDifferences.length > 0) {
  console.log(`Messages differing from graphql-js (not counted):\n  ${messageDifferences.join('\n  ')}`);
}
finish();
