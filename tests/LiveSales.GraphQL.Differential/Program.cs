using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiveSales.GraphQL.Differential;

// Reads one JSON request per line ({"id", "op", ...}) and writes one JSON response per line
// ({"id", ...result}), so a Node test can run a whole corpus through one process.
Console.InputEncoding = Encoding.UTF8;
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
string? line;
while ((line = Console.In.ReadLine()) is not null)
{
    if (string.IsNullOrWhiteSpace(line))
    {
        continue;
    }

    JsonObject request = JsonNode.Parse(line)!.AsObject();
    JsonObject response = Operations.Handle(request);
    response["id"] = request["id"]?.DeepClone();
    output.WriteLine(response.ToJsonString(Json.Options));
}

output.Flush();
