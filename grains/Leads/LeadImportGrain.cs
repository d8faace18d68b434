using System.Collections.Concurrent;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Assignment;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Common;
using LiveSales.Grains.Security;
using LiveSales.Runtime;

namespace LiveSales.Grains.Leads;

/// <summary>
/// One bulk import (keyed by import id, no state of its own). Validates every row, places the good
/// ones (named owner, named pool, or one batch through the assignment rules), and creates the leads
/// in parallel. Lead ids are "importId-row", so running the same import again finds the leads it
/// made instead of making them twice. Returns once every created lead is stored.
/// </summary>
[GrainType(GrainTypes.LeadImport)]
public sealed class LeadImportGrain : Grain, ILeadImportGrain
{
    private const int Parallelism = 64;

    public async Task<LeadImportResult> ImportAsync(Actor actor, IReadOnlyList<CreateLeadInput> rows)
    {
        if (!actor.IsSystem && !VisibilityPolicy.CanCreateRecords(actor))
        {
            throw DomainException.Forbidden("You may not import leads.");
        }

        if (rows is null || rows.Count == 0 || rows.Count > LeadImportLimits.MaxRows)
        {
            throw DomainException.BadInput($"An import takes 1 to {LeadImportLimits.MaxRows} rows.");
        }

        var errors = new ConcurrentBag<LeadImportResult.RowError>();
        var valid = new List<(int Row, CreateLeadInput Input)>();
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                valid.Add((i + 1, LeadInputValidator.Validate(rows[i] ?? throw DomainException.BadInput("The row is empty."))));
            }
            catch (DomainException e)
            {
                errors.Add(new LeadImportResult.RowError(i + 1, e.Message));
            }
        }

        var placed = await PlaceAsync(actor, valid, errors);
        var created = new ConcurrentBag<LeadImportResult.CreatedRow>();
        var importKey = GetPrimaryKeyString();
        await Parallel.ForEachAsync(placed, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (row, _) =>
        {
            try
            {
                var lead = await GrainFactory.GetGrain<ILeadGrain>($"{importKey}-{row.Row}").CreatePlacedAsync(actor, row.Input, row.Placement, importKey);
                created.Add(new LeadImportResult.CreatedRow(row.Row, lead.Id, lead.OwnerId));
            }
            catch (DomainException e)
            {
                errors.Add(new LeadImportResult.RowError(row.Row, e.Message));
            }
        });

        return new LeadImportResult([.. created.OrderBy(c => c.Row)], [.. errors.OrderBy(e => e.Row)]);
    }

    private async Task<List<(int Row, CreateLeadInput Input, LeadPlacement Placement)>> PlaceAsync(
        Actor actor, List<(int Row, CreateLeadInput Input)> valid, ConcurrentBag<LeadImportResult.RowError> errors)
    {
        var assignment = GrainFactory.GetGrain<IAssignmentGrain>(AssignmentConfig.GrainKey);
        var config = await assignment.GetConfigAsync();
        var users = new Dictionary<string, UserView?>();
        var pools = new Dictionary<string, PoolView?>();
        foreach (var id in valid.Select(v => v.Input.OwnerId).OfType<string>().Distinct())
        {
            users[id] = await GrainFactory.GetGrain<IUserGrain>(id).FindAsync();
        }

        foreach (var id in valid.Select(v => v.Input.PoolId).OfType<string>().Append(config.FallbackPoolId).Distinct())
        {
            pools[id] = await GrainFactory.GetGrain<IPoolGrain>(id).FindAsync();
        }

        var placed = new List<(int Row, CreateLeadInput Input, LeadPlacement Placement)>();
        var undecided = new List<(int Row, CreateLeadInput Input)>();
        foreach (var (row, input) in valid)
        {
            try
            {
                if (input.OwnerId is null && input.PoolId is null)
                {
                    undecided.Add((row, input));
                    continue;
                }

                var poolId = input.PoolId ?? config.FallbackPoolId;
                var pool = pools[poolId] ?? throw DomainException.NotFound("Pool", poolId);
                if (input.OwnerId is { } ownerId)
                {
                    var owner = users[ownerId] ?? throw DomainException.NotFound("User", ownerId);
                    placed.Add((row, input, LeadPlacements.ForOwner(actor, owner, pool.Id, config.LeadAcceptWithin)));
                }
                else if (actor.IsSystem || VisibilityPolicy.CanSeePool(actor, pool))
                {
                    placed.Add((row, input, new LeadPlacement(null, null, pool.Id, $"Placed in pool '{pool.Name}'.", null, null)));
                }
                else
                {
                    throw DomainException.Forbidden($"You are not a member of pool '{pool.Name}'.");
                }
            }
            catch (DomainException e)
            {
                errors.Add(new LeadImportResult.RowError(row, e.Message));
            }
        }

        if (undecided.Count > 0)
        {
            var subjects = undecided.Select(u => new AssignmentSubject(AssignmentSubjectKind.Lead, u.Input.Region, u.Input.Industry, u.Input.Source)).ToList();
            var decisions = await assignment.DecideManyAsync(subjects);
            placed.AddRange(undecided.Select((u, i) => (u.Row, u.Input, LeadPlacements.FromDecision(decisions[i]))));
        }

        return placed;
    }
}
