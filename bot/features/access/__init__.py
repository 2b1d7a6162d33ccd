"""Who may use the bot (open, invite codes, an allowlist), the admin's cohort view,
/privacy, and forgetting users after a retention period."""
