using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Assignment;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Common;
using LiveSales.Grains.Security;
using LiveSales.Grains.Users;
using LiveSales.Runtime;

namespace LiveSales.Grains.Customers;

/// <summary>
/// A customer: its details, ownership, follow-ups and return clock. The clock is one one-shot
/// reminder ("clock") always set to the next thing due (follow-up alert, warning, return); it is
/// moved before the state write when it must fire earlier and after it when later, so a failed
/// write can only make it fire early, and an early tick just recomputes and re-arms.
/// </summary>
[GrainType(GrainTypes.Customer)]
public sealed partial class CustomerGrain(
    [PersistentState(GrainTypes.StateName)] IPersistentState<CustomerState> state,
    TimeProvider clock)
    : StatefulGrain<CustomerState>(state, clock), ICustomerGrain
{
    public const string ClockReminder = "clock";
    private const int FormerOwnersKept = 20;

    public async Task<CustomerView> CreateAsync(Actor actor, CreateCustomerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Exists)
        {
            return input.LeadId is not null && State.LeadId == input.LeadId
                ? State.ToView()
                : throw DomainException.Conflict($"Customer '{Id}' exists already.");
        }

        if (!actor.IsSystem && !VisibilityPolicy.CanCreateRecords(actor))
        {
            throw DomainException.Forbidden("You may not create customers.");
        }

        input = CustomerInputValidator.Validate(input);
        var (pool, owner, reason, rule) = await PlaceAsync(actor, input);
        var now = Now;
        State.Id = Id;
        State.Name = input.Name;
        State.Region = input.Region;
        State.Industry = input.Industry;
        State.Tier = input.Tier;
        State.Source = input.Source;
        State.Tags = [.. input.Tags ?? []];
        State.Contacts = [.. input.Contacts ?? []];
        State.PoolId = pool.Id;
        State.LeadId = input.LeadId;
        State.CreatedAt = now;
        State.CreatedBy = actor.UserId;
        RaiseEvent(new CustomerCreated(Id, State.Name, owner?.Id, owner?.TeamId, pool.Id, actor.UserId, now));
        if (owner is not null)
        {
            TakeOwnership(owner.Id, owner.TeamId, OwnershipChangeKind.Assigned, actor, reason, rule, pool);
        }
        else
        {
            State.InPool = true;
            RaiseEvent(new CustomerPoolChanged(pool.Id, Id, PoolChangeKind.Added, now));
        }

        await SaveAsync(pool);
        return State.ToView();
    }

    public async Task<CustomerView> GetAsync(Actor actor)
    {
        Existing();
        var pool = State.InPool ? await PoolAsync() : null;
        return actor.IsSystem || VisibilityPolicy.CanSeeRecord(actor, State.Access, pool)
            ? State.ToView()
            : throw DomainException.Forbidden("You may not see this customer.");
    }

    public Task<CustomerAccess?> FindAccessAsync() => Task.FromResult(Exists ? State.ToAccess() : null);

    public async Task<CustomerView> UpdateAsync(Actor actor, UpdateCustomerInput input)
    {
        Existing();
        input = CustomerInputValidator.Validate(input);
        var pool = await PoolAsync();
        EnsureCanChange(actor, pool);
        State.Name = input.Name ?? State.Name;
        State.Region = input.Region ?? State.Region;
        State.Industry = input.Industry ?? State.Industry;
        State.Tier = input.Tier ?? State.Tier;
        State.Tags = input.Tags is null ? State.Tags : [.. input.Tags];
        State.Contacts = input.Contacts is null ? State.Contacts : [.. input.Contacts];
        RaiseEvent(new CustomerUpdated(Id, State.OwnerId, State.OwnerTeamId, actor.UserId, Now));
        await SaveAsync(pool);
        return State.ToView();
    }

    public async Task<CustomerView> AssignAsync(Actor actor, string ownerId, string? reason)
    {
        Existing();
        var target = await FindUserAsync(ownerId);
        var pool = await PoolAsync();
        if (!VisibilityPolicy.CanOwnRecords(target))
        {
            throw DomainException.BadInput($"{target.Name} cannot own customers (inactive, or not a rep or manager).");
        }

        if (!actor.IsSystem && !VisibilityPolicy.CanAssign(actor, State.Access, pool, target))
        {
            throw DomainException.Forbidden($"You may not assign this customer to {target.Name}.");
        }

        if (State.OwnerId == target.Id)
        {
            return State.ToView();
        }

        var why = Text.Optional(reason, "reason", Text.LongText) ?? $"Assigned by {actor.UserId}.";
        TakeOwnership(target.Id, target.TeamId, OwnershipChangeKind.Assigned, actor, why, null, pool);
        await SaveAsync(pool);
        return State.ToView();
    }

    public async Task<CustomerView> ClaimAsync(Actor actor)
    {
        Existing();
        var pool = await PoolAsync();
        ClaimRules.EnsureClaimable(actor, State.OwnerId, State.InPool, pool, State.FormerOwners, Now);
        await ClaimReservation.RunAsync(GrainFactory.GetGrain<IUserGrain>(actor.UserId), Id, pool.Rules.ClaimLimitPerDay, pool.Rules.MaxOwnedPerRep, async () =>
        {
            TakeOwnership(actor.UserId, actor.TeamId, OwnershipChangeKind.Claimed, actor, $"Claimed from pool '{pool.Name}'.", null, pool);
            await SaveAsync(pool);
        });

        return State.ToView();
    }

    public async Task<CustomerView> ReleaseAsync(Actor actor, string? reason)
    {
        Existing();
        var pool = await PoolAsync();
        EnsureCanChange(actor, pool);
        if (State.OwnerId is null)
        {
            throw DomainException.Conflict($"The customer has no owner; it is in pool '{pool.Name}'.");
        }

        var why = Text.Optional(reason, "reason", Text.LongText) ?? "Released to the pool.";
        LeaveOwner(OwnershipChangeKind.Released, actor.UserId, why, null, pool);
        await SaveAsync(pool);
        return State.ToView();
    }

    public async Task<CustomerView> SetLockedAsync(Actor actor, bool locked)
    {
        Existing();
        var pool = State.InPool ? await PoolAsync() : null;
        if (!actor.IsSystem && (!VisibilityPolicy.CanSeeRecord(actor, State.Access, pool) || !VisibilityPolicy.CanLock(actor, State.Access)))
        {
            throw DomainException.Forbidden("Only a manager of the owner's team or an admin locks a customer.");
        }

        if (State.Locked != locked)
        {
            State.Locked = locked;
            RaiseEvent(new CustomerUpdated(Id, State.OwnerId, State.OwnerTeamId, actor.UserId, Now));
            await SaveAsync(pool ?? await PoolAsync());
        }

        return State.ToView();
    }

    public async Task<FollowUpRecord> RecordFollowUpAsync(Actor actor, FollowUpRecord followUp)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        Existing();
        if (State.FollowUps.Find(f => f.Id == followUp.Id) is { } recorded)
        {
            return recorded;
        }

        var pool = await PoolAsync();
        EnsureCanChange(actor, pool);
        recorded = followUp with { CustomerId = Id, LeadId = followUp.LeadId ?? State.LeadId };
        State.FollowUps.Add(recorded);
        if (State.LastFollowUpAt is not { } last || recorded.At > last)
        {
            State.LastFollowUpAt = recorded.At;
        }

        // The newest follow-up decides the next one: a follow-up without a next time clears it.
        State.NextFollowUpAt = recorded.NextFollowUpAt;
        State.NextFollowUpBy = recorded.NextFollowUpAt is null ? null : actor.UserId;
        RaiseEvent(new FollowUpLogged(recorded, State.OwnerId, State.OwnerTeamId));
        await SaveAsync(pool);
        return recorded;
    }

    public async Task<Page<FollowUpRecord>> GetFollowUpsAsync(Actor actor, int first, string? after)
    {
        await GetAsync(actor);
        return Paging.Slice(Enumerable.Reverse(State.FollowUps).ToList(), f => f.Id, first, after);
    }

    public async Task OpportunityChangedAsync(string opportunityId, OpportunityStatus status, DateTimeOffset at)
    {
        if (!Exists)
        {
            return;
        }

        var changed = status switch
        {
            OpportunityStatus.Open => !State.WonOpportunityIds.Contains(opportunityId) && AddOnce(State.OpenOpportunityIds, opportunityId),
            OpportunityStatus.Won => State.OpenOpportunityIds.Remove(opportunityId) | Won(opportunityId, at),
            _ => State.OpenOpportunityIds.Remove(opportunityId),
        };
        if (changed)
        {
            await SaveAsync(await PoolAsync());
        }
    }

    public async Task RefreshClockAsync()
    {
        if (!Exists || State.OwnerId is null)
        {
            return;
        }

        var pool = await PoolAsync();
        if (pool.RulesVersion != State.ClockRulesVersion)
        {
            await SaveAsync(pool);
        }
    }

    public async Task SetOwnerTeamAsync(string ownerId, string? teamId)
    {
        if (!Exists || State.OwnerId != ownerId || State.OwnerTeamId == teamId)
        {
            return;
        }

        RaiseEvent(new OwnerTeamChanged(GrainTypes.Customer, Id, ownerId, State.OwnerTeamId, teamId, Now));
        State.OwnerTeamId = teamId;
        await WriteAsync();
    }

    private static bool AddOnce(List<string> list, string item)
    {
        if (list.Contains(item))
        {
            return false;
        }

        list.Add(item);
        return true;
    }

    private bool Won(string opportunityId, DateTimeOffset at)
    {
        if (!AddOnce(State.WonOpportunityIds, opportunityId))
        {
            return false;
        }

        State.Won = true;
        State.LastDealAt = State.LastDealAt is { } last && last > at ? last : at.ToUniversalTime();
        RaiseEvent(new CustomerWon(Id, opportunityId, State.OwnerId, State.OwnerTeamId, at));
        return true;
    }

    private async Task<(PoolView Pool, UserView? Owner, string? Reason, string? Rule)> PlaceAsync(Actor actor, CreateCustomerInput input)
    {
        if (input.OwnerId is { } ownerId)
        {
            var owner = await FindUserAsync(ownerId);
            if (!VisibilityPolicy.CanOwnRecords(owner))
            {
                throw DomainException.BadInput($"{owner.Name} cannot own customers (inactive, or not a rep or manager).");
            }

            if (!actor.IsSystem && !VisibilityPolicy.CanCreateOwnedBy(actor, owner))
            {
                throw DomainException.Forbidden($"You may not create customers owned by {owner.Name}.");
            }

            var reason = owner.Id == actor.UserId ? "Created by its owner." : $"Created for {owner.Name} by {actor.UserId}.";
            return (await FindPoolAsync(input.PoolId ?? PoolIds.Default), owner, reason, null);
        }

        if (input.PoolId is { } poolId)
        {
            var pool = await FindPoolAsync(poolId);
            return actor.IsSystem || VisibilityPolicy.CanSeePool(actor, pool)
                ? (pool, null, null, null)
                : throw DomainException.Forbidden($"You are not a member of pool '{pool.Name}'.");
        }

        var subject = new AssignmentSubject(AssignmentSubjectKind.Customer, input.Region, input.Industry, input.Source);
        var decision = await GrainFactory.GetGrain<IAssignmentGrain>(AssignmentConfig.GrainKey).DecideAsync(subject, []);
        var decidedPool = await GrainFactory.GetGrain<IPoolGrain>(decision.PoolId).FindAsync() ?? await FindPoolAsync(PoolIds.Default);
        var chosen = decision.OwnerId is { } chosenId ? await FindUserAsync(chosenId) : null;
        return (decidedPool, chosen, decision.Reason, decision.RuleId);
    }

    private void EnsureCanChange(Actor actor, PoolView? pool)
    {
        if (actor.IsSystem)
        {
            return;
        }

        if (!VisibilityPolicy.CanSeeRecord(actor, State.Access, pool))
        {
            throw DomainException.Forbidden("You may not see this customer.");
        }

        if (!VisibilityPolicy.CanChangeRecord(actor, State.Access))
        {
            throw new DomainException(ErrorCode.NotOwner, "Only the owner, a manager of its team or an admin may do this.");
        }
    }

    private void Existing()
    {
        if (!Exists)
        {
            throw DomainException.NotFound("Customer", Id);
        }
    }

    private async Task<PoolView> PoolAsync() =>
        await GrainFactory.GetGrain<IPoolGrain>(State.PoolId).FindAsync()
        ?? await GrainFactory.GetGrain<IPoolGrain>(PoolIds.Default).FindAsync()
        ?? throw new InvalidOperationException("The default pool is missing.");

    private async Task<PoolView> FindPoolAsync(string poolId) =>
        await GrainFactory.GetGrain<IPoolGrain>(poolId).FindAsync() ?? throw DomainException.NotFound("Pool", poolId);

    private async Task<UserView> FindUserAsync(string userId) =>
        await GrainFactory.GetGrain<IUserGrain>(Text.Id(userId, "ownerId")!).FindAsync() ?? throw DomainException.NotFound("User", userId);
}
