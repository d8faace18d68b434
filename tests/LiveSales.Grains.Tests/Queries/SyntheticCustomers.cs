namespace LiveSales.Grains.Tests.Queries;

/// <summary>
/// Customer rows written straight into grain_state, shaped as the customer grain stores them:
/// 1,000 reps in 100 teams, 5 pools, every tenth customer unowned in its pool, the rest with a
/// return clock; about 1 KB of JSON each (contacts, tags, history).
/// </summary>
internal static class SyntheticCustomers
{
    public const string InsertSql = """
        INSERT INTO grain_state (grain_type, grain_key, state_name, version, data, updated_at)
        SELECT 'customer', k, 'state', 1, jsonb_build_object(
                'id', k,
                'name', 'Customer ' || g,
                'region', (ARRAY['EU', 'US', 'APAC'])[1 + g % 3],
                'industry', (ARRAY['Retail', 'Energy', 'Logistics', 'Health'])[1 + g % 4],
                'tier', CASE WHEN g % 50 = 0 THEN 'key account' END,
                'source', 'import',
                'tags', jsonb_build_array('imported', 'batch-' || (g % 7)),
                'contacts', jsonb_build_array(jsonb_build_object('name', 'Contact ' || g, 'email', 'contact' || g || '@example.test', 'phone', '+1 555 0100')),
                'ownerId', CASE WHEN g % 10 <> 0 THEN 'rep-' || (g % 1000) END,
                'ownerTeamId', CASE WHEN g % 10 <> 0 THEN 'team-' || (g % 100) END,
                'poolId', 'pool-' || (g / 10 % 5),
                'inPool', g % 10 = 0,
                'locked', false,
                'won', false,
                'ownedSince', CASE WHEN g % 10 <> 0 THEN '2026-01-01T00:00:00+00:00' END,
                'returnsToPoolAt', CASE WHEN g % 10 <> 0 THEN to_char(timestamp '2026-01-31' + (g % 100000) * interval '13 second', 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"') END,
                'returnRule', CASE WHEN g % 10 <> 0 THEN 'NO_FOLLOW_UP' END,
                'openOpportunityIds', '[]'::jsonb,
                'wonOpportunityIds', '[]'::jsonb,
                'createdAt', '2026-01-01T00:00:00+00:00',
                'createdBy', 'system',
                'history', jsonb_build_array(jsonb_build_object('at', '2026-01-01T00:00:00+00:00', 'kind', 'ASSIGNED', 'toUserId', 'rep-' || (g % 1000), 'byUserId', 'system', 'reason', 'Imported with its owner.', 'poolId', 'pool-' || (g / 10 % 5))),
                'followUps', '[]'::jsonb,
                'formerOwners', '[]'::jsonb),
            now()
        FROM generate_series(@from, @to) AS g, lpad(to_hex(g), 12, '0') AS k
        """;
}
