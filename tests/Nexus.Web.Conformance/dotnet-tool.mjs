// Runs tests/Nexus.GraphQL.Conformance.Tool (built with the solution: dotnet build Nexus.slnx) with a JSON request
// on stdin and returns its JSON answer: our parser, printer and validator, for comparison with graphql-js.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const project = join(resolve(import.meta.dirname, '../..'), 'tests/Nexus.GraphQL.Conformance.Tool');

export function runTool(mode, request) {
  const result = spawnSync('dotnet', ['run', '--no-build', '--project', project, '--', mode], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`Nexus.GraphQL.Conformance.Tool ${mode} exited with ${result.status}: ${result.stderr}${result.error ?? ''}`);
  }
  return JSON.parse(result.stdout);
}
