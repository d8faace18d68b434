using System.Text.Json;

namespace LiveSales.GraphQL.Execution;

/// <summary>The fields collected from a selection set for one object type, in response order.</summary>
internal sealed class SelectionPlan
{
    public SelectionPlan(PlannedField[] fields)
    {
        Fields = fields;
        Keys = new string[fields.Length];
        EncodedKeys = new JsonEncodedText[fields.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            Keys[i] = fields[i].ResponseKey;
            EncodedKeys[i] = JsonEncodedText.Encode(fields[i].ResponseKey);
        }
    }

    public PlannedField[] Fields { get; }

    public string[] Keys { get; }

    public JsonEncodedText[] EncodedKeys { get; }
}
