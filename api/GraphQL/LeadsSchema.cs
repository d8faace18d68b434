using LiveSales.Api.GraphQL.Relay;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Common;
using LiveSales.Grains.Queries;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;

namespace LiveSales.Api.GraphQL;

/// <summary>Leads: reading, creating, bulk import, assigning, claiming, accepting, status, conversion.</summary>
public static class LeadsSchema
{
    public static SchemaBuilder AddLeads(this SchemaBuilder builder) => builder
        .Enum<LeadStatus>("LeadStatus")
        .Object<LeadView>("Lead", t =>
        {
            t.Field(l => l.Id).Type("ID!");
            t.Field(l => l.Name);
            t.Field(l => l.Company);
            t.Field(l => l.Source);
            t.Field(l => l.Region);
            t.Field(l => l.Industry);
            t.Field(l => l.Status);
            t.Field("owner", "User").Resolve((l, ctx) => UsersSchema.FindUserAsync(ctx, l.OwnerId));
            t.Field("pool", "Pool").Resolve((l, ctx) => ctx.Grain<IPoolGrain>(l.PoolId).FindAsync());
            t.Field(l => l.LastFollowUpAt);
            t.Field(l => l.Title);
            t.Field(l => l.Email);
            t.Field(l => l.Phone);
            t.Field(l => l.Tags);
            t.Field(l => l.Notes);
            t.Field(l => l.InPool).Description("Unowned, waiting in its pool.");
            t.Field(l => l.NextFollowUpAt);
            t.Field(l => l.AcceptBy).Description("An assigned lead nobody touches by then moves to the next rep.");
            t.Field("customer", "Customer").Description("The customer it was converted to.")
                .Resolve((l, ctx) => l.CustomerId is null ? Task.FromResult<CustomerView?>(null) : Visible.OrNullAsync(() => ctx.Grain<ICustomerGrain>(l.CustomerId).GetAsync(ctx.Actor())));
            t.Field("opportunity", "Opportunity")
                .Resolve((l, ctx) => l.OpportunityId is null ? Task.FromResult<OpportunityView?>(null) : Visible.OrNullAsync(() => ctx.Grain<IOpportunityGrain>(l.OpportunityId).GetAsync(ctx.Actor())));
            t.Field(l => l.Log).Type("[LeadLogEntry!]!").Description("The operation log: created, assigned, status changes, conversion.");
            t.Field("followUps", "FollowUpConnection!").Paged().Resolve((l, ctx) => FollowUpsAsync(ctx, l));
            t.Field(l => l.CreatedAt);
        })
        .Object<LeadLogEntry>("LeadLogEntry", t =>
        {
            t.Field(e => e.At);
            t.Field("by", "User").Resolve((e, ctx) => UsersSchema.FindUserAsync(ctx, e.ByUserId));
            t.Field(e => e.Action);
            t.Field(e => e.Detail);
        })
        .AddConnection<LeadView>("Lead")
        .InputObject<LeadListFilter>("LeadFilter", t =>
        {
            t.Field(f => f.OwnerId).Type("ID");
            t.Field(f => f.TeamId).Type("ID");
        })
        .InputObject<CreateLeadInput>("CreateLeadInput", t =>
        {
            t.Description("With ownerId the lead is assigned to that rep; with poolId it waits unowned there; with neither the assignment rules place it.");
            t.Field(i => i.OwnerId).Type("ID");
            t.Field(i => i.PoolId).Type("ID");
        })
        .InputObject<ConvertLeadInput>("ConvertLeadInput", t =>
        {
            t.Description("Overrides for conversion; omitted fields are mapped from the lead (company or name, region, industry, source, tags, the person as contact).");
            t.Field(i => i.PoolId).Type("ID");
            t.Field(i => i.CreateOpportunity).Default(false);
        })
        .InputObject<ImportLeadsInput>("ImportLeadsInput", t =>
        {
            t.Field(i => i.ImportId).Type("ID").Description("Repeating an import with the same id and rows creates nothing twice.");
            t.Field(i => i.Rows).Type("[CreateLeadInput!]!").Description("Up to 10,000 rows.");
        })
        .Object<LeadImportOutcome>("LeadImportResult", t =>
        {
            t.Description("A lead for each good row, a reason for each bad row (rows count from 1).");
            t.Field(r => r.ImportId).Type("ID!");
            t.Field("created", "[ImportedLead!]!").Resolve((r, _) => r.Result.Created);
            t.Field("errors", "[ImportRowError!]!").Resolve((r, _) => r.Result.Errors);
        })
        .Object<LeadImportResult.CreatedRow>("ImportedLead", t =>
        {
            t.Field(r => r.Row);
            t.Field(r => r.LeadId).Type("ID!");
            t.Field("owner", "User").Resolve((r, ctx) => UsersSchema.FindUserAsync(ctx, r.OwnerId));
            t.Field("lead", "Lead").Resolve((r, ctx) => ctx.Grain<ILeadGrain>(r.LeadId).GetAsync(ctx.Actor()));
        })
        .Object<LeadImportResult.RowError>("ImportRowError", t =>
        {
            t.Field(e => e.Row);
            t.Field("message", "String!").Resolve((e, _) => e.Reason);
        })
        .Query(q =>
        {
            q.Field("lead", "Lead").Argument("id", "ID!").Resolve(ctx => ctx.Grain<ILeadGrain>(ctx.Id("id")).GetAsync(ctx.Actor()));
            q.Field("leads", "LeadConnection!").Argument("where", "LeadFilter").Paged()
                .Description("Reps: their own; managers: their team's; admins: all. Pooled leads are on Pool.leads.")
                .Resolve(ctx => ListAsync(ctx));
        })
        .Mutation(m =>
        {
            m.Field("createLead", "Lead!").Argument("input", "CreateLeadInput!")
                .Mutate((ctx, actor) => ctx.Grain<ILeadGrain>(ctx.NewId()).CreateAsync(actor, ctx.Argument<CreateLeadInput>("input")));
            m.Field("importLeads", "LeadImportResult!").Argument("input", "ImportLeadsInput!")
                .Description("Bulk import: every good row becomes a lead, every bad row is reported; returns when all are stored.")
                .Mutate(ImportAsync);
            m.Field("convertLead", "Customer!").Argument("id", "ID!").Argument("input", "ConvertLeadInput")
                .Mutate(ConvertAsync);
            m.Field("assignLead", "Lead!").Argument("id", "ID!").Argument("ownerId", "ID!").Argument("reason", "String")
                .Description("A manager within its team, or an admin.")
                .Mutate((ctx, actor) => ctx.Grain<ILeadGrain>(ctx.Id("id")).AssignAsync(actor, ctx.Id("ownerId"), ctx.Argument<string?>("reason")));
            m.Field("claimLead", "Lead!").Argument("id", "ID!").Description("A rep takes an unowned lead from a pool it belongs to.")
                .Mutate((ctx, actor) => ctx.Grain<ILeadGrain>(ctx.Id("id")).ClaimAsync(actor));
            m.Field("acceptLead", "Lead!").Argument("id", "ID!").Description("The owner acknowledges the lead: its acceptance deadline stops.")
                .Mutate((ctx, actor) => ctx.Grain<ILeadGrain>(ctx.Id("id")).AcceptAsync(actor));
            m.Field("setLeadStatus", "Lead!").Argument("id", "ID!").Argument("status", "LeadStatus!").Argument("reason", "String")
                .Description("CONTACTED, QUALIFIED or DISQUALIFIED (CONVERTED only by convertLead).")
                .Mutate((ctx, actor) => ctx.Grain<ILeadGrain>(ctx.Id("id")).SetStatusAsync(actor, ctx.Argument<LeadStatus>("status"), ctx.Argument<string?>("reason")));
        });

    private static async Task<Connection<LeadView>> ListAsync(IResolverContext context)
    {
        var (actor, leads) = (context.Actor(), context.Service<LeadQueries>());
        var filter = context.Argument<LeadListFilter?>("where") ?? LeadListFilter.None;
        var page = await leads.ListAsync(actor, filter, context.First(), context.After()).ConfigureAwait(false);
        return context.ById(page, l => l.Id, () => leads.CountAsync(actor, filter));
    }

    private static async Task<Connection<FollowUpRecord>> FollowUpsAsync(IResolverContext context, LeadView lead)
    {
        var page = await context.Grain<ILeadGrain>(lead.Id).GetFollowUpsAsync(context.Actor(), Paging.Size(context.First()), context.After()).ConfigureAwait(false);
        return context.ById(page, f => f.Id, () => Task.FromResult((long)lead.FollowUpCount));
    }

    private static async Task<LeadImportOutcome> ImportAsync(IResolverContext context, Actor actor)
    {
        var input = context.Argument<ImportLeadsInput>("input");
        var importId = input.ImportId is null ? context.NewId() : Ids.IsWellFormed(input.ImportId) ? input.ImportId
            : throw DomainException.BadInput($"'{input.ImportId}' is not a valid import id.");
        var result = await context.Grain<ILeadImportGrain>(importId).ImportAsync(actor, input.Rows).ConfigureAwait(false);
        return new LeadImportOutcome(importId, result);
    }

    private static async Task<CustomerView> ConvertAsync(IResolverContext context, Actor actor)
    {
        var input = context.Argument<ConvertLeadInput?>("input") ?? new ConvertLeadInput();
        var converted = await context.Grain<ILeadGrain>(context.Id("id")).ConvertAsync(actor, input).ConfigureAwait(false);
        return await context.Grain<ICustomerGrain>(converted.CustomerId).GetAsync(actor).ConfigureAwait(false);
    }
}
