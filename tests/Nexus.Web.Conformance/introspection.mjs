// Introspection round trip: graphql-js's full introspection query against /graphql, buildClientSchema on the result,
// and the printed client schema equal to our own SDL printer's output (GET /graphql/schema.graphql), both sorted.
import {
  buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema,
} from 'graphql';
import { startHost } from './host.mjs';

let passed = 0;
let failed = 0;

async function check(name, run) {
  try {
    const value = await run();
    passed++;
    return value;
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error.message}`);
    return undefined;
  }
}

/** The first differing line of two texts, for a readable failure. */
function firstDifference(actual, expected) {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) {
      return `line ${i + 1}: introspection printed ${JSON.stringify(a[i])}, our SDL printed ${JSON.stringify(e[i])}`;
    }
  }
  return 'equal';
}

const host = await startHost();
try {
  const query = getIntrospectionQuery({
    descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
    inputValueDeprecation: true, oneOf: true,
  });
  const result = await check('introspection query answers without errors', async () => {
    const response = await fetch(`${host.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    });
    const body = await response.json();
    if (response.status !== 200 || body.errors || !body.data) {
      throw new Error(`${response.status} ${JSON.stringify(body.errors ?? body)}`);
    }
    return body.data;
  });
  const clientSchema = result && await check('buildClientSchema accepts the result', () => buildClientSchema(result));
  const sdl = await check('GET /graphql/schema.graphql returns SDL', async () => {
    const response = await fetch(`${host.url}/graphql/schema.graphql`);
    if (response.status !== 200) {
      throw new Error(`status ${response.status}`);
    }
    return response.text();
  });
  const ourSchema = sdl && await check('buildSchema accepts our SDL', () => buildSchema(sdl));
  if (ourSchema) {
    await check('our SDL printer matches graphql-js printSchema of the same SDL', () => {
      const reprinted = printSchema(ourSchema);
      if (reprinted.trim() !== sdl.trim()) {
        throw new Error(firstDifference(sdl.trim(), reprinted.trim()));
      }
    });
  }
  if (clientSchema && ourSchema) {
    await check('sorted introspection schema prints the same as our sorted SDL', () => {
      const fromIntrospection = printSchema(lexicographicSortSchema(clientSchema));
      const fromSdl = printSchema(lexicographicSortSchema(ourSchema));
      if (fromIntrospection !== fromSdl) {
        throw new Error(firstDifference(fromIntrospection, fromSdl));
      }
    });
  }
} finally {
  await host.stop();
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
