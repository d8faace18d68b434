using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Assignment;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Teams;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace LiveSales.Api.Demo;

/// <summary>
/// <c>LiveSales:DemoData=true</c>: seeds a demo organisation once (teams, managers, reps, pools,
/// customers in every state, leads, opportunities, follow-ups), then keeps the fast-lane pool moving
/// (<see cref="DemoActivity"/>) so warnings, returns and claims happen while you watch.
/// </summary>
public sealed partial class DemoData(IConfiguration configuration, IGrainFactory grains, TimeProvider clock, DemoActivity activity, IEventFeed feed, DemoEventLog eventLog, ILogger<DemoData> log)
{
    private const string LastCustomerId = "demo-c-30";

    public bool Enabled => configuration.GetValue("LiveSales:DemoData", false);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var alerts = feed.Subscribe(eventLog);
        try
        {
            if (await grains.GetGrain<ICustomerGrain>(LastCustomerId).FindAccessAsync().ConfigureAwait(false) is null)
            {
                await SeedAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                LogAlreadySeeded(log);
            }

            LogSignIn(log, DemoOrg.Email(DemoOrg.Teams[0].ManagerId), DemoOrg.Email(DemoOrg.Reps[0].Id), DemoOrg.Password);
            await activity.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            LogFailed(log, e);
        }
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        LogStep(log, 1, "teams, managers and reps");
        foreach (var team in DemoOrg.Teams)
        {
            await CreateUserAsync(team.ManagerId, team.ManagerName, Role.Manager, null, null, []).ConfigureAwait(false);
            await Quietly(() => grains.GetGrain<ITeamGrain>(team.Id).CreateAsync(Actor.System, new CreateTeamInput { Name = team.Name, ManagerId = team.ManagerId })).ConfigureAwait(false);
        }

        foreach (var rep in DemoOrg.Reps)
        {
            await CreateUserAsync(rep.Id, rep.Name, Role.Rep, rep.TeamId, rep.Region, rep.Industries).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        LogStep(log, 2, "pools and assignment rules");
        var fastRules = PoolRules.Default with
        {
            ReturnAfterNoFollowUp = DemoOrg.FastReturn,
            RemindBefore = DemoOrg.FastWarnings,
            ClaimLimitPerDay = 1000,
            FormerOwnerCooldown = TimeSpan.FromMinutes(1),
        };
        await Quietly(() => grains.GetGrain<IPoolGrain>(DemoOrg.FastPoolId).CreateAsync(Actor.System, new CreatePoolInput { Name = "Fast lane (demo: returns after 2 minutes)", Rules = fastRules })).ConfigureAwait(false);
        await Quietly(() => grains.GetGrain<IPoolGrain>(DemoOrg.NorthPoolId).CreateAsync(Actor.System, new CreatePoolInput { Name = "North region", TeamIds = [DemoOrg.Teams[0].Id] })).ConfigureAwait(false);
        await Quietly(() => grains.GetGrain<IAssignmentGrain>(AssignmentConfig.GrainKey).SetConfigAsync(Actor.System, new AssignmentConfig
        {
            Rules =
            [
                new AssignmentRule { Id = "north", Name = "North region to the North team", Regions = ["North"], TeamId = DemoOrg.Teams[0].Id, Strategy = AssignmentStrategy.RoundRobin },
                new AssignmentRule { Id = "south", Name = "South region to the South team", Regions = ["South"], TeamId = DemoOrg.Teams[1].Id, Strategy = AssignmentStrategy.LeastLoaded },
            ],
        })).ConfigureAwait(false);

        cancellationToken.ThrowIfCancellationRequested();
        LogStep(log, 3, "30 customers: owned, in the fast lane, waiting in pools");
        for (var i = 0; i < DemoOrg.CompanyNames.Count; i++)
        {
            await CreateCustomerAsync(i).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        LogStep(log, 4, "follow-ups, opportunities, a locked key account");
        for (var i = 0; i < 10; i++)
        {
            var owner = Owner(i);
            await Quietly(() => grains.GetGrain<IFollowUpGrain>($"demo-f-{i + 1:00}").LogAsync(owner.Actor, new LogFollowUpInput
            {
                CustomerId = CustomerId(i),
                Channel = (Channel)(i % 5),
                Summary = $"Talked to {DemoOrg.CompanyNames[i]} about next quarter's needs.",
                NextFollowUpAt = clock.GetUtcNow() + TimeSpan.FromMinutes(3 + (i * 2)),
            })).ConfigureAwait(false);
        }

        string[] stages = [OpportunityStages.InitialContact, OpportunityStages.NeedsAnalysis, OpportunityStages.Proposal, OpportunityStages.Negotiation];
        for (var i = 0; i < 8; i++)
        {
            var owner = Owner(i);
            var opportunityId = $"demo-o-{i + 1:00}";
            await Quietly(() => grains.GetGrain<IOpportunityGrain>(opportunityId).CreateAsync(owner.Actor, new CreateOpportunityInput
            {
                CustomerId = CustomerId(i),
                Name = $"{DemoOrg.CompanyNames[i]} renewal",
                Amount = 5_000m + (i * 2_750m),
                Stage = stages[i % stages.Length],
            })).ConfigureAwait(false);
            if (i is 1 or 5)
            {
                await Quietly(() => grains.GetGrain<IOpportunityGrain>(opportunityId).WinAsync(owner.Actor)).ConfigureAwait(false);
            }
        }

        var north = DemoOrg.Teams[0];
        await Quietly(() => grains.GetGrain<ICustomerGrain>(CustomerId(12)).SetLockedAsync(new Actor(north.ManagerId, Role.Manager, north.Id), true)).ConfigureAwait(false);

        cancellationToken.ThrowIfCancellationRequested();
        LogStep(log, 5, "leads: assigned by the rules, waiting in the pool, converted");
        for (var i = 0; i < 8; i++)
        {
            var leadId = $"demo-l-{i + 1:00}";
            var input = new CreateLeadInput
            {
                Name = $"Lead {i + 1}: {DemoOrg.CompanyNames[29 - i]} buyer",
                Company = DemoOrg.CompanyNames[29 - i] + " Group",
                Email = $"buyer{i + 1}@example.com",
                Source = i % 2 == 0 ? "Web form" : "Trade fair",
                Region = DemoOrg.Regions[i % 2],
                Industry = DemoOrg.Industries[i % DemoOrg.Industries.Count],
                PoolId = i >= 6 ? PoolIds.Default : null,
            };
            await Quietly(() => grains.GetGrain<ILeadGrain>(leadId).CreateAsync(Actor.System, input)).ConfigureAwait(false);
        }

        if (await grains.GetGrain<ILeadGrain>("demo-l-01").FindAsync().ConfigureAwait(false) is { OwnerId: { } leadOwner, OwnerTeamId: var leadTeam })
        {
            await Quietly(() => grains.GetGrain<ILeadGrain>("demo-l-01").ConvertAsync(new Actor(leadOwner, Role.Rep, leadTeam),
                new ConvertLeadInput { CreateOpportunity = true, OpportunityName = "First order", OpportunityAmount = 12_000m })).ConfigureAwait(false);
        }

        LogSeeded(log);
    }

    private async Task CreateUserAsync(string id, string name, Role role, string? teamId, string? region, IReadOnlyList<string> industries) =>
        await Quietly(() => grains.GetGrain<IUserGrain>(id).CreateAsync(Actor.System, new CreateUserInput
        {
            Email = DemoOrg.Email(id),
            Password = DemoOrg.Password,
            Name = name,
            Role = role,
            TeamId = teamId,
            Region = region,
            Industries = industries,
            Capacity = role == Role.Rep ? 40 : null,
        })).ConfigureAwait(false);

    // Customers 0-13 are owned under the default rules, 14-17 owned in the fast lane (they return
    // two minutes after seeding), 18-23 wait in the fast lane, 24-26 in the default pool, 27-29 in
    // the North pool.
    private async Task CreateCustomerAsync(int i)
    {
        var (ownerId, poolId) = i switch
        {
            < 14 => (Owner(i).Id, PoolIds.Default),
            < 18 => (Owner(i).Id, DemoOrg.FastPoolId),
            < 24 => (null, DemoOrg.FastPoolId),
            < 27 => (null, PoolIds.Default),
            _ => ((string?)null, DemoOrg.NorthPoolId),
        };
        await Quietly(() => grains.GetGrain<ICustomerGrain>(CustomerId(i)).CreateAsync(Actor.System, new CreateCustomerInput
        {
            Name = DemoOrg.CompanyNames[i],
            Region = i < 27 ? DemoOrg.Regions[i % 2] : "North",
            Industry = DemoOrg.Industries[i % DemoOrg.Industries.Count],
            Tier = i % 7 == 0 ? "Key account" : "Standard",
            Source = "Demo",
            Contacts = [new Contact { Name = $"Contact at {DemoOrg.CompanyNames[i]}", Email = $"contact{i + 1}@example.com" }],
            OwnerId = ownerId,
            PoolId = poolId,
        })).ConfigureAwait(false);
    }

    private static DemoOrg.DemoPerson Owner(int customer) => DemoOrg.Reps[customer % DemoOrg.Reps.Count];

    private static string CustomerId(int i) => $"demo-c-{i + 1:00}";

    // Seeding again (a restart half-way, two silos at once) finds what exists and goes on.
    private async Task Quietly<T>(Func<Task<T>> create)
    {
        try
        {
            await create().ConfigureAwait(false);
        }
        catch (DomainException e)
        {
            LogSkipped(log, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data {Step}/5: {What}")]
    private static partial void LogStep(ILogger logger, int step, string what);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data ready.")]
    private static partial void LogSeeded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data present already; not seeding again.")]
    private static partial void LogAlreadySeeded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo sign-ins: manager {Manager}, rep {Rep} (password '{Password}'); every demo user is <first name>@demo.livesales.local.")]
    private static partial void LogSignIn(ILogger logger, string manager, string rep, string password);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Demo data: skipped a step ({Reason}).")]
    private static partial void LogSkipped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Demo data failed.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
