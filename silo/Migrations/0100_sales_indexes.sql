-- Indexes for the sales list queries (grains/Queries). Each is an expression index over the grain's
-- JSON state, partial on its grain type, ending in grain_key so that a page is one index range
-- scan in key order (keyset pagination): a rep's customers, a team's, a pool's unowned customers,
-- what returns next. The queries spell each expression and predicate exactly like these.

-- Customers a rep holds; customers taken by members of a team (a manager's view).
CREATE INDEX IF NOT EXISTS customer_by_owner ON grain_state ((data->>'ownerId'), grain_key)
    WHERE grain_type = 'customer' AND data->>'ownerId' IS NOT NULL;
CREATE INDEX IF NOT EXISTS customer_by_team ON grain_state ((data->>'ownerTeamId'), grain_key)
    WHERE grain_type = 'customer' AND data->>'ownerTeamId' IS NOT NULL;

-- A pool's page (its unowned customers), and the owned customers it governs (re-clocked when its
-- rules change). Every customer is in exactly one of the two.
CREATE INDEX IF NOT EXISTS customer_pool_page ON grain_state ((data->>'poolId'), grain_key)
    WHERE grain_type = 'customer' AND data->>'inPool' = 'true';
CREATE INDEX IF NOT EXISTS customer_pool_owned ON grain_state ((data->>'poolId'), grain_key)
    WHERE grain_type = 'customer' AND data->>'inPool' = 'false';

-- "What returns next" per rep and per team: soonest return first. Return times are stored as
-- UTC ISO-8601 text, which sorts in time order.
CREATE INDEX IF NOT EXISTS customer_returns_by_owner ON grain_state ((data->>'ownerId'), (data->>'returnsToPoolAt'), grain_key)
    WHERE grain_type = 'customer' AND data->>'returnsToPoolAt' IS NOT NULL;
CREATE INDEX IF NOT EXISTS customer_returns_by_team ON grain_state ((data->>'ownerTeamId'), (data->>'returnsToPoolAt'), grain_key)
    WHERE grain_type = 'customer' AND data->>'returnsToPoolAt' IS NOT NULL;

-- Leads: a rep's, a team's, a pool's unowned ones, by status.
CREATE INDEX IF NOT EXISTS lead_by_owner ON grain_state ((data->>'ownerId'), grain_key)
    WHERE grain_type = 'lead' AND data->>'ownerId' IS NOT NULL;
CREATE INDEX IF NOT EXISTS lead_by_team ON grain_state ((data->>'ownerTeamId'), grain_key)
    WHERE grain_type = 'lead' AND data->>'ownerTeamId' IS NOT NULL;
CREATE INDEX IF NOT EXISTS lead_pool_page ON grain_state ((data->>'poolId'), grain_key)
    WHERE grain_type = 'lead' AND data->>'inPool' = 'true';
CREATE INDEX IF NOT EXISTS lead_by_status ON grain_state ((data->>'status'), grain_key)
    WHERE grain_type = 'lead';

-- Opportunities of a customer, of a rep, of a team.
CREATE INDEX IF NOT EXISTS opportunity_by_customer ON grain_state ((data->>'customerId'), grain_key)
    WHERE grain_type = 'opportunity';
CREATE INDEX IF NOT EXISTS opportunity_by_owner ON grain_state ((data->>'ownerId'), grain_key)
    WHERE grain_type = 'opportunity';
CREATE INDEX IF NOT EXISTS opportunity_by_team ON grain_state ((data->>'ownerTeamId'), grain_key)
    WHERE grain_type = 'opportunity' AND data->>'ownerTeamId' IS NOT NULL;

-- Users of a team (team members, assignment candidates).
CREATE INDEX IF NOT EXISTS user_by_team ON grain_state ((data->>'teamId'), grain_key)
    WHERE grain_type = 'user';
