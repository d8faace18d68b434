using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Common;
using LiveSales.Grains.Security;
using LiveSales.Runtime;

namespace LiveSales.Grains.Opportunities;

/// <summary>
/// An opportunity. Its customer must learn when it opens, is won or is lost (exemptions, "won"):
/// a one-shot "notify" reminder is armed before each change is written and removed once the
/// customer has been told, so the customer hears of every change even across a crash.
/// </summary>
[GrainType(GrainTypes.Opportunity)]
public sealed class OpportunityGrain(
    [PersistentState(GrainTypes.StateName)] IPersistentState<OpportunityState> state,
    TimeProvider clock)
    : StatefulGrain<OpportunityState>(state, clock), IOpportunityGrain
{
    public const string NotifyReminder = "notify";
    private static readonly TimeSpan s_notifyRetry = TimeSpan.FromMinutes(1);

    public async Task<OpportunityView> CreateAsync(Actor actor, CreateOpportunityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Exists)
        {
            return input.LeadId is not null && State.LeadId == input.LeadId
                ? State.ToView()
                : throw DomainException.Conflict($"Opportunity '{Id}' exists already.");
        }

        input = OpportunityInputValidator.Validate(input);
        var customer = await GrainFactory.GetGrain<ICustomerGrain>(input.CustomerId).FindAccessAsync()
            ?? throw DomainException.NotFound("Customer", input.CustomerId);
        var access = new RecordAccess(customer.OwnerId, customer.OwnerTeamId, customer.PoolId, customer.InPool);
        if (!actor.IsSystem && !VisibilityPolicy.CanChangeRecord(actor, access))
        {
            throw DomainException.Forbidden("Only the customer's owner, a manager of its team or an admin opens opportunities.");
        }

        var stage = input.Stage ?? OpportunityStages.InitialContact;
        State.Id = Id;
        State.Name = input.Name;
        State.CustomerId = customer.Id;
        State.OwnerId = customer.OwnerId ?? actor.UserId;
        State.OwnerTeamId = customer.OwnerId is null ? actor.TeamId : customer.OwnerTeamId;
        State.Stage = stage;
        State.Amount = input.Amount;
        State.Probability = input.Probability ?? OpportunityStages.DefaultProbability(stage);
        State.ProbabilityOverridden = input.Probability is not null;
        State.Status = OpportunityStatus.Open;
        State.ExpectedCloseDate = input.ExpectedCloseDate;
        State.LeadId = input.LeadId;
        State.CreatedAt = Now;
        RaiseEvent(new OpportunityCreated(Id, State.CustomerId, State.OwnerId, State.OwnerTeamId, stage, State.Amount, State.Probability, Now));
        await WriteAndNotifyAsync();
        return State.ToView();
    }

    public Task<OpportunityView> GetAsync(Actor actor)
    {
        Existing();
        return actor.IsSystem || VisibilityPolicy.CanSeeRecord(actor, State.Access, null)
            ? Task.FromResult(State.ToView())
            : throw DomainException.Forbidden("You may not see this opportunity.");
    }

    public Task<OpportunityView?> FindAsync() => Task.FromResult(Exists ? State.ToView() : null);

    public async Task<OpportunityView> UpdateStageAsync(Actor actor, string stage, int? probability)
    {
        EnsureOpenAndChangeable(actor);
        var from = State.Stage;
        State.Stage = OpportunityInputValidator.OpenStage(stage);
        State.Probability = OpportunityInputValidator.Probability(probability) ?? OpportunityStages.DefaultProbability(State.Stage);
        State.ProbabilityOverridden = probability is not null;
        RaiseEvent(new OpportunityStageChanged(Id, State.CustomerId, State.OwnerId, State.OwnerTeamId, from, State.Stage, State.Amount, State.Probability, Now));
        await WriteAsync();
        return State.ToView();
    }

    public async Task<OpportunityView> UpdateAmountAsync(Actor actor, decimal amount)
    {
        EnsureOpenAndChangeable(actor);
        State.Amount = OpportunityInputValidator.Amount(amount);
        RaiseEvent(new OpportunityStageChanged(Id, State.CustomerId, State.OwnerId, State.OwnerTeamId, State.Stage, State.Stage, State.Amount, State.Probability, Now));
        await WriteAsync();
        return State.ToView();
    }

    public Task<OpportunityView> WinAsync(Actor actor) => CloseAsync(actor, OpportunityStatus.Won, null);

    public Task<OpportunityView> LoseAsync(Actor actor, string? reason) => CloseAsync(actor, OpportunityStatus.Lost, Text.Optional(reason, "reason", Text.LongText));

    public async Task TouchFollowUpAsync(DateTimeOffset at)
    {
        if (Exists && (State.LastFollowUpAt is not { } last || at > last))
        {
            State.LastFollowUpAt = at;
            await WriteAsync();
        }
    }

    public async Task SetOwnerTeamAsync(string ownerId, string? teamId)
    {
        if (!Exists || State.OwnerId != ownerId || State.OwnerTeamId == teamId)
        {
            return;
        }

        RaiseEvent(new OwnerTeamChanged(GrainTypes.Opportunity, Id, ownerId, State.OwnerTeamId, teamId, Now));
        State.OwnerTeamId = teamId;
        await WriteAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == NotifyReminder && Exists)
        {
            await NotifyCustomerAsync();
        }
    }

    private async Task<OpportunityView> CloseAsync(Actor actor, OpportunityStatus status, string? reason)
    {
        Existing();
        if (State.Status == status)
        {
            return State.ToView();
        }

        EnsureOpenAndChangeable(actor);
        State.Status = status;
        State.Stage = status == OpportunityStatus.Won ? OpportunityStages.Won : OpportunityStages.Lost;
        State.Probability = OpportunityStages.DefaultProbability(State.Stage);
        State.ProbabilityOverridden = false;
        State.ClosedAt = Now;
        State.LostReason = reason;
        RaiseEvent(new OpportunityClosed(Id, State.CustomerId, State.OwnerId, State.OwnerTeamId, status, State.Amount, reason, Now));
        await WriteAndNotifyAsync();
        return State.ToView();
    }

    private async Task WriteAndNotifyAsync()
    {
        await RegisterOrUpdateReminder(NotifyReminder, s_notifyRetry, null);
        await WriteAsync();
        await NotifyCustomerAsync();
        await UnregisterReminder(NotifyReminder);
    }

    private Task NotifyCustomerAsync() =>
        GrainFactory.GetGrain<ICustomerGrain>(State.CustomerId).OpportunityChangedAsync(Id, State.Status, State.ClosedAt ?? State.CreatedAt);

    private void EnsureOpenAndChangeable(Actor actor)
    {
        Existing();
        if (!actor.IsSystem && !VisibilityPolicy.CanSeeRecord(actor, State.Access, null))
        {
            throw DomainException.Forbidden("You may not see this opportunity.");
        }

        if (!actor.IsSystem && !VisibilityPolicy.CanChangeRecord(actor, State.Access))
        {
            throw new DomainException(ErrorCode.NotOwner, "Only the owner, a manager of its team or an admin may do this.");
        }

        if (State.Status != OpportunityStatus.Open)
        {
            throw DomainException.Conflict($"The opportunity is {State.Status.ToString().ToUpperInvariant()}; it no longer changes.");
        }
    }

    private void Existing()
    {
        if (!Exists)
        {
            throw DomainException.NotFound("Opportunity", Id);
        }
    }
}
