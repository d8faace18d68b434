-- Indexes for the API's own grains (api/Auth). Sessions are keyed by the SHA-256 of their token;
-- the few wallboard display tokens are listed for the admins and managers who manage them.
CREATE INDEX IF NOT EXISTS session_wallboards ON grain_state (grain_key)
    WHERE grain_type = 'session' AND data->'session'->>'kind' = 'WALLBOARD';
