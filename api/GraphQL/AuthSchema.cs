using LiveSales.Api.Auth;
using LiveSales.GrainInterfaces;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;

namespace LiveSales.Api.GraphQL;

/// <summary>Signing in and out, and wallboard display tokens.</summary>
public static class AuthSchema
{
    public static SchemaBuilder AddAuth(this SchemaBuilder builder) => builder
        .Object<LoginResult>("Session", t =>
        {
            t.Description("A bearer token: send it as 'Authorization: Bearer TOKEN' (or ?access_token= to /hubs/live and the GraphQL WebSocket).");
            t.Field(s => s.Token);
            t.Field(s => s.ExpiresAt);
            t.Field(s => s.User).Type("User!");
        })
        .Object<WallboardToken>("WallboardToken", t =>
        {
            t.Description("A read-only display token for an office wallboard; revocable.");
            t.Field("id", "ID!").Resolve((w, _) => w.Session.Id);
            t.Field("name", "String!").Resolve((w, _) => w.Session.Name ?? "");
            t.Field("token", "String").Description("Only in the answer of createWallboardToken: it is not stored.").Resolve((w, _) => w.Token);
            t.Field("team", "Team").Description("The team it shows; null: the whole organisation.").Resolve((w, ctx) => UsersSchema.FindTeamAsync(ctx, w.Session.TeamId));
            t.Field("createdBy", "User").Resolve((w, ctx) => UsersSchema.FindUserAsync(ctx, w.Session.UserId));
            t.Field("createdAt", "DateTime!").Resolve((w, _) => w.Session.CreatedAt);
            t.Field("expiresAt", "DateTime").Resolve((w, _) => w.Session.ExpiresAt);
            t.Field("revokedAt", "DateTime").Resolve((w, _) => w.Session.RevokedAt);
        })
        .InputObject<CreateWallboardTokenInput>("CreateWallboardTokenInput", t => t.Field(i => i.TeamId).Type("ID"))
        .Query(q => q.Field("wallboardTokens", "[WallboardToken!]!").Description("Admins: all; managers: their team's.")
            .Resolve(async ctx =>
            {
                var sessions = await ctx.Service<WallboardQueries>().ListAsync(ctx.Actor()).ConfigureAwait(false);
                return sessions.Select(s => new WallboardToken(s)).ToList();
            }))
        .Mutation(m =>
        {
            m.Field("login", "Session!").Argument("email", "String!").Argument("password", "String!")
                .Resolve(ctx => ctx.Service<AuthService>().LoginAsync(ctx.Argument<string>("email"), ctx.Argument<string>("password")));
            m.Field("logout", "Boolean!").Description("Ends the session of the token this request was sent with.")
                .Mutate((ctx, actor) => ctx.Service<AuthService>().LogoutAsync(actor, ApiClaims.SessionId(ctx.User)!));
            m.Field("createWallboardToken", "WallboardToken!").Argument("input", "CreateWallboardTokenInput!")
                .Description("Admins (any team or the whole organisation) and managers (their own team).")
                .Mutate((ctx, actor) =>
                {
                    var input = ctx.Argument<CreateWallboardTokenInput>("input");
                    if (input.TeamId is { } teamId && !Ids.IsWellFormed(teamId))
                    {
                        throw DomainException.BadInput($"'{teamId}' is not a valid team id.");
                    }

                    return ctx.Service<AuthService>().CreateWallboardTokenAsync(actor, input.Name, input.TeamId, input.ExpiresIn);
                });
            m.Field("revokeWallboardToken", "WallboardToken!").Argument("id", "ID!").Description("The token stops working at once, on every silo.")
                .Mutate((ctx, actor) => ctx.Service<AuthService>().RevokeWallboardTokenAsync(actor, ctx.Id("id")));
        });
}
