using System.Security.Claims;
using LiveSales.Api.GraphQL.Relay;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Teams;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Queries;
using LiveSales.Grains.Security;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;

namespace LiveSales.Api.GraphQL;

/// <summary>Users and teams: <c>me</c>, <c>user</c>, <c>users</c>, <c>team</c>, <c>teams</c>, and creating and managing them.</summary>
public static class UsersSchema
{
    public static SchemaBuilder AddUsersAndTeams(this SchemaBuilder builder) => builder
        .Enum<Role>("Role")
        .Object<UserView>("User", t =>
        {
            t.Field(u => u.Id).Type("ID!");
            t.Field(u => u.Email);
            t.Field(u => u.Name);
            t.Field(u => u.Role);
            t.Field("team", "Team").Resolve((u, ctx) => FindTeamAsync(ctx, u.TeamId));
            t.Field(u => u.Active).Description("False once the user left: cannot sign in, never assigned.");
            t.Field(u => u.Region);
            t.Field(u => u.Industries);
            t.Field(u => u.Away).Description("Temporarily absent: still signs in, skipped by assignment.");
            t.Field(u => u.Capacity).Description("How many customers the rep should hold at most.");
            t.Field(u => u.CreatedAt);
        })
        .Object<TeamView>("Team", t =>
        {
            t.Field(team => team.Id).Type("ID!");
            t.Field(team => team.Name);
            t.Field("manager", "User").Resolve((team, ctx) => FindUserAsync(ctx, team.ManagerId));
            t.Field("members", "[User!]!").Resolve((team, ctx) => ctx.Service<DirectoryQueries>().TeamMembersAsync(team.Id));
            t.Field(team => team.CreatedAt);
        })
        .AddConnection<UserView>("User")
        .InputObject<CreateTeamInput>("CreateTeamInput", t => t.Field(i => i.ManagerId).Type("ID"))
        .InputObject<CreateUserInput>("CreateUserInput", t =>
        {
            t.Field(i => i.Role).Type("Role!").Default(Role.Rep);
            t.Field(i => i.TeamId).Type("ID");
        })
        .Query(q =>
        {
            q.Field("me", "User!").Description("The signed-in user (a wallboard token shows as a WALLBOARD user).")
                .Resolve(ctx => MeAsync(ctx));
            q.Field("user", "User").Argument("id", "ID!")
                .Resolve(ctx => ctx.Grain<IUserGrain>(ctx.Id("id")).GetAsync(ctx.Actor()));
            q.Field("users", "UserConnection!").Paged().Description("Admins: everyone; others: themselves and their team.")
                .Resolve(async ctx =>
                {
                    var (actor, users) = (ctx.Actor(), ctx.Service<DirectoryQueries>());
                    var page = await users.ListUsersAsync(actor, ctx.First(), ctx.After()).ConfigureAwait(false);
                    return ctx.ById(page, u => u.Id, () => CountByPagingAsync(after => users.ListUsersAsync(actor, 500, after)));
                });
            q.Field("team", "Team").Argument("id", "ID!").Resolve(ctx => TeamAsync(ctx, ctx.Id("id")));
            q.Field("teams", "[Team!]!").Resolve(ctx =>
            {
                EnsureCanSeeTeams(ctx.Actor());
                return ctx.Service<DirectoryQueries>().ListTeamsAsync();
            });
        })
        .Mutation(m =>
        {
            m.Field("createTeam", "Team!").Argument("input", "CreateTeamInput!").Description("Admins only.")
                .Mutate((ctx, actor) => ctx.Grain<ITeamGrain>(ctx.NewId()).CreateAsync(actor, ctx.Argument<CreateTeamInput>("input")));
            m.Field("setTeamManager", "Team!").Argument("teamId", "ID!").Argument("managerId", "ID!").Description("Admins only; the manager joins the team.")
                .Mutate((ctx, actor) => ctx.Grain<ITeamGrain>(ctx.Id("teamId")).SetManagerAsync(actor, ctx.Id("managerId")));
            m.Field("createUser", "User!").Argument("input", "CreateUserInput!").Description("Admins create anyone; a manager creates reps in its own team.")
                .Mutate((ctx, actor) => ctx.Grain<IUserGrain>(ctx.NewId()).CreateAsync(actor, ctx.Argument<CreateUserInput>("input")));
            m.Field("setUserActive", "User!").Argument("id", "ID!").Argument("active", "Boolean!")
                .Description("Deactivating signs the user out everywhere at once and ends its live connections.")
                .Mutate((ctx, actor) => ctx.Grain<IUserGrain>(ctx.Id("id")).SetActiveAsync(actor, ctx.Argument<bool>("active")));
            m.Field("setUserAway", "User!").Argument("id", "ID!").Argument("away", "Boolean!")
                .Mutate((ctx, actor) => ctx.Grain<IUserGrain>(ctx.Id("id")).SetAwayAsync(actor, ctx.Argument<bool>("away")));
            m.Field("setUserTeam", "User!").Argument("id", "ID!").Argument("teamId", "ID")
                .Description("Admins only; null = no team. The user's customers, leads and opportunities follow to the new team within moments.")
                .Mutate((ctx, actor) => ctx.Grain<IUserGrain>(ctx.Id("id")).SetTeamAsync(actor, ctx.OptionalId("teamId")));
            m.Field("setUserCapacity", "User!").Argument("id", "ID!").Argument("capacity", "Int")
                .Mutate((ctx, actor) => ctx.Grain<IUserGrain>(ctx.Id("id")).SetCapacityAsync(actor, ctx.Argument<int?>("capacity")));
        });

    /// <summary>A user referenced by a record the actor can see (owner, author, manager): shown without a further check.</summary>
    public static Task<UserView?> FindUserAsync(IResolverContext context, string? userId) =>
        userId is null || userId == Actor.SystemUserId ? Task.FromResult<UserView?>(null) : context.Grain<IUserGrain>(userId).FindAsync();

    public static Task<TeamView?> FindTeamAsync(IResolverContext context, string? teamId) =>
        teamId is null ? Task.FromResult<TeamView?>(null) : context.Grain<ITeamGrain>(teamId).FindAsync();

    /// <summary>Counts a small list (users, a customer's opportunities) by reading its pages.</summary>
    public static async Task<long> CountByPagingAsync<T>(Func<string?, Task<Page<T>>> read)
    {
        long count = 0;
        string? after = null;
        while (true)
        {
            var page = await read(after).ConfigureAwait(false);
            count += page.Items.Count;
            if (!page.HasNextPage)
            {
                return count;
            }

            after = page.EndCursor;
        }
    }

    private static async Task<UserView> MeAsync(IResolverContext context)
    {
        var actor = context.Actor();
        if (actor.Role != Role.Wallboard || !actor.UserId.StartsWith(Auth.ApiClaims.WallboardActorPrefix, StringComparison.Ordinal))
        {
            return await context.Grain<IUserGrain>(actor.UserId).GetAsync(actor).ConfigureAwait(false);
        }

        // A wallboard token is no user: it shows as one named after the display.
        return new UserView
        {
            Id = actor.UserId,
            Email = "",
            Name = context.User.FindFirstValue(ClaimTypes.Name) ?? "Wallboard",
            Role = Role.Wallboard,
            TeamId = actor.TeamId,
        };
    }

    private static async Task<TeamView> TeamAsync(IResolverContext context, string teamId)
    {
        EnsureCanSeeTeams(context.Actor());
        return await context.Grain<ITeamGrain>(teamId).FindAsync().ConfigureAwait(false) ?? throw DomainException.NotFound("Team", teamId);
    }

    private static void EnsureCanSeeTeams(Actor actor)
    {
        if (!VisibilityPolicy.CanSeeTeam(actor))
        {
            throw DomainException.Forbidden("Wallboards do not see teams.");
        }
    }
}
