using Microsoft.AspNetCore.Mvc.Testing;

namespace LiveSales.GraphQL.Tests.Transport;

/// <summary>The conformance test server in memory, shared by the transport tests.</summary>
public sealed class TestServerFixture : WebApplicationFactory<Program>
{
}
