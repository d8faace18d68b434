using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Leads;

namespace LiveSales.Grains.Leads;

/// <summary>
/// The lead life cycle: NEW (unowned) → ASSIGNED → CONTACTED → QUALIFIED → CONVERTED, with
/// DISQUALIFIED reachable from any open status. CONVERTED and DISQUALIFIED are final; a
/// disqualified lead may be reopened to CONTACTED by its owner.
/// </summary>
public static class LeadStatusRules
{
    public static bool IsOpen(LeadStatus status) => status is not (LeadStatus.Converted or LeadStatus.Disqualified);

    /// <summary>Checks a status change asked for by a user (conversion has its own path).</summary>
    public static void EnsureCanSet(LeadStatus from, LeadStatus to, bool owned)
    {
        if (to is LeadStatus.Converted)
        {
            throw DomainException.BadInput("Convert a lead with convertLead, not by setting its status.");
        }

        if (to is LeadStatus.New or LeadStatus.Assigned)
        {
            throw DomainException.BadInput($"{to} is set by assignment, not by hand.");
        }

        if (from == LeadStatus.Converted)
        {
            throw DomainException.Conflict("The lead is converted; its status no longer changes.");
        }

        if (to is LeadStatus.Contacted or LeadStatus.Qualified && !owned)
        {
            throw DomainException.Conflict($"An unowned lead cannot be {to}; assign or claim it first.");
        }

        if (from == LeadStatus.Disqualified && to != LeadStatus.Contacted)
        {
            throw DomainException.Conflict("A disqualified lead can only be reopened as CONTACTED.");
        }
    }

    /// <summary>What a follow-up or an acceptance does to the status.</summary>
    public static LeadStatus AfterTouch(LeadStatus status) => status is LeadStatus.New or LeadStatus.Assigned ? LeadStatus.Contacted : status;
}
