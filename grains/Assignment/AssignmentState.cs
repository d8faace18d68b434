using LiveSales.GrainInterfaces.Assignment;

namespace LiveSales.Grains.Assignment;

public sealed class AssignmentState
{
    public AssignmentConfig Config { get; set; } = AssignmentConfig.Empty;

    /// <summary>The last rep chosen per rule id: round-robin continues after it.</summary>
    public Dictionary<string, string> Cursors { get; set; } = [];
}
