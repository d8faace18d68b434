import { test } from 'node:test';
import assert from 'node:assert/strict';
import { graphqlSync, buildSchema } from 'graphql';

test('the reference graphql package is installed and answers', () => {
  const schema = buildSchema('type Query { hello: String }');
  const result = graphqlSync({ schema, source: '{ hello }', rootValue: { hello: 'world' } });
  assert.deepEqual(JSON.parse(JSON.stringify(result)), { data: { hello: 'world' } });
});
