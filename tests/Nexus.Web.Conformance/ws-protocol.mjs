// A graphql-ws client subscribes over graphql-transport-ws and receives updates after mutations; each protocol
// violation gets its close code (github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { signIn, startHost } from './host.mjs';

const host = await startHost(['--GraphQL:ConnectionInitTimeout=00:00:01']);
const wsUrl = `${host.url.replace('http', 'ws')}/graphql`;
let passed = 0;
let failed = 0;

async function check(name, run) {
  try {
    await run();
    passed++;
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error.message}`);
  }
}

function withTimeout(promise, what, ms = 10_000) {
  return Promise.race([promise, new Promise((_, fail) => setTimeout(() => fail(new Error(`timed out waiting for ${what}`)), ms))]);
}

async function graphql(token, query, variables) {
  const response = await fetch(`${host.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) {
    throw new Error(JSON.stringify(body.errors));
  }
  return body.data;
}

/** Subscribes with graphql-ws; resolves with the first "next" payload once `trigger` ran. */
async function firstEvent(token, query, variables, trigger) {
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false });
  try {
    const iterator = client.iterate({ query, variables });
    const next = iterator.next();
    // The server registers the subscriber as soon as it reads "subscribe"; give that message time to arrive.
    await new Promise((r) => setTimeout(r, 1000));
    await trigger();
    const result = await withTimeout(next, 'an event');
    await iterator.return?.();
    return result.value;
  } finally {
    await client.dispose();
  }
}

/** Opens a raw socket, sends the messages in order and resolves with the close code. */
function closeCodeAfter(messages, protocol = 'graphql-transport-ws') {
  return withTimeout(new Promise((done, fail) => {
    const socket = protocol ? new WebSocket(wsUrl, protocol) : new WebSocket(wsUrl);
    socket.on('open', () => messages.forEach((m) => socket.send(typeof m === 'string' ? m : JSON.stringify(m))));
    socket.on('close', (code) => done(code));
    socket.on('error', fail);
  }), 'the socket to close');
}

function expectCode(actual, expected) {
  if (actual !== expected) {
    throw new Error(`closed with ${actual}, expected ${expected}`);
  }
}

try {
  const token = await signIn(host.url, 'chidinma@demo.nexus.local');
  const { me } = await graphql(token, '{ me { cohort } }');
  const input = { title: 'Conformance hub', summary: 'Made by ws-protocol.mjs', visibility: 'PUBLIC' };
  let created;

  await check('hubPublished after createHub', async () => {
    const event = await firstEvent(token, 'subscription ($c: String) { hubPublished(cohort: $c) { slug title } }', { c: me.cohort },
      async () => { created = (await graphql(token, 'mutation ($i: HubInput!) { createHub(input: $i) { slug version } }', { i: input })).createHub; });
    if (event.data.hubPublished.slug !== created.slug) {
      throw new Error(`got ${JSON.stringify(event)}`);
    }
  });

  await check('hubUpdated after updateHub', async () => {
    const event = await firstEvent(token, 'subscription ($s: String!) { hubUpdated(slug: $s) { title revision } }', { s: created.slug },
      () => graphql(token, 'mutation ($s: String!, $v: String!, $i: HubInput!) { updateHub(slug: $s, expectedVersion: $v, input: $i) { revision } }',
        { s: created.slug, v: created.version, i: { ...input, title: 'Conformance hub, edited' } }));
    if (event.data.hubUpdated.title !== 'Conformance hub, edited' || event.data.hubUpdated.revision !== 2) {
      throw new Error(`got ${JSON.stringify(event)}`);
    }
  });

  const init = { type: 'connection_init' };
  const subscribe = { id: '1', type: 'subscribe', payload: { query: 'subscription { hubPublished { slug } }' } };
  await check('4400 invalid message', async () => expectCode(await closeCodeAfter(['{not json']), 4400));
  await check('4400 unknown message type', async () => expectCode(await closeCodeAfter([init, { type: 'shout' }]), 4400));
  await check('4401 subscribe before connection_ack', async () => expectCode(await closeCodeAfter([subscribe]), 4401));
  await check('4403 forged token', async () =>
    expectCode(await closeCodeAfter([{ type: 'connection_init', payload: { authorization: 'Bearer forged' } }]), 4403));
  // A client asking for another subprotocol fails its own handshake; one asking for none is told 4406.
  await check('4406 no graphql-transport-ws subprotocol', async () => expectCode(await closeCodeAfter([], null), 4406));
  await check('4408 no connection_init in time', async () => expectCode(await closeCodeAfter([]), 4408));
  await check('4409 duplicate subscriber id', async () => expectCode(await closeCodeAfter([init, subscribe, subscribe]), 4409));
  await check('4429 second connection_init', async () => expectCode(await closeCodeAfter([init, init]), 4429));
} finally {
  await host.stop();
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
