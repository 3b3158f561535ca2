// graphql-http's audit of a GraphQL-over-HTTP server against the running Nexus host: no audit may be in error.
import { auditServer } from 'graphql-http';
import { startHost } from './host.mjs';

const host = await startHost();
let failed = 0;
let passed = 0;
try {
  const results = await auditServer({ url: `${host.url}/graphql` });
  for (const result of results) {
    if (result.status === 'error') {
      failed++;
      console.log(`FAIL ${result.id} ${result.name}: ${result.reason}`);
    } else {
      passed++;
      if (result.status === 'warn') {
        console.log(`warn ${result.id} ${result.name}: ${result.reason}`);
      }
    }
  }
} finally {
  await host.stop();
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
