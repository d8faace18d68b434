// A small GraphQL-over-HTTP client for end-to-end tests of a running silo.
export async function gql(url, query, variables = {}, token = undefined) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  return { status: response.status, ...body };
}

/** Runs an operation and returns its data, failing with the GraphQL errors when there are any. */
export async function gqlData(url, query, variables = {}, token = undefined) {
  const result = await gql(url, query, variables, token);
  if (result.errors?.length) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

export async function login(url, email, password) {
  const data = await gqlData(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: password });
  return data.login.token;
}
