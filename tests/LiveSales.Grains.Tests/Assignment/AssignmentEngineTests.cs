using LiveSales.GrainInterfaces.Assignment;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Assignment;

namespace LiveSales.Grains.Tests.Assignment;

public class AssignmentEngineTests
{
    private static readonly AssignmentSubject s_euWebLead = new(AssignmentSubjectKind.Lead, "EU", "Retail", "web");
    private static readonly Dictionary<string, string> s_noCursors = [];

    private static Candidate Rep(string id, int load = 0, int? capacity = null, bool active = true, bool away = false) =>
        new(id, id.ToUpperInvariant(), Role.Rep, "team-a", active, away, capacity, load);

    private static AssignmentRule Rule(string id, AssignmentStrategy strategy = AssignmentStrategy.RoundRobin, string[]? regions = null, string[]? sources = null, string[]? users = null) =>
        new() { Id = id, Name = id, Strategy = strategy, Regions = regions ?? [], Sources = sources ?? [], UserIds = users ?? ["x"] };

    private static AssignmentOutcome Decide(AssignmentConfig config, AssignmentSubject subject, IReadOnlyList<Candidate> reps, IReadOnlyDictionary<string, string>? cursors = null, IReadOnlyCollection<string>? excluded = null) =>
        AssignmentEngine.Decide(config, subject, _ => reps, cursors ?? s_noCursors, excluded ?? []);

    [Fact]
    public void First_matching_rule_wins()
    {
        var config = new AssignmentConfig
        {
            Rules = [Rule("us", regions: ["US"]), Rule("eu-web", regions: ["EU"], sources: ["web"]), Rule("eu", regions: ["EU"])],
        };

        var outcome = Decide(config, s_euWebLead, [Rep("ann")]);

        Assert.Equal("eu-web", outcome.Decision.RuleId);
        Assert.Equal("ann", outcome.Decision.OwnerId);
        Assert.Equal("Rule 'eu-web' matched (region=EU, source=web); round-robin chose ANN.", outcome.Decision.Reason);
    }

    [Fact]
    public void Matching_ignores_case() =>
        Assert.True(AssignmentEngine.Matches(Rule("r", regions: ["eu"], sources: ["WEB"]), s_euWebLead));

    [Fact]
    public void Rule_with_values_does_not_match_a_record_without_that_field() =>
        Assert.False(AssignmentEngine.Matches(Rule("r", regions: ["EU"]), s_euWebLead with { Region = null }));

    [Fact]
    public void Rule_for_customers_does_not_take_leads() =>
        Assert.False(AssignmentEngine.Matches(Rule("r") with { AppliesTo = [AssignmentSubjectKind.Customer] }, s_euWebLead));

    [Fact]
    public void No_matching_rule_sends_the_record_to_the_catch_all_pool()
    {
        var config = new AssignmentConfig { Rules = [Rule("us", regions: ["US"])], FallbackPoolId = "inbound" };

        var outcome = Decide(config, s_euWebLead, [Rep("ann")]);

        Assert.Null(outcome.Decision.OwnerId);
        Assert.Null(outcome.Decision.RuleId);
        Assert.Equal("inbound", outcome.Decision.PoolId);
        Assert.Equal("No rule assigned it; the catch-all pool 'inbound' takes it.", outcome.Decision.Reason);
    }

    [Fact]
    public void Round_robin_continues_after_the_saved_cursor_and_wraps()
    {
        var config = new AssignmentConfig { Rules = [Rule("all")] };
        IReadOnlyList<Candidate> reps = [Rep("ann"), Rep("bob"), Rep("cat")];
        var cursors = new Dictionary<string, string>();
        var chosen = new List<string>();

        for (var i = 0; i < 5; i++)
        {
            var outcome = Decide(config, s_euWebLead, reps, cursors);
            chosen.Add(outcome.Decision.OwnerId!);
            cursors[outcome.CursorRuleId!] = outcome.CursorUserId!;
        }

        Assert.Equal(["ann", "bob", "cat", "ann", "bob"], chosen);
    }

    [Fact]
    public void Round_robin_skips_inactive_and_away_reps_and_says_so()
    {
        var config = new AssignmentConfig { Rules = [Rule("all")] };

        var outcome = Decide(config, s_euWebLead, [Rep("ann", active: false), Rep("bob", away: true), Rep("cat")]);

        Assert.Equal("cat", outcome.Decision.OwnerId);
        Assert.Equal("Rule 'all' matched (matches everything); round-robin chose CAT; skipped ANN (inactive), BOB (away).", outcome.Decision.Reason);
    }

    [Fact]
    public void Round_robin_resumes_after_a_cursor_rep_that_left()
    {
        var config = new AssignmentConfig { Rules = [Rule("all")] };

        var outcome = Decide(config, s_euWebLead, [Rep("ann"), Rep("cat"), Rep("dan")], new Dictionary<string, string> { ["all"] = "bob" });

        Assert.Equal("cat", outcome.Decision.OwnerId);
    }

    [Fact]
    public void Least_loaded_picks_the_rep_holding_fewest()
    {
        var config = new AssignmentConfig { Rules = [Rule("all", AssignmentStrategy.LeastLoaded)] };

        var outcome = Decide(config, s_euWebLead, [Rep("ann", load: 12), Rep("bob", load: 3), Rep("cat", load: 7)]);

        Assert.Equal("bob", outcome.Decision.OwnerId);
        Assert.Equal("Rule 'all' matched (matches everything); least-loaded (3 held) chose BOB.", outcome.Decision.Reason);
    }

    [Fact]
    public void Least_loaded_breaks_ties_in_turn_after_the_cursor()
    {
        var config = new AssignmentConfig { Rules = [Rule("all", AssignmentStrategy.LeastLoaded)] };

        var outcome = Decide(config, s_euWebLead, [Rep("ann", load: 2), Rep("bob", load: 2), Rep("cat", load: 2)], new Dictionary<string, string> { ["all"] = "ann" });

        Assert.Equal("bob", outcome.Decision.OwnerId);
    }

    [Fact]
    public void Capacity_weighted_picks_the_lowest_load_relative_to_capacity()
    {
        var config = new AssignmentConfig { Rules = [Rule("all", AssignmentStrategy.CapacityWeighted)] };

        // ann is at 50 %, bob at 40 %, cat (no capacity set, counted as 100) at 45 %.
        var outcome = Decide(config, s_euWebLead, [Rep("ann", load: 10, capacity: 20), Rep("bob", load: 40, capacity: 100), Rep("cat", load: 45)]);

        Assert.Equal("bob", outcome.Decision.OwnerId);
        Assert.Equal("Rule 'all' matched (matches everything); capacity-weighted (40/100 held) chose BOB.", outcome.Decision.Reason);
    }

    [Fact]
    public void Reps_at_capacity_are_skipped_by_every_strategy()
    {
        var config = new AssignmentConfig { Rules = [Rule("all", AssignmentStrategy.LeastLoaded)] };

        var outcome = Decide(config, s_euWebLead, [Rep("ann", load: 5, capacity: 5), Rep("bob", load: 9, capacity: 10)]);

        Assert.Equal("bob", outcome.Decision.OwnerId);
        Assert.Contains("skipped ANN (full, 5/5)", outcome.Decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_with_nobody_eligible_falls_through_to_the_next_rule_and_explains()
    {
        var config = new AssignmentConfig { Rules = [Rule("first"), Rule("second")] };
        var first = new[] { Rep("ann", away: true) };
        var second = new[] { Rep("bob") };

        var outcome = AssignmentEngine.Decide(config, s_euWebLead, r => r.Id == "first" ? first : second, s_noCursors, []);

        Assert.Equal("second", outcome.Decision.RuleId);
        Assert.Equal("bob", outcome.Decision.OwnerId);
        Assert.Equal("Rule 'first' matched but no rep could take it: skipped ANN (away). Rule 'second' matched (matches everything); round-robin chose BOB.", outcome.Decision.Reason);
    }

    [Fact]
    public void Everybody_away_ends_in_the_catch_all_pool()
    {
        var config = new AssignmentConfig { Rules = [Rule("all")] };

        var outcome = Decide(config, s_euWebLead, [Rep("ann", away: true)]);

        Assert.Null(outcome.Decision.OwnerId);
        Assert.Equal("default", outcome.Decision.PoolId);
    }

    [Fact]
    public void Passed_over_reps_are_not_chosen_again()
    {
        var config = new AssignmentConfig { Rules = [Rule("all")] };

        var outcome = Decide(config, s_euWebLead, [Rep("ann"), Rep("bob")], excluded: ["ann"]);

        Assert.Equal("bob", outcome.Decision.OwnerId);
        Assert.Contains("ANN (passed over)", outcome.Decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_without_reps_routes_to_its_pool()
    {
        var config = new AssignmentConfig { Rules = [new AssignmentRule { Id = "fairs", Name = "Trade fairs", Sources = ["fair"], PoolId = "fair-pool" }] };

        var outcome = Decide(config, s_euWebLead with { Source = "fair" }, []);

        Assert.Equal("fair-pool", outcome.Decision.PoolId);
        Assert.Null(outcome.Decision.OwnerId);
        Assert.Equal("fairs", outcome.Decision.RuleId);
    }

    [Fact]
    public void Rule_acceptance_deadline_overrides_the_default()
    {
        var config = new AssignmentConfig { Rules = [Rule("all") with { LeadAcceptWithin = TimeSpan.FromHours(2) }] };

        Assert.Equal(TimeSpan.FromHours(2), Decide(config, s_euWebLead, [Rep("ann")]).Decision.LeadAcceptWithin);
        Assert.Equal(TimeSpan.FromHours(24), Decide(AssignmentConfig.Empty, s_euWebLead, []).Decision.LeadAcceptWithin);
    }

    [Fact]
    public void Wallboard_and_admin_users_named_by_a_rule_are_never_chosen()
    {
        var config = new AssignmentConfig { Rules = [Rule("all")] };

        var outcome = Decide(config, s_euWebLead, [Rep("wb") with { Role = Role.Wallboard }, Rep("boss") with { Role = Role.Admin }, Rep("ann")]);

        Assert.Equal("ann", outcome.Decision.OwnerId);
    }
}
