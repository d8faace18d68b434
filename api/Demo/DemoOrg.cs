using LiveSales.GrainInterfaces.Security;

namespace LiveSales.Api.Demo;

/// <summary>The demo organisation: fixed ids, so seeding twice (or on two silos at once) makes nothing twice.</summary>
public static class DemoOrg
{
    public const string Password = "demo-password";
    public const string EmailDomain = "demo.livesales.local";
    public const string FastPoolId = "demo-fast-lane";
    public const string NorthPoolId = "demo-north-pool";

    /// <summary>The fast lane returns a customer two minutes after its last touch, warning at one minute and at thirty seconds.</summary>
    public static readonly TimeSpan FastReturn = TimeSpan.FromMinutes(2);

    public static readonly IReadOnlyList<TimeSpan> FastWarnings = [TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30)];

    public static IReadOnlyList<DemoTeam> Teams { get; } =
    [
        new("demo-team-north", "North", "demo-maria", "Maria Novak"),
        new("demo-team-south", "South", "demo-samuel", "Samuel Ortiz"),
    ];

    public static IReadOnlyList<DemoPerson> Reps { get; } =
    [
        new("demo-alice", "Alice Chen", "demo-team-north", "North", ["Software", "Retail"]),
        new("demo-bruno", "Bruno Keller", "demo-team-north", "North", ["Manufacturing"]),
        new("demo-chiara", "Chiara Rossi", "demo-team-north", "North", ["Healthcare"]),
        new("demo-dmitri", "Dmitri Volkov", "demo-team-south", "South", ["Software"]),
        new("demo-elena", "Elena Garcia", "demo-team-south", "South", ["Retail", "Logistics"]),
        new("demo-farid", "Farid Haddad", "demo-team-south", "South", ["Energy"]),
    ];

    public static IReadOnlyList<string> Regions { get; } = ["North", "South"];

    public static IReadOnlyList<string> Industries { get; } = ["Software", "Retail", "Manufacturing", "Healthcare", "Logistics", "Energy"];

    public static IReadOnlyList<string> CompanyNames { get; } =
    [
        "Acme Tools", "Birch & Co", "Cobalt Systems", "Delta Freight", "Evergreen Foods", "Fjord Energy", "Granite Works",
        "Harbor Health", "Iris Software", "Juniper Retail", "Kestrel Labs", "Lumen Power", "Maple Logistics", "Nimbus Cloud",
        "Orchid Clinics", "Pioneer Steel", "Quartz Analytics", "Redwood Outfitters", "Summit Motors", "Tidal Shipping",
        "Umber Textiles", "Vertex Pharma", "Willow Grocers", "Xenon Lighting", "Yarrow Farms", "Zephyr Wind",
        "Atlas Machining", "Beacon Media", "Cedar Care", "Dune Solar",
    ];

    public static string Email(string userId) => userId["demo-".Length..] + "@" + EmailDomain;

    public sealed record DemoTeam(string Id, string Name, string ManagerId, string ManagerName);

    public sealed record DemoPerson(string Id, string Name, string TeamId, string Region, IReadOnlyList<string> Industries)
    {
        public Actor Actor => new(Id, Role.Rep, TeamId);
    }
}
