// Regenerates the graphql-js fixtures: `npm install graphql@16` next to this file, then `node generate-fixtures.js`.
// Outputs are graphql-js's own answers; the C# tests must reproduce them exactly.
const fs = require('fs');
const path = require('path');
const g = require('graphql');

const here = (name) => path.join(__dirname, name);

const printerDocuments = [
  '{ a(s: """  leading""") }',
  '{ a(s: """trailing quote" """) }',
  '{ a(s: """ends with backslash\\\\""") }',
  '{ a(s: """line one\n  line two\n    line three""") }',
  '{ a(s: """\n   indented all\n   lines\n""") }',
  '{ a(s: "tab\\there \\u00e9 \\u{1F600} \\b \\f \\r \\u0001 \\u007F") }',
  '{ a(s: """' + 'x'.repeat(75) + '""") }',
  '{ a(s: """contains \\""" inside""") }',
  '"""desc"""\ntype T { "field desc" f("arg desc" a: Int = 1 @d(x: [1, {a: B}])): [T!]! @e }',
  'query Q($a: Int = 1 @dir, $b: [String!]! = ["x"]) @op { f(a: $a, b: $b) { ...F @s } }\nfragment F on T @f { g }',
  '{ aVeryLongFieldNameForTesting(argumentOne: "valueOne", argumentTwo: "valueTwo2") }',
  '{ aVeryLongFieldNameForTesting(argumentOne: "valueOne", argumentTwo: "valueTwo") }',
  'subscription S { s { ... on A @x { b } ... @y { c } } }',
  'type A implements & B & C @x { f: Int }',
  'input I @oneOf { a: Int b: String }',
  'directive @d("x" a: Int) repeatable on | FIELD | QUERY',
  'schema @x { query: Q mutation: M }',
  'extend schema { subscription: S }',
  'enum E { "d" A @deprecated B }',
  'scalar S @specifiedBy(url: "http://x")',
  '{ a(f: 1.5e10, i: -0, n: null, b: false, e: ENUM, o: {}, l: []) }',
  'query { a }',
  'query @d { a }',
  'mutation { a }',
  '{ a { b { c { d } } } }',
  '# comment only\n{ a } # trailing',
  '{ a(s: """a\r\nb\rc""") }',
  '"""\n  multi\n  line desc\n"""\nscalar X',
  'type T { f(\n"""block arg desc"""\na: Int, b: String): Int }',
  // errors
  '{ a(s: "\\u{110000}") }', '{ a(s: "\\uDE00") }', '{ a(s: "\\u{}") }', '{ a(s: "\\u12") }', 'type', '{ ... }', '{ a(x: 1.e3) }',
  '{ a(x: -) }', 'query Q($a) { a }', 'query Q($a: Int = $b) { a }', 'extend type T', 'extend scalar S', 'extend union U', 'interface I implements { a: Int }',
  'directive @d on FOO', 'union U = ', 'enum E { null }', '{ a(x: .5) }', '{ a(x: 1e+) }', '\u0000', '"unterminated', '"""unterminated', '{ a(x: "\u0000") }',
  'fragment F on T', '{ a: }', 'type T { f(): Int }', 'input I { a: Int = $v }', '{ a(x: [1, 2) }', '{ a(x: {b 1}) }',
];

const validationDocuments = [
  '{ roles }',
  '{ rolez node(id: "1") { idd ... on Learner { nam hubs { titl owner { nme } } } } }',
  '{ search(text: "x") { id name title ... on Named { nme } ... on Node { idd } } }',
  '{ node(id: "1", idd: 2, first: 3) { id } search(txt: "a", limit: 1, filter: {titleContains: "x"}) { __typename } }',
  '{ node(id: "1") @skip(iff: true, unless: false) { id @include(if: true, iff: false) } }',
  '{ roles { x } node(id: "1") search(text: "a") learner(key: {id: 1}) }',
  '{ node(id: "1") { ... on Learner { joined { x } role hubs } } }',
  'query Q($a: ID!) { node(id: $b) { ...F } } fragment F on Node { ... on Learner { hubs(first: $c, after: $a) { id } } }',
  'query { node(id: $x) { id } } query Named { node(id: $y) { id } }',
  'query A($x: ID!) { ...G } query B { ...G } fragment G on Root { node(id: $x) { id } }',
  'type T { a: Int } { roles } extend schema @x directive @d on FIELD scalar S',
  '{ __schema { types { name nam } } __type(name: "Root") { fieldz { name } } }',
  'mutation { rename(id: "1", name: "x", nme: "y") { name } renam }',
  'subscription { hubUpdated(id: "h1", x: 1) { title tite } }',
  '{ node(id: "1") { ... on Hub { owner { hubs(frist: 2) { tags { x } } } } } }',
  'fragment X on Learner { hubs(first: $v) { nope } } { ...X }',
];

const schemaDocuments = [
  'type Query { a: Int }',
  'schema { query: Root } type Root { a: Int }',
  '"""Desc with "quotes" and \\\\ backslash"""\ntype Query { a: Int }',
  'type Query {\n  "  leading spaces desc"\n  a: Int\n  "trailing newline\\n"\n  b: Int\n  "multi\\nline"\n  c: Int\n}',
  'type Query { a(x: Int = 1, y: String = "s\\u00e9\\n", z: [Int] = [1, 2], w: E = RED, v: [E!] = [RED, GREEN], u: In = {a: 1, b: [RED]}): Int }\nenum E { RED GREEN }\ninput In { a: Int = 5, b: [E] }',
  'type Query { a(x: Int @deprecated(reason: "Use \\"y\\"."), y: Int): Int @deprecated(reason: "") }',
  'type Query { a: Int @deprecated(reason: "No longer supported") b: Int @deprecated(reason: null) }',
  'type Query { a: U }\nunion U = A | B\ntype A { a: Int }\ntype B { b: Int }',
  'type Query { n: Node }\ninterface Node { id: ID! }\ninterface Named implements Node { id: ID! name: String }\ntype User implements Named & Node { id: ID! name: String }',
  'type Query { a(\n"""arg desc"""\nx: Int\ny: Int\n"y2"\nz: Int): Int }',
  'directive @d(\n"desc"\na: Int = 3) repeatable on FIELD | QUERY | ENUM_VALUE\ntype Query { a: Int }',
  '"""The schema"""\nschema { query: Query }\ntype Query { a: Int }',
  'schema { query: Query mutation: M }\ntype Query { a: Int }\ntype M { b: Int }',
  'scalar Date @specifiedBy(url: "https://example.com/date")\ntype Query { d: Date }',
  'input I @oneOf { a: Int b: String }\ntype Query { f(i: I): Int }',
  'type Query { a: Int }\nextend type Query { b: Int }\nextend schema @foo\ndirective @foo on SCHEMA',
  '"""\n  indented first line\n"""\ntype Query { a: Int }',
  '"' + 'x'.repeat(100) + '"\ntype Query { a: Int }',
  'type Query { a(id: ID = "123", s: String = "123", f: Float = 1.0, g: Float = 1.5e3): Int }',
];

const schemas = schemaDocuments.map((sdl) => ({ sdl, printed: g.printSchema(g.buildSchema(sdl)) }));
fs.writeFileSync(here('schema-printer-corpus.json'), JSON.stringify(schemas, null, 2) + '\n');

const printer = printerDocuments.map((document) => {
  try {
    return { document, printed: g.print(g.parse(document)) };
  } catch (e) {
    return { document, error: e.message, line: e.locations[0].line, column: e.locations[0].column };
  }
});
fs.writeFileSync(here('printer-corpus.json'), JSON.stringify(printer, null, 2) + '\n');

const schema = g.buildSchema(fs.readFileSync(here('test-schema.graphql'), 'utf8'));
const rules = ['ExecutableDefinitionsRule', 'FieldsOnCorrectTypeRule', 'KnownArgumentNamesRule', 'ScalarLeafsRule', 'NoUndefinedVariablesRule'];
const validation = [];
for (const document of validationDocuments) {
  for (const rule of rules) {
    const errors = g.validate(schema, g.parse(document), [g[rule]]).map((e) => ({
      message: e.message,
      locations: (e.locations || []).map((l) => [l.line, l.column]),
    }));
    validation.push({ document, rule, errors });
  }
}
fs.writeFileSync(here('validation-corpus.json'), JSON.stringify(validation, null, 2) + '\n');

fs.writeFileSync(here('test-schema.printed.graphql'), g.printSchema(schema));
const introspectionQuery = g.getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
fs.writeFileSync(here('introspection-query.graphql'), introspectionQuery);
const introspection = g.graphqlSync({ schema, source: introspectionQuery }).data;

// graphql-js 16.15 carries experimental directive deprecation, which the September 2025 spec does not have.
for (const directive of introspection.__schema.directives) {
  directive.locations = directive.locations.filter((l) => l !== 'DIRECTIVE_DEFINITION');
}
for (const type of introspection.__schema.types) {
  if (type.name === '__DirectiveLocation') type.enumValues = type.enumValues.filter((v) => v.name !== 'DIRECTIVE_DEFINITION');
  if (type.name === '__Schema') for (const field of type.fields) if (field.name === 'directives') field.args = [];
  if (type.name === '__Directive') type.fields = type.fields.filter((f) => f.name !== 'isDeprecated' && f.name !== 'deprecationReason');
}
fs.writeFileSync(here('introspection.json'), JSON.stringify(introspection, null, 2) + '\n');
