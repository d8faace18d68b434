using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Assignment;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Common;
using LiveSales.Grains.Security;
using LiveSales.Grains.Users;
using LiveSales.Runtime;

namespace LiveSales.Grains.Leads;

/// <summary>
/// A lead. Its one-shot "clock" reminder fires at the acceptance deadline (an untouched lead then
/// goes to the next rep the rules choose, never back to one that let it lapse) and at the next
/// follow-up time (FOLLOW_UP_DUE).
/// </summary>
[GrainType(GrainTypes.Lead)]
public sealed partial class LeadGrain(
    [PersistentState(GrainTypes.StateName)] IPersistentState<LeadState> state,
    TimeProvider clock)
    : StatefulGrain<LeadState>(state, clock), ILeadGrain
{
    public const string ClockReminder = "clock";

    public async Task<LeadView> CreateAsync(Actor actor, CreateLeadInput input)
    {
        if (Exists)
        {
            throw DomainException.Conflict($"Lead '{Id}' exists already.");
        }

        if (!actor.IsSystem && !VisibilityPolicy.CanCreateRecords(actor))
        {
            throw DomainException.Forbidden("You may not create leads.");
        }

        input = LeadInputValidator.Validate(input);
        var placement = await LeadPlacements.ResolveAsync(GrainFactory, actor, input);
        Init(actor, input, placement, null);
        await SaveAsync();
        return State.ToView();
    }

    public async Task<LeadView> CreatePlacedAsync(Actor actor, CreateLeadInput input, LeadPlacement placement, string importKey)
    {
        ArgumentNullException.ThrowIfNull(placement);
        if (Exists)
        {
            return State.ImportKey == importKey ? State.ToView() : throw DomainException.Conflict($"Lead '{Id}' exists already.");
        }

        Init(actor, input, placement, importKey);
        await SaveAsync();
        return State.ToView();
    }

    public async Task<LeadView> GetAsync(Actor actor)
    {
        Existing();
        var pool = State.InPool ? await PoolAsync() : null;
        return actor.IsSystem || VisibilityPolicy.CanSeeRecord(actor, State.Access, pool)
            ? State.ToView()
            : throw DomainException.Forbidden("You may not see this lead.");
    }

    public Task<LeadView?> FindAsync() => Task.FromResult(Exists ? State.ToView() : null);

    public async Task<LeadView> AssignAsync(Actor actor, string ownerId, string? reason)
    {
        EnsureOpen();
        var target = await GrainFactory.GetGrain<IUserGrain>(Text.Id(ownerId, "ownerId")!).FindAsync() ?? throw DomainException.NotFound("User", ownerId);
        var pool = await PoolAsync();
        if (!VisibilityPolicy.CanOwnRecords(target))
        {
            throw DomainException.BadInput($"{target.Name} cannot own leads (inactive, or not a rep or manager).");
        }

        if (!actor.IsSystem && !VisibilityPolicy.CanAssign(actor, State.Access, pool, target))
        {
            throw DomainException.Forbidden($"You may not assign this lead to {target.Name}.");
        }

        if (State.OwnerId != target.Id)
        {
            var config = await GrainFactory.GetGrain<IAssignmentGrain>(AssignmentConfig.GrainKey).GetConfigAsync();
            AssignTo(target.Id, target.TeamId, actor.UserId, Text.Optional(reason, "reason", Text.LongText) ?? $"Assigned by {actor.UserId}.", config.LeadAcceptWithin);
            await SaveAsync();
        }

        return State.ToView();
    }

    public async Task<LeadView> ClaimAsync(Actor actor)
    {
        EnsureOpen();
        var pool = await PoolAsync();
        if (!VisibilityPolicy.CanClaimFrom(actor, pool))
        {
            throw DomainException.Forbidden($"You are not a member of pool '{pool.Name}'.");
        }

        if (State.OwnerId is not null || !State.InPool)
        {
            throw new DomainException(ErrorCode.AlreadyOwned, State.OwnerId == actor.UserId ? "You already own this lead." : "The lead already has an owner.");
        }

        // A lead claimed counts against the rep's daily claims like a customer (the holding cap is of customers).
        await ClaimReservation.RunAsync(GrainFactory.GetGrain<IUserGrain>(actor.UserId), "lead:" + Id, pool.Rules.ClaimLimitPerDay, maxOwned: null, async () =>
        {
            AssignTo(actor.UserId, actor.TeamId, actor.UserId, $"Claimed from pool '{pool.Name}'.", null);
            await SaveAsync();
        });

        return State.ToView();
    }

    public async Task<LeadView> AcceptAsync(Actor actor)
    {
        EnsureOpen();
        EnsureCanChange(actor, null);
        if (State.OwnerId is null)
        {
            throw DomainException.Conflict("An unowned lead cannot be accepted; claim it.");
        }

        var from = State.Status;
        Touch();
        Record(actor.UserId, "ACCEPTED", null);
        StatusChanged(from, actor.UserId);
        await SaveAsync();
        return State.ToView();
    }

    public async Task<LeadView> SetStatusAsync(Actor actor, LeadStatus status, string? reason)
    {
        Existing();
        EnsureCanChange(actor, State.InPool ? await PoolAsync() : null);
        LeadStatusRules.EnsureCanSet(State.Status, status, State.OwnerId is not null);
        if (State.Status == status)
        {
            return State.ToView();
        }

        var from = State.Status;
        State.Status = status;
        State.AcceptBy = null;
        Record(actor.UserId, status.ToString().ToUpperInvariant(), Text.Optional(reason, "reason", Text.LongText));
        StatusChanged(from, actor.UserId);
        await SaveAsync();
        return State.ToView();
    }

    public async Task<LeadConversionResult> ConvertAsync(Actor actor, ConvertLeadInput input)
    {
        Existing();
        if (State.Status == LeadStatus.Converted)
        {
            return new LeadConversionResult(Id, State.CustomerId!, State.OpportunityId);
        }

        EnsureCanChange(actor, State.InPool ? await PoolAsync() : null);
        var (customerInput, opportunityInput) = LeadConversion.Map(State.ToView(), input);

        // The customer and opportunity take this lead's id: a conversion retried after a failure finds them.
        var customer = await GrainFactory.GetGrain<ICustomerGrain>(Id).CreateAsync(actor, customerInput);
        var opportunity = opportunityInput is null ? null : await GrainFactory.GetGrain<IOpportunityGrain>(Id).CreateAsync(actor, opportunityInput);
        var from = State.Status;
        State.Status = LeadStatus.Converted;
        State.CustomerId = customer.Id;
        State.OpportunityId = opportunity?.Id;
        State.AcceptBy = null;
        Record(actor.UserId, "CONVERTED", opportunity is null ? $"Customer {customer.Id}." : $"Customer {customer.Id}, opportunity {opportunity.Id}.");
        StatusChanged(from, actor.UserId);
        RaiseEvent(new LeadConverted(Id, customer.Id, opportunity?.Id, State.OwnerId, State.OwnerTeamId, actor.UserId, Now));
        await SaveAsync();
        return new LeadConversionResult(Id, customer.Id, opportunity?.Id);
    }

    public async Task<FollowUpRecord> RecordFollowUpAsync(Actor actor, FollowUpRecord followUp)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        Existing();
        if (State.FollowUps.Find(f => f.Id == followUp.Id) is { } recorded)
        {
            return recorded;
        }

        EnsureCanChange(actor, State.InPool ? await PoolAsync() : null);
        recorded = followUp with { LeadId = Id };
        State.FollowUps.Add(recorded);
        State.NextFollowUpAt = recorded.NextFollowUpAt;
        State.NextFollowUpBy = recorded.NextFollowUpAt is null ? null : actor.UserId;
        var from = State.Status;
        FollowedUp(recorded.At);
        StatusChanged(from, actor.UserId);
        RaiseEvent(new FollowUpLogged(recorded, State.OwnerId, State.OwnerTeamId));
        await SaveAsync();
        return recorded;
    }

    public async Task TouchFollowUpAsync(DateTimeOffset at)
    {
        if (!Exists || (State.LastFollowUpAt is { } last && last >= at))
        {
            return;
        }

        var from = State.Status;
        FollowedUp(at);
        StatusChanged(from, Actor.SystemUserId);
        await SaveAsync();
    }

    public async Task SetOwnerTeamAsync(string ownerId, string? teamId)
    {
        if (!Exists || State.OwnerId != ownerId || State.OwnerTeamId == teamId)
        {
            return;
        }

        RaiseEvent(new OwnerTeamChanged(GrainTypes.Lead, Id, ownerId, State.OwnerTeamId, teamId, Now));
        State.OwnerTeamId = teamId;
        await WriteAsync();
    }

    public async Task<Page<FollowUpRecord>> GetFollowUpsAsync(Actor actor, int first, string? after)
    {
        await GetAsync(actor);
        return Paging.Slice(Enumerable.Reverse(State.FollowUps).ToList(), f => f.Id, first, after);
    }

    private void Init(Actor actor, CreateLeadInput input, LeadPlacement placement, string? importKey)
    {
        var now = Now;
        State.Id = Id;
        State.Name = input.Name;
        State.Company = input.Company;
        State.Title = input.Title;
        State.Email = input.Email;
        State.Phone = input.Phone;
        State.Source = input.Source;
        State.Region = input.Region;
        State.Industry = input.Industry;
        State.Tags = [.. input.Tags ?? []];
        State.Notes = input.Notes;
        State.Status = LeadStatus.New;
        State.PoolId = placement.PoolId;
        State.CreatedAt = now;
        State.ImportKey = importKey;
        Record(actor.UserId, "CREATED", importKey is null ? null : $"Imported ({importKey}).");
        RaiseEvent(new LeadCreated(Id, State.Name, State.Source, placement.OwnerId, placement.OwnerTeamId, placement.PoolId, actor.UserId, now));
        if (placement.OwnerId is { } ownerId)
        {
            AssignTo(ownerId, placement.OwnerTeamId, placement.RuleId is null ? actor.UserId : Actor.SystemUserId, placement.Reason, placement.AcceptWithin);
        }
        else
        {
            State.InPool = true;
            Record(Actor.SystemUserId, "POOLED", placement.Reason);
        }
    }

    private async Task<PoolView> PoolAsync() =>
        await GrainFactory.GetGrain<IPoolGrain>(State.PoolId).FindAsync()
        ?? await LeadPlacements.FindPoolAsync(GrainFactory, PoolIds.Default);

    private void EnsureCanChange(Actor actor, PoolView? pool)
    {
        if (actor.IsSystem)
        {
            return;
        }

        if (!VisibilityPolicy.CanSeeRecord(actor, State.Access, pool))
        {
            throw DomainException.Forbidden("You may not see this lead.");
        }

        if (!VisibilityPolicy.CanChangeRecord(actor, State.Access))
        {
            throw new DomainException(ErrorCode.NotOwner, "Only the owner, a manager of its team or an admin may do this.");
        }
    }

    private void EnsureOpen()
    {
        Existing();
        if (!LeadStatusRules.IsOpen(State.Status))
        {
            throw DomainException.Conflict($"The lead is {State.Status.ToString().ToUpperInvariant()}.");
        }
    }

    private void Existing()
    {
        if (!Exists)
        {
            throw DomainException.NotFound("Lead", Id);
        }
    }
}
